/**
 * Comments, second part (issue 15), in Chromium against web mode: an `@` in a comment offers the
 * names this store has seen, the pick is stored as a structured mention, the story is then in
 * "Waiting for me" on the mentioned person's desk; deleting the thread takes its highlight away
 * and Undo brings both back. Screenshots: test-output/screenshots/comments-mention-*.png.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, selectText, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';
import type { CommentThread } from '../../shared/model/comment.js';

const SENTENCE = 'Air setinggi dua meter merendam rumah warga.';

describe.skipIf(!chromiumAvailable)('@mentions and deleting comments (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Editor', role: 'editor', uiLanguage: 'en', theme: 'light' });

  it('mention a colleague from the list, find the story in their "Waiting for me", delete the thread and undo it', async () => {
    const server = suite.server;
    // Rina has worked in this store before: her name is one this store has seen
    await call(server, 'settings.set', { userName: 'Rina Reporter', role: 'reporter' });
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Banjir rendam Bekasi', language: 'id', body: docFromParagraphs([`Hujan deras sejak Senin malam. ${SENTENCE}`]) });
    await call(server, 'settings.set', { userName: 'Dewi Editor', role: 'editor' });

    const page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await selectText(page, SENTENCE);
    await page.keyboard.press('Control+Alt+M');
    const box = page.getByRole('textbox', { name: /^write a comment/i });
    await box.waitFor();
    await box.pressSequentially('Sumber? @ri');
    const option = page.getByRole('option', { name: 'Rina Reporter' });
    await option.waitFor();
    await screenshot(page, 'comments-mention-list');
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('Sumber? @Rina Reporter ');
    await box.pressSequentially('tolong cek BPBD');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.comment-thread .comment-text .mention').textContent()).toBe('@Rina Reporter');
    const [thread] = await call<CommentThread[]>(server, 'comments.list', { draftId: d.id });
    expect(thread).toMatchObject({ text: 'Sumber? @Rina Reporter tolong cek BPBD', mentions: ['Rina Reporter'] });

    // delete: gone from the list, its text no longer highlighted; Undo brings both back
    const item = page.locator(`.comment-thread[data-thread="${thread!.id}"]`);
    await item.getByRole('button', { name: /^delete$/i }).click();
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(() => page.locator('.editor-input mark.ed-comment').getAttribute('class')).toMatch(/\bgone\b/);
    expect(await call<CommentThread[]>(server, 'comments.list', { draftId: d.id })).toEqual([]);
    await page.getByRole('button', { name: /^undo$/i }).click();
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => page.locator('.editor-input mark.ed-comment').getAttribute('class')).not.toMatch(/\bgone\b/);
    const kinds = (await call<Array<{ kind: string }>>(server, 'drafts.history', { id: d.id })).map((h) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['comment', 'delete-comment', 'restore-comment']));

    // Rina's desk: the story waits for her
    await call(server, 'settings.set', { userName: 'Rina Reporter', role: 'reporter' });
    const desk = await suite.freshPage();
    await desk.goto(`${server.url}#/`);
    const waiting = desk.getByRole('region', { name: /^comments that mention you/i });
    await waiting.waitFor();
    expect(await waiting.getByRole('link').allTextContents()).toEqual(['Banjir rendam Bekasi']);
    await screenshot(desk, 'comments-mention-waiting');
  });
});
