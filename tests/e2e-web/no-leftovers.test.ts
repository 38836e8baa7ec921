/**
 * The harness leaves nothing behind (issue 16): a web server killed hard is really gone (it was
 * a grandchild of the tsx CLI, which a SIGKILL orphaned), and cleanupWeb() ends the servers and
 * removes the data folders a test file made. scripts/test.mjs checks the same for the whole run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupWeb, spawnWeb, startWeb } from './harness.js';

/** pids whose command line names the folder: any process serving it */
function processesServing(dir: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.skipIf(process.platform !== 'linux')('no leftovers from the web-mode harness', () => {
  it('a SIGKILL to the spawned server ends the process that serves the folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-kill-'));
    try {
      const web = await spawnWeb(dir);
      const exited = new Promise((r) => web.child.once('exit', r));
      web.child.kill('SIGKILL');
      await exited;
      await expect.poll(() => processesServing(dir), { timeout: 5000 }).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cleanupWeb() stops what was left running and removes the folders startWeb made', async () => {
    const server = await startWeb();
    expect(processesServing(server.dataDir)).not.toEqual([]);
    await cleanupWeb();
    expect(processesServing(server.dataDir)).toEqual([]);
    expect(fs.existsSync(server.dataDir)).toBe(false);
  });
});
