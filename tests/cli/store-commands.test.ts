/** The CLI as a user runs it (a real process through tsx), on a temp data folder. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, SEED_ARTICLE, tempDir } from '../helpers/tmp.js';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export function redaksi(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(REPO_ROOT, 'main', 'cli', 'index.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('redaksi import / list / show', () => {
  it('imports the seed article: headline from line 1 and 26 body paragraphs', () => {
    const dir = tempDir();
    const imp = redaksi('import', SEED_ARTICLE, '--data-dir', dir, '--json');
    expect(imp.code).toBe(0);
    const list = redaksi('list', '--json', '--data-dir', dir);
    expect(list.code).toBe(0);
    const { drafts } = JSON.parse(list.stdout) as { drafts: Array<{ id: string; headline: string; paragraphs: number; language: string }> };
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.headline).toBe('Pemkot Tangsel Borong Penghargaan Ombudsman, Tertinggi soal Kepatuhan Pelayanan Publik');
    expect(drafts[0]!.paragraphs).toBe(26);
    expect(drafts[0]!.language).toBe('id');
    const show = redaksi('show', drafts[0]!.id, '--json', '--data-dir', dir);
    const { draft } = JSON.parse(show.stdout) as { draft: { paragraphs: string[] } };
    expect(draft.paragraphs[0]).toBe('loading...');
    expect(draft.paragraphs[25]).toBe('(jon)');
  });

  it('says clearly what is wrong and exits 2 for unknown files and commands', () => {
    const dir = tempDir();
    const unknownType = redaksi('import', 'story.doc', '--data-dir', dir);
    expect(unknownType.code).toBe(2);
    expect(unknownType.stderr).toMatch(/unknown file type/);
    const missing = redaksi('import', path.join(dir, 'nope.txt'), '--data-dir', dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const cmd = redaksi('publish-everything');
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/unknown command/);
    const notFound = redaksi('show', 'abc', '--data-dir', dir);
    expect(notFound.code).toBe(2);
    expect(notFound.stderr).toMatch(/No story with id abc/);
    // nothing half-created
    expect(JSON.parse(redaksi('list', '--json', '--data-dir', dir).stdout).drafts).toEqual([]);
  });
});
