/**
 * Issue 13's acceptance in the browser: one hub (real PostgreSQL on loopback), two web-mode
 * workstations (two data folders), two Chromium contexts. Both sign in through Settings ->
 * Newsroom. With the hub up, the second to open a story sees "<name> is editing since HH:MM",
 * read-only, with Take over (which it then does). With the hub down, both edit the same story (the indicator says
 * offline); when it is back, both texts survive (one current, one a conflicting copy) and the
 * workstation whose copy was kept shows the banner, which opens the compare view, and which is back
 * after that workstation's web mode restarts, until it is dismissed. Closing the tab
 * that holds a lease frees the story for the colleague reading it within seconds.
 * Screenshots: test-output/screenshots/newsroom-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { call, chromiumAvailable, launchBrowser, screenshot, startWeb, type WebServer } from './harness.js';
import { editorBox, openFreshPage, waitSaved } from './ui-helpers.js';
import { signInToHub } from './newsroom-helpers.js';
import { freshHub, passwordOf, type TestHub } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';
import { startHubServer, type RunningHub } from '../../hub/server.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft, Revision } from '../../shared/model/draft.js';
import type { NewsroomState } from '../../shared/api/hub-contract.js';
import { SESSION_FILE } from '../../main/newsroom/session-file.js';

/** every file of a data folder, as bytes (the store, its WAL, the session file, backups) */
function filesUnder(dir: string): Array<{ file: string; bytes: Buffer }> {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile())
    .flatMap((file) => {
      try {
        return [{ file, bytes: fs.readFileSync(file) }];
      } catch {
        return []; // a temporary file (a backup being written) gone meanwhile
      }
    });
}

// web mode's background sync at a test's pace (backing off to 4 x this while the hub is down)
process.env.REDAKSI_SYNC_INTERVAL_MS = '500';

const FIRST = 'Banjir setinggi satu meter merendam ratusan rumah di Kampung Melayu sejak Senin pagi.';

async function openStory(page: Page, id: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + `#/draft/${id}`);
  await editorBox(page).waitFor();
}

const syncPhase = (page: Page) => page.locator('.editor-bar [data-sync]').getAttribute('data-sync');

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editorBox(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await waitSaved(page);
}

describe.skipIf(!chromiumAvailable || !PG_BIN_DIR)(`newsroom in the browser: two workstations, one hub${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  let hub: TestHub;
  let restarted: RunningHub | null = null;
  let rinaWeb: WebServer;
  let ediWeb: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    [rinaWeb, ediWeb] = await Promise.all([startWeb(), startWeb()]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await restarted?.close();
  });

  it('lock message, offline edits of both survive the sync, the conflict banner opens the compare view', async () => {
    const { page: rina } = await openFreshPage(browser, rinaWeb);
    const { page: edi } = await openFreshPage(browser, ediWeb);
    await signInToHub(rina, hub.url, 'rina');
    await signInToHub(edi, hub.url, 'edi');
    // signed in, the name and role are the hub's: read-only, saying why
    for (const [page, user, role] of [[rina, 'rina', 'reporter'], [edi, 'edi', 'editor']] as const) {
      const name = page.getByLabel('Your name', { exact: true });
      await expect.poll(() => name.inputValue(), { timeout: 10_000 }).toBe(user);
      expect(await name.getAttribute('readonly')).not.toBeNull();
      const roleSelect = page.locator('select[aria-label="Role"]');
      expect(await roleSelect.inputValue()).toBe(role);
      expect(await roleSelect.isDisabled()).toBe(true);
      expect(await page.locator('[data-identity="hub"]').textContent()).toBe(`Your name and role come from the newsroom hub ${hub.url} while you are signed in: an admin changes them there. Sign out (Newsroom, below) to use this computer on its own.`);
    }
    await screenshot(edi, 'newsroom-settings');
    // web mode keeps the token in a file only its owner reads; the password is nowhere in the data folder
    for (const [web, user] of [[rinaWeb, 'rina'], [ediWeb, 'edi']] as const) {
      expect(fs.statSync(path.join(web.dataDir, SESSION_FILE)).mode & 0o777).toBe(0o600);
      expect(filesUnder(web.dataDir).filter((f) => f.bytes.includes(passwordOf(user))).map((f) => f.file)).toEqual([]);
    }

    // the reporter's story reaches the editor's workstation through the hub
    const d = await call<Draft>(rinaWeb, 'drafts.create', { headline: 'Banjir Kampung Melayu', language: 'id', body: docFromParagraphs([FIRST]) });
    await call(rinaWeb, 'newsroom.sync');
    await expect.poll(async () => (await call<Draft[]>(ediWeb, 'drafts.list', {})).map((x) => x.id), { timeout: 15_000 }).toContain(d.id);

    // the desk shows the owner, and "waiting for me" for an editor leaves a draft out
    await edi.goto(edi.url().replace(/#.*$/, '') + '#/');
    const row = edi.locator(`.story-row[data-id="${d.id}"]`);
    await expect.poll(() => row.locator('.owner-chip').getAttribute('data-owner'), { timeout: 10_000 }).toBe('rina');
    await edi.locator('[data-scope="waiting"]').click();
    await expect.poll(() => row.count()).toBe(0);
    await edi.locator('[data-scope="all"]').click();
    await expect.poll(() => row.count()).toBe(1);

    // lock: the reporter opens it first; the editor sees who and since when, read-only, with Take over
    await openStory(rina, d.id);
    await expect.poll(() => syncPhase(rina), { timeout: 10_000 }).toBe('synced');
    await openStory(edi, d.id);
    const lease = edi.locator('[data-lease="held"]');
    await lease.waitFor({ timeout: 10_000 });
    expect(await lease.textContent()).toMatch(/^rina is editing since \d\d:\d\d\. The story is open read-only\./);
    expect(await lease.getByRole('button', { name: 'Take over' }).count()).toBe(1);
    expect(await editorBox(edi).getAttribute('contenteditable')).toBe('false');
    expect(await edi.getByLabel('Headline').getAttribute('readonly')).not.toBeNull();
    await screenshot(edi, 'newsroom-lock');
    // Take over: the editor becomes editable, the hub moves the lease and records it in the history
    await lease.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => lease.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => editorBox(edi).getAttribute('contenteditable')).toBe('true');
    expect((await hub.pool.query('SELECT u.name FROM story_locks l JOIN users u ON u.id = l.user_id WHERE l.story_id = $1', [d.id])).rows).toEqual([{ name: 'edi' }]);
    expect((await hub.pool.query("SELECT note FROM story_history WHERE story_id = $1 AND kind = 'takeover'", [d.id])).rows).toEqual([{ note: expect.stringMatching(/^took over editing from rina/) }]);
    // both leave the story (the lease is released on close)
    for (const p of [rina, edi]) await p.goto(p.url().replace(/#.*$/, '') + '#/');
    await expect.poll(async () => (await hub.pool.query('SELECT count(*)::int AS n FROM story_locks')).rows[0].n, { timeout: 10_000 }).toBe(0);

    // the hub goes away; both edit the same story offline
    const port = Number(new URL(hub.url).port);
    await hub.server.close();
    await openStory(rina, d.id);
    await openStory(edi, d.id);
    await typeAtEnd(rina, ' Rina menambah kalimat ini saat luring.');
    await typeAtEnd(edi, ' Edi menyunting bagian ini tanpa jaringan.');
    await expect.poll(() => syncPhase(rina), { timeout: 15_000 }).toBe('offline');
    await expect.poll(() => syncPhase(edi), { timeout: 15_000 }).toBe('offline');
    await screenshot(rina, 'newsroom-offline');

    // back: both sync; one text is current, the other a conflicting copy, and its workstation shows the banner
    restarted = await startHubServer({ pool: hub.pool, port });
    const settled = async () => {
      const [a, b] = await Promise.all([call<NewsroomState>(rinaWeb, 'newsroom.state'), call<NewsroomState>(ediWeb, 'newsroom.state')]);
      return a.pending + b.pending === 0 && (a.sync?.conflicts.length ?? 0) + (b.sync?.conflicts.length ?? 0) === 1;
    };
    await expect.poll(settled, { timeout: 30_000, interval: 250 }).toBe(true);
    const states = await Promise.all([call<NewsroomState>(rinaWeb, 'newsroom.state'), call<NewsroomState>(ediWeb, 'newsroom.state')]);
    const loserIndex = states.findIndex((s) => s.sync!.conflicts.length === 1);
    const [loserPage, winnerPage] = loserIndex === 0 ? [rina, edi] : [edi, rina];
    const [loserWeb, winnerWeb] = loserIndex === 0 ? [rinaWeb, ediWeb] : [ediWeb, rinaWeb];
    const [loserText, winnerText] = loserIndex === 0 ? ['Rina menambah', 'Edi menyunting'] : ['Edi menyunting', 'Rina menambah'];
    const conflict = states[loserIndex]!.sync!.conflicts[0]!;
    expect(conflict).toMatchObject({ id: d.id, user: loserIndex === 0 ? 'rina' : 'edi', keptAs: expect.stringMatching(/^conflicting copy by (rina|edi), /) });

    // both texts survive: the winner's is current on both workstations, the loser's is a revision
    await expect.poll(async () => (await call<Draft>(winnerWeb, 'drafts.get', { id: d.id })).plainText, { timeout: 15_000 }).toContain(winnerText);
    await expect.poll(async () => (await call<Draft>(loserWeb, 'drafts.get', { id: d.id })).plainText, { timeout: 15_000 }).toContain(winnerText);
    const copy = await call<Revision>(loserWeb, 'revisions.get', { id: conflict.revisionId });
    expect(copy.plainText).toContain(loserText);
    expect(copy.plainText).not.toContain(winnerText);

    // the banner on the loser's editor, with who and when; its editor now shows the current text
    const banner = loserPage.locator(`[data-conflict="${conflict.revisionId}"]`);
    await banner.waitFor({ timeout: 15_000 });
    const [loserUser, winnerUser] = loserIndex === 0 ? ['rina', 'edi'] : ['edi', 'rina'];
    expect(conflict.currentBy).toBe(winnerUser);
    expect(await banner.textContent()).toMatch(new RegExp(`^${winnerUser} changed this story on another workstation .* your text, by ${loserUser}, was kept as a conflicting copy at `));
    await expect.poll(() => editorBox(loserPage).textContent(), { timeout: 10_000 }).toContain(winnerText);
    // a sync round may still be running (status 'syncing'); the phase it settles on is what counts
    await expect.poll(() => syncPhase(loserPage), { timeout: 15_000 }).toBe('conflict');
    expect(await winnerPage.locator('[data-conflict]').count()).toBe(0);
    await banner.getByRole('button', { name: 'Compare the two versions' }).click();
    const sheet = loserPage.getByRole('dialog', { name: 'Your conflicting copy → the current version' });
    await sheet.waitFor();
    expect(await sheet.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(loserText.split(' ')[1]!)]));
    expect(await sheet.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(winnerText.split(' ')[1]!)]));
    await screenshot(loserPage, 'newsroom-conflict-compare');
    await sheet.getByRole('button', { name: 'Close' }).click();

    // not dismissed yet: the banner is back after web mode restarts on the same data folder
    const bannerText = await banner.textContent();
    const restartedWeb = await loserWeb.restart();
    if (loserIndex === 0) rinaWeb = restartedWeb;
    else ediWeb = restartedWeb;
    const { page: again } = await openFreshPage(browser, restartedWeb);
    await openStory(again, d.id);
    const bannerAgain = again.locator(`[data-conflict="${conflict.revisionId}"]`);
    await bannerAgain.waitFor({ timeout: 15_000 });
    expect(await bannerAgain.textContent()).toBe(bannerText);
    await expect.poll(() => syncPhase(again), { timeout: 15_000 }).toBe('conflict');
    await bannerAgain.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => bannerAgain.count()).toBe(0);
    await expect.poll(() => syncPhase(again), { timeout: 10_000 }).toBe('synced');
    // dismissed is dismissed: not back after another reload
    await again.reload();
    await editorBox(again).waitFor();
    await expect.poll(() => syncPhase(again), { timeout: 15_000 }).toBe('synced');
    expect(await again.locator('[data-conflict]').count()).toBe(0);
  });

  it('closing the tab that holds the lease frees the story at once: the colleague reading it can edit within seconds, not two minutes', async () => {
    // the same servers and sessions as the test before (signed in there; the hub restarted on its port)
    const d = await call<Draft>(rinaWeb, 'drafts.create', { headline: 'Jalan tol ditutup', language: 'id', body: docFromParagraphs([FIRST]) });
    await call(rinaWeb, 'newsroom.sync');
    await expect.poll(async () => (await call<Draft[]>(ediWeb, 'drafts.list', {})).map((x) => x.id), { timeout: 15_000 }).toContain(d.id);
    const { page: rina } = await openFreshPage(browser, rinaWeb);
    const { page: edi } = await openFreshPage(browser, ediWeb);
    await openStory(rina, d.id);
    await expect.poll(async () => (await hub.pool.query('SELECT u.name FROM story_locks l JOIN users u ON u.id = l.user_id WHERE l.story_id = $1', [d.id])).rows, { timeout: 10_000 }).toEqual([{ name: 'rina' }]);
    await openStory(edi, d.id);
    await edi.locator('[data-lease="held"]').waitFor({ timeout: 10_000 });
    expect(await editorBox(edi).getAttribute('contenteditable')).toBe('false');
    // the tab closes while the story is open (no navigation inside the app first)
    const closedAt = Date.now();
    await rina.close({ runBeforeUnload: true });
    await expect.poll(() => editorBox(edi).getAttribute('contenteditable'), { timeout: 15_000, interval: 100 }).toBe('true');
    expect(Date.now() - closedAt).toBeLessThan(15_000);
    expect(await edi.locator('[data-lease]').count()).toBe(0);
    expect((await hub.pool.query('SELECT u.name FROM story_locks l JOIN users u ON u.id = l.user_id WHERE l.story_id = $1', [d.id])).rows).toEqual([{ name: 'edi' }]);
  });
});
