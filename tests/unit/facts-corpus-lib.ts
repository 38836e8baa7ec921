/**
 * Corpus loading and FactCC-style error injection for tests/unit/facts-corpus.test.ts.
 * The corpora stay outside the repository (publishers' copyright); they are read in place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleLanguage } from '../../shared/model/finding.js';

export const CORPUS_DIR = process.env.REDAKSI_CORPUS ?? resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared/fixtures/corpus');

export interface Article {
  id: string;
  language: ArticleLanguage;
  headline: string;
  paragraphs: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
function decode(buf: Buffer): string {
  try {
    return utf8.decode(buf);
  } catch {
    return latin1.decode(buf); // some BBC files are Latin-1 (£)
  }
}

export function loadBbc(limit = Infinity): Article[] {
  const dir = join(CORPUS_DIR, 'en-bbc');
  if (!existsSync(dir)) return [];
  const out: Article[] = [];
  for (const section of readdirSync(dir).sort()) {
    const sdir = join(dir, section);
    if (!/^[a-z]+$/.test(section)) continue;
    for (const f of readdirSync(sdir).filter((x) => x.endsWith('.txt')).sort()) {
      const text = decode(readFileSync(join(sdir, f)));
      const blocks = text.split(/\r?\n\s*\r?\n/).map((b) => b.replace(/\s*\r?\n\s*/g, ' ').trim()).filter(Boolean);
      if (blocks.length < 2) continue;
      out.push({ id: `en-bbc/${section}/${f}`, language: 'en', headline: blocks[0]!, paragraphs: blocks.slice(1) });
    }
  }
  return sample(out, limit);
}

export function loadDetik(limit = Infinity): Article[] {
  const dir = join(CORPUS_DIR, 'id-detik');
  if (!existsSync(dir)) return [];
  const titles = new Map<string, string>();
  const skip = new Set<string>();
  const index = join(dir, 'index.tsv');
  if (existsSync(index)) {
    for (const line of readFileSync(index, 'utf8').split(/\r?\n/).slice(1)) {
      const cols = line.split('\t');
      if (cols[0]) titles.set(cols[0], cols[2] ?? '');
      if (cols[0] && cols[7]) skip.add(cols[0]); // the same story collected twice
    }
  }
  const out: Article[] = [];
  for (const f of readdirSync(dir).filter((x) => /^\d+\.txt$/.test(x)).sort()) {
    if (skip.has(f)) continue;
    const paragraphs = decode(readFileSync(join(dir, f))).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (paragraphs.length < 2) continue;
    out.push({ id: `id-detik/${f}`, language: 'id', headline: titles.get(f) ?? '', paragraphs });
  }
  return sample(out, limit);
}

/** an even spread over the list, deterministic */
function sample<T>(list: T[], limit: number): T[] {
  if (list.length <= limit) return list;
  const step = list.length / limit;
  return Array.from({ length: limit }, (_, i) => list[Math.floor(i * step)]!);
}

/** small deterministic PRNG (mulberry32) seeded from a string */
export function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353), (h = (h << 13) | (h >>> 19));
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
