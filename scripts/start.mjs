// `npm start`: build, make a better-sqlite3 for Electron's ABI in .electron-native/ (leaving the
// Node build in node_modules untouched, so `npm test` keeps working), then launch Electron.
// Where the Electron binary cannot be had (no download possible), say so and point to web mode.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`\nredaksi: ${message}\n`);
  process.exit(1);
}

let electronPath;
try {
  electronPath = require('electron'); // throws "Electron failed to install correctly" without the binary
  if (typeof electronPath !== 'string' || !fs.existsSync(electronPath)) throw new Error('no binary');
} catch {
  fail('the Electron binary is not installed on this machine (it is downloaded by `npm install` when the\n' +
    'network allows). Run the same app in your browser instead:\n\n    npm run web\n');
}

const electronVersion = require('electron/package.json').version;
const nativeDir = path.join(root, '.electron-native');
const stamp = path.join(nativeDir, 'version.txt');
const wanted = `${electronVersion} ${require('better-sqlite3/package.json').version} ${process.platform}-${process.arch}`;
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== wanted) {
  console.log('Building better-sqlite3 for Electron', electronVersion, '(once)…');
  // rebuild a private copy of the module so node_modules keeps the Node build tests need
  const work = path.join(nativeDir, 'better-sqlite3');
  fs.rmSync(nativeDir, { recursive: true, force: true });
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
  const r = spawnSync(process.execPath, [require.resolve('@electron/rebuild/lib/cli.js'), '--version', electronVersion, '--module-dir', work, '--which-module', 'better-sqlite3', '--force'], { stdio: 'inherit', cwd: root });
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (r.status !== 0 || !fs.existsSync(built)) fail('could not build better-sqlite3 for Electron (see the messages above). `npm run web` still works.');
  fs.copyFileSync(built, path.join(nativeDir, 'better_sqlite3.node'));
  fs.writeFileSync(stamp, wanted);
}

const b = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
if (b.status !== 0) fail('the build failed.');
if (process.argv.includes('--build-only')) process.exit(0);
const child = spawn(electronPath, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
