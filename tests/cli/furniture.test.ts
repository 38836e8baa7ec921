/** `redaksi furniture` and `redaksi spellings`: the desk's own lists, and `redaksi check` using them (issue 12). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding.js';
import { REPO_ROOT, tempDir } from '../helpers/tmp.js';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
function redaksi(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(REPO_ROOT, 'main', 'cli', 'index.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// a portal's own sign-off line that no shape rule can know is junk
const JUNK = 'Kirim cerita Anda ke redaksi kami, hadiah menanti.';

describe('redaksi furniture', { timeout: 240_000 }, () => {
  it('a line the desk adds is website furniture in `check`, and is not once removed', () => {
    const dir = tempDir('furniture-cli');
    const story = path.join(dir, 'story.txt');
    fs.writeFileSync(story, ['Banjir merendam tiga desa di Kabupaten Bekasi sejak Senin malam.', JUNK, 'Warga mengungsi ke balai desa dan masjid terdekat.'].join('\n\n'));
    const dataDir = path.join(dir, 'data');
    const furnitureOf = () => {
      const r = redaksi('check', story, '--data-dir', dataDir, '--format', 'json');
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as { files: Array<{ warnings: Finding[] }> }).files[0]!.warnings.filter((w) => w.rule === 'page-furniture');
    };
    expect(furnitureOf()).toEqual([]);

    const add = redaksi('furniture', 'add', `  ${JUNK.toUpperCase()}  `, '--data-dir', dataDir);
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Added');
    // the same line in another spelling is already there
    expect(redaksi('furniture', 'add', JUNK.replace(/\.$/, ''), '--data-dir', dataDir).stdout).toContain('Already on the list');
    const list = JSON.parse(redaksi('furniture', '--json', '--data-dir', dataDir).stdout) as { lines: string[] };
    expect(list.lines).toEqual([JUNK.toUpperCase()]);

    const found = furnitureOf();
    expect(found).toHaveLength(1);
    expect(found[0]!.paragraph).toBe(1);
    expect(found[0]!.message).toContain("desk's list");
    expect(found[0]!.fix?.edits).toHaveLength(1);

    expect(redaksi('furniture', 'remove', JUNK, '--data-dir', dataDir).stdout).toContain('Removed');
    expect(furnitureOf()).toEqual([]);
  });

  it('refuses an empty or oversized line and an unknown action with a usage error', () => {
    const dataDir = path.join(tempDir('furniture-cli-bad'), 'data');
    for (const args of [['add', '   '], ['add', 'x'.repeat(301)], ['rename', 'x']]) {
      const r = redaksi('furniture', ...args, '--data-dir', dataDir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^redaksi furniture: /);
    }
  });
});

describe('redaksi spellings', { timeout: 240_000 }, () => {
  it('a spelling the desk adds is never reported as a typo in `check`, and is again once removed', () => {
    const dir = tempDir('spellings-cli');
    const story = path.join(dir, 'story.txt');
    fs.writeFileSync(story, ['Reports say Standard Life, which owns a stake, backed the deal. Standard Life Investments agreed.', 'The exchange also talks to Euronext and Liffe, the derivatives market.', 'Standard Life said nothing.'].join('\n\n'));
    const dataDir = path.join(dir, 'data');
    const namesOf = () => {
      const r = redaksi('check', story, '--data-dir', dataDir, '--format', 'json');
      expect(r.stderr).toBe('');
      return (JSON.parse(r.stdout) as { files: Array<{ warnings: Finding[] }> }).files[0]!.warnings.filter((w) => w.rule === 'name-variant');
    };
    expect(namesOf()).toHaveLength(1);
    const add = redaksi('spellings', 'add', 'Liffe', '--data-dir', dataDir);
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain('Added');
    expect(redaksi('spellings', 'add', 'LIFFE', '--data-dir', dataDir).stdout).toContain('Already on the list');
    expect(JSON.parse(redaksi('spellings', '--json', '--data-dir', dataDir).stdout)).toEqual({ spellings: ['Liffe'] });
    expect(namesOf()).toEqual([]);
    expect(redaksi('spellings', 'remove', 'liffe', '--data-dir', dataDir).stdout).toContain('Removed');
    expect(namesOf()).toHaveLength(1);
  });

  it('refuses two words, an empty or oversized spelling with a usage error', () => {
    const dataDir = path.join(tempDir('spellings-cli-bad'), 'data');
    for (const args of [['add', 'Standard', 'Life'], ['add', '   '], ['add', 'x'.repeat(61)], ['add', '<b>']]) {
      const r = redaksi('spellings', ...args, '--data-dir', dataDir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^redaksi spellings: /);
    }
  });
});
