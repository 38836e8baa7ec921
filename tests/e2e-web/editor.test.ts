/**
 * Issue 3's acceptance in headless Chromium against web mode: formatting, hostile paste, the seed
 * article paste, metadata across reload, revision diff and restore, workflow, search, and the
 * Indonesian UI. Screenshots land in test-output/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, REPO_ROOT, screenshot, startWeb, type WebServer } from './harness.js';
import { call, editorBox, newStory, openFreshPage, paste, waitSaved } from './ui-helpers.js';
import { paragraphsOf, blocksOf } from '../../shared/model/lexical-doc.js';
import type { Draft, HistoryEvent, Revision, RevisionSummary } from '../../shared/model/draft.js';
import { en } from '../../renderer/i18n/en.js';
import { id as idTable } from '../../renderer/i18n/id.js';

const SEED = path.join(REPO_ROOT, 'tests', 'fixtures', 'articles', '000_29685aeed6ed132a.txt');

describe.skipIf(!chromiumAvailable)('reporter editor and review desk (Chromium, web mode)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', { userName: 'Rina Wartawan', role: 'editor', uiLanguage: 'en', theme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function freshPage(): Promise<Page> {
    await context?.close().catch(() => undefined);
    ({ context, page } = await openFreshPage(browser, server));
    return page;
  }

  const tb = (name: RegExp) => page.getByRole('toolbar').getByRole('button', { name });

  async function selectParagraph(text: string) {
    await page.locator('.editor-input').getByText(text, { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(text);
    await page.waitForTimeout(80); // Lexical reads the DOM selection on selectionchange
  }

  it('formats via the toolbar and keyboard shortcuts, with undo/redo and Markdown shortcuts', async () => {
    await freshPage();
    const id = await newStory(page);
    await editorBox(page).click();
    for (const w of ['Judul bagian', 'tebal', 'miring', 'garis', 'coret', 'ikon', 'tautan', 'butir']) {
      await page.keyboard.type(w);
      await page.keyboard.press('Enter');
    }
    await selectParagraph('Judul bagian');
    await tb(/^heading 2$/i).click();
    await selectParagraph('tebal');
    await page.keyboard.press('Control+b');
    await selectParagraph('miring');
    await page.keyboard.press('Control+i');
    await selectParagraph('garis');
    await page.keyboard.press('Control+u');
    await selectParagraph('coret');
    await tb(/^strikethrough$/i).click();
    await selectParagraph('ikon');
    await tb(/^bold/i).click();
    await selectParagraph('tautan');
    await page.keyboard.press('Control+k');
    const url = page.getByRole('textbox', { name: /^link address$/i });
    await url.fill('javascript:alert(1)');
    await url.press('Enter');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: /only http/i }).count()).toBe(1);
    await url.fill('https://example.com/berita');
    await url.press('Enter');
    await selectParagraph('butir');
    await tb(/^bulleted list$/i).click();
    // Markdown shortcuts at the end of the story
    await page.locator('.editor-input').getByText('butir', { exact: true }).click();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(true);
    await page.waitForTimeout(80);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // leave the list
    await page.keyboard.type('### Sub judul');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> kutipan');
    await page.keyboard.press('Enter');
    // undo / redo with the keyboard
    await page.keyboard.type('hapus saya');
    await expect.poll(() => editorBox(page).textContent()).toContain('hapus saya');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorBox(page).textContent()).not.toContain('hapus saya');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editorBox(page).textContent()).toContain('hapus saya');
    await waitSaved(page);

    const d = await call<Draft>(server, 'drafts.get', { id });
    const blocks = blocksOf(d.body);
    const find = (text: string) => blocks.find((b) => b.runs.map((r) => r.text).join('') === text);
    expect(find('Judul bagian')?.kind).toBe('h2');
    expect(find('tebal')?.runs[0]?.bold).toBe(true);
    expect(find('miring')?.runs[0]?.italic).toBe(true);
    expect(find('garis')?.runs[0]?.underline).toBe(true);
    expect(find('coret')?.runs[0]?.strikethrough).toBe(true);
    expect(find('ikon')?.runs[0]?.bold).toBe(true);
    expect(find('tautan')?.runs[0]?.link).toBe('https://example.com/berita');
    expect(find('butir')?.kind).toBe('bullet');
    expect(find('Sub judul')?.kind).toBe('h3');
    expect(find('kutipan')?.kind).toBe('quote');
    expect(find('hapus saya')?.kind).toBe('paragraph');
    expect(JSON.stringify(d.body)).not.toContain('javascript:');
  });

  it('a hostile HTML paste leaves no script, handler or unsafe URL in the saved document', async () => {
    await freshPage();
    const id = await newStory(page);
    const hostile =
      '<meta charset="utf-8"><style>body{display:none}</style><script>window.__pwned=1</script>' +
      '<p style="color:red" onclick="window.__pwned=2">Wali kota <b>meresmikan</b> <a href="javascript:window.__pwned=3">jembatan</a> ' +
      '<img src="x" onerror="window.__pwned=4"> <a href="https://contoh.id/berita">baru</a> <a href="data:text/html,<script>alert(1)</script>">data</a> ' +
      '<a href="  JaVaScRiPt:alert(1)">spasi</a></p><iframe src="https://evil.example"></iframe><p>Paragraf <i onmouseover="x()">kedua</i>.</p>';
    await paste(page, { html: hostile, text: 'Wali kota meresmikan jembatan baru data spasi\nParagraf kedua.' });
    await expect.poll(() => editorBox(page).textContent()).toContain('Paragraf kedua');
    await waitSaved(page);
    const d = await call<Draft>(server, 'drafts.get', { id });
    const json = JSON.stringify(d.body);
    for (const bad of ['script', '__pwned', 'onerror', 'onclick', 'onmouseover', 'javascript', 'JaVaScRiPt', 'data:', 'iframe', 'evil.example', 'display:none', 'color:red', 'alert']) {
      expect(json, `saved JSON contains ${bad}`).not.toContain(bad);
    }
    expect(paragraphsOf(d.body)).toEqual(['Wali kota meresmikan jembatan baru data spasi', 'Paragraf kedua.']);
    const runs = blocksOf(d.body)[0]!.runs;
    expect(runs.find((r) => r.text === 'meresmikan')?.bold).toBe(true);
    expect(runs.find((r) => r.text === 'baru')?.link).toBe('https://contoh.id/berita');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("pasting the seed article's text gives 27 paragraphs and a detected language", async () => {
    await freshPage();
    const id = await newStory(page);
    // start the story as English so the detection has something to change
    await page.getByRole('combobox', { name: /^language$/i }).selectOption('en');
    await call(server, 'drafts.get', { id });
    const text = fs.readFileSync(SEED, 'utf8');
    await paste(page, { text });
    await waitSaved(page);
    const d = await call<Draft>(server, 'drafts.get', { id });
    expect(paragraphsOf(d.body)).toHaveLength(27);
    expect(paragraphsOf(d.body)[26]).toBe('(jon)');
    expect(d.language).toBe('id');
    await expect.poll(() => page.locator('[data-count="paragraphs"]').textContent()).toBe('27 paragraphs');
    // the warnings list fills from shared/analysis (page furniture, the repeated block)
    await page.getByRole('tab', { name: /warnings/i }).click();
    await expect.poll(() => page.locator('.findings > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.margin-badge').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // a fix is applied through an editor update and saved like any edit
    const furniture = page.locator('.findings > li[data-rule="page-furniture"]').first();
    if (await furniture.count()) {
      await furniture.getByRole('button').nth(1).click();
      await waitSaved(page);
      const after = await call<Draft>(server, 'drafts.get', { id });
      expect(paragraphsOf(after.body).length).toBeLessThan(27);
    }
  });

  it('a 1 MB plain-text paste works, is saved, and typing still answers', async () => {
    await freshPage();
    const id = await newStory(page);
    const lines = fs.readFileSync(SEED, 'utf8').split('\n').filter((l) => l.length > 20);
    const out: string[] = [];
    let size = 0;
    for (let i = 0; size < 1024 * 1024; i++) {
      const l = `${lines[i % lines.length]} [${i}]`;
      out.push(l);
      size += l.length + 1;
    }
    const t0 = Date.now();
    await paste(page, { text: out.join('\n') });
    await expect.poll(() => page.locator('[data-count="paragraphs"]').textContent(), { timeout: 60_000 }).toBe(`${out.length.toLocaleString('en-GB')} paragraphs`);
    const pasteMs = Date.now() - t0;
    console.log(`1 MB paste (${out.length} paragraphs) shown in ${pasteMs} ms`);
    // still responsive: a key typed now shows up promptly
    await page.keyboard.type('Z');
    const t1 = Date.now();
    await expect.poll(() => page.evaluate(() => document.querySelector('.editor-input')?.lastElementChild?.textContent?.endsWith('Z')), { timeout: 5_000 }).toBe(true);
    expect(Date.now() - t1).toBeLessThan(5_000);
    const t2 = Date.now();
    await waitSaved(page);
    const t3 = Date.now();
    const d = await call<Draft>(server, 'drafts.get', { id });
    console.log(`saved ${t3 - t2} ms after the last key; read back in ${Date.now() - t3} ms`);
    expect(paragraphsOf(d.body)).toHaveLength(out.length);
    expect(paragraphsOf(d.body).at(-1)).toBe(`${out.at(-1)}Z`);
  });

  it('text typed while the server is down shows "Not saved", is kept in the browser and offered back', async () => {
    await freshPage();
    const id = await newStory(page);
    await editorBox(page).click();
    await page.keyboard.type('Kalimat yang tersimpan.');
    await waitSaved(page);
    const origin = new URL(server.url).origin;
    await server.stop();
    await page.keyboard.type(' Kalimat yang belum sampai.');
    const state = page.getByRole('status', { name: /^save state$/i });
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 15_000 }).toBe('error');
    expect(await state.textContent()).toMatch(/not saved/i);
    // the "crash": the tab goes away with the server down; the server comes back on the same port
    await page.close();
    server = await startWeb({ dataDir: server.dataDir });
    expect(new URL(server.url).origin).toBe(origin);
    page = await context.newPage();
    await page.goto(`${server.appUrl}`);
    await page.evaluate((x) => (window.location.hash = `#/draft/${x}`), id);
    await editorBox(page).waitFor();
    expect(await editorBox(page).textContent()).not.toContain('belum sampai');
    const banner = page.getByRole('alert').filter({ hasText: /unsaved text found/i });
    await banner.waitFor({ timeout: 10_000 });
    await banner.getByRole('button', { name: /^bring it back$/i }).click();
    await expect.poll(() => editorBox(page).textContent()).toContain('Kalimat yang belum sampai.');
    await waitSaved(page);
    const d = await call<Draft>(server, 'drafts.get', { id });
    expect(d.plainText).toBe('Kalimat yang tersimpan. Kalimat yang belum sampai.');
  });

  it('metadata edits persist across a reload', async () => {
    await freshPage();
    const id = await newStory(page);
    await page.getByRole('textbox', { name: /^kicker$/i }).fill('BANJIR JAKARTA');
    await page.getByRole('textbox', { name: /^headline$/i }).fill('Banjir Rendam Ribuan Rumah di Jakarta Timur');
    await editorBox(page).click();
    await page.keyboard.type('Hujan deras sejak Selasa malam membuat Kali Ciliwung meluap.');
    const meta = page.getByRole('tabpanel');
    expect(await meta.getByRole('textbox', { name: /^byline$/i }).inputValue()).toBe('Rina Wartawan');
    await meta.getByRole('textbox', { name: /^byline$/i }).fill('Rina Wartawan dan Budi');
    await meta.getByRole('textbox', { name: /^dateline place$/i }).fill('Jakarta');
    await meta.getByLabel(/^dateline date$/i).fill('2024-12-04');
    await meta.getByRole('textbox', { name: /^section$/i }).fill('Metro');
    await meta.getByRole('textbox', { name: /^tags$/i }).fill('banjir, jakarta, cuaca');
    await meta.getByRole('textbox', { name: /^tags$/i }).blur();
    await meta.getByRole('textbox', { name: /^summary$/i }).fill('Ribuan rumah terendam setelah Ciliwung meluap.');
    await meta.getByLabel(/^embargo until$/i).fill('2024-12-05T06:00');
    await meta.getByRole('textbox', { name: /^editor's note$/i }).fill('Cek angka BPBD.');
    await meta.getByRole('textbox', { name: /^slug$/i }).fill('banjir-jaktim');
    await meta.getByRole('textbox', { name: /^slug$/i }).blur();
    await waitSaved(page);
    await page.reload();
    await editorBox(page).waitFor();
    const m2 = page.getByRole('tabpanel');
    expect(await page.getByRole('textbox', { name: /^kicker$/i }).inputValue()).toBe('BANJIR JAKARTA');
    expect(await page.getByRole('textbox', { name: /^headline$/i }).inputValue()).toBe('Banjir Rendam Ribuan Rumah di Jakarta Timur');
    expect(await m2.getByRole('textbox', { name: /^byline$/i }).inputValue()).toBe('Rina Wartawan dan Budi');
    expect(await m2.getByRole('textbox', { name: /^dateline place$/i }).inputValue()).toBe('Jakarta');
    expect(await m2.getByLabel(/^dateline date$/i).inputValue()).toBe('2024-12-04');
    expect(await m2.getByRole('textbox', { name: /^section$/i }).inputValue()).toBe('Metro');
    expect(await m2.getByRole('textbox', { name: /^tags$/i }).inputValue()).toBe('banjir, jakarta, cuaca');
    expect(await m2.getByRole('textbox', { name: /^summary$/i }).inputValue()).toBe('Ribuan rumah terendam setelah Ciliwung meluap.');
    expect(await m2.getByLabel(/^embargo until$/i).inputValue()).toBe('2024-12-05T06:00');
    expect(await m2.getByRole('textbox', { name: /^editor's note$/i }).inputValue()).toBe('Cek angka BPBD.');
    expect(await m2.getByRole('textbox', { name: /^slug$/i }).inputValue()).toBe('banjir-jaktim');
    const d = await call<Draft>(server, 'drafts.get', { id });
    expect(d.meta.tags).toEqual(['banjir', 'jakarta', 'cuaca']);
    expect(d.slug).toBe('banjir-jaktim');
    // light and dark screenshots of a real story
    // the scraped seed body (page furniture, a repeated block): highlights, badges and the list
    await paste(page, { text: '\n' + fs.readFileSync(SEED, 'utf8').split('\n').slice(1).join('\n') });
    await waitSaved(page);
    await page.getByRole('tab', { name: /warnings/i }).click();
    await page.locator('.margin-badge').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(800);
    await page.evaluate(() => window.scrollTo(0, 0));
    // the inline paint follows the viewport (after a short pause in scrolling): wait for the
    // furniture lines at the top to be painted before the screenshot
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('finding-warning')?.size ?? 0), { timeout: 5_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'editor-light');
    await call(server, 'settings.set', { theme: 'dark' });
    await page.reload();
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /warnings/i }).click();
    await page.waitForTimeout(800);
    await screenshot(page, 'editor-dark');
    await call(server, 'settings.set', { theme: 'light' });
  });

  it('a revision diff shows an inserted and a deleted word; restore brings the text back and keeps the newer one', async () => {
    await freshPage();
    const id = await newStory(page);
    await page.getByRole('textbox', { name: /^headline$/i }).fill('Jembatan Baru Diresmikan');
    await editorBox(page).click();
    await page.keyboard.type('Gubernur meresmikan jembatan baru di Bekasi kemarin.');
    await waitSaved(page);
    await page.getByRole('button', { name: /^save version$/i }).click();
    await page.getByRole('textbox', { name: /^version label$/i }).fill('Versi pertama');
    await page.getByRole('button', { name: /^save$/i }).click();
    await expect.poll(async () => (await call<RevisionSummary[]>(server, 'revisions.list', { draftId: id })).length).toBeGreaterThan(0);

    // replace "baru" with "panjang"
    await page.locator('.editor-input').getByText(/Gubernur/).dblclick();
    await editorBox(page).press('Control+a');
    await page.keyboard.type('Gubernur meresmikan jembatan panjang di Bekasi kemarin.');
    await waitSaved(page);

    await page.getByRole('tab', { name: /^versions/i }).click();
    const first = page.locator('.rev-list > li').filter({ hasText: 'Versi pertama' });
    await first.getByRole('button', { name: /^compare$/i }).click();
    const sheet = page.getByRole('dialog');
    await expect.poll(() => sheet.locator('ins').allTextContents()).toContain('panjang');
    expect(await sheet.locator('del').allTextContents()).toContain('baru');
    await screenshot(page, 'revision-diff');
    await sheet.getByRole('button', { name: /^close$/i }).first().click();

    page.once('dialog', (d) => void d.accept());
    await first.getByRole('button', { name: /^restore$/i }).click();
    await expect.poll(() => editorBox(page).textContent()).toContain('jembatan baru di Bekasi');
    await waitSaved(page);
    const d = await call<Draft>(server, 'drafts.get', { id });
    expect(d.plainText).toContain('jembatan baru');
    const revs = await call<RevisionSummary[]>(server, 'revisions.list', { draftId: id });
    const texts = await Promise.all(revs.map(async (r) => (await call<Revision>(server, 'revisions.get', { id: r.id })).plainText));
    expect(texts.some((t) => t.includes('jembatan panjang'))).toBe(true);
    expect(texts.some((t) => t.includes('jembatan baru'))).toBe(true);
  });

  it('moves a story through the workflow, records every step, and shows the review view', async () => {
    await freshPage();
    const id = await newStory(page);
    await page.getByRole('textbox', { name: /^headline$/i }).fill('Harga Beras Naik Jelang Natal');
    await editorBox(page).click();
    await page.keyboard.type('Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 14.500 per kilogram.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Pedagang menyebut pasokan dari Jawa Tengah berkurang.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Baca juga: Harga Cabai Rawit Turun');
    await waitSaved(page);
    await page.getByRole('group', { name: /^workflow$/i }).getByRole('button', { name: /^submit$/i }).click();
    await expect.poll(() => page.locator('.editor-bar .pill').getAttribute('data-status')).toBe('submitted');
    // the editor changes a word after submission: the review shows it
    await page.locator('.editor-input').getByText(/Pedagang menyebut/).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Stok gudang menipis.');
    await waitSaved(page);
    await page.getByRole('link', { name: /^review$/i }).click();
    await page.getByRole('tab', { name: /changes since submitted/i }).waitFor();
    await expect.poll(() => page.locator('.review-diff ins').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining('Stok')]));
    await page.locator('.review-side .findings > li').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(600);
    await screenshot(page, 'review');
    await page.getByRole('group', { name: /^workflow$/i }).getByRole('button', { name: /^start review$/i }).click();
    await expect.poll(() => page.locator('.editor-bar .pill').getAttribute('data-status')).toBe('in-review');
    await page.getByRole('group', { name: /^workflow$/i }).getByRole('button', { name: /^approve$/i }).click();
    await expect.poll(() => page.locator('.editor-bar .pill').getAttribute('data-status')).toBe('approved');
    await page.getByRole('group', { name: /^workflow$/i }).getByRole('button', { name: /^back to draft$/i }).click();
    await page.getByRole('textbox', { name: /^note$/i }).fill('Tambahkan sumber dari Bulog.');
    await page.getByRole('button', { name: /^confirm$/i }).click();
    await expect.poll(() => page.locator('.editor-bar .pill').getAttribute('data-status')).toBe('draft');
    const hist = await call<HistoryEvent[]>(server, 'drafts.history', { id });
    const moves = hist.filter((e) => e.kind === 'status').map((e) => `${e.from}>${e.to}`);
    expect(moves).toEqual(['draft>submitted', 'submitted>in-review', 'in-review>approved', 'approved>draft']);
    expect(hist.find((e) => e.to === 'draft')?.note).toBe('Tambahkan sumber dari Bulog.');
    expect(hist.every((e) => e.who === 'Rina Wartawan')).toBe(true);
    await expect.poll(() => page.locator('.activity .act-note').allTextContents()).toContain('Tambahkan sumber dari Bulog.');
  });

  it('search finds a story by a word in its body, with the hit highlighted', async () => {
    await freshPage();
    await newStory(page);
    await page.getByRole('textbox', { name: /^headline$/i }).fill('Festival Kuliner Akhir Pekan');
    await editorBox(page).click();
    await page.keyboard.type('Pengunjung memadati stan rendang zamrudkhatulistiwa sejak pagi.');
    await waitSaved(page);
    await page.getByRole('link', { name: /back to desk/i }).click();
    await page.getByRole('searchbox', { name: /^search stories$/i }).fill('zamrudkhatulistiwa');
    const row = page.locator('.story-row').filter({ hasText: 'Festival Kuliner Akhir Pekan' });
    await row.waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('.story-row').count(), { timeout: 10_000 }).toBe(1);
    expect((await row.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain('zamrudkhatulistiwa');
    await page.getByRole('searchbox', { name: /^search stories$/i }).fill('');
    await page.waitForTimeout(500);
    await screenshot(page, 'desk');
  });

  it('switching the UI to Bahasa Indonesia changes every visible label', async () => {
    await freshPage();
    const englishOnly = new Set<string>(
      (Object.keys(en) as Array<keyof typeof en>)
        .filter((k) => en[k] !== idTable[k] && !en[k].includes('{'))
        .map((k) => en[k]),
    );
    const visibleStrings = () =>
      page.evaluate(() => {
        const out: string[] = [];
        const visible = (el: Element) => {
          const r = (el as HTMLElement).getBoundingClientRect?.();
          return Boolean(r && r.width > 0 && r.height > 0);
        };
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          if (!visible(el)) continue;
          for (const n of Array.from(el.childNodes)) if (n.nodeType === 3 && n.textContent?.trim()) out.push(n.textContent.trim());
          for (const a of ['aria-label', 'placeholder', 'title']) {
            const v = el.getAttribute(a);
            if (v) out.push(v.trim());
          }
        }
        // options of a select are labels too; language names written in their own language are not
        for (const o of Array.from(document.querySelectorAll('option:not([data-endonym])'))) out.push(o.textContent?.trim() ?? '');
        return out;
      });
    await page.getByRole('link', { name: /^settings$/i }).click();
    await page.getByRole('combobox', { name: /^interface language$/i }).selectOption('id');
    await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
    const leftovers: string[] = [];
    const check = async (where: string) => {
      for (const s of await visibleStrings()) if (englishOnly.has(s)) leftovers.push(`${where}: ${s}`);
    };
    await check('settings');
    await page.getByRole('link', { name: /^meja naskah$/i }).first().click();
    await page.getByRole('button', { name: /berita baru/i }).waitFor();
    await check('desk');
    await page.getByRole('button', { name: /berita baru/i }).click();
    await editorBox(page).waitFor();
    await page.keyboard.type('Teks.');
    await check('editor details');
    for (const tab of [/^peringatan/i, /^versi/i, /^riwayat/i]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(200);
      await check(`editor ${tab.source}`);
    }
    await page.getByRole('button', { name: /^cari dan ganti/i }).click();
    await check('find bar');
    expect(leftovers).toEqual([]);
    expect(await page.getByRole('toolbar', { name: 'Format' }).count()).toBe(1);
    await call(server, 'settings.set', { uiLanguage: 'en' });
  });
});
