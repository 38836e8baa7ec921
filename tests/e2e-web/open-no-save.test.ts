/**
 * Opening a story never saves it (issue 14 point 2): with no edit, its version and "changed
 * since the last export" stay as they were, however long the story stays open.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, startWeb, type WebServer } from './harness.js';
import { call, editorBox, openFreshPage } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

describe.skipIf(!chromiumAvailable)('opening a story (Chromium, web mode)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', { userName: 'Dewi Redaktur', role: 'editor', uiLanguage: 'en', theme: 'light' });
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('opening and leaving a story with no edit saves nothing', async () => {
    ({ context, page } = await openFreshPage(browser, server));
    const d = await call<Draft>(server, 'drafts.create', {
      headline: 'Harga cabai naik',
      language: 'id',
      body: docFromParagraphs(['Harga cabai di pasar induk naik sejak pekan lalu, kata pedagang.', 'Pasokan dari daerah penghasil berkurang karena hujan.']),
      meta: { byline: 'Rina', kicker: 'EKONOMI' },
    });
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    // longer than the autosave debounce
    await page.waitForTimeout(2500);
    await page.goto(`${server.url}#/`);
    await page.waitForTimeout(1000);
    const after = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(after.version).toBe(d.version);
  });
});
