/**
 * `redaksi archive` as a user runs it (a real process through tsx): progress with the time left
 * on stderr, Ctrl+C (SIGINT) stops it with the rest pending, the next run goes on from there.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/index.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { rng } from '../helpers/corpus.js';
import { REPO_ROOT, tempDir } from '../helpers/tmp.js';

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
function redaksi(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(REPO_ROOT, 'main', 'cli', 'index.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const VOCAB = 'pemerintah kota anggaran sekolah rumah sakit warga jalan banjir harga beras pasar presiden menteri rapat kebijakan pajak bank bunga inflasi listrik air minum polisi kasus sidang hakim saksi laporan data survei pemilu partai calon suara kampanye'.split(' ');

function folderWith(n: number): string {
  const dir = tempDir();
  const store = openStore(dir);
  const r = rng(20);
  const ins = store.db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')");
  store.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const ps = Array.from({ length: 6 }, () => Array.from({ length: 20 }, () => VOCAB[Math.floor(r() * VOCAB.length)]).join(' ') + '.');
      ins.run(`s${i}`, `Berita ${i}`, JSON.stringify(docFromParagraphs(ps)));
    }
  })();
  store.close();
  return dir;
}

describe('redaksi archive', () => {
  it('prints progress on stderr, stops on Ctrl+C with the rest pending, and the next run finishes it', async () => {
    const dir = folderWith(6_000);
    const child = spawn(process.execPath, [TSX, path.join(REPO_ROOT, 'main', 'cli', 'index.ts'), 'archive', '--data-dir', dir, '--json'], { cwd: REPO_ROOT });
    let stderr = '';
    let stdout = '';
    let interrupted = false;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      if (!interrupted && /catching up the archive index: [\d,]+\/6,000 stories/.test(stderr)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(/catching up the archive index: [\d,]+\/6,000 stories \([\d.]+%\)/);
    expect(code).toBe(1);
    expect(stderr).toMatch(/stopped at [\d,]+\/6,000 stories/);
    const first = (JSON.parse(stdout) as { summary: { stopped: boolean; pending: number; stories: number } }).summary;
    expect(first.stopped).toBe(true);
    expect(first.pending).toBeGreaterThan(0);
    expect(first.stories + first.pending).toBe(6_000);

    const again = redaksi('archive', '--data-dir', dir, '--json');
    expect(again.code).toBe(0);
    const second = (JSON.parse(again.stdout) as { summary: { stopped: boolean; pending: number; stories: number; indexed: number } }).summary;
    expect(second).toMatchObject({ stopped: false, pending: 0, stories: 6_000, indexed: first.pending });
  }, 120_000);
});
