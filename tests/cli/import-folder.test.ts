/**
 * `redaksi import DIR` (#20): folders are walked recursively, files go in by batches, a bad
 * file in a folder is reported and skipped without leaving part of itself, progress goes to
 * stderr and `--json` prints a summary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli/index.js';
import { openStore } from '../../main/store/index.js';
import { tempDir } from '../helpers/tmp.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function counts(dataDir: string) {
  const store = openStore(dataDir);
  try {
    const n = (t: string) => store.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    return { drafts: n('drafts'), revisions: n('revisions'), history: n('history'), headlines: store.drafts.list({ sort: 'headline' }).map((d) => d.headline) };
  } finally {
    store.close();
  }
}

describe('redaksi import DIR', () => {
  it('walks sub-folders, skips and reports a bad file, and prints progress and a summary', async () => {
    const root = tempDir();
    const src = path.join(root, 'arsip');
    fs.mkdirSync(path.join(src, '2023', 'januari'), { recursive: true });
    fs.writeFileSync(path.join(src, 'satu.txt'), 'Berita Satu\nParagraf pertama.\n');
    fs.writeFileSync(path.join(src, '2023', 'dua.md'), '# Berita Dua\n\nParagraf kedua.\n');
    fs.writeFileSync(path.join(src, '2023', 'januari', 'tiga.html'), '<h1>Berita Tiga</h1><p>Paragraf ketiga.</p>');
    fs.writeFileSync(path.join(src, '2023', 'januari', 'rusak.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x42]));
    fs.writeFileSync(path.join(src, '2023', 'foto.jpg'), 'not an article');
    const dataDir = path.join(root, 'data');

    const r = await cli(['import', src, '--data-dir', dataDir, '--json', '--batch', '2']);
    expect(r.code).toBe(1); // something was skipped
    const out = JSON.parse(r.stdout) as { imported: Array<{ path: string }>; skipped: Array<{ path: string; error: string }>; summary: Record<string, number> };
    expect(out.summary).toMatchObject({ files: 4, imported: 3, skipped: 1, ignored: 1 });
    expect(out.skipped).toEqual([{ path: path.join(src, '2023', 'januari', 'rusak.txt'), error: expect.stringMatching(/not valid UTF-8/) as unknown as string }]);
    // two batches of two: a progress line after each, with the rate and the time left
    expect(r.stderr.match(/^redaksi import: \d+\/4 files, \d+\/s, about .* left$/gm)).toHaveLength(2);
    expect(r.stderr).toMatch(/skipped .*rusak\.txt: .*not valid UTF-8/);
    // each stored story is whole: its row, its import revision and its history event
    expect(counts(dataDir)).toEqual({ drafts: 3, revisions: 3, history: 3, headlines: ['Berita Dua', 'Berita Satu', 'Berita Tiga'] });
  });

  it('files named on the command line are still refused as a whole (exit 2, nothing stored)', async () => {
    const root = tempDir();
    const good = path.join(root, 'baik.txt');
    const bad = path.join(root, 'kosong.txt');
    fs.writeFileSync(good, 'Judul\nIsi.\n');
    fs.writeFileSync(bad, '');
    const dataDir = path.join(root, 'data');
    const r = await cli(['import', good, bad, '--data-dir', dataDir]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(dataDir, 'redaksi.db'))).toBe(false);
  });

  it('duplicate headlines across batches get the next free slug', async () => {
    const root = tempDir();
    const src = path.join(root, 'in');
    fs.mkdirSync(src);
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(src, `${i}.txt`), `Harga Beras Naik\nParagraf ${i}.\n`);
    const dataDir = path.join(root, 'data');
    expect((await cli(['import', src, '--data-dir', dataDir, '--batch', '2'])).code).toBe(0);
    const store = openStore(dataDir);
    try {
      expect(store.drafts.list({ sort: 'created' }).map((d) => d.slug).sort()).toEqual(['harga-beras-naik', 'harga-beras-naik-2', 'harga-beras-naik-3', 'harga-beras-naik-4', 'harga-beras-naik-5']);
    } finally {
      store.close();
    }
  });
});

describe('redaksi import of a folder without articles', () => {
  it('is refused with one line and exit 2 (most likely a wrong path)', async () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'kosong'));
    fs.writeFileSync(path.join(root, 'kosong', 'catatan.docx'), 'x');
    const r = await cli(['import', path.join(root, 'kosong'), '--data-dir', path.join(root, 'data')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^redaksi import: .*kosong: not a file, and a folder with no \.txt, \.md or \.html files in it\.\n$/);
  });
});
