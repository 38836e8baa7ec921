/**
 * The review's compare view (issue 14 point 5): wide (the story column, not a side card), a
 * "changes only" toggle, next / previous change by buttons and keys, and once approved the main
 * button is Export, opening the real export dialog on the review page.
 * Screenshots: test-output/screenshots/review-compare.png, review-changes-only.png, review-export.png.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';
import { EDITED, SUBMITTED } from '../helpers/review-story.js';

describe.skipIf(!chromiumAvailable)('review compare view (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Redaktur', role: 'editor', uiLanguage: 'en', theme: 'light' });

  it('is wide, folds unchanged paragraphs, steps through changes with buttons and keys, and exports after approval', async () => {
    const server = suite.server;
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Banjir rendam Bekasi', language: 'id', body: docFromParagraphs(SUBMITTED), meta: { byline: 'Rina' } });
    await call(server, 'drafts.setStatus', { id: d.id, status: 'submitted' });
    await call(server, 'drafts.save', { id: d.id, body: docFromParagraphs(EDITED) });
    await call(server, 'drafts.setStatus', { id: d.id, status: 'in-review' });

    const page = await suite.freshPage();
    await page.goto(`${server.url}#/review/${d.id}`);
    const compare = page.locator('.review-diff');
    await compare.waitFor();
    // wide: the story column's width, not a 440 px side card
    expect((await compare.boundingBox())!.width).toBeGreaterThan(700);
    const position = compare.locator('.diff-position');
    expect(await position.textContent()).toBe('3 changes');
    expect(await compare.locator('.diff-para').count()).toBe(8); // headline + 7 paragraphs
    await screenshot(page, 'review-compare');

    // changes only: the three changed paragraphs, the rest folded with a count
    await compare.getByRole('checkbox', { name: /^changes only$/i }).check();
    expect(await compare.locator('.diff-para').count()).toBe(3);
    expect(await compare.locator('.diff-fold').allTextContents()).toEqual(['⋯ 2 unchanged paragraphs', '⋯ 2 unchanged paragraphs', '⋯ 1 unchanged paragraph']);

    // next / previous: buttons, then N and P, then Alt+arrows
    const next = compare.getByRole('button', { name: /next change/i });
    const prev = compare.getByRole('button', { name: /previous change/i });
    await next.click();
    expect(await position.textContent()).toBe('Change 1 of 3');
    expect(await compare.locator('.current-change').first().textContent()).toBe('perahu karet');
    await next.click();
    expect(await position.textContent()).toBe('Change 2 of 3');
    await page.keyboard.press('n');
    expect(await position.textContent()).toBe('Change 3 of 3');
    expect(await next.isDisabled()).toBe(true);
    expect(await compare.locator('.current-change').first().textContent()).toContain('Hingga Selasa siang');
    await page.keyboard.press('p');
    expect(await position.textContent()).toBe('Change 2 of 3');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await position.textContent()).toBe('Change 1 of 3');
    await prev.focus();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await position.textContent()).toBe('Change 2 of 3');
    await screenshot(page, 'review-changes-only');

    // approve from review: the main button becomes Export, which opens the export dialog here
    await page.locator('.editor-bar').getByRole('button', { name: /^approve$/i }).click();
    const exportButton = page.locator('.editor-bar .workflow').getByRole('button', { name: /^export…$/i });
    await exportButton.waitFor();
    expect(await exportButton.getAttribute('class')).toContain('primary');
    expect(await page.locator('.editor-bar').getByRole('button', { name: /mark exported/i }).count()).toBe(0);
    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: /^export story$/i });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.prepublish').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    await screenshot(page, 'review-export');
    // "Export anyway" when the story has warnings, else the plain export
    await dialog.locator('.export-actions button:enabled').first().click();
    await expect.poll(async () => (await call<Draft>(server, 'drafts.get', { id: d.id })).status, { timeout: 15_000 }).toBe('exported');
  });

  it('speaks Indonesian (dark theme too): every new label translated', async () => {
    const server = suite.server;
    await call(server, 'settings.set', { uiLanguage: 'id', theme: 'dark' });
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Banjir rendam Bekasi', language: 'id', body: docFromParagraphs(SUBMITTED) });
    await call(server, 'drafts.setStatus', { id: d.id, status: 'submitted' });
    await call(server, 'drafts.save', { id: d.id, body: docFromParagraphs(EDITED) });
    const page = await suite.freshPage();
    await page.goto(`${server.url}#/review/${d.id}`);
    const compare = page.locator('.review-diff');
    await compare.waitFor();
    expect(await compare.locator('.diff-position').textContent()).toBe('3 perubahan');
    await compare.getByRole('checkbox', { name: /^hanya perubahan$/i }).check();
    expect(await compare.locator('.diff-fold').first().textContent()).toBe('⋯ 2 paragraf tidak berubah');
    await compare.getByRole('button', { name: /^perubahan berikutnya$/i }).click();
    expect(await compare.locator('.diff-position').textContent()).toBe('Perubahan 1 dari 3');
    const text = (await page.locator('.review-page').textContent()) ?? '';
    for (const english of ['Changes only', 'Next', 'Previous', 'unchanged', 'Story', 'changes']) expect(text).not.toContain(english);
    await screenshot(page, 'review-compare-id-dark');
    await call(server, 'settings.set', { uiLanguage: 'en', theme: 'light' });
  });

  it("a warning's Show in text opens the story view at its text, with the margin badge beside its paragraph", async () => {
    const server = suite.server;
    const leftover = 'Baca juga: Harga cabai naik lagi di pasar induk';
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Banjir rendam Bekasi', language: 'id', body: docFromParagraphs(SUBMITTED) });
    await call(server, 'drafts.setStatus', { id: d.id, status: 'submitted' });
    await call(server, 'drafts.save', { id: d.id, body: docFromParagraphs([...EDITED.slice(0, 3), leftover, ...EDITED.slice(3)]) });
    const page = await suite.freshPage();
    await page.goto(`${server.url}#/review/${d.id}`);
    const card = page.locator('.review-side .findings > li[data-rule="page-furniture"]');
    await card.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('tab', { name: /^story$/i }).getAttribute('aria-selected')).toBe('false');
    await card.getByRole('button', { name: /^show in text$/i }).click();
    expect(await page.getByRole('tab', { name: /^story$/i }).getAttribute('aria-selected')).toBe('true');
    // the text is read-only here, so the jump shows where it is by the focus paint (a CSS highlight)
    const focused = () => page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('finding-focus');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    await expect.poll(focused).toEqual([leftover]);
    // the badge is drawn in the review's story, level with the flagged paragraph (the fourth)
    const badge = page.locator('.review-story .editor-scroller .margin-badge[data-paragraph="3"]');
    await badge.waitFor({ timeout: 10_000 });
    const para = (await page.locator('.review-story .editor-input > *').nth(3).boundingBox())!;
    const box = (await badge.boundingBox())!;
    expect(box.y + box.height / 2).toBeGreaterThan(para.y);
    expect(box.y + box.height / 2).toBeLessThan(para.y + para.height);
    await page.waitForTimeout(300);
    await screenshot(page, 'review-story');
  });
});
