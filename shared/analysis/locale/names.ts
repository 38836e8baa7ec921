/**
 * Person names, titles and proper-noun tokens in Indonesian and English news.
 *
 * Why heuristics and not NER: Redaksi runs offline on every keystroke, so a name is a run of
 * capitalised words, and a title is a known head word ("Wali Kota", "Kepala", "Dr.", "Mr")
 * possibly followed by the office's organisation ("Kepala Kantor Perwakilan Ombudsman Banten").
 * The checks built on this (name variants, titles against the facts base) compare evidence
 * between places in the same story, which tolerates a rough split.
 */
import type { ArticleLanguage } from '../../model/finding.js';

/** title heads; multi-word first so "Wakil Wali Kota" wins over "Wali" */
export const ID_TITLES = [
  'Wakil Wali Kota', 'Wali Kota', 'Walikota', 'Wakil Bupati', 'Bupati', 'Wakil Gubernur', 'Gubernur',
  'Wakil Presiden', 'Presiden', 'Wakil Menteri', 'Menteri', 'Wakil Ketua', 'Ketua', 'Wakil Kepala', 'Kepala',
  'Sekretaris Daerah', 'Sekretaris Jenderal', 'Sekretaris', 'Direktur Utama', 'Direktur Jenderal', 'Direktur',
  'Kapolri', 'Kapolda', 'Kapolres', 'Kapolsek', 'Kasat', 'Kasi', 'Kabid', 'Kadis', 'Camat', 'Lurah',
  'Jaksa Agung', 'Panglima', 'Komisioner', 'Anggota', 'Juru Bicara', 'Jubir', 'Plt', 'Plh', 'Pj',
  'Dr.', 'Dr', 'Prof.', 'Prof', 'Ir.', 'H.', 'Hj.', 'KH', 'Kiai', 'Ustaz', 'Bapak', 'Ibu', 'Pak', 'Bu',
];
export const EN_TITLES = [
  'Prime Minister', 'Deputy Prime Minister', 'Vice President', 'President', 'Chancellor', 'Secretary of State',
  'Home Secretary', 'Foreign Secretary', 'Culture Secretary', 'Health Secretary', 'Secretary', 'Minister',
  'Chief Executive', 'Chief Operating Officer', 'Chief Financial Officer', 'Chairman', 'Chairwoman', 'Chair',
  'Director General', 'Director', 'Governor', 'Mayor', 'Deputy Mayor', 'Senator', 'Judge', 'Justice',
  'Lord', 'Lady', 'Sir', 'Dame', 'Chief', 'Deputy', 'Head', 'Professor', 'Prof', 'Dr.', 'Dr', 'Mr.', 'Mr',
  'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'General', 'Captain', 'Coach', 'Manager',
];
/** words that change the rank of an office: "Wakil Kepala" is not "Kepala" */
export const RANK_MODIFIERS = new Set([
  'wakil', 'plt', 'plh', 'pj', 'mantan', 'eks', 'calon', 'deputy', 'vice', 'acting', 'former', 'interim', 'assistant',
]);

export interface PersonMention {
  start: number;
  end: number;
  title?: string;
  titleStart?: number;
  titleEnd?: number;
  name: string;
  nameStart: number;
  nameEnd: number;
}

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** capitalised token directly before / after in the same run */
  prev?: string;
  next?: string;
  /** first word of a sentence (could be an ordinary word) */
  sentenceStart: boolean;
}

/** an abbreviated title before a name, its stop no sentence's end */
const TITLE_STOP = /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rev|Gen|Col|Capt|Lt|Sgt|Insp|Supt|Cllr|Sen|Rep|Gov|Jr|Sr|St|H|Hj|Ir|Drs|Kol|Brig)\.\s+$/u;
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
const CAP_TOKEN = /\p{Lu}[\p{L}'’.-]*\p{L}|\p{Lu}\.?/gu;
// connectors allowed inside a name/organisation run ("Dinas Penanaman Modal dan Pelayanan")
const RUN_GLUE = /^\s+$/;

/**
 * Capitalised tokens with their neighbours in the same capitalised run.
 */
export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  CAP_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev: NameToken | undefined;
  // (a link's words name files and pages, not people: "web1_8.19-Beef-Steer-4-Showman-RC-3.jpg")
  const links = text.includes('://') || text.includes('www.') ? [...text.matchAll(LINK)].map((l) => [l.index, l.index + l[0].length] as const) : [];
  while ((m = CAP_TOKEN.exec(text))) {
    const start = m.index;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue; // inside a word (camelCase)
    if (links.length > 0 && links.some(([a, b]) => start >= a && start < b)) continue;
    let word = m[0];
    // an abbreviation glued to the name it heads ("Kab.Gorontalo", "Jl.Sudirman"): two tokens
    const glued = word.search(/\.(?=\p{Lu}\p{Ll})/u);
    // (or a sentence's end without its space: "Indonesia'.Berpindah", "Majalengka.GunungPanten")
    if (glued > 0) word = word.slice(0, glued).replace(/[^\p{L}]+$/u, '');
    // drop trailing dot unless it is an initial or an abbreviation title ("Dr.", "H.")
    if (word.endsWith('.') && word.length > 2 && !/^(?:Dr|Prof|Mr|Mrs|Ms|Ir|Hj|St)\.$/.test(word)) word = word.slice(0, -1);
    if (text[start + word.length] === '.' && /^(?:Dr|Prof|Mr|Mrs|Ms|Ir|Hj|St|H)$/.test(word)) word += '.';
    const end = start + word.length;
    const before = text.slice(Math.max(0, start - 4), start);
    // (a title's stop ends no sentence: "Mr. Gidairo said")
    // (a list item's first word is capitalised as a sentence's is: "- Acara lain-lain", "2. Sambutan")
    const sentenceStart = start === 0 || (/(?:^\s*|[.!?:]["”’']?\s+|["“(]\s*|\n)$/.test(before) && (start >= 4 || /^\s*$|[.!?:"“(\n]/.test(before)) && !TITLE_STOP.test(text.slice(Math.max(0, start - 10), start))) || (start < 8 && /^\s*(?:[-–—•*·▪]|\d{1,3}[.)]|\p{Ll}[.)])\s*$/u.test(text.slice(0, start)));
    const tok: NameToken = { text: word, start, end, sentenceStart };
    if (prev && RUN_GLUE.test(text.slice(prev.end, start))) {
      tok.prev = prev.text;
      prev.next = word;
    }
    out.push(tok);
    prev = tok;
    CAP_TOKEN.lastIndex = end;
  }
  return out;
}

function titleList(lang: ArticleLanguage): string[] {
  return lang === 'id' ? ID_TITLES : EN_TITLES;
}

/**
 * Person mentions with a title: "Wali Kota Benyamin Davnie", "Kepala Kantor Perwakilan
 * Ombudsman Banten Fadli Afriadi", "Dr. Jane Smith", "Mr Blair". The name is the last two
 * capitalised words of the run (one when the run has only one after the title head); a title
 * head known to be complete ("Wali Kota") leaves up to three words to the name.
 */
export function findPersons(text: string, lang: ArticleLanguage): PersonMention[] {
  const out: PersonMention[] = [];
  const titles = titleList(lang);
  const toks = nameTokens(text);
  let i = 0;
  while (i < toks.length) {
    // collect the capitalised run starting at i
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]!.prev === toks[j]!.text && RUN_GLUE.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) j++;
    const run = toks.slice(i, j + 1);
    const runText = text.slice(run[0]!.start, run[run.length - 1]!.end);
    // find a title head at the start of the run (possibly after a rank modifier)
    let headLen = 0;
    let headWords = 0;
    for (const t of titles) {
      if (runText === t || runText.startsWith(t + ' ')) {
        headLen = t.length;
        headWords = t.split(' ').length;
        break;
      }
    }
    if (headLen && run.length > headWords) {
      const after = run.length - headWords;
      const complete = /^(?:Wakil Wali Kota|Wali Kota|Walikota|Bupati|Wakil Bupati|Gubernur|Wakil Gubernur|Presiden|Wakil Presiden|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|Lady|Ir\.|H\.|Hj\.|Pak|Bu|Bapak|Ibu|Miss|Prime Minister|President|Chancellor)$/.test(runText.slice(0, headLen));
      let nameWords = Math.min(after, 2);
      if (complete && after <= 3) nameWords = after;
      // one capitalised place/organisation word between head and name stays with the title
      const nameTok = run.slice(run.length - nameWords);
      const titleTok = run.slice(0, run.length - nameWords);
      const pm: PersonMention = {
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        name: text.slice(nameTok[0]!.start, nameTok[nameTok.length - 1]!.end),
        nameStart: nameTok[0]!.start,
        nameEnd: nameTok[nameTok.length - 1]!.end,
        title: text.slice(titleTok[0]!.start, titleTok[titleTok.length - 1]!.end),
        titleStart: titleTok[0]!.start,
        titleEnd: titleTok[titleTok.length - 1]!.end,
      };
      out.push(pm);
    }
    i = j + 1;
  }
  return out;
}

/** lowercase words of a title with organisational filler removed, for comparing offices */
const TITLE_FILLER = new Set([
  'kantor', 'ri', 'provinsi', 'prov', 'kota', 'kabupaten', 'kab', 'republik', 'indonesia', 'negara', 'pemerintah',
  'dan', 'di', 'the', 'of', 'for', 'and', 'uk', 'us', 'office', 'department',
]);
export function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !TITLE_FILLER.has(w));
}

/**
 * Whether two office titles can name the same office. They disagree when one carries a rank
 * modifier the other lacks ("Wakil Kepala" vs "Kepala"), when their head words differ
 * ("Ketua" vs "Kepala"), or when they share too little of their remaining words.
 */
export function titlesAgree(a: string, b: string): { agree: boolean; why?: 'rank' | 'head' | 'office' } {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const ra = wa.filter((w) => RANK_MODIFIERS.has(w)).sort().join(' ');
  const rb = wb.filter((w) => RANK_MODIFIERS.has(w)).sort().join(' ');
  if (ra !== rb) return { agree: false, why: 'rank' };
  const ca = wa.filter((w) => !RANK_MODIFIERS.has(w));
  const cb = wb.filter((w) => !RANK_MODIFIERS.has(w));
  if (ca.length === 0 || cb.length === 0) return { agree: true };
  if (ca[0] !== cb[0] && !(ca[0] === 'wali' && cb[0] === 'walikota') && !(ca[0] === 'walikota' && cb[0] === 'wali')) return { agree: false, why: 'head' };
  const sa = new Set(ca);
  const shared = cb.filter((w) => sa.has(w)).length;
  const smaller = Math.min(ca.length, cb.length);
  if (smaller >= 3 && shared / smaller < 0.5) return { agree: false, why: 'office' };
  return { agree: true };
}

/** Damerau-Levenshtein (optimal string alignment) with an early exit above `max` */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}
