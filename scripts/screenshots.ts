/**
 * `npm run screenshots` (issue 14): a tour of every screen, in Indonesian and English, light and
 * dark, written to test-output/screenshots/tour/<lang>-<theme>-<screen>.png for a person to look
 * at: the desk, the editor with its warnings, the review's compare view, the export dialog for
 * each target and for a blocked story, the facts base, Settings and its backups.
 *
 * It builds the production renderer, starts web mode on a temporary data folder (nothing of the
 * user's is touched), fills it through the same API the app uses and drives Debian Chromium.
 * Prints one line per screenshot and the total time; exits 2 when Chromium is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { call, chromiumAvailable, launchBrowser, REPO_ROOT, SCREENSHOTS, startWeb, type WebServer } from '../tests/e2e-web/harness.js';
import { docFromParagraphs } from '../shared/model/lexical-doc.js';
import type { Draft } from '../shared/model/draft.js';
import { errorMessage } from '../shared/api/errors.js';
import { EDITED, SUBMITTED } from '../tests/helpers/review-story.js';

const OUT = path.join(SCREENSHOTS, 'tour');
const VIEWPORT = { width: 1440, height: 900 };
const SEED = path.join(REPO_ROOT, 'tests', 'fixtures', 'articles', '000_29685aeed6ed132a.txt');

interface Stories {
  seed: Draft;
  review: Draft;
  approved: Draft;
}

async function seedStore(server: WebServer): Promise<Stories> {
  await call(server, 'settings.set', { userName: 'Dewi Redaktur', role: 'editor' });
  const lines = fs.readFileSync(SEED, 'utf8').split('\n');
  const seed = await call<Draft>(server, 'drafts.create', { headline: lines[0]!.trim(), language: 'id', body: docFromParagraphs(lines.slice(1).filter((l) => l.trim())), meta: { byline: 'Rina Wartawan', section: 'Metro' } });
  const review = await call<Draft>(server, 'drafts.create', { headline: 'Banjir rendam Bekasi', language: 'id', body: docFromParagraphs(SUBMITTED), meta: { byline: 'Rina Wartawan', section: 'Metro' } });
  await call(server, 'drafts.setStatus', { id: review.id, status: 'submitted' });
  await call(server, 'drafts.save', { id: review.id, body: docFromParagraphs(EDITED) });
  await call(server, 'drafts.setStatus', { id: review.id, status: 'in-review' });
  const approved = await call<Draft>(server, 'drafts.create', { headline: 'Posko pengungsi dibuka di tiga kecamatan', language: 'id', body: docFromParagraphs(EDITED.slice(2)), meta: { byline: 'Rina Wartawan', section: 'Metro', summary: 'Dinas sosial membuka dapur umum.' } });
  for (const status of ['submitted', 'in-review', 'approved']) await call(server, 'drafts.setStatus', { id: approved.id, status });
  await call(server, 'facts.add', { subject: 'Kota Bekasi', attribute: 'wali kota', value: 'Tri Adhianto', asOf: '2025-02-20', source: 'KPU Kota Bekasi' });
  await call(server, 'facts.add', { subject: 'Kabupaten Tangerang', attribute: 'jumlah kecamatan', value: '29', source: 'BPS' });
  await call(server, 'backups.create');
  return { seed, review, approved };
}

async function shoot(page: Page, name: string, shots: string[]): Promise<void> {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  shots.push(file);
  console.log(path.relative(REPO_ROOT, file));
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForTimeout(250);
}

const editorBox = (page: Page) => page.getByRole('textbox', { name: /^(story text|isi berita)$/i });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: /^(export story|ekspor berita)$/i });

async function openExport(page: Page, d: Draft): Promise<void> {
  await go(page, `#/draft/${encodeURIComponent(d.id)}`);
  await editorBox(page).waitFor();
  await page.locator('.editor-bar').getByRole('button', { name: /^(export|ekspor)$/i }).click();
  await exportDialog(page).waitFor();
  for (let i = 0; i < 150 && (await exportDialog(page).locator('.prepublish').getAttribute('aria-busy')) !== 'false'; i++) await page.waitForTimeout(200);
}

async function tour(browser: Browser, server: WebServer, s: Stories, lang: 'en' | 'id', theme: 'light' | 'dark', shots: string[]): Promise<void> {
  await call(server, 'settings.set', { uiLanguage: lang, theme });
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: theme });
  const page = await context.newPage();
  const at = (screen: string) => `${lang}-${theme}-${screen}`;
  await page.goto(server.appUrl);
  await page.getByRole('button', { name: /^(＋ )?(new story|berita baru)$/i }).waitFor();
  await page.waitForTimeout(300);
  await shoot(page, at('desk'), shots);

  // the editor with the seed article's warnings
  await go(page, `#/draft/${encodeURIComponent(s.seed.id)}`);
  await editorBox(page).waitFor();
  await page.getByRole('tab', { name: /^(warnings|peringatan)/i }).click();
  await page.locator('.margin-badge').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  await shoot(page, at('editor-warnings'), shots);

  // the review's compare view
  await go(page, `#/review/${encodeURIComponent(s.review.id)}`);
  await page.locator('.review-diff').waitFor();
  await page.waitForTimeout(300);
  await shoot(page, at('review-changes'), shots);

  // the export dialog: each target of an approved story, then a blocked story
  await openExport(page, s.approved);
  const radios = exportDialog(page).getByRole('radio');
  const n = await radios.count();
  for (let i = 0; i < n; i++) {
    await radios.nth(i).check();
    await page.waitForTimeout(300);
    await shoot(page, at(`export-${(await radios.nth(i).getAttribute('value')) ?? i}`), shots);
  }
  await page.keyboard.press('Escape');
  await openExport(page, s.seed);
  await shoot(page, at('export-blocked'), shots);
  await page.keyboard.press('Escape');

  await go(page, '#/facts');
  await page.waitForTimeout(400);
  await shoot(page, at('facts'), shots);

  await go(page, '#/settings');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(300);
  await shoot(page, at('settings'), shots);
  await page.locator('.backups-settings').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await shoot(page, at('settings-backups'), shots);
  await context.close();
}

async function main(): Promise<number> {
  if (!chromiumAvailable) {
    console.error('npm run screenshots: Chromium is not installed (apt-get install chromium); nothing taken.');
    return 2;
  }
  const t0 = performance.now();
  process.env.NODE_ENV = 'production';
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startWeb();
  const browser = await launchBrowser();
  const shots: string[] = [];
  try {
    const stories = await seedStore(server);
    for (const lang of ['en', 'id'] as const) for (const theme of ['light', 'dark'] as const) await tour(browser, server, stories, lang, theme, shots);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
  console.log(`${shots.length} screenshots in ${path.relative(REPO_ROOT, OUT)} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`npm run screenshots failed: ${errorMessage(e)}`);
    process.exit(1);
  },
);
