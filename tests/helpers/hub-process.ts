/** The hub and the workstation CLI as real processes (`redaksi hub serve`, `redaksi sync`, ...). */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// not from ./tmp.js: that one needs a running Vitest, and the hub bench uses this module too
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CLI = path.join(REPO_ROOT, 'main', 'cli', 'index.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** runs `redaksi ...` without blocking this process (a hub in this process keeps answering) */
export function redaksiAsync(args: string[], input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [TSX, CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

export interface HubProcess {
  url: string;
  child: ChildProcess;
  /** what the hub wrote to stderr (its log) so far */
  log(): string;
  /** it ended without being told to: a crash */
  crashed(): boolean;
  /** SIGTERM and wait (or SIGKILL: the crash case) */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `redaksi hub serve` on a free port; resolves once it printed its address */
export function startHubProcess(databaseUrl: string, port = 0): Promise<HubProcess> {
  // tsx as a loader in this one process (not tsx's CLI, which runs the script in a child of its
  // own): a SIGKILL must hit the process that listens, as a crash would
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'hub', 'serve', '--database', databaseUrl, '--port', String(port), '--host', '127.0.0.1'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let told = false;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Redaksi hub: (http:\/\/\S+)/.exec(out);
      if (m) {
        resolve({
          url: m[1]!,
          child,
          log: () => err,
          crashed: () => !told && (child.exitCode !== null || child.signalCode !== null),
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) {
              told = true;
              child.kill(signal);
            }
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`redaksi hub serve exited (${code}) before it was ready: ${err}${out}`)));
  });
}
