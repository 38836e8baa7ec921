/**
 * No import cycles in the code (issue 17): a cycle makes the load order decide what a module
 * sees, and ties two folders so neither can change alone. Checked with madge over every source
 * folder, TypeScript paths resolved as the build resolves them.
 */
import path from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.js';

describe('import cycles', () => {
  it('main, hub, shared, preload, renderer, bench and scripts import no module that imports them back', async () => {
    const res = await madge(['main', 'hub', 'shared', 'preload', 'renderer', 'bench'].map((d) => path.join(REPO_ROOT, d)), {
      fileExtensions: ['ts', 'tsx', 'mjs'],
      tsConfig: path.join(REPO_ROOT, 'tsconfig.node.json'),
      baseDir: REPO_ROOT,
    });
    expect(res.obj() && Object.keys(res.obj()).length).toBeGreaterThan(150);
    expect(res.circular()).toEqual([]);
  }, 60_000);
});
