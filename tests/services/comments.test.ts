/**
 * Comment threads (issue 15) through the services: open, reply, resolve and reopen with the
 * workstation's user name and the clock, recorded in the story's history; bad input refused by
 * the contract; the words of comments, replies and private notes in no export target; an open
 * suggestion blocks export; `redaksi show --json` lists comments and suggestions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { contract, type Services } from '../../shared/api/contract.js';
import { NOTE_TYPE, SUGGESTION_TYPE } from '../../shared/model/lexical-doc.js';
import type { LexicalJson, SerializedNode } from '../../shared/model/draft.js';
import { main as cli } from '../../main/cli/index.js';
import { tempDir } from '../helpers/tmp.js';
import { rejection } from '../helpers/rejection.js';

const T1 = '0b6e1f4e-6a53-4c1e-9a43-2f0d8c1a7e11';
const T2 = '5c2a9d7b-1f3e-4b8a-8c6d-9e0f1a2b3c44';
const MARK = { comment: 'QQCOMMENT9183', reply: 'QQREPLY5521', note: 'QQNOTE7730' };

const text = (t: string): SerializedNode => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const el = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({ type, children, direction: null, format: '', indent: 0, version: 1, ...extra });
const mark = (ids: string[], t: string) => el('mark', [text(t)], { ids });
const doc = (...children: SerializedNode[]): LexicalJson => ({ root: el('root', children) });

let store: Store;
let api: Services;
let dir: string;
let clock = Date.parse('2026-03-01T08:00:00Z');

beforeEach(async () => {
  dir = tempDir();
  store = openStore(dir);
  clock = Date.parse('2026-03-01T08:00:00Z');
  api = createServices(store, { now: () => new Date((clock += 60_000)) });
  await api['settings.set']({ userName: 'Dewi Editor' });
});
afterEach(() => store.close());

async function story(body: LexicalJson, byline = 'Rina') {
  const d = await api['drafts.create']({ headline: 'Banjir merendam tiga kecamatan', body, meta: { byline } });
  for (const s of ['submitted', 'in-review', 'approved'] as const) await api['drafts.setStatus']({ id: d.id, status: s });
  return d;
}

describe('comment threads', () => {
  it('open, reply, resolve and reopen, with author, times and history', async () => {
    const d = await story(doc(el('paragraph', [text('Air setinggi '), mark([T1], 'dua meter'), text(' merendam rumah.')])));
    const t = await api['comments.add'](contract['comments.add'].input.parse({ draftId: d.id, id: T1, text: '  sumber? ', quote: 'dua meter' }));
    expect(t).toMatchObject({ id: T1, draftId: d.id, author: 'Dewi Editor', text: 'sumber?', quote: 'dua meter', resolved: false, replies: [] });
    await api['settings.set']({ userName: 'Rina Reporter' });
    const r = await api['comments.reply']({ threadId: T1, text: 'BPBD Jakarta, pukul 07.00' });
    expect(r.replies).toEqual([expect.objectContaining({ author: 'Rina Reporter', text: 'BPBD Jakarta, pukul 07.00' })]);
    expect(r.updatedAt > t.updatedAt).toBe(true); // a reply makes the thread newer (what a sync keys on)
    const resolved = await api['comments.resolve']({ threadId: T1, resolved: true });
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'Rina Reporter' });
    const reopened = await api['comments.resolve']({ threadId: T1, resolved: false });
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    expect((await api['comments.list']({ draftId: d.id })).map((x) => x.id)).toEqual([T1]);
    const kinds = (await api['drafts.history']({ id: d.id })).map((h) => h.kind);
    expect(kinds.filter((k) => k.includes('comment'))).toEqual(['comment', 'comment', 'resolve-comment', 'reopen-comment']);
  });

  it('refuses bad input with a clear error and keeps what was there', async () => {
    const d = await story(doc(el('paragraph', [text('Teks.')])));
    expect(contract['comments.add'].input.safeParse({ draftId: d.id, id: 'not-a-uuid', text: 'x', quote: '' }).success).toBe(false);
    expect(contract['comments.add'].input.safeParse({ draftId: d.id, id: T1, text: '   ', quote: '' }).success).toBe(false);
    await api['comments.add']({ draftId: d.id, id: T1, text: 'satu', quote: '' });
    expect((await rejection(() => api['comments.add']({ draftId: d.id, id: T1, text: 'dua', quote: '' }))).code).toBe('conflict');
    expect((await rejection(() => api['comments.reply']({ threadId: T2, text: 'ke mana?' }))).code).toBe('not-found');
    expect((await rejection(() => api['comments.add']({ draftId: 'no-such-story', id: T2, text: 'x', quote: '' }))).code).toBe('not-found');
    expect((await api['comments.list']({ draftId: d.id })).map((t) => t.text)).toEqual(['satu']);
  });

  it('unresolved threads and notes are pre-publish warnings; an open suggestion blocks even a forced export', async () => {
    const d = await story(doc(el('paragraph', [text('Air setinggi '), mark([T1], 'dua meter'), text('.')]), el(NOTE_TYPE, [text('cek')])));
    await api['comments.add']({ draftId: d.id, id: T1, text: 'sumber?', quote: 'dua meter' });
    const check = await api['export.check']({ id: d.id });
    expect(check.blocking).toEqual([]);
    expect(check.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['unresolved-comment', 'private-note']));
    await api['comments.resolve']({ threadId: T1, resolved: true });
    expect((await api['export.check']({ id: d.id })).warnings.map((w) => w.code)).not.toContain('unresolved-comment');

    const s = await story(doc(el('paragraph', [text('Korban '), el(SUGGESTION_TYPE, [text('tiga')], { kind: 'insert', sid: 's1', author: 'Dewi', at: '2026-03-01T08:00:00Z' }), text(' orang.')])));
    const blocked = await rejection(() => api['export.run']({ id: s.id, target: 'html', force: true }));
    expect(blocked.code).toBe('blocked');
    expect(blocked.message).toMatch(/suggested edit/);
    expect(await api['export.list']({ id: s.id })).toEqual([]);
  });
});

describe('what never leaves Redaksi', () => {
  it('a marker in a comment, a reply and a note appears in no export target', async () => {
    const body = doc(
      el('paragraph', [text('Air setinggi '), mark([T1], 'dua meter'), text(' merendam rumah warga di tiga kecamatan.')]),
      el(NOTE_TYPE, [text(`telepon humas ${MARK.note}`)]),
      el('paragraph', [text('Petugas mengevakuasi 120 warga ke masjid terdekat.')]),
    );
    const d = await story(body);
    await api['comments.add']({ draftId: d.id, id: T1, text: `sumber? ${MARK.comment}`, quote: 'dua meter' });
    await api['comments.reply']({ threadId: T1, text: `BPBD ${MARK.reply}` });
    const seen: string[] = [];
    for (const target of ['html', 'md', 'txt', 'docx', 'ninjs', 'ninjs1', 'newsml'] as const) {
      const out = await api['export.run']({ id: d.id, target, force: true });
      let content = out.text ?? '';
      if (out.base64) {
        const zip = await JSZip.loadAsync(Buffer.from(out.base64, 'base64'));
        content = (await Promise.all(Object.values(zip.files).map((f) => f.async('string')))).join('\n');
      }
      expect(content).toContain('mengevakuasi 120 warga');
      seen.push(content);
    }
    for (const target of ['wordpress', 'ghost'] as const) {
      const out = await api['export.preview']({ id: d.id, target });
      expect(out.text).toContain('mengevakuasi 120 warga');
      seen.push(out.text ?? '');
    }
    for (const content of seen) for (const m of Object.values(MARK)) expect(content).not.toContain(m);
  });
});

describe('redaksi show --json', () => {
  it('lists comments (anchored or on deleted text, with replies) and suggestions', async () => {
    const d = await story(
      doc(
        el('paragraph', [
          text('Air setinggi '),
          mark([T1], 'dua meter'),
          text(' merendam '),
          el(SUGGESTION_TYPE, [text('ratusan')], { kind: 'delete', sid: 's-del', author: 'Dewi Editor', at: '2026-03-01T08:00:00.000Z' }),
          el(SUGGESTION_TYPE, [text('120')], { kind: 'insert', sid: 's-ins', author: 'Dewi Editor', at: '2026-03-01T08:00:00.000Z' }),
          text(' rumah.'),
        ]),
      ),
    );
    await api['comments.add']({ draftId: d.id, id: T1, text: 'sumber?', quote: 'dua meter' });
    await api['comments.reply']({ threadId: T1, text: 'BPBD' });
    await api['comments.add']({ draftId: d.id, id: T2, text: 'nama lengkap?', quote: 'Pak Budi' });
    store.close();
    let out = '';
    const code = await cli(['show', d.id, '--json', '--data-dir', dir], { stdout: (s) => void (out += s), stderr: () => {} });
    store = openStore(dir);
    expect(code).toBe(0);
    const shown = JSON.parse(out) as { comments: Array<Record<string, unknown>>; suggestions: Array<Record<string, unknown>>; draft: { paragraphs: string[] } };
    expect(shown.comments).toEqual([
      expect.objectContaining({ id: T1, author: 'Dewi Editor', text: 'sumber?', quote: 'dua meter', resolved: false, anchored: true, replies: [expect.objectContaining({ author: 'Dewi Editor', text: 'BPBD' })] }),
      expect.objectContaining({ id: T2, quote: 'Pak Budi', anchored: false, replies: [] }),
    ]);
    expect(shown.suggestions).toEqual([
      expect.objectContaining({ id: 's-del', author: 'Dewi Editor', kind: 'delete', text: 'ratusan' }),
      expect.objectContaining({ id: 's-ins', author: 'Dewi Editor', kind: 'insert', text: '120' }),
    ]);
    // the paragraphs read as they would with every suggestion accepted
    expect(shown.draft.paragraphs).toEqual(['Air setinggi dua meter merendam 120 rumah.']);
  });
});
