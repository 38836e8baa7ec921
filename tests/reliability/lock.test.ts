/**
 * Single writer per data folder (issue 7, part 4). The desktop app's second launch is handled by
 * Electron's requestSingleInstanceLock (main/index.ts); web mode and the CLI take the data-folder
 * lock (main/app/lock.ts). These tests run the real entry points as separate processes.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { acquireDataDirLock, alive, DataDirLockedError } from '../../main/app/lock.js';
import { openStore } from '../../main/store/index.js';
import { REPO_ROOT, tempDir } from '../helpers/tmp.js';

// tsx as a loader in the one process: a timed-out child is then really killed (the tsx CLI runs
// the script in a grandchild that a SIGKILL to the CLI leaves running)
const TSX_LOADER = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

function run(args: string[], timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REDAKSI_DATA_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr });
    });
  });
}

function article(dir: string): string {
  const f = path.join(dir, 'berita.txt');
  fs.writeFileSync(f, 'Banjir di Jakarta\nAir naik dua meter.\n');
  return f;
}

function draftCount(dataDir: string): number {
  const store = openStore(dataDir);
  try {
    return store.drafts.count();
  } finally {
    store.close();
  }
}

/** a pid that certainly belongs to no running process: a child that has already exited */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('data-folder lock: one writer per folder', () => {
  it('a CLI write on a folder held by web mode is refused with a clear message and exit code 2, nothing written', async () => {
    const dataDir = tempDir();
    openStore(dataDir).close();
    const held = acquireDataDirLock(dataDir, 'web mode');
    try {
      const r = await run(['main/cli/index.ts', 'import', article(tempDir()), '--data-dir', dataDir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/in use by Redaksi web mode \(pid \d+\)/);
      expect(r.stderr).toMatch(/Close it first/);
      expect(draftCount(dataDir)).toBe(0);
    } finally {
      held.release();
    }
    // released: the same import now works
    const ok = await run(['main/cli/index.ts', 'import', article(tempDir()), '--data-dir', dataDir]);
    expect(ok.code).toBe(0);
    expect(draftCount(dataDir)).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'redaksi.lock'))).toBe(false);
  });

  it('a second web-mode process on the same folder exits at once with a clear message', async () => {
    const dataDir = tempDir();
    const held = acquireDataDirLock(dataDir, 'web mode');
    try {
      const t0 = Date.now();
      const r = await run(['main/web.ts', '--data-dir', dataDir, '--port', '0']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/redaksi web: The data folder .* is in use by Redaksi web mode \(pid \d+\)/);
      // refused before building the renderer (the lock comes first)
      expect(r.stdout).not.toMatch(/Building/);
      expect(Date.now() - t0).toBeLessThan(30_000);
    } finally {
      held.release();
    }
  });

  it('a stale lock left by a killed process (dead pid) is taken over', async () => {
    const dataDir = tempDir();
    const pid = deadPid();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'redaksi.lock'), JSON.stringify({ pid, who: 'web mode', at: '2024-12-04T03:00:00Z' }));
    const r = await run(['main/cli/index.ts', 'import', article(tempDir()), '--data-dir', dataDir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(draftCount(dataDir)).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'redaksi.lock'))).toBe(false);
  });

  it('in one process: a live holder refuses, a half-written lock file is treated as stale, release is idempotent', () => {
    const dataDir = tempDir();
    // a live owner that is not us: our parent (the vitest main process)
    fs.writeFileSync(path.join(dataDir, 'redaksi.lock'), JSON.stringify({ pid: process.ppid, who: 'desktop app' }));
    expect(() => acquireDataDirLock(dataDir, 'command line')).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dataDir, 'command line')).toThrow(/desktop app/);
    fs.writeFileSync(path.join(dataDir, 'redaksi.lock'), '{"pid": 12'); // torn write
    const lock = acquireDataDirLock(dataDir, 'command line');
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'redaksi.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    lock.release();
    expect(fs.existsSync(path.join(dataDir, 'redaksi.lock'))).toBe(false);
  });

  it('read commands (list) still work while the app holds the folder', async () => {
    const dataDir = tempDir();
    openStore(dataDir).close();
    const held = acquireDataDirLock(dataDir, 'desktop app');
    try {
      const r = await run(['main/cli/index.ts', 'list', '--data-dir', dataDir]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/No stories yet/);
    } finally {
      held.release();
    }
  });
});

describe('lock owner liveness', () => {
  it.skipIf(process.platform !== 'linux')('a zombie owner (killed, not reaped) does not hold the folder', async () => {
    // a shell that forks a sleeper, lets it be killed and never reaps it
    const sh = spawn('sh', ['-c', 'sleep 30 & echo $!; kill -9 $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number((await new Promise<string>((r) => sh.stdout!.once('data', (d: Buffer) => r(d.toString())))).trim());
    try {
      await expect.poll(() => alive(pid), { timeout: 5000 }).toBe(false);
      expect(alive(process.pid)).toBe(true);
    } finally {
      sh.kill('SIGKILL');
    }
  });
});
