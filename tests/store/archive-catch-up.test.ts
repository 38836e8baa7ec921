/**
 * The archive catch-up (#18, main/store/archive-catch-up.ts): worker threads give the same index
 * as the in-thread path; progress counts up to the total with a time estimate; a stop leaves the
 * rest pending and the next run goes on from there, ending with the index a single run builds.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { catchUpArchive, progressLine, type CatchUpProgress } from '../../main/store/archive-catch-up.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { rng } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';

const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/store/archive-worker-tsx.mjs');

const VOCAB = 'pemerintah kota anggaran sekolah rumah sakit warga jalan banjir harga beras pasar presiden menteri rapat kebijakan pajak bank bunga inflasi listrik air minum polisi kasus sidang hakim saksi laporan data survei pemilu partai calon suara kampanye'.split(' ');

/** n stories of 6 paragraphs of 20 pseudo-random words: different enough to index apart */
function stories(n: number, seed = 1): Array<{ id: string; headline: string; paragraphs: string[] }> {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `story-${String(i).padStart(5, '0')}`,
    headline: `Berita ${i}`,
    paragraphs: Array.from({ length: 6 }, () => Array.from({ length: 20 }, () => VOCAB[Math.floor(r() * VOCAB.length)]).join(' ') + '.'),
  }));
}

let open: Store[] = [];
afterEach(() => {
  for (const s of open) s.close();
  open = [];
});

function storeWith(list: ReturnType<typeof stories>): Store {
  const store = openStore(tempDir());
  open.push(store);
  const ins = store.db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')");
  store.db.transaction(() => {
    for (const s of list) ins.run(s.id, s.headline, JSON.stringify(docFromParagraphs(s.paragraphs)));
  })();
  return store;
}

/** the index's content independent of the order stories were written in */
function contents(store: Store): string[] {
  return (store.db.prepare('SELECT story_id, label, hex(slots) AS s FROM archive_stories ORDER BY story_id').all() as Array<{ story_id: string; label: string; s: string }>).map((r) => `${r.story_id} ${r.label} ${r.s}`);
}

function keyCount(store: Store): number {
  return store.db.prepare('SELECT count(*) FROM archive_keys').pluck().get() as number;
}

describe('archive catch-up', () => {
  const list = stories(600);

  it('on worker threads builds the same index as in-thread, reporting progress up to the total', async () => {
    const a = storeWith(list);
    const seen: CatchUpProgress[] = [];
    const r = await catchUpArchive(a.db, a.file, a.archive, { workers: { script: WORKER, size: 2 }, chunk: 50, writeBatch: 100, onProgress: (p) => seen.push(p) });
    expect(r).toMatchObject({ done: 600, total: 600, indexed: 600, removed: 0, stopped: false });
    expect(seen.map((p) => p.done)).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600]); // one report per chunk
    expect(seen.every((p) => p.etaMs !== null && p.etaMs >= 0)).toBe(true);
    expect(seen.at(-1)!.etaMs).toBe(0);
    expect(progressLine(seen[5]!)).toMatch(/^300\/600 stories \(50\.0%\), \d+s left$/);

    const b = storeWith(list);
    await catchUpArchive(b.db, b.file, b.archive);
    expect(contents(a)).toEqual(contents(b));
    expect(keyCount(a)).toBe(keyCount(b));
    expect(a.archive.pendingCount()).toBe(0);
    // transactions growing with the index (the CLI) write the same index
    const c = storeWith(list);
    const grown = await catchUpArchive(c.db, c.file, c.archive, { workers: { script: WORKER, size: 2 }, chunk: 50, writeBatch: 60, growBatches: true });
    expect(grown).toMatchObject({ done: 600, indexed: 600, stopped: false });
    expect(contents(c)).toEqual(contents(b));
    expect(keyCount(c)).toBe(keyCount(b));
    // and it answers: a paragraph of story 123 is found there
    expect(a.archive.matches([list[123]!.paragraphs[2]!])[0]).toMatchObject({ storyId: 'story-00123', otherParagraph: 2, exact: true });
  });

  it('stops after the chunks in flight, leaves the rest pending, and the next run goes on to the same index', async () => {
    const a = storeWith(list);
    const stop = new AbortController();
    const first = await catchUpArchive(a.db, a.file, a.archive, { chunk: 50, writeBatch: 100, signal: stop.signal, onProgress: (p) => p.done >= 200 && stop.abort() });
    expect(first.stopped).toBe(true);
    expect(first.done).toBeGreaterThanOrEqual(200);
    expect(first.done).toBeLessThan(600);
    expect(a.archive.pendingCount()).toBe(600 - first.done);
    expect(a.archive.stats().stories).toBe(first.done);

    // a draft edited while stopped is indexed at its new text by the resumed run
    const edited = ['Paragraf baru yang sama sekali berbeda dari teks lama cerita ini, ditulis ulang oleh redaktur pada sore hari.'];
    a.db.prepare("UPDATE drafts SET body = ?, updated_at = '2026-01-02' WHERE id = 'story-00001'").run(JSON.stringify(docFromParagraphs(edited)));

    const second = await catchUpArchive(a.db, a.file, a.archive, { workers: { script: WORKER, size: 2 }, chunk: 50, writeBatch: 100 });
    expect(second.stopped).toBe(false);
    expect(second.total).toBe(600 - first.done + (first.done > 1 ? 1 : 0));
    expect(a.archive.pendingCount()).toBe(0);

    const b = storeWith(list);
    b.db.prepare("UPDATE drafts SET body = ?, updated_at = '2026-01-02' WHERE id = 'story-00001'").run(JSON.stringify(docFromParagraphs(edited)));
    await catchUpArchive(b.db, b.file, b.archive);
    expect(contents(a)).toEqual(contents(b));
    expect(keyCount(a)).toBe(keyCount(b));
    expect(a.archive.matches([edited[0]!])[0]).toMatchObject({ storyId: 'story-00001', exact: true });
    expect(a.archive.matches([list[1]!.paragraphs[0]!])).toEqual([]);
  });

  it('workers that cannot start leave the work to this thread, nothing lost', async () => {
    const a = storeWith(list.slice(0, 120));
    const r = await catchUpArchive(a.db, a.file, a.archive, { workers: { script: path.join(path.dirname(WORKER), 'no-such-worker.mjs'), size: 1 }, chunk: 50 });
    expect(r).toMatchObject({ done: 120, indexed: 120, stopped: false });
    expect(a.archive.pendingCount()).toBe(0);
    expect(a.archive.matches([list[99]!.paragraphs[3]!])[0]).toMatchObject({ storyId: 'story-00099', exact: true });
  });

  it('a draft trashed while pending is removed, not indexed', async () => {
    const a = storeWith(list.slice(0, 50));
    await catchUpArchive(a.db, a.file, a.archive);
    a.db.prepare("UPDATE drafts SET trashed_at = '2026-01-03' WHERE id = 'story-00007'").run();
    const r = await catchUpArchive(a.db, a.file, a.archive, { workers: { script: WORKER, size: 1 } });
    expect(r).toMatchObject({ total: 1, removed: 1, indexed: 0 });
    expect(a.archive.matches([list[7]!.paragraphs[0]!])).toEqual([]);
    expect(a.archive.stats().stories).toBe(49);
  });
});
