/**
 * Numbers as Indonesian and English news write them.
 *
 * Why by hand: Intl can format but not parse, and newsroom text mixes conventions. Indonesian
 * uses a decimal comma and dot thousands ("96,45", "1.500", "Rp 2,3 triliun"); English the
 * reverse ("1,200", "12.5%", "3.4 million", "$1.13bn"). "10.30 WIB" is a time, not 10.3, and
 * must never be compared with figures. Spelled-out numbers ("dua ratus", "twenty-five") count
 * too, because a story may write a figure in words once and in digits later.
 */
import type { ArticleLanguage } from '../../model/finding.js';

export type NumberKind = 'number' | 'percent' | 'currency' | 'time' | 'year';

export interface NumberMention {
  start: number;
  end: number;
  /** the text as written (from start to end) */
  raw: string;
  /** numeric value with the scale applied ("1,5 juta" -> 1500000); for times hours*60+minutes */
  value: number;
  kind: NumberKind;
  /** ISO-ish currency code when kind is 'currency' (IDR, USD, GBP, EUR) */
  currency?: string;
  /** 'pp' for percentage points */
  percentPoints?: boolean;
  /** written in words */
  spelled?: boolean;
  /** significant decimals as written (for rounding tolerance in arithmetic) */
  decimals: number;
  /** the scale multiplier written after it (1 when none) */
  scale: number;
}

const ID_SCALES: Record<string, number> = {
  ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilun: 1e12,
};
const EN_SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, k: 1e3, m: 1e6,
};

const ALL_SCALES: Record<string, number> = { ...EN_SCALES, ...ID_SCALES };

const CURRENCY_PREFIX: Array<[RegExp, string]> = [
  [/(?:US\$\s?|USD\s?)$/, 'USD'],
  [/(?:Rp\.?\s?|IDR\s?)$/, 'IDR'],
  [/\$$/, 'USD'],
  [/£$/, 'GBP'],
  [/€$/, 'EUR'],
  [/(?:EUR\s?)$/, 'EUR'],
  [/(?:GBP\s?)$/, 'GBP'],
];
const CURRENCY_SUFFIX: Array<[RegExp, string]> = [
  [/^\s?(?:rupiah)\b/i, 'IDR'],
  [/^\s?(?:dolar(?:\s+AS)?|dollars?|USD)\b/i, 'USD'],
  [/^\s?(?:pounds?|poundsterling|pound sterling)\b/i, 'GBP'],
  [/^\s?(?:euros?)\b/i, 'EUR'],
];

const PERCENT_SUFFIX = /^\s?(?:%|persen\b|per\s?cent\b|percent\b)/i;
const POINTS_SUFFIX = /^\s?(?:percentage points?\b|poin persen\b|basis (?:points?|poin)\b|bps\b)/i;
const TIME_ZONE_SUFFIX = /^\s?(?:WIB|WITA|WIT|GMT|BST|UTC|am\b|pm\b|a\.m\.|p\.m\.)/;
const TIME_PREFIX = /(?:pukul|jam|pkl\.?|at)\s$/i;

/** parse digits with separators in the story's convention; null when not a well-formed figure */
export function parseDigits(s: string, lang: ArticleLanguage): { value: number; decimals: number } | null {
  if (lang === 'id') {
    let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s);
    if (m) return { value: Number(m[1]!.replace(/\./g, '') + (m[2] ? '.' + m[2] : '')), decimals: m[2]?.length ?? 0 };
    m = /^(\d+)(?:,(\d+))?$/.exec(s);
    if (m) return { value: Number(m[1]! + (m[2] ? '.' + m[2] : '')), decimals: m[2]?.length ?? 0 };
    // some Indonesian copy (and wire copy) writes a decimal point: "1.5 juta"
    m = /^(\d+)\.(\d{1,2}|\d{4,})$/.exec(s);
    if (m) return { value: Number(s), decimals: m[2]!.length };
    return null;
  }
  // (and the lakh and crore grouping of Indian copy: "14,06,711 people", "₹1,25,000")
  let m = /^(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3})(?:\.(\d+))?$/.exec(s);
  if (m) return { value: Number(m[1]!.replace(/,/g, '') + (m[2] ? '.' + m[2] : '')), decimals: m[2]?.length ?? 0 };
  m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (m) return { value: Number(s), decimals: m[2]?.length ?? 0 };
  return null;
}

// ---- spelled-out numbers -------------------------------------------------------------

const ID_UNITS: Record<string, number> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};
const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Value of a run of number words (lowercase, split on spaces/hyphens), or null.
 * Indonesian: "dua ratus lima puluh tiga", "sebelas", "tiga belas", "seratus", "seribu".
 * English: "two hundred and fifty-three", "a hundred", "nineteen".
 */
export function spelledValue(words: string[], lang: ArticleLanguage): number | null {
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let any = false;
  if (lang === 'id') {
    for (const w of words) {
      if (w in ID_UNITS) { if (current % 10 !== 0 && any && current !== 0) return null; current += ID_UNITS[w]!; any = true; }
      else if (w === 'sepuluh') { current += 10; any = true; }
      else if (w === 'sebelas') { current += 11; any = true; }
      else if (w === 'seratus') { current += 100; any = true; }
      else if (w === 'seribu') { total += 1000; any = true; }
      else if (w === 'belas') { if (current < 1 || current > 9) return null; current += 10; }
      else if (w === 'puluh') { const u = current % 10; if (u < 1) return null; current = current - u + u * 10; }
      else if (w === 'ratus') { const u = current % 10; if (u < 1 || current >= 10) return null; current = u * 100; }
      else if (w === 'ribu') { if (current < 1) return null; total += current * 1000; current = 0; }
      else return null;
    }
    return any ? total + current : null;
  }
  for (const w of words) {
    if (w === 'and') continue;
    if (w === 'a' && !any) { current = 1; any = true; continue; }
    if (w in EN_UNITS) { current += EN_UNITS[w]!; any = true; }
    else if (w in EN_TENS) { current += EN_TENS[w]!; any = true; }
    else if (w === 'hundred') { if (current < 1) return null; current *= 100; }
    else if (w === 'thousand') { if (current < 1) return null; total += current * 1000; current = 0; }
    else return null;
  }
  return any ? total + current : null;
}

const ID_W = 'nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|belas|puluh|ratus|ribu';
const EN_W = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand';
const ID_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ID_W})(?:\\s+(?:${ID_W}))*(?![\\p{L}\\p{N}])`, 'giu');
// "a hundred", "two hundred and five", "twenty-one"
const EN_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${EN_W}|a(?=\\s+(?:hundred|thousand)\\b))(?:(?:\\s+|-)(?:${EN_W}|and(?=\\s+(?:${EN_W})\\b)))*(?![\\p{L}\\p{N}-])`, 'giu');

// ---- scanner ---------------------------------------------------------------------------

const DIGITS = /\d+(?:[.,]\d+)*/g;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/**
 * Every number mention in a text, in order. `skip` ranges (dates already read) are left out.
 */
export function findNumbers(text: string, lang: ArticleLanguage, skip: Array<{ start: number; end: number }> = []): NumberMention[] {
  const out: NumberMention[] = [];
  const skipped = (a: number, b: number): boolean => skip.some((r) => a < r.end && b > r.start);
  DIGITS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGITS.exec(text))) {
    let raw = m[0];
    let start = m.index;
    let end = start + raw.length;
    if (isWordChar(text[start - 1]) && !/[$£€]/.test(text[start - 1]!)) {
      // part of a word like "G20" or "COVID-19"? letters directly before a digit: not a figure
      // ... except a currency code written without its space ("Rp21,2 triliun", "USD900 juta")
      if (/\p{L}/u.test(text[start - 1]!) && !/(?:Rp|(?:^|[^\p{L}])(?:USD|IDR|EUR|GBP))$/u.test(text.slice(Math.max(0, start - 4), start))) continue;
    }
    if (skipped(start, end)) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    // time: 10.30 WIB, pukul 10.30, 10:30
    if (/^\d{1,2}[.:]\d{2}$/.test(raw) || (text[end] === ':' && /^:\d{2}/.test(text.slice(end)))) {
      let tEnd = end;
      let tRaw = raw;
      if (text[end] === ':' && /^\d{1,2}$/.test(raw)) {
        tEnd = end + 3;
        tRaw = text.slice(start, tEnd);
      }
      const hm = /^(\d{1,2})[.:](\d{2})$/.exec(tRaw);
      if (hm && (TIME_ZONE_SUFFIX.test(text.slice(tEnd, tEnd + 6)) || TIME_PREFIX.test(before) || tRaw.includes(':'))) {
        const h = Number(hm[1]);
        const min = Number(hm[2]);
        if (h < 24 && min < 60) {
          const z = /^\s?(WIB|WITA|WIT|GMT|BST|UTC|am|pm|a\.m\.|p\.m\.)/.exec(text.slice(tEnd, tEnd + 6));
          const zEnd = z ? tEnd + z[0].length : tEnd;
          out.push({ start, end: zEnd, raw: text.slice(start, zEnd), value: h * 60 + min, kind: 'time', decimals: 0, scale: 1 });
          DIGITS.lastIndex = zEnd;
          continue;
        }
      }
    }
    // English list commas: "1,5 and 7" -> only 3-digit groups belong to the figure
    let parsed = parseDigits(raw, lang);
    // ... but a group of one or two digits before a scale or a percent sign is a decimal comma,
    // English copy from decimal-comma countries ("a $1,8 billion budget", "65,35%"): no list
    // puts "billion" after its second item
    if (!parsed && lang === 'en' && /^\d{1,3},\d{1,2}$/.test(raw) && /^\s?(?:(?:billion|million|trillion|bn|m|per ?cent)\b|%)/i.test(text.slice(end, end + 10))) {
      parsed = { value: Number(raw.replace(',', '.')), decimals: raw.length - raw.indexOf(',') - 1 };
    }
    if (!parsed) {
      // trim trailing separator groups until it parses ("1,200,5" is garbage, take "1,200")
      let r = raw;
      while (!parsed && /[.,]\d+$/.test(r)) {
        r = r.replace(/[.,]\d+$/, '');
        parsed = parseDigits(r, lang);
      }
      if (!parsed) continue;
      raw = r;
      end = start + r.length;
      DIGITS.lastIndex = end;
    }
    let kind: NumberKind = 'number';
    let currency: string | undefined;
    let scale = 1;
    for (const [re, code] of CURRENCY_PREFIX) {
      const cm = re.exec(before);
      if (cm) {
        currency = code;
        kind = 'currency';
        start -= cm[0].length;
        break;
      }
    }
    // thousands grouped by spaces after a currency sign ("US$548 195 000", the SI style of
    // southern and eastern African papers) are one amount, not three figures
    if (currency && /^\d{1,3}$/.test(raw)) {
      const groups = /^(?: \d{3})+(?![\d.,]?\d)/.exec(text.slice(end));
      if (groups) {
        raw += groups[0];
        end += groups[0].length;
        parsed = { ...parsed, value: Number(raw.replace(/ /g, '')) };
        DIGITS.lastIndex = end;
      }
    }
    let value = parsed.value;
    // scale word: "1,5 juta", "3.4 million", "$1.13bn", "£600m"
    const scales = lang === 'id' ? ID_SCALES : EN_SCALES;
    const sm = /^(\s?)([A-Za-z]+)\b/.exec(text.slice(end, end + 12));
    // Indonesian headlines abbreviate after a currency: "Rp 129 T" (triliun), "Rp 90 M" (miliar)
    if (sm && lang === 'id' && currency && (sm[2] === 'T' || sm[2] === 'M')) {
      scale = sm[2] === 'T' ? 1e12 : 1e9;
      value *= scale;
      end += sm[0].length;
    } else if (sm) {
      const w = sm[2]!.toLowerCase();
      const attachedOnly = w === 'bn' || w === 'm' || w === 'k' || w === 'tn' || w === 'mln';
      const sc = scales[w] ?? (ALL_SCALES[w] !== undefined && w.length > 2 ? ALL_SCALES[w] : undefined);
      if (sc !== undefined && (!attachedOnly || (sm[1] === '' && (w !== 'm' || currency)))) {
        scale = sc;
        value *= sc;
        end += sm[0].length;
      }
    }
    const rest = text.slice(end, end + 24);
    let percentPoints: boolean | undefined;
    const pts = POINTS_SUFFIX.exec(rest);
    const pct = PERCENT_SUFFIX.exec(rest);
    let decimals = parsed.decimals;
    if (pts) {
      kind = 'percent';
      percentPoints = true;
      end += pts[0].length;
      // a basis point is a hundredth of a percentage point: "25 basis points" is 0.25 points,
      // what "from 4.50% to 4.75%" makes, not 25
      if (/^\s?b(?:asis|ps)/i.test(pts[0])) {
        value /= 100;
        decimals += 2;
      }
    } else if (pct) {
      kind = 'percent';
      end += pct[0].length;
    } else if (!currency) {
      for (const [re, code] of CURRENCY_SUFFIX) {
        const cm = re.exec(rest);
        if (cm) {
          currency = code;
          kind = 'currency';
          end += cm[0].length;
          break;
        }
      }
    }
    if (kind === 'number' && scale === 1 && parsed.decimals === 0 && /^(1[89]|20)\d\d$/.test(raw)) kind = 'year';
    // a year cut to its last two digits after an apostrophe, where no word follows ("Festivals
    // '24: Tomorrowland ...", "Class of ’09")
    if (kind === 'number' && scale === 1 && /^\d\d$/.test(raw) && /(?:^|\s)['’‘]$/u.test(text.slice(Math.max(0, start - 2), start)) && !/^\s*\p{L}/u.test(text.slice(end))) kind = 'year';
    const mention: NumberMention = { start, end, raw: text.slice(start, end), value, kind, decimals, scale };
    if (currency) mention.currency = currency;
    if (percentPoints) mention.percentPoints = true;
    out.push(mention);
    DIGITS.lastIndex = Math.max(DIGITS.lastIndex, end);
  }
  // spelled-out numbers: runs of number words, found by one native regex pass
  const runRe = lang === 'id' ? ID_RUN : EN_RUN;
  runRe.lastIndex = 0;
  while ((m = runRe.exec(text))) {
    const s = m.index;
    let e = s + m[0].length;
    const words = m[0].toLowerCase().split(/[\s-]+/).filter(Boolean);
    while (words.length && (words[words.length - 1] === 'and' || words[words.length - 1] === 'a')) words.pop();
    const v = spelledValue(words, lang);
    if (v === null || skipped(s, e)) continue;
    let value = v;
    let kind: NumberKind = 'number';
    let scale = 1;
    const sm = /^\s([A-Za-z]+)\b/.exec(text.slice(e, e + 12));
    const sc = sm ? (lang === 'id' ? ID_SCALES : EN_SCALES)[sm[1]!.toLowerCase()] : undefined;
    if (sm && sc !== undefined && sc >= 1e6) {
      value *= sc;
      scale = sc;
      e += sm[0].length;
    }
    const pct = PERCENT_SUFFIX.exec(text.slice(e, e + 12));
    if (pct) {
      kind = 'percent';
      e += pct[0].length;
    }
    out.push({ start: s, end: e, raw: text.slice(s, e), value, kind, spelled: true, decimals: 0, scale });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** how a number is shown back in messages (as written, trimmed) */
export function showNumber(n: NumberMention): string {
  return n.raw.trim();
}
