/**
 * Start-up on a large store (issue 16): time from process start to the first answer (the desk's
 * story list) at 100,000 stories of about 780 words (~1 GB).
 *
 *   npx tsx bench/startup.ts [--dir DIR] [--stories N] [--runs K]
 *
 * Builds the store in DIR once (stories assembled from the corpus paragraphs, written through the
 * store's repos in transactions of 2,000; kept for later runs), then starts fresh processes:
 *   - `startup_first_answer_ms`: a Node process doing what web mode does before it serves
 *     (open the store with its damage check, services, backups scheduled) and answering
 *     drafts.list, measured from the process's own start (TypeScript loaded through tsx, as web
 *     mode runs);
 *   - `startup_bundled_first_answer_ms`: the same, bundled by esbuild first (out/bench/), as the
 *     desktop app's main process is: no TypeScript compiled at start;
 *   - `startup_web_first_answer_ms`: `main/web.ts --no-build` as a child process, until its first
 *     HTTP answer to drafts.list (includes tsx loading the TypeScript sources).
 * Each next to the same start on an empty store, interleaved.
 * The operating system's file cache is warm after the build (these machines are shared; the
 * cache is not dropped).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openStore } from '../main/store/index.js';
import { countWords, docFromParagraphs } from '../shared/model/lexical-doc.js';
import { slugify } from '../shared/model/slug.js';
import { loadCorpus, rng } from '../tests/helpers/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX_LOADER = pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const WORDS_PER_STORY = 780;

export function buildLargeStore(dir: string, stories: number): void {
  const store = openStore(dir);
  try {
    const have = store.drafts.count();
    if (have >= stories) return;
    const corpus = loadCorpus();
    if (!corpus) throw new Error('the corpus (../shared/fixtures/corpus or REDAKSI_CORPUS) is needed to build realistic stories');
    const pool = [...corpus.detik, ...corpus.bbc].flatMap((a) => a.paragraphs.map((p) => ({ p, language: a.language }))).filter((x) => x.p.split(/\s+/).length >= 8);
    const rand = rng(16);
    const t0 = Date.now();
    for (let start = have; start < stories; start += 2000) {
      store.tx(() => {
        for (let i = start; i < Math.min(stories, start + 2000); i++) {
          const first = pool[Math.floor(rand() * pool.length)]!;
          const paragraphs: string[] = [];
          let words = 0;
          while (words < WORDS_PER_STORY) {
            const x = pool[Math.floor(rand() * pool.length)]!;
            paragraphs.push(x.p);
            words += countWords(x.p);
          }
          const headline = `${first.p.split(/\s+/).slice(0, 9).join(' ')} (${i})`;
          const plainText = paragraphs.join('\n\n');
          const at = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
          store.drafts.insert({
            id: randomUUID(),
            headline,
            slug: `${slugify(headline, 60)}-${i}`,
            slugLocked: false,
            status: (['draft', 'submitted', 'in-review', 'approved'] as const)[i % 4]!,
            language: first.language,
            meta: { byline: 'Redaksi Bench' },
            body: docFromParagraphs(paragraphs),
            plainText,
            wordCount: countWords(plainText),
            paragraphCount: paragraphs.length,
            at,
          });
        }
      });
      if ((start / 2000) % 5 === 0) process.stderr.write(`built ${Math.min(stories, start + 2000)} stories in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    }
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    store.close();
  }
}

const BUNDLED_CHILD = path.join(root, 'out', 'bench', 'startup-child.mjs');

async function bundleChild(): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'bench', 'startup-child.ts')],
    outfile: BUNDLED_CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'jsdom'],
    // better-sqlite3 is CommonJS: give the ESM bundle a require
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

/** the in-process path: the child prints ms from its own process start to the first answer */
function firstAnswerInProcess(dir: string, bundled = false): number {
  const args = bundled ? [BUNDLED_CHILD, dir] : ['--import', TSX_LOADER, path.join(root, 'bench', 'startup-child.ts'), dir];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  const m = /first answer (\d+(?:\.\d+)?) ms/.exec(r.stdout);
  if (!m) throw new Error(`startup child failed:\n${r.stdout}\n${r.stderr}`);
  return Number(m[1]);
}

/** web mode as a user starts it, until the first HTTP answer to drafts.list */
async function firstAnswerWeb(dir: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(root, 'main', 'web.ts'), '--data-dir', dir, '--no-build', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${out}`)), 120_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Redaksi web: (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    });
    const [url, fragment] = line.split('#');
    const token = new URLSearchParams(fragment).get('token') ?? '';
    const res = await fetch(new URL('/api/drafts.list', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-redaksi-token': token }, body: JSON.stringify({ limit: 200 }) });
    await res.json();
    return performance.now() - t0;
  } finally {
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

async function main(): Promise<void> {
  const dir = flag('--dir', path.join(os.tmpdir(), 'redaksi-bench-100k'));
  const stories = Number(flag('--stories', '100000'));
  const runs = Number(flag('--runs', '5'));
  buildLargeStore(dir, stories);
  const bytes = fs.statSync(path.join(dir, 'redaksi.db')).size;
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  // the same starts on an empty store, interleaved: these machines are shared and their speed
  // moves by tens of percent from minute to minute, so the store's own cost is the difference
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-empty-'));
  openStore(empty).close();
  await bundleChild();
  const inProcess: number[] = [];
  const web: number[] = [];
  const bundled: number[] = [];
  const emptyInProcess: number[] = [];
  const emptyWeb: number[] = [];
  const emptyBundled: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      inProcess.push(firstAnswerInProcess(dir));
      emptyInProcess.push(firstAnswerInProcess(empty));
      bundled.push(firstAnswerInProcess(dir, true));
      emptyBundled.push(firstAnswerInProcess(empty, true));
      web.push(await firstAnswerWeb(dir));
      emptyWeb.push(await firstAnswerWeb(empty));
    }
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
  console.log(`store: ${stories} stories, ${(bytes / 1e9).toFixed(2)} GB`);
  const line = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(`first answer, in process: ${line(inProcess)}; empty store: ${line(emptyInProcess)}`);
  console.log(`first answer, bundled like the desktop app: ${line(bundled)}; empty store: ${line(emptyBundled)}`);
  console.log(`first answer, web mode over HTTP: ${line(web)}; empty store: ${line(emptyWeb)}`);
  console.log(
    JSON.stringify({
      startup_stories: stories,
      startup_db_bytes: bytes,
      startup_first_answer_ms: Math.round(median(inProcess)),
      startup_first_answer_empty_ms: Math.round(median(emptyInProcess)),
      startup_bundled_first_answer_ms: Math.round(median(bundled)),
      startup_bundled_first_answer_empty_ms: Math.round(median(emptyBundled)),
      startup_web_first_answer_ms: Math.round(median(web)),
      startup_web_first_answer_empty_ms: Math.round(median(emptyWeb)),
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
