/**
 * End-to-end harness: starts `npm run web` (main/web.ts through tsx) as a real child process on a
 * temp data folder, and Debian Chromium through playwright-core. The renderer is built once per
 * run (globalSetup) and served with --no-build. No vitest import here: the keystroke benchmark
 * (bench/keystroke.ts) drives web mode and Chromium with the same pieces.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// tsx as a loader in the one process, not its CLI: the CLI runs the script in a child of its
// own and cannot pass a SIGKILL on, so killing it orphaned a live web server (issue 16)
const TSX_LOADER = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
export const CHROMIUM = process.env.REDAKSI_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(REPO_ROOT, 'test-output', 'screenshots');

export interface WebServer {
  url: string;
  token: string;
  /** the URL to open, with the token in the fragment */
  appUrl: string;
  dataDir: string;
  stop(): Promise<void>;
  restart(): Promise<WebServer>;
}

export interface WebProcess {
  child: ChildProcess;
  /** the printed address, with the token in the fragment */
  appUrl: string;
  url: string;
  token: string;
}

/**
 * Spawns web mode on a data folder and resolves once it prints its address. `build` lets web
 * mode build the renderer itself (the benchmark measures a fresh production build); the tests
 * serve the one globalSetup built.
 */
export async function spawnWeb(dataDir: string, opts: { build?: boolean; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<WebProcess> {
  const args = ['--import', TSX_LOADER, path.join(REPO_ROOT, 'main', 'web.ts'), '--data-dir', dataDir, ...(opts.build ? [] : ['--no-build'])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  live.add(child);
  child.once('exit', () => live.delete(child));
  const timeoutMs = opts.timeoutMs ?? 30_000;
  let output = '';
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = output.match(/Redaksi web: (\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited with ${code}:\n${output}`));
    });
  });
  const [url, fragment] = line.split('#');
  return { child, appUrl: line, url: url!, token: new URLSearchParams(fragment).get('token') ?? '' };
}

/** web servers still running, and data folders startWeb made: what cleanupWeb() removes */
const live = new Set<ChildProcess>();
const madeDirs = new Set<string>();

/**
 * Ends every web server this process started and removes the data folders it made. Run after
 * each test file (tests/e2e-web/cleanup.ts), so a failing test, a forgotten stop() or a
 * restart left half-way cannot leave a server or a folder behind.
 */
export async function cleanupWeb(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
  live.clear();
  for (const dir of madeDirs) fs.rmSync(dir, { recursive: true, force: true });
  madeDirs.clear();
}

export async function startWeb(opts: { dataDir?: string } = {}): Promise<WebServer> {
  let dataDir = opts.dataDir;
  if (!dataDir) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-'));
    madeDirs.add(dataDir);
  }
  const { child, appUrl, url, token } = await spawnWeb(dataDir);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  const server: WebServer = {
    url,
    token,
    appUrl,
    dataDir,
    stop,
    restart: async () => {
      await stop();
      return startWeb({ dataDir: server.dataDir });
    },
  };
  return server;
}

/**
 * Chromium gets a temporary folder of its own, removed when it goes: a browser that is slow to
 * close under load is killed by Playwright, and then leaves its `.org.chromium.Chromium.*` files
 * behind, which the run's leak check would rightly count against us.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-chromium-'));
  madeDirs.add(tmp);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, TMPDIR: tmp },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', ...extraArgs],
  });
  browser.on('disconnected', () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    madeDirs.delete(tmp);
  });
  return browser;
}

/** One contract call straight to the web server (to set up state or inspect what was saved). */
export async function call<T = unknown>(server: Pick<WebServer, 'url' | 'token'>, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(new URL(`/api/${method}`, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-redaksi-token': server.token },
    body: JSON.stringify(input),
  });
  const env = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!env.ok) throw new Error(`${method}: ${env.error?.message}`);
  return env.value as T;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export const chromiumAvailable = fs.existsSync(CHROMIUM);
