/**
 * Suggesting mode (issue 15) in Chromium against web mode: an editor reviewing the story (the
 * mode is on by default for her) replaces a word and deletes a sentence; the reporter accepts the
 * one and rejects the other; the text is exactly as expected, and undo brings back the previous
 * state. While suggestions are open the warnings say what the checks read and export is blocked.
 * Screenshots: test-output/screenshots/suggestions-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, openInReview, selectText, waitSaved, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { reviewMarksOf } from '../../shared/model/review-marks.js';
import type { Draft } from '../../shared/model/draft.js';

const GONE = ' Kalimat ini diusulkan untuk dihapus.';
const STORY = [`Korban banjir berjumlah dua orang.${GONE} Petugas membuka posko di masjid.`, 'Hujan masih turun hingga sore.'];

/** the paragraphs as the checks read them: deletions left out */
const accepted = async (page: Page, server: { url: string; token: string }, id: string) => (await call<Draft>(server, 'drafts.get', { id })).plainText;
const firstParagraph = (page: Page) => page.locator('.editor-input > p').first().textContent();

describe.skipIf(!chromiumAvailable)('suggesting mode (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Editor', role: 'editor', uiLanguage: 'en', theme: 'light' });

  it('an editor suggests a replacement and a deletion; the author accepts one, rejects the other; undo brings it back', async () => {
    const server = suite.server;
    // the editor, reviewing: suggesting is on by default
    const opened = await openInReview(suite, STORY);
    const d = opened.draft;
    let page = opened.page;

    await selectText(page, 'dua');
    await page.keyboard.type('tiga');
    await selectText(page, GONE);
    await page.keyboard.press('Backspace');
    await waitSaved(page);
    expect(await page.locator('.editor-input del.ed-sug-del').allTextContents()).toEqual(['dua', GONE]);
    expect(await page.locator('.editor-input ins.ed-sug-ins').allTextContents()).toEqual(['tiga']);
    // the checks (and the stored paragraphs) read the text with every suggestion accepted
    expect((await accepted(page, server, d.id)).split('\n\n')[0]).toBe('Korban banjir berjumlah tiga orang. Petugas membuka posko di masjid.');
    const stored = reviewMarksOf((await call<Draft>(server, 'drafts.get', { id: d.id })).body).suggestions;
    expect(stored.map((s) => [s.kind, s.author, s.text])).toEqual([
      ['replace', 'Dewi Editor', 'tiga'],
      ['delete', 'Dewi Editor', GONE],
    ]);
    await page.getByRole('tab', { name: /^warnings/i }).click();
    expect(await page.locator('[data-note="suggestions-accepted"]').textContent()).toMatch(/all 2 suggested edits accepted/);
    await page.getByRole('tab', { name: /^comments/i }).click();
    await screenshot(page, 'suggestions-editor');

    // open suggestions block export
    const check = await call<{ blocking: Array<{ code: string }> }>(server, 'export.check', { id: d.id });
    expect(check.blocking.map((b) => b.code)).toContain('open-suggestion');

    // the author: suggesting is off for her; she accepts the replacement and rejects the deletion
    await call(server, 'settings.set', { userName: 'Rina Reporter', role: 'reporter' });
    page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    expect(await page.locator('button[data-cmd="suggesting"]').getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('tab', { name: /^comments/i }).click();
    const items = page.locator('.suggestion');
    await expect.poll(() => items.count()).toBe(2);
    const replace = page.locator('.suggestion[data-kind="replace"]');
    expect(await replace.locator('del').textContent()).toBe('dua');
    expect(await replace.locator('ins').textContent()).toBe('tiga');
    expect(await replace.locator('.comment-meta strong').textContent()).toBe('Dewi Editor');
    await replace.getByRole('button', { name: /^accept$/i }).click();
    await page.locator('.suggestion[data-kind="delete"]').getByRole('button', { name: /^reject$/i }).click();
    await expect.poll(() => items.count()).toBe(0);
    const final = `Korban banjir berjumlah tiga orang.${GONE} Petugas membuka posko di masjid.`;
    expect(await firstParagraph(page)).toBe(final);
    expect(await page.locator('.editor-input del, .editor-input ins').count()).toBe(0);
    await waitSaved(page);
    const saved = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(saved.plainText).toBe(`${final}\n\n${STORY[1]}`);
    expect(reviewMarksOf(saved.body).suggestions).toEqual([]);
    await screenshot(page, 'suggestions-settled');

    // undo: the rejection is undone first (the deletion is suggested again), then the acceptance
    await editorBox(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.editor-input del.ed-sug-del').allTextContents()).toEqual([GONE]);
    expect(await page.locator('.editor-input ins').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.editor-input del.ed-sug-del').allTextContents()).toEqual(['dua', GONE]);
    expect(await page.locator('.editor-input ins.ed-sug-ins').allTextContents()).toEqual(['tiga']);
    await expect.poll(() => items.count()).toBe(2);
    // and redo settles them again
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => firstParagraph(page)).toBe(final);
  });

  it('Backspace makes one deletion of a run of keys, and steps over text already suggested for deletion', async () => {
    const server = suite.server;
    await call(server, 'settings.set', { userName: 'Dewi Editor', role: 'editor' });
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Hitung', language: 'id', body: docFromParagraphs(['Satu dua tiga empat.']) });
    for (const status of ['submitted', 'in-review']) await call(server, 'drafts.setStatus', { id: d.id, status });
    const page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    expect(await page.locator('button[data-cmd="suggesting"]').getAttribute('aria-pressed')).toBe('true');
    await selectText(page, 'tiga');
    await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    expect(await page.locator('.editor-input del.ed-sug-del').allTextContents()).toEqual([' tiga']);
    // the caret put back after the deleted text: Backspace deletes what comes before it
    await selectText(page, ' empat.', 'start');
    await page.keyboard.press('Backspace');
    expect(await page.locator('.editor-input del.ed-sug-del').allTextContents()).toEqual(['a tiga']);
    // Backspace at the paragraph's start joins nothing
    await selectText(page, 'Satu', 'start');
    await page.keyboard.press('Backspace');
    expect(await page.locator('.editor-input del.ed-sug-del').allTextContents()).toEqual(['a tiga']);
    await waitSaved(page);
    expect((await call<Draft>(server, 'drafts.get', { id: d.id })).plainText).toBe('Satu du empat.');
    expect(await page.locator('.suggestion').count()).toBe(0); // the list is in the comments tab, closed here
    await page.getByRole('tab', { name: /^comments/i }).click();
    await expect.poll(() => page.locator('.suggestion[data-kind="delete"] del').allTextContents()).toEqual(['a tiga']);
  });

  it('Backspace deletes before the caret the reader sees, even when the key comes before the browser reports the caret move', async () => {
    const server = suite.server;
    await call(server, 'settings.set', { userName: 'Dewi Editor', role: 'editor' });
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Caret', language: 'id', body: docFromParagraphs(['Satu dua tiga empat.']) });
    for (const status of ['submitted', 'in-review']) await call(server, 'drafts.setStatus', { id: d.id, status });
    const page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await selectText(page, 'tiga'); // Lexical now holds "tiga" selected
    // the caret moves to after "tiga" and Backspace arrives in the same task: no selectionchange has
    // been handled between them, as happens with fast keys on a loaded machine
    await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('.editor-input')!;
      const text = [...root.querySelectorAll('span')].map((s) => s.firstChild).find((t): t is Text => t instanceof Text && t.data.includes('tiga'))!;
      const r = document.createRange();
      r.setStart(text, text.data.indexOf('tiga') + 4);
      r.collapse(true);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(r);
      root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('.editor-input del.ed-sug-del').allTextContents()).toEqual(['a']);
  });
});
