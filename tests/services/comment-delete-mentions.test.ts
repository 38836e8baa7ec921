/**
 * Comment threads (issue 15), second part: deleting a thread or a reply (its author or an editor)
 * with undo, in the history; `@name` mentions stored per message; the "waiting for me" list of
 * stories with open threads that mention someone, in the services and `redaksi list --mentions`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import type { Services } from '../../shared/api/contract.js';
import type { LexicalJson, SerializedNode } from '../../shared/model/draft.js';
import { main as cli } from '../../main/cli/index.js';
import { tempDir } from '../helpers/tmp.js';
import { rejection } from '../helpers/rejection.js';

const T1 = '0b6e1f4e-6a53-4c1e-9a43-2f0d8c1a7e11';
const T2 = '5c2a9d7b-1f3e-4b8a-8c6d-9e0f1a2b3c44';
const R1 = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

const text = (t: string): SerializedNode => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const doc = (t: string): LexicalJson => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [text(t)], direction: null, format: '', indent: 0, version: 1 }], direction: null, format: '', indent: 0, version: 1 } });

let store: Store;
let api: Services;
let dir: string;
let clock = 0;

beforeEach(async () => {
  dir = tempDir();
  store = openStore(dir);
  clock = Date.parse('2026-03-01T08:00:00Z');
  api = createServices(store, { now: () => new Date((clock += 60_000)) });
  await as('Rina Reporter', 'reporter');
});
afterEach(() => store.close());

async function as(userName: string, role: 'reporter' | 'editor') {
  await api['settings.set']({ userName, role });
}

async function historyKinds(id: string): Promise<string[]> {
  return (await api['drafts.history']({ id })).map((h) => h.kind).filter((k) => k.includes('comment'));
}

describe('deleting comments', () => {
  it('the author deletes a thread with its replies, undo brings back exactly that, both in the history', async () => {
    const d = await api['drafts.create']({ headline: 'Banjir', body: doc('Air setinggi dua meter.') });
    await api['comments.add']({ draftId: d.id, id: T1, text: 'sumber?', quote: 'dua meter' });
    await api['comments.reply']({ threadId: T1, id: R1, text: 'BPBD' });
    await api['comments.add']({ draftId: d.id, id: T2, text: 'jam berapa?', quote: 'Air' });
    const gone = await api['comments.delete']({ id: T1 });
    expect(gone.thread).toBeNull();
    expect((await api['comments.list']({ draftId: d.id })).map((t) => t.id)).toEqual([T2]);
    const back = await api['comments.restore']({ id: T1, deletedAt: gone.deletedAt });
    expect(back).toMatchObject({ id: T1, text: 'sumber?', replies: [expect.objectContaining({ id: R1, text: 'BPBD' })] });
    expect((await api['comments.list']({ draftId: d.id })).map((t) => t.id)).toEqual([T1, T2]);
    expect(await historyKinds(d.id)).toEqual(['comment', 'comment', 'comment', 'delete-comment', 'restore-comment']);
    // a second undo of the same deletion finds nothing to bring back
    expect((await rejection(() => api['comments.restore']({ id: T1, deletedAt: gone.deletedAt }))).code).toBe('not-found');
  });

  it('a reply alone can be deleted; a reply deleted before its thread stays deleted when the thread comes back', async () => {
    const d = await api['drafts.create']({ headline: 'Banjir', body: doc('Air.') });
    await api['comments.add']({ draftId: d.id, id: T1, text: 'sumber?', quote: 'Air' });
    await api['comments.reply']({ threadId: T1, id: R1, text: 'salah ketik' });
    const r = await api['comments.delete']({ id: R1 });
    expect(r.thread).toMatchObject({ id: T1, replies: [] });
    const t = await api['comments.delete']({ id: T1 });
    const back = await api['comments.restore']({ id: T1, deletedAt: t.deletedAt });
    expect(back.replies).toEqual([]);
  });

  it('only the author or an editor deletes; the refusal changes nothing', async () => {
    const d = await api['drafts.create']({ headline: 'Banjir', body: doc('Air.') });
    await api['comments.add']({ draftId: d.id, id: T1, text: 'sumber?', quote: 'Air' });
    await as('Budi Reporter', 'reporter');
    const refused = await rejection(() => api['comments.delete']({ id: T1 }));
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toMatch(/Only Rina Reporter or an editor can delete this comment thread/);
    expect((await api['comments.list']({ draftId: d.id })).map((t) => t.id)).toEqual([T1]);
    await as('Dewi Editor', 'editor');
    // an editor moderates threads, but a reply is its author's to delete
    await as('Budi Reporter', 'reporter');
    await api['comments.reply']({ threadId: T1, id: R1, text: 'saya cek' });
    await as('Dewi Editor', 'editor');
    expect((await rejection(() => api['comments.delete']({ id: R1 }))).message).toMatch(/Only Budi Reporter can delete this reply/);
    await api['comments.delete']({ id: T1 });
    expect(await api['comments.list']({ draftId: d.id })).toEqual([]);
    expect((await rejection(() => api['comments.delete']({ id: T1 }))).code).toBe('not-found');
    // a deleted id is still taken: a new thread cannot reuse it
    expect((await rejection(() => api['comments.add']({ draftId: d.id, id: T1, text: 'lagi', quote: '' }))).code).toBe('conflict');
  });
});

describe('@mentions and "waiting for me"', () => {
  it('stores the people named, offers names seen here, and lists stories with open threads naming someone', async () => {
    const a = await api['drafts.create']({ headline: 'Banjir merendam Kemang', body: doc('Air.') });
    const b = await api['drafts.create']({ headline: 'Harga cabai naik', body: doc('Cabai.') });
    // Dewi is picked from the list; "@budi" typed by hand names no one known yet; an e-mail is no mention
    const t = await api['comments.add']({ draftId: a.id, id: T1, text: '@Dewi Lestari sumber? cc @budi, dewi@kompas.id', quote: 'Air', mentions: ['Dewi Lestari', 'Sari Picked But Removed'] });
    expect(t.mentions).toEqual(['Dewi Lestari']);
    expect(await api['comments.people']({})).toEqual(['Dewi Lestari']); // not me, and names seen in this store
    // once named in this story's threads, a name typed by hand in any case is a mention too
    const r = await api['comments.reply']({ threadId: T1, text: 'sudah saya tanya @dewi lestari.' });
    expect(r.replies[0]!.mentions).toEqual(['Dewi Lestari']);
    // in another story a name typed by hand names no one; picked from the list it does
    const unpicked = await api['comments.add']({ draftId: b.id, id: T2, text: 'angka dari @Dewi Lestari?', quote: 'Cabai' });
    expect(unpicked.mentions).toEqual([]);
    await api['comments.delete']({ id: T2 });
    await api['comments.add']({ draftId: b.id, id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', text: 'angka dari @Dewi Lestari?', quote: 'Cabai', mentions: ['Dewi Lestari'] });

    await as('Dewi Lestari', 'editor');
    const waiting = await api['comments.waiting']({});
    expect(waiting.map((w) => [w.headline, w.threads, w.latestBy])).toEqual([
      ['Harga cabai naik', 1, 'Rina Reporter'],
      ['Banjir merendam Kemang', 1, 'Rina Reporter'],
    ]);
    // resolved or deleted threads wait for nobody
    await api['comments.resolve']({ threadId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', resolved: true });
    await api['comments.delete']({ id: T1 });
    expect(await api['comments.waiting']({})).toEqual([]);
    expect(await api['comments.waiting']({ name: 'Rina Reporter' })).toEqual([]);
  });

  it('redaksi list --mentions NAME lists the stories waiting for NAME', async () => {
    const a = await api['drafts.create']({ headline: 'Banjir merendam Kemang', body: doc('Air.') });
    await api['comments.add']({ draftId: a.id, id: T1, text: '@Dewi Lestari sumber?', quote: 'Air', mentions: ['Dewi Lestari'] });
    store.close();
    let out = '';
    const io = { stdout: (s: string) => void (out += s), stderr: () => {} };
    expect(await cli(['list', '--mentions', 'dewi lestari', '--json', '--data-dir', dir], io)).toBe(0);
    expect(JSON.parse(out)).toEqual({ mentions: 'dewi lestari', stories: [expect.objectContaining({ draftId: a.id, headline: 'Banjir merendam Kemang', threads: 1 })] });
    out = '';
    expect(await cli(['list', '--mentions', 'Budi', '--data-dir', dir], io)).toBe(0);
    expect(out).toBe('No open comments mention Budi.\n');
    store = openStore(dir);
  });
});
