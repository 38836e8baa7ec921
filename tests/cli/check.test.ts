/** `redaksi check` as a user runs it: a real process through tsx, real files, a temp store. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, type Finding } from '../../shared/model/finding.js';
import { REPO_ROOT, SEED_ARTICLE, tempDir } from '../helpers/tmp.js';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function redaksi(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(REPO_ROOT, 'main', 'cli', 'index.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  version: number;
  files: Array<{ path: string; language: 'id' | 'en'; paragraphs: number; warnings: Finding[] }>;
}

const seedLines = fs.readFileSync(SEED_ARTICLE, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');

function expectFindingShape(f: Finding, paragraphs: string[]) {
  expect(RULE_IDS).toContain(f.rule);
  expect(['error', 'warning', 'info']).toContain(f.severity);
  expect(typeof f.message).toBe('string');
  expect(f.message.length).toBeGreaterThan(0);
  expect(Number.isInteger(f.paragraph)).toBe(true);
  const text = paragraphs[f.paragraph]!;
  expect(text).toBeDefined();
  expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
  expect(Array.isArray(f.related)).toBe(true);
  expect(typeof f.fingerprint).toBe('string');
}

// each case spawns real processes (tsx compile + jsdom): generous timeouts for a shared 2-core machine
describe('redaksi check', { timeout: 240_000 }, () => {
  it('reports the seed article as issue 4 says, in the JSON shape, and exits 1', () => {
    const r = redaksi('check', SEED_ARTICLE, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const file = report.files[0]!;
    expect(file.path).toBe(SEED_ARTICLE);
    expect(file.language).toBe('id');
    expect(file.paragraphs).toBe(27); // txt: non-blank lines, the headline included
    for (const w of file.warnings) expectFindingShape(w, seedLines);
    const furniture = file.warnings.filter((w) => w.rule === 'page-furniture');
    expect(furniture.map((w) => w.paragraph)).toEqual([1, 2, 3, 4]);
    const dups = file.warnings.filter((w) => w.rule === 'duplicate-paragraph');
    expect(dups.map((w) => [w.paragraph, w.related[0]!.paragraph])).toEqual(Array.from({ length: 10 }, (_, k) => [16 + k, 6 + k]));
    expect(new Set(dups.map((w) => w.group)).size).toBe(1);
    expect(dups.every((w) => w.severity === 'error')).toBe(true);
  });

  it('exits 0 on a clean story and prints a readable text report', () => {
    const dir = tempDir();
    const clean = path.join(dir, 'clean.txt');
    fs.writeFileSync(clean, seedLines.slice(0, 16).filter((_, i) => i === 0 || i > 4).join('\n\n') + '\n');
    const r = redaksi('check', clean);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('clean.txt: 12 paragraphs, language id');
    expect(r.stdout).not.toContain('duplicate-paragraph');
    expect(r.stdout).not.toContain('page-furniture');
  });

  it('reads md and html files', () => {
    const dir = tempDir();
    const body = seedLines.slice(5, 8);
    const md = path.join(dir, 'a.md');
    fs.writeFileSync(md, `# Judul\n\n${body.join('\n\n')}\n\n${body[1]}\n`);
    const html = path.join(dir, 'a.html');
    fs.writeFileSync(html, `<html><body><h1>Judul</h1><p>loading...</p>${body.map((p) => `<p>${p}</p>`).join('')}<script>alert(1)</script></body></html>`);
    const r = redaksi('check', md, html, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => f.path)).toEqual([md, html]);
    const mdDups = report.files[0]!.warnings.filter((w) => w.rule === 'duplicate-paragraph');
    expect(mdDups).toHaveLength(1);
    const htmlRules = report.files[1]!.warnings.map((w) => w.rule);
    expect(htmlRules).toContain('page-furniture');
  });

  it('exits 2 on bad input and bad options', () => {
    const dir = tempDir();
    expect(redaksi('check').code).toBe(2);
    const missing = redaksi('check', path.join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    // an unreadable file is reported in its own entry, in the report (issue 16)
    expect(missing.stdout).toMatch(/nope\.txt: not checked \(unreadable\): .*no such file/);
    const badFormat = redaksi('check', SEED_ARTICLE, '--format', 'xml');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be json or text/);
    expect(badFormat.stdout).toBe('');
    const badConfidence = redaksi('check', SEED_ARTICLE, '--min-confidence', 'low');
    expect(badConfidence.code).toBe(2);
    expect(badConfidence.stderr).toMatch(/--min-confidence must be high or medium/);
  });

  it('--draft runs the archive check backwards: the later copy is warned, naming the original; the original is not (#14)', () => {
    const dir = tempDir();
    expect(redaksi('import', SEED_ARTICLE, '--data-dir', dir).code).toBe(0);
    const copy = path.join(tempDir(), 'copy.txt');
    fs.writeFileSync(copy, ['Salinan belakangan', seedLines[6], 'Paragraf ini ditulis sendiri oleh reporter dan tidak pernah muncul di tempat lain sebelumnya.'].join('\n'));
    expect(redaksi('import', copy, '--data-dir', dir).code).toBe(0);
    const list = JSON.parse(redaksi('list', '--json', '--data-dir', dir).stdout) as { drafts: Array<{ id: string; headline: string }> };
    const later = list.drafts.find((d) => d.headline === 'Salinan belakangan')!;
    const original = list.drafts.find((d) => d.id !== later.id)!;
    const onOriginal = (JSON.parse(redaksi('check', '--draft', original.id, '--data-dir', dir, '--format', 'json').stdout) as Report).files[0]!;
    expect(onOriginal.warnings.filter((x) => x.rule === 'archive-duplicate')).toEqual([]);
    const onLater = redaksi('check', '--draft', later.id, '--data-dir', dir);
    const line = onLater.stdout.split('\n').find((l) => l.includes('archive-duplicate'));
    expect(line).toContain(`“${original.headline}” (`);
    expect(line).toMatch(/\(\d{4}-\d{2}-\d{2}, draft\) \[/);
  });

  it('with --data-dir, reports paragraphs repeated from stories in that store; --draft checks a stored draft', () => {
    const dir = tempDir();
    expect(redaksi('import', SEED_ARTICLE, '--data-dir', dir).code).toBe(0);
    const other = path.join(dir, 'other.txt');
    fs.writeFileSync(other, ['Berita lain tentang pelayanan publik', seedLines[6], 'Paragraf ini ditulis sendiri oleh reporter dan tidak pernah muncul di tempat lain sebelumnya.'].join('\n'));
    const r = redaksi('check', other, '--data-dir', dir, '--format', 'json');
    expect(r.code).toBe(0); // archive repeats are warnings
    const w = (JSON.parse(r.stdout) as Report).files[0]!.warnings.filter((x) => x.rule === 'archive-duplicate');
    expect(w).toHaveLength(1);
    expect(w[0]!.paragraph).toBe(1);
    expect(w[0]!.related[0]!.article).toMatch(/\S/);
    expect(w[0]!.related[0]!.paragraph).toBe(5); // body paragraph 5 of the stored draft (headline not in the body)
    // without --data-dir there is no archive
    expect((JSON.parse(redaksi('check', other, '--format', 'json').stdout) as Report).files[0]!.warnings.filter((x) => x.rule === 'archive-duplicate')).toEqual([]);
    // --draft: the stored seed, checked against the rest of the store (never against itself)
    const list = JSON.parse(redaksi('list', '--json', '--data-dir', dir).stdout) as { drafts: Array<{ id: string }> };
    const d = redaksi('check', '--draft', list.drafts[0]!.id, '--data-dir', dir, '--format', 'json');
    expect(d.code).toBe(1);
    const file = (JSON.parse(d.stdout) as Report).files[0]!;
    expect(file.paragraphs).toBe(26);
    expect(file.warnings.filter((x) => x.rule === 'archive-duplicate')).toEqual([]);
    expect(file.warnings.filter((x) => x.rule === 'duplicate-paragraph').map((x) => x.paragraph)).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(redaksi('check', '--draft', 'no-such-id', '--data-dir', dir).code).toBe(2);
  });
});
