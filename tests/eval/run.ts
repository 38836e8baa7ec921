/**
 * `npm run eval` (issue 12): how often each rule is right on news it was not tuned on.
 *
 *   npm run -s eval -- [--json] [--split dev|test|both] [--rules a,b] [--corpus en-bbc,id-detik,id-multi]
 *                      [--limit N] [--cases N] [--extra-seeds K] [--out DIR] [--judge-sample RULE N]
 *
 * Per rule and split: recall on errors planted independently of the checker (./inject.ts),
 * warnings per clean article, precision by reading (tests/eval/judgments/<rule>.jsonl: each
 * warning read by a person and marked right or wrong), and for page furniture the share of the
 * id-multi portals' recurring junk lines that are flagged (tests/eval/labels). Every warning on
 * a clean article is written to <out>/<split>/warnings/<rule>.jsonl for reading; the unjudged
 * ones of the test split to <out>/test/unjudged/<rule>.jsonl. With --json the last stdout line
 * is {"split":"test","rules":{"<rule>":{"recall","per_article","precision","cases","judged"}}}.
 * --judge-sample RULE N prints N unjudged test warnings of RULE (seeded) as judgment lines with
 * an empty verdict, for a reader to fill in.
 * --extra-seeds K plants K more errors per rule in every article of the split, with other seeds
 * than the standard cases (no --cases cap): a larger tuning ground on dev than the 400 standard
 * cases, which are read so often that what is left on them stops standing for unseen news.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeStory } from '../../shared/analysis/index.js';
import { RULE_IDS, type Finding, type RuleId } from '../../shared/model/finding.js';
import { loadEvalArticles, type EvalArticle } from './corpus.js';
import { INJECTORS, rngFor, type InjectedRule } from './inject.js';
import { loadJudgments, judgmentKey, type Judgment } from './judgments.js';
import { recurringLines, loadLineLabels, type LineLabel } from './recurring.js';
import { learnedFurniture, learnedLineKey } from '../../shared/analysis/learned-furniture.js';
import type { CorpusName, Split } from './split.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface RuleFigures {
  recall: number | null;
  per_article: number;
  precision: number | null;
  cases: number;
  found: number;
  judged: number;
  right: number;
  warnings: number;
}

interface WarningLine {
  rule: RuleId;
  corpus: CorpusName;
  file: string;
  paragraph: number;
  quote: string;
  message: string;
  confidence: string;
  text: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const has = (name: string) => process.argv.includes(`--${name}`);

function check(a: EvalArticle, paragraphs: string[]): Finding[] {
  return analyzeStory({ paragraphs, headline: a.headline, language: a.language, uiLanguage: 'en', ...(a.date ? { datelineDate: a.date } : {}) });
}

const quoteOf = (paragraphs: readonly string[], f: Finding) => (paragraphs[f.paragraph] ?? '').slice(f.start, f.end);
const covers = (f: Finding, at: readonly number[]) => at.includes(f.paragraph) || f.related.some((r) => !r.article && at.includes(r.paragraph));

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((a / b) * 1000) / 1000;
}

function writeJsonl(file: string, rows: readonly object[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
}

function main(): number {
  const t0 = performance.now();
  const splits: Split[] = (arg('split') ?? 'both') === 'both' ? ['dev', 'test'] : [arg('split') as Split];
  if (splits.some((s) => s !== 'dev' && s !== 'test')) throw new Error('--split must be dev, test or both');
  const rules = (arg('rules')?.split(',') ?? [...RULE_IDS]) as RuleId[];
  for (const r of rules) if (!RULE_IDS.includes(r)) throw new Error(`unknown rule ${r}`);
  const corpora = arg('corpus')?.split(',') as CorpusName[] | undefined;
  const limit = Number(arg('limit') ?? Infinity);
  const maxCases = Number(arg('cases') ?? 400);
  const extraSeeds = Number(arg('extra-seeds') ?? 0);
  if (!Number.isInteger(extraSeeds) || extraSeeds < 0) throw new Error('--extra-seeds must be a whole number');
  const out = path.resolve(arg('out') ?? path.join(root, 'test-output', 'eval'));
  const loaded = loadEvalArticles(corpora);
  if (!loaded) {
    console.error('npm run eval: the corpora are not there (../shared/fixtures/corpus or REDAKSI_CORPUS); nothing measured.');
    return 2;
  }
  const judgments = loadJudgments(path.join(root, 'tests', 'eval', 'judgments'));
  const results: Record<Split, Record<string, RuleFigures>> = { dev: {}, test: {} };
  const furnitureLines: Record<Split, { junk: number; junkFlagged: number; story: number; storyFlagged: number; labelled: boolean; learnedJunk: number; learnedStory: number }> = {} as never;

  for (const split of splits) {
    const perCorpus = new Map<string, number>();
    const articles = loaded.articles.filter((a) => {
      if (a.split !== split) return false;
      const n = perCorpus.get(a.corpus) ?? 0;
      perCorpus.set(a.corpus, n + 1);
      return n < limit;
    });
    const fig = (r: RuleId): RuleFigures => (results[split][r] ??= { recall: null, per_article: 0, precision: null, cases: 0, found: 0, judged: 0, right: 0, warnings: 0 });
    rules.forEach(fig);
    const lines = new Map<RuleId, WarningLine[]>();
    const cleanFindings = new Map<EvalArticle, Finding[]>();
    let done = 0;
    for (const a of articles) {
      const findings = check(a, a.paragraphs);
      cleanFindings.set(a, findings);
      for (const f of findings) {
        if (!rules.includes(f.rule)) continue;
        fig(f.rule).warnings++;
        const row: WarningLine = { rule: f.rule, corpus: a.corpus, file: a.file, paragraph: f.paragraph, quote: quoteOf(a.paragraphs, f), message: f.message, confidence: f.confidence ?? 'high', text: a.paragraphs[f.paragraph] ?? '' };
        (lines.get(f.rule) ?? lines.set(f.rule, []).get(f.rule)!).push(row);
        if (split === 'test') {
          const j = judgments.get(judgmentKey(row));
          if (j) {
            fig(f.rule).judged++;
            if (j.verdict === 'right') fig(f.rule).right++;
          }
        }
      }
      if (++done % 500 === 0) process.stderr.write(`[eval] ${split}: ${done}/${articles.length} clean articles checked\n`);
    }
    for (const r of rules) {
      const f = fig(r);
      f.per_article = Math.round((f.warnings / Math.max(articles.length, 1)) * 1000) / 1000;
      f.precision = ratio(f.right, f.judged);
      const rows = lines.get(r) ?? [];
      writeJsonl(path.join(out, split, 'warnings', `${r}.jsonl`), rows);
      if (split === 'test') writeJsonl(path.join(out, 'test', 'unjudged', `${r}.jsonl`), rows.filter((x) => !judgments.has(judgmentKey(x))));
    }

    // ---- recall on planted errors
    const missed: Record<string, object[]> = {};
    for (const rule of Object.keys(INJECTORS) as InjectedRule[]) {
      if (!rules.includes(rule)) continue;
      const f = fig(rule);
      // articles in a seeded order, so a capped run still spreads over the corpora
      const order = articles
        .map((a) => ({ a, k: rngFor(`${a.corpus}/${a.file}/${rule}/order`)() }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.a);
      const seeds = extraSeeds > 0 ? Array.from({ length: extraSeeds }, (_, k) => `/extra${k + 1}`) : [''];
      for (const a of order) {
        if (extraSeeds === 0 && f.cases >= maxCases) break;
        for (const seed of seeds) {
          const inj = INJECTORS[rule](a, rngFor(`${a.corpus}/${a.file}/${rule}${seed}`));
          if (!inj) continue;
          f.cases++;
          // A warning the clean article already gave is not a find. It is told by its fingerprint
          // (what a dismissal keys on: the rule, the quoted text and its surroundings), not by its
          // quoted text alone: a quotation mark or a figure is quoted alike in many places, and the
          // planted one was counted as missed whenever the clean article had another such warning.
          const before = new Set((cleanFindings.get(a) ?? []).filter((x) => x.rule === rule).map((x) => `${x.fingerprint}|${quoteOf(a.paragraphs, x)}`));
          const after = check(a, inj.paragraphs);
          const hit = after.some((x) => x.rule === rule && covers(x, inj.at) && !before.has(`${x.fingerprint}|${quoteOf(inj.paragraphs, x)}`));
          if (hit) f.found++;
          else (missed[rule] ??= []).push({ corpus: a.corpus, file: a.file, kind: inj.kind, at: inj.at, token: inj.token, text: inj.at.map((p) => inj.paragraphs[p]) });
        }
      }
      f.recall = ratio(f.found, f.cases);
      writeJsonl(path.join(out, split, 'missed', `${rule}.jsonl`), missed[rule] ?? []);
      process.stderr.write(`[eval] ${split}: ${rule} recall ${f.found}/${f.cases}\n`);
    }

    // ---- page furniture: the recurring lines of the id-multi portals
    if (rules.includes('page-furniture')) {
      const multi = articles.filter((a) => a.corpus === 'id-multi');
      const labels: Map<string, LineLabel> | null = loadLineLabels(path.join(root, 'tests', 'eval', 'labels', `id-multi-recurring-${split}.jsonl`));
      const rec = recurringLines(multi);
      const acc = { junk: 0, junkFlagged: 0, story: 0, storyFlagged: 0, labelled: labels !== null, learnedJunk: 0, learnedStory: 0 };
      // learned boilerplate with the rest of the split as the archive: in how many other articles
      // each short line stands (shared/analysis/learned-furniture.ts), measured on its own
      const storiesWith = new Map<string, number>();
      for (const a of articles) for (const k of new Set(a.paragraphs.map(learnedLineKey))) if (k) storiesWith.set(k, (storiesWith.get(k) ?? 0) + 1);
      const learnedFlags = (a: EvalArticle): Set<number> => {
        const own = new Set(a.paragraphs.map(learnedLineKey));
        return new Set(learnedFurniture(a.paragraphs, (k) => (storiesWith.get(k) ?? 0) - (own.has(k) ? 1 : 0)).map((f) => f.paragraph));
      };
      const learnedOf = new Map<EvalArticle, Set<number>>();
      const unlabelled: object[] = [];
      for (const [line, where] of rec) {
        const label = labels?.get(line)?.label;
        if (!label) unlabelled.push({ line, articles: where.length, label: '' });
        const isStory = label === 'story';
        for (const { article, paragraph } of where) {
          const flagged = (cleanFindings.get(article) ?? []).some((x) => x.rule === 'page-furniture' && x.paragraph === paragraph);
          let learned = learnedOf.get(article);
          if (!learned) learnedOf.set(article, (learned = learnedFlags(article)));
          if (isStory) {
            acc.story++;
            if (flagged) acc.storyFlagged++;
            if (learned.has(paragraph)) acc.learnedStory++;
          } else {
            acc.junk++;
            if (flagged) acc.junkFlagged++;
            if (learned.has(paragraph)) acc.learnedJunk++;
          }
        }
      }
      writeJsonl(path.join(out, split, 'recurring-unlabelled.jsonl'), unlabelled);
      furnitureLines[split] = acc;
      const f = fig('page-furniture');
      f.cases = acc.junk;
      f.found = acc.junkFlagged;
      f.recall = ratio(acc.junkFlagged, acc.junk);
    }
  }

  // ---- report
  const seconds = (performance.now() - t0) / 1000;
  const pct = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3).padStart(6));
  for (const split of splits) {
    const n = loaded.articles.filter((a) => a.split === split).length;
    console.log(`\n${split} split (${n} articles${Number.isFinite(limit) ? `, at most ${limit} per corpus` : ''})`);
    console.log('rule                  recall  cases  per_article  precision  judged');
    for (const r of rules) {
      const f = results[split][r]!;
      console.log(`${r.padEnd(20)} ${pct(f.recall)} ${String(f.cases).padStart(6)}  ${f.per_article.toFixed(3).padStart(11)}  ${pct(f.precision).padStart(9)}  ${String(f.judged).padStart(6)}`);
    }
    const fl = furnitureLines[split];
    if (fl) {
      console.log(`page furniture, id-multi recurring lines: ${fl.junkFlagged}/${fl.junk} junk occurrences flagged, ${fl.storyFlagged}/${fl.story} story occurrences flagged${fl.labelled ? '' : ' (no labels yet: every recurring line counted as junk)'}`);
      console.log(`  learned from the archive alone (the split's other articles, no shape rules): ${fl.learnedJunk}/${fl.junk} junk, ${fl.learnedStory}/${fl.story} story occurrences flagged`);
    }
  }
  console.log(`\n${loaded.copies} exact copies skipped; ${seconds.toFixed(1)} s; warnings and misses written to ${path.relative(root, out)}`);
  if (has('json')) {
    const split: Split = splits.includes('test') ? 'test' : 'dev';
    const rulesOut = Object.fromEntries(
      rules.map((r) => {
        const f = results[split][r]!;
        const fl = r === 'page-furniture' ? furnitureLines[split] : undefined;
        // page-furniture's recall is over the portals' recurring junk lines; story lines flagged beside it
        const extra = fl ? { story_lines: fl.story, story_lines_flagged: fl.storyFlagged } : {};
        return [r, { recall: f.recall, per_article: f.per_article, precision: f.precision, cases: f.cases, judged: f.judged, ...extra }];
      }),
    );
    console.log(JSON.stringify({ split, rules: rulesOut }));
  }
  return 0;
}

function judgeSample(rule: RuleId, n: number): number {
  const file = path.join(root, 'test-output', 'eval', 'test', 'unjudged', `${rule}.jsonl`);
  if (!fs.existsSync(file)) {
    console.error(`no ${path.relative(root, file)}: run \`npm run -s eval -- --split test --rules ${rule}\` first`);
    return 2;
  }
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Judgment & { text: string });
  const rng = rngFor(`judge/${rule}`);
  const shuffled = rows.map((r) => ({ r, k: rng() })).sort((a, b) => a.k - b.k).map((x) => x.r);
  for (const r of shuffled.slice(0, n)) console.log(JSON.stringify({ ...r, verdict: '', reason: '' }));
  return 0;
}

const sample = process.argv.indexOf('--judge-sample');
process.exitCode = sample >= 0 ? judgeSample(process.argv[sample + 1] as RuleId, Number(process.argv[sample + 2] ?? 40)) : main();
