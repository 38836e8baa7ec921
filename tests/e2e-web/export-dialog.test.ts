/**
 * The desk's export dialog and the facts base, in headless Chromium against web mode:
 * pre-publish list, Markdown download (content checked), "export anyway" with the list shown,
 * a blocked story (empty byline) that cannot be saved, a CMS push failure that shows the CMS's
 * own message and leaves the story untouched, a successful push with the post link recorded,
 * and the facts panel (add, retire, CSV export and import). Screenshots land in
 * test-output/screenshots/.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, screenshot, startWeb, type WebServer } from './harness.js';
import { call, editorBox, openFreshPage, waitSaved } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { METHOD_NAMES } from '../../shared/api/contract.js';
import type { Draft } from '../../shared/model/draft.js';
import type { ExportRecord } from '../../shared/model/export-record.js';

const CLEAN = [
  'The city council approved the new library budget on Tuesday evening after a long debate.',
  'Construction is planned to start in the spring, the mayor told reporters after the vote.',
  'Residents will be able to comment on the design at two public meetings next month.',
];
// other stories in the archive are checked for duplicates too: every story here has its own text
const BRIDGE = [
  'The old river bridge reopened to traffic on Friday morning after eight months of repairs.',
  'Engineers replaced the worn bearings and resurfaced the deck, the transport office said.',
  'Buses return to their usual route across the river from next week, the operator said.',
];
const MARKET = [
  'Traders at the central market moved into the renovated hall over the weekend.',
  'The new hall has wider aisles, better drainage and a covered loading area, stallholders said.',
  'The market will keep its usual opening hours, the management announced on Sunday.',
];

/** a fake Ghost Admin API on loopback: refuses the key, or accepts and returns a post */
function fakeGhost() {
  let mode: 'refuse' | 'accept' = 'refuse';
  const seen: Array<{ method: string; url: string; auth: string }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', auth: String(req.headers.authorization ?? '') });
      res.setHeader('content-type', 'application/json');
      if (mode === 'refuse') {
        res.statusCode = 401;
        res.end(JSON.stringify({ errors: [{ message: 'Unknown Admin API Key', context: 'The key you provided was not found in this site.', type: 'UnauthorizedError' }] }));
        return;
      }
      if ((req.url ?? '').startsWith('/ghost/api/admin/tags/')) {
        res.end(JSON.stringify({ tags: [{ name: 'City', slug: 'city' }] }));
        return;
      }
      const post = { id: '65f1c0ffee0000000000abcd', url: 'http://127.0.0.1/p/library-budget/', status: 'draft', updated_at: '2026-11-28T03:00:00.000Z' };
      res.statusCode = req.method === 'POST' ? 201 : 200;
      res.end(JSON.stringify({ posts: [post] }));
    });
  });
  return {
    seen,
    setMode: (m: 'refuse' | 'accept') => (mode = m),
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const hasFacts = METHOD_NAMES.includes('facts.list' as never);

describe.skipIf(!chromiumAvailable)('export dialog and facts base (Chromium, web mode)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let ghost: ReturnType<typeof fakeGhost>;
  let ghostUrl: string;
  // folders this file makes, removed after it (npm test fails on anything left in the temp folder)
  const madeDirs: string[] = [];
  const tempFolder = (prefix: string) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    madeDirs.push(d);
    return d;
  };
  const credFile = path.join(tempFolder('redaksi-cred-'), 'cms.json');

  beforeAll(async () => {
    ghost = fakeGhost();
    ghostUrl = await ghost.listen();
    // web mode keeps CMS secrets in a file the user names: the settings form can write it
    process.env.REDAKSI_CMS_CREDENTIALS = credFile;
    delete process.env.REDAKSI_GHOST_URL;
    delete process.env.REDAKSI_GHOST_ADMIN_KEY;
    delete process.env.REDAKSI_WP_URL;
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', { userName: 'Dewi Desk', role: 'desk', uiLanguage: 'en', theme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await ghost?.close();
    for (const d of madeDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  async function freshPage(): Promise<Page> {
    await context?.close().catch(() => undefined);
    ({ context, page } = await openFreshPage(browser, server, { context: { acceptDownloads: true }, verbose: true }));
    return page;
  }

  async function story(opts: { headline: string; paragraphs: string[]; byline?: string; approve?: boolean; tags?: string[] }): Promise<Draft> {
    const d = await call<Draft>(server, 'drafts.create', {
      headline: opts.headline,
      body: docFromParagraphs(opts.paragraphs),
      language: 'en',
      meta: { ...(opts.byline !== undefined ? { byline: opts.byline } : {}), section: 'City', ...(opts.tags ? { tags: opts.tags } : {}) },
    });
    if (opts.approve) for (const s of ['submitted', 'in-review', 'approved']) await call(server, 'drafts.setStatus', { id: d.id, status: s });
    return d;
  }

  async function openStory(id: string) {
    await page.evaluate((h) => (window.location.hash = h), `#/draft/${encodeURIComponent(id)}`);
    await editorBox(page).waitFor();
  }

  const dialog = () => page.getByRole('dialog', { name: /^(export story|ekspor berita)$/i });
  const target = (name: RegExp) => dialog().getByRole('radio', { name });

  async function openExport() {
    await page.locator('.editor-bar').getByRole('button', { name: /^(export|ekspor)$/i }).click();
    await dialog().waitFor();
    // the check has arrived when either the "ready" line or a list is shown
    await expect.poll(() => dialog().locator('.prepublish').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false'); // the first check of a fresh server reads the archive: give a busy machine time
  }

  async function readDownload(d: Download): Promise<string> {
    const p = await d.path();
    return fs.readFileSync(p, 'utf8');
  }

  it('a clean approved story: preview per target, Markdown saved as a file, the record and "changed since export"', async () => {
    await freshPage();
    const d = await story({ headline: 'Council approves library budget', paragraphs: CLEAN, byline: 'Dewi Lestari', approve: true });
    await openStory(d.id);
    await openExport();

    await expect.poll(() => dialog().locator('[data-check="clear"]').count()).toBe(1);
    // HTML preview: the rendered article in a frame that may not run scripts
    const frame = dialog().locator('iframe.pv-frame');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expect.poll(() => page.frameLocator('iframe.pv-frame').locator('h1').textContent()).toBe('Council approves library budget');
    await screenshot(page, 'export-dialog-html');

    await target(/^markdown$/i).check();
    await expect.poll(() => dialog().locator('pre.pv-text[data-target="md"]').textContent()).toContain('# Council approves library budget');
    await expect.poll(() => dialog().locator('.pv-file').textContent()).toMatch(/\.md$/);
    await screenshot(page, 'export-dialog-markdown');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: /^save file$/i }).click()]);
    expect(download.suggestedFilename()).toMatch(/^council-approves-library-budget.*\.md$/);
    const md = await readDownload(download);
    expect(md).toContain('# Council approves library budget');
    for (const p of CLEAN) expect(md).toContain(p);
    expect(md).not.toMatch(/<script|undefined|\[object Object\]/);

    // the record: what went out, when, by whom; the history lists it; the story is now exported
    const done = dialog().locator('.export-done');
    await expect.poll(() => done.textContent()).toMatch(/saved council-approves-library-budget.*\.md/i);
    await expect.poll(() => done.textContent()).toMatch(/Markdown.*revision #\d+.*by Dewi Desk/);
    await expect.poll(() => dialog().locator('.exh-item').count()).toBe(1);
    const records = await call<ExportRecord[]>(server, 'export.list', { id: d.id });
    expect(records.map((r) => [r.target, r.forced, r.who])).toEqual([['md', false, 'Dewi Desk']]);
    await screenshot(page, 'export-dialog-done');
    await dialog().getByRole('button', { name: /^close$/i }).click();
    await expect.poll(() => page.locator('.editor-bar [data-status]').getAttribute('data-status')).toBe('exported');
    expect(await page.locator('.editor-bar [data-changed-since-export]').count()).toBe(0);

    // DOCX: a binary file, previewed by name and size
    await openExport();
    await target(/^word \(docx\)$/i).check();
    await expect.poll(() => dialog().locator('.pv-binary').textContent()).toMatch(/\.docx.*\d+(,\d)?\s*KB/);
    await dialog().getByRole('button', { name: /^close$/i }).click();

    // an edit after the export: the dialog says so
    await editorBox(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Updated.');
    await waitSaved(page);
    await expect.poll(() => page.locator('.editor-bar [data-changed-since-export]').textContent()).toBe('Changed since the last export');
    await openExport();
    await expect.poll(() => dialog().locator('[data-changed="true"]').count()).toBe(1);
    await expect.poll(() => dialog().locator('.pp-warning[data-code="changed-since-export"]').count()).toBe(1);
  });

  it('warnings need "export anyway", shown with the list; jump goes to the paragraph', async () => {
    await freshPage();
    const d = await story({
      headline: 'Flood waters recede in the valley',
      paragraphs: ['Water levels fell overnight across the valley, officials said on Monday.', 'The number of evacuated families was TK at the time of writing, the agency said.', 'Volunteers handed out drinking water and blankets at the school shelter on the hill.'],
      byline: 'Dewi Lestari',
    });
    await openStory(d.id);
    await openExport();

    const warnings = dialog().locator('.pp-item.pp-warning');
    await expect.poll(() => warnings.count()).toBeGreaterThanOrEqual(2);
    expect(await dialog().locator('.pp-item.pp-blocking').count()).toBe(0);
    const codes = await warnings.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toContain('not-approved');
    expect(codes).toContain('placeholder');
    const saveBtn = dialog().getByRole('button', { name: /^save file$/i });
    expect(await saveBtn.isDisabled()).toBe(true);
    const anyway = dialog().getByRole('button', { name: /^export anyway \(\d+\)$/i });
    expect(await anyway.isEnabled()).toBe(true);
    await target(/^plain text$/i).check();
    await expect.poll(() => dialog().locator('pre.pv-text[data-target="txt"]').textContent()).toContain('Water levels fell overnight');
    await screenshot(page, 'export-dialog-warnings');

    // jump: the dialog closes and the placeholder's paragraph is selected in the editor
    await dialog().locator('.pp-item[data-code="placeholder"]').getByRole('button', { name: /^show ¶ 2$/i }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.getSelection()?.anchorNode?.textContent ?? '')).toContain('evacuated families');

    await openExport();
    await target(/^plain text$/i).check();
    await expect.poll(() => dialog().locator('pre.pv-text[data-target="txt"]').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: /^export anyway/i }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    expect(await readDownload(download)).toContain('The number of evacuated families was TK');
    await expect.poll(() => dialog().locator('.export-done .record-forced').count()).toBe(1);
    const [rec] = await call<ExportRecord[]>(server, 'export.list', { id: d.id });
    expect(rec?.forced).toBe(true);
    expect(rec?.warnings.some((w) => /placeholder/i.test(w))).toBe(true);
  });

  it('an empty byline blocks: red item, no save, no "export anyway", and main refuses too', async () => {
    await freshPage();
    const d = await story({ headline: 'Bridge reopens after repairs', paragraphs: BRIDGE, byline: '', approve: true });
    await openStory(d.id);
    await openExport();
    const blocking = dialog().locator('.pp-item.pp-blocking');
    await expect.poll(() => blocking.count()).toBe(1);
    expect(await blocking.first().getAttribute('data-code')).toBe('missing-byline');
    expect(await blocking.first().textContent()).toMatch(/byline is missing/i);
    // red, not amber
    const colour = await blocking.first().evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(colour).toBe('rgb(217, 48, 37)');
    expect(await dialog().getByRole('button', { name: /^save file$/i }).isDisabled()).toBe(true);
    expect(await dialog().getByRole('button', { name: /export anyway/i }).count()).toBe(0);
    await expect.poll(() => dialog().locator('.export-status').textContent()).toMatch(/fix the blocking problems/i);
    await screenshot(page, 'export-dialog-blocked');
    // the same dialog in the dark theme (colours come from the shared CSS variables)
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await screenshot(page, 'export-dialog-blocked-dark');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await expect(call(server, 'export.run', { id: d.id, target: 'md', force: true })).rejects.toThrow(/byline is missing/i);
    expect(await call<ExportRecord[]>(server, 'export.list', { id: d.id })).toEqual([]);
    expect((await call<Draft>(server, 'drafts.get', { id: d.id })).status).toBe('approved');

    // "Edit Byline" closes the dialog on the byline input; once filled, the story exports
    await blocking.first().getByRole('button', { name: /^edit byline$/i }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Byline');
    await page.keyboard.type('Dewi Lestari');
    await waitSaved(page);
    await openExport();
    await expect.poll(() => dialog().locator('[data-check="clear"]').count()).toBe(1);
    expect(await dialog().getByRole('button', { name: /^save file$/i }).isEnabled()).toBe(true);
  });

  it('CMS: settings keep the secret write-only; a refused push shows Ghost\'s message and changes nothing; an accepted push records the link', async () => {
    await freshPage();
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const site = page.getByRole('group', { name: /^ghost$/i });
    await site.getByRole('button', { name: /^connect ghost$/i }).click();
    await site.getByRole('textbox', { name: /^ghost site url$/i }).fill(ghostUrl);
    const key = `6489f0c0ffee00000000beef:${'a1'.repeat(32)}`;
    await site.getByLabel(/^ghost admin api key$/i).fill(key);
    await site.getByRole('button', { name: /^save$/i }).click();
    await expect.poll(() => site.locator('.cms-state').textContent()).toBe('Connected');
    expect(await site.locator('[data-source]').getAttribute('data-source')).toBe('file');
    // the secret is never shown back
    expect(await page.content()).not.toContain('a1a1a1a1');
    await screenshot(page, 'settings-cms');

    const d = await story({ headline: 'Market traders move into renovated hall', paragraphs: MARKET, byline: 'Dewi Lestari', approve: true });
    await openStory(d.id);
    await openExport();
    await target(/^ghost\b/i).check();
    // the fields as they will be sent: title, Lexical body, slug, status, tags (the section)
    const fields = dialog().locator('.pv-fields[data-target="ghost"]');
    await expect.poll(() => fields.locator('[data-field="title"] dd').textContent()).toBe('Market traders move into renovated hall');
    expect(await fields.locator('[data-field="tags"] .chip').allTextContents()).toEqual(['City']);
    expect(await fields.locator('[data-field="status"] dd').textContent()).toBe('draft');
    expect(JSON.parse((await fields.locator('.pv-raw pre').textContent()) ?? '')).toMatchObject({ title: 'Market traders move into renovated hall', status: 'draft', tags: [{ name: 'City' }] });
    ghost.setMode('refuse');
    await dialog().getByRole('button', { name: /^push to ghost$/i }).click();
    const err = dialog().locator('.export-error');
    await expect.poll(() => err.textContent(), { timeout: 15_000 }).toMatch(/Unknown Admin API Key/);
    expect(await err.getAttribute('data-code')).toBe('remote');
    await screenshot(page, 'export-dialog-push-failed');
    expect(await call<ExportRecord[]>(server, 'export.list', { id: d.id })).toEqual([]);
    expect((await call<Draft>(server, 'drafts.get', { id: d.id })).status).toBe('approved');
    expect(ghost.seen.at(-1)?.auth).toMatch(/^Ghost [\w-]+\.[\w-]+\.[\w-]+$/);

    ghost.setMode('accept');
    await dialog().getByRole('button', { name: /^push to ghost$/i }).click();
    const link = dialog().locator('.export-done a.record-link');
    await expect.poll(() => link.getAttribute('href'), { timeout: 15_000 }).toBe('http://127.0.0.1/p/library-budget/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toMatch(/noopener/);
    await screenshot(page, 'export-dialog-pushed');
    const [rec] = await call<ExportRecord[]>(server, 'export.list', { id: d.id });
    expect(rec?.remoteId).toBe('65f1c0ffee0000000000abcd');
    // the next push updates that post
    await expect.poll(() => dialog().getByRole('button', { name: /^update post on ghost$/i }).count()).toBe(1);

    // WordPress is not set up: its fields still preview (HTML body rendered, section as category), the push is not offered
    await target(/^wordpress\b/i).check();
    const wp = dialog().locator('.pv-fields[data-target="wordpress"]');
    await expect.poll(() => wp.locator('[data-field="categories"] .chip').allTextContents()).toEqual(['City']);
    expect(await wp.locator('iframe.pv-content-frame').getAttribute('sandbox')).toBe('');
    expect(await dialog().getByRole('button', { name: /^push to wordpress$/i }).isDisabled()).toBe(true);
    expect(await dialog().locator('.export-status').textContent()).toMatch(/wordpress is not set up yet/i);
  });

  it('a duplicated paragraph blocks (an error finding) with a jump to it; once the desk dismisses it with a reason, the story exports', async () => {
    await freshPage();
    const para = 'Farmers in the northern district harvested their rice two weeks early because of the dry season.';
    const d = await story({ headline: 'Early harvest in the north', paragraphs: [para, 'Prices at the regional market stayed steady through the week, traders said.', para], byline: 'Dewi Lestari', approve: true });
    await openStory(d.id);
    await openExport();
    const dup = dialog().locator('.pp-item.pp-blocking[data-code="error-finding"]');
    await expect.poll(() => dup.count()).toBe(1);
    const jumpBtn = dup.getByRole('button', { name: /^show ¶ \d$/i });
    const n = Number((await jumpBtn.textContent())!.replace(/\D/g, ''));
    await jumpBtn.click();
    await expect.poll(() => dialog().count()).toBe(0);
    // the editor selected the flagged paragraph's text (the same finding, computed live in the editor)
    await expect
      .poll(() =>
        page.evaluate(() => {
          const sel = document.getSelection();
          const blocks = Array.from(document.querySelectorAll('.editor-input > *'));
          return sel && sel.anchorNode ? blocks.findIndex((b) => b.contains(sel.anchorNode)) + 1 : -1;
        }),
      )
      .toBe(n);

    const check = await call<{ blocking: Array<{ code: string; fingerprint?: string; rule?: string }> }>(server, 'export.check', { id: d.id });
    const w = check.blocking.find((x) => x.code === 'error-finding')!;
    expect(w.rule).toBe('duplicate-paragraph');
    await call(server, 'findings.dismiss', { draftId: d.id, fingerprint: w.fingerprint, rule: w.rule, reason: 'repeated on purpose for the test' });
    await openExport();
    await expect.poll(() => dialog().locator('[data-check="clear"]').count()).toBe(1);
    expect(await dup.count()).toBe(0);
    expect(await dialog().getByRole('button', { name: /^save file$/i }).isEnabled()).toBe(true);
  });

  it('Indonesian UI: the dialog and the check speak Indonesian', async () => {
    await call(server, 'settings.set', { uiLanguage: 'id' });
    try {
      await freshPage();
      const d = await story({ headline: 'Banjir surut di lembah', paragraphs: ['Air surut semalam di seluruh lembah, kata petugas pada Senin.', 'Jumlah keluarga yang mengungsi masih TK saat berita ini ditulis.'], byline: '' });
      await openStory(d.id);
      await openExport();
      expect(await dialog().locator('.pp-item[data-code="missing-byline"]').textContent()).toMatch(/Nama penulis \(byline\) belum diisi/);
      expect(await dialog().locator('.pp-item[data-code="not-approved"]').textContent()).toMatch(/belum disetujui/);
      expect(await dialog().getByRole('button', { name: /^simpan berkas$/i }).isDisabled()).toBe(true);
      expect(await dialog().getByRole('button', { name: /^sunting penulis$/i }).count()).toBe(1);
      await screenshot(page, 'export-dialog-id');
    } finally {
      await call(server, 'settings.set', { uiLanguage: 'en' });
    }
  });

  it.skipIf(!hasFacts)('facts panel: add, retire, CSV export and import', async () => {
    await freshPage();
    await page.getByRole('navigation').getByRole('link', { name: /^facts$/i }).click();
    await page.getByRole('heading', { name: /^verified facts$/i }).waitFor();

    await page.getByRole('button', { name: /add fact$/i }).click();
    const form = page.getByRole('dialog', { name: /^add fact$/i });
    await form.getByRole('textbox', { name: /^subject$/i }).fill('Fadli Afriadi');
    await form.getByLabel(/^attribute$/i).fill('jabatan');
    await form.getByRole('textbox', { name: /^value$/i }).fill('Kepala Perwakilan Ombudsman RI Provinsi Banten');
    await form.getByLabel(/^as of$/i).fill('2024-12-04');
    await form.getByRole('textbox', { name: /^source$/i }).fill('https://ombudsman.go.id/perwakilan/banten');
    await form.getByRole('button', { name: /^add fact$/i }).click();
    const rows = page.locator('.facts-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.locator('.fact-subject').textContent()).toBe('Fadli Afriadi');
    expect(await row.locator('.fact-verified').textContent()).toContain('Dewi Desk');

    // import a second fact from a CSV file through the file picker
    const csv = path.join(tempFolder('redaksi-facts-'), 'facts.csv');
    fs.writeFileSync(csv, 'subject,attribute,value,unit,asOf,source\nPemkot Tangsel,nilai kepatuhan 2024,"96,45",persen,2024-12-04,Ombudsman RI\n');
    await page.getByTestId('facts-import').setInputFiles(csv);
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => page.locator('.flash').textContent()).toMatch(/imported facts\.csv: 1 added, 0 updated/i);
    await screenshot(page, 'facts-panel');

    // edit: a corrected figure replaces the old one
    await page.getByRole('button', { name: /^edit: pemkot tangsel$/i }).click();
    const edit = page.getByRole('dialog', { name: /^edit$/i });
    await edit.getByRole('textbox', { name: /^value$/i }).fill('96,46');
    await edit.getByRole('button', { name: /^save$/i }).click();
    await expect.poll(() => page.locator('tr', { hasText: 'Pemkot Tangsel' }).locator('.fact-value').textContent()).toBe('96,46');

    // export CSV: both facts, in a file
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: /^export facts$/i }).getByRole('button', { name: /^export csv$/i }).click()]);
    expect(download.suggestedFilename()).toMatch(/^redaksi-facts-\d{4}-\d{2}-\d{2}\.csv$/);
    const out = await readDownload(download);
    expect(out).toContain('Fadli Afriadi');
    expect(out).toContain('Kepala Perwakilan Ombudsman RI Provinsi Banten');
    expect(out).toContain('Pemkot Tangsel');
    expect(out).toContain('96,46');

    // retire: gone from the active list, kept (struck through) under "show retired"
    await page.getByRole('button', { name: /^retire: fadli afriadi$/i }).click();
    await page.getByRole('button', { name: /^retire it$/i }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel(/^show retired/i).check();
    await expect.poll(() => page.locator('.facts-table tr.retired').count()).toBe(1);
    const listed = await call<Array<{ subject: string; retired?: boolean }>>(server, 'facts.list', { includeRetired: true });
    expect(listed.find((f) => f.subject === 'Fadli Afriadi')?.retired).toBe(true);
    await screenshot(page, 'facts-panel-retired');
  });
});
