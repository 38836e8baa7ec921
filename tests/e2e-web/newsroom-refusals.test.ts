/**
 * #13: a change the hub refuses that is no story text (here a verified fact added by a reporter:
 * the hub keeps facts for editors and desks) stays on the workstation only. The app says so in
 * Settings -> Newsroom, with the hub's reason, until the user acknowledges it; before, only
 * `redaksi sync` printed it and the app looked as if the fact were shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { call, chromiumAvailable, launchBrowser, screenshot, startWeb, type WebServer } from './harness.js';
import { openFreshPage } from './ui-helpers.js';
import { signInToHub } from './newsroom-helpers.js';
import { freshHub, type TestHub } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';
import type { NewsroomState } from '../../shared/api/hub-contract.js';

// web mode's background sync at a test's pace
process.env.REDAKSI_SYNC_INTERVAL_MS = '500';

describe.skipIf(!chromiumAvailable || !PG_BIN_DIR)(`changes the hub refuses, in the browser${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  let hub: TestHub;
  let web: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    hub = await freshHub();
    await hub.user('rina', 'reporter');
    web = await startWeb();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  it('a fact the hub refuses is named in Settings with the hub reason until it is acknowledged', async () => {
    const { page } = await openFreshPage(browser, web);
    await signInToHub(page, hub.url, 'rina');
    await call(web, 'facts.add', { subject: 'Jembatan Ampera', attribute: 'panjang', value: '1.117 meter', source: 'pu.go.id' });
    // the background sync sends it, the hub refuses it, the status keeps the refusal
    await expect.poll(async () => (await call<NewsroomState>(web, 'newsroom.state')).sync?.refused.length ?? 0, { timeout: 15_000 }).toBe(1);
    const banner = page.locator('.newsroom-card .refusal-banner');
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toContain('The newsroom hub did not accept 1 of your changes. They stay on this computer only');
    const item = banner.locator('li[data-kind="fact"]');
    expect(await item.textContent()).toMatch(/^A verified fact: .+/);
    await screenshot(page, 'newsroom-refused');
    // acknowledged: gone, and not back on the next rounds (the fact is no longer sent)
    await banner.getByRole('button', { name: 'Understood' }).click();
    await banner.waitFor({ state: 'detached', timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await call<NewsroomState>(web, 'newsroom.state')).sync?.refused).toEqual([]);
    expect(await page.locator('.refusal-banner').count()).toBe(0);
  });
});
