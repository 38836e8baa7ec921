/**
 * Autosaves written as edits of the body last written whole (main/store/body-edits.ts,
 * migration 020, #17). Whatever the store wrote, every reader must see the story as saved: the
 * editor reopening it, search, revisions kept by reference, the archive, the hub outbox, another
 * connection; and a save must never apply an edit to a base it has not seen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { openDatabase } from '../../main/store/database.js';
import { DraftsRepo } from '../../main/store/drafts-repo.js';
import type { Services } from '../../shared/api/contract.js';
import { countWords, docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { LexicalJson } from '../../shared/model/draft.js';
import { tempDir } from '../helpers/tmp.js';

let dir: string;
let store: Store;
let api: Services;
let clock: number;

beforeEach(() => {
  dir = tempDir();
  store = openStore(dir);
  clock = Date.parse('2026-12-05T03:00:00Z');
  // saves a second apart: no interval revision unless a test moves the clock
  api = createServices(store, { now: () => new Date((clock += 1000)) });
});
afterEach(() => store.close());

const pendingEdit = (id: string) => store.db.prepare<[string], string>('SELECT edit FROM draft_edits WHERE draft_id = ?').pluck().get(id);
const longStory = (n: number) => Array.from({ length: n }, (_, i) => `Paragraf ${i} tentang banjir di Kampung Melayu, air naik ${i} sentimeter.`);

async function saveAll(id: string, version: number, bodies: LexicalJson[]): Promise<number> {
  for (const body of bodies) version = (await api['drafts.save']({ id, baseVersion: version, body })).version;
  return version;
}

describe('autosave as an edit', () => {
  it('writes only the changed blocks, and the story reads back exactly as saved, with its counts', async () => {
    const paragraphs = longStory(120);
    const d = await api['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(paragraphs) });
    // the first save of a story in this connection writes it whole: the edits are computed against that
    const version = await saveAll(d.id, d.version, [docFromParagraphs(paragraphs)]);
    expect(pendingEdit(d.id)).toBeUndefined();
    paragraphs[60] = 'Paragraf enam puluh diubah: air surut pagi ini.';
    const body = docFromParagraphs(paragraphs);
    await api['drafts.save']({ id: d.id, baseVersion: version, body });
    const edit = JSON.parse(pendingEdit(d.id)!);
    expect(edit).toMatchObject({ at: 60, drop: 1 });
    expect(edit.children).toHaveLength(1);
    const got = await api['drafts.get']({ id: d.id });
    expect(got.body).toEqual(body);
    expect(got.plainText).toBe(paragraphs.join('\n\n'));
    expect(got.wordCount).toBe(countWords(paragraphs.join('\n\n')));
    expect(got.paragraphs).toBe(120);
  });

  it('any sequence of saves (typing, pasting, deleting, formatting) reads back as the last one, in this connection and a new one', async () => {
    const block = fc.oneof(
      fc.constantFrom('Air naik.', 'Warga mengungsi.', '', 'Harga Rp 1.500 per kilo.').map((t) => docFromParagraphs([t]).root.children![0]!),
      fc.constantFrom('Judul', 'Sub').map((t) => ({ type: 'heading', tag: 'h2', version: 1, children: [{ type: 'text', text: t, format: 1, version: 1 }] })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.array(block, { maxLength: 2 }), fc.boolean()), { minLength: 1, maxLength: 12 }), async (steps) => {
        let children = docFromParagraphs(longStory(30)).root.children!;
        const d = await api['drafts.create']({ headline: 'Acak', body: { root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children } } as unknown as LexicalJson });
        let version = d.version;
        let last: LexicalJson | undefined;
        for (const [at, drop, put, big] of steps) {
          children = [...children];
          children.splice(at % (children.length + 1), drop, ...put);
          // now and then a paste large enough that the edit would be big: the body is written whole
          if (big) children.push(...docFromParagraphs(longStory(4).map((p) => p.repeat(20))).root.children!);
          last = { root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children } } as unknown as LexicalJson;
          version = (await api['drafts.save']({ id: d.id, baseVersion: version, body: last })).version;
          const got = await api['drafts.get']({ id: d.id });
          expect(got.body).toEqual(last);
          expect(got.wordCount).toBe(countWords(got.plainText));
          expect(got.plainText).toBe(paragraphsOf(last).join('\n\n'));
        }
        // another connection (the CLI, a worker) reads the same story
        const other = new DraftsRepo(openDatabase(store.file, { readonly: true }));
        expect(other.get(d.id)?.body).toEqual(last);
      }),
      { numRuns: 25 },
    );
  });

  it('writes the body whole once the edit would be large, and leaves no edit behind', async () => {
    const paragraphs = longStory(200);
    const d = await api['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(paragraphs) });
    // the first and the last paragraph changed: the edit would hold everything between
    paragraphs[0] = 'Awal baru.';
    paragraphs[199] = 'Akhir baru.';
    await api['drafts.save']({ id: d.id, baseVersion: d.version, body: docFromParagraphs(paragraphs) });
    expect(pendingEdit(d.id)).toBeUndefined();
    expect((await api['drafts.get']({ id: d.id })).plainText).toBe(paragraphs.join('\n\n'));
  });

  it('search, the archive, the hub outbox and a revision kept by reference see the edited story', async () => {
    const paragraphs = longStory(40);
    const d = await api['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(paragraphs) });
    let version = await saveAll(d.id, d.version, [docFromParagraphs(paragraphs)]);
    // an interval revision is due: it keeps a reference to the story as it is now
    clock += 11 * 60 * 1000;
    const before = [...paragraphs];
    paragraphs[10] = 'Paragraf sepuluh menyebut longsor di Bogor.';
    version = await saveAll(d.id, version, [docFromParagraphs(paragraphs)]);
    const revisions = await api['revisions.list']({ draftId: d.id });
    const interval = revisions.find((r) => r.reason === 'interval')!;
    expect((await api['revisions.get']({ id: interval.id })).plainText).toBe(paragraphs.join('\n\n'));
    // the next edit changes the story: the revision keeps what it had
    paragraphs[11] = 'Paragraf sebelas juga berubah.';
    await saveAll(d.id, version, [docFromParagraphs(paragraphs)]);
    expect(pendingEdit(d.id)).toBeDefined();
    expect((await api['revisions.get']({ id: interval.id })).plainText).toBe([...before.slice(0, 10), 'Paragraf sepuluh menyebut longsor di Bogor.', ...before.slice(11)].join('\n\n'));
    // search catches up with the edited text and forgets the words it replaced
    expect((await api['drafts.search']({ query: 'longsor Bogor' })).map((s) => s.id)).toEqual([d.id]);
    expect(await api['drafts.search']({ query: 'sebelas' })).toHaveLength(1);
    expect(store.db.prepare("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)").run()).toBeDefined();
    // the archive reads the story's current body, and the hub outbox has it to send
    const archived = store.db.prepare<[string], string>(`SELECT draft_body(body, packed, (SELECT edit FROM draft_edits WHERE draft_id = drafts.id)) FROM drafts WHERE id = ?`).pluck().get(d.id)!;
    expect(paragraphsOf(JSON.parse(archived))).toEqual(paragraphs);
    expect(store.db.prepare("SELECT count(*) FROM hub_outbox WHERE draft_id = ?").pluck().get(d.id)).toBe(1);
    expect(store.db.prepare("SELECT count(*) FROM archive_pending WHERE story_id = ?").pluck().get(d.id)).toBe(1);
  });

  /** another connection (the CLI) replaces paragraph `i` of the story */
  function otherConnectionWrites(id: string, paragraphs: string[], i: number) {
    const db = openDatabase(store.file);
    const theirs = paragraphs.map((p, k) => (k === i ? 'Paragraf ini ditulis ulang lewat CLI.' : p));
    new DraftsRepo(db).update(id, { body: docFromParagraphs(theirs), plainText: theirs.join('\n\n') }, '2026-12-05T04:00:00Z');
    db.close();
  }

  it('a story written by another connection meanwhile is written whole, never patched onto a base this one has not seen', async () => {
    const paragraphs = longStory(40);
    const d = await api['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(paragraphs) });
    paragraphs[3] += ' Tambahan.';
    await saveAll(d.id, d.version, [docFromParagraphs(paragraphs)]);
    otherConnectionWrites(d.id, paragraphs, 30);
    // this window overwrites (a save without a base version): its text, not theirs plus its edit
    paragraphs[5] += ' Kata.';
    await api['drafts.save']({ id: d.id, body: docFromParagraphs(paragraphs) });
    expect((await api['drafts.get']({ id: d.id })).plainText).toBe(paragraphs.join('\n\n'));
  });

  it('a save that rolls back leaves nothing noted, even when another connection then brings the row to the version it would have had', async () => {
    const paragraphs = longStory(40);
    const d = await api['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(paragraphs) });
    const rolledBack = [...paragraphs];
    rolledBack[7] = 'Diubah sekali.';
    expect(() =>
      store.tx(() => {
        store.drafts.update(d.id, { body: docFromParagraphs(rolledBack), plainText: rolledBack.join('\n\n') }, '2026-12-05T04:00:00Z');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    otherConnectionWrites(d.id, paragraphs, 30);
    rolledBack[8] = 'Diubah dua kali.';
    await api['drafts.save']({ id: d.id, body: docFromParagraphs(rolledBack) });
    expect((await api['drafts.get']({ id: d.id })).plainText).toBe(rolledBack.join('\n\n'));
  });

  it('a caller in this process that changes its document after saving it is saved right (the base is a copy)', async () => {
    const d = await api['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(longStory(20)) });
    const body = docFromParagraphs(longStory(20));
    let version = await saveAll(d.id, d.version, [body]);
    for (const k of [3, 4]) {
      (body.root.children![k]!.children![0] as { text: string }).text = `Diubah di tempat ${k}.`;
      version = await saveAll(d.id, version, [body]);
      expect(paragraphsOf((await api['drafts.get']({ id: d.id })).body)[k]).toBe(`Diubah di tempat ${k}.`);
    }
  });

  it("a deleted story's edit goes with it", async () => {
    const paragraphs = longStory(20);
    const d = await api['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(paragraphs) });
    const first = docFromParagraphs(paragraphs);
    paragraphs[2] = 'Diubah.';
    await saveAll(d.id, d.version, [first, docFromParagraphs(paragraphs)]);
    expect(pendingEdit(d.id)).toBeDefined();
    store.db.prepare('DELETE FROM drafts WHERE id = ?').run(d.id);
    expect(store.db.prepare('SELECT count(*) FROM draft_edits').pluck().get()).toBe(0);
  });
});
