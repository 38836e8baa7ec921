/**
 * number-mismatch: the same statement given with different figures in one story.
 *
 * Why by context and not by "subject": two figures are the same statement when the words
 * around them match (four words each side inside the sentence, figures masked). That is what
 * a repeated or restated sentence looks like ("... kualitas tertinggi dengan nilai 96,14. Dinas
 * Pendidikan ..." twice), and it almost never holds for two different statements, so the rule
 * stays quiet on ordinary copy where many figures share a unit. The odd figure out (the one
 * given fewer times; the later one on a tie) carries the warning; related ranges point at the
 * other figures.
 */
import type { Finding, RelatedRange } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import type { NumberX, ParaX } from '../extract.js';
import { ev, tr, type RuleContext } from '../context.js';
import { nounAfter } from './figure-words.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../locale/dates.js';
import { furnitureOfCached } from '../../furniture.js';

interface Occ {
  p: number;
  n: NumberX;
}

function sameFigure(a: NumberX, b: NumberX): boolean {
  if (a.value === b.value) return true;
  // "1,5 juta" vs "1.500.000" are equal; tolerate float noise only
  return Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;
}

export function numberMismatch(ctx: RuleContext): Finding[] {
  const out = bodyNumberMismatch(ctx);
  out.push(...leadingZeroFigures(ctx));
  // a decree's number that the copied-sentence path already reported is not said twice
  const said = new Set(out.map((f) => `${f.paragraph}:${f.start}`));
  out.push(...decreeNumberMismatch(ctx).filter((f) => !said.has(`${f.paragraph}:${f.start}`)));
  for (const f of out) said.add(`${f.paragraph}:${f.start}`);
  out.push(...figureSlips(ctx).filter((f) => !said.has(`${f.paragraph}:${f.start}`)));
  for (const f of out) said.add(`${f.paragraph}:${f.start}`);
  out.push(...subjectAgeMismatch(ctx).filter((f) => !said.has(`${f.paragraph}:${f.start}`)));
  if (ctx.headline) out.push(...headlineNumberMismatch(ctx, ctx.headline.numbers, ctx.headline.text));
  return out;
}

/** a scoring play of American or Canadian football, as box scores write it */
const SCORING_PLAY = /\b\d{1,3}\s+(?:yd\s+|yard\s+)?(?:run|pass|fumble return|interception return|punt return|kickoff return|field goal|fg)\b.{0,60}\(\s*(?:[\p{L}. ]{1,30}\s+)?(?:kick|run|pass|rush)\s*(?:good|failed|blocked|no good)?\s*\)/iu;

const scoringPlays = new WeakMap<ParaX, boolean>();
/** the paragraph is a scoring play (kept per extraction: the pairs of a check ask about it again and again) */
function scoringPlay(p: ParaX): boolean {
  let yes = scoringPlays.get(p);
  if (yes === undefined) scoringPlays.set(p, (yes = SCORING_PLAY.test(p.text)));
  return yes;
}

/** Damerau-Levenshtein distance of two short digit strings, capped: only 0, 1 and "more" matter */
function digitEdits(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 1) return 2;
  if (a.length === b.length) {
    const diff = differingAt(a, b);
    return diff.length === 1 || swappedDigits(a, b) ? 1 : 2;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return 1;
  return 2;
}

const digitsOf = (raw: string) => raw.replace(/\D/g, '');

/** the words of a sentence, figures masked: what "the same statement" is compared on */
function statementWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => (/^\d/.test(w) ? '#' : w)));
}

/** days and months written in full ("may" is a verb and "minggu" a week as often as a day) */
const CALENDAR_WORDS = new Set([...WEEKDAY_NAMES.id, ...WEEKDAY_NAMES.en, ...MONTH_NAMES.id, ...MONTH_NAMES.en].map((w) => w.toLowerCase()).filter((w) => w !== 'may' && w !== 'minggu'));

/**
 * Each statement names a day or month the other does not ("Wednesday badge draw will be $700.
 * Friday badge draw will be $400."): a schedule's rows, two statements about two dates
 */
function otherDates(a: Set<string>, b: Set<string>): boolean {
  const only = (x: Set<string>, y: Set<string>) => [...x].some((w) => CALENDAR_WORDS.has(w) && !y.has(w));
  return only(a, b) && only(b, a);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / Math.max(1, a.size + b.size - both);
}

/**
 * A figure that names rather than measures: "Pasal 28", "ayat (3)", "Pixel 3", "Nomor 11", "RT 04".
 * Told by the capitalised label or the bracket right before it.
 */
function isIdentifier(text: string, n: NumberX): boolean {
  if (n.kind !== 'number' || n.scale !== 1 || n.decimals > 0) return false;
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  // a capitalised word inside the sentence (not its first word) labels what follows
  const label = /(\S?)\s+\p{Lu}[\p{L}.]*\s*$/u.exec(before);
  const labelled = label !== null && label[1] !== '' && !/[.!?:"“]/.test(label[1]!);
  // ("angka 3" numbers an item of a law; "Angka 170 kasus" opening a sentence is "the figure 170")
  return (labelled || /\(\s*$/.test(before) || /\b(?:ayat|pasal|nomor|no\.|huruf|tahap|jilid|seri|edisi|versi|section|article|clause|chapter|round|game|stage|leg|set)\s*\(?$/iu.test(before) || /\bangka\s*\(?$/u.test(before)) && !MEASURED_BY.test(text.slice(n.end, n.end + 12));
}

/** what a figure measures in when it follows: "Daihatsu 11.616 unit" counts cars, "Pixel 3" names a phone */
const MEASURED_BY = /^\s*(?:persen|%|orang|jiwa|juta|miliar|milyar|triliun|ribu|unit|km|kilometer|ton|kg|hektare|ha|per ?cent|percent|people|million|billion|thousand)\b/iu;

/** "Nomor 731 Tahun 2025", "No. 76 Tahun 2020": a decree, law or regulation numbered within its year */
function isDecreeNumber(text: string, n: NumberX): boolean {
  return decreeYear(text, n) !== undefined;
}

/** the year of a decree cited "Nomor N Tahun YYYY" ("2025"), undefined when `n` is no such number */
function decreeYear(text: string, n: NumberX): string | undefined {
  if (!/\b(?:nomor|no\.?)\s*$/iu.test(text.slice(Math.max(0, n.start - 8), n.start))) return undefined;
  return /^\s*(?:tahun|th\.?)\s*((?:19|20)\d\d)\b/iu.exec(text.slice(n.end, n.end + 14))?.[1];
}

/**
 * number-mismatch for a decree cited twice with its year and its title: "UU Nomor 17 Tahun 2016
 * tentang Perlindungan Anak" and later "Nomor 97 tahun 2016 tentang Perlindungan Anak". The year
 * and the first words of the title name one document; two numbers one keystroke apart for it are
 * a slip. Without the title two regulations of one year may well differ, so nothing is said.
 */
function decreeNumberMismatch(ctx: RuleContext): Finding[] {
  const cited = new Map<string, Array<{ p: number; n: NumberX; title: string }>>();
  ctx.paras.forEach((p, pi) => {
    for (const n of p.numbers) {
      if (n.kind !== 'number') continue;
      // "Nomor 11 Tahun 2024", and without "Nomor" when a title follows ("PP 28 Tahun 2024
      // tentang Kesehatan", or "UU No." left at the end of the paragraph before by a scraper)
      const m = /^\s*(?:tahun|th\.?)\s*((?:19|20)\d\d)\s+tentang\s+([^.;:()"“”]{0,200})/iu.exec(p.text.slice(n.end, n.end + 220));
      if (!m) continue;
      const title = m[2]!.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
      if (title.length < 3) continue;
      const key = `${m[1]}|${title.slice(0, 3).join(' ')}`;
      let list = cited.get(key);
      if (!list) cited.set(key, (list = []));
      list.push({ p: pi, n, title: title.slice(0, LONG_TITLE).join(' ') });
    }
  });
  const out: Finding[] = [];
  out.push(...decreeByIssuer(ctx));
  const said = new Set(out.map((f) => `${f.paragraph}:${f.start}`));
  for (const list of cited.values()) {
    const first = list[0]!;
    for (const o of list.slice(1)) {
      const a = digitsOf(first.n.raw);
      const b = digitsOf(o.n.raw);
      if (a === b) continue;
      // One keystroke apart under the same year and first words of the title is a slip. Further
      // apart, two decrees of one year may begin alike ("PP 5 and PP 6 of 2021 tentang
      // Penyelenggaraan Perizinan Berusaha ..."): only a long title written the same names one
      // document.
      // the titles agree as far as both go ("tentang ... Berusaha Berbasis Risiko" and "tentang
      // ... Berusaha di Daerah" are two documents)
      const [x, y] = [first.title.split(' '), o.title.split(' ')];
      if (!x.slice(0, y.length).every((w, i) => w === y[i])) continue;
      const sameLongTitle = Math.min(x.length, y.length) >= LONG_TITLE;
      if (digitEdits(a, b) > 1 && !sameLongTitle) continue;
      if (!said.has(`${o.p}:${o.n.start}`)) out.push(decreeFinding(ctx, o, first, 'title'));
    }
  }
  return out;
}

function decreeFinding(ctx: RuleContext, o: Occ, first: Occ, by: 'title' | 'issuer'): Finding {
  const mine = ctx.paras[o.p]!.text.slice(o.n.start, o.n.end);
  const theirs = ctx.paras[first.p]!.text.slice(first.n.start, first.n.end);
  return {
    rule: 'number-mismatch',
    severity: 'warning',
    confidence: 'high',
    message:
      by === 'title'
        ? tr(
            ctx.ui,
            `The same decree is numbered ${ev(mine)} here but ${ev(theirs)} in paragraph ${first.p + 1} (same year and title).`,
            `Peraturan yang sama bernomor ${ev(mine)} di sini tetapi ${ev(theirs)} di paragraf ${first.p + 1} (tahun dan judul sama).`,
          )
        : tr(
            ctx.ui,
            `The decree is numbered ${ev(mine)} here but ${ev(theirs)} in paragraph ${first.p + 1} (same issuer and year, two digits swapped).`,
            `Peraturan ini bernomor ${ev(mine)} di sini tetapi ${ev(theirs)} di paragraf ${first.p + 1} (penerbit dan tahun sama, dua digit tertukar).`,
          ),
    paragraph: o.p,
    start: o.n.start,
    end: o.n.end,
    related: [{ paragraph: first.p, start: first.n.start, end: first.n.end }],
    fingerprint: fingerprintOf('number-mismatch', 'decree', mine, theirs),
  };
}

/** the kinds of decree that name their issuer in one word ("Permenkes", "Perpres", "UU") */
const DECREE_TYPE = /^(?:uu|undang-undang|perppu|perpu|pp|perpres|keppres|kepres|inpres|perda|pergub|perbup|perwal|perwali|permen\p{L}*|kepmen\p{L}*|perkap|perkapolri|perma|sema|pojk|seojk|pbi|qanun)$/u;

/** who issued a decree cited "... Nomor N Tahun YYYY": its type and issuer, the words before "Nomor" ("keputusan kpu" from "Keputusan KPU RI Nomor") */
function decreeIssuer(text: string, n: NumberX): string | undefined {
  const before = /((?:[\p{L}-]+\s+){1,3})(?:nomor|no\.?)\s*$/iu.exec(text.slice(Math.max(0, n.start - 60), n.start));
  if (!before) return undefined;
  const words = before[1]!.trim().split(/\s+/).map((w) => w.toLowerCase()).filter((w) => w !== 'ri').slice(-2);
  const last = words.at(-1);
  if (!last) return undefined;
  if (DECREE_TYPE.test(last)) return last;
  // a type word and its issuer ("Keputusan KPU", "Peraturan Menteri"), not a verb before the number
  if (words.length !== 2 || !/^(?:keputusan|peraturan|surat|instruksi|edaran|putusan|ketetapan)$/.test(words[0]!)) return undefined;
  const full = words.join(' ');
  // written out or abbreviated, one kind of decree ("Peraturan Presiden Nomor 78" / "Perpres Nomor 87")
  return SPELLED_DECREE[full] ?? full;
}

const SPELLED_DECREE: Record<string, string> = {
  'peraturan presiden': 'perpres',
  'keputusan presiden': 'keppres',
  'instruksi presiden': 'inpres',
  'peraturan pemerintah': 'pp',
  'peraturan daerah': 'perda',
  'peraturan gubernur': 'pergub',
  'peraturan bupati': 'perbup',
};

/**
 * A decree cited without its title, by issuer and year, with two neighbouring digits of its
 * number swapped in one citation ("Keputusan KPU Nomor 731 Tahun 2025", later "keputusan KPU
 * nomor 713 tahun 2025"). Other differences are left alone: one issuer numbers many decrees
 * in a year, and stories cite neighbours ("Permenkes Nomor 16" and "Nomor 17 Tahun 2019").
 */
function decreeByIssuer(ctx: RuleContext): Finding[] {
  const groups = new Map<string, Occ[]>();
  ctx.paras.forEach((p, pi) => {
    for (const n of p.numbers) {
      if (n.kind !== 'number') continue;
      const year = decreeYear(p.text, n);
      const issuer = year && decreeIssuer(p.text, n);
      if (!issuer) continue;
      const key = `${issuer}|${year}`;
      const list = groups.get(key);
      if (list) list.push({ p: pi, n });
      else groups.set(key, [{ p: pi, n }]);
    }
  });
  const out: Finding[] = [];
  for (const list of groups.values()) {
    const count = new Map<string, number>();
    for (const o of list) count.set(digitsOf(o.n.raw), (count.get(digitsOf(o.n.raw)) ?? 0) + 1);
    list.forEach((o, i) => {
      const mine = digitsOf(o.n.raw);
      if (count.get(mine) !== 1) return;
      // the spelling cited more often is the decree's; on a tie the later citation is the suspect
      const usual = list.filter((r, j) => swappedDigits(digitsOf(r.n.raw), mine) && (count.get(digitsOf(r.n.raw))! >= 2 || j < i));
      if (usual.length) out.push(decreeFinding(ctx, o, usual[0]!, 'issuer'));
    });
  }
  return out;
}

/** where two strings of one length differ, up to three places */
function differingAt(a: string, b: string): number[] {
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff;
}

/** two neighbouring digits swapped ("129" / "192"), the commonest slip of a figure typed twice */
function swappedDigits(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = differingAt(a, b);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** one digit of two equally long figures changed ("250" / "950") */
function oneDigitChanged(a: string, b: string): boolean {
  return a.length === b.length && differingAt(a, b).length === 1;
}

const SUBJECT_SKIP = new Set([...'yang dan atau itu ini tersebut dengan untuk dari pada dalam oleh akan sudah telah masih hanya lebih kurang sekitar sebesar senilai sejumlah mencapai hingga sampai menjadi total jumlah tahun kata ujar jelas the and that this with from have been which about more than over nearly almost some total'.split(' ')]);
/**
 * Words that qualify the noun before them in Indonesian ("pendapatan daerah", "pembiayaan
 * daerah", "utang negara"): shared alone they name the region, not the subject, so they count
 * only with the word before them ("Pendapatan Daerah 2023 ... Rp 515 miliar" and "Pembiayaan
 * Daerah 2023 ... Rp 115 miliar" are two figures).
 */
const QUALIFIERS = new Set(['daerah', 'negara', 'nasional', 'pusat', 'desa', 'kota', 'provinsi', 'kabupaten', 'pemerintah', 'publik', 'umum', 'regional', 'lokal', 'asing']);

/** the words of the subject: up to eight words before the figure in its sentence, four letters or more */
function subjectWords(p: ParaX, n: NumberX, after = 0): string[] {
  const s = sentenceOf(p, n);
  const before = p.text.slice(s.start, n.start).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(-8);
  // (the words right after the figure, past what it counts, when asked: "14 tahun penjara")
  const next = after > 0 ? p.text.slice(n.end, s.end).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(1, 1 + after) : [];
  return [...before, ...next].filter((w) => w.length >= 4 && !SUBJECT_SKIP.has(w));
}
function sharesSubject(p: ParaX, n: NumberX, q: ParaX, m: NumberX, after = 0): boolean {
  const mine = subjectWords(p, n, after);
  const theirs = subjectWords(q, m, after);
  if (!theirs.some((w, i) => mine.includes(w) && (!QUALIFIERS.has(w) || (i > 0 && mine.includes(theirs[i - 1]!))))) return false;
  // the budget of 2024 and the budget of 2025 are two figures ("pagu Rp 1,37 triliun" in 2024,
  // "pagu efektif Rp 1,17 triliun" per Juni 2025)
  const years = (x: ParaX, f: NumberX) => x.numbers.filter((y) => y.sentence === f.sentence && y.kind === 'year').map((y) => y.value);
  const [a, b] = [years(p, n), years(q, m)];
  return a.length === 0 || b.length === 0 || a.some((y) => b.includes(y));
}

/**
 * The name both figures follow (a capitalised word that does not open its sentence, or an
 * acronym, among the eight words before each): "Kabupaten Dompu dari Rp 765 miliar", "saham BMRI
 * senilai Rp 94,18 miliar". Undefined when they follow none.
 */
function sharedName(p: ParaX, n: NumberX, q: ParaX, m: NumberX): string | undefined {
  const names = (x: ParaX, f: NumberX) => {
    return x.text.slice(sentenceOf(x, f).start, f.start).split(/[^\p{L}]+/u).filter(Boolean).slice(1).slice(-8).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && w.toLowerCase() !== 'rp');
  };
  const mine = names(p, n);
  return names(q, m).find((w) => mine.includes(w));
}

/** a figure of two digits or more as figureSlips compares it, kept per extracted paragraph (re-checks reuse it) */
interface LongFigure {
  n: NumberX;
  quoted: boolean;
  unit: string;
  valueKey: string;
  /** the unit and the digits sorted: figures with two digits swapped share it */
  anagram: string;
}
const longFigures = new WeakMap<ParaX, LongFigure[]>();
function longFiguresOf(p: ParaX): LongFigure[] {
  let list = longFigures.get(p);
  if (list) return list;
  list = [];
  for (const n of p.numbers) {
    if (n.kind === 'year' || n.kind === 'time' || n.spelled) continue;
    const digits = digitsOf(n.raw);
    if (digits.length < 2) continue;
    const unit = `${n.kind}|${n.currency ?? ''}|${n.scale}|${n.percentPoints ? 'pp' : ''}`;
    list.push({ n, quoted: inQuote(p, n), unit, valueKey: `${unit}|${n.value}|${countedNoun(p, n)}`, anagram: `${unit}|${[...digits].sort().join('')}` });
  }
  longFigures.set(p, list);
  return list;
}

/**
 * The size of a change ("mengalami kenaikan sebesar Rp 14,2 miliar", "rose by £3m") measures
 * another thing than a level ("belanja hibah ... dari Rp 10,2 miliar menjadi Rp 10,7 miliar"):
 * two such figures a digit apart are two figures, not one restated.
 */
const CHANGE_BEFORE = /(?:(?<![\p{L}-])(?:kenaikan|penurunan|peningkatan|pertumbuhan|penambahan|pengurangan|naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|anjlok|tumbuh)(?:\s+(?:sebesar|sekitar|senilai|sebanyak|hingga|mencapai|lebih dari))?|\b(?:rose|fell|grew|increased|decreased|dropped|climbed|jumped|up|down|increase of|rise of|fall of|drop of|cut of|growth of)(?:\s+(?:by|of|about|some|nearly|almost|more than))?)\s*$/iu;
function isChangeSize(p: ParaX, n: NumberX): boolean {
  return CHANGE_BEFORE.test(p.text.slice(Math.max(0, n.start - 40), n.start));
}

const inQuote = (p: ParaX, n: NumberX) => p.quotes.some((q) => q.innerStart <= n.start && n.end <= q.innerEnd);

/** the word a plain count counts ("10.100 unit"), '' for money and shares, which say it themselves */
const countedNoun = (p: ParaX, n: NumberX) => (n.kind === 'number' ? (/^\s*(\p{L}+)/u.exec(p.text.slice(n.end, n.end + 30))?.[1] ?? '').toLowerCase() : '');

/** different prices of one unit, and how many of them per kilo, litre or head, from which a story reads as a list of prices */
const MANY_FIGURES = 6;
const UNIT_PRICES = 3;

/** the unit a price is given per ("/liter", "per kilogram"), one name for each ("kg" for kilo and kilogram), or '' */
const PER_UNIT = /^\s*(?:\/\s*|per\s+)(kg|kilo(?:gram)?|liter|litre|l|ekor|unit|ton|tonne|gram|gr|biji|butir|ikat|karung|sak|bungkus|lb|pound|head)\b/i;
const UNIT_NAMES: Readonly<Record<string, string>> = { kilo: 'kg', kilogram: 'kg', litre: 'liter', l: 'liter', tonne: 'ton', gr: 'gram', pound: 'lb' };
function perUnitOf(p: ParaX, n: NumberX): string {
  const u = PER_UNIT.exec(p.text.slice(n.end, n.end + 20))?.[1]?.toLowerCase() ?? '';
  return UNIT_NAMES[u] ?? u;
}

/** a figure given per span of time: "£15,000 a day", "Rp 2 juta per bulan", "50 ton setiap tahun" */
const PER_TIME = /^\s*(?:(?:a|an|per|each|every|setiap|tiap)\s+(?:day|week|month|year|hour|night|hari|minggu|pekan|bulan|tahun|jam|malam)\b|(?:sehari|seminggu|sepekan|sebulan|setahun|sejam|daily|weekly|monthly|yearly|annually)\b)/iu;
function perTime(p: ParaX, n: NumberX): boolean {
  return PER_TIME.test(p.text.slice(n.end, n.end + 24));
}

/** a bound written before a figure: the highest, the lowest, at most, at least */
const BOUND_BEFORE = /\b(?:tertinggi|terendah|maksimal|minimal|paling (?:tinggi|rendah|banyak|sedikit)|highest|lowest|up to|at most|at least|maximum|minimum)\s+(?:\p{L}+\s+)?$/iu;

/**
 * number-mismatch for a figure restated one keystroke off in another sentence. Mostly a quotation
 * restating the reporter: "anggaran yang telah dibuka Rp 129 triliun" and the official quoted
 * "sudah mencapai Rp192 triliun". A figure inside a quotation and one outside any, in other
 * sentences (the quotation may follow its paraphrase in one paragraph), of the same kind, unit
 * and scale, with two neighbouring digits swapped, is the same figure mistyped on one side when
 * the quoted one is given once in the story ("36 tahun" elsewhere is another figure than "36
 * kasus"). One digit changed counts only when both sentences share a word of the subject and no
 * two years, and never for shares and rates. Two-digit figures are often two real figures of one
 * discussion ("50 persen" and "52 persen"): only a swap counts there, counting the same thing
 * about the same subject ("target ... 14 juta WP" / "target kami 41 juta WP"). Between two
 * narrative sentences one-keystroke pairs were mostly rows of price lists and tables on unseen
 * news; only an amount of money with swapped digits after the same name counts there.
 */
function figureSlips(ctx: RuleContext): Finding[] {
  const all: Occ[] = [];
  const units = new Map<Occ, LongFigure>();
  ctx.paras.forEach((p, pi) => {
    // (a page's line is nobody's statement: a breadcrumb repeating the headline's "Tembus Rp 9.000")
    if (furnitureOfCached(p.text)) return;
    for (const f of longFiguresOf(p)) {
      const o = { p: pi, n: f.n };
      all.push(o);
      units.set(o, f);
    }
  });
  const unit = (o: Occ) => units.get(o)!.unit;
  // how often each figure of each unit is given (values written alike; "1,5 juta" and "1.500.000" are one figure)
  const given = new Map<string, number>();
  // figures of one unit written with the same digits in some order: where a swap can be found
  const anagrams = new Map<string, Occ[]>();
  for (const o of all) {
    const f = units.get(o)!;
    given.set(f.valueKey, (given.get(f.valueKey) ?? 0) + 1);
    const bucket = anagrams.get(f.anagram);
    if (bucket) bucket.push(o);
    else anagrams.set(f.anagram, [o]);
  }
  const once = (o: Occ) => given.get(units.get(o)!.valueKey) === 1;
  // (read from the figure's kept entry, not worked out again per pair)
  const quoted = (o: Occ) => units.get(o)!.quoted;
  // what names rather than measures, and one end of a range, is not restated
  const measure = (o: Occ) => {
    const text = ctx.paras[o.p]!.text;
    return !isIdentifier(text, o.n) && !isDecreeNumber(text, o.n) && !isRangeEnd(text, o.n);
  };
  // what a count counts must agree where both say it ("14,5 juta." at a sentence's end says nothing)
  // ... and so must the unit a price is given per, where both give one ("Rp 12.000/liter" of red
  // rice is no restatement of "Rp.10.000/kg" of another variety)
  const sameNoun = (a: Occ, b: Occ) => {
    const [x, y] = [countedNoun(ctx.paras[a.p]!, a.n), countedNoun(ctx.paras[b.p]!, b.n)];
    const [u, v] = [perUnitOf(ctx.paras[a.p]!, a.n), perUnitOf(ctx.paras[b.p]!, b.n)];
    // (a sum per day, week or year is no restatement of a sum raised once: "we need to raise
    // £15,000 a day" beside "supporters, who have raised over £11,000")
    if (perTime(ctx.paras[a.p]!, a.n) !== perTime(ctx.paras[b.p]!, b.n)) return false;
    return (x === y || x === '' || y === '') && (u === v || u === '' || v === '');
  };
  // a sentence listing three measures or more is a row of a table or a list ("gaji ke-13" and
  // "Pasal 5" name, they do not measure)
  // ... of the figure's own kind and scale: "41,5 juta WP ..., sampai 20 Oktober ... sebanyak 2
  // juta atau 15%" is a sentence of a story, not a table
  const listed = (o: Occ) => {
    const text = ctx.paras[o.p]!.text;
    const measures = ctx.paras[o.p]!.numbers.filter((m) => m.sentence === o.n.sentence && m.kind === o.n.kind && m.scale === o.n.scale && !isIdentifier(text, m) && !/\bke-?\s*$/iu.test(text.slice(Math.max(0, m.start - 4), m.start)));
    return measures.length >= 3;
  };
  // another sentence: a quotation may restate the sentence before it in its own paragraph
  const elsewhere = (q: Occ, r: Occ) => r.p !== q.p || r.n.sentence !== q.n.sentence;
  // the reporter's figures that could be q with two neighbouring digits swapped
  const swapsOf = (q: Occ) =>
    anagrams.get(units.get(q)!.anagram)!.filter((r) => !sameFigure(r.n, q.n) && unit(r) === unit(q) && swappedDigits(digitsOf(r.n.raw), digitsOf(q.n.raw)) && !quoted(r) && measure(r));
  // Outside quotations only money swaps, after one name: two narrative sentences with swapped
  // digits were mostly two real figures on the corpora (market moves "0,20%" / "0,02%", sales of
  // two models "116 unit" / "161 unit", scores) until both had to follow the same name
  const narrativeSwap = (q: Occ): { r: Occ; name: string } | undefined => {
    const qp = ctx.paras[q.p]!;
    if (q.n.kind !== 'currency' || digitsOf(q.n.raw).length < 3 || !measure(q) || listed(q)) return undefined;
    const earlier = (r: Occ) => r.p < q.p || (r.p === q.p && r.n.sentence < q.n.sentence);
    const found = swapsOf(q)
      .filter((r) => earlier(r) && once(r) && !listed(r))
      .map((r) => ({ r, name: sharedName(qp, q.n, ctx.paras[r.p]!, r.n) }))
      .filter((x): x is { r: Occ; name: string } => x.name !== undefined);
    return found.length === 1 ? found[0] : undefined;
  };
  const slip = (q: Occ, r: Occ, how: 'quoted-swap' | 'quoted-digit' | 'swap', name = ''): Finding => {
    const mine = ctx.paras[q.p]!.text.slice(q.n.start, q.n.end);
    const theirs = ctx.paras[r.p]!.text.slice(r.n.start, r.n.end);
    const [where, di] = r.p === q.p ? ['this paragraph', 'paragraf ini'] : [`paragraph ${r.p + 1}`, `paragraf ${r.p + 1}`];
    const message = {
      'quoted-swap': [
        `The quotation gives ${ev(mine)}, ${where} gives ${ev(theirs)}: the same digits with two swapped. Is one of them mistyped?`,
        `Kutipan menyebut ${ev(mine)}, ${di} menyebut ${ev(theirs)}: angka yang sama dengan dua digit tertukar. Apakah salah satunya salah ketik?`,
      ],
      'quoted-digit': [
        `The quotation gives ${ev(mine)}, ${where} gives ${ev(theirs)} about the same thing: one digit differs. Is one of them mistyped?`,
        `Kutipan menyebut ${ev(mine)}, ${di} menyebut ${ev(theirs)} untuk hal yang sama: satu digit berbeda. Apakah salah satunya salah ketik?`,
      ],
      swap: [
        `${ev(mine)} here, ${ev(theirs)} in ${where}, both for ${ev(name)}: the same digits with two swapped. Is one of them mistyped?`,
        `${ev(mine)} di sini, ${ev(theirs)} di ${di}, keduanya untuk ${ev(name)}: angka yang sama dengan dua digit tertukar. Apakah salah satunya salah ketik?`,
      ],
    }[how];
    return {
      rule: 'number-mismatch',
      severity: 'warning',
      confidence: 'medium',
      message: tr(ctx.ui, message[0]!, message[1]!),
      paragraph: q.p,
      start: q.n.start,
      end: q.n.end,
      related: [{ paragraph: r.p, start: r.n.start, end: r.n.end }],
      // (dismissals of the quotation's warnings were stored under 'quoted')
      fingerprint: fingerprintOf('number-mismatch', how === 'swap' ? 'swapped' : 'quoted', mine, theirs),
    };
  };
  // how many different prices of each unit the story gives: a market report's prices ("cengkih
  // Rp120 ribu per kilogram", "fuli ... Rp210 ribu per kilo", "brondolan Rp 1.500/kg", "di PKS
  // Rp 1.570") fall one keystroke apart by chance, prices of different items (both wrong on
  // unseen news). A report of prices quotes them per kilo, litre or head; a trial's amounts of
  // money, each once, are no price list, and a quotation slipping one of them is still asked about
  // (counted on the first quoted figure that asks: most stories quote none)
  let prices: { distinct: Map<string, Set<number>>; perUnit: Map<string, number> } | undefined;
  const countPrices = () => {
    const distinct = new Map<string, Set<number>>();
    const perUnit = new Map<string, number>();
    for (const o of all) {
      if (o.n.kind !== 'currency' || !measure(o)) continue;
      const u = unit(o);
      let set = distinct.get(u);
      if (!set) distinct.set(u, (set = new Set()));
      set.add(o.n.value);
      if (perUnitOf(ctx.paras[o.p]!, o.n) !== '') perUnit.set(u, (perUnit.get(u) ?? 0) + 1);
    }
    return { distinct, perUnit };
  };
  const priceList = (o: Occ) => {
    if (o.n.kind !== 'currency') return false;
    prices ??= countPrices();
    return (prices.distinct.get(unit(o))?.size ?? 0) >= MANY_FIGURES && (prices.perUnit.get(unit(o)) ?? 0) >= UNIT_PRICES;
  };
  const out: Finding[] = [];
  for (const q of all) {
    const qp = ctx.paras[q.p]!;
    if (!once(q)) continue;
    if (!quoted(q)) {
      const swap = narrativeSwap(q);
      if (swap) out.push(slip(q, swap.r, 'swap', swap.name));
      continue;
    }
    if (priceList(q)) continue;
    // two digits only: "50 persen" and "52 persen", "18 tahun" and "81 tahun" are often two figures
    // of one story, so a swap there must also speak of the same subject in the same words
    const short = digitsOf(q.n.raw).length < 3;
    const swapped = swapsOf(q).filter((r) => elsewhere(q, r) && sameNoun(r, q) && (!short || (q.n.kind !== 'percent' && countedNoun(qp, q.n) !== '' && countedNoun(qp, q.n) === countedNoun(ctx.paras[r.p]!, r.n) && sharesSubject(qp, q.n, ctx.paras[r.p]!, r.n, 2))));
    // one digit changed is a slip only when both sentences speak of one thing: a word of the
    // subject shared before both figures ("laba BUMN ... Rp 307 triliun" / "Laba BUMN itu ... Rp
    // 907 triliun"); without it, prices of one story differ by a digit. Not shares: rates and
    // polls of one story differ by a digit all the time ("-0,75%" / "0,25%")
    const matches = swapped.length
      ? swapped
      : q.n.kind === 'percent' || short ? [] : all.filter((r) => r.p !== q.p && unit(r) === unit(q) && oneDigitChanged(digitsOf(r.n.raw), digitsOf(q.n.raw)) && !quoted(r) && sameNoun(r, q) && measure(r) && isChangeSize(qp, q.n) === isChangeSize(ctx.paras[r.p]!, r.n) && sharesSubject(qp, q.n, ctx.paras[r.p]!, r.n) && !otherTimes(qp, q.n, ctx.paras[r.p]!, r.n));
    // two figures a quoted one could restate: which one it is is not known (one figure given
    // twice is one candidate)
    if (matches.length === 0 || matches.some((m) => !sameFigure(m.n, matches[0]!.n))) continue;
    const r = matches[0]!;
    // the highest or lowest of something beside a plain figure of it ("tertinggi Rp.9600 /kg
    // tergantung kualitas" beside "Rp 9.000"): two figures, one of them a bound
    if (BOUND_BEFORE.test(qp.text.slice(Math.max(0, q.n.start - 24), q.n.start)) !== BOUND_BEFORE.test(ctx.paras[r.p]!.text.slice(Math.max(0, r.n.start - 24), r.n.start))) continue;
    // the reporter's figure may be given more than once when the quotation swaps two of its digits
    if (!measure(q) || listed(q) || listed(r) || (!once(r) && !swapped.length)) continue;
    // ... and the quotation that gives the reporter's figure as well is telling two ("alokasi dana
    // desa kita Rp4,76 triliun, naik ... dari ... tahun sebelumnya yang hanya Rp4,67 triliun")
    const inQuote = qp.quotes.find((x) => x.start <= q.n.start && q.n.end <= x.end);
    if (inQuote && qp.numbers.some((m) => m !== q.n && inQuote.start <= m.start && m.end <= inQuote.end && sameFigure(m, r.n))) continue;
    out.push(slip(q, r, swapped.length ? 'quoted-swap' : 'quoted-digit'));
  }
  return out;
}

/** a sentence about the present ("We are now buying coffee at 1,600 per kilo", "harga kini ...") */
const NOW = /\b(?:now|currently|at present|nowadays|these days|sekarang|kini|saat ini|dewasa ini)\b/iu;
/**
 * One figure's sentence says "now" and the other's speaks of the past: a price or a count then and now
 * ("We collected coffee at 1,200 per kilo" last season, "We are now buying ... at 1,600"), two
 * figures one digit apart by chance, not one figure mistyped.
 */
function otherTimes(p: ParaX, n: NumberX, q: ParaX, m: NumberX): boolean {
  const [a, b] = [sentenceOf(p, n).text, sentenceOf(q, m).text];
  return (NOW.test(a) && !NOW.test(b) && PAST.test(b)) || (NOW.test(b) && !NOW.test(a) && PAST.test(a));
}
/** ... and the other about the past, by a word or a verb's tense ("collected", "tahun lalu") */
const PAST = /\b(?:last|previous|previously|earlier|ago|was|were|had|lalu|sebelumnya|dulu|semula|kemarin)\b|\b\p{L}{3,}ed\b/iu;

const subjectAges = new WeakMap<ParaX, NumberX[]>();
/** a paragraph's ages of the story's subject (kept per extracted paragraph: re-checks reuse them) */
function subjectAgesOf(p: ParaX): NumberX[] {
  let ages = subjectAges.get(p);
  if (ages) return ages;
  ages = [];
  // most paragraphs give no age: the words are looked for once per paragraph, not per figure
  if (/berusia|year-old|kelahiran/iu.test(p.text)) {
    for (const n of p.numbers) {
      if (n.kind !== 'number' || n.scale !== 1 || n.decimals > 0 || n.spelled) continue;
      const before = p.text.slice(Math.max(0, n.start - 40), n.start);
      const after = p.text.slice(n.end, n.end + 24);
      // "... berusia 23 tahun itu", and the sports desk's "atlet kelahiran Garut, 25 tahun silam"
      const id =
        (/\bberusia\s+$/iu.test(before) && /^\s+tahun\s+(?:itu|tersebut|ini)\b/iu.test(after)) ||
        (/\bkelahiran\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s*$/u.test(before) && /^\s+tahun\s+(?:silam|lalu|yang lalu)\b/iu.test(after));
      const en = /\bthe\s+$/iu.test(before) && /^-year-old\b/iu.test(after);
      if (id || en) ages.push(n);
    }
  }
  subjectAges.set(p, ages);
  return ages;
}

/**
 * The age of the story's subject given as an anaphor: "pemain berusia 23 tahun itu", "the
 * 32-year-old". The demonstrative points back at the person the story is about, so two such
 * ages one keystroke apart ("23" / "32") are one age mistyped. In the shared corpora (about
 * 4,600 articles) 120 stories use the form and one gives two different ages (two people, 74
 * and 40): different people are told apart by ages far apart, which this leaves alone.
 */
function subjectAgeMismatch(ctx: RuleContext): Finding[] {
  const ages: Occ[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const n of subjectAgesOf(p)) ages.push({ p: pi, n });
  });
  if (ages.length < 2) return [];
  const byValue = new Map<number, Occ[]>();
  for (const a of ages) byValue.set(a.n.value, [...(byValue.get(a.n.value) ?? []), a]);
  if (byValue.size !== 2) return [];
  // the age given more often is the reference; on a tie the first given
  const [x, y] = [...byValue.values()];
  const [ref, odd] = y!.length > x!.length ? [y!, x!] : [x!, y!];
  if (digitEdits(digitsOf(ref[0]!.n.raw), digitsOf(odd[0]!.n.raw)) !== 1) return [];
  // people from two places are two people ("the 33-year-old driver from Sault Ste. Marie", "the
  // 36-year-old driver from Rosseau": a police round-up of two arrests)
  const from = (o: Occ) => /^-year-old\s+(?:\p{Ll}+\s+){0,2}from\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u.exec(ctx.paras[o.p]!.text.slice(o.n.end, o.n.end + 80))?.[1];
  const [here, there] = [from(odd[0]!), from(ref[0]!)];
  if (here !== undefined && there !== undefined && here !== there) return [];
  return odd.map((o) => {
    const mine = ctx.paras[o.p]!.text.slice(o.n.start, o.n.end);
    const theirs = ctx.paras[ref[0]!.p]!.text.slice(ref[0]!.n.start, ref[0]!.n.end);
    return {
      rule: 'number-mismatch' as const,
      severity: 'warning' as const,
      confidence: 'medium' as const,
      message: tr(
        ctx.ui,
        `The story's subject is ${ev(mine)} years old here but ${ev(theirs)} in paragraph ${ref[0]!.p + 1}.`,
        `Tokoh berita ini berusia ${ev(mine)} tahun di sini tetapi ${ev(theirs)} tahun di paragraf ${ref[0]!.p + 1}.`,
      ),
      paragraph: o.p,
      start: o.n.start,
      end: o.n.end,
      related: ref.map((r) => ({ paragraph: r.p, start: r.n.start, end: r.n.end })),
      fingerprint: fingerprintOf('number-mismatch', 'age', mine, theirs),
    };
  });
}

/** title words that name one document of a year beyond doubt */
const LONG_TITLE = 7;

/** the longest sentence compared as a copy by its words alone (characters) */
const MAX_COPIED_SENTENCE = 2000;

/** one end of a range ("28-30", "10 hingga 20", "between 5 and 7") is not a statement of its own */
function isRangeEnd(text: string, n: NumberX): boolean {
  // (an amount's currency may stand at each end: "Rp4.500—Rp6.500")
  return /\d\s*(?:[-–—]\s*|(?:hingga|sampai|s\.d\.|to|and|dan)\s+)(?:Rp\.?\s?|US\$\s?|\$|£|€)?$/iu.test(text.slice(Math.max(0, n.start - 20), n.start)) || /^\s*(?:[-–—]\s*(?:Rp\.?\s?|US\$\s?|\$|£|€)?\d|(?:hingga|sampai|to)\s+(?:Rp\.?\s?|US\$\s?|\$|£|€)?\d)/iu.test(text.slice(n.end, n.end + 16));
}

/**
 * The six words before the marker wordsAround puts in, and the six after (fewer at the sentence's
 * ends), each with the marker: one side is enough to meet a copy of the sentence that begins or
 * ends at the figure ("UU Darurat No. 12 Tahun 1951 terkait ..." restated as "21 Tahun 1951
 * terkait ...").
 */
function copyWindows(words: string): string[] {
  const w = words.trim().split(' ');
  const at = w.indexOf('qqfigureqq');
  const before = w.slice(Math.max(0, at - 6), at + 1);
  const after = w.slice(at, at + 7);
  // a side of fewer than three words ("qqfigureqq persen" ending a sentence) is shared by too many
  // sentences to find copies by; the other side then stands for the figure
  const keys = [before.length >= 4 ? `${before.join(' ')} <` : '', after.length >= 4 ? `> ${after.join(' ')}` : ''].filter(Boolean);
  return keys.length ? keys : [`${before.join(' ')} ${after.slice(1).join(' ')}`];
}

/**
 * Each figure's key among copies of its sentence, kept per extracted paragraph: a re-check after
 * an edit reuses the keys of every paragraph it did not touch. A figure in a run-on page of text
 * (a sentence over MAX_COPIED_SENTENCE characters) has none.
 */
const copyKeys = new WeakMap<ParaX, Map<NumberX, string[]>>();
function copyKeysOf(p: ParaX): Map<NumberX, string[]> {
  let keys = copyKeys.get(p);
  if (keys) return keys;
  keys = new Map();
  for (const n of p.numbers) {
    const s = sentenceOf(p, n);
    if (s.end - s.start <= MAX_COPIED_SENTENCE) keys.set(n, copyWindows(figureInSentence(p, n)).map((w) => `copy|${w}`));
  }
  copyKeys.set(p, keys);
  return keys;
}

/** the sentence a figure stands in, with its text (the paragraph when the extraction has none) */
function sentenceOf(p: ParaX, n: NumberX): { start: number; end: number; text: string } {
  const s = p.sentences[n.sentence] ?? { start: 0, end: p.text.length };
  return { start: s.start, end: s.end, text: p.text.slice(s.start, s.end) };
}
/** the words of a figure's sentence with the figure marked (wordsAround) */
function figureInSentence(p: ParaX, n: NumberX): string {
  const s = sentenceOf(p, n);
  return wordsAround(s.text, n.start - s.start, n.end - s.start);
}
/** a sentence's words with one figure replaced by a marker and every other figure kept as written */
function wordsAround(text: string, start: number, end: number): string {
  const marked = `${text.slice(0, start)} qqfigureqq ${text.slice(end)}`;
  return ` ${marked.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
}

/**
 * A sentence written twice, word for word and figure for figure, but for one figure: the
 * restatement of a lead, a summary line, a sentence pasted from an earlier version. Nothing but
 * a slip makes two copies of one sentence disagree, so the list and range guards below (written
 * for sentences that are only alike) do not apply. The shorter copy may be part of a longer
 * sentence (a sentence split differently where an abbreviation ends in a full stop), but must be
 * long enough (eight words besides figures) to be a statement and not a phrase like "naik 5 persen".
 */
function restatedVerbatim(ctx: RuleContext, a: Occ, b: Occ): boolean {
  const [x, y] = [figureInSentence(ctx.paras[a.p]!, a.n), figureInSentence(ctx.paras[b.p]!, b.n)];
  // a figure of four digits or more one keystroke off in a copy of a short sentence is a slip
  // ("Frekuensi perdagangan mencapai 85.843 kali" / "85.483 kali"): rows of a table that repeat
  // their words count small things
  const long = digitsOf(a.n.raw).length >= 4 && digitsOf(b.n.raw).length >= 4;
  if (copiedWords(x, y, long ? 4 : 8)) return true;
  // a short sentence is compared with the paragraph around it: a paragraph that copies part of
  // another ("But what has it been? Almost 71 years now.") is a copy even where its sentences
  // alone are too short to tell
  const paragraphOf = (x: Occ) => wordsAround(ctx.paras[x.p]!.text, x.n.start, x.n.end);
  return copiedWords(paragraphOf(a), paragraphOf(b));
}

const PRONOUN_OPEN = /^\s*(?:He|She|It|They|Ia|Dia|Mereka|Beliau)\s/u;
/** the figure's sentence opens with a pronoun, after a sentence of its own paragraph that named whom it means */
function aboutOwnSubject(o: Occ, sentence: string): boolean {
  return o.n.sentence > 0 && PRONOUN_OPEN.test(sentence);
}
function firstSentenceOf(ctx: RuleContext, pi: number): string {
  const p = ctx.paras[pi]!;
  const s = p.sentences[0];
  return s ? p.text.slice(s.start, s.end) : '';
}

/** a paragraph that is an item of a bulleted list */
const LIST_ITEM = /^\s*[•▪●◦·*–-]\s+/u;

/** the shorter of two figure-marked word strings is inside the longer and long enough (`minWords` words besides figures) to be a statement */
function copiedWords(x: string, y: string, minWords = 8): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // eight words, figures not counted: a row of a table ("21 Juni Siang: 43 derajat Celsius Malam:
  // 24 derajat Celsius") repeats its words in every row
  return short.trim().split(' ').filter((w) => !/^\d/.test(w) && w !== 'qqfigureqq').length >= minWords && long.includes(short);
}

/**
 * The same statement given twice with two figures: the words around both figures match
 * (NumberX.context), the two sentences say the same thing (most of their words shared), neither
 * is a row of a list or a table (a sentence with three figures or more, or fewer than six
 * words), and the figures are measures, not names or range ends. Then either the sentences are
 * nearly the same, or the two figures are one keystroke apart (a digit changed, two swapped) —
 * what a restatement gone wrong looks like. Anything looser met price lists, league tables and
 * parallel sentences about different items on unseen news, so it stays silent.
 */
function bodyNumberMismatch(ctx: RuleContext): Finding[] {
  const groups = new Map<string, Occ[]>();
  const sentenceInfo = new Map<string, { words: Set<string>; figures: number; length: number; text: string }>();
  const infoOf = (pi: number, si: number) => {
    const key = `${pi}:${si}`;
    let info = sentenceInfo.get(key);
    if (!info) {
      const p = ctx.paras[pi]!;
      const s = p.sentences[si]!;
      const text = p.text.slice(s.start, s.end);
      const figures = p.numbers.filter((n) => n.sentence === si && n.kind !== 'year' && n.kind !== 'time').length;
      info = { words: statementWords(text), figures, length: text.split(/\s+/).length, text };
      sentenceInfo.set(key, info);
    }
    return info;
  };
  ctx.paras.forEach((p, pi) => {
    for (const n of p.numbers) {
      if (n.kind === 'time' || n.spelled) continue;
      const add = (key: string) => {
        let g = groups.get(key);
        if (!g) groups.set(key, (g = []));
        g.push({ p: pi, n });
      };
      // a year is compared only between copies of its sentence, and only with a figure that is no
      // year ("Piala Dunia 2025 kali ini" copied as "Piala Dunia 4025 kali ini") or with its own
      // digits swapped ("2052"): two copies with two real years are a template ("Pada 2024 ..." /
      // "Pada 2025 ...")
      if (n.kind === 'year') {
        for (const key of copyKeysOf(p).get(n) ?? []) add(key);
        continue;
      }
      if (n.context) add(n.context);
      // Every figure can also be one of two copies of a sentence, whatever its context key says
      // (the key names the sentence's capitalised words, and a copy split differently at "No."
      // has others). Copies are found through the six words on either side of the figure and only
      // the copied-sentence test below can pair them. A figure with too few words around it to
      // be compared ("up to 20 years.") is found this way only.
      for (const key of copyKeysOf(p).get(n) ?? []) add(key);
    }
  });
  const otherFigures = (x: Occ) =>
    ctx.paras[x.p]!.numbers
      .filter((m) => m !== x.n && m.sentence === x.n.sentence && m.kind !== 'year' && m.kind !== 'time')
      .map((m) => digitsOf(m.raw))
      .sort()
      .join(' ');
  const out: Finding[] = [];
  const said = new Set<string>();
  for (const [key, occ] of groups) {
    if (occ.length < 2) continue;
    const copiesOnly = key.startsWith('copy|');
    const byValue: Occ[][] = [];
    for (const o of occ) {
      const c = byValue.find((c) => sameFigure(c[0]!.n, o.n));
      if (c) c.push(o);
      else byValue.push([o]);
    }
    if (byValue.length < 2) continue;
    // the majority reading (ties: the first written) is the reference
    const ref = byValue.reduce((a, b) => (b.length > a.length ? b : a));
    // a figure that names ("Pasal 5", "Day 2") differs between copies of one sentence in a
    // list of items (charges, a schedule): only measures make a copy disagree
    // ... except the number of a decree cited with its year ("Nomor 731 Tahun 2025"): one
    // document, which two copies of one sentence cannot number differently
    const nameLike = (x: Occ) => isIdentifier(ctx.paras[x.p]!.text, x.n) && !isDecreeNumber(ctx.paras[x.p]!.text, x.n);
    const typoOf = (x: Occ, y: Occ) => digitEdits(digitsOf(x.n.raw), digitsOf(y.n.raw)) <= 1;
    // two years in two copies of one sentence are a template ("Pada 2024 ..." / "Pada 2025 ..."),
    // unless their digits are swapped ("Daerah 2025" copied as "Daerah 2052"): nobody templates that
    const years = (x: Occ, y: Occ) =>
      (x.n.kind === 'year') === (y.n.kind === 'year') ? x.n.kind !== 'year' || swappedDigits(digitsOf(x.n.raw), digitsOf(y.n.raw)) : digitsOf(x.n.raw).length === digitsOf(y.n.raw).length;
    // (a year's copy with another figure is a year mistyped, whatever label stands before it)
    const copies = (x: Occ, y: Occ) => typoOf(x, y) && years(x, y) && (x.n.kind === 'year' || y.n.kind === 'year' || (!nameLike(x) && !nameLike(y))) && restatedVerbatim(ctx, x, y);
    for (const cluster of byValue) {
      if (cluster === ref) continue;
      for (const o of cluster) {
        if (said.has(`${o.p}:${o.n.start}`)) continue;
        // among copies the reference is the copy of o's sentence (a window of words is shared by
        // sentences that are not copies too)
        const copy = copiesOnly ? ref.find((r) => copies(o, r)) : undefined;
        if (copiesOnly && !copy) continue;
        const other = copy ?? ref[0]!;
        const refInfo = infoOf(other.p, other.n.sentence);
        const info = infoOf(o.p, o.n.sentence);
        if (o.p === other.p && o.n.sentence === other.n.sentence) continue;
        // the rows of a game's scoring summary are alike by design ("Her Burns 8 run (kick good)",
        // "Her Burns 3 run (kick good)"): two plays, not one line mistyped
        if (scoringPlay(ctx.paras[o.p]!) && scoringPlay(ctx.paras[other.p]!)) continue;
        // a sentence led by a pronoun after its paragraph has named someone speaks of that one:
        // "Ruiz Garcia ... was charged ... He is being held on a $5,000 bond." and "Ruiz Garcia's
        // passenger, Jaime D. Hurtado, ... He is being held on a $6,000 bond." are two men's bonds
        if (aboutOwnSubject(o, info.text) && aboutOwnSubject(other, refInfo.text) && firstSentenceOf(ctx, o.p) !== firstSentenceOf(ctx, other.p)) continue;
        if (otherDates(info.words, refInfo.words)) continue;
        const typo = typoOf(o, other);
        const verbatim = copiesOnly || copies(o, other);
        if (!verbatim && (info.figures >= 3 || info.length < 6 || refInfo.figures >= 3 || refInfo.length < 6)) continue;
        // (and two bulleted rows of one list, "• U10's teams - 3 teams" and "• U11's teams - 2 teams")
        if (!verbatim && LIST_ITEM.test(ctx.paras[o.p]!.text) && LIST_ITEM.test(ctx.paras[other.p]!.text)) continue;
        const same = verbatim ? 1 : overlap(info.words, refInfo.words);
        // a name-like figure ("Pasal 28", "Nomor 22") or a range end differs only in a copy of the same sentence
        if (!verbatim) {
          if (isRangeEnd(ctx.paras[o.p]!.text, o.n) || isRangeEnd(ctx.paras[other.p]!.text, other.n)) continue;
          if (!typo || same < (nameLike(o) || nameLike(other) ? 0.75 : 0.6)) continue;
          // a restatement gone wrong changes one figure; two rows of a list differ in two (size and price)
          if (otherFigures(o) !== otherFigures(other)) continue;
        }
        said.add(`${o.p}:${o.n.start}`);
        const related: RelatedRange[] = ref.map((r) => ({ paragraph: r.p, start: r.n.start, end: r.n.end }));
        const mine = ctx.paras[o.p]!.text.slice(o.n.start, o.n.end);
        const theirs = ctx.paras[other.p]!.text.slice(other.n.start, other.n.end);
        const stmt = info.text;
        out.push({
          rule: 'number-mismatch',
          severity: 'warning',
          confidence: same >= 0.75 ? 'high' : 'medium',
          message: tr(
            ctx.ui,
            `The same statement gives ${ev(mine)} here but ${ev(theirs)} in paragraph ${other.p + 1}.`,
            `Pernyataan yang sama menyebut ${ev(mine)} di sini tetapi ${ev(theirs)} di paragraf ${other.p + 1}.`,
          ),
          paragraph: o.p,
          start: o.n.start,
          end: o.n.end,
          related,
          fingerprint: fingerprintOf('number-mismatch', mine, theirs, o.n.context, stmt.length > 200 ? stmt.slice(0, 200) : stmt),
        });
      }
    }
  }
  return out;
}

const FUNCTION_WORDS = new Set([
  'di', 'ke', 'dari', 'yang', 'dan', 'capai', 'mencapai', 'jadi', 'menjadi', 'sebesar', 'sekitar', 'hingga', 'sampai', 'naik', 'turun', 'rp',
  'buat', 'untuk', 'dengan', 'per', 'capai', 'kasih', 'jadi', 'the', 'to', 'of', 'by', 'at', 'in', 'a', 'an', 'up', 'down', 'for', 'with', 'from', 'sell', 'sells', 'aged', 'rise', 'rises', 'falls', 'fall', 'hits', 'over', 'nearly', 'almost', 'about', 'us',
]);

/**
 * number-mismatch, headline against body: a figure in the headline that the body gives
 * differently. The headline figure is matched to the body through the word it qualifies
 * ("Inflasi 2%" -> sentences about "inflasi"); a body that states the same figure anywhere (as
 * written or rounded the way the headline rounds) settles it. The finding sits on the body figure.
 */
export function headlineNumberMismatch(ctx: RuleContext, headline: NumberX[], headlineText: string): Finding[] {
  const out: Finding[] = [];
  for (const h of headline) {
    if (h.kind === 'year' || h.kind === 'time' || h.spelled) continue;
    if (h.kind === 'number' && h.scale === 1 && h.value < 10) continue;
    // an ordinal ("Festival Danau Poso Ke-21") counts editions, not anything the body measures
    if (/\bke-?\s*$/iu.test(headlineText.slice(Math.max(0, h.start - 4), h.start))) continue;
    // a floor over the body's parts ("more than $120 million" in school bonds across districts,
    // one of them $100 million) is a sum the body may never write
    const floor = /(?:lebih dari|more than|over|at least|sedikitnya|setidaknya)\s*$/iu.test(headlineText.slice(Math.max(0, h.start - 16), h.start));
    // headlines round and truncate ("Rp 3,7 M" for Rp 3.793.971.790): one unit of the last digit
    // written; "hampir"/"nearly"/"lebih dari" loosen it to a tenth
    const approx = /(?:hampir|nyaris|sekitar|lebih dari|kurang dari|capai|nearly|almost|about|around|over|more than|under|up to)\s*$/i.test(headlineText.slice(0, h.start));
    const unit = Math.pow(10, -h.decimals) * h.scale;
    const tol = approx ? Math.max(unit, Math.abs(h.value) * 0.1) : unit;
    // plain counts must count the same thing: the word after the figure ("978 Warung")
    const hNoun = h.kind === 'number' ? nounAfter(headlineText, h.end) : '';
    // one measure: a change in points ("naik 0,25 poin persen", "25 basis points") is no level ("2 percent")
    const measure = (n: NumberX): boolean => n.kind === h.kind && (n.currency ?? '') === (h.currency ?? '') && !n.percentPoints === !h.percentPoints;
    const same = (n: NumberX): boolean => measure(n) && Math.abs(n.value - h.value) <= tol + 1e-9 * Math.abs(h.value);
    if (ctx.paras.some((p) => p.numbers.some(same))) continue;
    // the body figure the headline figure stands for: same kind and unit, in the sentence that
    // shares most of the headline's words (at least two: "Inflasi ... 2%" -> "inflasi ... persen")
    const words = new Set(headlineText.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w) && !/^\d/.test(w)));
    if (words.size === 0) continue;
    let hit: { pi: number; n: NumberX } | undefined;
    let best = 1;
    ctx.paras.forEach((p, pi) => {
      let sentenceScore = -1;
      let lastSentence = -1;
      for (const n of p.numbers) {
        if (!measure(n) || n.kind === 'year' || n.spelled) continue;
        if (hNoun && nounAfter(p.text, n.end) !== hNoun) continue;
        // a headline count with no noun ("Died at Age 80") is not the body's count of something the
        // headline does not name ("for nearly 60 years")
        if (h.kind === 'number' && !hNoun) {
          const bNoun = nounAfter(p.text, n.end);
          if (bNoun && !words.has(bNoun)) continue;
        }
        if (n.sentence !== lastSentence) {
          lastSentence = n.sentence;
          sentenceScore = 0;
          for (const w of new Set(sentenceOf(p, n).text.toLowerCase().split(/[^\p{L}\p{N}]+/u))) if (words.has(w)) sentenceScore++;
        }
        if (sentenceScore > best) {
          best = sentenceScore;
          hit = { pi, n };
        }
      }
    });
    const subject = [...words].join(' ');
    if (!hit) continue;
    if (headlineTotal(ctx, h, hNoun, measure)) continue;
    // (a floor the body's figure stays under is a total of more than it)
    if (floor && hit.n.value < h.value) continue;
    const body = ctx.paras[hit.pi]!.text.slice(hit.n.start, hit.n.end);
    // a bound, not an amount: "Rp600 Juta Lebih" / "lebih dari Rp600 juta" / "more than 600" is
    // any figure above it, "kurang dari" / "under" any figure below it
    const after = headlineText.slice(h.end, h.end + 12);
    const before = headlineText.slice(Math.max(0, h.start - 16), h.start);
    if ((/^\s*(?:lebih|more|plus)\b|^\s*\+/i.test(after) || /(?:lebih dari|more than|over|at least|setidaknya|sedikitnya|minimal)\s*$/i.test(before)) && hit.n.value >= h.value) continue;
    if (/(?:kurang dari|under|less than|below|di bawah|maksimal|up to)\s*$/i.test(before) && hit.n.value <= h.value) continue;
    // a headline shortens: "Rp 25" for "Rp 25,9 juta" is the same figure cut, not another one
    const hd = digitsOf(h.raw);
    const bd = digitsOf(body);
    if (hd.length < bd.length && bd.startsWith(hd)) continue;
    // a rounder headline figure near the body's ("10.000" for 10.100, "Rp 10.000 T" for Rp 10.300 T) is rounding
    const zeros = (d: string) => d.length - d.replace(/0+$/, '').length;
    if (zeros(hd) > zeros(bd) && Math.abs(h.value - hit.n.value) <= 0.1 * Math.abs(hit.n.value)) continue;
    // the headline's figure is written in the body, in another form ("Rp 75 Ribu" / "mulai dari 75 dan 100 ribu")
    if (ctx.paras.some((p) => p.numbers.some((n) => digitsOf(n.raw) === hd))) continue;
    // two figures an order of magnitude apart are two different things, unless one keystroke apart
    // a headline figure that is neither one keystroke off the body's nor a plainly different
    // amount of money or share (5-50% apart) is a figure of something else, or rounded
    const rel = Math.abs(h.value - hit.n.value) / Math.max(Math.abs(h.value), Math.abs(hit.n.value), 1e-9);
    const keystroke = digitEdits(hd, bd) <= 1;
    if (!keystroke && !((h.kind === 'currency' || h.kind === 'percent') && rel >= 0.05 && rel <= 0.5)) continue;
    out.push({
      rule: 'number-mismatch',
      severity: 'warning',
      confidence: keystroke ? 'high' : 'medium',
      message: tr(
        ctx.ui,
        `The headline gives ${ev(h.raw)}, but the body says ${ev(body)} in the sentence closest to it.`,
        `Judul menyebut ${ev(h.raw)}, tetapi isi berita menyebut ${ev(body)} pada kalimat yang paling dekat dengan judul.`,
      ),
      paragraph: hit.pi,
      start: hit.n.start,
      end: hit.n.end,
      related: [],
      fingerprint: fingerprintOf('number-mismatch', 'headline', h.raw, body, subject),
    });
  }
  return out;
}

/**
 * The headline adds up what the body gives in parts: "29 Tim Putra Putri" over "Untuk tim putra ada
 * 19 tim dan kelompok putri ada 10 tim". Two or three figures of one paragraph, of the headline's
 * measure (and counting the headline's noun, when it names one), that sum to the headline's.
 */
function headlineTotal(ctx: RuleContext, h: NumberX, hNoun: string, measure: (n: NumberX) => boolean): boolean {
  for (const p of ctx.paras) {
    const parts = p.numbers.filter((n) => measure(n) && n.kind !== 'year' && n.value > 0 && n.value < h.value && (!hNoun || nounAfter(p.text, n.end) === hNoun)).map((n) => n.value);
    const near = (x: number) => Math.abs(x - h.value) <= 1e-9 * Math.abs(h.value);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        if (near(parts[i]! + parts[j]!)) return true;
        for (let k = j + 1; k < parts.length; k++) if (near(parts[i]! + parts[j]! + parts[k]!)) return true;
      }
    }
  }
  return false;
}

const QUANTITY_AFTER = /^\s*(?:%|persen|orang|jiwa|juta|miliar|milyar|triliun|ribu|km|kilometer|meter|ton|kg|hektare|ha|unit|tahun|bulan|hari|jam|menit|kali|per ?cent|percent|people|million|billion|thousand|miles|kilometres|tonnes|years|months|days|hours|minutes|times)\b/iu;
const LABEL_BEFORE = /(?:nomor|nomer|no\.?|nr\.?|number|rt|rw|kode|code|pukul|jam|tanggal|tgl|ayat|pasal|seri|tipe|type|#)\s*$/iu;

/**
 * A quantity written with a leading zero ("04 persen", "$02 million", "06 km/jam") is a slip
 * of the keyboard: nobody writes an amount that way, while codes, times, dates and numbers of a
 * series ("RT 04", "pukul 07.30", "No. 01") do and are left alone. When the story gives the
 * figure the slip came from (the same digits in another order), the message names it.
 */
function leadingZeroFigures(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const n of p.numbers) {
      if (n.kind === 'year' || n.kind === 'time' || n.spelled) continue;
      const m = /(?<![\d.,])0\d/.exec(n.raw);
      if (!m || /\d/.test(n.raw.slice(0, m.index))) continue;
      // ("01 ribu": a scale word written with the figure makes it an amount)
      if (n.kind === 'number' && n.scale === 1 && !QUANTITY_AFTER.test(p.text.slice(n.end, n.end + 16))) continue;
      // a timed result pads its parts like a stopwatch ("08 menit 28,94 detik", "01 hour 05 minutes")
      if (/^\s*(?:jam|menit|hours?|minutes?|mins?)\s+\d/iu.test(p.text.slice(n.end, n.end + 20))) continue;
      // three figures after a figure and one space are its thousands, grouped the SI way ("close to
      // 418 000 people" in a Namibian paper), and so are they after its thousands' dot and a stray
      // space ("1. 000 hektare padi": one figure that a space split, no amount written "000")
      if (/^\d{3}$/.test(n.raw) && /(?<![\d.,])\d{1,3}(?:[.,]? \d{3})*[.,]? $/.test(p.text.slice(Math.max(0, n.start - 16), n.start))) continue;
      // after a unit's name it is the unit's number ("Kodim 0424", "Route 066"), and "Tahun 2019"
      // after it names a year, not an amount of years ("Kodim 0424 Tahun 2019")
      if (/\p{Lu}[\p{L}.]*\s+$/u.test(p.text.slice(Math.max(0, n.start - 20), n.start))) continue;
      // glued to letters or a dash it is part of a code ("MD-027", "e-0046")
      if (/[\p{L}\p{N}/-]$/u.test(p.text.slice(0, n.start)) || LABEL_BEFORE.test(p.text.slice(Math.max(0, n.start - 12), n.start)) || /^[/:.-]\d/.test(p.text.slice(n.end, n.end + 2))) continue;
      const digits = digitsOf(n.raw);
      let source: string | undefined;
      const related: RelatedRange[] = [];
      for (const [qi, q] of ctx.paras.entries()) {
        const hit = q.numbers.find((o) => o !== n && o.kind === n.kind && !digitsOf(o.raw).startsWith('0') && digitEdits(digitsOf(o.raw), digits) <= 1);
        if (hit) {
          source = hit.raw;
          related.push({ paragraph: qi, start: hit.start, end: hit.end });
          break;
        }
      }
      const raw = n.raw;
      out.push({
        rule: 'number-mismatch',
        severity: 'warning',
        confidence: 'high',
        message: source
          ? tr(ctx.ui, `${ev(raw)} is written with a leading zero; elsewhere the story gives ${ev(source)}.`, `${ev(raw)} ditulis dengan nol di depan; di bagian lain tertulis ${ev(source)}.`)
          : tr(ctx.ui, `${ev(raw)} is written with a leading zero: is a digit missing or swapped?`, `${ev(raw)} ditulis dengan nol di depan: apakah ada angka yang hilang atau tertukar?`),
        paragraph: pi,
        start: n.start,
        end: n.end,
        related,
        fingerprint: fingerprintOf('number-mismatch', 'leading-zero', raw, n.context),
      });
    }
  });
  return out;
}
