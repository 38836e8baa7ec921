/**
 * Per-paragraph extraction for the fact checks. Everything here depends only on the paragraph's
 * text and the story language, so the checker caches it keyed by that text: after a one-paragraph
 * edit only that paragraph is read again, and the cross-paragraph rules work over the cache.
 */
import type { ArticleLanguage } from '../../model/finding.js';
import { findDates, type DateMention, type DateOrder } from '../locale/dates.js';
import { findHijriDates, type HijriMention } from '../locale/hijri.js';
import { findNumbers, type NumberMention } from '../locale/numbers.js';
import { nameTokens, type NameToken } from '../locale/names.js';

export interface Sentence {
  start: number;
  end: number;
}

export interface NumberX extends NumberMention {
  sentence: number;
  /** words around the figure inside its sentence (figures replaced by '#'); '' when too little context */
  context: string;
}

export interface QuoteX {
  /** including the quotation marks */
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  words: string[];
  norm: string;
}

export interface UnpairedMark {
  start: number;
  end: number;
  mark: string;
}

export interface ClaimX {
  sentence: number;
  start: number;
  end: number;
  /** why it is check-worthy: the trigger as written */
  trigger: string;
}

export interface ParaX {
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
  /** Hijri dates ("12 Rabiul Awal 1445 H"), read against the Gregorian day beside them */
  hijri: HijriMention[];
  numbers: NumberX[];
  names: NameToken[];
  quotes: QuoteX[];
  unpaired: UnpairedMark[];
  /** opens a quote it does not close (a multi-paragraph quote continues) */
  opensUnclosed: boolean;
  /** closing marks (”) used to open a quotation: where they stand */
  reversedOpeners: number[];
  /** opening marks (“) used to close one */
  reversedClosers: number[];
  /** quotation marks written as HTML code by a website ("&#8220", "&rdquo;"): where, and the mark each stands for */
  entityMarks: EntityMark[];
  /** two single marks (‘’) typed to open one */
  doubledOpeners: number[];
  /** starts with an opening quotation mark */
  startsWithQuote: boolean;
  /** an attribution (speech verb, "menurut", "according to", "X:") outside quotes */
  attributed: boolean;
  /** ends with a colon that introduces the next paragraph's quote */
  endsWithColon: boolean;
  /** sentences with their own attribution */
  attributedSentences: Set<number>;
  claims: ClaimX[];
}

// ---- sentences --------------------------------------------------------------------------

const ABBREV = /(?:\b(?:Rp|Drs|Dr|Mr|Mrs|Ms|Prof|St|Jl|No|Hj|H|Ir|dll|dsb|Kec|Kab|Bpk|Sdr|Co|Inc|Ltd|Jr|Sr|vs|etc|approx|U\.S|U\.K|Gen|Capt|Col|Lt|Sgt|Rev|Mt|ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Des|Okt|Agu|Peb)|\b\p{Lu})$/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?]+["”’')\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}]|\s*$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    // only the word before the dot matters ("Dr.", "Jl."): look at a short window, never the whole
    // sentence, so a megabyte without sentence breaks stays linear
    const head = text.slice(Math.max(start, m.index - 12), m.index);
    if (m[0][0] === '.' && ABBREV.test(head)) continue;
    if (end - start > 0) out.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  if (out.length === 0) out.push({ start: 0, end: text.length });
  return out;
}

/** index of the sentence holding `pos` (binary search: a long paragraph has many sentences) */
export function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos < sentences[mid]!.end) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ---- quotes -----------------------------------------------------------------------------

const OPEN = '“';
/**
 * the Indonesian speaker's tags after a quotation ("..., kata Budi", "..., tegasnya"); some only
 * with "-nya", bare they open quotations too ("aku", I; "harap", please; "tutup", close)
 */
const ID_TAG = 'kata|ujar|ucap|ungkap|jelas|tutur|tegas|imbuh|tambah|lanjut|tanya|jawab|beber|klaim|sebut|terang|papar|pungkas|sambung|tandas|tukas|cetus|timpal|kenang|keluh|urai|cerita|singkat|sahut|celetuk|harapnya|akunya|pintanya|ajaknya|serunya|tulisnya|tutupnya|imbaunya|sampainya|pesan';
/** the verbs of an English speaker's tag ('..., Smith said.', '..., “Wathe urged.') */
const EN_TAG_VERB = 'said|says|added|adds|told|asked|explained|urged|urges|noted|notes|stated|stressed|insisted|warned|warns|remarked|continued|concluded|recalled|admitted|replied|declared';
/**
 * ', he said.' / ', kata Benyamin.' inside what would be one quotation. First person ("I said
 * then", "somebody told me") is the speaker still talking, not the narrator attributing.
 */
const ATTRIBUTION_CLAUSE = new RegExp(
  String.raw`[,.?!]\s+(?:(?:he|she|they|it)\s+(?:${EN_TAG_VERB})|(?:${EN_TAG_VERB})\s+\p{Lu}|(?!(?:I|We)\s)(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:${EN_TAG_VERB})(?!\s+(?:me|us)\b)|(?:${ID_TAG})(?:nya)?\b)`, 'u');
const ATTRIBUTION_CLAUSES = new RegExp(ATTRIBUTION_CLAUSE.source, 'gu');
/** ... or after the space a wrong-facing mark left before it (',“ tutup Arifudin.', ',“ kata dia.') */
const TAG_AFTER_SPACE = new RegExp(String.raw`^\s(?:(?:${ID_TAG})(?:nya)?\b|tutup(?:nya\b|\s+\p{Lu}))`, 'u');
/** the Indonesian tag right where a quotation ends (', "terang sala satu warga', ', "singkatnya.') */
const TAG_NEXT = new RegExp(`^(?:${ID_TAG})(?:nya)?\\b`, 'iu');
/** a quotation's worth of words to the paragraph's last mark, straight and closing, at its end */
const STRAIGHT_CLOSE_AT_END = /^[^"“”]{3,600}[.!?,]"\s*$/u;
/** a straight mark further on that ends a quotation before its speaker's tag ('... sendiri", ucap Ridwansyah') */
const STRAIGHT_CLOSE_THEN_TAG = new RegExp(`^[^"“”]{3,400}"\\s*[,.]?\\s*(?:(?:${ID_TAG})(?:nya)?\\b|(?:he|she|they)\\s+(?:said|says|added)\\b|(?:said|says|added)\\s+\\p{Lu})`, 'u');

/**
 * A quotation left open at the end of its paragraph that holds its own attribution ('"Ada
 * hubungan darah? tanya hakim.', '"... bagi masyarakat, kata Danny.') is not the open end of a
 * multi-paragraph quotation: its closing mark is missing before the attribution.
 */
export function holdsAttribution(text: string, from: number): boolean {
  const rest = text.slice(from);
  for (const m of rest.matchAll(ATTRIBUTION_CLAUSES)) {
    // a sentence of the quotation that opens with a pronoun is the speaker telling what others
    // said ('“We are really disappointed ... They said very little at the committee meeting.',
    // reopened in the next paragraph); the narrator's pronoun follows a comma (', he said.')
    if (/^[.?!]\s+(?:He|She|They|It|You)\s/u.test(m[0])) continue;
    // ... and so does a clause that brings in a quotation inside the quotation, in single marks
    // ('“When officers spoke to the accused ... She told the police ‘I know I’m a drink driver
    // ...’.', a fiscal's account that goes on in the next paragraph)
    // (an opening single mark after a space: "the BBC's Breakfast" holds an apostrophe, no quotation)
    return !/^[^"“”‘]{0,40}?(?:^|\s)[‘']\p{L}/u.test(rest.slice(m.index + m[0].length));
  }
  return false;
}
const CLOSE = '”';
/** degrees and minutes before a figure: the mark after it is the seconds' ("105°04’15”") */
// (also with the degree sign lost by a page: "20 38’ 45” – 30 38’ 15” Lintang Selatan")
const DMS_BEFORE = /\d(?:\s?°\s?|\s)\d{1,2}(?:[.,]\d+)?\s?['’′]\s?\d{1,2}(?:[.,]\d+)?$/u;
/** feet and inches (a jump's "20'7.75"" too), or inches of a screen: the mark stands right after the figure */
const INCHES = /(?:\d\s?['’′]\s?\d{1,2}(?:\.\d{1,2})?"|\d"\s?(?:inch|inci|screen|display|layar|monitor|TV)\b)/iu;
/** a figure's inch mark before the thing it measures ('placed 30\' of 10" culvert', 'a 12" pipe'), not a speaker's tag */
const INCHES_BEFORE_NOUN = new RegExp(String.raw`\d"\s(?!(?:${ID_TAG})(?:nya)?\b|(?:said|says|added|adds|he|she|they|according)\b)\p{Ll}`, 'u');

function quoteWords(s: string): string[] {
  return s.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export interface EntityMark {
  start: number;
  end: number;
  mark: string;
}

/** a quotation mark as HTML code, the semicolon often lost on the way ("&#8220Devin Gomez ...") */
const ENTITY_MARK = /&(?:#8220|#8221|#x201[cCdD]|ldquo|rdquo|quot|#34);?/g;

/**
 * The text with each quotation mark written as HTML code replaced by the mark, at the same
 * length (the mark at the end of an opening code, at the start of a closing one, spaces for the
 * rest), so that the quotation pairs with its closing mark and offsets stay those of the text.
 */
function withEntityMarks(text: string): { text: string; marks: EntityMark[] } {
  const marks: EntityMark[] = [];
  if (!text.includes('&')) return { text, marks };
  let out = '';
  let last = 0;
  for (const m of text.matchAll(ENTITY_MARK)) {
    const code = m[0].toLowerCase();
    const after = text[m.index + m[0].length];
    const opens = /8220|201c|ldquo/.test(code) || (/quot|#34/.test(code) && after !== undefined && /[\p{L}\p{N}]/u.test(after));
    const mark = /quot|#34/.test(code) ? '"' : opens ? '“' : '”';
    const pad = ' '.repeat(m[0].length - 1);
    out += text.slice(last, m.index) + (opens ? pad + mark : mark + pad);
    last = m.index + m[0].length;
    marks.push({ start: m.index, end: last, mark });
  }
  return { text: out + text.slice(last), marks };
}

/**
 * Quotations: curly pairs “…” and straight pairs "…", nested ones included ("He said "no" twice").
 * Each mark is read by where it stands: a mark after a space and before a word opens, a mark
 * after a word and before a space or punctuation closes, and a mark that could be either closes
 * what is open or opens. Marks pair on a stack, so a nested quotation with the same marks is two
 * quotations, and a quotation left open is reported at its own opening mark, not at the next
 * quotation's closing mark. A mark with nothing to pair with is unpaired.
 */
function readQuotes(text: string): QuoteReading {
  const merged = pairQuotes(text, true);
  if (merged.unpaired.length === 0) return merged;
  // the same marks could be a nested quotation rather than a merged multi-paragraph one
  // (“… adalah “Loved” … kita. “Moving on” … lebih baik,” ujar …): take the reading that
  // leaves fewer marks without a pair, the way a reader would
  const nested = pairQuotes(text, false);
  return nested.unpaired.length < merged.unpaired.length ? nested : merged;
}

interface QuoteReading {
  quotes: QuoteX[];
  unpaired: UnpairedMark[];
  opensUnclosed: boolean;
  reversedOpeners: number[];
  reversedClosers: number[];
  doubledOpeners: number[];
}

/**
 * A WordPress shortcode left in the text ("[audio_mp3 url=”″]", "[caption id=\"...\"]"): its
 * marks quote attributes, not speech.
 */
const SHORTCODE = /\[\/?[a-z][a-z0-9_-]*\s+[^[\]]*=[^[\]]*\]/g;
/** two single marks typed for a double one ("‘’The news ...", "''Kami ..."): an opening mark ... */
const DOUBLED_SINGLE = /^(?:‘’|‘‘|'')(?=[\p{L}\p{N}])/u;
const DOUBLED = '‘’';
const MARK_CANDIDATE = /["“”‘’'[]/g;
/** ... and its closing pair ("... of crisis,’’ ujar Poppy") */
const DOUBLED_SINGLE_CLOSE = /^(?:’’|'')(?=$|[\s,.;:!?)\]])/u;
/** ... glued to the speaker's tag after the quotation's last comma ("... bahan kompos,’’ujar Elvina") */
const DOUBLED_SINGLE_GLUED = /^(?:’’|'')(?=\p{Ll})/u;
/** the longest attribute value of markup left in a paragraph that is skipped as one ('src="https://..."') */
const ATTRIBUTE_VALUE_MAX = 300;
/** the opening pair typed again where the quotation ends, before a space, a stop or the paragraph's end */
const DOUBLED_SINGLE_AS_CLOSE = /^‘’(?=$|[\s,.;:!?)\]])/u;

/** a double prime typed for the closing mark before its speaker's tag ('... santri putra 15″ jelas Zahro') */
const PRIME_BEFORE_TAG = new RegExp(`″(?=\\s*(?:${ID_TAG})(?:nya)?\\b|,?\\s+(?:he|she|they)\\s+(?:said|says|added)\\b)`, 'giu');

/** up to four words, a closing mark, and another closing mark further on (see pairQuotes) */
const NESTED_WRAP_AFTER = /^[^“”"\s]+(?:\s+[^“”"\s]+){0,3}”[^“”]*”/u;

/**
 * A double mark's three UTF-8 bytes read in a one-byte code page ("â€œ" in Windows-1252, "β€œ"
 * in Windows-1253, "โ€œ" in Thai Windows-874, "вЂњ" in Windows-1251): a page half re-encoded
 * shows them beside real marks ('β€œKebijakan ini ...,” ujar Dr. Hijriani'). They are read as
 * the mark they were, at the place of their last letter (opening) or first (closing), so the
 * paragraph's quotation pairs as its writer typed it. The closing mark's last byte has no letter
 * in Windows-1252 and is often lost ('... visiting Huye districtâ€.'); a dash's last byte reads
 * as a curly mark ("taken out โ€“ a once in a lifetime"), which is no quotation at all.
 */
const GARBLED_OPEN = /[âβโ]€œ|вЂњ/g;
const GARBLED_CLOSE = /[âβโ]€[\u009d\ufffd]|вЂќ/g;
const GARBLED_CLOSE_CUT = /[âβโ]€(?=$|[\s.,;:!?)\]])/g;
const GARBLED_DASH = /(?:[âβโ]€|вЂ)[“”]/g;

function pairQuotes(raw: string, mergedParagraphs: boolean): QuoteReading {
  let text = raw.includes('″') ? raw.replace(PRIME_BEFORE_TAG, CLOSE) : raw;
  if (text.includes('€') || text.includes('Ђ')) {
    text = text.replace(GARBLED_DASH, '–  ').replace(GARBLED_OPEN, `  ${OPEN}`).replace(GARBLED_CLOSE, `${CLOSE}  `).replace(GARBLED_CLOSE_CUT, `${CLOSE} `);
  }
  const reversedOpeners: number[] = [];
  const reversedClosers: number[] = [];
  const doubledOpeners: number[] = [];
  const quotes: QuoteX[] = [];
  const skipTo = new Map<number, number>();
  if (text.includes('[')) for (const m of text.matchAll(SHORTCODE)) skipTo.set(m.index, m.index + m[0].length);
  const unpaired: UnpairedMark[] = [];
  const open: Array<{ pos: number; mark: string }> = [];
  const opening = (i: number, mark: string) => {
    const top = open.at(-1);
    // an opening mark right after a sentence end while a quotation is open is the multi-paragraph
    // convention inside a merged paragraph ('... change. "Even though ...'): the open quotation
    // ends there unclosed by convention, and the next one begins ...
    if (mergedParagraphs && top && /[.!?…]\s+$/.test(text.slice(Math.max(top.pos + 1, i - 3), i))) {
      // ... unless the "quotation" left open holds its own attribution (', he said. "'): then the
      // closing mark before the attribution is missing
      if (ATTRIBUTION_CLAUSE.test(text.slice(top.pos, i))) unpaired.push({ start: top.pos, end: top.pos + top.mark.length, mark: top.mark });
      open.pop();
    }
    open.push({ pos: i, mark });
  };
  const closing = (i: number, doubled = false) => {
    const top = open.pop();
    // ‘’ … ’’ is one portal's style, consistent; ‘’ … ” mixes two marks: the opening one is wrong
    if (top?.mark === DOUBLED && !doubled) doubledOpeners.push(top.pos);
    if (top) pushQuote(text, top.pos, i, quotes, top.mark.length, doubled ? 2 : 1);
    else unpaired.push({ start: i, end: i + 1, mark: CLOSE });
  };
  for (let i = 0; i < text.length; i++) {
    // jump to the next character that can be a mark: most of a paragraph is none
    MARK_CANDIDATE.lastIndex = i;
    const next = MARK_CANDIDATE.exec(text);
    if (!next) break;
    i = next.index;
    const c = text[i]!;
    const prevC = text[i - 1];
    if (c !== '"' && c !== OPEN && c !== CLOSE) {
      // the rare marks tested on their next character first: apostrophes are everywhere
      const pair = text[i + 1];
      if (c === '[' && skipTo.has(i)) i = skipTo.get(i)! - 1;
      else if (pair !== '’' && pair !== '‘' && pair !== "'") continue;
      else if (c === '‘' && open.at(-1)?.mark === DOUBLED && /[,.!?] $/.test(text.slice(Math.max(0, i - 2), i)) && text[i + 1] === '’' && TAG_NEXT.test(text.slice(i + 2, i + 18))) {
        // ... and spaced after the comma, glued to the speaker's tag ('... lebih lanjut, ‘’ujar
        // Kapolres'): it closes what the same pair opened, not a quotation of its own
        closing(i, true);
        i++;
      } else if ((c === '‘' || c === "'") && (prevC === undefined || /[\s([.,;:!?]/.test(prevC)) && DOUBLED_SINGLE.test(text.slice(i, i + 3))) {
        opening(i, DOUBLED);
        i++;
      } else if ((c === '’' || c === "'") && open.length > 0 && prevC !== undefined && !/\s/.test(prevC) && (DOUBLED_SINGLE_CLOSE.test(text.slice(i, i + 3)) || (/[,.!?]/.test(prevC) && DOUBLED_SINGLE_GLUED.test(text.slice(i, i + 3))))) {
        closing(i, true);
        i++;
      } else if ((c === '’' || c === "'") && open.length === 0 && prevC !== undefined && /[,.!?]/.test(prevC) && DOUBLED_SINGLE_CLOSE.test(text.slice(i, i + 3)) && TAG_NEXT.test(text.slice(i + 2).trimStart()) && !/’’|''|‘’|‘‘/.test(text.slice(0, i))) {
        // ... and with nothing open, before its speaker's tag ('... segera diselesaikan,’’ ujar
        // Kapolda'): the end of a quotation opened paragraphs before, which pairs across them (not
        // where the paragraph opened with the same two marks: "’’Besok ... Jombang,’’ kata Sri")
        unpaired.push({ start: i, end: i + 2, mark: CLOSE });
        i++;
      } else if (c === '‘' && open.at(-1)?.mark === DOUBLED && prevC !== undefined && !/\s/.test(prevC) && DOUBLED_SINGLE_AS_CLOSE.test(text.slice(i, i + 3))) {
        // the same two marks typed at both ends ('‘’Jadi masyarakat ... sudah termuat di situ,‘’
        // jelasnya.'): one portal's style, consistent, so the pair closes what it opened
        closing(i, true);
        i++;
      }
      continue;
    }
    const nextC = text[i + 1];
    // a curly mark closing an HTML attribute that a page's software mangled ('buy geneva;”>Army
    // spokesperson'): markup, not a quotation (straight attribute marks pair with each other)
    if (c === CLOSE && nextC === '>') continue;
    // ... and the straight marks of an attribute's value (' href="..."'), skipped as a pair, and the
    // last mark of one a scraper cut in half ('(GORONTALO.disway.id/listtag/1909/smk">SMK)')
    if (c === '"' && prevC === '=') {
      const end = text.indexOf('"', i + 1);
      if (end > 0 && end - i <= ATTRIBUTE_VALUE_MAX) i = end;
      continue;
    }
    if (c === '"' && nextC === '>') continue;
    // a closing mark glued after an opening one and before a word ('“”This is one of ...'): the
    // opening mark typed twice, not an empty quotation and a mark without its pair
    if (c === CLOSE && prevC === OPEN && /\p{L}/u.test(nextC ?? '')) continue;
    // the seconds of a coordinate or an angle ("04°18’79” U"), not a quotation mark
    if (c !== OPEN && prevC !== undefined && /\d/.test(prevC) && DMS_BEFORE.test(text.slice(Math.max(0, i - 16), i))) continue;
    if (c === '"') {
      const openerLike = (prevC === undefined || /[\s([]/.test(prevC)) && nextC !== undefined && /[\p{L}\p{N}'‘([.…]/u.test(nextC);
      const closerLike = prevC !== undefined && !/\s/.test(prevC) && (nextC === undefined || /[\s,.;:!?)\]…-]/.test(nextC));
      // an inch mark after a figure ("5' 10\" tall", "a 15\" screen"), not a quotation mark; a
      // quotation may well end on a figure ("... tgl 2 April 2025""), so only these shapes
      if (open.length === 0 && closerLike && (INCHES.test(text.slice(Math.max(0, i - 8), i + 12)) || INCHES_BEFORE_NOUN.test(text.slice(i - 1, i + 24)))) continue;
      // glued between a comma and its speaker's tag (',"urainya.'): it closes what the paragraph
      // before opened, not a quotation of its own
      // ... or typed with the space on the wrong side, the tag right after it (', "singkatnya.',
      // ', "terang X'): it closes all the same
      if (!closerLike && prevC !== undefined && ((/[,.!?]/.test(prevC) && ATTRIBUTION_CLAUSE.test(`, ${text.slice(i + 1, i + 40)}`)) || (/[,.!?] $/.test(text.slice(Math.max(0, i - 2), i)) && TAG_NEXT.test(text.slice(i + 1, i + 16))))) closing(i);
      // ... or spaced on both sides before the tag, nothing open in the paragraph ('... setiap
      // peserta " imbuhnya.'): it closes a quotation a line break cut, opened in the paragraph before
      else if (!openerLike && !closerLike && open.length === 0 && prevC === ' ' && TAG_AFTER_SPACE.test(text.slice(i + 1, i + 24)) && /^[^"“”]{0,50}(?:[.!?]|$)/.test(text.slice(i + 1))) closing(i);
      else if (openerLike && !closerLike) opening(i, '"');
      // ... or glued to a comma with the space after it, nothing open, and a mark further on that
      // closes before the speaker's tag ('... manca Negara," untuk saat ini ... sendiri", ucap
      // Ridwansyah.'): it opens, typed with the space on the wrong side
      else if (closerLike && open.length === 0 && (prevC === ',' || prevC === ':') && nextC === ' ' && STRAIGHT_CLOSE_THEN_TAG.test(text.slice(i + 1))) opening(i, '"');
      // ... or glued to the full stop after a speaker's tag, before a capital ('... a day," added
      // Jones." I work in Jackson ... unsecured."'): the next quotation's opener, the paragraph's
      // last mark closing it
      else if (closerLike && open.length === 0 && prevC === '.' && nextC === ' ' && /\p{Lu}/u.test(text[i + 2] ?? '') && STRAIGHT_CLOSE_AT_END.test(text.slice(i + 1))) opening(i, '"');
      else if (closerLike && !openerLike) closing(i);
      else if (open.length > 0) closing(i);
      else opening(i, '"');
    } else if (c === OPEN) {
      // an opening mark where a quotation ends (“… di lapangan “, sambung Raffles.): it closes,
      // facing the wrong way; no quotation begins with a comma or a full stop
      // ... also typed before its speaker's tag after a comma (“... oleh pemerintah, “jelasnya.",
      // '... are being ignored, “said Nafeesa Shah')
      // ... or glued to the word it closes ("di “kolam“ bekas tambang")
      // ... or glued to a capitalised tag that ends the sentence ('... tahap satu. “Ungkap Toha.'),
      // or typed before a tag in lower case with no stop before it ('... yang melintas “ungkap edy')
      const afterStop = /[,.!?]\s?$/.test(text.slice(Math.max(0, i - 2), i));
      const tag = TAG_NEXT.test(text.slice(i + 1, i + 16));
      const ends =
        open.length > 0 &&
        (nextC === undefined ||
          /[,.;:!?]/.test(nextC) ||
          (afterStop && (ATTRIBUTION_CLAUSE.test(`, ${text.slice(i + 1, i + 40)}`) || ((tag || TAG_AFTER_SPACE.test(text.slice(i + 1, i + 24))) && /^[^"“”]{0,50}[.!?]/.test(text.slice(i + 1))))) ||
          (prevC !== undefined && /[\p{L}\p{N}]/u.test(prevC) && /\s/.test(nextC)) ||
          (prevC !== undefined && /\s/.test(prevC) && /\p{Ll}/u.test(nextC) && tag && /^[^"“”]{0,50}(?:[.!?]|$)/.test(text.slice(i + 1))));
      if (ends) {
        closing(i);
        reversedClosers.push(i);
      } else if (open.length === 0 && afterStop && tag) {
        // ... and so with nothing open (', “ucap Ketua BPD.'): the closing mark, facing the wrong
        // way, of a quotation whose opening mark is missing too; one warning, for the mark
        reversedClosers.push(i);
      } else opening(i, OPEN);
    } else if (open.length > 0 && prevC !== undefined && /\s/.test(prevC) && /\p{L}/u.test(nextC ?? '') && NESTED_WRAP_AFTER.test(text.slice(i + 1))) {
      // inside an open quotation, a closing mark placed like an opener that wraps a few words,
      // the quotation's own closing mark still to come ('“... Kebetulan saya ”balik dusun”,
      // silaturahmi ... masyarakat,” ujar ...'): a quotation inside it, opened facing the wrong
      // way; read as a closing mark, the outer quotation's end would look unopened too
      opening(i, OPEN);
      reversedOpeners.push(i);
    } else if (open.length > 0) closing(i);
    else if (prevC !== undefined && /[.!?,:]/.test(prevC) && nextC !== undefined && /\p{Lu}/u.test(nextC) && !TAG_NEXT.test(text.slice(i + 1, i + 16))) {
      // nothing open, a stop before it and a capital glued after it ("... treasury benches.”I
      // want to unmask your agenda”, the minister said): it opens, facing the wrong way (not
      // before its speaker's tag: 'Padam semua,”Katanya.' closes)
      opening(i, OPEN);
      reversedOpeners.push(i);
    } else if (nextC === ' ' && (/\p{Lu}/u.test(text[i + 2] ?? '') || (/[,:] ?$/.test(text.slice(Math.max(0, i - 2), i)) && /\p{Ll}/u.test(text[i + 2] ?? ''))) && (closesLater(text, i) || (SPEECH_VERB_COMMA.test(text.slice(Math.max(0, i - 24), i)) && !text.includes(CLOSE, i + 1)))) {
      // nothing open, a capital after a space (or any word after a comma, spaced or not), and a
      // closing mark further on with no opening one between ('Adapun tema MTQ itu yakni ”
      // Musabaqah ... Pedoman Hidup”.', '... sesegera mungkin.” Karena, warga ... pertanian,”
      // ulasnya', 'mengatakan,” sepanjang jalan ... rusak,” ucapnya'): it opens that quotation,
      // facing the wrong way; read as a mark of its own, the real closing mark would look unopened too.
      // After a speech verb's comma it opens too when nothing closes in the paragraph ('Mengatakan
      // bahwa,” harga gabah ...', the quotation going on in the next paragraph)
      opening(i, OPEN);
      reversedOpeners.push(i);
    } else if (prevC !== undefined && /[,:]/.test(prevC) && /\p{Ll}/u.test(nextC ?? '') && closesLater(text, i) && (TAG_NEXT.test(text.slice(text.indexOf(CLOSE, i + 1) + 1).trimStart()) || SPEECH_VERB_COMMA.test(text.slice(Math.max(0, i - 24), i)))) {
      // (... or after a speech verb's comma: 'Rini Maliku mengungkapkan,”sebagai Lurah ... hadir”.')
      // glued between a comma and a word in lower case, nothing open, and a mark further on that
      // closes before its speaker's tag ('... dengan mudah,”semoga petani ... berkembang
      // lagi,”papar suratno.'): it opens, facing the wrong way; one slip, not two marks without pairs
      opening(i, OPEN);
      reversedOpeners.push(i);
    } else if (nextC === ' ' && /[.!?] ?$/.test(text.slice(Math.max(0, i - 2), i)) && /\p{Ll}/u.test(text[i + 2] ?? '') && closesLater(text, i) && tagAfterClose(text.slice(text.indexOf(CLOSE, i + 1) + 1).trimStart())) {
      // after a sentence's stop, before a word in lower case, nothing open, and a mark further on
      // that closes before its speaker's tag ('... yang sifatnya smart. ” jadi, jangan melihat ...
      // tidak ada inovatif,” Kata Forry'): the quotation's opener, facing the wrong way; one slip
      opening(i, OPEN);
      reversedOpeners.push(i);
    } else if (prevC !== undefined && /\s/.test(prevC) && /[,.]\s$/.test(text.slice(Math.max(0, i - 2), i)) && TAG_NEXT.test(text.slice(i + 1, i + 16)) && /^[^"“”]{0,60}(?:[.!?]|$)/u.test(text.slice(i + 1))) {
      // glued to its speaker's tag after a comma and a space, nothing open ('... di wilayah
      // binaannya, ”kata Danramil.'): the closing mark of a quotation whose opening mark is missing
      closing(i);
    } else if (prevC !== undefined && /\d/.test(prevC)) {
      // an inch mark after a figure ("sensor 1/1.5”"), not a quotation mark
    } else if ((prevC === undefined || /\s/.test(prevC)) && (/[\p{L}\p{N}]/u.test(nextC ?? '') || (i === 0 && nextC === ' ' && /[\p{L}\p{N}]/u.test(text[i + 2] ?? '')) || (nextC === ' ' && /[,.:]\s$/.test(text.slice(Math.max(0, i - 2), i)) && /[\p{Lu}\p{N}]/u.test(text[i + 2] ?? '') && !TAG_NEXT.test(text.slice(i + 2, i + 18))))) {
      // (not before its speaker's tag, capitalised after a stop: '... 2.363 hektar. ” Bebernya.'
      // closes a quotation opened paragraphs before)
      // ”…” : some portals open quotations with the closing mark; placed like an opener, it
      // opens (and is reported as facing the wrong way, not as a mark without its pair)
      opening(i, OPEN);
      reversedOpeners.push(i);
    } else unpaired.push({ start: i, end: i + 1, mark: CLOSE });
  }
  for (const o of open) unpaired.push({ start: o.pos, end: o.pos + o.mark.length, mark: o.mark });
  quotes.sort((a, b) => a.start - b.start);
  unpaired.sort((a, b) => a.start - b.start);
  return { quotes, unpaired, opensUnclosed: open.length > 0, reversedOpeners, reversedClosers, doubledOpeners };
}

/**
 * the speaker's tag right after a closing mark; there "harap" hopes ('..., ” harap dia.'), where
 * bare before a quotation it says please, so it is no tag of TAG_NEXT's
 */
function tagAfterClose(after: string): boolean {
  return TAG_NEXT.test(after) || /^[Hh]arap\s+(?:dia|ia|beliau|\p{Lu})/u.test(after);
}

/** a speech verb and its comma right before a mark: what follows is the quotation ("Mengatakan bahwa,”", "mengatakan,”") */
const SPEECH_VERB_COMMA = /\b(?:mengatakan|menyatakan|menjelaskan|menambahkan|mengungkapkan|menyampaikan|menegaskan|menuturkan|berkata|bahwa)\s*[,:]$/iu;

/** a closing mark after position i, with no opening mark before it */
function closesLater(text: string, i: number): boolean {
  const close = text.indexOf(CLOSE, i + 1);
  if (close < 0) return false;
  const between = text.slice(i + 1, close);
  return !between.includes(OPEN) && !between.includes('"');
}

function pushQuote(text: string, open: number, close: number, out: QuoteX[], openLength = 1, closeLength = 1): void {
  const inner = text.slice(open + openLength, close);
  const words = quoteWords(inner);
  out.push({ start: open, end: close + closeLength, innerStart: open + openLength, innerEnd: close, words, norm: words.join(' ') });
}

// ---- attribution ------------------------------------------------------------------------

/** speech verbs both readings know: a claim's source and a quotation's speaker */
const ID_SAYS = 'menguraikan|uraikan|urai|merinci|memerinci|kata|katanya|ujar|ujarnya|ucap|ucapnya|ungkap|ungkapnya|jelas|jelasnya|tutur|tuturnya|tegas|tegasnya|sebut|sebutnya|terang|terangnya|papar|paparnya|imbuh|imbuhnya|tambah|tambahnya|lanjut|lanjutnya|pungkas|pungkasnya|sambung|sambungnya|tulis|tulisnya|tanya|ajak|ajaknya|pinta|pintanya|harap|harapnya|seru|serunya|bilang|akunya|timpal|timpalnya|beber|bebernya|klaim|klaimnya|kilah|kilahnya|menurut|menurutnya|mengatakan|menyampaikan|menjelaskan|menegaskan|mengungkapkan|menuturkan|menyebut|menyebutkan|menambahkan|mengaku|mengklaim|menilai|menyatakan|memaparkan|menerangkan|berkata|berujar|bertanya|mengimbau|meminta|dikutip|mengutip|dilansir|melansir';
const ID_ATTRIB = new RegExp(`\\b(?:${ID_SAYS}|berdasarkan|keterangan(?:nya)?|pernyataan(?:nya)?|sumber|data|laporan|rilis|survei|hasil|mencatat|mencatatkan|merilis|dirilis|menunjukkan|mengumumkan|diumumkan|versi|menyinggung|melanjutkan|mengutip|memaparkan|membeberkan)\\b`, 'i');
const EN_ATTRIB = /\b(?:pointed out|pointing out|points out|noting|saying|adding|said|says|say|told|tells|tell|added|adds|according|asked|asks|explained|explains|wrote|writes|stated|states|argued|argues|warned|warns|insisted|insists|claimed|claims|noted|notes|commented|continued|replied|admitted|admits|announced|announces|confirmed|confirms|suggested|suggests|described|describes|quoted|declared|believes|believe|predicted|predicts|reported|reports|figures|data|survey|study|research|statistics|revealed|reveals|told|quoted|found|finds|showed|shows|estimates|estimated|calculated|published|released)\b/i;

export const ID_SPEECH = new RegExp(`\\b(?:${ID_SAYS}|berpesan|pesan|pesannya|katanya|imbau|imbaunya|jawab|jawabnya|ucapan|cetus|cetusnya|kenang|kenangnya|akui|ungkapan|tandas|tandasnya|tukas|tukasnya)\\b`, 'i');
export const EN_SPEECH = /\b(?:pointing out|points out|noting|saying|adding|said|says|say|told|tells|added|adds|according to|asked|asks|explained|explains|wrote|writes|stated|states|argued|argues|warned|warns|insisted|insists|claimed|claims|noted|notes|commented|comments|continued|replied|admitted|admits|announced|announces|confirmed|confirms|suggested|suggests|described|describes|quoted|declared|believes|added|urged|urges|called|calls|joked|jokes|recalled|recalls|acknowledged|acknowledges|conceded|concedes|stressed|stresses|pointed out|went on|predicted|predicts|told)\b/i;

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/i;
const GLUED_SOURCE = /(?:[Mm]engutip|[Dd]ikutip|[Mm]elansir|[Dd]ilansir|[Mm]enurut)(?=\p{Lu})/u;
/** the records of a named body ("catatan Badan Pusat Statistik (BPS)"); a bare "catatan" is a note */
const RECORDS_OF = /\b[Cc]atatan\s+(?=\p{Lu})/u;

/** text with the quoted parts blanked out, so words inside a quote do not count as attribution */
function outsideQuotes(text: string, quotes: QuoteX[]): string {
  if (quotes.length === 0) return text;
  let s = '';
  let last = 0;
  for (const q of quotes) {
    s += text.slice(last, q.start) + ' '.repeat(q.end - q.start);
    last = q.end;
  }
  return s + text.slice(last);
}

// ---- claims -----------------------------------------------------------------------------

/** a sentence that goes on from the one before with the same account ("Kemudian 2016 ...", "Then in 2019 ...") */
/** a sentence that goes on with the one before: its source is that one's */
export const CONTINUES = /^\s*(?:kemudian|lalu|selanjutnya|sementara(?: itu)?|sedangkan|adapun|setelah itu|bahkan|selain itu|then|meanwhile|after that|by contrast|moreover|in addition)\b/iu;

/*
 * What a fact-checker would check (issue 12): a statistic, a record or superlative WITH a scope
 * ("tertinggi dalam sepuluh tahun", "the largest in Europe", "terbesar se-Asia"), a superlative
 * or comparison carrying a figure ("nilai 96,45 ... tertinggi", "doubled to 3,000"). Not sports
 * or event narration ("the first leg", "pertama kali digelar", "the best chance"), not a bare
 * amount in a sentence that tells what happened ("Rp 50.000 per orang"), not opinion.
 * Written by hand, not learned: the shapes are those of the ClaimBuster / CheckThat! guidelines
 * (numbers with a trend or a comparison, records with a scope), kept narrow for precision.
 */
const ID_SUPERLATIVE = /(?<![\p{L}-])(?:ter(?:tinggi|besar|rendah|banyak|kecil|luas|mahal|murah|parah|panjang|tua|padat|miskin|kaya)|rekor)(?![\p{L}-])/u;
// (a record denied is none: "but not on record pace")
const EN_SUPERLATIVE = /\b(?:highest|lowest|largest|biggest|smallest|richest|poorest|deadliest|busiest|most\s+(?:populous|expensive|common|deadly|visited)|(?<!\b(?:not|no)\s+(?:(?:on|at|a)\s+)?)record(?!\s+(?:label|company|deal|store|shop|producer|player|books?|breaking|of))|unprecedented)\b/iu;
/** where a superlative claims its reach, right after it: in time, in space, ever */
const ID_SCOPE = /^[\s,]*(?:\p{L}+\s+){0,3}?(?:(?:dalam|selama|sepanjang)\s+(?:\p{L}+\s+){0,2}(?:tahun|dekade|abad|bulan|sejarah)|sejak\s+(?:\p{L}+\s+)?(?:tahun\s+)?\d{4}|se-?(?:Indonesia|Asia|dunia|Jawa|Sumatera|Sumatra|Kalimantan|Sulawesi|Papua|nasional|provinsi|\p{Lu}\p{L}+)|di\s+(?:dunia|Indonesia|Asia|Eropa|Afrika|Amerika)|sepanjang\s+masa|(?:secara\s+)?nasional|dunia)(?![\p{L}])/u;
const EN_SCOPE = /^[\s,]*(?:\p{L}+\s+){0,3}?(?:since\s+(?:\p{L}+\s+)?\d{4}|since\s+records\s+began|on\s+record|ever|of\s+all\s+time|in\s+(?:\p{L}+\s+){0,2}(?:years?|decades?|century|history)|in\s+(?:the\s+)?(?:world|country|UK|US|Europe|Asia|Africa|Britain|England))\b/iu;
/** "the world's largest", "India's biggest": the scope stands before the superlative */
const EN_SCOPE_BEFORE = /\b(?:world|country|nation|Britain|UK|Europe|Asia|India|China|America|Africa)'s\s+(?:\p{L}+\s+)?$/iu;
/** a change or comparison, stated with its figure right after ("naik 12 persen", "rose 13%"; an
 * athlete who "jumped 4'8"" is a result, not a statistic, but "seas have risen nearly 8 inches" is one;
 * so is a player who "dropped 1 shot to par" or a side that "fell 3 places", and "a doubled prize
 * pool" describes the pool);
 * "doubled their lead" is a second goal, and "halved the deficit when ..." a goal back, not a statistic */
const ID_TREND = /(?<![\p{L}-])(?:naik|turun|meningkat|menurun|melonjak|anjlok|merosot|tumbuh|bertambah|berkurang)\s+(?:(?:sebesar|sekitar|hingga|lebih\s+dari|hampir|mencapai)\s+)?(?=\d)|(?<![\p{L}-])(?:dua|tiga|empat|\d+)\s+kali\s+lipat(?![\p{L}-])/u;
const EN_TREND = /\b(?:rose|risen|fell|fallen|increased|decreased|jumped|dropped|grew|grown|declined|soared|plunged|(?:was|were|is|are)\s+up|(?:was|were|is|are)\s+down)\s+(?:by\s+)?(?:(?:about|almost|nearly|more\s+than|some)\s+)?(?=[\d$£€])(?!\d{1,2}:\d{2}\b|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b)(?!\d+\s*[-–]\s*\d+(?!\s*(?:%|per\s*cent|percent)))(?!\d+(?:[.,]\d+)?\s*['’′"])(?!\d+\s+(?:runs?|wickets?|points?|goals?|shots?|strokes?|seconds?)\s+short\b)(?!\d+\s+(?:shots?|strokes?|wickets?|runs?|goals?|places?|spots?|frames?|sets?|games?)\b)|\b(?<!\b(?:a|an|the)\s)(?:(?:doubled|tripled|halved)(?!\s+up\b)(?!\s+(?:(?:their|the|his|her|its|our|a)\s+)?(?:[\p{L}’'-]+\s+){0,3}(?:lead|advantage|tally|account|margin|score|count|efforts?)\b)(?!\s+the\s+(?:deficit|arrears|gap)\s+(?:when|after|as|on|with\s+(?:a|an|his|her|their)\s+(?:goal|try|header|strike|penalty))\b)|twice\s+as\s+many|three\s+times\s+as\s+many)\b/iu;
/** a forecast, a condition or a possibility is not yet a fact to check */
const ID_NOT_FACT = /(?<![\p{L}-])(?:jika|apabila|bila|kalau|berpotensi|diprediksi|diperkirakan|diproyeksikan|ditargetkan|target|akan|mungkin|bisa|dapat|agar|supaya)(?![\p{L}-])/iu;
const EN_NOT_FACT = /\b(?:if|unless|would|could|might|may|will|expected|forecast|predicted|projected|target|aims?|so that)\b/iu;
/**
 * Market quotes (an index's points, a share's or a coin's price of the day) are read off the feed
 * and printed by the dozen; a fact-checker does not ask for their source.
 */
const MARKET = /\b(?:IHSG|indeks|index|Nasdaq|Dow\s+Jones|S&P|FTSE|Nikkei|saham|shares?|stocks?\s+(?:fell|rose|dropped|jumped|climbed|slid|gained|lost|closed|ended)|share\s+price|bitcoin|BTC|ETH|XRP|BNB|Solana|Dogecoin|token|koin|kripto|crypto|emas\s+Antam|buyback|per\s+gram|per\s+bar(?:el|rel)|per\s+dolar|franc|poin|points?|kurs|rupiah\s+(?:menguat|melemah))\b/iu;
/**
 * ... nor a saleyard's report, read off the rail: a paragraph that gives numbers yarded or prices
 * per head or per kilo is the market's own figures throughout ("Numbers dropped by 567 for a
 * yarding of 1039 cattle", "... over 30kg cwt dropped $7 selling from $212 to $244/head")
 */
const SALEYARD = /\byard(?:ed|ing)\b|\bsaleyards?\b|c\/kg|\bcwt\b|\/head\b|\bper head\b/i;
/** the share of a population or a whole: "45 persen warga", "a third of households" */
const ID_SHARE = /\bpersen\s+(?:dari\s+)?(?:total\s+)?(?:warga|penduduk|masyarakat|rumah\s+tangga|keluarga|pelajar|siswa|anak|perempuan|pekerja|petani|pemilih|responden)\b/u;
const EN_SHARE = /(?:%|per\s?cent)\s+of\s+(?:all\s+)?(?:the\s+)?(?:people|adults|children|households|families|voters|workers|women|men|pupils|students|population|respondents|Britons|Americans)\b/iu;

/** a ticker or a market sector moving ("SOL turun 4,18 persen", "sektor energi naik 0,27%"), a gold price, a share price glued by a scraper ("Hargasaham") */
const MARKET_MOVE = /(?:\b[A-Z]{2,5}\b\s+(?:naik|turun|menguat|melemah|anjlok|melonjak|menurun|rose|fell)|\bsektor\s+\p{L}+\s+(?:naik|turun|menguat|melemah)|harga\s*emas|emas\s+(?:batangan|perhiasan|dunia|spot)|saham|\bgold\s+(?:price|prices|rose|fell))/u;

function claimTrigger(sentence: string, nums: NumberMention[], lang: ArticleLanguage): string | null {
  if ((lang === 'id' ? ID_NOT_FACT : EN_NOT_FACT).test(sentence) || MARKET.test(sentence) || MARKET_MOVE.test(sentence)) return null;
  const supRe = lang === 'id' ? ID_SUPERLATIVE : EN_SUPERLATIVE;
  const sup = supRe.exec(sentence);
  if (sup) {
    const after = sentence.slice(sup.index + sup[0].length);
    // "the highest hopes", "the biggest night in UK film", "event tertinggi dunia": the
    // superlative qualifies no measure, so there is nothing to check
    // "Africa's most populous nation", "one of the world's largest democracies", "kota
    // terpadat", "Africa's largest economy" (wire copy's name for Nigeria): the standing
    // description of a country or region by its size, not a claim of the story ("the world's
    // poorest countries" is one)
    // (the sentence may still state a trend or a share: "Africa's largest economy grew 3.4%")
    const describes = /^(?:most\s+populous|largest|biggest|terpadat|terbesar)$/iu.test(sup[0]) && (/^\s+(?:nation|country|countries|province|state|democrac(?:y|ies)|econom(?:y|ies)|archipelago|continent|island|city)\b/iu.test(after) || /\b(?:negara|provinsi|kota|pulau|ekonomi)\s+$/iu.test(sentence.slice(0, sup.index)));
    const measuresNothing = /^\s+(?:hopes?|honou?rs?|praise|regard|priority|priorities|night|day|moment|stage|event|dream|ambition|fans?)\b/i.test(after) || /\b(?:event|ajang|acara|turnamen)\s+(?:\p{L}+\s+)?$/iu.test(sentence.slice(0, sup.index));
    if (!describes && !measuresNothing) {
      const scoped = (lang === 'id' ? ID_SCOPE : EN_SCOPE).test(after) || (lang === 'en' && EN_SCOPE_BEFORE.test(sentence.slice(0, sup.index)));
      const figure = nums.some((n) => n.kind === 'percent' || (n.kind === 'number' && !n.spelled && n.decimals > 0));
      if (scoped || figure) return sup[0];
    }
  }
  const trend = (lang === 'id' ? ID_TREND : EN_TREND).exec(sentence);
  if (trend) return trend[0].trim();
  const share = nums.find((n) => n.kind === 'percent');
  if (share && (lang === 'id' ? ID_SHARE : EN_SHARE).test(sentence)) return share.raw;
  return null;
}

// ---- number context -------------------------------------------------------------------

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;

/** the clause of a sentence around a figure: list items and semicolons end a statement */
const CLAUSE_BREAK = /;|•|\s[-–—]\s|(?:^|\s)\d{1,2}\.\s*(?=\p{Lu})|\.(?=\d{1,2}\.\s*\p{Lu})/gu;
/** the breaks inside a sentence, once per sentence: [at, after] pairs in order */
function clauseBreaks(text: string, s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const seg = text.slice(s.start, s.end);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(seg))) {
    out.push([s.start + m.index, s.start + m.index + m[0].length]);
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  return out;
}
function clauseAround(breaks: Array<[number, number]>, s: Sentence, start: number, end: number): Sentence {
  let a = s.start;
  let b = s.end;
  // binary search the first break that ends after `start`
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) a = Math.max(a, breaks[lo - 1]![1]);
  for (let i = lo; i < breaks.length; i++) {
    if (breaks[i]![0] >= end) {
      b = Math.min(b, breaks[i]![0]);
      break;
    }
  }
  return { start: a, end: b };
}

function numberContexts(text: string, sentences: Sentence[], nums: NumberMention[]): NumberX[] {
  const out: NumberX[] = [];
  const clauseTags = new Map<string, string>();
  const breaksBySentence = new Map<number, Array<[number, number]>>();
  for (const n of nums) {
    const si = sentenceAt(sentences, n.start);
    let breaks = breaksBySentence.get(si);
    if (!breaks) breaksBySentence.set(si, (breaks = clauseBreaks(text, sentences[si]!)));
    const s = clauseAround(breaks, sentences[si]!, n.start, n.end);
    // four words each side are all the context needs: read at most ~80 characters each way
    const leftText = text.slice(Math.max(s.start, n.start - 80), n.start);
    const rightText = text.slice(n.end, Math.min(s.end, n.end + 80));
    const leftCut = n.start - 80 > s.start;
    const rightCut = n.end + 80 < s.end;
    const tok = (t: string): string[] => {
      const r: string[] = [];
      TOKEN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TOKEN.exec(t))) {
        const w = m[0];
        const c = w.charCodeAt(0);
        if (c >= 48 && c <= 57) r.push('#');
        else {
          const last = w.charCodeAt(w.length - 1);
          r.push(last === 46 || last === 44 ? w.toLowerCase().replace(/[.,]+$/, '') : w.toLowerCase());
        }
      }
      return r;
    };
    let left = tok(leftText);
    if (leftCut) left = left.slice(1); // the first token may be cut in half
    left = left.slice(-4);
    let right = tok(rightText);
    if (rightCut) right = right.slice(0, -1);
    right = right.slice(0, 4);
    // enough real words around it to be a statement, not a list or a table row
    const wordsCount = left.concat(right).filter((w) => /\p{L}{3,}/u.test(w)).length;
    // the names in the sentence: a template repeated for another subject ("BNI menguat 1,8% ke
    // harga Rp 4.450 per lembar saham" / "BRI menguat ...") is not the same statement
    const clauseKey = `${s.start}:${s.end}`;
    let tags = clauseTags.get(clauseKey);
    if (tags === undefined) {
      const clause = text.slice(s.start, s.end);
      // (letters only: "Rp269" glued to its figure is the figure, not a name)
      const names = (clause.match(/(?<=\s)\p{Lu}\p{L}+(?!\p{N})/gu) ?? []).join(' ');
      // and the years: "2023 mencapai 99,23 persen" and "2024 mencapai 98,29 persen" are two statements
      const years = (clause.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).join(' ');
      tags = `${names}|${years}`;
      clauseTags.set(clauseKey, tags);
    }
    // the figure's place: its neighbours, marked where the sentence begins or ends
    const context = wordsCount >= 3 ? `${left.length < 4 && !leftCut ? '^ ' : ''}${left.join(' ')} _ ${right.join(' ')}${right.length < 4 && !rightCut ? ' $' : ''}|${tags}` : '';
    // the mention objects are fresh from findNumbers: extend them in place (no copy per figure)
    const x = n as NumberX;
    x.sentence = si;
    x.context = context ? `${n.kind}|${n.currency ?? ''}|${context}` : '';
    out.push(x);
  }
  return out;
}

// ---- extraction -------------------------------------------------------------------------

export function extractParagraph(text: string, lang: ArticleLanguage, order: DateOrder): ParaX {
  const sentences = splitSentences(text);
  const dates = findDates(text, lang, order);
  const numbers = findNumbers(text, lang, dates.map((d) => ({ start: d.dateStart, end: d.dateEnd })));
  const entities = withEntityMarks(text);
  const { quotes, unpaired, opensUnclosed, reversedOpeners, reversedClosers, doubledOpeners } = readQuotes(entities.text);
  const outside = outsideQuotes(text, quotes);
  const attribRe = lang === 'id' ? ID_ATTRIB : EN_ATTRIB;
  const speechRe = lang === 'id' ? ID_SPEECH : EN_SPEECH;
  const names = nameTokens(text);
  const attributedSentences = new Set<number>();
  const claims: ClaimX[] = [];
  const hasUrl = URL.test(text);
  sentences.forEach((s, i) => {
    const sOut = outside.slice(s.start, s.end);
    // "MengutipCNBC", "dilansirAFP": a scraper glues the source to its verb
    if (attribRe.test(sOut) || URL.test(sOut) || GLUED_SOURCE.test(sOut) || (lang === 'id' && RECORDS_OF.test(sOut))) attributedSentences.add(i);
  });
  // a paragraph-level speaker covers the quotes in it ("..." kata Benyamin)
  const speakerOutside = speechRe.test(outside) || /(?:^|[\s,])\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*:\s*["“]/u.test(text);
  let qi = 0;
  const bySentence: NumberMention[][] = sentences.map(() => []);
  for (const n of numbers) if (n.kind !== 'time' && n.kind !== 'year') bySentence[sentenceAt(sentences, n.start)]!.push(n);
  const saleyard = SALEYARD.test(text);
  sentences.forEach((s, i) => {
    if (saleyard) return;
    const sText = text.slice(s.start, s.end);
    const nums = bySentence[i]!;
    const trig = claimTrigger(sText, nums, lang);
    if (!trig) return;
    // attributed in the same sentence, or the next one ("..., naik 12 persen. Data itu dirilis BPS")
    if (attributedSentences.has(i) || attributedSentences.has(i + 1) || hasUrl) return;
    // ... or the one before, when this one goes on with its figures ("Sesuai data dari Dinkes
    // Sultra, pada 2015 penderita ... 158 orang. Kemudian 2016 menurun menjadi 123 orang ...")
    if (attributedSentences.has(i - 1) && CONTINUES.test(sText)) return;
    // a paragraph whose speaker is named outside quotes reports what someone says
    if (speakerOutside) return;
    // inside a quote whose paragraph names a speaker: sourced by the speaker
    while (qi < quotes.length && quotes[qi]!.innerEnd <= s.start) qi++;
    const inQuote = qi < quotes.length && s.start < quotes[qi]!.innerEnd && s.end > quotes[qi]!.innerStart;
    if (inQuote && speakerOutside) return;
    // a sentence that is quoted speech through and through is someone's word, whoever the
    // paragraph names (quote-unattributed asks for the speaker): "“The inquiry is set to become
    // one of the most expensive in British history. ...”" after "Councillor Nick Cook said:"
    const q = quotes[qi];
    if (q && q.innerStart <= s.start + 1 && trimEnd(text, s.start, s.end) <= q.innerEnd + 1) return;
    // ... and so is a paragraph that opens with a quotation it does not close (it goes on in the next)
    if (opensUnclosed && /^\s*["“]/u.test(text)) return;
    if (/\?["”]?\s*$/.test(sText)) return; // a question is not a claim
    claims.push({ sentence: i, start: s.start, end: trimEnd(text, s.start, s.end), trigger: trig });
  });
  const trimmed = text.trimEnd();
  return {
    text,
    sentences,
    dates,
    hijri: findHijriDates(text),
    numbers: numberContexts(text, sentences, numbers),
    names,
    quotes,
    unpaired,
    opensUnclosed,
    reversedOpeners,
    reversedClosers,
    doubledOpeners,
    entityMarks: entities.marks,
    startsWithQuote: /^\s*(?:["“]|‘’|‘‘|'')/.test(text),
    attributed: speakerOutside,
    endsWithColon: /:\s*$/.test(trimmed),
    attributedSentences,
    claims,
  };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

const lowerSets = new WeakMap<ParaX, Set<string>>();
/** whether `word` (lowercase) appears in the paragraph written in lowercase, as a whole word */
export function hasLowercaseWord(p: ParaX, word: string): boolean {
  let set = lowerSets.get(p);
  if (!set) {
    // computed once per paragraph text (the extraction is cached), only when a rule asks
    set = new Set();
    for (const w of p.text.split(/[^\p{L}\p{N}'’-]+/u)) if (w && /^\p{Ll}/u.test(w)) set.add(w);
    lowerSets.set(p, set);
  }
  return set.has(word);
}

export function hasSpeech(text: string, lang: ArticleLanguage): boolean {
  return (lang === 'id' ? ID_SPEECH : EN_SPEECH).test(text);
}
