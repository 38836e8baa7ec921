/**
 * Corpus loading and FactCC-style error injection for tests/unit/facts-corpus.test.ts.
 * The corpora stay outside the repository (publishers' copyright); they are read in place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleLanguage } from '../../shared/model/finding.js';
import type { Fact } from '../../shared/analysis/facts/base.js';
import { extractParagraph, type ParaX } from '../../shared/analysis/facts/extract.js';
import { WEEKDAY_NAMES, weekdayOf, dominantYear } from '../../shared/analysis/locale/dates.js';
import { findPersons, titlesAgree, RANK_MODIFIERS } from '../../shared/analysis/locale/names.js';

export const CORPUS_DIR = process.env.REDAKSI_CORPUS ?? resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared/fixtures/corpus');

export interface Article {
  id: string;
  language: ArticleLanguage;
  headline: string;
  paragraphs: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
function decode(buf: Buffer): string {
  try {
    return utf8.decode(buf);
  } catch {
    return latin1.decode(buf); // some BBC files are Latin-1 (£)
  }
}

export function loadBbc(limit = Infinity): Article[] {
  const dir = join(CORPUS_DIR, 'en-bbc');
  if (!existsSync(dir)) return [];
  const out: Article[] = [];
  for (const section of readdirSync(dir).sort()) {
    const sdir = join(dir, section);
    if (!/^[a-z]+$/.test(section)) continue;
    for (const f of readdirSync(sdir).filter((x) => x.endsWith('.txt')).sort()) {
      const text = decode(readFileSync(join(sdir, f)));
      const blocks = text.split(/\r?\n\s*\r?\n/).map((b) => b.replace(/\s*\r?\n\s*/g, ' ').trim()).filter(Boolean);
      if (blocks.length < 2) continue;
      out.push({ id: `en-bbc/${section}/${f}`, language: 'en', headline: blocks[0]!, paragraphs: blocks.slice(1) });
    }
  }
  return sample(out, limit);
}

export function loadDetik(limit = Infinity): Article[] {
  const dir = join(CORPUS_DIR, 'id-detik');
  if (!existsSync(dir)) return [];
  const titles = new Map<string, string>();
  const skip = new Set<string>();
  const index = join(dir, 'index.tsv');
  if (existsSync(index)) {
    for (const line of readFileSync(index, 'utf8').split(/\r?\n/).slice(1)) {
      const cols = line.split('\t');
      if (cols[0]) titles.set(cols[0], cols[2] ?? '');
      if (cols[0] && cols[7]) skip.add(cols[0]); // the same story collected twice
    }
  }
  const out: Article[] = [];
  for (const f of readdirSync(dir).filter((x) => /^\d+\.txt$/.test(x)).sort()) {
    if (skip.has(f)) continue;
    const paragraphs = decode(readFileSync(join(dir, f))).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (paragraphs.length < 2) continue;
    out.push({ id: `id-detik/${f}`, language: 'id', headline: titles.get(f) ?? '', paragraphs });
  }
  return sample(out, limit);
}

/** an even spread over the list, deterministic */
function sample<T>(list: T[], limit: number): T[] {
  if (list.length <= limit) return list;
  const step = list.length / limit;
  return Array.from({ length: limit }, (_, i) => list[Math.floor(i * step)]!);
}

/** small deterministic PRNG (mulberry32) seeded from a string */
export function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- FactCC-style injections ------------------------------------------------------------


export interface Injection {
  paragraphs: string[];
  facts?: Fact[];
  /** where the error now is: a finding of the rule must cover it or point at it */
  target: { paragraph: number; start: number; end: number };
  note: string;
}

export type Injector = (a: Article, rnd: () => number) => Injection | null;

const X = (a: Article): ParaX[] => a.paragraphs.map((p) => extractParagraph(p, a.language, 'mdy'));
const pick = <T,>(list: T[], rnd: () => number): T | undefined => list[Math.floor(rnd() * list.length)];
const splice = (s: string, start: number, end: number, text: string): string => s.slice(0, start) + text + s.slice(end);

/** shift a date's weekday: "Selasa (21/10/2025)" -> "Kamis (21/10/2025)" */
export const injectWeekday: Injector = (a, rnd) => {
  const xs = X(a);
  const year = dominantYear(xs.flatMap((x) => x.dates));
  const cands = xs.flatMap((x, pi) =>
    x.dates
      .filter((d) => d.weekday !== undefined && d.day !== undefined && d.month !== undefined && d.weekdayStart !== undefined)
      .filter((d) => weekdayOf(d.year ?? year ?? 0, d.month!, d.day!) === d.weekday)
      .map((d) => ({ pi, d })),
  );
  const c = pick(cands, rnd);
  if (!c) return null;
  const shift = 1 + Math.floor(rnd() * 6);
  const name = WEEKDAY_NAMES[a.language][(c.d.weekday! + shift) % 7]!;
  const paragraphs = a.paragraphs.slice();
  paragraphs[c.pi] = splice(paragraphs[c.pi]!, c.d.weekdayStart!, c.d.weekdayEnd!, name);
  return { paragraphs, target: { paragraph: c.pi, start: c.d.weekdayStart!, end: c.d.weekdayStart! + name.length }, note: `${c.d.weekdayText} -> ${name}` };
};

/** restate a sentence with a figure later in the story, the figure swapped for another */
export const injectNumber: Injector = (a, rnd) => {
  const xs = X(a);
  const cands = xs.flatMap((x, pi) =>
    x.numbers
      .filter((n) => !n.spelled && (n.kind === 'number' || n.kind === 'percent' || n.kind === 'currency') && /\d/.test(n.raw))
      .map((n) => ({ pi, n, s: x.sentences[n.sentence]! }))
      .filter(({ s, n }) => {
        const t = a.paragraphs[pi]!.slice(s.start, s.end);
        return !/["“”]/.test(t) && n.value !== 0 && t.split(/\s+/).length >= 6;
      }),
  );
  const c = pick(cands, rnd);
  if (!c) return null;
  const text = a.paragraphs[c.pi]!;
  const sentence = text.slice(c.s.start, c.s.end);
  // change one digit of the figure (the last one: "96,14" -> "96,17")
  const rel = c.n.start - c.s.start;
  const raw = c.n.raw;
  const digitAt = [...raw].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  const di = digitAt[digitAt.length - 1]!;
  const old = Number(raw[di]);
  const nd = (old + 1 + Math.floor(rnd() * 8)) % 10;
  const changedRaw = raw.slice(0, di) + nd + raw.slice(di + 1);
  const changed = sentence.slice(0, rel) + changedRaw + sentence.slice(rel + raw.length);
  const paragraphs = a.paragraphs.slice();
  const at = c.pi + 1 + Math.floor(rnd() * (paragraphs.length - c.pi));
  paragraphs.splice(at, 0, changed);
  return { paragraphs, target: { paragraph: at, start: rel, end: rel + changedRaw.length }, note: `${raw} -> ${changedRaw}` };
};

const MONTHS_DAYS = /^(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|January|February|March|May|June|July|August|October|December|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** misspell one occurrence of a name used at least twice */
export const injectName: Injector = (a, rnd) => {
  const xs = X(a);
  const counts = new Map<string, number>();
  for (const x of xs) for (const t of x.names) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  const cands = xs.flatMap((x, pi) =>
    x.names
      .filter((t) => !t.sentenceStart && /^\p{Lu}\p{Ll}{4,}$/u.test(t.text) && (counts.get(t.text) ?? 0) >= 2)
      // a name, not a capitalised common word or a month: never written in lowercase in the story
      .filter((t) => !MONTHS_DAYS.test(t.text) && !a.paragraphs.some((p) => new RegExp(`\\b${t.text.toLowerCase()}\\b`).test(p)))
      .map((t) => ({ pi, t })),
  );
  const c = pick(cands, rnd);
  if (!c) return null;
  const w = c.t.text;
  let out = w;
  for (let tries = 0; tries < 10 && (out === w || a.paragraphs.some((p) => p.includes(out))); tries++) {
    const op = Math.floor(rnd() * 4);
    const i = 2 + Math.floor(rnd() * (w.length - 2)); // not the first two letters
    if (op === 0) out = w.slice(0, i) + w.slice(i + 1); // drop a letter
    else if (op === 1) out = w.slice(0, i) + w[i] + w.slice(i); // double a letter
    else if (op === 2 && i + 1 < w.length) out = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
    else {
      const vowels = 'aeiou';
      const j = [...w].findIndex((ch, k) => k >= 2 && vowels.includes(ch));
      if (j >= 0) out = w.slice(0, j) + vowels[(vowels.indexOf(w[j]!) + 1 + Math.floor(rnd() * 4)) % 5] + w.slice(j + 1);
    }
  }
  if (out === w || a.paragraphs.some((p) => p.includes(out))) return null;
  const paragraphs = a.paragraphs.slice();
  paragraphs[c.pi] = splice(paragraphs[c.pi]!, c.t.start, c.t.end, out);
  return { paragraphs, target: { paragraph: c.pi, start: c.t.start, end: c.t.start + out.length }, note: `${w} -> ${out}` };
};

function quoteCands(a: Article, xs: ParaX[], minWords: number) {
  return xs.flatMap((x, pi) => x.quotes.filter((q) => q.words.length >= minWords).map((q) => ({ pi, q, x })));
}

/** repeat a quotation later with one word changed */
export const injectQuoteMismatch: Injector = (a, rnd) => {
  const xs = X(a);
  const c = pick(quoteCands(a, xs, 6), rnd);
  if (!c) return null;
  const text = a.paragraphs[c.pi]!;
  const inner = text.slice(c.q.innerStart, c.q.innerEnd);
  const words = [...inner.matchAll(/\p{L}{4,}/gu)];
  const victim = pick(words, rnd);
  if (!victim) return null;
  const pool = [...a.paragraphs.join(' ').matchAll(/\b\p{Ll}{4,}\b/gu)].map((m) => m[0]).filter((w) => !c.q.words.includes(w.toLowerCase()));
  const repl = pick(pool, rnd);
  if (!repl) return null;
  const altered = splice(inner, victim.index!, victim.index! + victim[0].length, repl);
  const open = text[c.q.start]!;
  const close = text[c.q.end - 1]!;
  const para = `${open}${altered}${close} ${a.language === 'id' ? 'kata dia' : 'he said'}.`;
  const paragraphs = [...a.paragraphs, para];
  return { paragraphs, target: { paragraph: paragraphs.length - 1, start: 0, end: altered.length + 2 }, note: `${victim[0]} -> ${repl}` };
};

/** take the speaker away: keep only the quotation of an attributed paragraph */
export const injectQuoteUnattributed: Injector = (a, rnd) => {
  const xs = X(a);
  const cands = quoteCands(a, xs, 8).filter(({ pi, x }) => {
    const next = xs[pi + 1];
    const prev = xs[pi - 1];
    return x.attributed && x.quotes.length === 1 && (!next || !next.attributed) && (!prev || (!prev.endsWithColon && !prev.opensUnclosed && !(prev.quotes.length && prev.attributed)));
  });
  const c = pick(cands, rnd);
  if (!c) return null;
  const quote = a.paragraphs[c.pi]!.slice(c.q.start, c.q.end);
  const paragraphs = a.paragraphs.slice();
  paragraphs[c.pi] = quote;
  return { paragraphs, target: { paragraph: c.pi, start: 0, end: quote.length }, note: 'speaker removed' };
};

/** delete one quotation mark of a pair */
export const injectQuoteUnbalanced: Injector = (a, rnd) => {
  const xs = X(a);
  const cands = quoteCands(a, xs, 3).filter(({ x }) => x.unpaired.length === 0);
  const c = pick(cands, rnd);
  if (!c) return null;
  const dropClose = rnd() < 0.5;
  const pos = dropClose ? c.q.end - 1 : c.q.start;
  const paragraphs = a.paragraphs.slice();
  paragraphs[c.pi] = splice(paragraphs[c.pi]!, pos, pos + 1, '');
  return { paragraphs, target: { paragraph: c.pi, start: c.q.start, end: c.q.end - 1 }, note: dropClose ? 'closing mark dropped' : 'opening mark dropped' };
};

const CHANGE_EN = /\b(?:rose|rise|jumped|grew|increased|up|climbed|soared|surged|gained|fell|dropped|declined|down|slumped|plunged|decreased|dipped|slipped|tumbled)\b/i;
const CHANGE_ID = /\b(?:naik|meningkat|melonjak|tumbuh|bertambah|turun|menurun|anjlok|merosot|berkurang)\b/i;

/** break a stated percentage change: keep the before/after figures, change the percentage */
export const injectArithmetic: Injector = (a, rnd) => {
  const xs = X(a);
  const cands = xs.flatMap((x, pi) =>
    x.sentences.flatMap((s, si) => {
      const t = a.paragraphs[pi]!.slice(s.start, s.end);
      // a checkable statement: a change with its before and after figures written out
      const fig = '(?:the\\s+|about\\s+|awalnya\\s+|sekitar\\s+)?(?:Rp\\s?|US\\$\\s?|[$£€])?\\d';
      const ok =
        a.language === 'en'
          ? CHANGE_EN.test(t) && new RegExp(`\\bfrom\\s+${fig}`).test(t) && new RegExp(`\\bto\\s+${fig}`).test(t)
          : CHANGE_ID.test(t) && new RegExp(`\\b(?:dari|dibanding(?:kan)?)\\s+${fig}`).test(t) && new RegExp(`\\b(?:menjadi|ke)\\s+${fig}`).test(t);
      if (!ok) return [];
      const pcts = x.numbers.filter((n) => n.sentence === si && n.kind === 'percent' && !n.percentPoints);
      const others = x.numbers.filter((n) => n.sentence === si && (n.kind === 'number' || n.kind === 'currency') && !n.spelled);
      return pcts.length >= 1 && others.length >= 2 ? [{ pi, n: pcts[0]! }] : [];
    }),
  );
  const c = pick(cands, rnd);
  if (!c) return null;
  const v = c.n.value;
  const wrong = Math.round(v * 3 + 10);
  const digits = /[\d.,]+/.exec(c.n.raw)!;
  const newRaw = c.n.raw.slice(0, digits.index) + String(wrong) + c.n.raw.slice(digits.index + digits[0].length);
  const paragraphs = a.paragraphs.slice();
  paragraphs[c.pi] = splice(paragraphs[c.pi]!, c.n.start, c.n.end, newRaw);
  return { paragraphs, target: { paragraph: c.pi, start: c.n.start, end: c.n.start + newRaw.length }, note: `${c.n.raw} -> ${newRaw}` };
};

const ATTR_TAIL_EN = /,\s+(?:(?:he|she|they|it)\s+(?:said|says|added)|(?:said|says)\s+[^,.]{2,60}|(?:[A-Z][\w'’.-]*\s*){1,4}(?:said|says|added)|according to [^,.]{2,60})\s*\.$/;
const ATTR_TAIL_ID = /,\s+(?:kata|ujar|ucap|jelas|ungkap|tutur|tegas|sebut|imbuh|tambah|lanjut|katanya|ujarnya|jelasnya|ungkapnya|menurut)\b[^,.]{0,60}\.$/;
// check-worthy as the issue defines it: a statistic (percentage, amount, large or scaled figure) or a superlative
const WORTHY = /\d+(?:[.,]\d+)?\s?(?:%|per ?cent|persen|bn\b|m\b|million|billion|juta|miliar|triliun)|[$£€]\s?\d|Rp\s?\d|\b\d{1,3}(?:[.,]\d{3})+\b|\b(?:highest|lowest|largest|biggest|record|first|tertinggi|terendah|terbesar|terbanyak|pertama|rekor)\b/i;
const STILL_SOURCED = /\b(?:said|says|told|according|added|kata|ujar|menurut|mengatakan|katanya|ujarnya)\b/i;
const ATTR_HEAD_EN = /^According to [^,]{2,60},\s+/;
const ATTR_HEAD_ID = /^(?:Menurut [^,]{2,60},\s+|(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:mengatakan|menjelaskan|menyebutkan|menyatakan|mengungkapkan)(?:,\s+|\s+bahwa\s+))/u;

function strip(t: string, lang: 'en' | 'id'): string {
  const tail = lang === 'en' ? ATTR_TAIL_EN : ATTR_TAIL_ID;
  const head = lang === 'en' ? ATTR_HEAD_EN : ATTR_HEAD_ID;
  if (tail.test(t)) return t.replace(tail, '.');
  if (head.test(t)) {
    const rest = t.replace(head, '');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return t;
}

/** strip the attribution from a check-worthy sentence */
export const injectClaim: Injector = (a, rnd) => {
  const xs = X(a);
  const cands = xs.flatMap((x, pi) =>
    x.sentences
      .map((s) => ({ pi, s, t: a.paragraphs[pi]!.slice(s.start, s.end) }))
      .filter(({ t }) => !/["“”]/.test(t) && WORTHY.test(t))
      .map((c) => ({ ...c, stripped: strip(c.t, a.language) }))
      .filter((c) => c.stripped !== c.t && !STILL_SOURCED.test(c.stripped)),
  );
  const c = pick(cands, rnd);
  if (!c) return null;
  const stripped = c.stripped;
  const paragraphs = a.paragraphs.slice();
  paragraphs[c.pi] = splice(paragraphs[c.pi]!, c.s.start, c.s.end, stripped);
  return { paragraphs, target: { paragraph: c.pi, start: c.s.start, end: c.s.start + stripped.length }, note: 'attribution removed' };
};

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Bapak|Ibu|Pak|Bu|H|Hj|Ir|KH|Kiai|Ustaz)\.?$/;

/** the article's own titled people as a verified-facts base (consistent titles only) */
export function factsFromArticle(a: Article): Fact[] {
  const byName = new Map<string, string[]>();
  for (const p of a.paragraphs) {
    for (const m of findPersons(p, a.language)) {
      if (!m.title || HONORIFIC.test(m.title) || m.name.split(' ').length < 2) continue;
      const l = byName.get(m.name) ?? [];
      l.push(m.title);
      byName.set(m.name, l);
    }
  }
  const facts: Fact[] = [];
  for (const [name, titles] of byName) {
    if (titles.every((t) => titlesAgree(t, titles[0]!).agree)) facts.push({ subject: name, attribute: 'jabatan', value: titles[0]!, source: 'test base' });
  }
  return facts;
}

/** give a person in the base another rank in one place, or misspell the recorded name */
export const injectFactConflict: Injector = (a, rnd) => {
  const facts = factsFromArticle(a);
  const cands = a.paragraphs.flatMap((p, pi) =>
    findPersons(p, a.language)
      .filter((m) => m.title && facts.some((f) => f.subject === m.name))
      .map((m) => ({ pi, m })),
  );
  const c = pick(cands, rnd);
  if (!c) return null;
  const paragraphs = a.paragraphs.slice();
  const text = paragraphs[c.pi]!;
  if (rnd() < 0.5) {
    const title = c.m.title!;
    const first = title.split(' ')[0]!.toLowerCase();
    const mod = a.language === 'id' ? 'Wakil' : 'Deputy';
    const newTitle = RANK_MODIFIERS.has(first) ? title.split(' ').slice(1).join(' ') : `${mod} ${title}`;
    if (!newTitle) return null;
    paragraphs[c.pi] = splice(text, c.m.titleStart!, c.m.titleEnd!, newTitle);
    return { paragraphs, facts, target: { paragraph: c.pi, start: c.m.titleStart!, end: c.m.titleStart! + newTitle.length }, note: `${title} -> ${newTitle}` };
  }
  const toks = c.m.name.split(' ');
  const k = toks.findIndex((t) => t.length >= 5);
  if (k < 0) return null;
  const t = toks[k]!;
  toks[k] = t.slice(0, 2) + t.slice(3); // drop the third letter
  const misspelled = toks.join(' ');
  paragraphs[c.pi] = splice(text, c.m.nameStart, c.m.nameEnd, misspelled);
  return { paragraphs, facts, target: { paragraph: c.pi, start: c.m.nameStart, end: c.m.nameStart + misspelled.length }, note: `${c.m.name} -> ${misspelled}` };
};

export const INJECTORS: Record<string, Injector> = {
  'weekday-mismatch': injectWeekday,
  'number-mismatch': injectNumber,
  'name-variant': injectName,
  'quote-mismatch': injectQuoteMismatch,
  'quote-unattributed': injectQuoteUnattributed,
  'quote-unbalanced': injectQuoteUnbalanced,
  arithmetic: injectArithmetic,
  'claim-needs-source': injectClaim,
  'fact-conflict': injectFactConflict,
};
