/**
 * The app's side of a large archive catch-up (#18): above 500 pending stories the first archive
 * query starts it in the background instead of holding the answer; 'archive.status' shows it
 * move with a time estimate; 'archive.stop' stops it with the rest pending; 'archive.catchUp'
 * resumes it; once done, queries see every story.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { createContext, createServices } from '../../main/services/index.js';
import { startArchiveCatchUpAtLaunch } from '../../main/services/archive.js';
import type { ArchiveStatus } from '../../shared/model/archive-status.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { rng } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';

const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/store/archive-worker-tsx.mjs');
const VOCAB = 'pemerintah kota anggaran sekolah rumah sakit warga jalan banjir harga beras pasar presiden menteri rapat kebijakan pajak bank bunga inflasi listrik air minum polisi kasus sidang hakim saksi laporan data survei pemilu partai calon suara kampanye'.split(' ');

let store: Store | undefined;
afterEach(() => store?.close());

function storeWith(n: number): { store: Store; text: (i: number) => string } {
  const s = openStore(tempDir());
  const r = rng(3);
  const texts: string[] = [];
  const ins = s.db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')");
  s.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const ps = Array.from({ length: 4 }, () => Array.from({ length: 18 }, () => VOCAB[Math.floor(r() * VOCAB.length)]).join(' ') + '.');
      texts.push(ps[1]!);
      ins.run(`s${i}`, `Berita ${i}`, JSON.stringify(docFromParagraphs(ps)));
    }
  })();
  return { store: s, text: (i) => texts[i]! };
}

async function until(fn: () => ArchiveStatus | Promise<ArchiveStatus>, ok: (s: ArchiveStatus) => boolean): Promise<ArchiveStatus> {
  for (let i = 0; i < 600; i++) {
    const s = await fn();
    if (ok(s)) return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out');
}

describe('archive catch-up through the services', () => {
  it('runs in the background with progress, stops, resumes where it stopped, and then answers from every story', async () => {
    const made = storeWith(3_000);
    store = made.store;
    const api = createServices(store, { archiveWorkers: { script: WORKER, size: 2 } });
    expect(await api['archive.status']({})).toMatchObject({ state: 'idle', pending: 3_000 });

    // the first query starts the catch-up and answers at once from the (still partial) index
    await api['findings.archive']({ paragraphs: [made.text(2_999)] });
    const moving = await until(() => api['archive.status']({}), (s) => s.state === 'catching-up' && s.done > 0);
    expect(moving.total).toBe(3_000);
    expect(moving.etaMs).not.toBeNull();

    const stopped = await api['archive.stop']({});
    expect(stopped.state).toBe('stopped');
    expect(stopped.done).toBeLessThan(3_000);
    expect(stopped.pending).toBe(3_000 - stopped.done);
    // stopped: queries do not restart it
    await api['findings.archive']({ paragraphs: [made.text(5)] });
    expect((await api['archive.status']({})).state).toBe('stopped');

    await api['archive.catchUp']({});
    const resumed = await until(() => api['archive.status']({}), (s) => s.state === 'idle');
    expect(resumed).toMatchObject({ pending: 0, done: stopped.pending, total: stopped.pending });
    expect(store.archive.stats().stories).toBe(3_000);
    const found = await api['findings.archive']({ paragraphs: [made.text(2_999)] });
    expect(found[0]!.related[0]).toMatchObject({ article: 's2999', paragraph: 1 });
  });

  it("the launch's delayed start leaves a pause alone (a query started the catch-up first, the user paused it)", async () => {
    const made = storeWith(3_000);
    store = made.store;
    const options = { archiveWorkers: { script: WORKER, size: 2 } };
    const ctx = createContext(store, options);
    const api = createServices(store, options, ctx);
    await api['findings.archive']({ paragraphs: [made.text(1)] });
    await until(() => api['archive.status']({}), (s) => s.state === 'catching-up' && s.done > 0);
    const paused = await api['archive.stop']({});
    expect(paused.state).toBe('stopped');

    startArchiveCatchUpAtLaunch(ctx);
    expect(await api['archive.status']({})).toMatchObject({ state: 'stopped', pending: paused.pending });
  });

  it("the launch's delayed start catches up when nothing is paused", async () => {
    const made = storeWith(800);
    store = made.store;
    const options = { archiveWorkers: { script: WORKER, size: 2 } };
    const ctx = createContext(store, options);
    const api = createServices(store, options, ctx);
    startArchiveCatchUpAtLaunch(ctx);
    expect((await api['archive.status']({})).state).toBe('catching-up');
    expect(await until(() => api['archive.status']({}), (s) => s.state === 'idle')).toMatchObject({ pending: 0 });
  });

  it('a small catch-up still runs before the first answer (no partial answer)', async () => {
    const made = storeWith(40);
    store = made.store;
    const api = createServices(store);
    const found = await api['findings.archive']({ paragraphs: [made.text(39)] });
    expect(found[0]!.related[0]).toMatchObject({ article: 's39' });
    expect(await api['archive.status']({})).toMatchObject({ state: 'idle', pending: 0 });
  });
});
