/**
 * #20: every statement on a hot path (import, save, rename, list, search, open, check, archive
 * sync) uses an index at any size. The statements are not listed by hand: they are recorded
 * while the paths run against a store of realistic shape (stories with revisions, history and an
 * archive index), so a new query is covered the day it is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { main as cli } from '../../main/cli/index.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { fullScans, recordStatements } from '../helpers/query-plan.js';
import { tempDir } from '../helpers/tmp.js';
import { removeSession, writeSession } from '../../main/newsroom/session-file.js';

const STORIES = 400;
const WORDS = ['pemerintah', 'kota', 'banjir', 'warga', 'harga', 'beras', 'naik', 'jalan', 'rumah', 'sakit', 'polisi', 'sekolah', 'anggaran', 'desa', 'listrik', 'air'];

/** deterministic paragraphs, different per story so the archive index has real bands */
function paragraphs(story: number): string[] {
  let x = story * 7919 + 1;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: 10 }, () => Array.from({ length: 30 }, () => WORDS[next() % WORDS.length]).join(' ') + '.');
}

const quiet = { stdout: () => {}, stderr: () => {} };

describe('query plans on the hot paths', () => {
  it('no hot-path statement reads a whole large table', async () => {
    const dir = tempDir();
    const files = path.join(tempDir(), 'in');
    fs.mkdirSync(files);
    // the shape: stories with an import revision, edits, a status move, an indexed archive
    {
      const store = openStore(dir);
      const api = createServices(store);
      for (let i = 0; i < STORIES; i++) {
        const d = await api['drafts.create']({ headline: `Berita ${i % 50}`, body: docFromParagraphs(paragraphs(i)) });
        if (i % 4 === 0) await api['drafts.save']({ id: d.id, body: docFromParagraphs([...paragraphs(i), 'tambahan']) });
        if (i % 10 === 0) await api['drafts.setStatus']({ id: d.id, status: 'submitted' });
      }
      store.archive.syncDrafts();
      store.close();
    }
    fs.writeFileSync(path.join(files, 'a.txt'), ['Berita 7', ...paragraphs(9999)].join('\n'));

    const recorded = await recordStatements(async () => {
      // import and check, the CLI's way
      expect(await cli(['import', files, '--data-dir', dir, '--json'], quiet)).toBe(0);
      const store = openStore(dir);
      const api = createServices(store);
      const [first] = await api['drafts.list']({});
      for (const sort of ['updated', 'created', 'headline', 'status', 'words'] as const) await api['drafts.list']({ sort });
      await api['drafts.search']({ query: 'banjir warga' });
      const d = await api['drafts.get']({ id: first!.id });
      await api['drafts.save']({ id: d.id, body: docFromParagraphs([...paragraphs(1), 'baru']), baseVersion: d.version });
      await api['drafts.rename']({ id: d.id, headline: 'Berita 3' });
      await api['drafts.save']({ id: d.id, slug: 'berita-khusus' });
      await api['revisions.list']({ draftId: d.id });
      await api['drafts.history']({ id: d.id });
      await api['findings.check']({ id: d.id });
      const thread = await api['comments.add']({ draftId: d.id, id: '6f1d3c2a-1b2c-4d5e-8f90-123456789abc', text: 'sumber?', quote: 'banjir' });
      await api['comments.reply']({ threadId: thread.id, text: 'dari BPBD, tanya @Dewi Lestari', mentions: ['Dewi Lestari'] });
      await api['comments.waiting']({ name: 'Dewi Lestari' });
      await api['comments.resolve']({ threadId: thread.id, resolved: true });
      await api['comments.list']({ draftId: d.id });
      // the desk's owners of the stories it shows (newsroom hub), and its scopes while signed in
      await api['newsroom.desk']({ ids: [d.id, first!.id] });
      for (const role of ['editor', 'reporter'] as const) {
        writeSession(dir, { hubUrl: 'http://127.0.0.1:9', token: 'a-token-no-hub-is-asked-for', user: 'rina', role, expiresAt: '2099-01-01T00:00:00.000Z' });
        for (const scope of ['mine', 'waiting'] as const) await api['drafts.list']({ scope });
      }
      removeSession(dir);
      await api['export.check']({ id: d.id });
      await api['drafts.trash']({ id: d.id });
      await api['findings.archive']({ paragraphs: paragraphs(3) });
      // a short line: learned boilerplate counts the stories holding it
      await api['findings.archive']({ paragraphs: [...paragraphs(4), 'Simak berita lainnya di kanal kami'] });
      store.close();
      expect(await cli(['check', '--draft', first!.id, '--data-dir', dir, '--format', 'json'], quiet)).toBeLessThan(2);
    });

    const store = openStore(dir);
    try {
      expect(recorded.length).toBeGreaterThan(20);
      expect(fullScans(store.db, recorded)).toEqual([]);
    } finally {
      store.close();
    }
  }, 120_000);

  it('the check catches a statement known to scan (the slug query the partial index could not serve)', () => {
    const store = openStore(tempDir());
    try {
      const scanning = [{ sql: 'SELECT count(*) AS n FROM drafts WHERE slug = ? AND id <> ?', args: ['x', 'y'] }];
      expect(fullScans(store.db, scanning)).toEqual([{ sql: scanning[0]!.sql, detail: expect.stringMatching(/^SCAN drafts/) as unknown as string }]);
      const indexed = [{ sql: "SELECT count(*) AS n FROM drafts WHERE slug = ? AND slug <> '' AND id <> ?", args: ['x', 'y'] }];
      expect(fullScans(store.db, indexed)).toEqual([]);
    } finally {
      store.close();
    }
  });
});
