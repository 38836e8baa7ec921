import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const dirs: string[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'redaksi-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SEED_ARTICLE = path.join(REPO_ROOT, 'tests', 'fixtures', 'articles', '000_29685aeed6ed132a.txt');
