/**
 * A set of published news the checks have never seen, kept outside the repo (news text):
 *
 *   npm run -s eval:unseen -- DIR [--rule RULE] [--show]
 *
 * DIR/articles.jsonl holds one excerpt per line: {id, lang: "id"|"en", headline, date
 * (YYYY-MM-DD or null), paragraphs}. Prints the warnings per excerpt of every rule, and with
 * --rule (or --show for all but page furniture) each warning with its sentence, for reading once
 * before anything is changed (README, "Accuracy"). When DIR/furniture-labels.jsonl is there
 * ({id, paragraph, label: "story"|"furniture"|"glued"|"unsure", kind}, one line per paragraph,
 * labelled by someone who never ran the checks), it also prints how many junk lines are flagged
 * whole and how many story paragraphs are flagged at all, per language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeStory } from '../../shared/analysis/index.js';
import type { Finding } from '../../shared/model/finding.js';
import { readJsonl } from './jsonl.js';

interface Excerpt {
  id: string;
  lang: 'id' | 'en';
  headline?: string;
  date?: string | null;
  paragraphs: string[];
}
interface LineLabel {
  id: string;
  paragraph: number;
  label: 'story' | 'furniture' | 'glued' | 'unsure';
  kind?: string;
}

/** the whole paragraph, give or take its surrounding spaces */
const wholeLine = (text: string, f: Finding): boolean => text.slice(0, f.start).trim() === '' && text.slice(f.end).trim() === '';

function main(argv: string[]): void {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: npm run -s eval:unseen -- DIR [--rule RULE] [--show]');
  const ruleAt = argv.indexOf('--rule');
  const only = ruleAt >= 0 ? argv[ruleAt + 1] : undefined;
  const show = argv.includes('--show');
  const excerpts = readJsonl<Excerpt>(path.join(dir, 'articles.jsonl'));
  const labelsFile = path.join(dir, 'furniture-labels.jsonl');
  const labels = new Map<string, LineLabel>();
  if (fs.existsSync(labelsFile)) for (const l of readJsonl<LineLabel>(labelsFile)) labels.set(`${l.id}:${l.paragraph}`, l);

  const perRule = new Map<string, number>();
  const tally = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const a of excerpts) {
    const findings = analyzeStory({ paragraphs: a.paragraphs, headline: a.headline ?? '', language: a.lang, uiLanguage: 'en', ...(a.date ? { datelineDate: a.date } : {}) });
    for (const f of findings) {
      bump(perRule, f.rule);
      if (only ? f.rule !== only : !show || f.rule === 'page-furniture') continue;
      const p = a.paragraphs[f.paragraph] ?? '';
      console.log(`[${a.id}] ${f.rule} p${f.paragraph} «${p.slice(f.start, f.end)}» ${f.message}\n    …${p.slice(Math.max(0, f.start - 160), f.end + 120)}…`);
    }
    if (labels.size === 0) continue;
    a.paragraphs.forEach((text, i) => {
      const label = labels.get(`${a.id}:${i}`);
      if (!label) return;
      const hits = findings.filter((f) => f.rule === 'page-furniture' && f.paragraph === i);
      const key = `${a.lang} ${label.label}`;
      bump(tally, key);
      if (label.label === 'furniture' && hits.some((f) => wholeLine(text, f))) bump(tally, `${key} flagged whole`);
      if (label.label === 'story' && hits.length > 0) {
        bump(tally, `${key} flagged`);
        console.log(`STORY FLAGGED [${a.id}] p${i}: ${text.slice(0, 160)}`);
      }
    });
  }
  console.log(`${excerpts.length} excerpts; warnings per excerpt:`);
  for (const [rule, n] of [...perRule].sort()) console.log(`  ${rule.padEnd(22)} ${(n / excerpts.length).toFixed(3)} (${n})`);
  if (labels.size > 0) {
    for (const lang of ['id', 'en']) {
      const n = (k: string) => tally.get(`${lang} ${k}`) ?? 0;
      console.log(`page furniture, ${lang}: ${n('furniture flagged whole')} of ${n('furniture')} junk lines flagged whole; ${n('story flagged')} of ${n('story')} story paragraphs flagged`);
    }
  }
}

// a reader that stops early (`| head`) closes the pipe: that ends the listing, not in an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(`unseen: ${(e as Error).message}`);
  process.exitCode = 2;
}
