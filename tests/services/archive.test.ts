import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices, type ServiceOptions } from '../../main/services/index.js';
import type { Services } from '../../shared/api/contract.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { tempDir } from '../helpers/tmp.js';

const P = 'Penghargaan diserahkan Kepala Kantor Perwakilan Ombudsman Banten Fadli Afriadi dan diterima Wali Kota Tangsel Benyamin Davnie di Pendopo Gubernur Banten.';
const OTHER = 'Harga cabai rawit di pasar tradisional Serang melonjak dua kali lipat menjelang akhir tahun, menurut pedagang setempat.';

const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../main/store/archive-worker-tsx.mjs');

// every behaviour holds with queries in-thread (CLI, tests) and on worker threads (the app);
// a worker script that cannot load must fall back to in-thread answers, not lose them
describe.each([
  ['in-thread', {}],
  ['on worker threads', { archiveWorkers: { script: WORKER, size: 2 } }],
  ['with broken workers (falls back in-thread)', { archiveWorkers: { script: path.join(path.dirname(WORKER), 'no-such-worker.mjs'), size: 1 } }],
] as Array<[string, ServiceOptions]>)('archive queries %s', (_mode, options) => {
  let dir: string;
  let store: Store;
  let api: Services;
  beforeEach(() => {
    dir = tempDir();
    store = openStore(dir);
    api = createServices(store, options);
  });
  afterEach(() => store.close());

  describe('archive duplicates through the services', () => {
    it('names the earlier story and paragraph; follows edits, trash and restore', async () => {
      const a = await api['drafts.create']({ headline: 'Tangsel raih penghargaan', body: docFromParagraphs([OTHER, P]) });
      const b = await api['drafts.create']({ headline: 'Draft baru', body: docFromParagraphs(['Pembuka yang berbeda sama sekali dari berita lain di arsip.', P]) });
      let found = await api['findings.archive']({ draftId: b.id, paragraphs: ['Pembuka yang berbeda sama sekali dari berita lain di arsip.', P] });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'archive-duplicate', paragraph: 1 });
      expect(found[0]!.related[0]).toMatchObject({ article: a.id, paragraph: 1, label: 'Tangsel raih penghargaan' });
      // the story being edited never matches itself
      expect(await api['findings.archive']({ draftId: a.id, paragraphs: [OTHER] })).toEqual([]);
      // A's text changes: the archive follows
      await api['drafts.save']({ id: a.id, body: docFromParagraphs([OTHER]) });
      expect(await api['findings.archive']({ draftId: b.id, paragraphs: [P] })).toEqual([]);
      await api['drafts.save']({ id: a.id, body: docFromParagraphs([OTHER, P]) });
      expect(await api['findings.archive']({ draftId: b.id, paragraphs: [P] })).toHaveLength(1);
      await api['drafts.trash']({ id: a.id });
      expect(await api['findings.archive']({ draftId: b.id, paragraphs: [P] })).toEqual([]);
      await api['drafts.restore']({ id: a.id });
      found = await api['findings.check']({ id: b.id });
      expect(found.filter((f) => f.rule === 'archive-duplicate').map((f) => f.related[0]?.article)).toEqual([a.id]);
    });

    it('runs backwards only: a story is warned about earlier stories, never about a later copy of itself (#14)', async () => {
      const original = await api['drafts.create']({ headline: 'Tangsel raih penghargaan', body: docFromParagraphs([OTHER, P]) });
      const copy = await api['drafts.create']({ headline: 'Salinan', body: docFromParagraphs(['Pembuka lain sama sekali, tidak ada di arsip mana pun.', P]) });
      // the later copy is warned, naming the original with its date and status
      const onCopy = await api['findings.archive']({ draftId: copy.id, paragraphs: ['Pembuka lain sama sekali, tidak ada di arsip mana pun.', P] });
      expect(onCopy.map((f) => f.related[0])).toEqual([expect.objectContaining({ article: original.id, label: 'Tangsel raih penghargaan', status: 'draft', date: original.createdAt })]);
      // the original never gains a warning because a later draft copied it
      expect(await api['findings.archive']({ draftId: original.id, paragraphs: [OTHER, P] })).toEqual([]);
      expect((await api['findings.check']({ id: original.id })).filter((f) => f.rule === 'archive-duplicate')).toEqual([]);
    });

    it('an approved story precedes every draft: its copy is warned even if started first, it is never warned about the draft', async () => {
      // the draft was started first (empty), the story was written and approved, then the draft copied it
      const early = await api['drafts.create']({ headline: 'Draf awal', body: docFromParagraphs(['Belum ada isi.']) });
      const approved = await api['drafts.create']({ headline: 'Berita disetujui', body: docFromParagraphs([P]) });
      for (const status of ['submitted', 'in-review', 'approved'] as const) await api['drafts.setStatus']({ id: approved.id, status });
      await api['drafts.save']({ id: early.id, body: docFromParagraphs(['Belum ada isi.', P]) });
      expect((await api['findings.archive']({ draftId: approved.id, paragraphs: [P] }))).toEqual([]);
      const onEarly = await api['findings.archive']({ draftId: early.id, paragraphs: ['Belum ada isi.', P] });
      expect(onEarly.map((f) => f.related[0]?.article)).toEqual([approved.id]);
      expect(onEarly[0]!.related[0]!.status).toBe('approved');
    });

    it('the earlier story is found even when more later copies than the candidates read (64) resemble the text more closely', async () => {
      const edited = P.replace('diserahkan', 'diberikan').replace('di Pendopo', 'di aula Pendopo');
      const original = await api['drafts.create']({ headline: 'Asli', body: docFromParagraphs([P]) });
      const mine = await api['drafts.create']({ headline: 'Diperiksa', body: docFromParagraphs([edited]) });
      // 70 later stories hold the checked text word for word: closer than the original, and not
      // before the checked story, so passed over without taking the original's place
      for (let i = 0; i < 70; i++) await api['drafts.create']({ headline: `Salinan ${i}`, body: docFromParagraphs([edited]) });
      const found = await api['findings.archive']({ draftId: mine.id, paragraphs: [edited] });
      expect(found.map((f) => f.related.map((r) => r.article))).toEqual([[original.id]]);
    });

    it('a workflow step reorders at once: cached answers do not outlive an approval', async () => {
      const first = await api['drafts.create']({ headline: 'Pertama', body: docFromParagraphs([P]) });
      const second = await api['drafts.create']({ headline: 'Kedua', body: docFromParagraphs([P]) });
      expect((await api['findings.archive']({ draftId: second.id, paragraphs: [P] })).map((f) => f.related[0]?.article)).toEqual([first.id]);
      expect(await api['findings.archive']({ draftId: first.id, paragraphs: [P] })).toEqual([]);
      // the later story is approved first: it now precedes the unapproved one
      for (const status of ['submitted', 'in-review', 'approved'] as const) await api['drafts.setStatus']({ id: second.id, status });
      expect((await api['findings.archive']({ draftId: first.id, paragraphs: [P] })).map((f) => f.related[0]?.article)).toEqual([second.id]);
      expect(await api['findings.archive']({ draftId: second.id, paragraphs: [P] })).toEqual([]);
    });

    it('names a story without a headline by its first words, never "?"', async () => {
      const untitled = await api['drafts.create']({ headline: '', body: docFromParagraphs([OTHER, P]) });
      const later = await api['drafts.create']({ headline: 'B', body: docFromParagraphs([P]) });
      for (const ui of ['en', 'id'] as const) {
        await api['settings.set']({ uiLanguage: ui });
        const found = await api['findings.archive']({ draftId: later.id, paragraphs: [P] });
        expect(found[0]!.related[0]).toMatchObject({ article: untitled.id, label: 'Harga cabai rawit di pasar tradisional Serang melonjak…' });
        expect(found[0]!.message).toContain('“Harga cabai rawit');
        expect(found[0]!.message).not.toContain('?');
      }
    });

    it('catches up with stories saved by another process (index synced at first query)', async () => {
      const a = await api['drafts.create']({ headline: 'A', body: docFromParagraphs([P]) });
      store.close();
      store = openStore(dir);
      api = createServices(store, options);
      const found = await api['findings.archive']({ paragraphs: [P] });
      expect(found.map((f) => f.related[0]?.article)).toEqual([a.id]);
    });
  });

  describe('archive queries stay out of the way', () => {
    it('a long first query yields: a save issued meanwhile completes before the query, and a repeat query is answered from cache', async () => {
      const seed = Array.from({ length: 30 }, (_, i) => `${P} Bagian ${i} dari laporan yang panjang tentang pelayanan publik di Banten.`);
      await api['drafts.create']({ headline: 'Arsip', body: docFromParagraphs(seed) });
      const mine = await api['drafts.create']({ headline: 'Baru', body: docFromParagraphs(['x']) });
      const paragraphs = Array.from({ length: 1200 }, (_, i) => `${seed[i % seed.length]} [${i}]`);
      const order: string[] = [];
      const query = Promise.resolve(api['findings.archive']({ draftId: mine.id, paragraphs })).then((f) => {
        order.push('query');
        return f;
      });
      await new Promise((r) => setImmediate(r));
      await Promise.resolve(api['drafts.save']({ id: mine.id, headline: 'Baru sekali' })).then(() => order.push('save'));
      const found = await query;
      expect(order).toEqual(['save', 'query']);
      expect(found.length).toBe(1200);
      const t0 = performance.now();
      const again = await api['findings.archive']({ draftId: mine.id, paragraphs });
      expect(again.map((f) => f.fingerprint)).toEqual(found.map((f) => f.fingerprint));
      expect(performance.now() - t0).toBeLessThan(1000);
    });
  });
});
