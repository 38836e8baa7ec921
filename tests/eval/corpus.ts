/**
 * The evaluation's articles, read in place from ../shared/fixtures/corpus (or REDAKSI_CORPUS):
 * en-bbc and id-detik through the test helpers' readers, id-multi (raw scrapes of six
 * Indonesian portals, page junk left in) here. Exact copies (the same text under two names) are
 * kept once so they do not count twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, loadBbc, loadDetik } from '../helpers/corpus.js';
import { splitOf, type CorpusName, type Split } from './split.js';

export interface EvalArticle {
  corpus: CorpusName;
  file: string;
  split: Split;
  language: 'en' | 'id';
  headline: string;
  paragraphs: string[];
  /** publication date (ISO yyyy-mm-dd) when the corpus gives one */
  date?: string;
  portal?: string;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, des: 12, dec: 12 };

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** the portals' date lines: "Rabu, 18 Jun 2025 07:30 WIB", "Kompas.com- 18/06/2025", detik's "10/21/2025 20:43" */
export function parsePortalDate(raw: string, usOrder = false): string | undefined {
  const named = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(raw);
  if (named) {
    const m = MONTHS[named[2]!.toLowerCase()];
    if (m) return iso(Number(named[3]), m, Number(named[1]));
  }
  const numeric = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(raw);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const [m, d] = usOrder ? [a, b] : [b, a];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return iso(Number(numeric[3]), m, d);
  }
  return undefined;
}

function tsv(file: string): Array<Record<string, string>> {
  const [head, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/);
  const cols = (head ?? '').split('\t');
  return rows.filter((r) => r.trim()).map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i] ?? `c${i}`, v])));
}

function loadMulti(dir: string): Omit<EvalArticle, 'split'>[] {
  const root = join(dir, 'id-multi');
  if (!existsSync(root)) return [];
  const meta = new Map(tsv(join(root, 'index.tsv')).map((r) => [r.file!, r]));
  const out: Omit<EvalArticle, 'split'>[] = [];
  for (const f of readdirSync(root).sort()) {
    if (!/^\d+\.txt$/.test(f)) continue;
    const lines = readFileSync(join(root, f), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const [headline, ...paragraphs] = lines;
    if (!headline || paragraphs.length === 0) continue;
    const m = meta.get(f);
    const a: Omit<EvalArticle, 'split'> = { corpus: 'id-multi', file: f, language: 'id', headline, paragraphs };
    const date = m?.date ? parsePortalDate(m.date) : undefined;
    if (date) a.date = date;
    if (m?.portal) a.portal = m.portal;
    out.push(a);
  }
  return out;
}

export function loadEvalArticles(only?: readonly CorpusName[]): { dir: string; articles: EvalArticle[]; copies: number } | null {
  const dir = corpusDir();
  if (!dir) return null;
  const detikDates = new Map(tsv(join(dir, 'id-detik', 'index.tsv')).map((r) => [r.file!, r.date ?? '']));
  const raw: Omit<EvalArticle, 'split'>[] = [];
  if (!only || only.includes('en-bbc')) raw.push(...loadBbc(dir).map((a) => ({ corpus: a.corpus, file: a.file, language: a.language, headline: a.headline, paragraphs: a.paragraphs })));
  if (!only || only.includes('id-detik'))
    for (const a of loadDetik(dir)) {
      const date = parsePortalDate(detikDates.get(a.file) ?? '', true);
      raw.push({ corpus: a.corpus, file: a.file, language: a.language, headline: a.headline, paragraphs: a.paragraphs, ...(date ? { date } : {}) });
    }
  if (!only || only.includes('id-multi')) raw.push(...loadMulti(dir));
  const seen = new Set<string>();
  const articles: EvalArticle[] = [];
  let copies = 0;
  for (const a of raw) {
    const key = createHash('sha1').update(a.paragraphs.join('\n')).digest('hex');
    if (seen.has(key)) {
      copies++;
      continue;
    }
    seen.add(key);
    articles.push({ ...a, split: splitOf(a.corpus, a.file) });
  }
  return { dir, articles, copies };
}
