/**
 * Precision by reading: tests/eval/judgments/<rule>.jsonl holds warnings the checks gave on clean
 * test-split articles, each read by a person and marked right (a copy editor would want to see
 * it) or wrong, with a short reason. A warning is matched to its judgment by rule, article,
 * paragraph and the quoted text, so a judgment outlives unrelated changes to the rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readJsonl } from './jsonl.js';

export interface Judgment {
  rule: string;
  corpus: string;
  file: string;
  paragraph: number;
  quote: string;
  message: string;
  verdict: 'right' | 'wrong';
  reason: string;
}

export function judgmentKey(j: Pick<Judgment, 'rule' | 'corpus' | 'file' | 'paragraph' | 'quote'>): string {
  return [j.rule, j.corpus, j.file, j.paragraph, j.quote].join('\u0001');
}

export function loadJudgments(dir: string): Map<string, Judgment> {
  const out = new Map<string, Judgment>();
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const j of readJsonl<Judgment>(path.join(dir, f))) {
      if (j.verdict !== 'right' && j.verdict !== 'wrong') throw new Error(`${f}: ${j.file} paragraph ${j.paragraph}: verdict must be "right" or "wrong"`);
      out.set(judgmentKey(j), j);
    }
  }
  return out;
}
