/**
 * The newsroom session of a data folder: hub address, signed-in user and session token, in a
 * file only its owner can read (0600). One piece of code for every front end: the CLI and web
 * mode keep the token itself in the file; the desktop app passes a `TokenSealer` (Electron's
 * safeStorage, injected so this module never loads Electron) and the file then holds only the
 * sealed token. The password is never here: it is sent once to the hub and forgotten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { HUB_ROLES } from '../../shared/model/newsroom.js';

export const SESSION_FILE = 'newsroom-session.json';

/** seals the token with the system keyring (the desktop app's safeStorage) */
export interface TokenSealer {
  seal(token: string): string;
  unseal(sealed: string): string;
}

const Stored = z
  .object({
    hubUrl: z.string().url(),
    user: z.string().min(1),
    role: z.enum(HUB_ROLES),
    expiresAt: z.string(),
    token: z.string().min(20).optional(),
    sealedToken: z.string().min(1).optional(),
  })
  .refine((s) => !!s.token !== !!s.sealedToken, 'exactly one of token and sealedToken');

export interface NewsroomSession {
  hubUrl: string;
  token: string;
  user: string;
  role: (typeof HUB_ROLES)[number];
  expiresAt: string;
}

export function readSession(dataDir: string, sealer?: TokenSealer): NewsroomSession | null {
  const file = path.join(dataDir, SESSION_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  const parsed = Stored.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is damaged; run \`redaksi logout\` and sign in again.`);
  const { token, sealedToken, ...rest } = parsed.data;
  if (token) return { ...rest, token };
  if (!sealer) throw new Error(`This data folder was signed in to ${rest.hubUrl} from the desktop app, which keeps the token in the system keyring; run \`redaksi login\` to sign in here.`);
  return { ...rest, token: sealer.unseal(sealedToken!) };
}

export function writeSession(dataDir: string, session: NewsroomSession, sealer?: TokenSealer): void {
  const file = path.join(dataDir, SESSION_FILE);
  const tmp = `${file}.tmp`;
  const { token, ...rest } = session;
  const stored = sealer ? { ...rest, sealedToken: sealer.seal(token) } : session;
  // created 0600 from the first byte: the token is never readable by others, not even briefly
  fs.writeFileSync(tmp, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

export function removeSession(dataDir: string): void {
  fs.rmSync(path.join(dataDir, SESSION_FILE), { force: true });
}

/** Electron's safeStorage as a sealer: the ciphertext in base64 */
export function safeStorageSealer(safeStorage: { isEncryptionAvailable(): boolean; encryptString(s: string): Buffer; decryptString(b: Buffer): string }): TokenSealer | undefined {
  // without a keyring there is nothing better than the 0600 file the CLI uses
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    seal: (token) => safeStorage.encryptString(token).toString('base64'),
    unseal: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
