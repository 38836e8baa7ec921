/**
 * Duplicate-check speed (issue 4):
 *  - full check of a 10,000-word story (fresh analyzer: duplicates + page furniture), median;
 *  - re-check after a one-paragraph edit (warm analyzer), median;
 *  - peak RSS.
 * The archive (duplicates against other stories) has its own module since #18: bench/archive.ts;
 * `synthesize` here makes the synthetic stories both use.
 * A baseline measured in the same run (lower-case + split of the same story) gives a ratio that
 * means something on a noisy machine.
 *
 * Run alone: `npx tsx bench/duplicates.ts`. Prints figures and one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDuplicateChecker, createStoryAnalyzer, duplicatesAnalyzer, furnitureAnalyzer } from '../shared/analysis/index.js';
import { clearFurnitureMemo } from '../shared/analysis/furniture.js';
import { loadCorpus, rng, type CorpusArticle } from '../tests/helpers/corpus.js';
import { makeEdit, sentences } from '../tests/helpers/dup-cases.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;
const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Articles to build from: the corpora, or (absent) the seed article's body with numbered variants. */
function sourceArticles(): { articles: CorpusArticle[]; note: string } {
  const c = loadCorpus();
  if (c) return { articles: [...c.detik, ...c.bbc], note: 'BBC + detik corpora' };
  const seed = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'articles', '000_29685aeed6ed132a.txt'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const body = seed.slice(5, 16);
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < 200; i++) {
    articles.push({ corpus: 'id-detik', file: `seed-${i}`, language: 'id', headline: `${seed[0]} (${i})`, paragraphs: body.map((p, k) => `${p.split(' ').slice(0, 6 + ((i + k) % 9)).join(' ')} varian ${i}-${k} ${p.split(' ').slice(6 + ((i + k) % 9)).join(' ')}`) });
  }
  return { articles, note: 'corpus absent: numbered variants of the seed article' };
}

/** A story of about `target` words from the given articles' paragraphs, in order. */
export function storyOf(articles: CorpusArticle[], target: number, start = 0): string[] {
  const out: string[] = [];
  let words = 0;
  for (let i = start; words < target; i++) {
    for (const p of articles[i % articles.length]!.paragraphs) {
      out.push(p);
      words += countWords(p);
      if (words >= target) break;
    }
  }
  return out;
}

interface Synth {
  id: string;
  label: string;
  paragraphs: string[];
}

/**
 * Stories recombined from corpus sentences. Each placed sentence has about a third of its words
 * swapped for other corpus words, so the archive keeps real vocabulary, sentence lengths and
 * stock phrases without every sentence occurring dozens of times (which no real archive does).
 * About one story in three also carries one real corpus paragraph verbatim: true archive repeats.
 */
export function* synthesize(archive: CorpusArticle[], count: number, seed: number): Generator<Synth> {
  const r = rng(seed);
  const pool: string[][] = [];
  for (const a of archive) for (const p of a.paragraphs) for (const s of sentences(p)) if (countWords(s) >= 5) pool.push(s.split(/\s+/));
  const vocab = pool.flat();
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  for (let n = 0; n < count; n++) {
    const paragraphs: string[] = [];
    const len = 6 + Math.floor(r() * 9);
    for (let k = 0; k < len; k++) {
      const ns = 1 + Math.floor(r() * 3);
      const words: string[] = [];
      for (let j = 0; j < ns; j++) for (const w of pick(pool)) words.push(r() < 0.35 ? pick(vocab) : w);
      paragraphs.push(words.join(' '));
    }
    const real = pick(archive);
    if (r() < 0.35) paragraphs.splice(Math.floor(r() * paragraphs.length), 0, pick(real.paragraphs));
    yield { id: `s${n}`, label: `${real.headline} #${n}`, paragraphs };
  }
}

export async function run(): Promise<Record<string, number>> {
  const { articles, note } = sourceArticles();
  console.log(`[duplicates] source: ${note} (${articles.length} articles)`);

  // ---- in-story check, 10,000 words, with a repeated block and a few near repeats planted
  const r = rng(99);
  const story = storyOf(articles, 10_000, 3);
  const block = story.slice(20, 30);
  story.splice(story.length - 5, 0, ...block);
  for (let k = 0; k < 5; k++) {
    const src = story[40 + k * 7]!;
    story.splice(60 + k * 20, 0, makeEdit('substitute', src, src.split(' '), r) ?? src);
  }
  const words = story.reduce((n, p) => n + countWords(p), 0);
  const analyzers = [furnitureAnalyzer, duplicatesAnalyzer];
  const full: number[] = [];
  const dupOnly: number[] = [];
  const base: number[] = [];
  let findings = 0;
  // Each figure is measured in its own loop: alternated, the garbage collector's pause for what
  // one kind of run leaves behind lands in the other's slot every time, and one figure doubles
  // while the other halves with no change in the work.
  for (let i = 0; i < 21; i++) {
    clearFurnitureMemo(); // a cold check: nothing remembered from the previous run
    const t = performance.now();
    findings = createStoryAnalyzer(analyzers).analyze({ paragraphs: story, language: 'id' }).length;
    full.push(performance.now() - t);
  }
  for (let i = 0; i < 21; i++) {
    clearFurnitureMemo();
    const t = performance.now();
    createDuplicateChecker().check(story);
    dupOnly.push(performance.now() - t);
  }
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    let n = 0;
    for (const p of story) n += p.toLowerCase().split(/\s+/).length;
    if (n < 0) console.log(n);
    base.push(performance.now() - t);
  }
  const warm = createStoryAnalyzer(analyzers);
  warm.analyze({ paragraphs: story, language: 'id' });
  const re: number[] = [];
  const edited = story.slice();
  for (let i = 0; i < 101; i++) {
    const at = (i * 37) % edited.length;
    edited[at] = `${edited[at]} x${i}`;
    const t = performance.now();
    warm.analyze({ paragraphs: edited, language: 'id' });
    re.push(performance.now() - t);
  }
  // machine speed in this run: a fixed pure-JS workload (about 10 ms on an idle modern core),
  // to read the figures against when the machine is shared
  const calib: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    let h = 0;
    for (let k = 0; k < 10_000_000; k++) h = (h + Math.imul(k, 2654435761)) | 0;
    if (h === 42) console.log(h);
    calib.push(performance.now() - t);
  }
  const dup_check_10k_ms = round(median(full));
  const dup_recheck_ms = round(median(re), 3);
  const baseMs = median(base);
  console.log(`[duplicates] full check of ${words} words / ${story.length} paragraphs (duplicates + furniture, fresh): median ${dup_check_10k_ms} ms (target < 20), duplicates alone ${round(median(dupOnly))} ms; ${findings} findings`);
  console.log(`[duplicates] re-check after a one-paragraph edit (warm): median ${dup_recheck_ms} ms (target < 2)`);
  console.log(`[duplicates] baseline (lower-case + split of the same story): ${round(baseMs, 3)} ms; full check = ${round(median(full) / baseMs, 1)}x baseline`);

  console.log(`[duplicates] machine calibration (1e7 integer multiply-adds): ${round(median(calib))} ms`);
  const out: Record<string, number> = { calib_loop_ms: round(median(calib)), dup_check_10k_ms, dup_recheck_ms, dup_check_only_10k_ms: round(median(dupOnly)), dup_check_baseline_ratio: round(median(full) / baseMs, 1) };

  out.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`[duplicates] peak RSS ${out.peak_rss_mb} MB`);
  return out;
}

const isMain = process.argv[1] && /bench[\\/]duplicates\.(ts|js)$/.test(process.argv[1]);
if (isMain) {
  run().then((r) => console.log(JSON.stringify(r)));
}
