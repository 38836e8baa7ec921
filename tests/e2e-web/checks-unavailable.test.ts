/**
 * A crashed analyzer in the editor (issue 16): the analysis worker answers with an error, as
 * its catch does when a check throws. The editor and the review must say "checks unavailable"
 * (not show a clean story) and the export dialog must block. The worker script is swapped at
 * the network layer for one whose every check throws; the app itself is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser, startWeb, type WebServer } from './harness.js';
import { call, editorBox, openFreshPage } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

// the message shape of renderer/editor/findings/analysis.worker.ts when analyze() throws
const THROWING_WORKER = `self.onmessage = (e) => {
  self.postMessage({ seq: e.data.seq, findings: [], error: 'ChecksUnavailableError: the facts check failed: boom', ms: 0 });
};`;

describe.skipIf(!chromiumAvailable)('checks unavailable (Chromium, web mode)', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', { userName: 'Dewi Desk', role: 'desk', uiLanguage: 'en', theme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the editor and the review say so, and the export dialog blocks', async () => {
    const d = await call<Draft>(server, 'drafts.create', {
      headline: 'Council approves library budget',
      body: docFromParagraphs(['The city council approved the new library budget on Tuesday evening after a long debate.', 'Construction is planned to start in the spring, the mayor said.']),
      language: 'en',
      meta: { byline: 'Dewi Lestari' },
    });
    for (const s of ['submitted', 'in-review', 'approved']) await call(server, 'drafts.setStatus', { id: d.id, status: s });

    const { context, page } = await openFreshPage(browser, server);
    let routed = 0;
    await context.route(/analysis\.worker[^/]*\.js(\?.*)?$/, (route) => {
      routed++;
      return route.fulfill({ contentType: 'text/javascript', body: THROWING_WORKER });
    });

    await page.evaluate((h) => (window.location.hash = h), `#/draft/${encodeURIComponent(d.id)}`);
    await editorBox(page).waitFor();
    const banner = page.locator('[data-checks="unavailable"]');
    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toMatch(/^Checks unavailable/);
    expect(routed).toBeGreaterThan(0);

    // the workflow's step forward is the export dialog, and it refuses
    await page.locator('.workflow').getByRole('button', { name: /^export…$/i }).click();
    const dialog = page.getByRole('dialog', { name: /^export story$/i });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.prepublish').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    await expect.poll(() => dialog.locator('[data-code="checks-unavailable"]').count()).toBe(1);
    expect(await dialog.locator('[data-check="clear"]').count()).toBe(0);
    const exportButtons = dialog.getByRole('button', { name: /^(save file|export anyway|export)$/i });
    for (const b of await exportButtons.all()) expect(await b.isDisabled()).toBe(true);
    expect(await call(server, 'export.list', { id: d.id })).toEqual([]);
    await dialog.getByRole('button', { name: /^close$/i }).click();

    await page.evaluate((h) => (window.location.hash = h), `#/review/${encodeURIComponent(d.id)}`);
    await expect.poll(() => page.locator('.review-page .checks-unavailable').textContent(), { timeout: 15_000 }).toMatch(/^Checks unavailable/);
    await context.close();
  });
});
