/**
 * A change the hub refuses that is not story text (issue 13): Rina, a reporter, dismisses a
 * warning on Edi's story. Her workstation keeps the dismissal, but the hub refuses it (a reporter
 * decides only on her own stories: shared/model/newsroom.ts refuseDecision). Before, only
 * `redaksi sync` printed that; the app now says it above the story, with the hub's reason,
 * until she reads it (newsroom-refusals.test.ts: the same in Settings, for a fact). One hub on real PostgreSQL; Edi's workstation runs
 * in this process. Screenshot: test-output/screenshots/hub-refused-decision.png.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, webSuite } from './ui-helpers.js';
import { freshHub, passwordOf } from '../helpers/hub.js';
import { closeWorkstations, sync, workstation } from '../helpers/workstation.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Finding } from '../../shared/model/finding.js';
import type { NewsroomState } from '../../shared/api/hub-contract.js';

// web mode's background sync at a test's pace
process.env.REDAKSI_SYNC_INTERVAL_MS = '500';

afterEach(closeWorkstations);

describe.skipIf(!chromiumAvailable || !PG_BIN_DIR)(`a dismissal the hub refuses is shown, not taken for shared${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  const suite = webSuite({ userName: 'rina', role: 'reporter', uiLanguage: 'en', theme: 'light' });

  it("a reporter's dismissal on a colleague's story: the hub's reason shows until she reads it", async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    const para = 'Farmers in the northern district harvested their rice two weeks early because of the dry season.';
    const edi = await workstation(hub, 'edi', 'editor');
    const d = await edi.api['drafts.create']({ headline: 'Early harvest in the north', language: 'en', body: docFromParagraphs([para, 'Prices at the regional market stayed steady, traders said.', para]) });
    await sync(edi);

    const server = suite.server;
    await call(server, 'newsroom.login', { url: hub.url, user: 'rina', password: passwordOf('rina') });
    await call(server, 'newsroom.sync');
    const findings = await call<Finding[]>(server, 'findings.check', { id: d.id });
    const dup = findings.find((f) => f.rule === 'duplicate-paragraph')!;
    expect(dup).toBeTruthy();
    await call(server, 'findings.dismiss', { draftId: d.id, fingerprint: dup.fingerprint, rule: dup.rule, reason: 'repeated on purpose' });

    const page = await suite.freshPage();
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    const banner = page.locator('.refusal-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toContain('The newsroom hub did not accept 1 of your changes to this story. They stay on this computer only');
    expect(await banner.locator('li[data-kind="decision"]').textContent()).toBe('A decision on a warning: This story belongs to edi; a reporter edits only their own stories.');
    await screenshot(page, 'hub-refused-decision');

    // read: it leaves the banner, and a later round does not bring it back (not retried)
    await banner.getByRole('button', { name: 'Understood' }).click();
    await expect.poll(() => page.locator('.refusal-banner').count()).toBe(0);
    await call(server, 'newsroom.sync');
    expect((await call<NewsroomState>(server, 'newsroom.state')).sync?.refused).toEqual([]);
  });
});
