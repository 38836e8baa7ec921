/**
 * #18: a catch-up of 20,000 stories shows a moving progress bar under the top bar, can be paused
 * and resumed from it, and the bar goes away when the archive is caught up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openStore } from '../../main/store/index.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { rng } from '../helpers/corpus.js';
import { call, chromiumAvailable, launchBrowser, startWeb, type WebServer } from './harness.js';
import type { ArchiveStatus } from '../../shared/model/archive-status.js';

const VOCAB = 'pemerintah kota anggaran sekolah rumah sakit warga jalan banjir harga beras pasar presiden menteri rapat kebijakan pajak bank bunga inflasi listrik air minum polisi kasus sidang hakim saksi laporan data survei pemilu partai calon suara kampanye'.split(' ');

/** a data folder holding `n` stories the archive index has not caught up with (as after an import) */
function folderWithStories(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-archive-progress-'));
  const store = openStore(dir);
  const r = rng(18);
  const ins = store.db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')");
  store.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const ps = Array.from({ length: 8 }, () => Array.from({ length: 25 }, () => VOCAB[Math.floor(r() * VOCAB.length)]).join(' ') + '.');
      ins.run(`s${i}`, `Berita ${i}`, JSON.stringify(docFromParagraphs(ps)));
    }
  })();
  store.close();
  return dir;
}

describe.skipIf(!chromiumAvailable)('archive catch-up progress (Chromium, web mode)', () => {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let dir: string | undefined;
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows a bar that moves while 20,000 stories are indexed, pauses and resumes, and goes away when done', async () => {
    dir = folderWithStories(20_000);
    server = await startWeb({ dataDir: dir });
    // named, so the first-run dialog does not stand in front of the bar's buttons
    await call(server, 'settings.set', { userName: 'Dewi Desk', role: 'desk' });
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(server.appUrl);
    const bar = page.locator('.archive-progress[data-state="catching-up"] progress');
    await bar.waitFor({ timeout: 30_000 });
    const value = async () => Number(await bar.getAttribute('value'));
    const first = await value();
    expect(Number(await bar.getAttribute('max'))).toBe(20_000);
    await expect.poll(value, { timeout: 30_000, interval: 100 }).toBeGreaterThan(first);
    await expect(page.getByRole('status').filter({ hasText: /Updating the archive check: [\d,]+ of 20,000 stories/ }).first().textContent()).resolves.toMatch(/left/);

    // pause: the bar says how many wait; resume goes on from there. 20,000 stories take tens of
    // seconds here; a CI machine finished 5,000 between the bar's last poll and the click, and the
    // click then waited for a button that was gone. If the last chunk is still written first, the
    // bar goes away and the pause finds nothing running (pausing a finished catch-up is no pause)
    // (caught: once the click has won, this wait may time out later and must not fail the run)
    const gone = page.locator('.archive-progress').waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    await Promise.race([page.getByRole('button', { name: 'Pause' }).click(), gone]);
    await expect.poll(async () => (await call<ArchiveStatus>(server!, 'archive.status')).state, { timeout: 30_000, interval: 100 }).not.toBe('catching-up');
    const paused = await call<ArchiveStatus>(server, 'archive.status');
    if (paused.state === 'stopped') {
      await page.locator('.archive-progress[data-state="stopped"]').waitFor({ timeout: 30_000 });
      await expect(page.locator('.archive-progress').textContent()).resolves.toContain(paused.pending.toLocaleString('en-US'));
      await page.getByRole('button', { name: 'Resume' }).click();
    } else {
      expect(paused).toMatchObject({ state: 'idle', pending: 0 });
    }
    await page.locator('.archive-progress').waitFor({ state: 'detached', timeout: 120_000 });
    expect(await call<ArchiveStatus>(server, 'archive.status')).toMatchObject({ state: 'idle', pending: 0 });
  });
});
