/**
 * Errors planted in clean articles to measure each rule's recall (issue 12).
 *
 * Written WITHOUT looking at how the checker finds things, and importing nothing from
 * shared/analysis (a test checks this): plain regular expressions over the text choose where an
 * error goes, in the forms real copy takes. When the injections were chosen with the checker's
 * own extraction code, recall measured only whether the checker agrees with itself.
 */
import { createHash } from 'node:crypto';
import type { EvalArticle } from './corpus.js';
import { rng } from '../helpers/corpus.js';

export type InjectedRule =
  | 'name-variant'
  | 'number-mismatch'
  | 'arithmetic'
  | 'quote-mismatch'
  | 'quote-unattributed'
  | 'quote-unbalanced'
  | 'weekday-mismatch'
  | 'date-invalid'
  | 'duplicate-paragraph'
  | 'claim-needs-source';

export interface Injection {
  rule: InjectedRule;
  /** what was done, for reading a missed case */
  kind: string;
  paragraphs: string[];
  /** the paragraph(s) a finding must cover (either end of a pair counts) */
  at: number[];
  token: string;
}

export type Rng = () => number;

/** a seeded generator per text seed (the helpers' mulberry32 on the seed's hash) */
export function rngFor(seed: string): Rng {
  return rng(parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16));
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replaceAt(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

// ---------------------------------------------------------------- names

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'sqwz', b: 'vghn', c: 'xdfv', d: 'sefc', e: 'wrd', f: 'dgrv', g: 'fhtb', h: 'gjyn', i: 'uok', j: 'hkum', k: 'jlim', l: 'kop', m: 'njk',
  n: 'bmhj', o: 'ipl', p: 'ol', q: 'wa', r: 'etf', s: 'adwx', t: 'ryg', u: 'yij', v: 'cfb', w: 'qes', x: 'zsc', y: 'tuh', z: 'xa',
};

/** one typo as hands make them: two letters swapped, one dropped, one doubled, a neighbour key hit */
export function typo(word: string, rng: Rng): string {
  const kind = int(rng, 0, 3);
  const i = int(rng, 0, word.length - 2);
  const chars = [...word];
  const keepCase = (orig: string, c: string) => (orig === orig.toUpperCase() ? c.toUpperCase() : c.toLowerCase());
  if (kind === 0) {
    // transposition: the case stays with the position ("Widodo" -> "iWdodo" is no typo anyone makes)
    const a = chars[i]!;
    const b = chars[i + 1]!;
    chars[i] = keepCase(a, b);
    chars[i + 1] = keepCase(b, a);
  } else if (kind === 1) {
    if (word.length < 5) return typo(word, rng);
    chars.splice(i + 1, 1);
  } else if (kind === 2) {
    // a doubled letter inside the word ("Baank"); a doubled capital at the start is no slip anyone makes
    const k = Math.max(1, i);
    chars.splice(k, 0, chars[k]!);
  }
  else {
    const lower = chars[i]!.toLowerCase();
    const near = KEY_NEIGHBOURS[lower];
    if (!near) return typo(word, rng);
    chars[i] = keepCase(chars[i]!, pick(rng, [...near]));
  }
  return chars.join('');
}

const CAP_RUN = /\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){1,2}\b/g;

function injectName(a: EvalArticle, rng: Rng): Injection | null {
  const text = a.paragraphs.join('\n');
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  // candidates: the last word of a run of capitalised words (a name, a place, an organisation)
  // that the story uses again later
  const names = new Set<string>();
  for (const m of text.matchAll(CAP_RUN)) {
    const last = m[0].split(/\s+/).at(-1)!;
    if (last.length >= 4) names.add(last);
  }
  const candidates = [...names].filter((n) => (text.match(new RegExp(`\\b${escape(n)}\\b`, 'g')) ?? []).length >= 2).sort();
  if (!candidates.length) return null;
  const name = pick(rng, candidates);
  const hits: Array<{ p: number; index: number }> = [];
  a.paragraphs.forEach((para, p) => {
    for (const m of para.matchAll(new RegExp(`\\b${escape(name)}\\b`, 'g'))) hits.push({ p, index: m.index });
  });
  const target = pick(rng, hits.slice(1));
  let bad = '';
  for (let tries = 0; tries < 10 && (!bad || bad === name || words.has(bad.toLowerCase())); tries++) bad = typo(name, rng);
  if (!bad || bad === name || words.has(bad.toLowerCase())) return null;
  const paragraphs = [...a.paragraphs];
  paragraphs[target.p] = replaceAt(paragraphs[target.p]!, target.index, target.index + name.length, bad);
  return { rule: 'name-variant', kind: `${name} -> ${bad}`, paragraphs, at: [target.p], token: bad };
}

// ---------------------------------------------------------------- numbers

const UNIT_ID = 'persen|orang|juta|miliar|triliun|ribu|kilometer|km|ton|hektare|unit|rumah|warga|siswa|korban|kasus|tahun|hari|kali';
const UNIT_EN = 'per cent|percent|people|million|billion|thousand|miles|kilometres|tonnes|homes|jobs|cases|years|days|times|votes|seats';
const FIGURE = (lang: 'en' | 'id') => new RegExp(`(?<![\\d.,/])(\\d{2,}(?:[.,]\\d+)?)\\s+(${lang === 'id' ? UNIT_ID : UNIT_EN})\\b`, 'gi');

function changeDigits(n: string, rng: Rng): string {
  const digits = [...n].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const chars = [...n];
  // swap two neighbouring different digits when there are some, else change one digit
  const pairs = digits.filter((i, k) => k + 1 < digits.length && digits[k + 1] === i + 1 && chars[i] !== chars[i + 1]);
  if (pairs.length && rng() < 0.5) {
    const i = pick(rng, pairs);
    [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  } else {
    const i = pick(rng, digits);
    const d = Number(chars[i]);
    chars[i] = String((d + int(rng, 1, 8)) % 10);
    if (i === 0 && chars[i] === '0') chars[i] = '9';
  }
  return chars.join('');
}

function injectNumber(a: EvalArticle, rng: Rng): Injection | null {
  const figures: Array<{ p: number; index: number; value: string; unit: string; sentence: string; restate: (changed: string) => string }> = [];
  a.paragraphs.forEach((para, p) => {
    for (const m of para.matchAll(FIGURE(a.language))) {
      const before = para.lastIndexOf('. ', m.index) + 1;
      const after = para.indexOf('. ', m.index);
      const end = after < 0 ? para.length : after + 1;
      // the figure changed where it stands: replacing its first occurrence in the sentence could
      // hit another number that contains it ("200" inside "2004")
      const restate = (changed: string) => (para.slice(before, m.index) + changed + para.slice(m.index + m[1]!.length, end)).trim();
      figures.push({ p, index: m.index, value: m[1]!, unit: m[2]!.toLowerCase(), sentence: para.slice(before, end).trim(), restate });
    }
  });
  if (!figures.length) return null;
  const key = (f: (typeof figures)[number]) => `${f.value}|${f.unit}`;
  const repeated = figures.filter((f, i) => figures.findIndex((g) => key(g) === key(f)) < i);
  const paragraphs = [...a.paragraphs];
  if (repeated.length && rng() < 0.5) {
    // a figure the story gives twice, mistyped the second time
    const f = pick(rng, repeated);
    const changed = changeDigits(f.value, rng);
    if (changed === f.value) return null;
    paragraphs[f.p] = replaceAt(paragraphs[f.p]!, f.index, f.index + f.value.length, changed);
    return { rule: 'number-mismatch', kind: `restated ${f.value} ${f.unit} -> ${changed}`, paragraphs, at: [f.p, ...figures.filter((g) => key(g) === key(f) && g.p !== f.p).map((g) => g.p)], token: changed };
  }
  // the story's figure restated later, in a closing paragraph, with another value
  const f = pick(rng, figures.filter((g) => g.sentence.length >= 40 && g.sentence.length <= 300));
  if (!f) return null;
  const changed = changeDigits(f.value, rng);
  if (changed === f.value) return null;
  const restated = f.restate(changed);
  paragraphs.push(restated);
  return { rule: 'number-mismatch', kind: `restatement ${f.value} -> ${changed}`, paragraphs, at: [paragraphs.length - 1, f.p], token: changed };
}

const fmt = (n: number, lang: 'en' | 'id') => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');

function injectArithmetic(a: EvalArticle, rng: Rng): Injection | null {
  const paragraphs = [...a.paragraphs];
  const at = int(rng, 1, paragraphs.length);
  let sentence: string;
  let kind: string;
  if (rng() < 0.5) {
    const from = int(rng, 12, 480) * 10;
    const pct = int(rng, 5, 60);
    const to = Math.round(from * (1 + pct / 100));
    // a stated change that is off by 6-20 points, never below 1%
    const off = int(rng, 6, 20);
    const stated = pct - off >= 1 && rng() < 0.5 ? pct - off : pct + off;
    sentence =
      a.language === 'id'
        ? `${pick(rng, ['Jumlah peserta', 'Jumlah pengunjung', 'Jumlah pendaftar', 'Jumlah penumpang'])} naik dari ${fmt(from, 'id')} orang menjadi ${fmt(to, 'id')} orang, atau ${stated} persen.`
        : `${pick(rng, ['The number of visitors', 'The number of applicants', 'Passenger numbers', 'The number of members'])} rose from ${fmt(from, 'en')} to ${fmt(to, 'en')}, an increase of ${stated}%.`;
    kind = `change ${from}->${to} stated ${stated}%`;
  } else {
    const x = int(rng, 4, 60);
    const y = int(rng, 4, 60);
    const total = x + y + pick(rng, [-1, 1]) * int(rng, 2, 9);
    sentence =
      a.language === 'id'
        ? `Total ${total} korban dirawat, terdiri atas ${x} korban luka berat dan ${y} korban luka ringan.`
        : `In total ${total} people were treated: ${x} with serious injuries and ${y} with minor ones.`;
    kind = `total ${total} of ${x}+${y}`;
  }
  paragraphs.splice(at, 0, sentence);
  return { rule: 'arithmetic', kind, paragraphs, at: [at], token: sentence };
}

// ---------------------------------------------------------------- quotes

/**
 * A quotation as a reader sees one: the opening mark at the start or after a space, colon or
 * bracket and before a word, the closing mark before a space, punctuation or the end. In a
 * paragraph with an odd number of straight marks (several web paragraphs merged into one line)
 * marks cannot be paired by shape alone, and it is left out.
 */
const QUOTE = /(?<=^|[\s(:])["“](?=[\p{L}\p{N}])([^"“”]{25,400})["”](?=$|[\s,.;:!?)])/gu;
const SAY_ID = /\b(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|tambah)(?:nya)?\b\s*([A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})?/u;
const SAY_EN = /\b(?:said|says|told|added)\b\s*([A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})?|([A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,2})\s+(?:said|says|added)\b/u;

function injectQuoteChange(a: EvalArticle, rng: Rng): Injection | null {
  const quotes: Array<{ p: number; body: string; speaker: string }> = [];
  a.paragraphs.forEach((para, p) => {
    if ((para.match(/"/g)?.length ?? 0) % 2 === 1) return;
    for (const m of para.matchAll(QUOTE)) {
      const body = m[1]!.trim().replace(/[,.]$/, '');
      if (body.split(/\s+/).length < 6) continue;
      const after = para.slice(m.index + m[0].length);
      const say = (a.language === 'id' ? SAY_ID : SAY_EN).exec(after) ?? (a.language === 'id' ? SAY_ID : SAY_EN).exec(para);
      if (!say) continue;
      quotes.push({ p, body, speaker: (say[1] ?? say[2] ?? '').trim() });
    }
  });
  if (!quotes.length) return null;
  const q = pick(rng, quotes);
  const words = q.body.split(/\s+/);
  const slots = words.map((w, i) => (i > 0 && /^\p{Ll}{4,}$/u.test(w) ? i : -1)).filter((i) => i >= 0);
  if (!slots.length) return null;
  const i = pick(rng, slots);
  const pool = [...new Set(a.paragraphs.join(' ').match(/\b\p{Ll}{4,}\b/gu) ?? [])].filter((w) => w !== words[i]);
  if (!pool.length) return null;
  const replaced = pick(rng, pool);
  const changed = [...words.slice(0, i), replaced, ...words.slice(i + 1)].join(' ');
  const who = q.speaker || (a.language === 'id' ? 'dia' : 'he');
  const restated = a.language === 'id' ? `"${changed}," kata ${who}.` : `"${changed}," ${who} said.`;
  const paragraphs = [...a.paragraphs, restated];
  return { rule: 'quote-mismatch', kind: `${words[i]} -> ${replaced}`, paragraphs, at: [paragraphs.length - 1, q.p], token: replaced };
}

const ATTRIBUTED_ID = /^(["“][^"“”]{20,}[,.!?]?["”])\s*,?\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|tambah)(?:nya)?\b[^"“”]*$/u;
const ATTRIBUTED_EN = /^(["“][^"“”]{20,}[,.!?]?["”])\s*,?\s*(?:(?:said|says|added|told)\b[^"“”]*|[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+){0,3}\s+(?:said|says|added)\b[^"“”]*)$/u;

/**
 * Words by which a paragraph names someone speaking, stating or judging. A quote standing after
 * or before such a paragraph is that speaker's by the ordinary convention of news copy ("Made
 * menyebut ..." / "Menurutnya, ..." then the quote), so removing its own attribution there makes
 * no error; the planted error needs neighbours that name nobody speaking. Indonesian verbs come
 * with their prefixes and suffixes (menyebut, menyebutkan, disebutkan, menurutnya).
 */
const SPEAKING_EN = /\b(?:said|says|told|tells|added|adds|according|explained|explains|asked|wrote|writes|stated|states|warned|warns|argued|argues|insisted|insists|believes|believed|thinks|claimed|claims|admitted|admits|denied|denies|confirmed|announced|urged|described|noted|recalled)\b/iu;
const SPEAKING_ID = new RegExp(
  `(?<![\\p{L}-])(?:${[
    // bare verbs as attributions take them: "kata Made", "ujarnya"
    'kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|tambah|lanjut|sebut|terang|papar|pungkas|sambung|tulis|tanya|jawab|beber|klaim|tandas|kenang|cerita|keluh|urai|bilang|aku|menurut',
    // prefixed forms, written out: meN- drops or nasalises the first letter (kata -> mengatakan)
    'mengatakan|menyatakan|dinyatakan|menyebut|menyebutkan|disebutkan|menjelaskan|dijelaskan|mengungkapkan|diungkapkan|mengungkap|menegaskan|ditegaskan',
    'menambahkan|menuturkan|dituturkan|memastikan|dipastikan|menyoroti|mengaku|mengakui|diakui|menilai|dinilai|menerangkan|memaparkan|dipaparkan|membeberkan',
    'menekankan|mengingatkan|meminta|diminta|berharap|mengharapkan|bercerita|menceritakan|mengeluhkan|mengklaim|membantah|membenarkan|dibenarkan|mengonfirmasi',
    'dikonfirmasi|menanggapi|mengimbau|menduga|meyakini|menganggap|menyampaikan|disampaikan|mengumumkan|diumumkan|melaporkan|dilaporkan|mencatat|mengucapkan',
    'menyinggung|berkata|berujar|bertanya|menanyakan|menjawab|mengutip|dikutip|melansir|dilansir|menyadari|memahami|mengusulkan|mendesak|mengajak|menganjurkan',
  ].join('|')})(?:nya)?(?![\\p{L}-])`,
  'iu',
);
/** a line of page junk between paragraphs ("Baca Juga", "Advertisement"): a reader skips it */
const junkLine = (t: string) => {
  const s = t.trim();
  return (s.split(/\s+/).length < 6 && !/[.!?"”]$/.test(s)) || (s === s.toUpperCase() && /\p{Lu}{3}/u.test(s));
};
/** a paragraph about a person ("Ia belum ...", "She was ..."): the quote beside it is theirs by convention */
const PERSON_SUBJECT = /(?:^|[.;]\s+|,\s*)(?:ia|dia|beliau|he|she)\s+\p{L}/iu;

function namesSpeaker(t: string, language: EvalArticle['language']): boolean {
  return (language === 'en' ? SPEAKING_EN : SPEAKING_ID).test(t) || PERSON_SUBJECT.test(t);
}

function injectUnattributed(a: EvalArticle, rng: Rng): Injection | null {
  const re = a.language === 'id' ? ATTRIBUTED_ID : ATTRIBUTED_EN;
  /** the paragraph a reader takes as the neighbour in direction `step`, past junk lines */
  const neighbour = (p: number, step: number) => {
    let i = p + step;
    while (i >= 0 && i < a.paragraphs.length && junkLine(a.paragraphs[i]!)) i += step;
    return a.paragraphs[i];
  };
  const quiet = (t: string | undefined) => t === undefined || (!/["“”:]\s*$/.test(t) && !/["“”]/.test(t) && !namesSpeaker(t, a.language));
  const spots = a.paragraphs
    .map((para, p) => ({ p, m: re.exec(para) }))
    .filter(({ p, m }) => m && p > 0 && quiet(neighbour(p, -1)) && quiet(neighbour(p, 1)));
  if (!spots.length) return null;
  const { p, m } = pick(rng, spots);
  const quote = m![1]!.replace(/,(["”])$/, '.$1');
  const paragraphs = [...a.paragraphs];
  paragraphs[p] = quote;
  return { rule: 'quote-unattributed', kind: 'attribution removed', paragraphs, at: [p], token: quote };
}

function injectUnbalanced(a: EvalArticle, rng: Rng): Injection | null {
  const spots = a.paragraphs.map((para, p) => ({ p, marks: [...para.matchAll(/["“”]/g)] })).filter(({ marks }) => marks.length === 2);
  if (!spots.length) return null;
  const { p, marks } = pick(rng, spots);
  const close = marks[1]!;
  const paragraphs = [...a.paragraphs];
  paragraphs[p] = replaceAt(paragraphs[p]!, close.index, close.index + 1, '');
  return { rule: 'quote-unbalanced', kind: 'closing mark removed', paragraphs, at: [p], token: '"' };
}

// ---------------------------------------------------------------- dates

const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface DatedDay {
  p: number;
  dayStart: number;
  day: string;
  /** the date part: where and what, to make it impossible */
  dateStart: number;
  dateText: string;
  y: number;
  m: number;
  d: number;
  numeric: boolean;
}

function datedDays(a: EvalArticle): DatedDay[] {
  const out: DatedDay[] = [];
  const year = a.date ? Number(a.date.slice(0, 4)) : undefined;
  a.paragraphs.forEach((para, p) => {
    if (a.language === 'id') {
      for (const m of para.matchAll(new RegExp(`\\b(${DAYS_ID.join('|')})\\s*\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\)`, 'g'))) {
        const y = m[4] ? (m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : year;
        if (!y) continue;
        const dateStart = m.index + m[0].indexOf('(') + 1;
        out.push({ p, dayStart: m.index, day: m[1]!, dateStart, dateText: m[0].slice(m[0].indexOf('(') + 1, -1), y, m: Number(m[3]), d: Number(m[2]), numeric: true });
      }
      for (const m of para.matchAll(new RegExp(`\\b(${DAYS_ID.join('|')}),?\\s+(?:tanggal\\s+)?(\\d{1,2})\\s+(${MONTHS_ID.join('|')})\\s+(\\d{4})`, 'g'))) {
        const dateStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
        out.push({ p, dayStart: m.index, day: m[1]!, dateStart, dateText: m[0].slice(dateStart - m.index), y: Number(m[4]), m: MONTHS_ID.indexOf(m[3]!) + 1, d: Number(m[2]), numeric: false });
      }
    } else {
      for (const m of para.matchAll(new RegExp(`\\b(${DAYS_EN.join('|')}),?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS_EN.join('|')}),?\\s+(\\d{4})`, 'g'))) {
        const dateStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
        out.push({ p, dayStart: m.index, day: m[1]!, dateStart, dateText: m[0].slice(dateStart - m.index), y: Number(m[4]), m: MONTHS_EN.indexOf(m[3]!) + 1, d: Number(m[2]), numeric: false });
      }
      for (const m of para.matchAll(new RegExp(`\\b(${DAYS_EN.join('|')}),?\\s+(${MONTHS_EN.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'g'))) {
        const dateStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
        out.push({ p, dayStart: m.index, day: m[1]!, dateStart, dateText: m[0].slice(dateStart - m.index), y: Number(m[4]), m: MONTHS_EN.indexOf(m[2]!) + 1, d: Number(m[3]), numeric: false });
      }
    }
  });
  // only dates whose weekday is right as published: shifting a wrong one might make it right
  return out.filter((x) => {
    const dt = new Date(Date.UTC(x.y, x.m - 1, x.d));
    const names = a.language === 'id' ? DAYS_ID : DAYS_EN;
    return dt.getUTCMonth() === x.m - 1 && names[dt.getUTCDay()] === x.day;
  });
}

function injectWeekday(a: EvalArticle, rng: Rng): Injection | null {
  const spots = datedDays(a);
  if (!spots.length) return null;
  const s = pick(rng, spots);
  const names = a.language === 'id' ? DAYS_ID : DAYS_EN;
  const other = names[(names.indexOf(s.day) + int(rng, 1, 6)) % 7]!;
  const paragraphs = [...a.paragraphs];
  paragraphs[s.p] = replaceAt(paragraphs[s.p]!, s.dayStart, s.dayStart + s.day.length, other);
  return { rule: 'weekday-mismatch', kind: `${s.day} -> ${other} (${s.dateText})`, paragraphs, at: [s.p], token: other };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function injectInvalidDate(a: EvalArticle, rng: Rng): Injection | null {
  const spots = datedDays(a);
  if (!spots.length) return null;
  const s = pick(rng, spots);
  const months = a.language === 'id' ? MONTHS_ID : MONTHS_EN;
  const choice = int(rng, 0, 2);
  let d = s.d;
  let m = s.m;
  if (choice === 0) d = int(rng, 32, 39);
  else if (choice === 1) {
    // the 31st of a 30-day month, or the 29th-30th of February of a common year
    const thirty = [4, 6, 9, 11];
    if (!isLeap(s.y) && rng() < 0.4) [m, d] = [2, int(rng, 29, 30)];
    else [m, d] = [pick(rng, thirty), 31];
  } else if (s.numeric) m = int(rng, 13, 20);
  else d = int(rng, 32, 35);
  const text = s.numeric ? s.dateText.replace(/^\d{1,2}\/\d{1,2}/, `${d}/${m}`) : s.dateText.replace(/^\d{1,2}/, String(d)).replace(months[s.m - 1]!, months[m - 1] ?? months[s.m - 1]!);
  if (text === s.dateText) return null;
  const paragraphs = [...a.paragraphs];
  paragraphs[s.p] = replaceAt(paragraphs[s.p]!, s.dateStart, s.dateStart + s.dateText.length, text);
  return { rule: 'date-invalid', kind: `${s.dateText} -> ${text}`, paragraphs, at: [s.p], token: text };
}

// ---------------------------------------------------------------- duplicates and claims

function injectDuplicate(a: EvalArticle, rng: Rng): Injection | null {
  const long = a.paragraphs.map((p, i) => ({ p, i })).filter(({ p }) => p.split(/\s+/).length >= 25);
  if (!long.length) return null;
  const { p, i } = pick(rng, long);
  let copy = p;
  let kind = 'exact';
  if (rng() < 0.5) {
    const words = p.split(' ');
    const k = int(rng, 1, words.length - 2);
    words[k] = rng() < 0.5 ? words[k]!.toUpperCase() === words[k] ? words[k]! : `${words[k]}nya` : '';
    copy = words.filter(Boolean).join(' ');
    kind = 'one word changed';
  }
  const at = int(rng, i + 1, a.paragraphs.length);
  const paragraphs = [...a.paragraphs];
  paragraphs.splice(at, 0, copy);
  return { rule: 'duplicate-paragraph', kind, paragraphs, at: [at, i], token: copy.slice(0, 40) };
}

const CLAIM_ID = [
  (n: number) => `Angka pengangguran di provinsi itu kini mencapai ${n},${n % 10} persen, tertinggi dalam sepuluh tahun terakhir.`,
  (n: number) => `Sepanjang tahun lalu tercatat ${n * 37} kasus demam berdarah di wilayah tersebut, naik dua kali lipat dibanding tahun sebelumnya.`,
  (n: number) => `Harga beras di pasar tradisional naik ${n} persen sejak awal tahun.`,
  (n: number) => `Sekitar ${n} persen warga di kabupaten itu belum memiliki akses air bersih.`,
];
const CLAIM_EN = [
  (n: number) => `Unemployment in the region now stands at ${n}.${n % 10}%, the highest in a decade.`,
  (n: number) => `Some ${n * 41} cases were recorded last year, twice as many as the year before.`,
  (n: number) => `House prices in the town have risen by ${n}% since January.`,
  (n: number) => `About ${n}% of households in the area still have no broadband connection.`,
];

function injectClaim(a: EvalArticle, rng: Rng): Injection | null {
  const sentence = pick(rng, a.language === 'id' ? CLAIM_ID : CLAIM_EN)(int(rng, 11, 48));
  const paragraphs = [...a.paragraphs];
  const at = int(rng, 1, paragraphs.length);
  paragraphs.splice(at, 0, sentence);
  return { rule: 'claim-needs-source', kind: 'unsourced statistic', paragraphs, at: [at], token: sentence };
}

export const INJECTORS: Record<InjectedRule, (a: EvalArticle, rng: Rng) => Injection | null> = {
  'name-variant': injectName,
  'number-mismatch': injectNumber,
  arithmetic: injectArithmetic,
  'quote-mismatch': injectQuoteChange,
  'quote-unattributed': injectUnattributed,
  'quote-unbalanced': injectUnbalanced,
  'weekday-mismatch': injectWeekday,
  'date-invalid': injectInvalidDate,
  'duplicate-paragraph': injectDuplicate,
  'claim-needs-source': injectClaim,
};
