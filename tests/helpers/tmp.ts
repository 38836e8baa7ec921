import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';

const dirs: string[] = [];

/**
 * A fresh temp folder, removed after the test. Its name carries the test file's name, so a
 * folder left behind (npm test's leak check) says which test left it.
 */
export function tempDir(prefix = 'redaksi-test-'): string {
  const file = path.basename(expect.getState().testPath ?? 'unknown').replace(/\.test\.ts$/, '').replace(/[^a-zA-Z0-9-]/g, '');
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}${file}-`));
  dirs.push(d);
  return d;
}

afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SEED_ARTICLE = path.join(REPO_ROOT, 'tests', 'fixtures', 'articles', '000_29685aeed6ed132a.txt');
