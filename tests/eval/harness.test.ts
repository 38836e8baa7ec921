/**
 * The evaluation harness itself (issue 12): a fixed split, errors planted as recorded and
 * independently of the checker, judgments read back, the JSON line CI and readers use.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitOf } from './split.js';
import { INJECTORS, rngFor, typo, type InjectedRule } from './inject.js';
import { loadEvalArticles, parsePortalDate, type EvalArticle } from './corpus.js';
import { loadJudgments } from './judgments.js';
import { REPO_ROOT } from '../helpers/tmp.js';

const article: EvalArticle = {
  corpus: 'id-multi',
  file: 'synthetic.txt',
  split: 'dev',
  language: 'id',
  headline: 'Banjir rendam Bekasi',
  date: '2025-06-18',
  paragraphs: [
    'Banjir merendam 120 rumah di Bekasi sejak Selasa (17/6/2025) malam, kata Kepala BPBD Bekasi Rina Wulandari.',
    '"Kami sudah mengirim perahu karet dan tenda ke tiga kecamatan sejak pagi tadi," kata Rina Wulandari.',
    'Sebanyak 120 rumah terendam air setinggi satu meter dan warga mengungsi ke masjid terdekat.',
    'Petugas membagikan makanan kepada pengungsi yang bertahan di masjid sepanjang malam hingga pagi hari.',
    'Wulandari meminta warga tetap waspada karena hujan diperkirakan turun lagi pada malam nanti.',
  ],
};

describe('evaluation harness', () => {
  it('splits by a hash of the article name, the same on every run', () => {
    expect(splitOf('en-bbc', 'business/001.txt')).toBe(splitOf('en-bbc', 'business/001.txt'));
    const names = Array.from({ length: 400 }, (_, i) => `${String(i).padStart(4, '0')}.txt`);
    const dev = names.filter((n) => splitOf('id-multi', n) === 'dev').length;
    expect(dev).toBeGreaterThan(150);
    expect(dev).toBeLessThan(250);
  });

  it('reads the portals date lines', () => {
    expect(parsePortalDate('Rabu, 18 Jun 2025 07:30 WIB')).toBe('2025-06-18');
    expect(parsePortalDate('Kompas.com- 18/06/2025, 21:35 WIB')).toBe('2025-06-18');
    expect(parsePortalDate('10/21/2025 20:43', true)).toBe('2025-10-21');
  });

  it('plants each error where it says, changing only that', () => {
    for (const rule of Object.keys(INJECTORS) as InjectedRule[]) {
      const inj = INJECTORS[rule](article, rngFor(`test/${rule}`));
      if (!inj) continue;
      expect(inj.rule).toBe(rule);
      expect(inj.paragraphs.join('\n')).not.toBe(article.paragraphs.join('\n'));
      for (const p of inj.at) expect(inj.paragraphs[p]).toBeDefined();
      if (rule !== 'duplicate-paragraph') expect(inj.at.some((p) => inj.paragraphs[p]!.includes(inj.token) || inj.token === '"')).toBe(true);
    }
    const name = INJECTORS['name-variant'](article, rngFor('test/name'))!;
    expect(name.kind).toMatch(/Wulandari -> /);
  });

  it('typos are slips of the hand at any letter, never the word itself', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(typo('Widodo', rngFor(`t${i}`)));
    expect(seen.has('Widodo')).toBe(false);
    expect([...seen].some((t) => t.slice(0, 2) !== 'Wi')).toBe(true);
  });

  it('plants errors without the checker: inject.ts imports nothing from shared/analysis', () => {
    const src = fs.readFileSync(path.join(REPO_ROOT, 'tests', 'eval', 'inject.ts'), 'utf8');
    const imports = [...src.matchAll(/^import[^;]+from\s+'([^']+)'/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const i of imports) expect(i).not.toMatch(/shared\/analysis/);
  });

  it('reads the judgments in the repo: every line has a verdict and a reason', () => {
    const j = loadJudgments(path.join(REPO_ROOT, 'tests', 'eval', 'judgments'));
    expect(j.size).toBeGreaterThanOrEqual(300);
    for (const x of j.values()) expect(x.reason.length).toBeGreaterThan(3);
  });

  it.skipIf(!loadEvalArticles(['en-bbc']))('npm run eval --json ends with one JSON line: split and per-rule figures', () => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tests/eval/run.ts', '--json', '--limit', '20', '--cases', '20', '--out', path.join(process.env.TMPDIR ?? '/tmp', 'redaksi-eval-test')], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { split: string; rules: Record<string, Record<string, unknown>> };
    expect(Object.keys(last)).toEqual(['split', 'rules']);
    expect(last.split).toBe('test');
    for (const k of ['recall', 'per_article', 'precision', 'cases', 'judged']) expect(last.rules['name-variant']).toHaveProperty(k);
    fs.rmSync(path.join(process.env.TMPDIR ?? '/tmp', 'redaksi-eval-test'), { recursive: true, force: true });
  });

  it.skipIf(!loadEvalArticles(['en-bbc']))('--extra-seeds plants more errors per article, past the --cases cap', () => {
    const out = path.join(process.env.TMPDIR ?? '/tmp', 'redaksi-eval-extra');
    const run = (...extra: string[]) => {
      const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tests/eval/run.ts', '--json', '--split', 'dev', '--rules', 'name-variant', '--corpus', 'en-bbc', '--limit', '30', '--cases', '10', '--out', out, ...extra], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { rules: Record<string, { cases: number }> }).rules['name-variant']!.cases;
    };
    const standard = run();
    const more = run('--extra-seeds', '2');
    fs.rmSync(out, { recursive: true, force: true });
    expect(standard).toBe(10);
    expect(more).toBeGreaterThan(30);
  });
});
