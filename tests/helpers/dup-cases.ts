/**
 * Builds near-duplicate test cases from real articles: a paragraph repeated later in the same
 * story with small edits (word substitutions, a dropped sentence, changed punctuation, swapped
 * words, a few inserted words), and hard negatives (a paragraph from another story of the same
 * corpus that shares the most word pairs with some paragraph of this one: stock phrases).
 */
import { furnitureOf } from '../../shared/analysis/furniture.js';
import type { CorpusArticle } from './corpus.js';

export type EditKind = 'substitute' | 'drop-sentence' | 'punctuation' | 'swap' | 'insert';
export const EDIT_KINDS: EditKind[] = ['substitute', 'drop-sentence', 'punctuation', 'swap', 'insert'];

export interface PositiveCase {
  kind: EditKind;
  article: CorpusArticle;
  paragraphs: string[];
  /** index of the original and of the edited copy in `paragraphs` */
  original: number;
  copy: number;
}

export interface NegativeCase {
  article: CorpusArticle;
  paragraphs: string[];
  inserted: number;
}

const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0);

/** Sentence split on . ! ? followed by space and an upper-case letter or a quote (keeps "Rp 1.500"). */
export function sentences(p: string): string[] {
  return p.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).filter((s) => s.trim().length > 0);
}

function pickIndex(r: () => number, n: number): number {
  return Math.floor(r() * n);
}

export function makeEdit(kind: EditKind, p: string, donorWords: string[], r: () => number): string | null {
  const w = words(p);
  switch (kind) {
    case 'substitute': {
      // "a few words changed": 10% of the words, at least one, at most three
      const n = Math.min(3, Math.max(1, Math.round(w.length * 0.1)));
      const out = w.slice();
      const used = new Set<number>();
      for (let k = 0; k < n; k++) {
        let i = pickIndex(r, out.length);
        for (let t = 0; t < 5 && used.has(i); t++) i = pickIndex(r, out.length);
        used.add(i);
        out[i] = donorWords[pickIndex(r, donorWords.length)] ?? 'kata';
      }
      return out.join(' ');
    }
    case 'drop-sentence': {
      const s = sentences(p);
      if (s.length < 2) return null;
      const i = pickIndex(r, s.length);
      const rest = s.filter((_, k) => k !== i).join(' ');
      return words(rest).length >= 8 ? rest : null;
    }
    case 'punctuation': {
      // commas to full stops or removed, straight quotes to curly, a final "!"
      let out = p.replace(/,/g, () => (r() < 0.5 ? '' : '.'));
      out = out.replace(/"([^"]*)"/g, '“$1”').replace(/\.$/, '!');
      if (out === p) out = p.replace(/\s/, ' - ');
      return out;
    }
    case 'swap': {
      const out = w.slice();
      for (let k = 0; k < 2; k++) {
        const i = pickIndex(r, out.length - 1);
        [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      }
      return out.join(' ');
    }
    case 'insert': {
      const out = w.slice();
      const i = pickIndex(r, out.length);
      const extra = Array.from({ length: 3 }, () => donorWords[pickIndex(r, donorWords.length)] ?? 'juga');
      out.splice(i, 0, ...extra);
      return out.join(' ');
    }
  }
}

/** Positive cases: one per article that has a paragraph of >= minWords words. */
export function positiveCases(articles: CorpusArticle[], r: () => number, minWords = 12): PositiveCase[] {
  const out: PositiveCase[] = [];
  for (let ai = 0; ai < articles.length; ai++) {
    const a = articles[ai]!;
    const donor = articles[(ai + 7) % articles.length]!;
    const donorWords = donor.paragraphs.flatMap(words);
    // page furniture ("Simak juga Video: ...") is reported by its own rule, not as a duplicate
    const eligible = a.paragraphs.map((p, i) => [p, i] as const).filter(([p]) => words(p).length >= minWords && !furnitureOf(p));
    if (eligible.length === 0) continue;
    const [p, original] = eligible[pickIndex(r, eligible.length)]!;
    let kind = EDIT_KINDS[ai % EDIT_KINDS.length]!;
    let edited = makeEdit(kind, p, donorWords, r);
    if (edited === null) {
      kind = 'substitute';
      edited = makeEdit(kind, p, donorWords, r)!;
    }
    const paragraphs = a.paragraphs.slice();
    const at = original + 1 + pickIndex(r, paragraphs.length - original);
    paragraphs.splice(at, 0, edited);
    out.push({ kind, article: a, paragraphs, original, copy: at });
  }
  return out;
}

/** Word-pair set of a paragraph (lower-cased), for choosing hard negatives. */
function pairs(p: string): Set<string> {
  const w = words(p.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' '));
  const s = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) s.add(`${w[i]} ${w[i + 1]}`);
  return s;
}

/**
 * Hard negatives: for each article, the paragraph from another article (among a sample) that
 * shares the most word pairs with one of its paragraphs, inserted at a random place.
 */
export function negativeCases(articles: CorpusArticle[], r: () => number, sample = 40): NegativeCase[] {
  const cache = new Map<CorpusArticle, Set<string>[]>();
  const pairsOf = (a: CorpusArticle): Set<string>[] => {
    let v = cache.get(a);
    if (!v) cache.set(a, (v = a.paragraphs.map(pairs)));
    return v;
  };
  const out: NegativeCase[] = [];
  for (let ai = 0; ai < articles.length; ai++) {
    const a = articles[ai]!;
    const mine = pairsOf(a);
    let best: { p: string; score: number } | null = null;
    for (let k = 0; k < sample; k++) {
      const b = articles[pickIndex(r, articles.length)]!;
      if (b === a || b.headline === a.headline || b.sameAs === a.file || a.sameAs === b.file) continue;
      const theirs = pairsOf(b);
      b.paragraphs.forEach((p, pi) => {
        const ps = theirs[pi]!;
        if (ps.size < 11) return;
        let most = 0;
        for (const m of mine) {
          let n = 0;
          for (const x of ps) if (m.has(x)) n++;
          most = Math.max(most, n);
        }
        // a stock phrase, not a copy: at most a third of its word pairs are shared with any paragraph
        if (most * 3 > ps.size) return;
        if (!best || most > best.score) best = { p, score: most };
      });
    }
    if (!best) continue;
    const paragraphs = a.paragraphs.slice();
    const at = pickIndex(r, paragraphs.length + 1);
    paragraphs.splice(at, 0, (best as { p: string }).p);
    out.push({ article: a, paragraphs, inserted: at });
  }
  return out;
}
