/**
 * Archive queries on worker threads (main/store/archive-pool.ts) give exactly the in-thread
 * answer, slices put back in paragraph order, and fail loudly (so the caller can fall back)
 * when a worker cannot start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../main/store/index.js';
import { ArchivePool } from '../../main/store/archive-pool.js';
import { loadCorpus } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';

const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/store/archive-worker-tsx.mjs');
const corpus = loadCorpus();

describe.skipIf(!corpus)('archive pool (needs ../shared/fixtures/corpus)', () => {
  let store: Store;
  let pool: ArchivePool;
  let query: string[];
  beforeAll(async () => {
    store = openStore(tempDir());
    const articles = [...corpus!.detik.slice(0, 300), ...corpus!.bbc.slice(0, 300)];
    store.archive.indexStories(articles.map((a) => ({ id: `${a.corpus}/${a.file}`, label: a.headline, paragraphs: a.paragraphs })));
    // a story of other articles' text with archive paragraphs lifted into it, some edited
    query = [...corpus!.detik.slice(400, 420), ...corpus!.bbc.slice(400, 420)].flatMap((a) => a.paragraphs);
    articles.slice(0, 60).forEach((a, k) => {
      const p = a.paragraphs[k % a.paragraphs.length]!;
      query.splice(k * 7, 0, k % 2 ? p.replace(/\b(the|yang)\b/, 'that') : p);
    });
    pool = new ArchivePool(store.file, { script: WORKER, size: 3 });
    await pool.ready();
  });
  afterAll(async () => {
    await pool?.close();
    store?.close();
  });

  it('gives the same matches as the in-thread query, in paragraph order, also excluding a story', async () => {
    const here = store.archive.matches(query);
    expect(here.length).toBeGreaterThan(40); // the lifted paragraphs are found
    expect(await pool.matches(query)).toEqual(here);
    const opts = { excludeId: `${corpus!.detik[0]!.corpus}/${corpus!.detik[0]!.file}`, maxRelated: 1 };
    expect(await pool.matches(query, opts)).toEqual(store.archive.matches(query, opts));
    expect(await pool.matches([])).toEqual([]);
  });

  it('sees stories indexed after the workers opened the store', async () => {
    const fresh = 'Sebuah paragraf yang sama sekali baru ditulis hari ini untuk menguji apakah pekerja arsip melihat cerita yang baru saja diindeks.';
    expect(await pool.matches([fresh])).toEqual([]);
    store.archive.indexStory('fresh-story', 'Fresh', [fresh]);
    expect((await pool.matches([fresh])).map((m) => m.storyId)).toEqual(['fresh-story']);
  });
});

describe('archive pool failures', () => {
  it('rejects (so the caller falls back) when the worker script cannot load', async () => {
    const store = openStore(tempDir());
    const pool = new ArchivePool(store.file, { script: path.join(path.dirname(WORKER), 'no-such-worker.mjs'), size: 1 });
    await expect(pool.matches(['Satu paragraf yang cukup panjang untuk diperiksa terhadap arsip cerita lain.'])).rejects.toThrow(/no-such-worker|Cannot find/);
    await expect(pool.matches(['lagi'])).rejects.toThrow(/no archive worker/);
    await pool.close();
    store.close();
  });
});
