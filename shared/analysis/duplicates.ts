/**
 * Repeated paragraphs inside one story: exact repeats (same words after normalization), near
 * repeats (see similarity.ts) and repeated BLOCKS (a run of consecutive repeats of a run of
 * consecutive earlier paragraphs, as in a scrape that pasted the whole body twice), reported as
 * one group with a single "remove the repeated block" fix.
 *
 * One finding on each LATER copy; `related` points at the earliest copy. Short paragraphs
 * ("(jon)", "Setuju.") never count on their own, only inside a repeated block.
 *
 * `createDuplicateChecker()` keeps per-paragraph work (normalization, word ids, shingles) and
 * pair comparisons cached by text, so re-checking after an edit of one paragraph only redoes the
 * work for that paragraph plus cheap bookkeeping.
 */
import type { Finding, UiLanguage } from '../model/finding.js';
import { fingerprintOf } from '../model/fingerprint.js';
import { removalEdit } from './fix.js';
import { msg } from './messages.js';
import { trimmedRange } from './normalize.js';
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
}

export interface DuplicateChecker {
  /** raw matches (for tests, benchmarks and the archive) */
  matches(paragraphs: readonly string[]): DuplicateMatch[];
  /** findings (rule 'duplicate-paragraph') */
  check(paragraphs: readonly string[], opts?: DuplicateCheckOptions): Finding[];
  /** features of one paragraph text from the cache (computed if missing) */
  features(text: string): ParagraphFeatures;
}

export function createDuplicateChecker(): DuplicateChecker {
  let featureCache = new Map<string, ParagraphFeatures>();
  let pairCache = new Map<string, Similarity>();

  function matches(paragraphs: readonly string[]): DuplicateMatch[] {
    const n = paragraphs.length;
    // Keep only the texts of this round in the caches: memory stays proportional to the story.
    const nextFeatures = new Map<string, ParagraphFeatures>();
    const feats: ParagraphFeatures[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const text = paragraphs[i]!;
      let f = nextFeatures.get(text) ?? featureCache.get(text);
      if (!f) f = featuresOf(text);
      nextFeatures.set(text, f);
      feats[i] = f;
    }
    featureCache = nextFeatures;
    const nextPairs = new Map<string, Similarity>();

    const firstByKey = new Map<string, number>();
    const postings = new Map<number, number[]>();
    const counts = new Int32Array(n);
    const touched: number[] = [];
    const best: (DuplicateMatch | undefined)[] = new Array(n);

    for (let i = 0; i < n; i++) {
      const f = feats[i]!;
      if (!eligible(f)) continue;
      const first = firstByKey.get(f.key);
      if (first !== undefined) {
        best[i] = { paragraph: i, original: first, exact: true, score: 1 };
        continue; // an exact copy adds nothing new to the postings
      }
      firstByKey.set(f.key, i);
      // Candidate earlier paragraphs: count shared shingles through the postings.
      for (const s of f.shingles) {
        const list = postings.get(s);
        if (!list || list.length > DUP_PARAMS.maxPosting) continue;
        for (const j of list) {
          if (counts[j] === 0) touched.push(j);
          counts[j]!++;
        }
      }
      let cands: Array<[number, number]> = [];
      for (const j of touched) {
        const need = Math.max(2, Math.ceil(DUP_PARAMS.candidateFraction * Math.min(f.shingles.length, feats[j]!.shingles.length)));
        if (counts[j]! >= need) cands.push([j, counts[j]!]);
        counts[j] = 0;
      }
      touched.length = 0;
      if (cands.length > DUP_PARAMS.maxCandidates) {
        cands.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        cands = cands.slice(0, DUP_PARAMS.maxCandidates);
      }
      let found: DuplicateMatch | undefined;
      for (const [j] of cands) {
        const g = feats[j]!;
        const pk = g.id < f.id ? `${g.id}:${f.id}` : `${f.id}:${g.id}`;
        let sim = nextPairs.get(pk) ?? pairCache.get(pk);
        if (!sim) sim = compareParagraphs(g, f);
        nextPairs.set(pk, sim);
        if (!sim.near) continue;
        if (!found || sim.score > found.score || (sim.score === found.score && j < found.original)) {
          found = { paragraph: i, original: j, exact: false, score: sim.score };
        }
      }
      if (found) best[i] = found;
      for (const s of f.shingles) {
        const list = postings.get(s);
        if (list) list.push(i);
        else postings.set(s, [i]);
      }
    }
    pairCache = nextPairs;
    return groupBlocks(feats, best);
  }

  function check(paragraphs: readonly string[], opts: DuplicateCheckOptions = {}): Finding[] {
    return findingsOf(paragraphs, matches(paragraphs), opts.uiLanguage ?? 'en', (t) => featureCache.get(t) ?? featuresOf(t));
  }

  return {
    matches,
    check,
    features: (text) => featureCache.get(text) ?? featuresOf(text),
  };
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
): Finding[] {
  const out: Finding[] = [];
  for (const m of matches) {
    const text = paragraphs[m.paragraph]!;
    const orig = paragraphs[m.original]!;
    const here = trimmedRange(text);
    const there = trimmedRange(orig);
    const percent = Math.round(m.score * 100);
    let message = msg.duplicate(ui, m.original, m.exact, percent);
    let fix = { label: msg.duplicateFix(ui), edits: [removalEdit(m.paragraph, text)] };
    let group: string | undefined;
    if (m.block) {
      const { from, to, originalFrom } = m.block;
      message = msg.duplicateInBlock(ui, message, from, to, originalFrom, originalFrom + (to - from));
      const edits = [];
      const keys: string[] = [];
      for (let p = from; p <= to; p++) {
        edits.push(removalEdit(p, paragraphs[p]!));
        keys.push(feat(paragraphs[p]!).key);
      }
      fix = { label: msg.blockFix(ui, from, to), edits };
      group = fingerprintOf('duplicate-block', ...keys);
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

/** One-shot convenience (no cache reuse). */
export function checkDuplicates(paragraphs: readonly string[], opts: DuplicateCheckOptions = {}): Finding[] {
  return createDuplicateChecker().check(paragraphs, opts);
}
