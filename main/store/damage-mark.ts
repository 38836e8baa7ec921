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

/**
 * When the whole file last passed quick_check (at a full start-up check or the app's background
 * check). Commands that run once use it to skip reading every page again: at 100,000 stories
 * that read is 9 s, on every `redaksi check`.
 */
export const VERIFIED_MARKER = 'last-verified.json';

export const VERIFIED_FOR_MS = 24 * 3600 * 1000;

export function markVerified(dataDir: string, at = new Date()): void {
  try {
    fs.writeFileSync(path.join(dataDir, VERIFIED_MARKER), JSON.stringify({ at: at.toISOString() }));
  } catch {
    // a read-only folder: the next command simply checks in full again
  }
}

/** true when a full check passed less than `ms` ago and no damage has been found since */
export function verifiedWithin(dataDir: string, ms = VERIFIED_FOR_MS, now = new Date()): boolean {
  if (damageMarked(dataDir)) return false;
  try {
    const { at } = JSON.parse(fs.readFileSync(path.join(dataDir, VERIFIED_MARKER), 'utf8')) as { at?: unknown };
    const t = typeof at === 'string' ? Date.parse(at) : NaN;
    return Number.isFinite(t) && t <= now.getTime() && now.getTime() - t < ms;
  } catch {
    return false;
  }
}
