/**
 * Suggested paragraph splits and joins (issue 15) in Chromium against web mode: an editor in
 * suggesting mode presses Enter mid-paragraph and Backspace at a paragraph's start; the stored
 * text reads as if both were accepted (a split as two paragraphs, a join as one) and export is
 * blocked; the author accepts the split and rejects the join; the paragraphs are exactly as
 * expected, and undo and redo step back and forth through both; in the dark theme with Indonesian labels the list still shows them. Screenshots: test-output/screenshots/split-join-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, openInReview, selectText, waitSaved, webSuite } from './ui-helpers.js';
import { reviewMarksOf } from '../../shared/model/review-marks.js';
import type { Draft } from '../../shared/model/draft.js';

const STORY = ['Korban banjir berjumlah dua orang. Petugas membuka posko di masjid.', 'Hujan masih turun hingga sore.', 'Warga diminta waspada.'];
const paragraphs = (page: Page) => page.locator('.editor-input > p').allTextContents();

describe.skipIf(!chromiumAvailable)('suggested paragraph split and join (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Editor', role: 'editor', uiLanguage: 'en', theme: 'light' });

  it('Enter suggests a split, Backspace at a start suggests a join; the author accepts one, rejects the other', async () => {
    const server = suite.server;
    const opened = await openInReview(suite, STORY);
    const d = opened.draft;
    let page = opened.page;

    await selectText(page, 'Petugas', 'start');
    await page.keyboard.press('Enter');
    await selectText(page, 'Warga', 'start');
    await page.keyboard.press('Backspace');
    await waitSaved(page);
    // on the page: the split is made with a pilcrow mark; the join is a struck-through pilcrow
    expect(await paragraphs(page)).toEqual(['Korban banjir berjumlah dua orang. ¶', 'Petugas membuka posko di masjid.', 'Hujan masih turun hingga sore.¶', 'Warga diminta waspada.']);
    expect(await page.locator('.editor-input ins.ed-sug-split').count()).toBe(1);
    expect(await page.locator('.editor-input del.ed-sug-join').count()).toBe(1);
    // stored and checked as if accepted: the split is two paragraphs, the join one
    const stored = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(stored.plainText.split('\n\n')).toEqual(['Korban banjir berjumlah dua orang. ', 'Petugas membuka posko di masjid.', 'Hujan masih turun hingga sore.Warga diminta waspada.']);
    expect(reviewMarksOf(stored.body).suggestions.map((s) => [s.kind, s.author])).toEqual([
      ['split', 'Dewi Editor'],
      ['join', 'Dewi Editor'],
    ]);
    const check = await call<{ blocking: Array<{ code: string }> }>(server, 'export.check', { id: d.id });
    expect(check.blocking.map((b) => b.code)).toContain('open-suggestion');
    await page.getByRole('tab', { name: /^comments/i }).click();
    await expect.poll(() => page.locator('.suggestion').count()).toBe(2);
    await screenshot(page, 'split-join-editor-light-en');

    // the author accepts the split and rejects the join
    await call(server, 'settings.set', { userName: 'Rina Reporter', role: 'reporter' });
    page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^comments/i }).click();
    const items = page.locator('.suggestion');
    await expect.poll(() => items.count()).toBe(2);
    expect(await page.locator('.suggestion[data-kind="split"] .sg-kind').textContent()).toBe('New paragraph');
    expect(await page.locator('.suggestion[data-kind="join"] .comment-meta strong').textContent()).toBe('Dewi Editor');
    await page.locator('.suggestion[data-kind="split"]').getByRole('button', { name: /^accept$/i }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.locator('.suggestion[data-kind="join"]').getByRole('button', { name: /^reject$/i }).click();
    await expect.poll(() => items.count()).toBe(0);
    const final = ['Korban banjir berjumlah dua orang. ', 'Petugas membuka posko di masjid.', 'Hujan masih turun hingga sore.', 'Warga diminta waspada.'];
    expect(await paragraphs(page)).toEqual(final);
    await waitSaved(page);
    const saved = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(saved.plainText.split('\n\n')).toEqual(final);
    expect(reviewMarksOf(saved.body).suggestions).toEqual([]);

    // undo: the rejected join first (its mark is back), then the accepted split; redo settles both again
    await editorBox(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraphs(page)).toEqual(['Korban banjir berjumlah dua orang. ', 'Petugas membuka posko di masjid.', 'Hujan masih turun hingga sore.¶', 'Warga diminta waspada.']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraphs(page)).toEqual(['Korban banjir berjumlah dua orang. ¶', 'Petugas membuka posko di masjid.', 'Hujan masih turun hingga sore.¶', 'Warga diminta waspada.']);
    await expect.poll(() => items.count()).toBe(2);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => paragraphs(page)).toEqual(final);
    await waitSaved(page);

    // the marks in the dark theme with Indonesian labels (a second editor pass)
    await call(server, 'settings.set', { userName: 'Dewi Editor', role: 'editor', theme: 'dark', uiLanguage: 'id' });
    page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await selectText(page, 'Petugas', 'start');
    await page.keyboard.press('Enter');
    await selectText(page, 'Warga', 'start');
    await page.keyboard.press('Backspace');
    await waitSaved(page);
    page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^komentar/i }).click();
    await expect.poll(() => page.locator('.suggestion[data-kind="join"] .sg-kind').textContent()).toBe('Gabung paragraf');
    await screenshot(page, 'split-join-editor-dark-id');
  });
});
