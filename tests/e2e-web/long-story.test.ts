/**
 * A long story in the editor (renderer/editor/windowing.ts): only the blocks near the viewport
 * are laid out, and nothing a reporter or an editor does may notice. Scrolling shows text where
 * the viewport is, typing and Enter land where the caret is, Ctrl+End/Home reach the real ends,
 * find and "Show in text" bring far paragraphs into view, select-all copies the whole story, and
 * screen reader mode keeps every paragraph in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, screenshot, startWeb, type WebServer } from './harness.js';
import { call, editorBox, openFreshPage, waitSaved } from './ui-helpers.js';
import { docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';

const N = 300;
const FAR = 260; // holds a word found nowhere else
const DUP_OF = 12;
const DUP_AT = 240; // a repeat of paragraph DUP_OF: a duplicate warning far down

/** Distinct paragraphs of 18-40 words (a seeded generator: the same story every run). */
function story(): string[] {
  const vocab = 'pemerintah daerah warga kota jalan banjir hujan sekolah pasar harga beras gubernur bupati rapat anggaran proyek jembatan kantor polisi saksi korban rumah sakit dokter pasien petani sawah panen nelayan laut kapal pelabuhan listrik air bersih sampah taman lapangan stadion pemain pelatih musim turnamen'.split(' ');
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    const words = Array.from({ length: 18 + Math.floor(rnd() * 22) }, () => vocab[Math.floor(rnd() * vocab.length)]!);
    out.push(`Paragraf ${i + 1}: ${words.join(' ')}.`);
  }
  out[FAR] = `Paragraf ${FAR + 1}: di sini ada kata KATAUNIK yang dicari redaktur.`;
  out[DUP_AT] = out[DUP_OF]!;
  return out;
}

const displayed = (page: Page) =>
  page.evaluate(() => {
    const kids = Array.from(document.querySelector('.editor-input')!.children);
    return kids.map((el, i) => (getComputedStyle(el).display === 'none' ? -1 : i)).filter((i) => i >= 0);
  });

/** The tallest stretch of the viewport (below the toolbar) that no laid-out block covers, in px. */
const blankInView = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('.editor-input')!;
    const top = 120;
    const bottom = Math.min(window.innerHeight, root.getBoundingClientRect().bottom - 60);
    const boxes = Array.from(root.children)
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height > 0 && r.bottom > top && r.top < bottom)
      .sort((a, b) => a.top - b.top);
    let covered = top;
    let worst = 0;
    for (const r of boxes) {
      worst = Math.max(worst, r.top - covered);
      covered = Math.max(covered, r.bottom);
    }
    return Math.max(worst, bottom - covered);
  });

/** Block i is displayed and (mostly) inside the viewport. */
const inView = (page: Page, i: number) =>
  page.evaluate((i) => {
    const el = document.querySelector('.editor-input')!.children[i] as HTMLElement | undefined;
    if (!el || getComputedStyle(el).display === 'none') return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > 100 && r.top < window.innerHeight - 50;
  }, i);

describe.skipIf(!chromiumAvailable)('a long story (Chromium, web mode)', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const paras = story();

  beforeAll(async () => {
    server = await startWeb();
    browser = await launchBrowser();
    await call(server, 'settings.set', { userName: 'Rina Wartawan', role: 'editor', uiLanguage: 'en', theme: 'light', screenReaderMode: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openLong(): Promise<string> {
    await context?.close().catch(() => undefined);
    ({ context, page } = await openFreshPage(browser, server));
    const { id } = await call<{ id: string }>(server, 'drafts.create', { headline: 'Berita panjang', language: 'id', body: docFromParagraphs(paras) });
    await page.evaluate((x) => (window.location.hash = `#/draft/${x}`), id);
    await editorBox(page).waitFor();
    await expect.poll(() => page.locator('.editor-input').getAttribute('data-story-window')).toMatch(/^\d+$/);
    return id;
  }

  const scrollTo = async (fraction: number) => {
    await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * f), fraction);
    await page.waitForTimeout(250);
  };

  it('lays out only the blocks near the viewport; the scroll height is the whole story and scrolling shows text wherever it stops', async () => {
    await openLong();
    const shown = await displayed(page);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(80);
    expect(await page.locator('.editor-input > *').count()).toBe(N); // every block stays in the DOM

    const windowedHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    for (const f of [0.25, 0.5, 0.8, 1]) {
      await scrollTo(f);
      // the viewport is covered by laid-out blocks: no blank stretch taller than a paragraph gap
      expect(await blankInView(page)).toBeLessThan(60);
    }
    expect(await inView(page, N - 1)).toBe(true);
    await screenshot(page, 'long-story-end');

    // a narrower window reflows every block: heights are measured again, still no blank stretch
    const width = await page.evaluate(() => document.querySelector('.editor-input')!.clientWidth);
    await page.setViewportSize({ width: 1100, height: 900 }); // (at 1000 and below the side panel moves under the story)
    await expect.poll(() => page.evaluate(() => document.querySelector('.editor-input')!.clientWidth)).not.toBe(width);
    await page.waitForTimeout(500);
    const windowedNarrow = await page.evaluate(() => document.documentElement.scrollHeight);
    for (const f of [0.4, 0.7, 1]) {
      await scrollTo(f);
      expect(await blankInView(page)).toBeLessThan(60);
    }
    expect(await inView(page, N - 1)).toBe(true);

    // the same story laid out whole (screen reader mode) is as tall at both widths, within 2%
    await call(server, 'settings.set', { screenReaderMode: true });
    await page.reload();
    await editorBox(page).waitFor();
    await expect.poll(async () => (await displayed(page)).length).toBe(N);
    expect(await page.locator('.editor-input').getAttribute('data-story-window')).toBeNull();
    const wholeHeight = async () => {
      await page.waitForTimeout(300);
      return page.evaluate(() => {
        // content-visibility estimates blocks far from view; lay them all out to compare
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('.editor-input > *'))) el.style.contentVisibility = 'visible';
        return document.documentElement.scrollHeight;
      });
    };
    const wholeNarrow = await wholeHeight();
    await page.setViewportSize({ width: 1440, height: 900 });
    const wholeWide = await wholeHeight();
    expect(wholeNarrow).toBeGreaterThan(wholeWide * 1.05); // the narrow layout really is taller
    expect(Math.abs(windowedHeight - wholeWide) / wholeWide).toBeLessThan(0.02);
    expect(Math.abs(windowedNarrow - wholeNarrow) / wholeNarrow).toBeLessThan(0.02);
    await call(server, 'settings.set', { screenReaderMode: false });
  });

  it('typing and Enter land at the caret mid-story; Ctrl+End and Ctrl+Home reach the real ends', async () => {
    const id = await openLong();
    await scrollTo(0.5);
    // the first line of text at or below y = 450 (a point between two paragraphs hits their margin)
    const { target, y } = await page.evaluate(() => {
      const box = document.querySelector('.editor-input')!.getBoundingClientRect();
      for (let y = 450; y < 600; y += 4) {
        const el = document.elementFromPoint(box.left + 60, y)?.closest('.editor-input > *');
        if (el) return { target: Array.from(el.parentElement!.children).indexOf(el), y };
      }
      return { target: -1, y: 450 };
    });
    expect(target).toBeGreaterThan(100);
    expect(target).toBeLessThan(200);
    const box = (await editorBox(page).boundingBox())!;
    await page.mouse.click(box.x + 60, y);
    await page.keyboard.press('End');
    await page.keyboard.type(' SISIPAN');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Paragraf baru.');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' AKHIR');
    expect(await inView(page, N)).toBe(true);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('AWAL ');
    expect(await inView(page, 0)).toBe(true);
    await waitSaved(page);

    const saved = paragraphsOf((await call<Draft>(server, 'drafts.get', { id })).body);
    expect(saved).toHaveLength(N + 1);
    expect(saved[0]).toBe(`AWAL ${paras[0]}`);
    // End goes to the end of the clicked line: Enter split the paragraph there
    expect(saved[target]!.endsWith(' SISIPAN')).toBe(true);
    expect(saved[target + 1]!.startsWith('Paragraf baru.')).toBe(true);
    expect(saved[target]!.slice(0, -' SISIPAN'.length) + saved[target + 1]!.slice('Paragraf baru.'.length)).toBe(paras[target]);
    expect(saved[N]).toBe(`${paras[N - 1]} AKHIR`);
    // everything else untouched
    expect(saved.slice(1, target)).toEqual(paras.slice(1, target));
    expect(saved.slice(target + 2, N)).toEqual(paras.slice(target + 1, N - 1));
  });

  it('text typed after scrolling far from the caret goes to the caret', async () => {
    const id = await openLong();
    await scrollTo(0.1);
    const box = (await editorBox(page).boundingBox())!;
    await page.mouse.click(box.x + 60, 450);
    const caretBlock = await page.evaluate(() => {
      const node = document.getSelection()!.anchorNode!;
      const el = (node instanceof Element ? node : node.parentElement)!.closest('.editor-input > *')!;
      return Array.from(el.parentElement!.children).indexOf(el);
    });
    await scrollTo(0.9);
    expect(await inView(page, caretBlock)).toBe(false);
    await page.keyboard.type('KETIK');
    await waitSaved(page);
    const saved = paragraphsOf((await call<Draft>(server, 'drafts.get', { id })).body);
    expect(saved[caretBlock]).toContain('KETIK');
    expect(saved.filter((p) => p.includes('KETIK'))).toHaveLength(1);
  });

  it('find and "Show in text" bring a far paragraph into view', async () => {
    await openLong();
    expect(await inView(page, FAR)).toBe(false);
    await page.keyboard.press('Control+f');
    const q = page.getByRole('searchbox', { name: /^find$/i });
    await q.fill('KATAUNIK');
    await q.press('Enter');
    await expect.poll(() => inView(page, FAR), { timeout: 5000 }).toBe(true);
    await page.getByRole('button', { name: /^close find$/i }).click();

    await scrollTo(0);
    expect(await inView(page, DUP_AT)).toBe(false);
    await page.getByRole('tab', { name: /^warnings/i }).click();
    const item = page.locator('.findings > li').filter({ hasText: `¶ ${DUP_AT + 1}` }).first();
    await item.getByRole('button', { name: /^show in text$/i }).click();
    await expect.poll(() => inView(page, DUP_AT), { timeout: 5000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).not.toBe('');
  });

  it('select all copies the whole story, and typing over it replaces all of it', async () => {
    const id = await openLong();
    await scrollTo(0.3);
    const box = (await editorBox(page).boundingBox())!;
    await page.mouse.click(box.x + 60, 450);
    await page.keyboard.press('Control+a');
    const copied = await page.evaluate(() => {
      const dt = new DataTransfer();
      document.querySelector('.editor-input')!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
      return dt.getData('text/plain');
    });
    expect(copied).toContain(paras[0]);
    expect(copied).toContain(paras[FAR]);
    expect(copied).toContain(paras[N - 1]);
    await page.keyboard.type('Ganti semua.');
    await waitSaved(page);
    expect(paragraphsOf((await call<Draft>(server, 'drafts.get', { id })).body)).toEqual(['Ganti semua.']);
  });
});
