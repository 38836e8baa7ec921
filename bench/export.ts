/**
 * Export of a 10,000-word story to every file format together (html full page, md, txt, docx,
 * ninjs 3.0, ninjs 1.6, NewsML-G2): the time a desk waits after "export" (target < 200 ms).
 *
 * The story is the seed article's body (tests/fixtures) repeated until it has 10,000 words, with
 * the structure real copy has: subheadings every few paragraphs, a quote, a bullet list, bold and
 * italic runs and links, so every serializer path is exercised. Median of several runs after a
 * warm-up; the baseline in the same run is JSON.stringify of the same Lexical document (what a
 * save costs), so `export_all_vs_json_ratio` is comparable across noisy machines.
 *
 * Run alone: `npx tsx bench/export.ts`. Prints figures and one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_TARGETS, exportAll, exportTo, type ExportArticle, type FileTarget } from '../shared/export/index.js';
import { countWords, docFromBlocks, type Block } from '../shared/model/lexical-doc.js';
import { runIfMain } from './run-alone.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'articles', '000_29685aeed6ed132a.txt');
const WORDS = 10_000;
const RUNS = 15;
const WARMUP = 5;

export function story(): ExportArticle {
  const lines = fs.readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const body = [...lines.slice(5, 16), lines[26]!].map((l) => l.trim()).filter(Boolean);
  const blocks: Block[] = [];
  let words = 0;
  let i = 0;
  while (words < WORDS) {
    const text = body[i % body.length]!;
    const n = i;
    i++;
    if (n % 12 === 0) blocks.push({ kind: 'h2', runs: [{ text: `Bagian ${n / 12 + 1}` }] });
    if (n % 17 === 5) blocks.push({ kind: 'quote', runs: [{ text }] });
    else if (n % 23 === 7) {
      for (const part of text.split(/(?<=\.) /)) blocks.push({ kind: 'bullet', runs: [{ text: part }] });
    } else {
      const w = text.split(' ');
      blocks.push({
        kind: 'paragraph',
        runs: [
          { text: w.slice(0, 3).join(' ') + ' ', bold: true },
          { text: w.slice(3, 8).join(' ') + ' ' },
          { text: w.slice(8, 10).join(' '), link: `https://example.org/berita/${n}?ref=redaksi&x=1` },
          { text: ' ' + w.slice(10, 14).join(' ') + ' ', italic: true },
          { text: w.slice(14).join(' ') },
        ],
      });
    }
    words += countWords(text);
  }
  return {
    draftId: 'bench-10k',
    revisionId: 42,
    headline: lines[0]!.trim(),
    kicker: 'Pelayanan Publik',
    byline: 'Redaksi',
    datelinePlace: 'TANGERANG SELATAN',
    datelineDate: '2024-12-04',
    section: 'Metro',
    tags: ['Ombudsman', 'Tangsel'],
    slug: 'bench-10k',
    summary: 'Ringkasan.',
    language: 'id',
    body: docFromBlocks(blocks),
    createdAt: '2024-12-04T08:00:00.000Z',
    updatedAt: '2024-12-04T09:00:00.000Z',
    exportedAt: '2024-12-04T10:00:00.000Z',
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function run(): Promise<Record<string, number>> {
  const article = story();
  const words = countWords((await exportTo('txt', article)).data as string);
  const opts = { fullPage: true };
  for (let i = 0; i < WARMUP; i++) await exportAll(FILE_TARGETS, article, opts);

  // all formats together, as the desk's "export all" does it (body normalized once)
  const totals: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const files = await exportAll(FILE_TARGETS, article, opts);
    totals.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    bytes = files.reduce((n, f) => n + f.data.length, 0);
  }
  // each target on its own (each normalizes the body itself), for finding the slow one
  const per: Record<FileTarget, number[]> = Object.fromEntries(FILE_TARGETS.map((t) => [t, [] as number[]])) as Record<FileTarget, number[]>;
  for (let r = 0; r < Math.ceil(RUNS / 2); r++) {
    for (const t of FILE_TARGETS) {
      const s = performance.now();
      await exportTo(t, article, opts);
      per[t].push(performance.now() - s);
    }
  }
  const json: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = performance.now();
    JSON.stringify(article.body);
    json.push(performance.now() - s);
  }
  const all10k = median(totals);
  const out: Record<string, number> = {
    export_all_10k_ms: round(all10k),
    // CPU time of this process for the same work: on a machine shared with other jobs the wall
    // clock includes time spent waiting for a core, CPU time does not
    export_all_10k_cpu_ms: round(median(cpu)),
    export_10k_words: words,
    export_all_10k_bytes: bytes,
  };
  for (const t of FILE_TARGETS) out[`export_${t}_10k_ms`] = round(median(per[t]));
  out.export_json_baseline_10k_ms = round(median(json));
  out.export_all_vs_json_ratio = round(all10k / Math.max(0.01, median(json)));
  console.log(
    `export: ${words} words to ${FILE_TARGETS.length} formats in ${out.export_all_10k_ms} ms (CPU ${out.export_all_10k_cpu_ms} ms; median of ${RUNS}; target < 200 ms; alone: ` +
      FILE_TARGETS.map((t) => `${t} ${out[`export_${t}_10k_ms`]}`).join(', ') +
      `; ${out.export_all_vs_json_ratio}x a JSON.stringify of the document)`,
  );
  return out;
}

runIfMain(import.meta.url, run);
