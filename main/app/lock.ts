import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

export interface DirLock {
  release(): void;
}

/**
 * Is the lock's owner still running? A killed process whose parent died too can linger as a
 * zombie where nothing reaps it (containers whose PID 1 is not an init): signal 0 still
 * succeeds, but it holds nothing any more, so on Linux a zombie counts as gone.
 */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (macOS, Windows): signal 0 is all we have
  }
}

/**
 * One writer per data folder: a lock file created with O_EXCL holding the owner's pid.
 * A lock left by a process that no longer runs (a crash, SIGKILL) is taken over.
 * SQLite's own locking keeps the file consistent anyway; this gives a clear message instead of
 * two programs quietly interleaving saves of the same story.
 */
export function acquireDataDirLock(dir: string, who: string): DirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'redaksi.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, who, at: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: number };
          if (owner.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
        throw new DataDirLockedError(`The data folder ${dir} cannot be written (${code === 'EROFS' ? 'the disk is read-only' : 'no permission'}): Redaksi could not save stories there. Make it writable, or use another --data-dir.`);
      }
      if (code !== 'EEXIST') throw e;
      let owner: { pid?: number; who?: string } = {};
      try {
        owner = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof owner;
      } catch {
        /* half-written lock: treat as stale */
      }
      if (owner.pid && owner.pid !== process.pid && alive(owner.pid)) {
        throw new DataDirLockedError(`The data folder ${dir} is in use by Redaksi ${owner.who ?? ''} (pid ${owner.pid}). Close it first, or use another --data-dir.`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${dir}.`);
}
