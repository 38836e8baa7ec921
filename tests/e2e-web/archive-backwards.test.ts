/**
 * The archive check runs backwards (issue 14 point 3): an approved story does not gain a warning
 * because a later draft copied it; the later draft is warned, and the card names the original
 * with its headline, date and status. Screenshot: test-output/screenshots/archive-other-story.png.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

const SHARED = 'Penghargaan diserahkan Kepala Kantor Perwakilan Ombudsman Banten Fadli Afriadi dan diterima Wali Kota Tangsel Benyamin Davnie di Pendopo Gubernur Banten.';
const OWN = 'Harga cabai rawit di pasar tradisional Serang melonjak dua kali lipat menjelang akhir tahun, menurut pedagang setempat.';
const LATER_OWN = 'Pemerintah kota menyiapkan anggaran tambahan untuk perbaikan jalan di empat kecamatan tahun depan.';

describe.skipIf(!chromiumAvailable)('archive duplicates point backwards (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Redaktur', role: 'editor', uiLanguage: 'en', theme: 'light' });

  it('the approved original shows no archive warning; the later copy names it with headline, date and status', async () => {
    const server = suite.server;
    const original = await call<Draft>(server, 'drafts.create', { headline: 'Tangsel raih penghargaan Ombudsman', language: 'id', body: docFromParagraphs([OWN, SHARED]) });
    for (const status of ['submitted', 'in-review', 'approved']) await call(server, 'drafts.setStatus', { id: original.id, status });
    const copy = await call<Draft>(server, 'drafts.create', { headline: 'Salinan belakangan', language: 'id', body: docFromParagraphs([LATER_OWN, SHARED]) });

    const page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${copy.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^warnings/i }).click();
    const card = page.locator('li[data-rule="archive-duplicate"]');
    await card.first().waitFor({ timeout: 20_000 });
    const other = card.locator('.other-story');
    expect(await other.locator('.other-story-name').textContent()).toBe('“Tangsel raih penghargaan Ombudsman”');
    const facts = (await other.locator('.other-story-facts').textContent()) ?? '';
    expect(facts).toContain('Approved');
    expect(facts).toMatch(/\d{4}/);
    expect(await other.textContent()).not.toContain('?');
    await screenshot(page, 'archive-other-story');

    // side by side: this paragraph beside the original's; still named once the original is in the trash
    await call(server, 'drafts.trash', { id: original.id });
    await other.getByRole('button', { name: /^open side by side$/i }).click();
    const sheet = page.getByRole('dialog', { name: /^side by side$/i });
    await sheet.waitFor();
    await expect.poll(() => sheet.locator('.sbs-text').count()).toBe(2);
    expect(await sheet.locator('.sbs-text').allTextContents()).toEqual([SHARED, SHARED]);
    expect(await sheet.textContent()).toContain('“Tangsel raih penghargaan Ombudsman” · ¶2');
    expect(await sheet.getByRole('status').textContent()).toBe('Moved to the trash since the check.');
    await screenshot(page, 'archive-side-by-side');
    await sheet.getByRole('button', { name: /^close$/i }).click();
    await call(server, 'drafts.restore', { id: original.id });

    // the original: the copy came later, so nothing points at it (waiting as long as the copy's card took)
    await page.goto(`${server.url}#/draft/${original.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^warnings/i }).click();
    await page.waitForTimeout(3000);
    expect(await page.locator('li[data-rule="archive-duplicate"]').count()).toBe(0);
    const onServer = await call<Array<{ rule: string }>>(server, 'findings.check', { id: original.id });
    expect(onServer.filter((f) => f.rule === 'archive-duplicate')).toEqual([]);
  });
});
