/**
 * The accuracy floor of every rule on the DEV split, measured by the independent harness
 * (npm run eval). It replaces the old corpus test, whose injections were chosen with the
 * checker's own extraction code and so measured only whether the checker agrees with itself
 * (issue 12). The warnings-per-article caps are the targets; the recall floors are what
 * the rules reach today, so a change that loses recall fails here (the targets, 0.95, are in
 * the README with the test-split figures).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvalArticles } from './corpus.js';
import { REPO_ROOT } from '../helpers/tmp.js';

interface Figures {
  recall: number | null;
  per_article: number;
}

const RECALL_FLOOR: Record<string, number> = {
  'duplicate-paragraph': 0.95,
  'page-furniture': 0.95,
  'weekday-mismatch': 0.95,
  'date-invalid': 0.95,
  arithmetic: 0.95,
  'claim-needs-source': 0.95,
  'quote-unbalanced': 0.93,
  'quote-mismatch': 0.95,
  'quote-unattributed': 0.93,
  // the issue asks 0.95 on the test split; on dev these reach 0.975 and 0.985 (200 cases, eleventh
  // session): a floor a little under today's figure, so that a change losing recall fails here
  'number-mismatch': 0.94,
  'name-variant': 0.95,
};

describe.skipIf(!loadEvalArticles(['en-bbc']))('accuracy floors on the dev split (independent harness)', () => {
  it('every rule keeps its recall on planted errors and its warnings per clean article', () => {
    const out = path.join(process.env.TMPDIR ?? '/tmp', 'redaksi-eval-regression');
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tests/eval/run.ts', '--split', 'dev', '--json', '--cases', '200', '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
    fs.rmSync(out, { recursive: true, force: true });
    expect(r.status, r.stderr).toBe(0);
    const { split, rules } = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { split: string; rules: Record<string, Figures> };
    expect(split).toBe('dev');
    for (const [rule, floor] of Object.entries(RECALL_FLOOR)) expect(rules[rule]!.recall, `${rule} recall`).toBeGreaterThanOrEqual(floor);
    // the target for every fact rule (published articles are mostly clean)
    for (const rule of ['number-mismatch', 'name-variant', 'quote-mismatch', 'quote-unattributed', 'quote-unbalanced', 'arithmetic', 'weekday-mismatch', 'date-invalid']) {
      expect(rules[rule]!.per_article, `${rule} warnings per clean article`).toBeLessThanOrEqual(0.05);
    }
    expect(rules['claim-needs-source']!.per_article).toBeLessThanOrEqual(0.5);
    // page furniture: no story line of the portals flagged
    expect((rules['page-furniture'] as unknown as { story_lines_flagged: number }).story_lines_flagged).toBe(0);
  });
});
