/**
 * End-to-end harness: starts `npm run web` (main/web.ts through tsx) as a real child process on a
 * temp data folder, and Debian Chromium through playwright-core. The renderer is built once per
 * run (globalSetup) and served with --no-build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
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

export async function startWeb(opts: { dataDir?: string } = {}): Promise<WebServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [TSX, path.join(REPO_ROOT, 'main', 'web.ts'), '--data-dir', dataDir, '--no-build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  let output = '';
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not start in 30 s:\n${output}`)), 30_000);
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
  const token = new URLSearchParams(fragment).get('token') ?? '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  const server: WebServer = {
    url: url!,
    token,
    appUrl: line,
    dataDir,
    stop,
    restart: async () => {
      await stop();
      return startWeb({ dataDir });
    },
  };
  return server;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export const chromiumAvailable = fs.existsSync(CHROMIUM);
