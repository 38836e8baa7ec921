/**
 * Issue 2's end-to-end path: in Chromium, create a draft, type two paragraphs, see "Saved",
 * reload: the text is there; restart the web server on the same data folder: still there.
 * Uses stable accessible names (aria-label) that the renderer gives its controls.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { call, launchBrowser, startWeb, chromiumAvailable, type WebServer } from './harness.js';
import type { Browser } from 'playwright-core';

describe.skipIf(!chromiumAvailable)('web mode end to end (Chromium)', () => {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a draft typed in the browser survives a reload and a server restart', async () => {
    server = await startWeb();
    // named, so the first-run dialog (first-run.test.ts) does not stand in front of the desk
    await call(server, 'settings.set', { userName: 'Rina Reporter' });
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(server.appUrl);
    await page.getByRole('button', { name: /new story/i }).click();
    const editor = page.getByRole('textbox', { name: /story text/i });
    await editor.click();
    await page.keyboard.type('Paragraf pertama tentang banjir.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Paragraf kedua tentang pengungsi.');
    await expect.poll(() => page.getByRole('status', { name: /save state/i }).textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: /story text/i }).textContent(), { timeout: 10_000 }).toContain('Paragraf kedua tentang pengungsi.');

    server = await server.restart();
    await page.goto(server.appUrl);
    await page.getByRole('button', { name: /new story/i }).waitFor();
    await page.getByText('Paragraf pertama', { exact: false }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    const search = page.getByRole('searchbox', { name: /search/i });
    await search.fill('pengungsi');
    await expect.poll(async () => (await page.getByRole('listitem').allTextContents()).join(' '), { timeout: 10_000 }).toMatch(/pengungsi/i);
  });
});
