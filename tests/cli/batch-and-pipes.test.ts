/**
 * Issue 16 from the command line: a batch with bad files goes on and says which failed; old
 * Windows-1252/Latin-1 files are read with a notice; a txt file's first line is checked as the
 * headline; and large output reaches a slow pipe whole, whatever the exit code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli/index.js';
import type { Finding } from '../../shared/model/finding.js';
import { REPO_ROOT, SEED_ARTICLE, tempDir } from '../helpers/tmp.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

type Checked = { path: string; paragraphs: number; warnings: Finding[]; notice?: string };
type Failed = { path: string; error: { code: string; message: string } };
type Entry = Checked | Failed;

const isError = (e: Entry): e is Failed => 'error' in e;

/** a clean story of its own: sentences drawn from a vocabulary, so no two paragraphs repeat */
function story(seed: number, paragraphs = 6): string {
  const words = 'warga kota pasar jalan sekolah hujan banjir petani sawah harga beras gubernur rapat desa sungai jembatan listrik air bersih pelabuhan kapal nelayan ikan musim kemarau angin pantai hutan bukit kebun kopi teh gula garam minyak toko bank kantor pegawai guru murid dokter rumah sakit obat vaksin polisi hakim jaksa pengadilan partai pemilu suara kursi dewan menteri presiden bupati camat lurah'.split(' ');
  let s = seed * 7919 + 1;
  const next = () => (s = (s * 48271) % 2147483647);
  const sentence = () => {
    const n = 12 + (next() % 10);
    const w = Array.from({ length: n }, () => words[next() % words.length]!);
    return w[0]!.charAt(0).toUpperCase() + w.join(' ').slice(1) + '.';
  };
  return [`Judul berita nomor ${seed}`, ...Array.from({ length: paragraphs }, () => `${sentence()} ${sentence()}`)].join('\n') + '\n';
}

describe('redaksi check: a batch with bad files', { timeout: 120_000 }, () => {
  it('one binary file, one Latin-1 file and 100 good files: 101 checked, 1 error entry, exit 2', async () => {
    const d = tempDir();
    const files: string[] = [];
    const binary = path.join(d, 'foto.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)]));
    const latin1 = path.join(d, 'arsip-1998.txt');
    fs.writeFileSync(latin1, Buffer.from('Harga kopi naik\nHarga kopi di kafe Caf\xe9 Batavia naik 5\xb0 menurut pemilik kafe itu kemarin.\nPara pelanggan mengeluh tentang harga yang terus naik sejak bulan lalu di Jakarta.\n', 'latin1'));
    files.push(binary, latin1);
    for (let i = 0; i < 100; i++) {
      const f = path.join(d, `baik-${String(i).padStart(3, '0')}.txt`);
      fs.writeFileSync(f, story(i));
      files.push(f);
    }

    const r = await cli(['check', ...files, '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { files: Entry[] };
    expect(report.files.map((f) => f.path)).toEqual(files);
    const errors = report.files.filter(isError);
    expect(errors).toEqual([{ path: binary, error: { code: 'unreadable', message: expect.stringMatching(/binary file/) as string } }]);
    const checked = report.files.filter((f): f is Checked => !isError(f));
    expect(checked).toHaveLength(101);
    const old = checked.find((f) => f.path === latin1)!;
    expect(old.notice).toMatch(/Windows-1252/);
    // read right: the accented letters survive, and nothing says "not UTF-8" about the good ones
    expect(checked.filter((f) => f.notice)).toHaveLength(1);

    const text = await cli(['check', binary, latin1, files[2]!]);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(new RegExp(`^${binary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not checked \\(unreadable\\): .*binary file`, 'm'));
    expect(text.stdout).toMatch(/arsip-1998\.txt: not UTF-8; read as Windows-1252/);
    expect(text.stdout).toMatch(/arsip-1998\.txt: 3 paragraphs/);
    expect(text.stdout).toMatch(/baik-000\.txt: 7 paragraphs/);
  });

  it('damaged UTF-8 and binary noise are still refused, a Latin-1 file is read as such', async () => {
    const d = tempDir();
    const cut = path.join(d, 'cut.txt');
    fs.writeFileSync(cut, Buffer.concat([Buffer.from('Judul\nTeks yang terpotong di tengah huruf '), Buffer.from([0xe2, 0x82])]));
    const mixed = path.join(d, 'mixed.txt');
    fs.writeFileSync(mixed, Buffer.from('Judul\nKafe \u00e9 di sini dan \xe9 di sana.\n'.replace('\u00e9', 'Ã©'), 'latin1'));
    const latin1 = path.join(d, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Judul\nJos\xe9 dan Ren\xe9e makan di kafe kecil dekat stasiun kota kemarin sore.\n', 'latin1'));
    const r = await cli(['check', cut, mixed, latin1, '--format', 'json']);
    const entries = (JSON.parse(r.stdout) as { files: Entry[] }).files;
    expect(entries.map((e) => (isError(e) ? e.error.code : 'checked'))).toEqual(['unreadable', 'unreadable', 'checked']);
    const shown = await cli(['import', latin1, '--data-dir', path.join(d, 'data'), '--json']);
    expect(shown.code).toBe(0);
    const list = await cli(['show', (JSON.parse(shown.stdout) as { imported: Array<{ id: string }> }).imported[0]!.id, '--data-dir', path.join(d, 'data')]);
    expect(list.stdout).toContain('José dan Renée');
  });
});

describe('redaksi check: the first line of a txt file is the headline', () => {
  it('a headline figure the body contradicts is reported, on the body line as a reader counts it', async () => {
    const d = tempDir();
    const f = path.join(d, 'musk.txt');
    fs.writeFileSync(f, 'Kekayaan Elon Musk Turun Rp 243,8 Triliun Gegara Mau Bikin Partai\nKekayaan Elon Musk turun Rp 234,8 triliun dalam sehari setelah ia mengumumkan partai politik baru.\nSaham Tesla juga anjlok.\n');
    const r = await cli(['check', f, '--format', 'json']);
    const [file] = (JSON.parse(r.stdout) as { files: Checked[] }).files;
    const mismatch = file!.warnings.filter((w) => w.rule === 'number-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]!.paragraph).toBe(1); // line 2 of the file, 0-based like the rest of the JSON
    expect(mismatch[0]!.message).toContain('243,8');
    expect(file!.paragraphs).toBe(3);
  });
});

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(REPO_ROOT, 'main', 'cli', 'index.ts');

/**
 * The CLI as a desk pipeline runs it, into a reader that starts late (`sleep; cat`): the pipe
 * fills at 64 KiB and the rest waits in the process, which must not exit before it is written.
 */
function piped(args: string[], cwd: string) {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('sh', ['-c', `'${TSX}' '${CLI}' ${quoted} | (sleep 1; cat)`], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, REDAKSI_DATA_DIR: path.join(cwd, 'data') },
  });
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('CLI output through a pipe', { timeout: 240_000 }, () => {
  it('check --format json on 300 files, list --json and export to stdout arrive whole through `cat`', () => {
    const d = tempDir();
    const seed = fs.readFileSync(SEED_ARTICLE);
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const f = path.join(d, `berita-${String(i).padStart(3, '0')}.txt`);
      // the seed article has error findings (a repeated block): check exits 1 with a large report
      fs.writeFileSync(f, seed);
      files.push(f);
    }
    const check = piped(['check', ...files, '--format', 'json'], d);
    expect(check.stdout.length).toBeGreaterThan(256 * 1024);
    const report = JSON.parse(check.stdout) as { files: Entry[] };
    expect(report.files).toHaveLength(300);

    const stories = Array.from({ length: 300 }, (_, i) => {
      const f = path.join(d, `cerita-${i}.txt`);
      fs.writeFileSync(f, story(1000 + i, 2));
      return f;
    });
    const imported = spawnSync(TSX, [CLI, 'import', ...stories, '--data-dir', path.join(d, 'data')], { encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);
    const list = piped(['list', '--json', '--data-dir', path.join(d, 'data')], d);
    expect(list.stdout.length).toBeGreaterThan(64 * 1024);
    expect((JSON.parse(list.stdout) as { drafts: unknown[] }).drafts).toHaveLength(300);

    const long = path.join(d, 'panjang.txt');
    fs.writeFileSync(long, story(7, 1500));
    const exported = piped(['export', long, '--byline', 'Redaksi', '--to', 'txt', '--force'], d);
    const expected = fs.readFileSync(long, 'utf8').trim().split('\n').slice(1);
    expect(exported.stdout.length).toBeGreaterThan(256 * 1024);
    expect(exported.stdout).toContain(expected[0]!);
    expect(exported.stdout.trimEnd().endsWith(expected.at(-1)!)).toBe(true);
  });
});
