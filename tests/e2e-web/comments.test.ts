/**
 * Comments on the text (issue 15), as an editor uses them in Chromium against web mode: comment
 * on a sentence (Ctrl+Alt+M), reload, it is there and anchored; type before it, it stays on its
 * text; delete its text, the thread is kept "on deleted text" with its quote. Also the TK count
 * and a private note. Screenshots: test-output/screenshots/comments-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, selectText, waitSaved, webSuite } from './ui-helpers.js';
import { docFromParagraphs, NOTE_TYPE } from '../../shared/model/lexical-doc.js';
import { reviewMarksOf } from '../../shared/model/review-marks.js';
import type { Draft } from '../../shared/model/draft.js';
import type { CommentThread } from '../../shared/model/comment.js';

const SENTENCE = 'Air setinggi dua meter merendam rumah warga.';
const STORY = [`Hujan deras mengguyur Bekasi sejak Senin malam. ${SENTENCE} Petugas membuka posko.`, 'Korban berjumlah TK orang, kata petugas BPBD.'];

/** Put the caret at the very start of the first paragraph. */
async function caretAtStart(page: Page): Promise<void> {
  await editorBox(page).focus();
  await page.evaluate(() => {
    const first = document.querySelector('.editor-input p')!;
    const walker = document.createTreeWalker(first, NodeFilter.SHOW_TEXT);
    const t = walker.nextNode() as Text;
    const r = document.createRange();
    r.setStart(t, 0);
    r.collapse(true);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
  });
  await page.waitForTimeout(100);
}

const markTexts = (page: Page) => page.locator('.editor-input mark.ed-comment').allTextContents();

describe.skipIf(!chromiumAvailable)('comments on the text (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Editor', role: 'editor', uiLanguage: 'en', theme: 'light' });

  it('a comment on a sentence survives a reload, follows its text, and outlives it with its quote', async () => {
    const page = await suite.freshPage();
    const server = suite.server;
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Banjir rendam Bekasi', language: 'id', body: docFromParagraphs(STORY) });
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();

    // the TK placeholder is counted in the status area
    await expect.poll(() => page.locator('[data-count="placeholders"]').textContent(), { timeout: 10_000 }).toBe('1 TK placeholder');

    await selectText(page, SENTENCE);
    await page.keyboard.press('Control+Alt+M');
    const box = page.getByRole('textbox', { name: /^write a comment/i });
    await box.waitFor();
    expect(await page.locator('.comment-new q').textContent()).toBe(SENTENCE);
    await box.fill('Sumber angka dua meter?');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => markTexts(page)).toEqual([SENTENCE]);
    await waitSaved(page);
    await screenshot(page, 'comments-added');

    // stored: the thread in the database, the anchor in the body
    const [thread] = await call<CommentThread[]>(server, 'comments.list', { draftId: d.id });
    expect(thread).toMatchObject({ author: 'Dewi Editor', text: 'Sumber angka dua meter?', quote: SENTENCE, resolved: false });
    expect(reviewMarksOf((await call<Draft>(server, 'drafts.get', { id: d.id })).body).anchors.get(thread!.id)).toBe(SENTENCE);

    await page.reload();
    await editorBox(page).waitFor();
    await expect.poll(() => markTexts(page)).toEqual([SENTENCE]);
    await page.getByRole('tab', { name: /^comments/i }).click();
    const item = page.locator(`.comment-thread[data-thread="${thread!.id}"]`);
    expect(await item.getAttribute('data-anchored')).toBe('true');
    expect(await item.locator('.comment-text').first().textContent()).toBe('Sumber angka dua meter?');
    // the quote in the list selects its text in the story and marks it as the active thread
    await item.locator('.comment-quote').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(SENTENCE);
    await expect.poll(() => page.locator('.editor-input mark.ed-comment').getAttribute('class')).toMatch(/\bactive\b/);

    // typing before it: the comment stays on its sentence
    await caretAtStart(page);
    await page.keyboard.type('Kemarin, ');
    await waitSaved(page);
    expect(await markTexts(page)).toEqual([SENTENCE]);
    const saved = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(saved.plainText.startsWith('Kemarin, Hujan deras')).toBe(true);
    expect(reviewMarksOf(saved.body).anchors.get(thread!.id)).toBe(SENTENCE);

    // a reply, in the side list
    await item.getByRole('button', { name: /^reply$/i }).click();
    await page.getByRole('textbox', { name: /^write a reply/i }).fill('BPBD Bekasi, pukul 07.00');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => item.locator('.comment-msg.reply .comment-text').textContent()).toBe('BPBD Bekasi, pukul 07.00');

    // deleting the commented text: the thread is kept, on deleted text, with its quote
    await selectText(page, SENTENCE);
    await page.keyboard.press('Backspace');
    await waitSaved(page);
    expect(await markTexts(page)).toEqual([]);
    await expect.poll(() => item.getAttribute('data-anchored')).toBe('false');
    expect(await item.locator('.comment-deleted-tag').textContent()).toBe('On deleted text');
    expect(await item.locator('q').textContent()).toBe(SENTENCE);
    await screenshot(page, 'comments-deleted-text');
    const after = await call<CommentThread[]>(server, 'comments.list', { draftId: d.id });
    expect(after).toHaveLength(1);
    expect(after[0]!.replies).toHaveLength(1);
    expect(reviewMarksOf((await call<Draft>(server, 'drafts.get', { id: d.id })).body).anchors.size).toBe(0);

    // resolve, then reopen
    await item.getByRole('button', { name: /^resolve$/i }).click();
    await expect.poll(() => call<CommentThread[]>(server, 'comments.list', { draftId: d.id }).then((l) => l[0]!.resolved)).toBe(true);
  });

  it('a private note is styled apart, not counted, and stays out of the export', async () => {
    const page = await suite.freshPage();
    const server = suite.server;
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Catatan', language: 'id', body: docFromParagraphs(['Satu dua tiga empat.', 'cek ke humas ZQNOTE']) });
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await expect.poll(() => page.locator('[data-count="words"]').textContent()).toBe('8 words');
    await selectText(page, 'cek ke humas ZQNOTE');
    await page.locator('button[data-cmd="note"]').click();
    await expect.poll(() => page.locator('.editor-input [data-note]').textContent()).toBe('cek ke humas ZQNOTE');
    await expect.poll(() => page.locator('[data-count="words"]').textContent()).toBe('4 words');
    await waitSaved(page);
    await screenshot(page, 'comments-note');
    const saved = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(saved.body.root.children?.some((c) => c.type === NOTE_TYPE)).toBe(true);
    expect(saved.wordCount).toBe(4);
    const out = await call<{ text?: string }>(server, 'export.preview', { id: d.id, target: 'txt' });
    expect(out.text).toContain('Satu dua tiga empat.');
    expect(out.text).not.toContain('ZQNOTE');
  });
});
