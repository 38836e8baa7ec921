/**
 * `npm run -s bench -- --only archive --json [--stories N]` (#18): the archive-duplicate check
 * at a newsroom's scale, 100,000 stories by default.
 *
 * 1. A store of N synthetic stories (recombined corpus sentences, bench/duplicates.ts
 *    synthesize, fixed seed) as drafts, the way the app holds its archive, built once and kept
 *    in a cache folder (REDAKSI_BENCH_CACHE, default the temp folder); each run works on a copy.
 * 2. The archive catch-up of all N stories (main/store/archive-catch-up.ts: worker threads
 *    prepare, one connection writes), timed, with its progress on stderr: stories per second.
 * 3. The index's size from SQLite's dbstat (pages of the archive tables and their indexes,
 *    slack included): bytes per story.
 * 4. Query stories (24 by default), each about 10,000 words of held-out copy (synthesized from
 *    the articles kept out of the archive) with 5 archive paragraphs planted in it, in turn
 *    verbatim, with one word changed, with two words swapped, and with a clause cut: the first
 *    query after opening, then the median over the others, on the app's worker threads.
 * 5. Recall and precision of the index against one brute-force scan of every indexed paragraph
 *    (ArchiveIndex.bruteForceMatches, the same confirmation test), over every query paragraph;
 *    and how many planted repeats each finds.
 *
 * Run alone: `npx tsx bench/archive.ts [--stories 100000] [--queries 24] [--keep]` (--keep leaves
 * the caught-up store in the temp folder for a closer look). By hand at a million stories:
 * `--no-scan` leaves out step 5 (one scan of ten million paragraphs is a quarter of an hour of a
 * shared core; recall is measured at 100,000), and `--reuse DIR` queries a store kept by an
 * earlier `--keep` run of the same size instead of building one (steps 1-2 skipped, so no build
 * figures; the store is queried in place and left there).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../main/store/index.js';
import { MIGRATIONS } from '../main/store/migrations/index.js';
import { ArchivePool } from '../main/store/archive-pool.js';
import { paragraphsOfBody } from '../main/store/archive-index.js';
import { catchUpArchive, progressLine } from '../main/store/archive-catch-up.js';
import { docFromParagraphs } from '../shared/model/lexical-doc.js';
import { loadCorpus, rng, type CorpusArticle } from '../tests/helpers/corpus.js';
import { synthesize } from './duplicates.js';
import { median, quantile, round, spread } from './lib/stats.js';
import { runIfMain } from './run-alone.js';
import { argValue } from './lib/args.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = path.join(ROOT, 'main', 'store', 'archive-worker-tsx.mjs');
const SEED = 12_345;
const PLANTED_PER_QUERY = 5;
const QUERY_WORDS = 10_000;
/** stories per transaction, as `redaksi archive` writes them */
const WRITE_BATCH = 5_000;


const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const log = (s: string) => console.log(`[archive] ${s}`);

/** The corpus split: every 10th article is held out (query copy), the rest feeds the archive. */
export function corpusSplit(): { archive: CorpusArticle[]; heldOut: CorpusArticle[] } {
  const c = loadCorpus();
  if (!c) throw new Error('the news corpora are needed (../shared/fixtures/corpus or REDAKSI_CORPUS)');
  const all = [...c.detik, ...c.bbc];
  return { archive: all.filter((_, i) => i % 10 !== 0), heldOut: all.filter((_, i) => i % 10 === 0) };
}

/**
 * N synthetic stories as drafts (archive not caught up), written once into the cache. Only what
 * the archive index reads is written: the body (and headline, counts), not plain_text, so the
 * full-text index (drafts_fts, filled by a trigger from plain_text) stays empty. Indexing ten
 * million paragraphs for search was most of the time and a third of the disk of a million-story
 * store, and no archive figure depends on it.
 */
function draftsStore(cache: string, n: number, archive: CorpusArticle[]): string {
  // the schema version in the name: a store cached by an older schema is not reused
  const dir = path.join(cache, `drafts-${SEED}-${n}-v${MIGRATIONS.length}-lean`);
  if (fs.existsSync(path.join(dir, 'complete'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const store = openStore(dir);
  const ins = store.db.prepare(
    `INSERT INTO drafts (id, headline, body, word_count, paragraph_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = '2026-01-01T00:00:00.000Z';
  const gen = synthesize(archive, n, SEED);
  for (let done = 0; done < n; ) {
    store.db.transaction(() => {
      for (let k = 0; k < 5_000 && done < n; k++, done++) {
        const s = gen.next().value!;
        ins.run(s.id, s.label, JSON.stringify(docFromParagraphs(s.paragraphs)), countWords(s.paragraphs.join(' ')), s.paragraphs.length, at, at);
      }
    })();
    if (done % 20_000 === 0) process.stderr.write(`[archive] writing the synthetic drafts: ${done}/${n}\n`);
  }
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
  fs.writeFileSync(path.join(dir, 'complete'), '');
  log(`wrote ${n.toLocaleString('en')} synthetic drafts to the cache in ${round((performance.now() - t0) / 1000, 1)} s (${dir})`);
  return dir;
}

type EditKind = 'verbatim' | 'word changed' | 'two words swapped' | 'clause cut';
const KINDS: EditKind[] = ['verbatim', 'word changed', 'two words swapped', 'clause cut'];

function edit(kind: EditKind, p: string, r: () => number, donor: string[]): string {
  const w = p.split(/\s+/).filter(Boolean);
  const at = (n: number) => Math.floor(r() * n);
  switch (kind) {
    case 'verbatim':
      return p;
    case 'word changed': {
      w[at(w.length)] = donor[at(donor.length)]!;
      return w.join(' ');
    }
    case 'two words swapped': {
      const i = at(w.length - 1);
      [w[i], w[i + 1]] = [w[i + 1]!, w[i]!];
      return w.join(' ');
    }
    case 'clause cut': {
      // the clause after a comma up to the next comma or the end, else the last fifth of the words
      const parts = p.split(/,\s*/);
      if (parts.length > 2) {
        const i = 1 + at(parts.length - 2);
        return parts.filter((_, k) => k !== i).join(', ');
      }
      return w.slice(0, Math.max(8, Math.ceil(w.length * 0.8))).join(' ');
    }
  }
}

interface Planted {
  query: number;
  paragraph: number;
  kind: EditKind;
  source: string;
}

/**
 * Query stories: about QUERY_WORDS words each of held-out copy, every story different (no
 * paragraph shared between them, so nothing is answered from what an earlier query left in a
 * cache), with PLANTED_PER_QUERY paragraphs of archive stories planted at spread positions.
 */
export function queryStories(archive: CorpusArticle[], heldOut: CorpusArticle[], n: number, count: number, storyAt?: (i: number) => { id: string; paragraphs: string[] }): { stories: string[][]; planted: Planted[] } {
  const r = rng(77);
  const donor = heldOut.flatMap((a) => a.paragraphs.join(' ').split(/\s+/)).filter((x) => /^\p{L}{4,}$/u.test(x));
  // the archive stories to lift from: spread over the whole archive, eligible-looking paragraphs
  const want = count * PLANTED_PER_QUERY;
  const step = Math.max(1, Math.floor(n / (want + 1)));
  const lifted: Array<{ id: string; text: string }> = [];
  const lift = (s: { id: string; paragraphs: string[] }) => lifted.push({ id: s.id, text: s.paragraphs.find((x) => countWords(x) >= 20) ?? s.paragraphs[0]! });
  if (storyAt) for (let i = step - 1; lifted.length < want && i < n; i += step) lift(storyAt(i));
  else {
    // the same stories regenerated: every one before the last lifted (minutes at a million)
    let i = 0;
    for (const s of synthesize(archive, n, SEED)) {
      if (i++ % step === step - 1 && lifted.length < want) lift(s);
      if (lifted.length >= want) break;
    }
  }
  const copy = synthesize(heldOut, Number.MAX_SAFE_INTEGER, 4_242);
  const stories: string[][] = [];
  const planted: Planted[] = [];
  for (let q = 0; q < count; q++) {
    const story: string[] = [];
    let words = 0;
    while (words < QUERY_WORDS) {
      for (const p of copy.next().value!.paragraphs) {
        story.push(p);
        words += countWords(p);
      }
    }
    // planted k goes before the paragraph at the k-th spread position of the held-out copy
    const before = new Map<number, number>();
    for (let k = 0; k < PLANTED_PER_QUERY && q * PLANTED_PER_QUERY + k < lifted.length; k++) before.set(Math.floor(((k + 0.5) * story.length) / PLANTED_PER_QUERY), k);
    const withPlanted: string[] = [];
    story.forEach((p, at) => {
      const k = before.get(at);
      if (k !== undefined) {
        const src = lifted[q * PLANTED_PER_QUERY + k]!;
        const kind = KINDS[(q * PLANTED_PER_QUERY + k) % KINDS.length]!;
        planted.push({ query: q, paragraph: withPlanted.length, kind, source: src.id });
        withPlanted.push(edit(kind, src.text, r, donor));
      }
      withPlanted.push(p);
    });
    stories.push(withPlanted);
  }
  return { stories, planted };
}

/**
 * Steps 1-2: a copy of the cached drafts store, caught up on the app's path (worker threads
 * prepare, this connection writes), timed; returns it open.
 */
async function builtStore(cache: string, n: number, archive: CorpusArticle[], work: string, out: Record<string, number>): Promise<Store> {
  fs.cpSync(draftsStore(cache, n, archive), work, { recursive: true });
  const store = openStore(work, { damageCheck: 'fast' });
  let lastLine = 0;
  const cpu0 = process.cpuUsage();
  const built = await catchUpArchive(store.db, store.file, store.archive, {
    workers: { script: WORKER },
    writeBatch: WRITE_BATCH,
    growBatches: true,
    onProgress: (p) => {
      if (p.done === p.total || performance.now() - lastLine > 5_000) {
        lastLine = performance.now();
        process.stderr.write(`[archive] catching up: ${progressLine(p)}\n`);
      }
    },
  });
  const buildS = built.elapsedMs / 1000;
  const buildCpu = process.cpuUsage(cpu0);
  // CPU seconds of every thread (workers included): the rate a quiet 2-core machine would bound
  out.archive_build_cpu_s = round((buildCpu.user + buildCpu.system) / 1e6, 1);
  out.archive_build_per_s = Math.round(built.indexed / buildS);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  log(`catch-up of ${n.toLocaleString('en')} stories on worker threads: ${round(buildS, 1)} s = ${out.archive_build_per_s} stories/s; ${out.archive_build_cpu_s} CPU-seconds over all threads`);
  return store;
}

/** `--reuse DIR`: a store an earlier `--keep` run caught up, checked to hold the stories asked for. */
function reusedStore(dir: string, n: number): Store {
  const store = openStore(dir, { damageCheck: 'fast' });
  const have = store.archive.storyCountEstimate();
  if (have !== n || store.archive.pendingCount() > 0) {
    store.close();
    throw new Error(`--reuse ${dir}: it holds ${have} indexed stories (${n} asked for) or is not caught up`);
  }
  log(`reusing the caught-up store in ${dir} (no build figures)`);
  return store;
}

export async function run(opts: { stories?: number } = {}): Promise<Record<string, number>> {
  const n = opts.stories ?? Number(argValue('stories') ?? process.env.REDAKSI_BENCH_STORIES ?? 100_000);
  const queryCount = Number(argValue('queries') ?? 24);
  const keep = process.argv.includes('--keep');
  const scan = !process.argv.includes('--no-scan');
  const reuse = argValue('reuse');
  const cache = process.env.REDAKSI_BENCH_CACHE ?? path.join(os.tmpdir(), 'redaksi-bench-archive');
  fs.mkdirSync(cache, { recursive: true });
  const { archive, heldOut } = corpusSplit();
  const work = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-archive-run-'));
  const out: Record<string, number> = { archive_stories: n };
  // these machines are shared: the load says how much of the 2 cores the figures had
  log(`load average at start ${os.loadavg().map((x) => round(x, 1)).join(' ')} on ${os.availableParallelism()} cores`);
  try {
    let store = reuse ? reusedStore(reuse, n) : await builtStore(cache, n, archive, work, out);
    const sizes = store.db
      .prepare("SELECT name, sum(pgsize) AS bytes FROM dbstat WHERE name LIKE '%archive%' AND name <> 'archive_pending' GROUP BY name ORDER BY bytes DESC")
      .all() as Array<{ name: string; bytes: number }>;
    const stats = store.archive.stats();
    store.close();
    const indexBytes = sizes.reduce((s, x) => s + x.bytes, 0);
    out.archive_bytes_per_story = Math.round(indexBytes / n);
    out.archive_paragraphs = stats.paragraphs;
    log(`index size ${round(indexBytes / 1048576, 1)} MB = ${out.archive_bytes_per_story} bytes per story (${round(indexBytes / stats.paragraphs, 0)} per paragraph): ${sizes.map((s) => `${s.name} ${Math.round(s.bytes / n)}`).join(', ')}`);


    // ---- queries through a fresh connection opened as the app opens its store
    store = openStore(work, { damageCheck: 'fast' });
    // the i-th synthetic story is the draft of rowid i + 1 (written in order into a new table)
    const byRowid = store.db.prepare('SELECT id, body FROM drafts WHERE rowid = ?').raw();
    const { stories, planted } = queryStories(archive, heldOut, n, queryCount, (i) => {
      const [id, body] = byRowid.get(i + 1) as [string, string];
      return { id, paragraphs: paragraphsOfBody(body) };
    });
    const qWords = median(stories.map((s) => s.reduce((w, p) => w + countWords(p), 0)));
    const pool = new ArchivePool(store.file, { script: WORKER });
    await pool.ready();
    const times: number[] = [];
    let firstCpuMs = 0;
    for (const s of stories) {
      const t = performance.now();
      const c = process.cpuUsage();
      await pool.matches(s);
      times.push(performance.now() - t);
      if (times.length === 1) {
        const d = process.cpuUsage(c);
        firstCpuMs = (d.user + d.system) / 1000; // every thread of the process: both workers
      }
    }
    await pool.close();
    const single: number[] = [];
    const singleCpu: number[] = [];
    const viaIndex: Array<Set<number>> = [];
    for (const s of stories) {
      const t = performance.now();
      const c = process.cpuUsage();
      viaIndex.push(new Set(store.archive.matches(s, { maxRelated: 1 }).map((m) => m.paragraph)));
      const d = process.cpuUsage(c);
      single.push(performance.now() - t);
      singleCpu.push((d.user + d.system) / 1000);
    }
    out.archive_first_query_ms = round(times[0]!);
    out.archive_first_query_cpu_ms = round(firstCpuMs);
    out.archive_query_ms = round(median(times.slice(1)));
    out.archive_query_p90_ms = round(quantile(times.slice(1), 0.9));
    out.archive_query_single_ms = round(median(single));
    // CPU time of the in-thread query: what the query costs whatever else the machine runs
    out.archive_query_single_cpu_ms = round(median(singleCpu));
    out.archive_query_workers = pool.size;
    log(`query, ${stories.length} different ~${Math.round(qWords / 100) * 100}-word stories (~${Math.round(median(stories.map((s) => s.length)))} paragraphs): first after opening ${out.archive_first_query_ms} ms (${out.archive_first_query_cpu_ms} ms of CPU over both workers); the others ${spread(times.slice(1))} on ${pool.size} worker threads; in one thread ${spread(single)}, CPU time ${spread(singleCpu)}`);

    // ---- recall and precision against one scan of every indexed paragraph
    const all = stories.flat();
    const offsets: number[] = [];
    stories.reduce((o, s) => (offsets.push(o), o + s.length), 0);
    const found = new Set<number>();
    viaIndex.forEach((set, q) => set.forEach((p) => found.add(offsets[q]! + p)));
    out.archive_planted = planted.length;
    const plantedAt = planted.map((p) => offsets[p.query]! + p.paragraph);
    out.archive_planted_found = plantedAt.filter((p) => found.has(p)).length;
    const byKind = KINDS.map((k) => {
      const ps = planted.map((p, j) => ({ p, at: plantedAt[j]! })).filter((x) => x.p.kind === k);
      return `${k} ${ps.filter((x) => found.has(x.at)).length}/${ps.length}`;
    });
    if (scan) {
      const t0 = performance.now();
      const brute = store.archive.bruteForceMatches(all, { maxRelated: 1 });
      const bruteMs = performance.now() - t0;
      const truth = new Set(brute.map((m) => m.paragraph));
      const both = [...truth].filter((p) => found.has(p)).length;
      out.archive_recall = round(truth.size ? both / truth.size : 1, 3);
      out.archive_precision = round(found.size ? both / found.size : 1, 3);
      out.archive_recall_queries = stories.length;
      out.archive_planted_scan = plantedAt.filter((p) => truth.has(p)).length;
      out.archive_bruteforce_ms = Math.round(bruteMs);
      log(`scan of every indexed paragraph for all ${all.length.toLocaleString('en')} query paragraphs: ${round(bruteMs / 1000, 1)} s; it flags ${truth.size}, the index ${found.size}`);
      log(`recall vs the scan ${out.archive_recall} (${both}/${truth.size}), precision ${out.archive_precision} (${both}/${found.size}) over ${stories.length} query stories`);
    } else log('no scan (--no-scan): recall against the scan not measured');
    store.close();
    log(`planted repeats found: index ${out.archive_planted_found}/${planted.length}${scan ? `, scan ${out.archive_planted_scan}/${planted.length}` : ''} (index by kind: ${byKind.join(', ')})`);
  } finally {
    if (keep || reuse) log(`kept the caught-up store in ${work} (--keep)`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
  out.load_avg_end = round(os.loadavg()[0]!, 1);
  out.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  log(`load average at the end ${os.loadavg().map((x) => round(x, 1)).join(' ')}; peak RSS ${out.peak_rss_mb} MB`);
  return out;
}

runIfMain(import.meta.url, () => run());
