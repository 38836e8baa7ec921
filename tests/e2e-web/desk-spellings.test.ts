/**
 * The desk's spellings, as a desk uses them: a name the word lists do not know ("Liffe", the
 * derivatives exchange) beside one they know ("Standard Life") is a name warning; "Right as
 * written" on it puts the name on the desk's spellings, the warning goes, and no story flags it
 * again; Settings lists it with a Remove button, and taking it off brings the warning back.
 * Screenshots: test-output/screenshots/desk-spellings-{warning,settings}.png.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { call, editorBox, openWithWarnings, webSuite } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft, Settings } from '../../shared/model/draft.js';

const STORY = [
  'Reports say Standard Life, which owns a stake in the exchange, backed the deal. Standard Life Investments agreed.',
  'The London exchange is also holding talks with Euronext, which owns the derivatives market Liffe.',
  'Standard Life declined to comment on the talks.',
];

describe.skipIf(!chromiumAvailable)('desk spellings (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Dewi Desk', role: 'desk', uiLanguage: 'en', theme: 'light' });

  it('"Right as written" on a name warning puts the name on the desk\'s spellings; the next story does not flag it; Settings removes it', async () => {
    const server = suite.server;
    const { draft: d, page } = await openWithWarnings(suite, { headline: 'Exchange talks', language: 'en', paragraphs: STORY });

    const name = page.locator('.warnings-panel li[data-rule="name-variant"]');
    await expect.poll(() => name.count(), { timeout: 15_000 }).toBe(1);
    expect(await name.textContent()).toContain('Liffe');
    await screenshot(page, 'desk-spellings-warning');
    await name.getByRole('button', { name: /^right as written$/i }).click();
    await expect.poll(() => name.count(), { timeout: 15_000 }).toBe(0);
    expect((await call<Settings>(server, 'settings.get', {})).deskSpellings).toEqual(['Liffe']);

    // another story about the exchange: nothing to say
    const next = await call<Draft>(server, 'drafts.create', { headline: 'Liffe volumes', language: 'en', body: docFromParagraphs(['Trading on Liffe rose in March, the exchange said.', 'Standard Life Investments was among the buyers, with Standard Life Assurance.']) });
    await page.goto(`${server.url}#/draft/${next.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^warnings/i }).click();
    await page.waitForTimeout(1500);
    expect(await page.locator('.warnings-panel li[data-rule="name-variant"]').count()).toBe(0);

    // Settings lists the spelling and takes it off the list
    await page.goto(`${server.url}#/settings`);
    const row = page.locator('.desk-spellings-row');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toContain('Liffe');
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'desk-spellings-settings');
    await row.getByRole('button', { name: /^remove/i }).click();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    expect((await call<Settings>(server, 'settings.get', {})).deskSpellings).toEqual([]);

    // and the first story's warning is back
    await page.goto(`${server.url}#/draft/${d.id}`);
    await editorBox(page).waitFor();
    await page.getByRole('tab', { name: /^warnings/i }).click();
    await expect.poll(() => page.locator('.warnings-panel li[data-rule="name-variant"]').count(), { timeout: 15_000 }).toBe(1);
  });
});
