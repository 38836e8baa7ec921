/**
 * The check timings of this checkout against another one, measured alternately in one process:
 * on a shared, noisy machine two runs minutes apart differ more than two versions of the checks
 * do, so the two codes take turns (the order alternating) and their medians are compared.
 *
 *   git worktree add ../old <commit> && ln -s "$PWD/node_modules" ../old/node_modules
 *   npx tsx bench/compare.ts ../old [rounds]
 *
 * Prints, for each code, the median and range of `bench/facts.ts` (full check and re-check) and
 * `bench/duplicates.ts` (full check and re-check), each round being one `run()` of both modules.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, round } from './lib/stats.js';

type Run = () => Promise<Record<string, number>>;
const KEYS: Array<[module: 'facts' | 'duplicates', key: string]> = [
  ['facts', 'fact_check_10k_ms'],
  ['facts', 'fact_recheck_ms'],
  ['duplicates', 'dup_check_10k_ms'],
  ['duplicates', 'dup_recheck_ms'],
];

async function runsOf(root: string): Promise<Record<'facts' | 'duplicates', Run>> {
  const load = async (name: string) => ((await import(pathToFileURL(path.join(root, 'bench', `${name}.ts`)).href)) as { run: Run }).run;
  return { facts: await load('facts'), duplicates: await load('duplicates') };
}

async function main(): Promise<void> {
  const other = process.argv[2];
  const rounds = Number(process.argv[3] ?? 6);
  if (!other || !Number.isInteger(rounds) || rounds < 1) throw new Error('usage: npx tsx bench/compare.ts OTHER_CHECKOUT [rounds]');
  const codes = { this: await runsOf(path.resolve(import.meta.dirname, '..')), other: await runsOf(path.resolve(other)) };
  const figures = new Map<string, number[]>();
  // the modules print their own lines on every run: only this comparison's lines are wanted here
  const print = console.log;
  console.log = () => {};
  try {
    for (let r = 0; r < rounds; r++) {
      for (const name of (r % 2 === 0 ? ['other', 'this'] : ['this', 'other']) as Array<keyof typeof codes>) {
        const results = { facts: await codes[name].facts(), duplicates: await codes[name].duplicates() };
        for (const [module, key] of KEYS) {
          const list = figures.get(`${name} ${key}`) ?? [];
          list.push(results[module][key]!);
          figures.set(`${name} ${key}`, list);
        }
      }
    }
  } finally {
    console.log = print;
  }
  for (const [, key] of KEYS) {
    for (const name of ['this', 'other']) {
      const xs = figures.get(`${name} ${key}`)!;
      console.log(`${key.padEnd(18)} ${name.padEnd(5)} median ${round(median(xs))} ms (${round(Math.min(...xs))}-${round(Math.max(...xs))}, n ${xs.length})`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(`compare: ${(e as Error).message}`);
  process.exitCode = 2;
});
