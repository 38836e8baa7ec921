/**
 * The workflow for a newcomer (issue 14 point 4): the first start asks who you are (name and
 * role), kept in Settings; after Submit the app says what happens next; an editor reaches
 * Review without visiting Settings; the history never says "by unknown".
 * Screenshots: test-output/screenshots/first-run.png, first-run-next-step.png.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { call, chromiumAvailable, launchBrowser, screenshot, startWeb, type WebServer } from './harness.js';
import { editorBox, newStory, openApp, waitSaved } from './ui-helpers.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { Draft, Settings } from '../../shared/model/draft.js';

describe.skipIf(!chromiumAvailable)('first start and the next step (Chromium, web mode)', () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', { uiLanguage: 'en', theme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('asks name and role once, keeps them in Settings, and an editor sees Review straight away', async () => {
    // a story written before anyone was named: its history row has no real name
    const old = await call<Draft>(server, 'drafts.create', { headline: 'Cerita lama', language: 'id', body: docFromParagraphs(['Sebuah paragraf lama yang ditulis sebelum nama diisi.']) });
    await call(server, 'drafts.setStatus', { id: old.id, status: 'submitted' });

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page, server);
    const dialog = page.getByRole('dialog', { name: /^welcome to redaksi$/i });
    await dialog.waitFor();
    await screenshot(page, 'first-run');
    // a newsroom with a hub signs in instead: Settings opens without the dialog, and it comes back on leaving
    await dialog.getByRole('button', { name: /newsroom has a hub/i }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.newsroom-card').waitFor();
    await page.goBack();
    await dialog.waitFor();
    // a name is needed
    await dialog.getByRole('button', { name: /^start$/i }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Please enter your name.');
    await dialog.getByRole('textbox', { name: /^your name$/i }).fill('Dewi Redaktur');
    await dialog.getByRole('radio', { name: /^editor/i }).check();
    await dialog.getByRole('button', { name: /^start$/i }).click();
    await dialog.waitFor({ state: 'detached' });
    const settings = await call<Settings>(server, 'settings.get');
    expect(settings).toMatchObject({ userName: 'Dewi Redaktur', role: 'editor' });
    expect(await page.locator('.whoami').textContent()).toContain('Dewi Redaktur');

    // the editor reaches Review from the desk without visiting Settings
    const row = page.locator('li, tr').filter({ hasText: 'Cerita lama' }).first();
    await row.getByRole('link', { name: /^review$/i }).click();
    await page.locator('.review-page').waitFor();
    // the old history row: not "by unknown", a translated phrase
    const history = page.locator('.activity');
    await history.locator('.act').first().waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).not.toMatch(/unknown/i);
    expect(text).toContain('by someone on this computer');

    // asked once: a reload goes straight to the app; Settings shows and changes the same
    await page.goto(`${server.url}#/settings`);
    await page.reload();
    await page.getByRole('heading', { name: /^settings$/i }).waitFor();
    expect(await page.getByRole('dialog', { name: /^welcome to redaksi$/i }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: /^your name$/i }).inputValue()).toBe('Dewi Redaktur');
    expect(await page.getByRole('combobox', { name: /^role$/i }).inputValue()).toBe('editor');
    await context.close();
  });

  it('after Submit says what happens next, and the history names who did it', async () => {
    await call(server, 'settings.set', { userName: 'Rina Reporter', role: 'reporter' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page, server);
    await newStory(page);
    await editorBox(page).click();
    await page.keyboard.type('Harga cabai di pasar induk naik sejak pekan lalu.');
    await waitSaved(page);
    await page.locator('.editor-bar').getByRole('button', { name: /^submit$/i }).click();
    const next = page.locator('.next-step');
    await next.waitFor();
    expect(await next.textContent()).toContain('Sent to the editors’ queue');
    // it stays (a flash of two seconds is missed)
    await page.waitForTimeout(3000);
    expect(await next.isVisible()).toBe(true);
    await screenshot(page, 'first-run-next-step');
    await page.getByRole('tab', { name: /^activity/i }).click();
    const history = (await page.locator('.activity').textContent()) ?? '';
    expect(history).toContain('by Rina Reporter');
    expect(history).not.toMatch(/unknown/i);
    await next.getByRole('button', { name: /^got it$/i }).click();
    expect(await page.locator('.next-step').count()).toBe(0);
    await context.close();
  });

  it('a name that cannot be stored keeps the dialog open with the error, and a second try stores it', async () => {
    await call(server, 'settings.set', { userName: '', uiLanguage: 'en', theme: 'light' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page, server);
    const dialog = page.getByRole('dialog', { name: /^welcome to redaksi$/i });
    await dialog.waitFor();
    // the first save is answered 500, as by a full disk
    let failed = 0;
    await page.route('**/api/settings.set', async (route) => {
      if (failed++ === 0) await route.fulfill({ status: 500, contentType: 'text/plain', body: 'disk full' });
      else await route.continue();
    });
    await dialog.getByRole('textbox', { name: /^your name$/i }).fill('Dewi Redaktur');
    await dialog.getByRole('button', { name: /^start$/i }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('500');
    await screenshot(page, 'first-run-save-failed');
    expect(await dialog.getByRole('textbox', { name: /^your name$/i }).inputValue()).toBe('Dewi Redaktur');
    expect((await call<Settings>(server, 'settings.get')).userName).toBe('');
    await dialog.getByRole('button', { name: /^start$/i }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await call<Settings>(server, 'settings.get')).userName).toBe('Dewi Redaktur');
    await context.close();
  });

  it('a change in Settings that cannot be stored says so and shows the stored value again', async () => {
    await call(server, 'settings.set', { userName: 'Dewi Redaktur', role: 'editor', uiLanguage: 'en', theme: 'light' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page, server);
    await page.goto(`${server.url}#/settings`);
    const name = page.getByRole('textbox', { name: /^your name$/i });
    await name.waitFor();
    await page.route('**/api/settings.set', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'disk full' }));
    await name.fill('Dewi R.');
    await name.press('Enter');
    const alert = page.locator('.settings').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('500');
    await expect.poll(() => name.inputValue()).toBe('Dewi Redaktur');
    expect(await page.locator('.settings > .flash').textContent()).toBe('');
    await screenshot(page, 'settings-save-failed');
    await context.close();
  });

  it('asks in Indonesian when the desk speaks Indonesian (dark theme too)', async () => {
    await call(server, 'settings.set', { userName: '', uiLanguage: 'id', theme: 'dark' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await openApp(page, server);
    const dialog = page.getByRole('dialog', { name: /^selamat datang di redaksi$/i });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    for (const english of ['Welcome', 'Your name', 'Editor', 'Start', 'Settings', 'workflow']) expect(text).not.toContain(english);
    await screenshot(page, 'first-run-id-dark');
    await dialog.getByRole('textbox', { name: /^nama anda$/i }).fill('Rina Wartawan');
    await dialog.getByRole('button', { name: /^mulai$/i }).click();
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });

  it('draws nothing with default settings while they load: Settings never shows an empty name, the UI never flashes in English', async () => {
    await call(server, 'settings.set', { userName: 'Rina Wartawan', role: 'editor', uiLanguage: 'id', theme: 'light' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page, server);
    // the settings answer is held back for a moment, as on a busy machine
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/settings.get', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}#/settings`);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await page.locator('h1').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.locator('.app').getAttribute('aria-busy')).toBe('true');
    release();
    await page.getByRole('heading', { name: /^pengaturan$/i }).waitFor();
    expect(await page.getByRole('textbox', { name: /^nama anda$/i }).inputValue()).toBe('Rina Wartawan');
    await context.close();
  });
});
