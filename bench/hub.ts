/**
 * `npm run bench -- --only hub` (#13): 200 simulated workstations, each saving its story every
 * 2 s (a versioned `sync.push` of the whole story, as autosave sends it) against one hub process
 * and one PostgreSQL on this machine. Five of them also pull every 0.5 s, as the background
 * sync does, to measure how long a save takes to be visible on another workstation.
 * Figures: hub_save_p99_ms (target < 100), hub_sync_visible_p95_ms (target < 2,000),
 * hub_workstations, and medians. The workstations, the hub and PostgreSQL share the machine.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openPool } from '../hub/db.js';
import { migrateHub } from '../hub/migrate.js';
import { hashPassword } from '../hub/passwords.js';
import { createHubClient, type HubClient } from '../main/newsroom/hub-client.js';
import { docFromParagraphs } from '../shared/model/lexical-doc.js';
import { startPostgres } from '../tests/helpers/postgres.js';
import { startHubProcess } from '../tests/helpers/hub-process.js';
import { median, quantile, round, spread } from './lib/stats.js';
import { runIfMain } from './run-alone.js';
import { intArg } from './lib/args.js';

// `--workstations N` (or REDAKSI_BENCH_HUB_WORKSTATIONS), `--seconds N` (or REDAKSI_BENCH_HUB_SECONDS)
const WORKSTATIONS = intArg('workstations', process.env.REDAKSI_BENCH_HUB_WORKSTATIONS, 200);
if (WORKSTATIONS < 2) throw new Error('--workstations: at least 2 (a save is timed until another workstation sees it)');
// the last workstations also pull, each watching for the others' saves
const OBSERVERS = Math.min(5, WORKSTATIONS - 1);
const SAVE_EVERY_MS = 2000;
const PULL_EVERY_MS = 500;
const WARMUP_MS = 6000;
const MEASURE_MS = intArg('seconds', process.env.REDAKSI_BENCH_HUB_SECONDS, 40) * 1000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** a story of about 600 words, different per workstation */
function storyText(i: number): string[] {
  const words = ['pemerintah', 'kota', 'banjir', 'warga', 'harga', 'beras', 'naik', 'jalan', 'rumah', 'sakit', 'polisi', 'sekolah', 'anggaran', 'desa', 'listrik', 'air'];
  return Array.from({ length: 20 }, (_p, k) => Array.from({ length: 30 }, (_w, j) => words[(i * 31 + k * 7 + j * 13) % words.length]).join(' ') + '.');
}

export async function run(): Promise<Record<string, number>> {
  // a newsroom's server flushes every commit to disk: so does the bench's
  const pg = await startPostgres({ durable: !process.argv.includes('--no-fsync') });
  let hub: Awaited<ReturnType<typeof startHubProcess>> | undefined;
  try {
    const databaseUrl = await pg.createDatabase('bench');
    const admin = openPool(databaseUrl, 2);
    await migrateHub(admin);
    // one hash for every simulated user: 200 scrypt runs would only slow the set-up
    const hash = await hashPassword('bench-password');
    await admin.query("INSERT INTO users (name, role, password_hash) SELECT 'ws' || g, 'editor', $1 FROM generate_series(0, $2 - 1) g", [hash, WORKSTATIONS]);
    hub = await startHubProcess(databaseUrl);
    const clients: HubClient[] = [];
    for (let i = 0; i < WORKSTATIONS; i++) {
      const { token } = await createHubClient(hub.url).call('session.login', { name: `ws${i}`, password: 'bench-password' });
      clients.push(createHubClient(hub.url, token));
    }
    const texts = clients.map((_c, i) => storyText(i));
    const versions = clients.map(() => 0);
    for (const [i, c] of clients.entries()) {
      versions[i] = (await c.call('sync.push', { id: `story-${i}`, baseVersion: 0, headline: `Berita ${i}`, language: 'id', meta: {}, body: docFromParagraphs(texts[i]!) })).version;
    }
    await admin.end();

    const start = performance.now();
    const measureFrom = start + WARMUP_MS;
    const end = measureFrom + MEASURE_MS;
    const saveMs: number[] = [];
    const visibleMs: number[] = [];
    let failures = 0;
    /** story -> version -> when its save started (for the visibility figure) */
    const savedAt = new Map<string, Map<number, number>>();

    const writer = async (i: number) => {
      const c = clients[i]!;
      const id = `story-${i}`;
      await sleep(Math.random() * SAVE_EVERY_MS);
      for (let n = 0; performance.now() < end; n++) {
        const t0 = performance.now();
        const paragraphs = [...texts[i]!];
        paragraphs[n % paragraphs.length] += ` kata${n}`;
        try {
          const r = await c.call('sync.push', { id, baseVersion: versions[i]!, headline: `Berita ${i}`, language: 'id', meta: {}, body: docFromParagraphs(paragraphs) });
          const ms = performance.now() - t0;
          versions[i] = r.version;
          if (t0 >= measureFrom) {
            saveMs.push(ms);
            const byVersion = savedAt.get(id) ?? new Map<number, number>();
            byVersion.set(r.version, t0);
            savedAt.set(id, byVersion);
          }
        } catch {
          failures++;
        }
        await sleep(t0 + SAVE_EVERY_MS - performance.now());
      }
    };

    const observer = async (o: number) => {
      const c = clients[WORKSTATIONS - 1 - o]!;
      let since = (await c.call('sync.pull', { since: 0, limit: 500 })).seq;
      const seen = new Map<string, number>();
      while (performance.now() < end + 2 * PULL_EVERY_MS) {
        const t0 = performance.now();
        let more = true;
        while (more) {
          const page = await c.call('sync.pull', { since, limit: 500 });
          const now = performance.now();
          for (const s of page.stories) {
            const from = seen.get(s.id) ?? 0;
            for (const [v, at] of savedAt.get(s.id) ?? []) if (v > from && v <= s.version) visibleMs.push(now - at);
            seen.set(s.id, Math.max(from, s.version));
          }
          since = page.seq;
          more = page.more;
        }
        await sleep(t0 + PULL_EVERY_MS - performance.now());
      }
    };

    // the simulated workstations share one event loop: its delays are part of every timing here,
    // which separate machines would not add
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    await Promise.all([...clients.map((_c, i) => writer(i)), ...Array.from({ length: OBSERVERS }, (_o, k) => observer(k))]);
    loop.disable();
    const bench_loop_delay_p99_ms = round(loop.percentile(99) / 1e6);
    const bench_loop_delay_max_ms = round(loop.max / 1e6);
    const hub_save_p99_ms = round(quantile(saveMs, 0.99));
    const hub_save_p50_ms = round(median(saveMs));
    const hub_sync_visible_p95_ms = round(quantile(visibleMs, 0.95));
    const hub_saves_per_s = round(saveMs.length / (MEASURE_MS / 1000), 1);
    console.log(
      `[hub] ${WORKSTATIONS} workstations saving every ${SAVE_EVERY_MS / 1000} s for ${MEASURE_MS / 1000} s (${hub_saves_per_s} saves/s, ${failures} failed): save ${spread(saveMs)}, p99 ${hub_save_p99_ms} ms (target < 100); visible on another workstation (${OBSERVERS} pulling every ${PULL_EVERY_MS} ms) ${spread(visibleMs)}, p95 ${hub_sync_visible_p95_ms} ms (target < 2000)`,
    );
    console.log(`[hub] the bench's own event loop (the ${WORKSTATIONS} workstations): delay p99 ${bench_loop_delay_p99_ms} ms, max ${bench_loop_delay_max_ms} ms`);
    return { hub_workstations: WORKSTATIONS, bench_loop_delay_p99_ms, bench_loop_delay_max_ms, hub_save_p50_ms, hub_save_p99_ms, hub_sync_visible_p95_ms, hub_saves_per_s, hub_save_failures: failures };
  } finally {
    await hub?.stop();
    await pg.stop();
  }
}

runIfMain(import.meta.url, run);
