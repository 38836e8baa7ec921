/**
 * Issue #14 point 1: the export dialog is a bounded sheet. At 1440x900 its box stays inside the
 * viewport for every target (long previews included) and for a story with 20 blocking problems;
 * the blocking reasons come first and their list scrolls inside the sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

const VIEWPORT = { width: 1440, height: 900 };

// twenty distinct sentences, each repeated later in the story: every repeat is a blocking error
const TOPICS = ['library', 'bridge', 'market', 'harbour', 'school', 'hospital', 'stadium', 'museum', 'airport', 'station',
  'park', 'tower', 'canal', 'factory', 'theatre', 'bakery', 'clinic', 'depot', 'garden', 'tunnel'];
const REPEATED = TOPICS.map((t, i) => `The ${t} project in district ${i + 3} was reviewed by the council on a long Tuesday evening session.`);

describe.skipIf(!chromiumAvailable)('export dialog stays inside the window (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Desk', role: 'desk', uiLanguage: 'en', theme: 'light' });
  let page: Page;
  beforeAll(async () => {
    page = await suite.freshPage({ context: { viewport: VIEWPORT } });
  });

  const dialog = () => page.getByRole('dialog', { name: /^(export story|ekspor berita)$/i });

  async function openExportOf(d: Draft) {
    await page.evaluate((h) => (window.location.hash = h), `#/draft/${encodeURIComponent(d.id)}`);
    await editorBox(page).waitFor();
    await page.locator('.editor-bar').getByRole('button', { name: /^(export|ekspor)$/i }).click();
    await dialog().waitFor();
    await expect.poll(() => dialog().locator('.prepublish').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
  }

  async function expectInsideViewport(label: string) {
    const box = await dialog().boundingBox();
    expect(box, label).not.toBeNull();
    expect(box!.y, `${label}: top`).toBeGreaterThanOrEqual(0);
    expect(box!.x, `${label}: left`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${label}: bottom`).toBeLessThanOrEqual(VIEWPORT.height);
    expect(box!.x + box!.width, `${label}: right`).toBeLessThanOrEqual(VIEWPORT.width);
  }

  it('every target keeps the sheet inside 1440x900', { timeout: 90_000 }, async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of a long feature on the ${TOPICS[i % TOPICS.length]} works, with quotes from ${i + 2} residents and officials.`);
    const d = await call<Draft>(suite.server, 'drafts.create', { headline: 'A long feature on city works', body: docFromParagraphs(long), language: 'en', meta: { byline: 'Dewi Lestari', section: 'City' } });
    for (const s of ['submitted', 'in-review', 'approved']) await call(suite.server, 'drafts.setStatus', { id: d.id, status: s });
    await openExportOf(d);
    const radios = dialog().getByRole('radio');
    const n = await radios.count();
    expect(n).toBeGreaterThan(3);
    for (let i = 0; i < n; i++) {
      await radios.nth(i).check();
      await page.waitForTimeout(150);
      await expectInsideViewport(`target ${(await radios.nth(i).getAttribute('value')) ?? i}`);
    }
    await page.keyboard.press('Escape');
  });

  it('20 blocking problems: the sheet stays inside, the reasons come first and scroll within it', { timeout: 90_000 }, async () => {
    const paragraphs = [...REPEATED, 'A short line between the halves keeps the story readable for the test.', ...REPEATED];
    const d = await call<Draft>(suite.server, 'drafts.create', { headline: 'Council reviews twenty projects', body: docFromParagraphs(paragraphs), language: 'en', meta: { byline: '', section: 'City' } });
    await openExportOf(d);
    const blocking = dialog().locator('.pp-item.pp-blocking');
    await expect.poll(() => blocking.count()).toBeGreaterThanOrEqual(20);
    await expectInsideViewport('20 blocking');
    // the reasons export is refused come before the choice of file
    const reasons = await dialog().locator('.prepublish').boundingBox();
    const targets = await dialog().locator('.export-targets').boundingBox();
    expect(reasons!.y).toBeLessThan(targets!.y);
    // the last reason can be scrolled into view inside the sheet
    await blocking.last().scrollIntoViewIfNeeded();
    const last = await blocking.last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(VIEWPORT.height);
    await expectInsideViewport('20 blocking, scrolled');
    await screenshot(page, 'export-20-blocking-en-light');
  });
});
