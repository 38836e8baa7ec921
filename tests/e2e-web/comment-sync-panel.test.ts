/**
 * Comments through the newsroom hub, in the browser (issue 15): Rina has her story open with the
 * comments panel showing; Edi, on another workstation, comments on it and replies; the
 * background sync brings both down and the open panel shows them, without reopening the story.
 * One hub on real PostgreSQL; Edi's workstation runs in this process (tests/helpers/workstation.ts).
 * Screenshot: test-output/screenshots/comments-sync-panel.png.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, webSuite } from './ui-helpers.js';
import { freshHub, passwordOf } from '../helpers/hub.js';
import { closeWorkstations, sync, workstation } from '../helpers/workstation.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

// web mode's background sync at a test's pace
process.env.REDAKSI_SYNC_INTERVAL_MS = '500';

const T1 = '2f6c1b9e-3d4a-4e5f-8a6b-7c8d9e0f1a2b';
const R1 = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d';

afterEach(closeWorkstations);

describe.skipIf(!chromiumAvailable || !PG_BIN_DIR)(`the comments panel follows the background sync${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  const suite = webSuite({ userName: 'rina', role: 'reporter', uiLanguage: 'en', theme: 'light' });

  it("a colleague's comment and reply appear in the open panel after a background sync", async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    const server = suite.server;
    await call(server, 'newsroom.login', { url: hub.url, user: 'rina', password: passwordOf('rina') });
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Banjir Kampung Melayu', language: 'id', body: docFromParagraphs(['Air setinggi dua meter merendam rumah warga.']) });
    await call(server, 'newsroom.sync');

    const page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^comments/i }).click();
    const panel = page.getByRole('region', { name: /^comments$/i });
    await panel.waitFor();
    expect(await panel.locator('.comment-thread').count()).toBe(0);

    const edi = await workstation(hub, 'edi', 'editor');
    await sync(edi);
    await edi.api['comments.add']({ draftId: d.id, id: T1, text: 'Sumber angka dua meter?', quote: 'dua meter' });
    expect((await sync(edi)).comments).toMatchObject({ up: 1, refused: [] });
    const thread = panel.locator(`.comment-thread[data-thread="${T1}"]`);
    await expect.poll(() => thread.locator('.comment-text').first().textContent(), { timeout: 15_000 }).toBe('Sumber angka dua meter?');
    expect(await thread.locator('.comment-meta strong').first().textContent()).toBe('edi');

    // a reply on the hub shows too, on the thread already shown
    await edi.api['comments.reply']({ threadId: T1, id: R1, text: 'BPBD bilang 1,8 meter' });
    await sync(edi);
    await expect.poll(() => thread.locator('.comment-msg.reply .comment-text').allTextContents(), { timeout: 15_000 }).toEqual(['BPBD bilang 1,8 meter']);
    await screenshot(page, 'comments-sync-panel');
  });
});
