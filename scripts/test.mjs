// `npm test`: typecheck, lint, unit/store/service/CLI/reliability tests (Vitest), then the browser
// end-to-end tests (Vitest + playwright-core + Debian Chromium). Every step runs even when an
// earlier one fails, and the last line is the one CI reads: `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  return r.status === 0;
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
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-vitest-')), 'report.json');
  const ok = run(label, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let report;
  try {
    report = JSON.parse(fs.readFileSync(out, 'utf8'));
  } catch {
    totals.failed++;
    failures.push(`${label} (no report: the runner itself failed)`);
    return;
  }
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

if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
