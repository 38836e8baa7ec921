import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lets a bench module also run on its own (`npx tsx bench/facts.ts`): runs it and prints its JSON line. */
export function runIfMain(moduleUrl: string, run: () => Promise<Record<string, number>>): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  run().then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
