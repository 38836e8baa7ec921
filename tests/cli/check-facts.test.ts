/** `redaksi check --facts FILE` (issue 5): the fact rules in the CLI's JSON report, as a user runs it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding.js';
import { REPO_ROOT, SEED_ARTICLE, tempDir } from '../helpers/tmp.js';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
function redaksi(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(REPO_ROOT, 'main', 'cli', 'index.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
interface Report {
  version: number;
  files: Array<{ path: string; language: string; paragraphs: number; warnings: Finding[] }>;
}
const lines = fs.readFileSync(SEED_ARTICLE, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
const of = (r: Report, rule: string) => r.files[0]!.warnings.filter((w) => w.rule === rule);

describe('redaksi check --facts', () => {
  it('a facts base saying "Wakil Kepala" gives one fact-conflict; "Kepala" gives none (CSV and JSON)', () => {
    const dir = tempDir();
    const wakil = path.join(dir, 'wakil.csv');
    fs.writeFileSync(wakil, 'subject,attribute,value,source\nFadli Afriadi,jabatan,Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten,SK 2024\n');
    const kepala = path.join(dir, 'kepala.json');
    fs.writeFileSync(kepala, JSON.stringify({ version: 1, facts: [{ subject: 'Fadli Afriadi', attribute: 'jabatan', value: 'Kepala Perwakilan Ombudsman RI Provinsi Banten' }] }));

    const a = redaksi('check', SEED_ARTICLE, '--format', 'json', '--facts', wakil);
    expect(a.stderr).toBe('');
    const ra = JSON.parse(a.stdout) as Report;
    expect(ra.version).toBe(1);
    const conflicts = of(ra, 'fact-conflict');
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0]!;
    expect(lines[c.paragraph]!.slice(c.start, c.end)).toBe('Kepala Kantor Perwakilan Ombudsman Banten');
    expect(c.message).toContain('Wakil Kepala');

    const b = redaksi('check', SEED_ARTICLE, '--format', 'json', '--facts', kepala);
    expect(b.stderr).toBe('');
    expect(of(JSON.parse(b.stdout) as Report, 'fact-conflict')).toEqual([]);
  });

  it('the seed gives no weekday, name, quote or number findings; "Kamis" instead of "Rabu" gives a weekday error', () => {
    const r = JSON.parse(redaksi('check', SEED_ARTICLE, '--format', 'json').stdout) as Report;
    for (const rule of ['weekday-mismatch', 'name-variant', 'quote-unattributed', 'quote-unbalanced', 'quote-mismatch', 'number-mismatch', 'arithmetic']) {
      expect(of(r, rule), rule).toEqual([]);
    }
    expect(of(r, 'claim-needs-source').length).toBeGreaterThan(0);
    const dir = tempDir();
    const file = path.join(dir, 'kamis.txt');
    fs.writeFileSync(file, fs.readFileSync(SEED_ARTICLE, 'utf8').replace('Rabu (4/12/2024)', 'Kamis (4/12/2024)'));
    const k = redaksi('check', file, '--format', 'json');
    expect(k.code).toBe(1);
    const w = of(JSON.parse(k.stdout) as Report, 'weekday-mismatch');
    expect(w).toHaveLength(1);
    expect(w[0]!.severity).toBe('error');
    expect(w[0]!.message).toContain('Wednesday');
  });

  it('an unreadable or malformed facts file is a usage error (exit 2) with a clear message', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'name,title\nA,B\n');
    const r = redaksi('check', SEED_ARTICLE, '--facts', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/facts file .*bad\.csv.*subject, attribute and value/);
    const missing = redaksi('check', SEED_ARTICLE, '--facts', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read facts file/);
  });
});
