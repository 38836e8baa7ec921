/**
 * A misspelt name typed twice is one card (its fix mends both), and the editor marks both places
 * in the text, not only the first until the card is hovered: the reporter scanning the page sees
 * every place the slip stands. The usual spelling stays unmarked.
 * Screenshot: test-output/screenshots/name-slip-marks.png.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './harness.js';
import { openWithWarnings, webSuite } from './ui-helpers.js';

const STORY = [
  'Siswa menari Dawet Ayu Banjrarnegara di Hari Jadi Banjarnegara.',
  'Lagu Dawet Ayu Banjrarnegara dinyanyikan di Alun-alun Banjarnegara.',
  'Bupati Banjarnegara hadir. Warga Banjarnegara senang. Kabupaten Banjarnegara maju. Pemkab Banjarnegara bangga.',
  'Kota Banjarnegara ramai. Di Banjarnegara ada pesta. Polres Banjarnegara siaga. Dinas Banjarnegara sibuk.',
];

describe.skipIf(!chromiumAvailable)('a name slip typed twice (Chromium, web mode)', () => {
  const suite = webSuite({ userName: 'Rina Reporter', role: 'reporter', uiLanguage: 'en', theme: 'light' });

  it('is one card, and both places are marked in the text', async () => {
    const { page } = await openWithWarnings(suite, { headline: 'Hari Jadi', language: 'id', paragraphs: STORY });
    const card = page.locator('.warnings-panel li[data-rule="name-variant"]');
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    const marked = () =>
      page.evaluate(() => {
        const h = (globalThis as unknown as { CSS: { highlights: Map<string, Iterable<Range>> } }).CSS.highlights.get('finding-warning');
        return h ? [...h].map((r) => r.toString()).sort() : [];
      });
    await expect.poll(marked, { timeout: 10_000 }).toEqual(['Banjrarnegara', 'Banjrarnegara']);
    await screenshot(page, 'name-slip-marks');
  });
});
