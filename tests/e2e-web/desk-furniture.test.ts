/**
 * The desk's own website leftovers (issue 12, point 2c), as a desk uses them: a short junk line
 * the shape rules do not know repeats in a pasted story; "Always a website leftover" on its
 * warning puts it on the desk's list; from then on it is page furniture with "Delete line", in
 * this story and in the next one, and Settings lists it with a Remove button.
 * Screenshots: test-output/screenshots/desk-furniture-{warning,settings}.png.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, openWithWarnings, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft, Settings } from '../../shared/model/draft.js';

const JUNK = 'Kirim cerita Anda ke redaksi kami, hadiah menanti.';
const STORY = [
  'Hujan deras mengguyur Bekasi sejak Senin malam sehingga ratusan rumah di tiga kecamatan terendam air setinggi satu meter.',
  JUNK,
  'Petugas BPBD mengevakuasi warga lanjut usia dan anak-anak ke masjid terdekat menggunakan perahu karet.',
  JUNK,
];

describe.skipIf(!chromiumAvailable)('desk furniture list (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Desk', role: 'desk', uiLanguage: 'en', theme: 'light' });

  it('puts a repeated junk line on the desk list from its warning; the next story shows it as a leftover; Settings removes it', async () => {
    const server = suite.server;
    const { page } = await openWithWarnings(suite, { headline: 'Banjir rendam Bekasi', language: 'id', paragraphs: STORY });

    const dup = page.locator('.warnings-panel li[data-rule="duplicate-paragraph"]');
    await expect.poll(() => dup.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.warnings-panel li[data-rule="page-furniture"]').count()).toBe(0);
    await screenshot(page, 'desk-furniture-warning');
    await dup.getByRole('button', { name: /^always a website leftover$/i }).click();

    // both copies are now leftovers of the desk's list, each with its delete action
    const furniture = page.locator('.warnings-panel li[data-rule="page-furniture"]');
    await expect.poll(() => furniture.count(), { timeout: 15_000 }).toBe(2);
    expect(await furniture.first().textContent()).toContain("desk's list");
    expect(await furniture.first().getByRole('button', { name: /^delete line$/i }).count()).toBe(1);
    const settings = await call<Settings>(server, 'settings.get', {});
    expect(settings.deskFurniture).toEqual([JUNK]);

    // another story copied from the same portal: flagged at once
    const next = await call<Draft>(server, 'drafts.create', { headline: 'Longsor di Bogor', language: 'id', body: docFromParagraphs(['Longsor menutup jalan desa di Bogor pada Selasa pagi setelah hujan semalaman.', JUNK]) });
    await page.goto(`${server.url}#/draft/${next.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^warnings/i }).click();
    await expect.poll(() => page.locator('.warnings-panel li[data-rule="page-furniture"]').count(), { timeout: 15_000 }).toBe(1);

    // Settings lists the line and takes it off the list
    await page.goto(`${server.url}#/settings`);
    const row = page.locator('.desk-furniture-row');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toContain(JUNK);
    await screenshot(page, 'desk-furniture-settings');
    await row.getByRole('button', { name: /^remove/i }).click();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    expect((await call<Settings>(server, 'settings.get', {})).deskFurniture).toEqual([]);
  });
});
