import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/tmp.js';

describe('last-resort handler (issue 16)', () => {
  it('logs an uncaught error and an unhandled rejection with context, and the process keeps running', () => {
    const child = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(__dirname, 'last-resort-child.ts')], { encoding: 'utf8', timeout: 30_000 });
    expect(child.stdout).toBe('still serving\n');
    expect(child.status).toBe(0);
    expect(child.stderr).toMatch(/fuzz child: unexpected error \(uncaughtException\), still running: Error: boom from a timer\n\s+at /);
    expect(child.stderr).toMatch(/fuzz child: unhandled promise rejection, still running: Error: boom from a promise/);
  });
});
