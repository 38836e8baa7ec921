/**
 * `npm run web`: the same renderer and services as the desktop app, over loopback HTTP.
 * Flags: --data-dir DIR (or REDAKSI_DATA_DIR), --port N, --host 127.0.0.1|::1|localhost,
 * --no-build (serve the existing out/renderer instead of building it first).
 * REDAKSI_SYNC_INTERVAL_MS: the newsroom's background sync pace (default 5 s; tests go faster).
 */
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataDirFromArgs } from './app/paths.js';
import { openStore } from './store/index.js';
import { BACKGROUND_START_DELAY_MS, backupOnWorker, verifyInBackground } from './store/verify.js';
import { createContext, createServices } from './services/index.js';
import { startArchiveCatchUpAtLaunch } from './services/archive.js';
import { startHttpServer } from './transport/http.js';
import { acquireDataDirLock } from './app/lock.js';
import { startBackups } from './store/backup.js';
import { nodeCredentialStores } from './app/credentials-setup.js';
import { installLastResort } from './app/last-resort.js';
import { errorMessage } from '../shared/api/errors.js';
import { releaseLeasesOnExit } from './newsroom/release-on-exit.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  installLastResort('redaksi web');
  const dataDir = dataDirFromArgs(process.argv.slice(2));
  // lock first: a second instance on the same folder is refused at once, not after a build
  const lock = acquireDataDirLock(dataDir, 'web mode');
  const staticDir = path.join(root, 'out', 'renderer');
  if (!process.argv.includes('--no-build') || !fs.existsSync(path.join(staticDir, 'index.html'))) {
    process.stdout.write('Building the renderer…\n');
    await buildRenderer();
  }
  // the fast damage check at start; quick_check reads the whole file on a worker meanwhile
  const store = openStore(dataDir, { damageCheck: 'fast' });
  if (store.recovery) process.stderr.write(`${store.recovery.message}\n`);
  const verifier = { script: path.join(root, 'main', 'store', 'verify-worker-tsx.mjs') };
  void verifyInBackground(store, verifier, BACKGROUND_START_DELAY_MS).then((v) => {
    if (v.ok === false) process.stderr.write(`${store.writesBlocked}\n`);
    else if (v.ok === null) process.stderr.write(`redaksi web: the background database check could not run (${v.reason})\n`);
  });
  // verified backups at start and every few minutes while stories change (main/store/backup.ts)
  const backups = startBackups(() => store.db, dataDir, { copyAndCheck: backupOnWorker(verifier), firstAfterMs: BACKGROUND_START_DELAY_MS });
  // archive queries on worker threads, loaded from the TypeScript source like this process
  const archiveWorkers = { script: path.join(root, 'main', 'store', 'archive-worker-tsx.mjs') };
  // the newsroom token stays in the 0600 session file, as for the CLI; sync runs in the background
  const syncInterval = Number(process.env.REDAKSI_SYNC_INTERVAL_MS) || undefined;
  const newsroom = { background: syncInterval ? { intervalMs: syncInterval, maxBackoffMs: syncInterval * 4 } : {} };
  const options = { credentials: nodeCredentialStores(process.argv.slice(2)), archiveWorkers, newsroom };
  const ctx = createContext(store, options);
  const services = createServices(store, options, ctx);
  // the archive catches up with stories imported or changed while we were not running, in the
  // background with a progress bar ('archive.status'), after the start-up work
  const catchUpTimer = setTimeout(() => startArchiveCatchUpAtLaunch(ctx), BACKGROUND_START_DELAY_MS);
  catchUpTimer.unref();
  const host = flag('--host') ?? '127.0.0.1';
  const explicitPort = flag('--port') ?? process.env.REDAKSI_PORT;
  // Without --port, reuse last run's port when it is free: the browser keeps unsaved text in
  // local storage per origin (host:port), so a new random port after a crash would hide it.
  const portFile = path.join(dataDir, 'web-port');
  let lastPort = 0;
  try {
    lastPort = Number(fs.readFileSync(portFile, 'utf8').trim()) || 0;
  } catch {
    /* first run */
  }
  const server = await startHttpServer({ services, host, port: Number(explicitPort ?? lastPort), staticDir }).catch((e: unknown) => {
    if (explicitPort !== undefined || !lastPort) throw e;
    return startHttpServer({ services, host, port: 0, staticDir });
  });
  if (explicitPort === undefined) fs.writeFileSync(portFile, String(server.port));
  // a per-run query makes opening the new URL in an old tab a real page load (not a same-document
  // hash change that would keep the previous run's token); the token stays in the fragment
  const run = Date.now().toString(36);
  process.stdout.write(`Redaksi web: ${server.url}?run=${run}#token=${server.token}\nData: ${dataDir}\n`);
  const stop = async () => {
    clearTimeout(catchUpTimer);
    // a colleague can edit the stories open here at once (the tabs' pagehide may not have reached us)
    await releaseLeasesOnExit(services);
    backups.stop();
    await Promise.resolve(services['archive.stop']({})).catch(() => undefined);
    await server.close();
    store.close();
    lock.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  process.stderr.write(`redaksi web: ${errorMessage(e)}\n`);
  process.exit(1);
});
