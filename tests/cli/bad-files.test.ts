/**
 * Bad files given to `redaksi import` (issue 7, part 6): each gives one clear line and exit code
 * 2, or a clean import; never a crash or a stack trace, and never a half-created draft (the
 * number of stories is compared before and after, and a batch with one bad file imports none).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../main/cli/index.js';
import { openStore } from '../../main/store/index.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import { REPO_ROOT, tempDir } from '../helpers/tmp.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function stories(dataDir: string) {
  if (!fs.existsSync(path.join(dataDir, 'redaksi.db'))) return [];
  const store = openStore(dataDir);
  try {
    return store.drafts.list({ limit: 10_000 }).map((s) => ({ ...s, text: paragraphsOf(store.drafts.get(s.id)!.body) }));
  } finally {
    store.close();
  }
}

/** a refused import: exit 2, one readable line naming the file, no stack, nothing stored */
async function expectRefused(dataDir: string, files: string[], message: RegExp) {
  const before = stories(dataDir).length;
  const r = await cli(['import', ...files, '--data-dir', dataDir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^redaksi import: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
  expect(stories(dataDir).length).toBe(before);
}

describe('redaksi import with bad files', () => {
  it('an empty file', async () => {
    const d = tempDir();
    const f = path.join(d, 'kosong.txt');
    fs.writeFileSync(f, '');
    await expectRefused(path.join(d, 'data'), [f], /kosong\.txt: the file is empty/);
  });

  it('a file with only blank lines / an HTML page with only scripts and styles', async () => {
    const d = tempDir();
    const blank = path.join(d, 'blank.txt');
    fs.writeFileSync(blank, '\n   \n\t\n');
    await expectRefused(path.join(d, 'data'), [blank], /has no text/);
    const scripts = path.join(d, 'scripts.html');
    fs.writeFileSync(scripts, '<html><head><style>p{}</style></head><body><script>alert(1)</script></body></html>');
    await expectRefused(path.join(d, 'data'), [scripts], /has no text/);
  });

  it('a binary file (an image renamed .txt), and UTF-16 text', async () => {
    const d = tempDir();
    const png = path.join(d, 'foto.txt');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)]));
    await expectRefused(path.join(d, 'data'), [png], /binary file/);
    const utf16 = path.join(d, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Judul\nIsi berita.\n', 'utf16le')]));
    await expectRefused(path.join(d, 'data'), [utf16], /binary|UTF/);
  });

  it('a 50 MB file is refused up front (size checked before reading)', async () => {
    const d = tempDir();
    const big = path.join(d, 'besar.txt');
    const fd = fs.openSync(big, 'w');
    // real text, not a sparse file: ~50 MB of paragraphs
    const chunk = Buffer.from('Paragraf berita yang sangat panjang sekali untuk menguji batas ukuran berkas.\n'.repeat(13_000));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const t0 = Date.now();
    await expectRefused(path.join(d, 'data'), [big], /MB is more than the \d+ MB/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('invalid UTF-8 (a truncated sequence) is refused; a Latin-1 file is read, with a notice (issue 16)', async () => {
    const d = tempDir();
    const latin1 = path.join(d, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Judul\nCaf\xe9 di Jakarta, harga kopi naik lima persen sejak pekan lalu.\n', 'latin1'));
    const r = await cli(['import', latin1, '--data-dir', path.join(d, 'data')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^redaksi import: .*latin1\.txt: not UTF-8; read as Windows-1252/);
    expect(stories(path.join(d, 'data'))[0]!.text).toEqual(['Café di Jakarta, harga kopi naik lima persen sejak pekan lalu.']);
    const cut = path.join(d, 'cut.md');
    fs.writeFileSync(cut, Buffer.concat([Buffer.from('# Judul\n\nTeks '), Buffer.from([0xe2, 0x82])]));
    await expectRefused(path.join(d, 'data'), [cut], /not valid UTF-8/);
  });

  it('a .docx file (and a .docx that is not even a zip): a clear message', async () => {
    const d = tempDir();
    const fake = path.join(d, 'berita.docx');
    fs.writeFileSync(fake, 'this is not a zip file at all');
    await expectRefused(path.join(d, 'data'), [fake], /berita\.docx: (unknown file type|.*(docx|Word|zip|damaged|corrupt))/i);
  });

  it('a missing file, a folder, an unknown extension', async () => {
    const d = tempDir();
    await expectRefused(path.join(d, 'data'), [path.join(d, 'nope.txt')], /no such file/);
    fs.mkdirSync(path.join(d, 'folder.txt'));
    await expectRefused(path.join(d, 'data'), [path.join(d, 'folder.txt')], /not a file/);
    fs.writeFileSync(path.join(d, 'data.json'), '{"headline":"x"}');
    await expectRefused(path.join(d, 'data'), [path.join(d, 'data.json')], /unknown file type "\.json"/);
  });

  it('a batch with one bad file imports none of them', async () => {
    const d = tempDir();
    const dataDir = path.join(d, 'data');
    const good = path.join(d, 'baik.txt');
    fs.writeFileSync(good, 'Judul baik\nIsi berita.\n');
    const bad = path.join(d, 'rusak.txt');
    fs.writeFileSync(bad, Buffer.from([0x4a, 0xff, 0xfe, 0x0a]));
    await expectRefused(dataDir, [good, bad], /rusak\.txt/);
    expect(stories(dataDir)).toHaveLength(0);
  });

  it('malformed HTML imports cleanly: the text is kept, the junk is not', async () => {
    const d = tempDir();
    const dataDir = path.join(d, 'data');
    const f = path.join(d, 'rusak.html');
    // unclosed p/b/i/li/td, stray and mismatched closing tags, unquoted attributes, a broken
    // comment, text after </html>, an unclosed script at the end
    fs.writeFileSync(f, '<html><body><h1>Gempa Guncang <b>Cianjur</b></h1></span><p class=x>Warga berlarian <b>keluar rumah.<p>Listrik padam <i>di beberapa <table><tr><td>wilayah</div></span><ul><li>satu<li>dua</ol><!-- broken comment --!></body><p>Trailing after body</html><script>alert(1)');
    const r = await cli(['import', f, '--data-dir', dataDir, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [s] = stories(dataDir);
    expect(s?.headline).toMatch(/Gempa Guncang Cianjur/);
    const text = s!.text.join('\n');
    expect(text).toMatch(/Warga berlarian keluar rumah\./);
    expect(text).toMatch(/satu/);
    expect(text).toMatch(/dua/);
    expect(text).toMatch(/wilayah/);
    expect(text).toMatch(/Trailing after body/);
    expect(text).not.toMatch(/alert/);
  });

  it('a UTF-8 BOM and Windows line endings import cleanly', async () => {
    const d = tempDir();
    const dataDir = path.join(d, 'data');
    const f = path.join(d, 'windows.txt');
    fs.writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Judul Berita\r\nParagraf satu.\r\n\r\nParagraf dua.\r\n')]));
    const r = await cli(['import', f, '--data-dir', dataDir]);
    expect(r.code).toBe(0);
    const [s] = stories(dataDir);
    expect(s?.headline).toBe('Judul Berita');
    expect(s?.text).toEqual(['Paragraf satu.', 'Paragraf dua.']);
  });

  it('as a real process: the exit code is 2 and stderr is one line', () => {
    const d = tempDir();
    const f = path.join(d, 'kosong.txt');
    fs.writeFileSync(f, '');
    const r = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['main/cli/index.ts', 'import', f, '--data-dir', path.join(d, 'data')], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^redaksi import: .*kosong\.txt: the file is empty\.$/);
  });
});
