/**
 * Ground truth for page furniture on portals: in the id-multi scrapes, a short line that stands
 * verbatim in several articles is nearly always page junk ("Baca Juga", "ADVERTISEMENT", a
 * portal's sign-off). Nearly: the same quote or wire paragraph in two stories is story text, so
 * each recurring line is read once and labelled in tests/eval/labels/id-multi-recurring-<split>.jsonl.
 * Counted by plain text comparison, without the checker.
 */
import fs from 'node:fs';
import type { EvalArticle } from './corpus.js';
import { readJsonl } from './jsonl.js';

export const RECURRING_MIN_ARTICLES = 3;
export const RECURRING_MAX_WORDS = 30;

export interface LineLabel {
  line: string;
  label: 'junk' | 'story';
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

export function recurringLines(articles: readonly EvalArticle[]): Map<string, Array<{ article: EvalArticle; paragraph: number }>> {
  const where = new Map<string, Array<{ article: EvalArticle; paragraph: number }>>();
  for (const a of articles) {
    a.paragraphs.forEach((p, i) => {
      const line = normal(p);
      if (!line || line.split(' ').length > RECURRING_MAX_WORDS) return;
      (where.get(line) ?? where.set(line, []).get(line)!).push({ article: a, paragraph: i });
    });
  }
  for (const [line, list] of where) if (new Set(list.map((x) => x.article)).size < RECURRING_MIN_ARTICLES) where.delete(line);
  return where;
}

export function loadLineLabels(file: string): Map<string, LineLabel> | null {
  if (!fs.existsSync(file)) return null;
  const out = new Map<string, LineLabel>();
  for (const x of readJsonl<LineLabel>(file)) out.set(normal(x.line), x);
  return out;
}
