/**
 * Duplicate-check speed (issue 4):
 *  - full check of a 10,000-word story (fresh analyzer: duplicates + page furniture), median;
 *  - re-check after a one-paragraph edit (warm analyzer), median;
 *  - archive index build for 10,000 and 100,000 stories (stories per second), stories
 *    synthesized by recombining corpus sentences, each also carrying one real corpus paragraph;
 *  - archive query for a 10,000-word story at 100,000 stories: eight different stories, median,
 *    on the app's worker threads and in one thread; and the first story by a brute-force scan of
 *    every archive paragraph in the same run, with the ratio and the index's recall against it;
 *  - peak RSS.
 * A baseline measured in the same run (lower-case + split of the same story) gives a ratio that
 * means something on a noisy machine.
 *
 * Run alone: `npx tsx bench/duplicates.ts [--stories 100000]`. Prints figures and one JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDuplicateChecker, createStoryAnalyzer, duplicatesAnalyzer, furnitureAnalyzer } from '../shared/analysis/index.js';
import { clearFurnitureMemo } from '../shared/analysis/furniture.js';
import { ArchiveIndex } from '../main/store/archive-index.js';
import { archiveFindings } from '../shared/analysis/archive-findings.js';
import { ArchivePool } from '../main/store/archive-pool.js';
import { openStore } from '../main/store/index.js';
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

export function buildArchive(dir: string, archive: CorpusArticle[], count: number): { index: ArchiveIndex; close: () => void; perSecond: number; seconds: number } {
  const store = openStore(dir);
  // a 256 MB page cache for the bulk build (SQLite's default is 2 MB; random-order B-tree
  // inserts into the band table are cache-bound)
  store.db.pragma('cache_size = -262144');
  const index = new ArchiveIndex(store.db);
  const gen = synthesize(archive, count, 12345);
  const t0 = performance.now();
  let done = 0;
  // batches of 2,000 stories per transaction: one commit (fsync) per batch
  for (;;) {
    const batch: Synth[] = [];
    for (let k = 0; k < 2000; k++) {
      const x = gen.next();
      if (x.done) break;
      batch.push(x.value);
    }
    if (batch.length === 0) break;
    done += index.indexStories(batch);
  }
  const seconds = (performance.now() - t0) / 1000;
  // fold the write-ahead log into the database, as SQLite's automatic checkpoint does during
  // normal use (a bulk build leaves a large WAL that every read would have to consult)
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  return { index, close: () => store.close(), perSecond: done / seconds, seconds };
}

export async function run(opts: { stories?: number } = {}): Promise<Record<string, number>> {
  const big = opts.stories ?? Number(process.env.REDAKSI_BENCH_STORIES ?? 100_000);
  const { articles, note } = sourceArticles();
  console.log(`[duplicates] source: ${note} (${articles.length} articles)`);
  // held-out articles (every 10th) write the query story; the rest feed the archive
  const heldOut = articles.filter((_, i) => i % 10 === 0);
  const archiveSrc = articles.filter((_, i) => i % 10 !== 0);

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
  for (let i = 0; i < 21; i++) {
    clearFurnitureMemo(); // a cold check: nothing remembered from the previous run
    let t = performance.now();
    findings = createStoryAnalyzer(analyzers).analyze({ paragraphs: story, language: 'id' }).length;
    full.push(performance.now() - t);
    clearFurnitureMemo();
    t = performance.now();
    createDuplicateChecker().check(story);
    dupOnly.push(performance.now() - t);
    t = performance.now();
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

  // ---- archive: build 10k and N stories, query a 10,000-word story at N (skipped with --stories 0)
  if (big === 0) {
    out.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
    return out;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-dup-'));
  try {
    const small = buildArchive(path.join(tmp, 'a10k'), archiveSrc, 10_000);
    const s10 = small.index.stats();
    small.close();
    console.log(`[duplicates] archive build, 10,000 stories (${s10.paragraphs} paragraphs): ${round(small.seconds, 1)} s = ${Math.round(small.perSecond)} stories/s`);
    out.archive_build_10k_per_s = Math.round(small.perSecond);

    const built = buildArchive(path.join(tmp, 'aN'), archiveSrc, big);
    const sN = built.index.stats();
    built.close();
    // query through a connection opened the way the app opens its store (its pragmas, no page
    // cache left over from the build)
    const appStore = openStore(path.join(tmp, 'aN'));
    const large = { index: new ArchiveIndex(appStore.db), close: () => appStore.close(), perSecond: built.perSecond, seconds: built.seconds };
    const dbBytes = fs.readdirSync(path.join(tmp, 'aN')).reduce((n, f) => n + fs.statSync(path.join(tmp, 'aN', f)).size, 0);
    console.log(`[duplicates] archive build, ${big.toLocaleString('en')} stories (${sN.paragraphs} paragraphs, ${round(dbBytes / 1048576, 0)} MB on disk): ${round(large.seconds, 1)} s = ${Math.round(large.perSecond)} stories/s`);
    out.archive_build_per_s = Math.round(large.perSecond);
    out.archive_build_100k_per_s = Math.round(large.perSecond);
    out.archive_stories = big;

    // Eight different query stories, each 10,000 words of held-out copy plus 10 paragraphs lifted
    // (some edited) from archive stories: a different story per query, so nothing is answered
    // from what an earlier query left in any cache. "Cold" also on our side: no result cache,
    // furniture memo cleared.
    const lifted = [...synthesize(archiveSrc, 400, 12345)];
    const queries = Array.from({ length: 8 }, (_, n) => {
      const q = storyOf(heldOut, 10_000, n * 30); // about 30 held-out articles each: the stories barely overlap
      const rq = rng(5 + n);
      for (let k = 0; k < 10; k++) {
        const s = lifted[n * 50 + k * 5]!;
        const p = s.paragraphs[Math.floor(rq() * s.paragraphs.length)]!; // a paragraph of an archive story
        q.splice(10 + k * 20, 0, k % 2 ? (makeEdit('substitute', p, p.split(' '), rq) ?? p) : p);
      }
      return q;
    });
    const q = queries[0]!;
    const qWords = q.reduce((n, p) => n + countWords(p), 0);
    // the app's path: worker threads, each with its own read-only connection (main/store/archive-pool.ts)
    const pool = new ArchivePool(appStore.file, { script: path.join(ROOT, 'main', 'store', 'archive-worker-tsx.mjs') });
    await pool.ready();
    const timed = async (fn: (q: string[]) => Promise<number>) => {
      const times: number[] = [];
      let found = 0;
      for (const story of queries) {
        clearFurnitureMemo();
        const t = performance.now();
        found += await fn(story);
        times.push(performance.now() - t);
      }
      return { first: times[0]!, median: median(times.slice(1)), found };
    };
    const viaPool = await timed(async (story) => archiveFindings(story, await pool.matches(story), 'en').length);
    const single = await timed(async (story) => archiveFindings(story, large.index.matches(story), 'en').length);
    await pool.close();
    const query = viaPool.median;
    const t0 = performance.now();
    const brute = large.index.bruteForceMatches(q, { maxRelated: 1 });
    const bruteMs = performance.now() - t0;
    const viaIndex = new Set(large.index.matches(q, { maxRelated: 1 }).map((m) => m.paragraph));
    const truth = new Set(brute.map((m) => m.paragraph));
    const recall = truth.size ? [...truth].filter((p) => viaIndex.has(p)).length / truth.size : 1;
    large.close();
    console.log(`[duplicates] archive query, ${queries.length} different ~${Math.round(qWords / 100) * 100}-word stories (~${q.length} paragraphs) at ${big.toLocaleString('en')} stories:`);
    console.log(`[duplicates]   on ${pool.size} worker threads (the app's path): median ${round(query)} ms (target < 50), first after the workers opened the store ${round(viaPool.first)} ms`);
    console.log(`[duplicates]   in one thread: median ${round(single.median)} ms, first ${round(single.first)} ms; ${single.found} paragraphs flagged over the ${queries.length} stories (${viaPool.found} via the workers)`);
    console.log(`[duplicates] brute-force scan of the first story: ${round(bruteMs, 0)} ms; index is ${round(bruteMs / single.median, 0)}x faster in one thread; index recall vs scan ${round(recall, 3)} (${viaIndex.size}/${truth.size})`);
    out.archive_query_100k_ms = round(query);
    out.archive_query_100k_first_ms = round(viaPool.first);
    out.archive_query_100k_single_ms = round(single.median);
    out.archive_query_workers = pool.size;
    out.archive_db_mb = Math.round(dbBytes / 1048576);
    out.archive_bruteforce_100k_ms = round(bruteMs, 0);
    out.archive_bruteforce_ratio = round(bruteMs / single.median, 0);
    out.archive_lsh_recall = round(recall, 3);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  out.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`[duplicates] peak RSS ${out.peak_rss_mb} MB`);
  return out;
}

const isMain = process.argv[1] && /bench[\\/]duplicates\.(ts|js)$/.test(process.argv[1]);
if (isMain) {
  const i = process.argv.indexOf('--stories');
  const stories = i > 0 ? Number(process.argv[i + 1]) : undefined;
  run(stories !== undefined && Number.isFinite(stories) ? { stories } : {}).then((r) => console.log(JSON.stringify(r)));
}
