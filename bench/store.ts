/**
 * `npm run -s bench -- --only store --json [--stories N]` (#20): the store at newsroom scale.
 *
 * Builds N synthetic stories of about 780 words (recombined from the BBC and detik corpora,
 * fixed seed; headlines are corpus headlines, so they repeat as a back catalogue's do) as .txt
 * files in folders of 5,000, and imports them with `redaksi import` (the same service path as
 * the app). Measures, each next to its empty-store baseline:
 * - import rate of 5,000 files into an empty store and of the last 5,000 into the full one (each
 *   in its own process, which also gives the peak RSS of one import);
 * - a save with a changed headline (slug recomputed), median of 15, empty vs full;
 * - a warm `redaksi check --draft` (open, archive catch-up with nothing to do, query, close), and
 *   open-to-first-list, at N;
 * - database bytes per story, and where they go (dbstat, per table and index);
 * - with N >= 20,000: one `redaksi import` of four folders (20,000 files) into an empty store,
 *   the rate of its last 5,000 against its first 5,000, read from its progress lines.
 *
 * The files and the store of the first N - 5,000 stories are kept in a cache folder
 * (REDAKSI_BENCH_CACHE, default the temp folder) and reused by later runs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as cli } from '../main/cli/index.js';
import { createServices } from '../main/services/index.js';
import { openStore } from '../main/store/index.js';
import { markVerified } from '../main/store/damage-mark.js';
import { loadCorpus } from '../tests/helpers/corpus.js';
import { synthesize } from './duplicates.js';
import { median, round, spread } from './lib/stats.js';
import { runIfMain } from './run-alone.js';
import { argValue } from './lib/args.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = 5_000;
const WORDS = 780;
const SEED = 20_020;


const folderName = (k: number) => `b${String(k).padStart(3, '0')}`;

/** N story files in folders of 5,000; written once per (N, seed) into the cache. */
function storyFiles(cache: string, n: number): string {
  const dir = path.join(cache, `files-${SEED}-${n}`);
  if (fs.existsSync(path.join(dir, 'complete'))) return dir;
  const corpus = loadCorpus();
  if (!corpus) throw new Error('the news corpora are needed (../shared/fixtures/corpus or REDAKSI_CORPUS)');
  fs.rmSync(dir, { recursive: true, force: true });
  const gen = synthesize([...corpus.detik, ...corpus.bbc], Number.MAX_SAFE_INTEGER, SEED);
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = [];
    let words = 0;
    let headline = '';
    while (words < WORDS) {
      const s = gen.next().value!;
      headline ||= s.label.replace(/ #\d+$/, '');
      for (const p of s.paragraphs) {
        paragraphs.push(p);
        words += p.split(/\s+/).length;
        if (words >= WORDS) break;
      }
    }
    const folder = path.join(dir, folderName(Math.floor(i / FOLDER)));
    if (i % FOLDER === 0) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${String(i).padStart(6, '0')}.txt`), [headline, ...paragraphs].join('\n') + '\n');
  }
  fs.writeFileSync(path.join(dir, 'complete'), '');
  return dir;
}

interface ChildRun {
  imported: number;
  seconds: number;
  maxRssMb: number;
  /** (files done, ms since start) at each progress line */
  progress: Array<[number, number]>;
}

/** `redaksi import ...folders --json` in its own process. */
function importInChild(folders: string[], dataDir: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'lib', 'import-child.ts'), 'import', ...folders, '--data-dir', dataDir, '--json'], { cwd: ROOT });
    let out = '';
    let err = '';
    const progress: Array<[number, number]> = [];
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      for (const m of b.toString().matchAll(/: (\d+)\/\d+ files/g)) progress.push([Number(m[1]), performance.now() - t0]);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`import exited ${code}: ${err.slice(-500)}`));
      const summary = (JSON.parse(out) as { summary: { imported: number; seconds: number } }).summary;
      const rss = JSON.parse(err.trim().split('\n').pop()!) as { maxRssKb: number };
      resolve({ imported: summary.imported, seconds: summary.seconds, maxRssMb: rss.maxRssKb / 1024, progress });
    });
  });
}

/** 15 saves that change a story's headline (and so its slug), on different stories; ms each. */
async function headlineSaves(dataDir: string): Promise<number[]> {
  const store = openStore(dataDir);
  try {
    const api = createServices(store);
    const ids = store.db.prepare('SELECT id FROM drafts ORDER BY rowid DESC LIMIT 15').pluck().all() as string[];
    const times: number[] = [];
    for (const [i, id] of ids.entries()) {
      const t = performance.now();
      await api['drafts.rename']({ id, headline: `Judul baru ${i} untuk berita ini` });
      times.push(performance.now() - t);
    }
    return times;
  } finally {
    store.close();
  }
}

const quiet = { stdout: () => {}, stderr: () => {} };

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(opts: { stories?: number } = {}): Promise<Record<string, number>> {
  const n = opts.stories ?? Number(argValue('stories') ?? 100_000);
  if (n < 2 * FOLDER || n % FOLDER) throw new Error(`--stories must be a multiple of ${FOLDER}, at least ${2 * FOLDER}`);
  const cache = process.env.REDAKSI_BENCH_CACHE ?? path.join(os.tmpdir(), 'redaksi-bench-store');
  fs.mkdirSync(cache, { recursive: true });
  const files = storyFiles(cache, n);
  const folders = Array.from({ length: n / FOLDER }, (_, k) => path.join(files, folderName(k)));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-store-run-'));
  try {
    // ---- empty store: 5,000 files
    const emptyDir = path.join(tmp, 'empty');
    const empty = await importInChild([folders[0]!], emptyDir);
    const import_per_s_empty = round(empty.imported / empty.seconds, 1);
    const saveEmpty = await headlineSaves(emptyDir);

    // ---- the store of the first N - 5,000 stories (cached), archive caught up as after a first check
    const base = path.join(cache, `base-${SEED}-${n}`);
    if (!fs.existsSync(path.join(base, 'complete'))) {
      const t = performance.now();
      if (!fs.existsSync(path.join(base, 'imported'))) {
        fs.rmSync(base, { recursive: true, force: true });
        const code = await cli(['import', ...folders.slice(0, -1), '--data-dir', base, '--batch', '500'], { stdout: () => {}, stderr: (s) => process.stderr.write(`[store] base: ${s}`) });
        if (code !== 0) throw new Error(`building the base store: import exited ${code}`);
        fs.writeFileSync(path.join(base, 'imported'), '');
      }
      const store = openStore(base);
      // a 256 MB page cache for the bulk catch-up, as bench/duplicates.ts builds its archive:
      // random-order inserts into the band table are cache-bound (with the 2 MB default the
      // catch-up of 95,000 stories ran over 9 minutes without finishing)
      store.db.pragma('cache_size = -262144');
      store.archive.syncDrafts();
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      store.close();
      fs.writeFileSync(path.join(base, 'complete'), '');
      console.log(`[store] base store of ${n - FOLDER} stories built in ${((performance.now() - t) / 1000).toFixed(0)} s (cached in ${base})`);
    }
    const fullDir = path.join(tmp, 'full');
    fs.cpSync(base, fullDir, { recursive: true });
    fs.rmSync(path.join(fullDir, 'complete'));
    // the copy (about 1 GB at 100,000) is still in the page cache, being written back: flushed
    // here, or the import timed next competes with that writeback (pairs scattered 297-516/s)
    for (const f of fs.readdirSync(fullDir)) {
      const fd = fs.openSync(path.join(fullDir, f), 'r+');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    }
    // a newsroom's store has been read whole within the day (the app's background quick_check at
    // every start); commands then skip that 9 s read (damageCheck 'recent'). Its cost, once a
    // day, is quick_check_ms_full below.
    markVerified(fullDir);

    // ---- the last 5,000 into the full store
    const full = await importInChild([folders.at(-1)!], fullDir);
    const import_per_s_full = round(full.imported / full.seconds, 1);
    const saveFull = await headlineSaves(fullDir);

    // ---- open to first list answer, and a warm check (the first check catches up the last import)
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      opens.push(
        await timed(async () => {
          const store = openStore(fullDir, { damageCheck: 'recent' });
          await createServices(store)['drafts.list']({});
          store.close();
        }),
      );
    }
    const probe = (() => {
      const store = openStore(fullDir);
      const id = store.db.prepare('SELECT id FROM drafts ORDER BY rowid LIMIT 1 OFFSET 1234').pluck().get() as string;
      store.close();
      return id;
    })();
    const checkArgs = ['check', '--draft', probe, '--data-dir', fullDir, '--format', 'json'];
    const checkCold = await timed(() => cli(checkArgs, quiet));
    const checks: number[] = [];
    for (let i = 0; i < 5; i++) checks.push(await timed(() => cli(checkArgs, quiet)));

    // ---- bytes per story, and where they go; and what open's start-up quick_check alone costs
    const store = openStore(fullDir);
    const quickCheck = await timed(() => store.db.pragma('quick_check'));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const stories = store.drafts.count();
    const tables = store.db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as Array<{ name: string; bytes: number }>;
    store.close();
    const dbBytes = fs.statSync(path.join(fullDir, 'redaksi.db')).size;

    // ---- one import of 20,000 files: last 5,000 against first 5,000
    let folderRatio: Record<string, number> = {};
    if (n >= 4 * FOLDER) {
      const big = await importInChild(folders.slice(0, 4), path.join(tmp, 'folder20k'));
      const at = (done: number) => big.progress.find(([d]) => d >= done)![1];
      const first = FOLDER / (at(FOLDER) / 1000);
      const last = FOLDER / ((at(4 * FOLDER) - at(3 * FOLDER)) / 1000);
      folderRatio = { import_dir20k_first5k_per_s: round(first, 1), import_dir20k_last5k_per_s: round(last, 1), import_dir20k_ratio: round(last / first), import_dir20k_peak_rss_mb: round(big.maxRssMb, 0) };
      console.log(`[store] redaksi import of 4 folders (20,000 files) into an empty store: first 5,000 at ${round(first, 1)}/s, last 5,000 at ${round(last, 1)}/s (ratio ${round(last / first)}, target >= 0.67); ${big.progress.length} progress lines`);
    }

    const out: Record<string, number> = {
      store_stories: stories,
      import_per_s_empty,
      import_per_s_full,
      import_full_empty_ratio: round(import_per_s_full / import_per_s_empty),
      save_headline_ms_empty: round(median(saveEmpty)),
      save_headline_ms_full: round(median(saveFull)),
      save_headline_full_empty_ratio: round(median(saveFull) / median(saveEmpty)),
      cli_check_warm_ms_full: round(median(checks), 1),
      cli_check_first_ms_full: round(checkCold, 0),
      open_ms_full: round(median(opens), 1),
      quick_check_ms_full: round(quickCheck, 0),
      db_bytes_per_story: Math.round(dbBytes / stories),
      import_peak_rss_mb: round(Math.max(empty.maxRssMb, full.maxRssMb), 0),
      ...folderRatio,
    };
    console.log(`[store] ${stories} stories of ~${WORDS} words: import ${import_per_s_empty}/s empty, ${import_per_s_full}/s for the last 5,000 (peak RSS ${out.import_peak_rss_mb} MB)`);
    console.log(`[store] save with a new headline: empty ${spread(saveEmpty)}; full ${spread(saveFull)}`);
    console.log(`[store] open to first list ${spread(opens)}; check --draft warm ${spread(checks)} (first, catching up 5,000: ${round(checkCold, 0)} ms); of which PRAGMA quick_check at open: ${round(quickCheck, 0)} ms`);
    console.log(`[store] database ${(dbBytes / 1048576).toFixed(0)} MB, ${out.db_bytes_per_story} bytes per story; by table and index (bytes per story):`);
    for (const t of tables) if (t.bytes / stories >= 1) console.log(`[store]   ${t.name.padEnd(34)} ${Math.round(t.bytes / stories)}`);
    return out;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, () => run());
