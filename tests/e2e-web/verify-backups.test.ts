/**
 * Verify-with-source, backups and menu actions in headless Chromium against web mode:
 * - a superlative claim shows claim-needs-source; the editor verifies it with a source; it moves to
 *   the resolved list with the source, survives a reload, opens again when the claim's text changes
 *   (new fingerprint), and "Add to facts" from the verified claim makes a fact on the Facts page;
 * - an editor on the review desk can verify too;
 * - Settings > Backups: back up now, the list shows it, restore brings back the older text;
 * - a damaged database replaced at start shows the recovery banner;
 * - the Electron menu's actions (MENU_EVENT) switch the side-panel tab and open Save version.
 * Screenshots: test-output/screenshots/verify-claim-panel.png, backups-card.png.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, screenshot, startWeb, type WebServer } from './harness.js';
import { call, editorBox, openFreshPage, waitSaved } from './ui-helpers.js';
import { docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';
import type { Decision } from '../../shared/model/decision.js';
import type { BackupSummary } from '../../shared/model/backup.js';
import { MENU_EVENT, type MenuAction } from '../../shared/api/menu.js';

const CLAIM = 'Inflasi di Banten mencapai 5,2 persen pada Oktober, tertinggi dalam sepuluh tahun terakhir.';
const STORY = ['Pemerintah Provinsi Banten merilis data ekonomi terbaru pada Senin.', CLAIM, 'Data itu dibahas dalam rapat bersama DPRD.'];
const SOURCE = 'https://banten.bps.go.id/id/pressrelease/2024/11/01/inflasi-oktober';

describe.skipIf(!chromiumAvailable)('verify claims with a source, backups, menu actions (Chromium, web mode)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', { userName: 'Dewi Redaktur', role: 'editor', uiLanguage: 'en', theme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  async function freshPage(): Promise<Page> {
    await context?.close().catch(() => undefined);
    ({ context, page } = await openFreshPage(browser, server));
    return page;
  }

  async function storyWithClaim(headline: string): Promise<Draft> {
    return call<Draft>(server, 'drafts.create', { headline, language: 'id', body: docFromParagraphs(STORY) });
  }

  const claimItem = () => page.locator('.warnings-panel .findings:not(.resolved-list) li[data-rule="claim-needs-source"]');
  const resolvedItem = () => page.locator('.resolved-list li[data-rule="claim-needs-source"]');
  const claimsToggle = () => page.locator('.claims-group').getByRole('button', { name: /^claims to verify \(\d+\)$/i });
  /** claims sit in their own group, collapsed when the story opens (issue 12): open it */
  async function openClaims(): Promise<void> {
    await claimsToggle().waitFor({ timeout: 15_000 });
    expect(await claimsToggle().getAttribute('aria-expanded')).toBe('false');
    expect(await claimItem().count()).toBe(0);
    await claimsToggle().click();
    expect(await claimsToggle().getAttribute('aria-expanded')).toBe('true');
  }

  it('verifies a claim with a source, keeps it across reload, reopens it when the claim changes, adds it to facts', async () => {
    await freshPage();
    const d = await storyWithClaim('Inflasi Banten tertinggi');
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^warnings/i }).click();
    await openClaims();
    await expect.poll(() => claimItem().count(), { timeout: 15_000 }).toBe(1);

    // the source is required: the confirm button stays disabled until one is typed
    await claimItem().getByRole('button', { name: /^verify$/i }).click();
    const form = page.getByRole('form', { name: /verify this claim/i });
    await expect.poll(() => form.locator('blockquote').textContent()).toBe(CLAIM);
    const confirm = form.getByRole('button', { name: /^mark as verified$/i });
    expect(await confirm.isDisabled()).toBe(true);
    await form.getByRole('textbox', { name: /^source$/i }).fill(SOURCE);
    await confirm.click();

    // it leaves the open list and shows as resolved, with a check mark and the source
    await expect.poll(() => claimItem().count()).toBe(0);
    await expect.poll(() => resolvedItem().count()).toBe(1);
    expect(await resolvedItem().getAttribute('data-decision')).toBe('verified');
    expect(await resolvedItem().locator('.verified-mark').count()).toBe(1);
    expect(await resolvedItem().getByRole('link', { name: SOURCE }).getAttribute('href')).toBe(SOURCE);
    expect(await resolvedItem().textContent()).toContain('Dewi Redaktur');
    // stored by main, keyed by the fingerprint, with who
    const decisions = await call<Decision[]>(server, 'findings.decisions', { draftId: d.id });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ kind: 'verified', rule: 'claim-needs-source', note: SOURCE, who: 'Dewi Redaktur' });
    // right after verifying, the panel offers "Add to facts"
    const offer = page.locator('.verified-offer');
    expect(await offer.getByRole('button', { name: /^add to facts$/i }).count()).toBe(1);
    await screenshot(page, 'verify-claim-panel');

    // reload: still resolved as verified
    await page.reload();
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^warnings/i }).click();
    const toggle = page.getByRole('button', { name: /^resolved \(1\)$/i });
    await toggle.waitFor({ timeout: 15_000 });
    expect(await claimItem().count()).toBe(0);
    await toggle.click();
    await expect.poll(() => resolvedItem().getAttribute('data-decision')).toBe('verified');
    expect(await resolvedItem().textContent()).toContain(SOURCE);

    // add to facts from the verified claim: the form is prefilled from the claim and the source
    await resolvedItem().getByRole('button', { name: /^add to facts$/i }).click();
    const sheet = page.getByRole('dialog', { name: /add a fact from this claim/i });
    await sheet.waitFor();
    expect(await sheet.getByRole('textbox', { name: /^value$/i }).inputValue()).toBe('5,2');
    expect(await sheet.getByRole('textbox', { name: /^source$/i }).inputValue()).toBe(SOURCE);
    await sheet.getByRole('textbox', { name: /^subject$/i }).fill('Inflasi Banten Oktober 2024');
    await sheet.getByRole('combobox', { name: /^attribute$/i }).or(sheet.getByRole('textbox', { name: /^attribute$/i })).fill('inflasi tahunan');
    await sheet.getByRole('button', { name: /^add fact$/i }).click();
    await expect.poll(() => sheet.count()).toBe(0);
    await page.getByRole('link', { name: /^facts$/i }).click();
    const row = page.getByRole('table', { name: /verified facts/i }).getByRole('row').filter({ hasText: 'Inflasi Banten Oktober 2024' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toContain('inflasi tahunan');
    expect(await row.textContent()).toContain('5,2');

    // editing the claim's text makes it a new claim: open again, to be verified again
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await page.locator('.editor-input').getByText(CLAIM).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft'); // before the final full stop
    await page.keyboard.type(' di Banten');
    await waitSaved(page);
    await page.getByRole('tab', { name: /^warnings/i }).click();
    await openClaims();
    await expect.poll(() => claimItem().count(), { timeout: 15_000 }).toBe(1);
    expect(await claimItem().getAttribute('data-fingerprint')).not.toBe(decisions[0]!.fingerprint);
    expect(await page.getByRole('button', { name: /^resolved/i }).count()).toBe(0);
  });

  it('an editor on the review desk verifies a claim too', async () => {
    await freshPage();
    const d = await storyWithClaim('Inflasi Banten di meja redaktur');
    await call(server, 'drafts.setStatus', { id: d.id, status: 'submitted' });
    await page.goto(`${server.url}#/review/${d.id}`);
    await openClaims();
    await expect.poll(() => claimItem().count(), { timeout: 15_000 }).toBe(1);
    await claimItem().getByRole('button', { name: /^verify$/i }).click();
    await page.getByRole('textbox', { name: /^source$/i }).fill('Dikonfirmasi Kepala BPS Banten lewat telepon, 2 Nov');
    await page.getByRole('button', { name: /^mark as verified$/i }).click();
    await expect.poll(() => resolvedItem().count()).toBe(1);
    expect(await resolvedItem().textContent()).toContain('Dikonfirmasi Kepala BPS Banten lewat telepon, 2 Nov');
    const decisions = await call<Decision[]>(server, 'findings.decisions', { draftId: d.id });
    expect(decisions.map((x) => x.kind)).toEqual(['verified']);
  });

  it("menu actions: 'warnings'/'history' switch the side panel, 'save-version' and 'export' open their dialogs, 'submit' submits, 'new-story' opens a new story", async () => {
    await freshPage();
    const d = await storyWithClaim('Menu');
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    const selected = (name: RegExp) => page.getByRole('tab', { name }).getAttribute('aria-selected');
    expect(await selected(/^warnings/i)).toBe('false');
    const menu = (action: MenuAction) => page.evaluate(([name, a]) => window.dispatchEvent(new CustomEvent(name, { detail: a })), [MENU_EVENT, action] as const);
    await menu('warnings');
    await expect.poll(() => selected(/^warnings/i)).toBe('true');
    await openClaims();
    await expect.poll(() => claimItem().count(), { timeout: 15_000 }).toBe(1);
    await menu('history');
    await expect.poll(() => selected(/^versions/i)).toBe('true');
    await menu('save-version');
    await expect.poll(() => page.getByRole('dialog', { name: /^save version$/i }).count()).toBe(1);
    await page.getByRole('dialog', { name: /^save version$/i }).getByRole('button', { name: /^cancel$/i }).click();
    await menu('export');
    const exp = page.getByRole('dialog', { name: /^export story$/i });
    await expect.poll(() => exp.count()).toBe(1);
    await exp.getByRole('button', { name: /^close$/i }).first().click();
    await expect.poll(() => exp.count()).toBe(0);
    await menu('submit');
    await expect.poll(() => page.locator('.editor-bar [data-status]').first().getAttribute('data-status')).toBe('submitted');
    expect((await call<Draft>(server, 'drafts.get', { id: d.id })).status).toBe('submitted');
    const before = (await call<Array<{ id: string }>>(server, 'drafts.list', {})).length;
    await menu('new-story');
    await expect.poll(() => page.url()).not.toContain(d.id);
    await expect.poll(async () => (await call<Array<{ id: string }>>(server, 'drafts.list', {})).length).toBe(before + 1);
  });

  it('backs up now, lists it newest first, and a restore brings back the older text', async () => {
    await freshPage();
    const d = await call<Draft>(server, 'drafts.create', { headline: 'Cadangan', language: 'id', body: docFromParagraphs(['Versi lama dari berita ini.']) });
    await page.goto(`${server.url}#/settings`);
    const card = page.locator('.backups-settings');
    await card.getByRole('heading', { name: /^backups$/i }).waitFor();
    const rows = card.getByRole('list', { name: /saved backups/i }).getByRole('listitem');
    const countBefore = await call<BackupSummary[]>(server, 'backups.list', {}).then((l) => l.length);
    await card.getByRole('button', { name: /^back up now$/i }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toMatch(/backup saved/i);
    const list = await call<BackupSummary[]>(server, 'backups.list', {});
    expect(list.length).toBe(countBefore + 1);
    const newest = [...list].sort((a, b) => b.at.localeCompare(a.at))[0]!;
    await expect.poll(() => rows.count()).toBe(list.length);
    // newest first, with its size
    expect(await rows.first().getAttribute('data-name')).toBe(newest.name);
    expect(await rows.first().textContent()).toMatch(/newest/i);
    expect(await rows.first().textContent()).toMatch(/\d+(\.\d)? (B|KB|MB)/);

    // the story changes after the backup
    const cur = await call<Draft>(server, 'drafts.get', { id: d.id });
    await call(server, 'drafts.save', { id: d.id, baseVersion: cur.version, body: docFromParagraphs(['Versi baru yang ditulis setelah cadangan.']) });

    // restore asks first, and says all stories go back and a safety copy is kept
    await rows.first().getByRole('button', { name: /^restore/i }).click();
    const ask = card.getByRole('alertdialog');
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(/all stories.*go back to this copy/i);
    expect(await ask.textContent()).toMatch(/safety copy/i);
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'backups-card');
    await ask.getByRole('button', { name: /^cancel$/i }).click();
    expect(await ask.count()).toBe(0);
    await rows.first().getByRole('button', { name: /^restore/i }).click();
    const reloaded = page.waitForEvent('load');
    await card.getByRole('alertdialog').getByRole('button', { name: /^restore this copy$/i }).click();
    await reloaded;
    await card.getByRole('heading', { name: /^backups$/i }).waitFor();
    const after = await call<Draft>(server, 'drafts.get', { id: d.id });
    expect(paragraphsOf(after.body)).toEqual(['Versi lama dari berita ini.']);
    // the safety copy is in the list too (taken just before the restore)
    expect((await call<BackupSummary[]>(server, 'backups.list', {})).length).toBeGreaterThan(list.length);
  });

  it('a damaged database replaced by a backup at start shows a plain-words banner, which can be dismissed', async () => {
    await call(server, 'backups.create', {});
    await server.stop();
    // a damaged database file (as a torn write or a failing disk leaves it)
    for (const side of ['-wal', '-shm']) fs.rmSync(`${server.dataDir}/redaksi.db${side}`, { force: true });
    fs.writeFileSync(`${server.dataDir}/redaksi.db`, Buffer.alloc(8192, 0x13));
    server = await server.restart();
    await freshPage();
    const banner = page.getByRole('alert').filter({ hasText: /repaired its database/i });
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toMatch(/damaged.*brought back the backup from/i);
    expect(await banner.textContent()).toContain(server.dataDir);
    await screenshot(page, 'recovery-banner');
    await banner.getByRole('button', { name: /^dismiss$/i }).click();
    expect(await banner.count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: /new story/i }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: /repaired its database/i }).count()).toBe(0);
  });
});
