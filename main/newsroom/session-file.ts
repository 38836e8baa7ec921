/**
 * The newsroom session of a data folder: hub address, signed-in user and session token, in a
 * file only its owner can read (0600), as for the CLI and web mode. (The desktop app will keep
 * the token with safeStorage instead; the file format stays the place for the rest.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { HUB_ROLES } from '../../shared/model/newsroom.js';

export const SESSION_FILE = 'newsroom-session.json';

const Session = z.object({
  hubUrl: z.string().url(),
  token: z.string().min(20),
  user: z.string().min(1),
  role: z.enum(HUB_ROLES),
  expiresAt: z.string(),
});
export type NewsroomSession = z.infer<typeof Session>;

export function readSession(dataDir: string): NewsroomSession | null {
  const file = path.join(dataDir, SESSION_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const parsed = Session.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is damaged; run \`redaksi logout\` and sign in again.`);
  return parsed.data;
}

export function writeSession(dataDir: string, session: NewsroomSession): void {
  const file = path.join(dataDir, SESSION_FILE);
  const tmp = `${file}.tmp`;
  // created 0600 from the first byte: the token is never readable by others, not even briefly
  fs.writeFileSync(tmp, JSON.stringify(session, null, 2) + '\n', { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

export function removeSession(dataDir: string): void {
  fs.rmSync(path.join(dataDir, SESSION_FILE), { force: true });
}
