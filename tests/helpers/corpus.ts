/**
 * Reads the news corpora IN PLACE (they stay outside the repository: publishers' copyright).
 * Location: REDAKSI_CORPUS or <repo>/../shared/fixtures/corpus. Returns null when absent so
 * callers can skip with a notice.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusArticle {
  corpus: 'en-bbc' | 'id-detik';
  file: string;
  language: 'en' | 'id';
  headline: string;
  paragraphs: string[];
  /** detik rows collected twice (same URL) name the first copy here */
  sameAs?: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function corpusDir(): string | null {
  const dir = process.env.REDAKSI_CORPUS ?? join(repoRoot, '..', 'shared', 'fixtures', 'corpus');
  return existsSync(join(dir, 'en-bbc')) && existsSync(join(dir, 'id-detik')) ? dir : null;
}

/** Some BBC files are Latin-1; decode as UTF-8 and fall back when that produced U+FFFD. */
function readText(path: string): string {
  const buf = readFileSync(path);
  const utf8 = buf.toString('utf8');
  return utf8.includes('\uFFFD') ? buf.toString('latin1') : utf8;
}

export function loadBbc(dir: string): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  const root = join(dir, 'en-bbc');
  for (const section of readdirSync(root).sort()) {
    const sdir = join(root, section);
    if (!/^[a-z]+$/.test(section)) continue;
    for (const f of readdirSync(sdir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = readText(join(sdir, f)).replace(/\r\n?/g, '\n');
      const blocks = text.split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter((b) => b.length > 0);
      const [headline, ...paragraphs] = blocks;
      if (!headline || paragraphs.length === 0) continue;
      out.push({ corpus: 'en-bbc', file: `${section}/${f}`, language: 'en', headline, paragraphs });
    }
  }
  return out;
}

export function loadDetik(dir: string): CorpusArticle[] {
  const root = join(dir, 'id-detik');
  const index = new Map<string, { title: string; sameAs: string }>();
  const tsv = readText(join(root, 'index.tsv')).split(/\r?\n/);
  const header = (tsv[0] ?? '').split('\t');
  const fi = header.indexOf('file');
  const ti = header.indexOf('title');
  const si = header.indexOf('same_url_as');
  for (const line of tsv.slice(1)) {
    const cols = line.split('\t');
    if (cols[fi]) index.set(cols[fi]!, { title: cols[ti] ?? '', sameAs: cols[si] ?? '' });
  }
  const out: CorpusArticle[] = [];
  for (const f of readdirSync(root).sort()) {
    if (!/^\d+\.txt$/.test(f)) continue;
    const paragraphs = readText(join(root, f)).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
    if (paragraphs.length === 0) continue;
    const meta = index.get(f);
    const a: CorpusArticle = { corpus: 'id-detik', file: f, language: 'id', headline: meta?.title || paragraphs[0]!, paragraphs };
    if (meta?.sameAs) a.sameAs = meta.sameAs;
    out.push(a);
  }
  return out;
}

export function loadCorpus(): { dir: string; bbc: CorpusArticle[]; detik: CorpusArticle[] } | null {
  const dir = corpusDir();
  if (!dir) return null;
  return { dir, bbc: loadBbc(dir), detik: loadDetik(dir) };
}

/** Deterministic PRNG (mulberry32) so generated cases are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
