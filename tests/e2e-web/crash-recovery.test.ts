/**
 * Issue 7, part 1, on the renderer side: web mode is killed with SIGKILL while the reporter is
 * typing, after the editor's local-storage copy was written but before the debounced save reached
 * the store. The store must hold exactly the last acknowledged save; after web mode is started
 * again (web mode reuses its last port, so the browser origin and its local storage are the
 * same; the dead process's lock is taken over), opening the story offers the unsaved text back, and bringing it back saves it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { call, chromiumAvailable, launchBrowser, spawnWeb, type WebProcess } from './harness.js';
import { editorBox, newStory, waitSaved } from './ui-helpers.js';
import { openStore } from '../../main/store/index.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';

/** SIGKILL the process that really runs web.ts (it holds the data-folder lock), and wait for it */
async function killHard(dataDir: string, web: WebProcess): Promise<void> {
  const { pid } = JSON.parse(fs.readFileSync(path.join(dataDir, 'redaksi.lock'), 'utf8')) as { pid: number };
  const exited = new Promise<void>((r) => web.child.once('exit', () => r()));
  process.kill(pid, 'SIGKILL');
  if (pid !== web.child.pid) web.child.kill('SIGKILL');
  await exited;
}

function storedText(dataDir: string, id: string): string {
  const store = openStore(dataDir);
  try {
    return paragraphsOf(store.drafts.get(id)!.body).join('\n');
  } finally {
    store.close();
  }
}

describe.skipIf(!chromiumAvailable)('web mode killed while typing: the editor offers the unsaved text back (Chromium)', () => {
  let dataDir: string;
  let browser: Browser;
  let web: WebProcess | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-crash-'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (web && web.child.exitCode === null) web.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the acknowledged text in the store, and the unacknowledged text in the browser until it is saved', async () => {
    web = await spawnWeb(dataDir); // no --port: web mode picks a port the first time and reuses it after
    // someone is named, so the first-run dialog does not stand over the editor
    await call(web, 'settings.set', { userName: 'Rina Reporter' });
    const origin = new URL(web.appUrl).origin;
    const page: Page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(web.appUrl);
    const id = await newStory(page);
    await editorBox(page).click();
    await page.keyboard.type('Kalimat yang sudah tersimpan.');
    await waitSaved(page);

    // keep typing, then the server dies before the 600 ms autosave debounce has fired
    await page.keyboard.press('Enter');
    await page.keyboard.type('Kalimat yang belum tersimpan.', { delay: 5 });
    await page.waitForTimeout(350); // the local copy is written 250 ms after the last key
    await killHard(dataDir, web);

    expect(storedText(dataDir, id)).toBe('Kalimat yang sudah tersimpan.');
    // the editor notices the failed save and keeps the text
    await expect.poll(async () => page.getByRole('status', { name: /^(save state|status simpan)$/i }).getAttribute('data-state'), { timeout: 15_000 }).toBe('error');
    await expect(editorBox(page).textContent()).resolves.toContain('Kalimat yang belum tersimpan.');

    // web mode again, without --port: it comes back on the same port (same origin, so the same
    // local storage); the dead process's lock is taken over
    web = await spawnWeb(dataDir);
    expect(new URL(web.appUrl).origin).toBe(origin);
    // a full load of the new URL (new token), in the same tab: local storage is per origin
    await page.goto('about:blank');
    await page.goto(web.appUrl);
    await page.getByRole('button', { name: /^(＋ )?(new story|berita baru)$/i }).waitFor();
    await page.evaluate((draft) => (window.location.hash = `#/draft/${encodeURIComponent(draft)}`), id);
    await editorBox(page).waitFor();
    const offer = page.getByRole('button', { name: /^(bring it back|kembalikan)/i });
    await offer.waitFor({ timeout: 15_000 });
    await offer.click();
    await expect.poll(() => editorBox(page).textContent()).toContain('Kalimat yang belum tersimpan.');
    await expect.poll(() => storedText(dataDir, id), { timeout: 15_000, interval: 200 }).toContain('Kalimat yang belum tersimpan.');
    expect(storedText(dataDir, id)).toContain('Kalimat yang sudah tersimpan.');
  });
});
