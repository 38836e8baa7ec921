/**
 * A marker left in the data folder when the background check (./verify.ts) found damage: the
 * next start then runs the full check before opening, so the damaged file is moved aside and the
 * newest good backup restored, even though the fast start-up check would let it through.
 */
import fs from 'node:fs';
import path from 'node:path';

export const DAMAGE_MARKER = 'damage-found.json';

export function markDamage(dataDir: string, problem: string): void {
  fs.writeFileSync(path.join(dataDir, DAMAGE_MARKER), JSON.stringify({ at: new Date().toISOString(), problem: problem.slice(0, 2000) }));
}

export function damageMarked(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, DAMAGE_MARKER));
}

export function clearDamageMark(dataDir: string): void {
  fs.rmSync(path.join(dataDir, DAMAGE_MARKER), { force: true });
}
