/**
 * `npm run bench`: runs every benchmark module in turn (each exports `run(): Promise<Record<string, number>>`
 * and prints its own readable line), then prints the merged figures. With `--json` the last line is
 * one JSON object with every key (what CI and the reports read). `--only name,name` runs a subset.
 * A module that fails is reported and the others still run; the exit code is 1 if any failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../shared/api/errors.js';

type BenchModule = { run: () => Promise<Record<string, number>> };

const HERE = path.dirname(fileURLToPath(import.meta.url));

// Add new benchmark modules here (bench/<name>.ts). A module that is not there yet is skipped with a notice.
const BENCHES = ['duplicates', 'archive', 'facts', 'export', 'keystroke', 'keystroke-suggesting', 'autosave', 'store', 'hub', 'mentions'];

async function load(name: string): Promise<BenchModule | undefined> {
  if (!fs.existsSync(path.join(HERE, `${name}.ts`))) return undefined;
  return (await import(`./${name}.js`)) as BenchModule;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1] ?? '').split(',').filter(Boolean) : [];
  const merged: Record<string, number> = {};
  let failed = 0;
  for (const name of BENCHES) {
    if (only.length && !only.includes(name)) continue;
    const t0 = performance.now();
    try {
      const mod = await load(name);
      if (!mod) {
        console.log(`[bench] ${name}: bench/${name}.ts not found, skipped`);
        continue;
      }
      const r = await mod.run();
      Object.assign(merged, r);
      console.log(`[bench] ${name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      failed++;
      console.error(`[bench] ${name}: FAILED: ${errorMessage(e)}`);
    }
  }
  for (const [k, v] of Object.entries(merged)) console.log(`${k.padEnd(36)} ${v}`);
  if (json) console.log(JSON.stringify(merged));
  process.exit(failed ? 1 : 0);
}

void main();
