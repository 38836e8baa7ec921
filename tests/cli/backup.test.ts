/** `redaksi backup` and `redaksi restore` on a real data folder (main/cli/backup.ts). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { main } from '../../main/cli/index.js';
import { openStore } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { tempDir } from '../helpers/tmp.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function withServices<T>(dataDir: string, fn: (s: ReturnType<typeof createServices>) => T | Promise<T>): Promise<T> {
  const store = openStore(dataDir);
  try {
    return await fn(createServices(store));
  } finally {
    store.close();
  }
}

const headlines = (dataDir: string) => withServices(dataDir, async (s) => (await s['drafts.list']({})).map((d) => d.headline).sort());

describe('redaksi backup / restore', () => {
  it('backup writes a verified copy, --list shows it, --json gives the path', async () => {
    const dataDir = tempDir();
    await withServices(dataDir, (s) => s['drafts.create']({ headline: 'Banjir' }));
    const r = await cli(['backup', '--data-dir', dataDir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = (JSON.parse(r.stdout) as { backup: { file: string } }).backup.file;
    expect(path.dirname(file)).toBe(path.join(dataDir, 'backups'));
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT headline FROM drafts').get() as { headline: string }).headline).toBe('Banjir');
    } finally {
      db.close();
    }
    const list = await cli(['backup', '--list', '--data-dir', dataDir]);
    expect(list.stdout).toContain(file);
    expect(fs.existsSync(path.join(dataDir, 'redaksi.lock'))).toBe(false);
  });

  it('backup --keep K keeps the newest K; backup of a folder without data is a usage error', async () => {
    const dataDir = tempDir();
    await withServices(dataDir, (s) => s['drafts.create']({ headline: 'x' }));
    for (let i = 0; i < 4; i++) expect((await cli(['backup', '--keep', '2', '--data-dir', dataDir])).code).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.db'))).toHaveLength(2);
    const empty = await cli(['backup', '--data-dir', path.join(tempDir(), 'nothing-here')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no Redaksi data/);
    expect((await cli(['backup', '--keep', '0', '--data-dir', dataDir])).code).toBe(2);
  });

  it('restore --latest brings the backup back and keeps the replaced state as a backup (undo)', async () => {
    const dataDir = tempDir();
    await withServices(dataDir, (s) => s['drafts.create']({ headline: 'Sebelum' }));
    expect((await cli(['backup', '--data-dir', dataDir])).code).toBe(0);
    await withServices(dataDir, (s) => s['drafts.create']({ headline: 'Sesudah' }));
    expect(await headlines(dataDir)).toEqual(['Sebelum', 'Sesudah']);

    const r = await cli(['restore', '--latest', '--data-dir', dataDir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { restored: string; safetyCopy: string; movedTo: string; drafts: number };
    expect(out.drafts).toBe(1);
    expect(await headlines(dataDir)).toEqual(['Sebelum']);
    expect(fs.existsSync(path.join(out.movedTo, 'redaksi.db'))).toBe(true);

    // undo: restore the safety copy
    const undo = await cli(['restore', '--from', out.safetyCopy, '--data-dir', dataDir]);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toMatch(/restored .* \(2 stories\)/);
    expect(await headlines(dataDir)).toEqual(['Sebelum', 'Sesudah']);
  });

  it('restore refuses a damaged or foreign file and changes nothing', async () => {
    const dataDir = tempDir();
    await withServices(dataDir, (s) => s['drafts.create']({ headline: 'Tetap' }));
    const junk = path.join(tempDir(), 'junk.db');
    fs.writeFileSync(junk, Buffer.alloc(8192, 0x41));
    const r1 = await cli(['restore', '--from', junk, '--data-dir', dataDir]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/not a usable Redaksi backup.*nothing was changed/);
    const foreign = path.join(tempDir(), 'other.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const r2 = await cli(['restore', '--from', foreign, '--data-dir', dataDir]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/not a Redaksi database/);
    expect(await headlines(dataDir)).toEqual(['Tetap']);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('before-restore'))).toBe(false);
  });

  it('restore needs --latest or --from, and refuses while the app holds the folder', async () => {
    const dataDir = tempDir();
    await withServices(dataDir, (s) => s['drafts.create']({ headline: 'Tetap' }));
    expect((await cli(['restore', '--data-dir', dataDir])).code).toBe(2);
    expect((await cli(['restore', '--latest', '--data-dir', dataDir])).stderr).toMatch(/no backups/);
    expect((await cli(['backup', '--data-dir', dataDir])).code).toBe(0);
    // the running app's lock: a live pid that is not ours (the test runner's parent)
    fs.writeFileSync(path.join(dataDir, 'redaksi.lock'), JSON.stringify({ pid: process.ppid, who: 'desktop app' }));
    const r = await cli(['restore', '--latest', '--data-dir', dataDir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/in use by Redaksi desktop app/);
    fs.rmSync(path.join(dataDir, 'redaksi.lock'));
    expect(await headlines(dataDir)).toEqual(['Tetap']);
  });
});
