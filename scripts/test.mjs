// `npm test`: typecheck, lint, unit/store/service/CLI/reliability tests (Vitest), then the browser
// end-to-end tests (Vitest + playwright-core + Debian Chromium). Every step runs even when an
// earlier one fails, and the last line is the one CI reads: `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

// Everything this run starts carries its id in the environment, and writes its temporary files
// into a folder of its own: at the end, a process still running with the id or a file left in
// the folder is a leak, found without confusing it with another run on the same machine.
const runId = randomUUID();
const runTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-test-run-'));
// tsx keeps its compile cache in the temp folder: share the machine's, so the run stays warm
const tsxCache = `tsx-${os.userInfo().uid}`;
fs.mkdirSync(path.join(os.tmpdir(), tsxCache), { recursive: true });
fs.symlinkSync(path.join(os.tmpdir(), tsxCache), path.join(runTmp, tsxCache));
const runEnv = { REDAKSI_TEST_RUN: runId, TMPDIR: runTmp };

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...runEnv, ...env } });
  return r.status === 0;
}

/** processes (other than this one) that carry this run's id: Linux's /proc, elsewhere none */
function runProcesses() {
  if (!fs.existsSync('/proc/self/environ')) return [];
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`REDAKSI_TEST_RUN=${runId}`)) continue;
      found.push({ pid: Number(pid), cmd: fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').trim().slice(0, 300) });
    } catch {
      // gone meanwhile, or another user's
    }
  }
  return found;
}

/** fails the run for every process still running and every file left behind, then cleans up */
function checkLeaks() {
  console.log('\n=== leftovers: processes and temporary files of this run ===');
  let procs = runProcesses();
  // a browser or server told to stop may need a moment to go
  for (let waited = 0; procs.length && waited < 5000; waited += 250) {
    spawnSync('sleep', ['0.25']);
    procs = runProcesses();
  }
  for (const p of procs) {
    failures.push(`leak: process ${p.pid} still running after the run: ${p.cmd}`);
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const left = fs.readdirSync(runTmp).filter((name) => name !== tsxCache);
  for (const name of left) failures.push(`leak: ${name} left in the run's temporary folder (TMPDIR=${runTmp})`);
  fs.rmSync(runTmp, { recursive: true, force: true });
  if (procs.length || left.length) totals.failed++;
  else {
    totals.passed++;
    console.log('none');
  }
}

function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

function vitest(label, config) {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-vitest-'));
  const out = path.join(reportDir, 'report.json');
  const ok = run(label, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let report;
  try {
    report = JSON.parse(fs.readFileSync(out, 'utf8'));
  } catch {
    fs.rmSync(reportDir, { recursive: true, force: true });
    totals.failed++;
    failures.push(`${label} (no report: the runner itself failed)`);
    return;
  }
  fs.rmSync(reportDir, { recursive: true, force: true });
  const failedBefore = totals.failed;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += skipped;
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') failures.push(`${path.relative(root, file.name)} › ${t.fullName}`);
      if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') console.log(`skipped: ${path.relative(root, file.name)} › ${t.fullName}`);
    }
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      totals.failed++;
      failures.push(`${path.relative(root, file.name)} (the file failed to load: ${String(file.message ?? '').split('\n')[0]})`);
    }
  }
  if (!ok && totals.failed === failedBefore) {
    // vitest exited non-zero without a failed test (e.g. an unhandled error): count it
    totals.failed++;
    failures.push(`${label}: vitest exited with an error`);
  }
}

// electron is an optional dependency: where its binary cannot be downloaded, `npm install` drops
// the package and carries on (so `npm start` can point to web mode). The typecheck still needs its
// type definitions, so put the package back without the binary.
if (!fs.existsSync(path.join(root, 'node_modules', 'electron', 'electron.d.ts'))) {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const version = lock.packages?.['node_modules/electron']?.version;
  console.log(`electron ${version} is not installed (no binary download here); installing its package without the binary for its types`);
  spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `electron@${version}`], { stdio: 'inherit', cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
}

check('typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
check('lint (incl. folder boundaries)', bin('eslint'), ['--max-warnings', '0', '.']);
vitest('unit, store, services, CLI, export, reliability', 'vitest.config.ts');
if (!process.argv.includes('--no-e2e')) vitest('end-to-end (web mode in Chromium)', 'vitest.e2e.config.ts');
checkLeaks();

if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
