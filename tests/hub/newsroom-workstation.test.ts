/**
 * The app's side of the newsroom against a hub in this process: edit leases through the
 * contract (taken, held by another, taken over, heartbeat, released) and the background sync
 * (a save goes up on its own; the state says synced, then offline when the hub is gone).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import type { Services } from '../../shared/api/contract.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { freshHub, passwordOf, type TestHub } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';
import { tempDir } from '../helpers/tmp.js';
import { releaseLeasesOnExit } from '../../main/newsroom/release-on-exit.js';

const open: Array<{ store: Store; api: Services }> = [];
afterEach(async () => {
  while (open.length) {
    const w = open.pop()!;
    // signing out stops the background rounds from touching a closed store
    await w.api['newsroom.logout']({});
    w.store.close();
  }
});

async function signedIn(hub: TestHub, user: string, background?: { intervalMs: number; maxBackoffMs: number }): Promise<Services> {
  const store = openStore(tempDir());
  const api = createServices(store, background ? { newsroom: { background } } : {});
  open.push({ store, api });
  await api['newsroom.login']({ url: hub.url, user, password: passwordOf(user) });
  return api;
}

async function until<T>(what: () => T | Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!PG_BIN_DIR)(`the workstation's newsroom calls${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('edit leases: a story new to the hub is local; read-only for a colleague reporter; then mine, held by another, taken over (in the history), lost, released', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    await hub.user('tono', 'reporter');
    const rina = await signedIn(hub, 'rina');
    const edi = await signedIn(hub, 'edi');
    const tono = await signedIn(hub, 'tono');
    const d = await rina['drafts.create']({ headline: 'Sidang', body: docFromParagraphs(['Sidang dimulai pukul sembilan.']) });
    expect(await rina['newsroom.lease.acquire']({ id: d.id })).toEqual({ state: 'local', lock: null });
    await rina['newsroom.sync']({});
    await edi['newsroom.sync']({});
    await tono['newsroom.sync']({});
    // another reporter only reads it, and takes no lease
    expect(await tono['newsroom.lease.acquire']({ id: d.id })).toMatchObject({ state: 'readonly', lock: null, owner: 'rina' });
    expect(await rina['newsroom.lease.acquire']({ id: d.id })).toMatchObject({ state: 'mine', lock: { holder: 'rina', mine: true } });
    const held = await edi['newsroom.lease.acquire']({ id: d.id });
    expect(held).toMatchObject({ state: 'held', lock: { holder: 'rina', mine: false } });
    expect(held.message).toMatch(/^rina is editing since \d\d:\d\d UTC/);
    expect(await edi['newsroom.lease.heartbeat']({ id: d.id })).toMatchObject({ state: 'held', lock: { holder: 'rina' } });
    expect(await edi['newsroom.lease.acquire']({ id: d.id, takeOver: true })).toMatchObject({ state: 'mine', lock: { holder: 'edi' } });
    const history = await hub.pool.query("SELECT note FROM story_history WHERE story_id = $1 AND kind = 'takeover'", [d.id]);
    expect(history.rows).toEqual([{ note: expect.stringMatching(/took over editing from rina/) }]);
    // rina's next heartbeat learns it
    expect(await rina['newsroom.lease.heartbeat']({ id: d.id })).toMatchObject({ state: 'held', lock: { holder: 'edi' } });
    expect(await edi['newsroom.lease.release']({ id: d.id })).toEqual({ released: true });
    // free again: rina's heartbeat takes it back
    expect(await rina['newsroom.lease.heartbeat']({ id: d.id })).toMatchObject({ state: 'mine', lock: { holder: 'rina' } });
  });

  it('closing the window or quitting releases every lease the workstation holds at once: a colleague edits right away; a hub that is gone does not hold up the quit', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    const rina = await signedIn(hub, 'rina');
    const edi = await signedIn(hub, 'edi');
    const a = await rina['drafts.create']({ headline: 'Sidang', body: docFromParagraphs(['Sidang dimulai.']) });
    const b = await rina['drafts.create']({ headline: 'Banjir', body: docFromParagraphs(['Air naik.']) });
    await rina['newsroom.sync']({});
    await edi['newsroom.sync']({});
    for (const d of [a, b]) expect(await rina['newsroom.lease.acquire']({ id: d.id })).toMatchObject({ state: 'mine' });
    // one of them was left by hand (its own release): only the other is still held at the quit
    await rina['newsroom.lease.release']({ id: b.id });
    await rina['newsroom.lease.acquire']({ id: b.id });
    expect(await edi['newsroom.lease.acquire']({ id: a.id })).toMatchObject({ state: 'held', lock: { holder: 'rina' } });
    await releaseLeasesOnExit(rina);
    expect((await hub.pool.query('SELECT count(*)::int AS n FROM story_locks')).rows[0].n).toBe(0);
    // well inside the two minutes the hub would otherwise wait
    expect(await edi['newsroom.lease.acquire']({ id: a.id })).toMatchObject({ state: 'mine', lock: { holder: 'edi' } });
    expect(await edi['newsroom.lease.heartbeat']({ id: b.id })).toMatchObject({ state: 'mine', lock: { holder: 'edi' } });
    // nothing left to release; a second quit is a no-op
    expect(await rina['newsroom.lease.releaseAll']({})).toEqual({ released: 0 });

    // the hub gone: the quit still ends, within the bound, and the lease expires on the hub later as before
    await hub.server.close();
    const started = Date.now();
    await releaseLeasesOnExit(edi, 1_500);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('background sync: a save goes up by itself, another workstation sees it; with the hub gone the state is offline and the edit waits', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    const rina = await signedIn(hub, 'rina', { intervalMs: 200, maxBackoffMs: 400 });
    const edi = await signedIn(hub, 'edi', { intervalMs: 200, maxBackoffMs: 400 });
    const d = await rina['drafts.create']({ headline: 'Pemilu', body: docFromParagraphs(['Hitung cepat dimulai.']) });
    await rina['drafts.save']({ id: d.id, baseVersion: d.version, body: docFromParagraphs(['Hitung cepat dimulai sore ini.']) });
    const seen = await until(() => edi['drafts.list']({}), (l) => l.some((x) => x.id === d.id));
    expect(seen.map((x) => x.id)).toContain(d.id);
    expect((await edi['drafts.get']({ id: d.id })).plainText).toBe('Hitung cepat dimulai sore ini.');
    expect((await until(() => rina['newsroom.state']({}), (s) => s.pending === 0 && s.sync?.phase === 'synced')).sync).toMatchObject({ phase: 'synced', error: null });
    const owners = await edi['newsroom.desk']({ ids: [d.id, 'not-a-story'] });
    expect(owners).toMatchObject({ me: 'edi', role: 'editor', stories: [{ id: d.id, owner: 'rina', status: 'draft' }] });

    await hub.server.close();
    const now = await rina['drafts.get']({ id: d.id });
    await rina['drafts.save']({ id: d.id, baseVersion: now.version, body: docFromParagraphs(['Ditulis saat hub mati.']) });
    const off = await until(() => rina['newsroom.state']({}), (s) => s.sync?.phase === 'offline');
    expect(off).toMatchObject({ pending: 1, sync: { phase: 'offline', error: expect.stringMatching(/not reachable/) } });
  });
});
