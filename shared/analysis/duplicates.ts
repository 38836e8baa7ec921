/**
 * Repeated paragraphs inside one story: exact repeats (same words after normalization), near
 * repeats (see similarity.ts) and repeated BLOCKS (a run of consecutive repeats of a run of
 * consecutive earlier paragraphs, as in a scrape that pasted the whole body twice), reported as
 * one group with a single "remove the repeated block" fix.
 *
 * One finding on each LATER copy, `related` pointing at the earliest copy; the earlier copy
 * carries it instead when it is the one to delete (a photo caption, a short deck, a summary a
 * page puts above the story's dateline). Short paragraphs
 * ("(jon)", "Setuju.") never count on their own, only inside a repeated block.
 *
 * A standfirst a page sets under its headline is retold by the story in its own words as a matter
 * of layout (the standfirst sells the story, the story then tells it with its facts): that is no
 * repeat and gets no card, since neither paragraph is the one to delete. A standfirst copied word
 * for word into the story (or with a slip) is a paste, and its card sits on the standfirst, as on
 * any summary above the story, so the story keeps its paragraph.
 *
 * `createDuplicateChecker()` keeps per-paragraph work (normalization, word ids, shingles) and
 * pair comparisons cached by text, so re-checking after an edit of one paragraph only redoes the
 * work for that paragraph plus cheap bookkeeping.
 */
import type { Finding, Fix, UiLanguage } from '../model/finding.js';
import { fingerprintOf } from '../model/fingerprint.js';
import { datelineOf } from './dateline.js';
import { removalEdit } from './fix.js';
import { CAPTION_MARK, endsOnPhotoCredit, furnitureOfCached } from './furniture.js';
import { msg } from './messages.js';
import { trimmedRange, wordsOf } from './normalize.js';
import { editDistance } from './locale/names.js';
import { compareParagraphs, DUP_PARAMS, eligible, featuresOf, type ParagraphFeatures, type Similarity } from './similarity.js';

export interface DuplicateMatch {
  /** the later copy */
  paragraph: number;
  /** the earlier copy it repeats */
  original: number;
  exact: boolean;
  /** 0..1 share of the shorter paragraph's words found in order in the other */
  score: number;
  /** set when the match is part of a repeated block: [first, last] of the later copies */
  block?: { from: number; to: number; originalFrom: number };
}

export interface DuplicateCheckOptions {
  uiLanguage?: UiLanguage;
  /** the story's headline: tells the page's lead from a line put above it */
  headline?: string;
}

export interface DuplicateChecker {
  /** raw matches (for tests, benchmarks and the archive) */
  matches(paragraphs: readonly string[]): DuplicateMatch[];
  /** findings (rule 'duplicate-paragraph') */
  check(paragraphs: readonly string[], opts?: DuplicateCheckOptions): Finding[];
  /** features of one paragraph text from the cache (computed if missing) */
  features(text: string): ParagraphFeatures;
}

/**
 * One distinct paragraph content (by normalized key) present in the story. Candidate counts
 * (shared shingles with every other unit) and confirmed similarities are kept per unit and
 * updated only when a unit appears or disappears, so a keystroke in one paragraph costs
 * O(that paragraph's shingles x their posting lists), not a pass over the whole story.
 */
interface Unit {
  f: ParagraphFeatures;
  cands: Map<Unit, number>;
  sims: Map<Unit, Similarity>;
}

export function createDuplicateChecker(): DuplicateChecker {
  let featureCache = new Map<string, ParagraphFeatures>();
  const units = new Map<string, Unit>();
  // shingle -> the units holding it: the unit itself while it is the only one (most shingles of
  // a story are), an array from the second on, so a 10,000-word story does not make an array per shingle
  const postings = new Map<number, Unit | Unit[]>();

  // Shingles shared by more than maxPosting distinct paragraphs are boilerplate ("kata dia
  // kepada", "of the government") and carry no evidence; once a posting list grows that long
  // its shingle stops counting (its past contributions are taken back), which bounds the work
  // per paragraph even on pathological input. Invariant: counts include unsaturated shingles only.
  const saturated = new Set<number>();

  function bump(a: Unit, b: Unit, d: number): void {
    const n = (a.cands.get(b) ?? 0) + d;
    if (n > 0) a.cands.set(b, n);
    else a.cands.delete(b);
  }

  function addUnit(f: ParagraphFeatures): Unit {
    const unit: Unit = { f, cands: new Map(), sims: new Map() };
    for (const s of f.shingles) {
      const held = postings.get(s);
      if (held === undefined) {
        postings.set(s, unit);
        continue;
      }
      let list: Unit[];
      if (Array.isArray(held)) list = held;
      else postings.set(s, (list = [held]));
      if (!saturated.has(s)) {
        if (list.length >= DUP_PARAMS.maxPosting) {
          saturated.add(s);
          for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
            bump(list[x]!, list[y]!, -1);
            bump(list[y]!, list[x]!, -1);
          }
        } else {
          for (const u of list) {
            bump(unit, u, 1);
            bump(u, unit, 1);
          }
        }
      }
      list.push(unit);
    }
    units.set(f.key, unit);
    return unit;
  }

  function removeUnit(unit: Unit): void {
    for (const s of unit.f.shingles) {
      const held = postings.get(s);
      if (held === undefined) continue;
      if (!Array.isArray(held)) {
        if (held === unit) {
          postings.delete(s);
          saturated.delete(s);
        }
        continue;
      }
      const list = held;
      const at = list.indexOf(unit);
      if (at >= 0) {
        list[at] = list[list.length - 1]!;
        list.pop();
      }
      if (!saturated.has(s)) for (const u of list) bump(u, unit, -1);
      if (list.length === 0) {
        postings.delete(s);
        saturated.delete(s);
      }
    }
    for (const u of unit.sims.keys()) u.sims.delete(unit);
    units.delete(unit.f.key);
  }

  function matches(paragraphs: readonly string[]): DuplicateMatch[] {
    const n = paragraphs.length;
    // Keep only the texts of this round in the cache: memory stays proportional to the story.
    const nextFeatures = new Map<string, ParagraphFeatures>();
    const feats: ParagraphFeatures[] = new Array(n);
    const present = new Map<string, ParagraphFeatures>();
    for (let i = 0; i < n; i++) {
      const text = paragraphs[i]!;
      let f = nextFeatures.get(text) ?? featureCache.get(text);
      if (!f) f = featuresOf(text);
      nextFeatures.set(text, f);
      feats[i] = f;
      if (eligible(f) && !present.has(f.key)) present.set(f.key, f);
    }
    featureCache = nextFeatures;
    for (const [key, unit] of units) if (!present.has(key)) removeUnit(unit);
    for (const [key, f] of present) if (!units.has(key)) addUnit(f);

    const firstPos = new Map<Unit, number>();
    const best: (DuplicateMatch | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const f = feats[i]!;
      if (!eligible(f)) continue;
      const unit = units.get(f.key)!;
      const first = firstPos.get(unit);
      if (first !== undefined) {
        best[i] = { paragraph: i, original: first, exact: true, score: 1 };
        continue;
      }
      firstPos.set(unit, i);
      let cands: Array<[Unit, number, number]> = [];
      for (const [u, count] of unit.cands) {
        const j = firstPos.get(u);
        if (j === undefined) continue; // not earlier in the story
        const need = Math.max(2, Math.ceil(DUP_PARAMS.candidateFraction * Math.min(f.shingles.length, u.f.shingles.length)));
        if (count >= need) cands.push([u, j, count]);
      }
      if (cands.length > DUP_PARAMS.maxCandidates) {
        cands.sort((a, b) => b[2] - a[2] || a[1] - b[1]);
        cands = cands.slice(0, DUP_PARAMS.maxCandidates);
      }
      let found: DuplicateMatch | undefined;
      for (const [u, j] of cands) {
        let sim = unit.sims.get(u);
        if (!sim) {
          sim = compareParagraphs(u.f, f);
          unit.sims.set(u, sim);
          u.sims.set(unit, sim);
        }
        if (!sim.near) continue;
        // two near-alike paragraphs with different figures are parallel statements (a sentence
        // of 14 years and one of 4, two accounts posting on two dates, clause (2) and clause
        // (4) of a law), not one pasted twice: the number checks compare their figures
        if (changedFigures(u.f.figures, f.figures)) continue;
        // ... and so are two with the months of their dates changed ("If by 3 February, 2020, a
        // request ... for the St Maughans and Rockfield ward" / "If by 3 March, 2020, ... for the
        // Llangattock ward": two notices of one formula)
        if (changedMonths(u.f, f)) continue;
        // ... and so are two captions of one gallery that name other people ("Lynn Tobey, of
        // Guilford, Vt., submits her ballot ..." / "Tanya Balsley, of Guilford, Vt., looks over her
        // ballot ..."): two names or more on each side that the other does not write at all, in any
        // case (one word changed in a pasted copy changes one; "Nomor"/"nomor" is one word)
        if (otherNames(u.f, f) && otherNames(f, u.f)) continue;
        // ... and two lines a page broke inside their sentences ("dan Lomba Membuat Sketsa Wajah
        // R.A. Kartini." / "lomba membuat sketsa wajah R.A. Kartini dilaksanakan di ruang kelas.")
        // share a phrase, not a paragraph, when both are a line's length: a pasted copy of such a
        // line repeats it word for word (a long paragraph opening in lower case is a paragraph)
        if (u.f.fragment && f.fragment && Math.max(u.f.words.length, f.words.length) < FRAGMENT_WORDS) continue;
        // ... and two rows of a list under one label ("- Kondisi jalan: Tergenang 30 cm, masih bisa
        // dilewati ..." for one village, "- Kondisi jalan: Masih bisa dilewati ..." for the next):
        // the label recurs because every record of the list fills it in, so alike rows are two
        // records (a row pasted again whole is still an exact repeat, found above)
        if (sameFieldRows(paragraphs[j]!, paragraphs[i]!)) continue;
        if (!found || sim.score > found.score || (sim.score === found.score && j < found.original)) {
          found = { paragraph: i, original: j, exact: false, score: sim.score };
        }
      }
      if (found) best[i] = found;
    }
    return groupBlocks(feats, best);
  }

  function check(paragraphs: readonly string[], opts: DuplicateCheckOptions = {}): Finding[] {
    return findingsOf(paragraphs, matches(paragraphs), opts.uiLanguage ?? 'en', (t) => featureCache.get(t) ?? featuresOf(t), opts.headline);
  }

  return {
    matches,
    check,
    features: (text) => featureCache.get(text) ?? featuresOf(text),
  };
}

/** a line of a page that breaks its sentences is at most this many words */
const FRAGMENT_WORDS = 16;

/** a row of a list: a marker, then a short label and its colon ("- Kondisi jalan: ...", "• Score: ...") */
const LIST_ROW = /^\s*[-–—•*▪●◦]\s*([^:.!?]{1,40}?)\s*:\s*\S/u;

/** the label a list row fills in, in matching form; undefined for a paragraph that is no such row */
function rowLabel(text: string): string | undefined {
  const m = LIST_ROW.exec(text);
  const label = m ? wordsOf(m[1]!).join(' ') : '';
  return label === '' ? undefined : label;
}

/** two rows of a list that fill in the same label: two records of one list */
function sameFieldRows(a: string, b: string): boolean {
  const label = rowLabel(a);
  return label !== undefined && label === rowLabel(b);
}

/**
 * a copy pasted with a slip keeps at least this share of its words in order; a standfirst that
 * the story retells in other words keeps less
 */
const COPIED_SCORE = 0.9;

/**
 * Each paragraph has a figure the other lacks: a figure was changed, not cut. A paragraph that
 * holds the other (a scraper's overlapping windows) keeps all of the shorter one's figures.
 */
function changedFigures(a: string, b: string): boolean {
  if (a === b) return false;
  const left = new Map<string, number>();
  for (const x of a.split(' ')) if (x) left.set(x, (left.get(x) ?? 0) + 1);
  let bOnly = false;
  for (const x of b.split(' ')) {
    if (!x) continue;
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else bOnly = true;
  }
  return bOnly && [...left.values()].some((n) => n > 0);
}

const MONTH_WORD = /\b(?:january|february|march|april|june|july|august|september|october|november|december|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)\b/g;
/** the month names a paragraph writes, read once per paragraph text (a re-check asks again for every near pair) */
const monthsOf = new WeakMap<ParagraphFeatures, readonly string[] | null>();
function monthsIn(f: ParagraphFeatures): readonly string[] | null {
  let m = monthsOf.get(f);
  if (m === undefined) monthsOf.set(f, (m = f.key.match(MONTH_WORD)));
  return m;
}
/** each of two paragraphs writes a month the other does not (a date changed, not one added) */
function changedMonths(a: ParagraphFeatures, b: ParagraphFeatures): boolean {
  const [x, y] = [monthsIn(a), monthsIn(b)];
  if (!x || !y) return false;
  return x.some((m) => !y.includes(m)) && y.some((m) => !x.includes(m));
}

/** `a` names two people or places or more that `b` does not write anywhere */
function otherNames(a: ParagraphFeatures, b: ParagraphFeatures): boolean {
  if (!a.names) return false;
  // (its words as the names are read too: a scraper glues "JakartaManchester" into one word)
  const words = new Set([...b.key.split(' '), ...b.names.split(' ')]);
  let only = 0;
  for (const w of a.names.split(' ')) if (!words.has(w) && ++only >= 2) return true;
  return false;
}

/**
 * Group runs: later paragraphs i..i+k repeating earlier paragraphs j..j+k in the same order.
 * A short paragraph inside such a run that equals its counterpart (a repeated sign-off or
 * subhead in the middle of a pasted block) joins the block; on its own it never counts.
 */
function groupBlocks(feats: ParagraphFeatures[], best: (DuplicateMatch | undefined)[]): DuplicateMatch[] {
  const n = feats.length;
  const out: DuplicateMatch[] = [];
  let i = 0;
  while (i < n) {
    const m = best[i];
    if (!m) {
      i++;
      continue;
    }
    // extend the run while the next paragraph repeats the next original
    let end = i;
    const runs: DuplicateMatch[] = [m];
    for (;;) {
      const k = end + 1;
      const want = m.original + (k - i);
      if (k >= n || want >= i) break; // the original block must end before the copy starts
      const next = best[k];
      if (next && next.original === want) {
        runs.push(next);
        end = k;
        continue;
      }
      // a short line equal to its counterpart, followed by a continuing run
      const fk = feats[k]!;
      const after = best[k + 1];
      if (!next && fk.key.length > 0 && !fk.furniture && fk.key === feats[want]!.key && after && after.original === want + 1) {
        runs.push({ paragraph: k, original: want, exact: true, score: 1 });
        end = k;
        continue;
      }
      break;
    }
    if (runs.length >= 2) {
      for (const r of runs) out.push({ ...r, block: { from: i, to: end, originalFrom: m.original } });
    } else {
      out.push(m);
    }
    i = end + 1;
  }
  return out;
}

function findingsOf(
  paragraphs: readonly string[],
  matches: DuplicateMatch[],
  ui: UiLanguage,
  feat: (t: string) => ParagraphFeatures,
  headline: string | undefined,
): Finding[] {
  const out: Finding[] = [];
  // one fix and one group id per block, shared by its findings
  const blocks = new Map<number, { fix: Fix; group: string }>();
  const laterCopies = new Set(matches.map((x) => x.paragraph));
  let layout: ReturnType<typeof pageLayout> | undefined;
  const reported = new Set<number>();
  for (const match of matches) {
    if (!match.block && (headsAgain(paragraphs, match) || minuteOfItem(paragraphs, match) || formulaUnderTitles(paragraphs, match) || (!match.exact && formulaRows(paragraphs[match.original]!, paragraphs[match.paragraph]!)))) continue;
    // A standfirst under the page's headline, retold in the story's own words further on, is how a
    // news page is laid out, not a repeat: a copy editor keeps both (only a copy word for word is
    // carded, on the standfirst, by pageLayout)
    if (!match.block && !match.exact && match.score < COPIED_SCORE && (layout ??= pageLayout(paragraphs, feat, headline)).standfirst(match.original)) continue;
    // A photo caption above the lead that repeats it ("FOTO : Kecelakaan maut di ...", then
    // "TABANAN - Kecelakaan maut terjadi di ...") is the copy to remove, not the lead: the
    // finding sits on the caption, whichever came first.
    // (once per caption: a caption already found as a later copy keeps that finding)
    const firstFound = laterCopies.has(match.original);
    const captionFirst = !match.block && !firstFound && captionOnly(paragraphs[match.original]!) && !captionOnly(paragraphs[match.paragraph]!);
    // A short paragraph whose words all stand again inside a longer one after it (a deck above the
    // lead: "Polda Maluku berhasil menangani 15 kasus korupsi." then "Radar BI, Maluku |
    // Direktorat ... menangani sebanyak 15 kasus ... sepanjang tahun 2021.") is the copy to
    // remove: deleting the longer one would lose what only it says.
    const [firstWords, laterWords] = [feat(paragraphs[match.original]!).words.length, feat(paragraphs[match.paragraph]!).words.length];
    const within = !captionFirst && !match.block && !match.exact && !firstFound && match.score >= 0.9;
    // (not a title given again after a stamp, "Posted 06 November 2024 Media Release - Narrogin
    // Locomotive ...": the stamped copy is the page's line to cut)
    const stamped = within && stampedCopy(paragraphs[match.original]!, paragraphs[match.paragraph]!);
    const shortFirst = within && firstWords * 1.2 < laterWords && !stamped;
    // A summary a page puts above the story, repeated where the story tells it, is the copy to
    // remove even when both copies are alike: deleting the story's own paragraph would leave the
    // summary standing above the lead and a gap in the story
    // (and so is a teaser the page cut with an ellipsis, "... as well as clearing their driveways,
    // so the work ...", above the full text it gives again, wherever it stands: an aggregator's
    // page repeats each of its stories' openings)
    const summaryFirst =
      !captionFirst && !shortFirst && !match.block && !firstFound && (cutBefore(paragraphs[match.original]!, paragraphs[match.paragraph]!) || (layout ??= pageLayout(paragraphs, feat, headline)).aboveTheStory(match.original, match.paragraph));
    // ... and a summary or caption above the story that is itself a later copy of a caption
    // ("Persebaya ... Sabtu (21/12/19). Copyright: ..." then the same without the credit, then
    // "FOOTBALL265.COM - Persebaya ...") has its own card already: deleting it mends this repeat
    // too, so the story's lede gets no card
    if (!match.block && firstFound && (layout ??= pageLayout(paragraphs, feat, headline)).aboveTheStory(match.original, match.paragraph)) continue;
    // ... and one that the later one holds whole with a few words more, anywhere ("Wimmera league
    // started on Good Friday ..." above "While technically the Wimmera league started on Good
    // Friday ..."): the later one says more
    const heldWhole = within && !shortFirst && !summaryFirst && match.score === 1 && laterWords - firstWords >= 3 && !stamped;
    // ... and one a scraper glued to junk that holds the later one whole ("KAILUA-KONA — It was a
    // first ... ADVERTISING KAILUA-KONA — It was a first for a row of students looking around"
    // above the clean lead): the glued copy is the one to cut, not the story's paragraph
    const gluedFirst = !captionFirst && !shortFirst && !heldWhole && !summaryFirst && !match.block && !firstFound && gluedCopy(paragraphs[match.original]!, paragraphs[match.paragraph]!);
    // ... and a block of paragraphs the page put above the story's dateline, given again where the
    // story tells them (a teaser of the first paragraphs above "Murianews, Kudus – ..."): the
    // block above is the copy to cut, as a single summary would be
    const blockAbove = match.block !== undefined && (layout ??= pageLayout(paragraphs, feat, headline)).aboveTheStory(match.block.originalFrom + (match.block.to - match.block.from), match.block.from);
    const flipped = captionFirst || shortFirst || heldWhole || summaryFirst || gluedFirst;
    const m = blockAbove
      ? { ...match, paragraph: match.original, original: match.paragraph, block: { from: match.block!.originalFrom, to: match.block!.originalFrom + (match.block!.to - match.block!.from), originalFrom: match.block!.from } }
      : flipped
        ? { ...match, paragraph: match.original, original: match.paragraph }
        : match;
    const caption = captionFirst || (!m.block && captionOnly(paragraphs[m.paragraph]!) && !captionOnly(paragraphs[m.original]!));
    // one finding per paragraph: a summary repeated by a caption and by the lead is one copy to cut
    if (!m.block && reported.has(m.paragraph)) continue;
    reported.add(m.paragraph);
    const text = paragraphs[m.paragraph]!;
    const orig = paragraphs[m.original]!;
    const here = trimmedRange(text);
    const there = trimmedRange(orig);
    const percent = Math.round(m.score * 100);
    let message = caption
      ? msg.duplicateCaption(ui, m.original, m.exact, percent)
      : shortFirst || heldWhole
        ? msg.duplicateWithin(ui, m.original, percent)
        : summaryFirst || blockAbove
          ? msg.duplicateSummary(ui, m.original, m.exact, percent)
          : msg.duplicate(ui, m.original, m.exact, percent);
    let fix: Fix = { label: caption ? msg.duplicateCaptionFix(ui) : summaryFirst ? msg.duplicateSummaryFix(ui) : msg.duplicateFix(ui), edits: [removalEdit(m.paragraph, text)] };
    let group: string | undefined;
    if (m.block) {
      const { from, to, originalFrom } = m.block;
      message = msg.duplicateInBlock(ui, message, from, to, originalFrom, originalFrom + (to - from));
      let b = blocks.get(from);
      if (!b) {
        const edits = [];
        const keys: string[] = [];
        for (let p = from; p <= to; p++) {
          edits.push(removalEdit(p, paragraphs[p]!));
          keys.push(feat(paragraphs[p]!).key);
        }
        b = { fix: { label: msg.blockFix(ui, from, to), edits }, group: fingerprintOf('duplicate-block', ...keys) };
        blocks.set(from, b);
      }
      fix = b.fix;
      group = b.group;
    }
    const finding: Finding = {
      rule: 'duplicate-paragraph',
      severity: m.exact ? 'error' : 'warning',
      message,
      paragraph: m.paragraph,
      start: here.start,
      end: here.end,
      related: [{ paragraph: m.original, start: there.start, end: there.end }],
      fix,
      fingerprint: fingerprintOf('duplicate-paragraph', feat(text).key, feat(orig).key),
    };
    if (group) finding.group = group;
    out.push(finding);
  }
  return out;
}

/** `first` holds `later` whole and more: junk of a page or its own opening said twice */
function gluedCopy(first: string, later: string): boolean {
  const firstText = unglued(first);
  const [a, b] = [wordsOf(firstText).join(' '), wordsOf(later).join(' ')];
  if (a.length <= b.length || !a.includes(b)) return false;
  const opening = a.split(' ').slice(0, 4).join(' ');
  // ... or a byline or a stamp glued before the whole copy ("Posted by admin on Sunday, 29 March 2020")
  return a.indexOf(opening, 1) > 0 || /\b(?:advertising|advertisement|iklan|scroll to continue)\b/iu.test(first) || (a.endsWith(b) && GLUED_BYLINE.test(firstText));
}

/** `later` is `first` with a byline or a stamp before it */
function stampedCopy(first: string, later: string): boolean {
  if (!GLUED_BYLINE.test(later)) return false;
  const [a, b] = [wordsOf(first).join(' '), wordsOf(unglued(later)).join(' ')];
  return b.endsWith(a);
}

/** a stamp glued to the text without a space, "... 29 March 2020The government ...", read as two words */
function unglued(text: string): string {
  return text.replace(/(\d)(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/** a byline or a date line a page glues before its text */
const GLUED_BYLINE = /^\s*(?:posted|published|updated|diposting|diterbitkan|ditulis)\b[^.!?]{0,80}?\b(?:19|20)\d\d\b/iu;

/**
 * Two short paragraphs of one formula with a word or two swapped for others, not edited ("The
 * finance committee made several requests, all of which were approved:" ... "The road committee
 * made several requests, all of which were approved."): two items of minutes or results. A copy
 * with a slip keeps its words near the original's ("approve"/"approved", "Kota"/"Kotq").
 */
function formulaRows(a: string, b: string): boolean {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  if (Math.min(wa.length, wb.length) >= 20) return false;
  const [sa, sb] = [new Set(wa), new Set(wb)];
  const onlyA = [...sa].filter((w) => !sb.has(w) && !/^\d/.test(w));
  const onlyB = [...sb].filter((w) => !sa.has(w) && !/^\d/.test(w));
  if (onlyA.length === 0 || onlyB.length === 0 || onlyA.length > 2 || onlyB.length > 2) return false;
  return onlyA.every((x) => onlyB.every((y) => !x.startsWith(y) && !y.startsWith(x) && editDistance(x, y, 2) > 2));
}

/**
 * A short question asked again with another answer after it ("What was your biggest frustration
 * playing club football this year?" before each player's answer in a vox pop, a questionnaire's
 * items), or a title given again over another text of one formula ("Cherwell District Council -
 * Notice of a Parish Councillor Vacancy" over each of two notices that open alike, "Cherwell
 * District Council have issued a Parish Councillor Vacancy Notice following ..."): the format
 * repeats it, no paste did. (A title repeated over texts that do not open alike is a listing's
 * or a caption's copy, which the reader deletes.)
 */
function headsAgain(paragraphs: readonly string[], match: DuplicateMatch): boolean {
  const [first, again] = [paragraphs[match.original]!.trim(), paragraphs[match.paragraph]!.trim()];
  if (again.split(/\s+/).length > 20) return false;
  const [answer, otherAnswer] = [paragraphs[match.original + 1]?.trim(), paragraphs[match.paragraph + 1]?.trim()];
  if (answer === undefined || otherAnswer === undefined || answer === '' || answer === otherAnswer) return false;
  if (first.endsWith('?') && again.endsWith('?')) return true;
  return match.exact && match.paragraph - match.original > 1 && !/[.!?:;,"”]$/u.test(again) && !answer.startsWith(first) && !otherAnswer.startsWith(again) && openAlike(answer, otherAnswer);
}

/** two paragraphs of a sentence or more whose first words are the same: two entries of one formula */
const FORMULA_OPENING_WORDS = 6;
const FORMULA_ENTRY_WORDS = 12;
function openAlike(a: string, b: string): boolean {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  return wa.length >= FORMULA_ENTRY_WORDS && wb.length >= FORMULA_ENTRY_WORDS && wa.slice(0, FORMULA_OPENING_WORDS).join(' ') === wb.slice(0, FORMULA_OPENING_WORDS).join(' ');
}

/** two entries of one formula share less than this of their words; a copy with a word changed shares more */
const FORMULA_SCORE = 0.95;
/** ... and are of about one length: a copy that another paragraph says again with more is no entry */
const FORMULA_LENGTH_RATIO = 0.75;
/** a title line: a few words without a sentence's end ("Road Closure near Echt", "Temporary road closure") */
const TITLE_LINE = /^[^.!?:;]{3,90}$/u;

/**
 * Two notices of one formula, each under its own title ("Temporary restriction on Westhill Drive"
 * over "Please note that due to an Olympic Celebration it will be necessary ... to traffic:",
 * "Road Closure near Echt" over "Please note that due to drainage works ... to traffic:"): the
 * page's entries, which differ where each notice does; a copy pasted twice has no title of its own
 */
function formulaUnderTitles(paragraphs: readonly string[], match: DuplicateMatch): boolean {
  // (a copy with one word changed stays a paste wherever it stands: entries differ by a phrase)
  if (match.exact || match.original === 0 || match.score >= FORMULA_SCORE) return false;
  const [t1, t2] = [paragraphs[match.original - 1]!.trim(), paragraphs[match.paragraph - 1]!.trim()];
  // (a title, not a page's label such as "iklan" over a caption that the lead says again and more)
  const title = (t: string) => TITLE_LINE.test(t) && t.split(/\s+/).length <= 12 && !furnitureOfCached(t);
  const [n1, n2] = [wordsOf(paragraphs[match.original]!).length, wordsOf(paragraphs[match.paragraph]!).length];
  return t1 !== t2 && title(t1) && title(t2) && Math.min(n1, n2) >= FORMULA_LENGTH_RATIO * Math.max(n1, n2);
}

/** a minute's label in a council's agenda page: what follows is the minute of the item above it */
const MINUTE_LABEL = /^(?:minutes?|decisions?|resolved|resolutions?|outcome|keputusan|hasil)\s*:?$/iu;

/**
 * An agenda item and its minute ("To confirm the Minutes of the 253rd meeting ..." and, under
 * "Minutes:", "The minutes of the 253rd meeting ... were confirmed"): the minute tells the item
 * again by the format of the page, in other words
 */
function minuteOfItem(paragraphs: readonly string[], match: DuplicateMatch): boolean {
  return !match.exact && match.paragraph > 0 && MINUTE_LABEL.test(paragraphs[match.paragraph - 1]!.trim()) && match.paragraph - match.original <= 4;
}

/**
 * The earlier of two copies stands above the story's text: the story's dateline opens a paragraph
 * after it, up to the later copy ("Seorang kakek ..." above "KENDARI, TELISIK.ID - Seorang kakek
 * ..."); or, on a page without a dateline, it opens the page (only short lines before it) and page
 * furniture stands between the two copies (a summary, then the photo's caption and credit, then
 * the story), or it is a teaser cut before its stop, or it says another paragraph too (read on
 * set 9), or it is the standfirst under the page's own headline line, or it is the later copy
 * with a label and a colon before it (sets 54-55), or it is a pull quote opening the page (set
 * 61). Without these signs the later copy is reported, as a draft's repeated paste is.
 * The page is read once per check, and only when a pair of copies asks.
 */
function pageLayout(paragraphs: readonly string[], feat: (t: string) => ParagraphFeatures, headline: string | undefined) {
  const datelines = new Map<number, string | undefined>();
  const datelineAt = (p: number) => {
    if (!datelines.has(p)) datelines.set(p, datelineOf(paragraphs[p]!));
    return datelines.get(p);
  };
  let firstOpening: number | undefined;
  // the earlier copy's words that the later one lacks stand mostly in another paragraph close
  // after it: the earlier copy gathers both
  const mergesAnother = (a: ParagraphFeatures, b: ParagraphFeatures, first: number, later: number): boolean => {
    const inLater = new Set(b.words);
    const rest = a.words.filter((w) => !inLater.has(w));
    if (rest.length < 5) return false;
    for (let p = first + 1; p < Math.min(paragraphs.length, later + 4); p++) {
      if (p === later) continue;
      const other = new Set(feat(paragraphs[p]!).words);
      let shared = 0;
      for (const w of rest) if (other.has(w)) shared++;
      if (shared >= rest.length * 0.6) return true;
    }
    return false;
  };
  const told = headline ? new Set(wordsOf(headline).filter((w) => w.length >= 4)) : new Set<string>();
  const tells = (p: number) => new Set(wordsOf(paragraphs[p]!).filter((w) => told.has(w))).size;
  const headlineLeadAfter = (first: number, later: number): boolean => {
    if (told.size < 3 || later - first < 2 || tells(first) > 1) return false;
    const lead = first + 1;
    return isOpeningSentence(feat(paragraphs[lead]!)) && tells(lead) >= 3;
  };
  // a page gives its headline again as a line of its own; a draft keeps it in its own field
  const headlineKey = headline ? wordsOf(headline).join(' ') : '';
  const underHeadlineLine = (p: number): boolean => {
    for (let q = p - 1; q >= 0; q--) {
      const f = feat(paragraphs[q]!);
      if (f.key === headlineKey) return true;
      // (only short lines between, a byline or a date: a sentence between is the story's)
      if (isOpeningSentence(f)) return false;
    }
    return false;
  };
  const standfirst = (p: number): boolean => headlineKey !== '' && isOpeningSentence(feat(paragraphs[p]!)) && underHeadlineLine(p);
  return {
    /** the first sentence under the page's own headline line ("By ..." and a date may stand between): the page's standfirst */
    standfirst,
    aboveTheStory(first: number, later: number): boolean {
      if (datelineAt(first)) return false;
      for (let p = first + 1; p <= later; p++) {
        const dateline = datelineAt(p);
        // (a copy holding the dateline itself is the lead with something glued before it: "Foto:
        // Antara/Budi TABANAN - ...")
        if (dateline) return !paragraphs[first]!.includes(dateline);
      }
      if (firstOpening === undefined) {
        firstOpening = paragraphs.length;
        for (let p = 0; p < paragraphs.length; p++) {
          // (a long line without a sentence's end is a title or a caption above the story, "Join
          // Healthwatch Eden Meeting Tuesday 18th November 2014 at The Parish Rooms, ...")
          if (isOpeningSentence(feat(paragraphs[p]!))) {
            firstOpening = p;
            break;
          }
        }
      }
      if (first > firstOpening) return false;
      for (let p = first + 1; p < later; p++) if (feat(paragraphs[p]!).furniture) return true;
      // a standfirst the story gives again word for word: the story keeps its paragraph
      if (standfirst(first)) return true;
      // a teaser line that heads the lead with its score or section and a colon ("Needham Market
      // 1, Norwich United 1: An early goal ...") above the lead itself: the line is the page's
      if (labelledCopy(paragraphs[first]!, paragraphs[later]!)) return true;
      // the story's lead follows the copy: the paragraph after it tells the headline, the copy
      // does not ("The project is a joint initiative ..." above "Expectant mothers in Kakamega are
      // set to benefit from a ... Sh90 million project", the headline "Kakamega to get Sh90
      // million modern maternity facility ...", and the copy again in its place further on)
      if (headlineLeadAfter(first, later)) return true;
      const a = feat(paragraphs[first]!);
      const b = feat(paragraphs[later]!);
      // a teaser cut short ("A in his 60s was on Baldwin Street ... bang his head") above the
      // story's own sentence
      if (!a.sentence && b.sentence) return true;
      // a key point set off by a bullet above the story ("•  County Executive ... notes that
      // labor ...", said again in the story's "Speaking during the event, ... noted that labor ...")
      if (/^\s*[•▪●◦]/u.test(paragraphs[first]!)) return true;
      // a pull quote opening the page, the quotation whole in its marks, that the story gives
      // again where its speaker says it ('“The average rate increase is significantly higher ...”'
      // above "Gore and Mataura residents will pay ...")
      if (first === 0 && PULL_QUOTE.test(paragraphs[first]!.trim())) return true;
      // a summary that says the later copy and another paragraph after it in one ("REVELLERS at a
      // surprise birthday ... They fled into the street ..." above the lead and the next paragraph)
      return mergesAnother(a, b, first, later);
    },
  };
}

/** a paragraph that is one quotation, whole in its marks */
const PULL_QUOTE = /^["“][^"“”]{20,}["”]$/u;

/** a short label and its colon opening a line, "Needham Market 1, Norwich United 1: ..." */
const LABEL_BEFORE = /^([^:.!?]{1,80}?):\s+/u;

/** `first` is `later` whole after a label of a few words and its colon */
function labelledCopy(first: string, later: string): boolean {
  const m = LABEL_BEFORE.exec(first);
  if (!m || wordsOf(m[1]!).length > OPENING_LINE_WORDS) return false;
  const rest = wordsOf(first.slice(m[0].length)).join(' ');
  return rest !== '' && rest === wordsOf(later).join(' ');
}

/** a paragraph a page cut off with an ellipsis */
const ELLIPSIS_END = /(?:\.\.\.|…)\s*$/u;

/**
 * The earlier copy is a teaser the page cut with an ellipsis and the later one the story's full
 * text, wherever they stand
 */
function cutBefore(first: string, later: string): boolean {
  return ELLIPSIS_END.test(first) && !ELLIPSIS_END.test(later);
}

/** a line above a page's summary is short: a caption's name, a category, a reading time */
const OPENING_LINE_WORDS = 10;

/** a paragraph that can open a story's text: long enough, and a sentence */
function isOpeningSentence(f: ParagraphFeatures): boolean {
  return f.words.length >= OPENING_LINE_WORDS && f.sentence;
}

/**
 * A paragraph written as a photo caption ("FOTO : ...", "Ilustrasi: ..."), not a lead with the
 * photo's credit glued in front ("Foto: Antara/Rivan Awal Jakarta - Pemerintah ..."): a credit
 * names its agency and photographer with a slash.
 */
function captionOnly(text: string): boolean {
  const t = text.trim();
  if (t.length > 320) return false;
  const mark = CAPTION_MARK.exec(t);
  return mark !== null ? !t.slice(mark[0].length, mark[0].length + 40).includes('/') : endsOnPhotoCredit(t);
}

/** One-shot convenience (no cache reuse). */
export function checkDuplicates(paragraphs: readonly string[], opts: DuplicateCheckOptions = {}): Finding[] {
  return createDuplicateChecker().check(paragraphs, opts);
}
