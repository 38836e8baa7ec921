/**
 * Learned boilerplate (issue 12, point 2b): a short line that stands word for word in many
 * earlier stories of the local archive is the page furniture of the portals those stories were
 * copied from ("Simak berita lainnya…", a portal's sign-off, a newsletter plug), whatever its
 * shape. The shape rules (furniture.ts) know junk in general, the desk list (desk-furniture.ts)
 * what a desk has marked; this knows what the archive has seen, with no one marking anything.
 *
 * Why these bounds: the same short story line does recur across stories of one event (a quote,
 * a verdict sentence), but in the id-multi scrapes never in five or more other articles, while
 * junk lines recur in dozens to hundreds (tests/eval reports both). Fifteen words: furniture
 * lines are short; longer repeats are the archive-duplicate check's business.
 */
import type { Finding, UiLanguage } from '../model/finding.js';
import { fingerprintOf } from '../model/fingerprint.js';
import { normalizeFurnitureLine } from './desk-furniture.js';
import { removalEdit } from './fix.js';

export const LEARNED_MIN_STORIES = 5;
export const LEARNED_MAX_WORDS = 15;
/** the archive counts up to here and no further: "in 1,000+ earlier stories" says all a reader needs */
export const LEARNED_COUNT_CAP = 1000;
/** a count this high leaves no doubt (shown as a plain warning, not a quieter 'possible') */
const LEARNED_SURE_STORIES = 20;

/** the key a short line is counted under in the archive, or null for a line too long (or empty) to be furniture */
export function learnedLineKey(text: string): string | null {
  const t = text.trim();
  if (!t || t.length > 200) return null;
  const words = t.split(/\s+/u).length;
  if (words > LEARNED_MAX_WORDS) return null;
  const key = normalizeFurnitureLine(t);
  // a lone figure or mark ("1", "***") says nothing about where it came from
  return /\p{L}{2}/u.test(key) ? key : null;
}

export interface LearnedOptions {
  uiLanguage?: UiLanguage;
  /** paragraphs another check already calls furniture: not reported twice */
  skip?: ReadonlySet<number>;
}

/** page-furniture findings for the paragraphs whose line the archive has seen in many other stories */
export function learnedFurniture(paragraphs: readonly string[], storiesWith: (key: string) => number, opts: LearnedOptions = {}): Finding[] {
  const ui = opts.uiLanguage ?? 'en';
  const out: Finding[] = [];
  paragraphs.forEach((text, i) => {
    if (opts.skip?.has(i)) return;
    const key = learnedLineKey(text);
    if (!key) return;
    const n = storiesWith(key);
    if (n < LEARNED_MIN_STORIES) return;
    const lead = text.length - text.trimStart().length;
    const line = text.trim();
    const shown = line.length > 60 ? `${line.slice(0, 59)}…` : line;
    const count = Math.min(n, LEARNED_COUNT_CAP).toLocaleString(ui === 'id' ? 'id-ID' : 'en-GB') + (n >= LEARNED_COUNT_CAP ? '+' : '');
    out.push({
      rule: 'page-furniture',
      severity: 'warning',
      confidence: n >= LEARNED_SURE_STORIES ? 'high' : 'medium',
      message:
        ui === 'id'
          ? `“${shown}” muncul kata demi kata di ${count} naskah sebelumnya: sisa halaman web, bukan bagian naskah.`
          : `“${shown}” appears word for word in ${count} earlier stories: website page furniture, not part of the story.`,
      paragraph: i,
      start: lead,
      end: lead + line.length,
      related: [],
      fix: { label: ui === 'id' ? 'Hapus baris' : 'Delete line', edits: [removalEdit(i, text)] },
      fingerprint: fingerprintOf('page-furniture', 'learned', key),
    });
  });
  return out;
}

/**
 * The number a short line is stored under in the archive (53 bits of two FNV-1a hashes of its
 * key): at a million stories of a few short lines each, two different lines sharing a number is
 * a one-in-a-billion event, and the count must reach LEARNED_MIN_STORIES besides.
 */
export function learnedLineHash(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a * 2 ** 21 + (b & 0x1fffff);
}

/** the distinct short-line numbers of a story, as the archive stores them */
export function learnedLineHashes(paragraphs: readonly string[]): number[] {
  const out = new Set<number>();
  for (const p of paragraphs) {
    const k = learnedLineKey(p);
    if (k) out.add(learnedLineHash(k));
  }
  return [...out];
}
