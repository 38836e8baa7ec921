/**
 * Helpers for the reliability tests: a fast-starting bundle of the autosave child, one
 * SIGKILL round, and the shared summary the suite prints at the end.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * Bundles tests/reliability/autosave-child.ts (and the store/services it imports) into one CJS
 * file in a temp dir, better-sqlite3 left external by absolute path. Spawning plain `node
 * bundle.cjs` starts in ~50 ms where tsx would take several hundred: that is what makes 200
 * real kills fit in seconds.
 */
export async function bundleChild(): Promise<{ file: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-child-'));
  const file = path.join(dir, 'autosave-child.cjs');
  const sqlite = require.resolve('better-sqlite3');
  await build({
    entryPoints: [path.join(__dirname, 'autosave-child.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    plugins: [
      {
        name: 'external-sqlite',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true }));
        },
      },
    ],
  });
  return { file, dir };
}

export interface RoundResult {
  /** keystrokes typed (as printed by the child) before the kill */
  typed: number;
  /** the highest keystroke count acknowledged as saved */
  acked: number;
  /** acknowledged saves in this round */
  acks: number;
  /** keystroke number -> wall-clock ms it was typed */
  typedAt: Map<number, number>;
  killedAt: number;
  ready: boolean;
  startKeystroke: number;
  /** ms from spawn to the child's `ready` (node start-up + opening the store) */
  readyAfterMs: number;
  errors: string[];
}

/**
 * Runs the child and kills it with SIGKILL `killAfterMs` after it reported `ready` (or, with
 * `fromSpawn`, after spawning: a kill during start-up and store opening). Resolves once it is dead.
 */
export function crashRound(bundle: string, dataDir: string, draftId: string, seed: number, killAfterMs: number, fromSpawn = false): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, draftId, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const spawnedAt = Date.now();
    const r: RoundResult = { typed: 0, acked: -1, acks: 0, typedAt: new Map(), killedAt: 0, ready: false, startKeystroke: 0, readyAfterMs: 0, errors: [] };
    let buf = '';
    let stderr = '';
    const onLine = (line: string) => {
      const [tag, a, , c] = line.split(' ');
      if (tag === 'k') {
        r.typed = Number(a);
        r.typedAt.set(Number(a), Number(line.split(' ')[2]));
      } else if (tag === 'ack') {
        r.acked = Math.max(r.acked, Number(a));
        r.acks++;
        void c;
      } else if (tag === 'ready') {
        r.ready = true;
        r.readyAfterMs = Date.now() - spawnedAt;
        if (!fromSpawn) arm();
        r.startKeystroke = Number(a);
        r.typed = Number(a);
        if (r.acked < 0) r.acked = Number(a);
      } else if (tag === 'error') r.errors.push(line);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    let t: NodeJS.Timeout | undefined;
    function arm() {
      t = setTimeout(() => {
        r.killedAt = Date.now();
        child.kill('SIGKILL');
      }, killAfterMs);
    }
    if (fromSpawn) arm();
    // a child that never gets ready is killed anyway (and reported by the caller)
    const guard = setTimeout(() => {
      if (!r.killedAt) {
        r.errors.push('child did not report ready within 20 s');
        r.killedAt = Date.now();
        child.kill('SIGKILL');
      }
    }, 20_000);
    child.on('close', (code, signal) => {
      clearTimeout(t);
      clearTimeout(guard);
      if (buf) onLine(buf);
      if (signal !== 'SIGKILL') r.errors.push(`child exited by itself (code ${code}): ${stderr.slice(0, 500)}`);
      resolve(r);
    });
  });
}

/** The figures the suite prints at the end (shared between the crash and fault tests). */
export const summary = {
  rounds: 0,
  roundsKilledBeforeReady: 0,
  acknowledgedSaves: 0,
  lostAcknowledged: 0,
  worstUnackedLossMs: 0,
  worstUnackedKeystrokes: 0,
  faultCases: [] as Array<{ name: string; passed: boolean }>,
  seconds: 0,
  readyMs: [] as number[],
  checkMs: [] as number[],
};

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : 0);

export function printSummary(): void {
  const rows: Array<[string, string]> = [
    ['SIGKILL rounds', String(summary.rounds)],
    ['  killed while opening the store', String(summary.roundsKilledBeforeReady)],
    ['acknowledged saves', String(summary.acknowledgedSaves)],
    ['lost acknowledged saves (must be 0)', String(summary.lostAcknowledged)],
    ['worst unacknowledged loss', `${summary.worstUnackedLossMs} ms (${summary.worstUnackedKeystrokes} keystrokes)`],
    ['fault cases passed', `${summary.faultCases.filter((f) => f.passed).length}/${summary.faultCases.length}`],
    ['crash loop wall time', `${summary.seconds.toFixed(1)} s (median child start ${median(summary.readyMs)} ms, reopen+check ${median(summary.checkMs)} ms)`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const lines = ['', 'Reliability summary', '-'.repeat(w + 24), ...rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`)];
  for (const f of summary.faultCases) lines.push(`  ${f.passed ? 'ok  ' : 'FAIL'} ${f.name}`);
  lines.push('-'.repeat(w + 24), '');
  console.log(lines.join('\n'));
}
