/**
 * One start of bench/startup.ts, in a fresh process: what web mode and the desktop app do before
 * their first answer (open the store with its damage check, build the services, schedule the
 * backups), then the desk's first call. Prints the time since this process started.
 */
import { openStore } from '../main/store/index.js';
import { createServices } from '../main/services/index.js';
import { startBackups } from '../main/store/backup.js';
import { BACKGROUND_START_DELAY_MS, backupOnWorker, verifyInBackground } from '../main/store/verify.js';

const dir = process.argv[2]!;
const store = openStore(dir, { damageCheck: 'fast' });
const verifier = { script: new URL('../main/store/verify-worker-tsx.mjs', import.meta.url).pathname };
const verified = verifyInBackground(store, verifier, BACKGROUND_START_DELAY_MS);
const backups = startBackups(() => store.db, dir, { log: () => {}, copyAndCheck: backupOnWorker(verifier), firstAfterMs: BACKGROUND_START_DELAY_MS });
const services = createServices(store);
const list = await services['drafts.list']({ limit: 200 });
const ms = performance.now();
process.stdout.write(`first answer ${ms.toFixed(1)} ms (${list.length} stories listed)\n`);
if (process.argv.includes('--lag')) {
  // the longest the event loop was held in the next seconds: a window is usable only while its
  // calls get answered (a backup due at start used to hold it for seconds)
  let worst = 0;
  let worstEnd = 0;
  let last = performance.now();
  const until = last + Number(process.argv[process.argv.indexOf('--lag') + 1]);
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const now = performance.now();
      if (now - last - 10 > worst) {
        worst = now - last - 10;
        worstEnd = now;
      }
      last = now;
      if (now > until) {
        clearInterval(tick);
        resolve();
      }
    }, 10);
  });
  process.stdout.write(`longest event-loop stall after the first answer: ${worst.toFixed(0)} ms, ending at ${worstEnd.toFixed(0)} ms\n`);
}
if (process.argv.includes('--wait-check')) {
  const v = await verified;
  process.stdout.write(`background quick_check done at ${performance.now().toFixed(0)} ms: ${JSON.stringify(v)}\n`);
}
backups.stop();
// the start-up backup may still be copying: it is not part of the measurement
store.close();
process.exit(0);
