/**
 * Helpers for the editor/desk end-to-end tests: contract calls straight to the web server (to
 * inspect what was really saved), a paste that goes through the real clipboard event path, and
 * waiting for the visible save state.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { call, launchBrowser, startWeb, type WebServer } from './harness.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

export { call } from './harness.js';

export const editorBox = (page: Page) => page.getByRole('textbox', { name: /^(story text|isi berita)$/i });

export async function newStory(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^(＋ )?(new story|berita baru)$/i }).click();
  await editorBox(page).waitFor();
  await expect.poll(() => page.url()).toMatch(/#\/draft\//);
  return draftIdOf(page);
}

export function draftIdOf(page: Page): string {
  const m = page.url().match(/#\/draft\/([^/?#]+)/);
  if (!m) throw new Error(`not on an editor page: ${page.url()}`);
  return decodeURIComponent(m[1]!);
}

export async function waitSaved(page: Page): Promise<void> {
  const state = page.getByRole('status', { name: /^(save state|status simpan)$/i });
  // a change is pending first, then saved: wait until the indicator settles on "saved"
  await expect.poll(async () => state.getAttribute('data-state'), { timeout: 15_000, interval: 100 }).toBe('saved');
  await page.waitForTimeout(50);
  await expect.poll(async () => state.getAttribute('data-state'), { timeout: 15_000, interval: 100 }).toBe('saved');
}

/** Fire a real `paste` ClipboardEvent at the editor, as the browser does for Ctrl+V. */
export async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await editorBox(page).focus();
  await page.evaluate(({ html, text }) => {
    const el = document.querySelector('.editor-input');
    if (!el) throw new Error('no editor');
    const dt = new DataTransfer();
    if (html !== undefined) dt.setData('text/html', html);
    if (text !== undefined) dt.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

export async function openApp(page: Page, server: WebServer): Promise<void> {
  // Another run in the same working tree may be rebuilding out/renderer (vite empties it
  // first): the server then answers "Not found" for a moment. Wait for the build, not longer.
  for (let i = 0; i < 20; i++) {
    const res = await page.goto(server.appUrl);
    if (res?.status() !== 404) break;
    console.warn('renderer build missing (a concurrent build?), retrying in 2 s');
    await page.waitForTimeout(2000);
  }
  await page.getByRole('button', { name: /^(＋ )?(new story|berita baru)$/i }).waitFor();
}

/**
 * A page in a new browser context (1440x900, light), on the app's desk. Page errors are printed;
 * `verbose` also prints console errors and failed requests.
 */
export async function openFreshPage(
  browser: Browser,
  server: WebServer,
  opts: { context?: BrowserContextOptions; verbose?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light', ...opts.context });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  if (opts.verbose) {
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    page.on('requestfailed', (r) => console.error('requestfailed:', r.url(), r.failure()?.errorText));
  }
  await openApp(page, server);
  return { context, page };
}

/**
 * One web-mode server and one browser for a describe block, with the settings a suite needs;
 * `freshPage()` opens each test's page in a new context (closing the previous one). Everything
 * is stopped and the server's folder removed after the suite.
 */
export function webSuite(settings: Record<string, unknown>) {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', settings);
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });
  return {
    get server(): WebServer {
      if (!server) throw new Error('webSuite: the server starts in beforeAll');
      return server;
    },
    async freshPage(opts: { context?: BrowserContextOptions } = {}): Promise<Page> {
      if (!server || !browser) throw new Error('webSuite: the server starts in beforeAll');
      await context?.close().catch(() => undefined);
      const fresh = await openFreshPage(browser, server, opts);
      context = fresh.context;
      return fresh.page;
    },
  };
}

/** A new story of these paragraphs, opened in a fresh page of the suite with its warnings tab showing. */
export async function openWithWarnings(
  suite: ReturnType<typeof webSuite>,
  story: { headline: string; language: 'id' | 'en'; paragraphs: readonly string[] },
  tab: RegExp = /^warnings/i,
): Promise<{ draft: Draft; page: Page }> {
  const server = suite.server;
  const page = await suite.freshPage();
  const draft = await call<Draft>(server, 'drafts.create', { headline: story.headline, language: story.language, body: docFromParagraphs([...story.paragraphs]) });
  await page.goto(`${server.url}#/draft/${draft.id}`);
  await editorBox(page).waitFor();
  await page.getByRole('tab', { name: tab }).click();
  return { draft, page };
}

/**
 * A story by Rina Reporter, submitted and in review, opened in a fresh page by the suite's user
 * (the suggestion tests' editor: suggesting mode is on by default, which it checks).
 */
export async function openInReview(suite: ReturnType<typeof webSuite>, paragraphs: readonly string[]): Promise<{ draft: Draft; page: Page }> {
  const server = suite.server;
  const draft = await call<Draft>(server, 'drafts.create', { headline: 'Banjir di Bekasi', language: 'id', body: docFromParagraphs([...paragraphs]), meta: { byline: 'Rina Reporter' } });
  for (const status of ['submitted', 'in-review']) await call(server, 'drafts.setStatus', { id: draft.id, status });
  const page = await suite.freshPage();
  await page.goto(`${server.url}#/draft/${draft.id}`);
  await editorBox(page).waitFor();
  expect(await page.locator('button[data-cmd="suggesting"]').getAttribute('aria-pressed')).toBe('true');
  return { draft, page };
}

/** Selects the first occurrence of `needle` in the story text (or puts the caret at its start). */
export async function selectText(page: Page, needle: string, collapse?: 'start'): Promise<void> {
  await editorBox(page).focus();
  await page.evaluate(([n, c]) => {
    const root = document.querySelector('.editor-input')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const i = t.data.indexOf(n);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + n.length);
      if (c === 'start') r.collapse(true);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
      return;
    }
    throw new Error(`text not found: ${n}`);
  }, [needle, collapse] as const);
  await page.waitForTimeout(100);
}
