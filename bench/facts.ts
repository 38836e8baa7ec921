/**
 * Fact-check speed (issue 5): a full check of a 10,000-word story (fresh checker: every
 * paragraph read, every rule run) and a re-check after a one-paragraph edit (warm checker: the
 * edited paragraph is read again, the cross-paragraph rules re-run). Targets: < 30 ms and < 3 ms.
 * A baseline measured in the same run (one lowercase + word split over the same text) gives a
 * ratio that means something on a noisy machine.
 *
 * Run alone: `npx tsx bench/facts.ts`. Prints figures and one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFactChecker } from '../shared/analysis/facts/index.js';
import { runIfMain } from './run-alone.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 21;
const EDITS = 101;

/** ~10,000 words of real copy: the seed article, then detik articles when the corpus is present */
function story(): { paragraphs: string[]; words: number; source: string } {
  const seed = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'articles', '000_29685aeed6ed132a.txt'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const corpus = process.env.REDAKSI_CORPUS ?? path.join(ROOT, '..', 'shared', 'fixtures', 'corpus');
  const detik = path.join(corpus, 'id-detik');
  const sources: string[][] = [seed];
  if (fs.existsSync(detik)) {
    for (const f of fs.readdirSync(detik).filter((x) => /^\d+\.txt$/.test(x)).sort().slice(0, 80)) {
      sources.push(fs.readFileSync(path.join(detik, f), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
    }
  }
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    // without the corpus the seed repeats: number each copy so paragraphs differ
    const src = sources[i % sources.length]!;
    for (const p of src) {
      const text = sources.length === 1 && i > 0 ? `${p} (${i})` : p;
      paragraphs.push(text);
      words += text.split(/\s+/).filter(Boolean).length;
      if (words >= 10_000) break;
    }
  }
  return { paragraphs, words, source: sources.length > 1 ? 'seed + detik corpus' : 'seed article repeated (corpus absent)' };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const round = (x: number): number => Math.round(x * 100) / 100;

export async function run(): Promise<Record<string, number>> {
  const { paragraphs, words, source } = story();
  const input = { paragraphs, language: 'id' as const, uiLanguage: 'en' as const };
  // warm the JIT on a copy, as an editor session would be after its first seconds
  for (let i = 0; i < 20; i++) createFactChecker().check(input);

  const full: number[] = [];
  let findings = 0;
  for (let r = 0; r < RUNS; r++) {
    const checker = createFactChecker();
    const t0 = performance.now();
    findings = checker.check(input).length;
    full.push(performance.now() - t0);
  }

  // one-paragraph edits on a warm checker: each edit types a different word into a different paragraph
  const warm = createFactChecker();
  warm.check(input);
  const recheck: number[] = [];
  const edited = paragraphs.slice();
  for (let e = 0; e < EDITS; e++) {
    const i = (e * 37) % edited.length;
    edited[i] = `${paragraphs[i]} kata${e}`;
    const t0 = performance.now();
    warm.check({ ...input, paragraphs: edited });
    recheck.push(performance.now() - t0);
    edited[i] = paragraphs[i]!;
  }

  const base: number[] = [];
  const joined = paragraphs.join('\n');
  let sink = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    sink += joined.toLowerCase().split(/\s+/).length;
    base.push(performance.now() - t0);
  }

  const out: Record<string, number> = {
    fact_check_10k_ms: round(median(full)),
    fact_recheck_ms: round(median(recheck)),
    fact_recheck_p95_ms: round([...recheck].sort((a, b) => a - b)[Math.floor(recheck.length * 0.95)]!),
    // the fastest run: what the code costs when the machine is not busy with other work
    fact_check_10k_min_ms: round(Math.min(...full)),
    fact_recheck_min_ms: round(Math.min(...recheck)),
    fact_check_10k_words: words,
    fact_check_10k_findings: findings,
    fact_split_baseline_10k_ms: round(median(base)),
  };
  out.fact_check_vs_split_ratio = round(out.fact_check_10k_ms! / Math.max(0.01, out.fact_split_baseline_10k_ms!));
  console.log(
    `facts: full check of ${words} words (${paragraphs.length} paragraphs, ${source}) ${out.fact_check_10k_ms} ms median of ${RUNS} (target < 30 ms), ` +
      `${findings} findings, ${out.fact_check_vs_split_ratio}x a lowercase+split of the text`,
  );
  console.log(`facts: re-check after a one-paragraph edit ${out.fact_recheck_ms} ms median, ${out.fact_recheck_p95_ms} ms p95 of ${EDITS} edits (target < 3 ms)${sink < 0 ? '' : ''}`);
  console.log(`facts: fastest runs (machine least busy): full ${out.fact_check_10k_min_ms} ms, re-check ${out.fact_recheck_min_ms} ms`);
  return out;
}

runIfMain(import.meta.url, run);
