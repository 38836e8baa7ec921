/**
 * The warnings list as a reporter reads it (issue 12): errors first whatever their place in the
 * story, then warnings; claims to verify in their own group below, collapsed, counted in the
 * summary, opened on demand. Screenshot: test-output/screenshots/warnings-order.png.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, openWithWarnings, webSuite } from './ui-helpers.js';
import { RULE_IDS } from '../../shared/model/finding.js';

const FLOOD = 'Hujan deras mengguyur Bekasi sejak Senin malam sehingga ratusan rumah di tiga kecamatan terendam air setinggi satu meter.';
const STORY = [
  'Baca juga: Harga cabai naik lagi di pasar induk',
  FLOOD,
  'Petugas BPBD mengevakuasi warga lanjut usia dan anak-anak ke masjid terdekat menggunakan perahu karet.',
  'Bekasi adalah kota dengan tingkat banjir tertinggi di Indonesia sepanjang 2024.',
  FLOOD,
];

describe.skipIf(!chromiumAvailable)('warnings list order and the claims group (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Rina Reporter', role: 'reporter', uiLanguage: 'en', theme: 'light' });

  it('lists the repeated paragraph (an error, last in the story) before the furniture line (a warning, first), and keeps the claim collapsed apart', async () => {
    const { page } = await openWithWarnings(suite, { headline: 'Banjir rendam Bekasi', language: 'id', paragraphs: STORY });

    const problems = page.locator('.warnings-panel > ul.findings > li');
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(2);
    expect(await problems.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual(['duplicate-paragraph', 'page-furniture']);
    const summary = page.locator('.warn-summary');
    expect(await summary.locator('.warn-counts').textContent()).toBe('1 error · 1 warning');
    expect(await summary.textContent()).toContain('1 claim to verify');
    // the tab counts what needs fixing, not the claims
    expect(await page.getByRole('tab', { name: /^warnings/i }).locator('.tab-count').textContent()).toBe('2');

    const toggle = page.locator('.claims-group').getByRole('button', { name: /^claims to verify \(1\)$/i });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('li[data-rule="claim-needs-source"]').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const claim = page.locator('.claims-group li[data-rule="claim-needs-source"]');
    expect(await claim.count()).toBe(1);
    expect(await claim.getByRole('button', { name: /^verify$/i }).count()).toBe(1);
    await screenshot(page, 'warnings-order');

    // closing the group hides the claim again; the errors stay
    await toggle.click();
    expect(await page.locator('li[data-rule="claim-needs-source"]').count()).toBe(0);
    expect(await problems.count()).toBe(2);
  });

  it('names each warning in words, in the interface language: no rule id on the page (Indonesian)', async () => {
    const server = suite.server;
    await call(server, 'settings.set', { uiLanguage: 'id' });
    const { page } = await openWithWarnings(suite, { headline: 'Banjir rendam Bekasi lagi', language: 'id', paragraphs: STORY }, /^peringatan/i);
    await expect.poll(() => page.locator('.warnings-panel > ul.findings > li').count(), { timeout: 15_000 }).toBe(2);
    await page.locator('.claims-group').getByRole('button', { name: /^klaim perlu diverifikasi \(1\)$/i }).click();
    const text = await page.locator('body').innerText();
    for (const rule of RULE_IDS) expect(text).not.toContain(rule);
    expect(text).toContain('Paragraf berulang');
    expect(text).toContain('Sisa halaman web');
    await screenshot(page, 'warnings-order-id');
    await call(server, 'settings.set', { uiLanguage: 'en' });
  });

  it('one action removes every sure website leftover of a pasted story (a medium line above the dateline stays for its own card), and one undo brings them all back', async () => {
    const caption = 'Warga melintasi genangan di Jalan Ahmad Yani, Bekasi';
    const lead = `BEKASI, KOMPAS.com - ${FLOOD}`;
    const body = ['Advertisement', caption, lead, 'SCROLL TO CONTINUE WITH CONTENT', STORY[2]!, 'Baca Juga', STORY[3]!];
    const { page } = await openWithWarnings(suite, { headline: 'Banjir rendam Bekasi (tempel)', language: 'id', paragraphs: body });
    const removeAll = page.getByRole('button', { name: /^remove all website leftovers \(3\)$/i });
    await removeAll.waitFor({ timeout: 15_000 });
    await screenshot(page, 'remove-sure-leftovers');
    await removeAll.click();
    const paragraphs = () => page.locator('.editor-input p').allInnerTexts();
    await expect.poll(paragraphs).toEqual([caption, lead, STORY[2], STORY[3]]);
    await page.locator('.editor-input').click();
    await page.keyboard.press('Control+z');
    await expect.poll(paragraphs).toEqual(body);
  });

  it('a story that opens every quotation with a closing mark shows one card, and its one fix mends every mark', async () => {
    const body = [
      'Ada poster berbunyi ”Stop Intimidasi Guru” dan ”Naikkan Gaji Guru Honorer” di depan gedung dewan.',
      '”Kami meminta supaya SK kami segera diterbitkan,” kata Ganda di depan kantor dinas pendidikan.',
      STORY[2]!,
    ];
    const { page } = await openWithWarnings(suite, { headline: 'Guru honorer berunjuk rasa', language: 'id', paragraphs: body });
    const cards = page.locator('li[data-rule="quote-unbalanced"]');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(1);
    expect(await cards.first().textContent()).toContain('The story does this 3 times.');
    await screenshot(page, 'quote-marks-habit');
    await cards.first().getByRole('button', { name: /^use “ \(all 3\)$/i }).click();
    const paragraphs = () => page.locator('.editor-input p').allInnerTexts();
    await expect.poll(paragraphs).toEqual(body.map((p) => p.replace(/”(?=[\p{L}])/gu, '“')));
    await expect.poll(() => cards.count()).toBe(0);
  });
});
