/**
 * Start-up at any store size (issue 16): the long-running app and web mode open with the fast
 * damage check (header, WAL header, schema) and run quick_check on a worker thread afterwards.
 * Damage that stops the store from opening is still found before anything is used; deeper
 * damage is found in the background, writes are then refused, and the next start restores the
 * newest good backup exactly like the full check does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/index.js';
import { createBackup, listBackups } from '../../main/store/backup.js';
import { fastDamageCheck } from '../../main/store/fast-check.js';
import { DAMAGE_MARKER, markVerified, VERIFIED_MARKER, verifiedWithin } from '../../main/store/damage-mark.js';
import { verifyInBackground } from '../../main/store/verify.js';
import { createServices } from '../../main/services/index.js';
import { ApiError } from '../../shared/api/errors.js';
import { docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';
import { REPO_ROOT, tempDir } from '../helpers/tmp.js';

const verifier = { script: path.join(REPO_ROOT, 'main', 'store', 'verify-worker-tsx.mjs') };

/** a folder with 400 stories (so the file has data pages well past the schema) and a backup */
async function folderWithBackup() {
  const dataDir = tempDir();
  const store = openStore(dataDir);
  const services = createServices(store);
  const first = await services['drafts.create']({ headline: 'Gempa', body: docFromParagraphs(['versi cadangan']) });
  store.tx(() => {
    for (let i = 0; i < 400; i++) {
      store.db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(`bench.filler.${i}`, JSON.stringify('x'.repeat(2000)));
    }
  });
  await createBackup(store.db, dataDir);
  await services['drafts.save']({ id: first.id, body: docFromParagraphs(['versi sesudah cadangan']) });
  store.close();
  return { dataDir, id: first.id, file: path.join(dataDir, 'redaksi.db') };
}

function overwritePages(file: string, pages: number[], pageSize = 4096) {
  const fd = fs.openSync(file, 'r+');
  for (const p of pages) fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, p * pageSize);
  fs.closeSync(fd);
}

describe('fast start-up damage check', () => {
  it('an overwritten header is found before opening, and the backup is restored', async () => {
    const f = await folderWithBackup();
    const fd = fs.openSync(f.file, 'r+');
    fs.writeSync(fd, Buffer.from('a sync tool wrote over this file '.repeat(4)), 0, 100, 0);
    fs.closeSync(fd);
    expect(fastDamageCheck(f.file)).toMatchObject({ damaged: true, problem: expect.stringMatching(/SQLite header/) as string });
    const store = openStore(f.dataDir, { damageCheck: 'fast' });
    try {
      expect(store.recovery?.restoredFrom).toBe(listBackups(f.dataDir)[0]!.file);
      expect(paragraphsOf(store.drafts.get(f.id)!.body)).toEqual(['versi cadangan']);
    } finally {
      store.close();
    }
  });

  it('a truncated file and a foreign WAL are found by the fast check; a whole store passes', async () => {
    const f = await folderWithBackup();
    expect(fastDamageCheck(f.file)).toEqual({ problem: null, damaged: false });
    const size = fs.statSync(f.file).size;
    fs.truncateSync(f.file, size - 1000);
    expect(fastDamageCheck(f.file).problem).toMatch(/whole number of .*pages|truncated/);
    fs.truncateSync(f.file, size - 4096 * 3);
    expect(fastDamageCheck(f.file).problem).toMatch(/truncated/);
    const g = await folderWithBackup();
    fs.writeFileSync(`${g.file}-wal`, Buffer.alloc(4096, 0x11));
    expect(fastDamageCheck(g.file)).toMatchObject({ damaged: true, problem: expect.stringMatching(/write-ahead log/) as string });
  });

  it('deeper damage passes the fast check, the background check finds it and blocks writes; the next start restores the backup', async () => {
    const f = await folderWithBackup();
    const pages = fs.statSync(f.file).size / 4096;
    overwritePages(f.file, [pages - 6, pages - 5, pages - 4]);
    expect(fastDamageCheck(f.file).problem).toBeNull();

    const store = openStore(f.dataDir, { damageCheck: 'fast' });
    try {
      expect(store.recovery).toBeNull();
      const verdict = await verifyInBackground(store, verifier);
      expect(verdict.ok).toBe(false);
      expect(fs.existsSync(path.join(f.dataDir, DAMAGE_MARKER))).toBe(true);
      // nothing is written on top of the damage, and the refusal says what to do
      const services = createServices(store);
      const refused = await (async () => services['drafts.save']({ id: f.id, headline: 'Lanjut' }))().catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ApiError);
      expect((refused as ApiError).code).toBe('read-only');
      expect((refused as ApiError).message).toMatch(/damaged .* start it again/);
      // and not only through the services: the connection itself refuses writes
      expect(() => store.db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run()).toThrow(/readonly|read-only|query_only/i);
    } finally {
      store.close();
    }

    // the marker makes the next start check fully, even with the fast check asked for
    const again = openStore(f.dataDir, { damageCheck: 'fast' });
    try {
      expect(again.recovery?.restoredFrom).toBe(listBackups(f.dataDir)[0]!.file);
      expect(paragraphsOf(again.drafts.get(f.id)!.body)).toEqual(['versi cadangan']);
      expect(fs.existsSync(path.join(f.dataDir, DAMAGE_MARKER))).toBe(false);
      expect(await verifyInBackground(again, verifier)).toEqual({ ok: true });
    } finally {
      again.close();
    }
  });

  it("commands that run once ('recent') check in full unless the whole file passed within the day", async () => {
    const f = await folderWithBackup();
    // no full check yet: 'recent' reads every page and finds damage deep in the file
    const pages = fs.statSync(f.file).size / 4096;
    overwritePages(f.file, [pages - 6, pages - 5, pages - 4]);
    const first = openStore(f.dataDir, { damageCheck: 'recent' });
    try {
      expect(first.recovery?.restoredFrom).toBe(listBackups(f.dataDir)[0]!.file);
    } finally {
      first.close();
    }
    // that full check passed on the restored file and left the mark; the next command trusts it
    expect(verifiedWithin(f.dataDir)).toBe(true);
    // a mark older than a day is not trusted: damage is found again
    const g = await folderWithBackup();
    markVerified(g.dataDir, new Date(Date.now() - 25 * 3600 * 1000));
    expect(verifiedWithin(g.dataDir)).toBe(false);
    const gPages = fs.statSync(g.file).size / 4096;
    overwritePages(g.file, [gPages - 6, gPages - 5, gPages - 4]);
    const second = openStore(g.dataDir, { damageCheck: 'recent' });
    try {
      expect(second.recovery).not.toBeNull();
    } finally {
      second.close();
    }
    // damage found by the background check outweighs a fresh mark
    markVerified(g.dataDir);
    fs.writeFileSync(path.join(g.dataDir, DAMAGE_MARKER), '{}');
    expect(verifiedWithin(g.dataDir)).toBe(false);
    // a background check that passes leaves the mark too
    fs.rmSync(path.join(g.dataDir, DAMAGE_MARKER));
    fs.rmSync(path.join(g.dataDir, VERIFIED_MARKER));
    const third = openStore(g.dataDir, { damageCheck: 'fast' });
    try {
      expect(await verifyInBackground(third, verifier)).toEqual({ ok: true });
    } finally {
      third.close();
    }
    expect(verifiedWithin(g.dataDir)).toBe(true);
  });
});
