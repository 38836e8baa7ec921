/**
 * Comment threads through the newsroom hub (issue 15), two workstations and a hub on a real
 * PostgreSQL: a comment made on A appears on B after sync, replies and resolving travel both
 * ways, comments written offline go up later, and the hub's rules hold whatever a workstation
 * claims (a reporter cannot delete another's reply or resolve another's thread; refused, the
 * workstation gets the hub's copy back). A round pushes its messages in one request
 * (`comments.pushBatch`), and the hub still judges each message on its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createHubClient, type HubClient } from '../../main/newsroom/hub-client.js';
import { commentBatches } from '../../main/newsroom/comment-sync.js';
import { COMMENT_BATCH_MAX, type HubCall } from '../../shared/api/hub-contract.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { freshHub } from '../helpers/hub.js';
import { closeWorkstations, sync, workstation, type Workstation } from '../helpers/workstation.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

const T1 = '0b6e1f4e-6a53-4c1e-9a43-2f0d8c1a7e11';
const T2 = '5c2a9d7b-1f3e-4b8a-8c6d-9e0f1a2b3c44';
const R1 = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

afterEach(closeWorkstations);
const offline = (w: Workstation): Workstation => ({ ...w, hub: createHubClient('http://127.0.0.1:9', 'x'.repeat(43), 2000) });
/** the workstation with its hub calls written down, in order */
function counted(w: Workstation): { w: Workstation; calls: HubCall[] } {
  const calls: HubCall[] = [];
  const hub: HubClient = { url: w.hub.url, call: (name, input) => (calls.push(name), w.hub.call(name, input)) };
  return { w: { ...w, hub }, calls };
}

describe('comment batches', () => {
  const msg = (text: string) => ({ id: randomUUID(), storyId: 's1', threadId: randomUUID(), text, quote: '', mentions: [], createdAt: '2024-01-01T00:00:00.000Z', resolved: false, deletedAt: null });
  it('keeps the order and bounds each batch by count and by bytes of JSON; one message larger than the byte bound still goes, alone', () => {
    const many = Array.from({ length: 2 * COMMENT_BATCH_MAX + 5 }, (_, i) => msg(`m${i}`));
    const byCount = commentBatches(many);
    expect(byCount.map((b) => b.length)).toEqual([COMMENT_BATCH_MAX, COMMENT_BATCH_MAX, 5]);
    expect(byCount.flat()).toEqual(many);
    const big = [msg('a'.repeat(600)), msg('b'.repeat(600)), msg('c'.repeat(600)), msg('d'.repeat(3000)), msg('e')];
    const byBytes = commentBatches(big, 100, 2000);
    expect(byBytes.map((b) => b.map((m) => m.text[0]).join(''))).toEqual(['ab', 'c', 'd', 'e']);
    expect(byBytes.every((b) => b.length === 1 || Buffer.byteLength(JSON.stringify(b)) <= 2000)).toBe(true);
  });
});

describe.skipIf(!PG_BIN_DIR)(`comment threads through the hub${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('a comment made on A appears on B after sync; a reply and resolving go back; offline comments go up later', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    await hub.user('root', 'admin');
    const rina = await workstation(hub, 'rina', 'reporter');
    const edi = await workstation(hub, 'edi', 'editor');
    // who can be @mentioned: any signed-in user may ask; admins do not work on stories
    expect(await rina.hub.call('users.names', {})).toEqual(['edi', 'rina']);
    const d = await rina.api['drafts.create']({ headline: 'Banjir Kampung Melayu', body: docFromParagraphs(['Air setinggi dua meter.']) });
    await rina.api['comments.add']({ draftId: d.id, id: T1, text: 'foto dari @edi?', quote: 'dua meter', mentions: ['edi'] });
    const first = await sync(rina);
    expect(first.comments).toEqual({ up: 1, down: 0, refused: [] });
    expect(rina.store.comments.outbox()).toEqual([]);

    const down = await sync(edi);
    expect(down.comments).toMatchObject({ down: 1 });
    const [onB] = await edi.api['comments.list']({ draftId: d.id });
    expect(onB).toMatchObject({ id: T1, author: 'rina', text: 'foto dari @edi?', quote: 'dua meter', mentions: ['edi'], resolved: false });
    // the mention came with it: the story waits for edi on edi's workstation
    expect((await edi.api['comments.waiting']({})).map((w) => w.draftId)).toEqual([d.id]);
    expect((await edi.api['drafts.history']({ id: d.id })).some((h) => h.kind === 'comment' && h.who === 'rina')).toBe(true);

    // edi replies and resolves; nothing of it goes back to the hub twice
    await edi.api['comments.reply']({ threadId: T1, id: R1, text: 'ada, dari BPBD' });
    await edi.api['comments.resolve']({ threadId: T1, resolved: true });
    expect((await sync(edi)).comments).toMatchObject({ up: 2, refused: [] });
    expect((await sync(edi)).comments).toMatchObject({ up: 0, down: 0 });
    await sync(rina);
    const [back] = await rina.api['comments.list']({ draftId: d.id });
    expect(back).toMatchObject({ resolved: true, resolvedBy: 'edi', replies: [expect.objectContaining({ id: R1, author: 'edi', text: 'ada, dari BPBD' })] });

    // offline: written here, refused by the network, up at the next round
    await rina.api['comments.add']({ draftId: d.id, id: T2, text: 'judul terlalu panjang', quote: 'Air' });
    await expect(sync(offline(rina))).rejects.toMatchObject({ code: 'remote' });
    expect(rina.store.comments.outbox()).toEqual([T2]);
    expect((await sync(rina)).comments).toMatchObject({ up: 1 });
    await sync(edi);
    expect((await edi.api['comments.list']({ draftId: d.id })).map((t) => t.id)).toEqual([T1, T2]);

    // a deletion travels too, and so does its undo
    const gone = await rina.api['comments.delete']({ id: T2 });
    await sync(rina);
    await sync(edi);
    expect((await edi.api['comments.list']({ draftId: d.id })).map((t) => t.id)).toEqual([T1]);
    await rina.api['comments.restore']({ id: T2, deletedAt: gone.deletedAt });
    await sync(rina);
    await sync(edi);
    expect((await edi.api['comments.list']({ draftId: d.id })).map((t) => t.id)).toEqual([T1, T2]);
  });

  it('a round sends all its messages in one request; the hub still judges each message on its own', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('tono', 'reporter');
    await hub.user('root', 'admin');
    const rina = counted(await workstation(hub, 'rina', 'reporter'));
    const d = await rina.w.api['drafts.create']({ headline: 'Harga cabai', body: docFromParagraphs(['Cabai naik di pasar induk.']) });
    const threads = Array.from({ length: 12 }, () => randomUUID());
    for (const [i, id] of threads.entries()) await rina.w.api['comments.add']({ draftId: d.id, id, text: `sumber ${i}?`, quote: 'Cabai' });
    // replies written before their threads ever reached the hub go in the same request, after them
    for (const threadId of threads.slice(0, 6)) await rina.w.api['comments.reply']({ threadId, id: randomUUID(), text: 'dari BPS' });
    const first = await sync(rina.w);
    expect(first.comments).toEqual({ up: 18, down: 0, refused: [] });
    expect(rina.calls.filter((c) => c.startsWith('comments.push'))).toEqual(['comments.pushBatch']);
    expect((await hub.pool.query('SELECT count(*)::int AS n FROM comments')).rows[0].n).toBe(18);

    // tono's workstation claims to be an editor; in one batch: a reply (allowed), resolving and
    // deleting rina's threads (refused, put back), editing his own reply (allowed)
    const tono = counted(await workstation(hub, 'tono', 'editor'));
    await sync(tono.w);
    tono.calls.length = 0;
    const mine = randomUUID();
    await tono.w.api['comments.reply']({ threadId: threads[0]!, id: mine, text: 'saya cek' });
    await tono.w.api['comments.resolve']({ threadId: threads[1]!, resolved: true });
    await tono.w.api['comments.delete']({ id: threads[8]! });
    const r = await sync(tono.w);
    expect(tono.calls.filter((c) => c.startsWith('comments.push'))).toEqual(['comments.pushBatch']);
    expect(r.comments?.up).toBe(1);
    expect(r.comments?.refused.map((x) => [x.id, x.message.replace(/;.*/, '')]).sort()).toEqual(
      [
        [threads[1], 'Only an editor or rina can resolve or reopen this thread'],
        [threads[8], 'Only rina or an editor can delete this comment thread'],
      ].sort(),
    );
    expect(tono.w.store.comments.outbox()).toEqual([]);
    const rows = (await hub.pool.query('SELECT id, resolved, deleted_at FROM comments WHERE id = ANY($1)', [[threads[1], threads[8], mine]])).rows;
    expect(rows.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      [{ id: threads[1], resolved: false, deleted_at: null }, { id: threads[8], resolved: false, deleted_at: null }, { id: mine, resolved: false, deleted_at: null }].sort((a, b) => a.id!.localeCompare(b.id!)),
    );
    const list = await tono.w.api['comments.list']({ draftId: d.id });
    expect(list.find((t) => t.id === threads[1])).toMatchObject({ resolved: false });
    expect(list.some((t) => t.id === threads[8])).toBe(true);

    // an admin does not comment: every message of the batch is refused, none stored
    const admin = createHubClient(hub.url, await hub.login('root'));
    const { results } = await admin.call('comments.pushBatch', { messages: [{ id: randomUUID(), storyId: d.id, threadId: threads[3]!, text: 'x', quote: '', mentions: [], createdAt: new Date().toISOString(), resolved: false, deletedAt: null }] });
    expect(results).toEqual([{ id: expect.any(String), error: expect.objectContaining({ code: 'forbidden' }) }]);
    // more than the bound in one request is refused as a whole by the contract
    const tooMany = Array.from({ length: COMMENT_BATCH_MAX + 1 }, () => ({ id: randomUUID(), storyId: d.id, threadId: threads[3]!, text: 'x', quote: '', mentions: [], createdAt: new Date().toISOString(), resolved: false, deletedAt: null }));
    const res = await fetch(`${hub.url}/api/comments.pushBatch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.login('rina')}` }, body: JSON.stringify({ messages: tooMany }) });
    expect(res.status).toBe(400);
    expect((await hub.pool.query('SELECT count(*)::int AS n FROM comments')).rows[0].n).toBe(19);
  });

  it('the hub enforces the rules whatever a workstation claims, and a refused change is put back', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('tono', 'reporter');
    const rina = await workstation(hub, 'rina', 'reporter');
    const d = await rina.api['drafts.create']({ headline: 'Harga cabai', body: docFromParagraphs(['Cabai naik.']) });
    await rina.api['comments.add']({ draftId: d.id, id: T1, text: 'sumber?', quote: 'Cabai' });
    await sync(rina);
    // tono's workstation claims to be an editor: locally that lets him resolve and delete
    const tono = await workstation(hub, 'tono', 'editor');
    await sync(tono);
    await tono.api['comments.resolve']({ threadId: T1, resolved: true });
    await tono.api['comments.delete']({ id: T1 });
    const r = await sync(tono);
    expect(r.comments?.refused).toEqual([expect.objectContaining({ id: T1, message: expect.stringMatching(/Only rina or an editor can delete/) })]);
    // put back as the hub has it: open and not deleted
    expect(await tono.api['comments.list']({ draftId: d.id })).toEqual([expect.objectContaining({ id: T1, resolved: false })]);
    expect(tono.store.comments.outbox()).toEqual([]);
    const row = (await hub.pool.query('SELECT resolved, deleted_at FROM comments WHERE id = $1', [T1])).rows[0];
    expect(row).toEqual({ resolved: false, deleted_at: null });
    // anyone signed in may reply, and the hub names the author from the session
    tono.store.settings.patch({ userName: 'someone else' });
    await tono.api['comments.reply']({ threadId: T1, id: R1, text: 'dari pasar induk' });
    await sync(tono);
    expect((await hub.pool.query('SELECT a.name FROM comments c JOIN users a ON a.id = c.author_id WHERE c.id = $1', [R1])).rows[0].name).toBe('tono');
  });
});
