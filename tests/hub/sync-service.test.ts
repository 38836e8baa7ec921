/**
 * The workstation's sync service (main/newsroom/sync.ts) against a hub in this process: the
 * archive check covers the newsroom, offline work queues, refused edits keep their text, and a
 * status-only change does not push the text again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHubClient } from '../../main/newsroom/hub-client.js';
import { setStatusThroughHub } from '../../main/newsroom/sync.js';
import { ApiError } from '../../shared/api/errors.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { freshHub } from '../helpers/hub.js';
import { closeWorkstations, sync, tempStore, workstation } from '../helpers/workstation.js';
import { createServices } from '../../main/services/index.js';
import { openStore } from '../../main/store/index.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

const PARAGRAPHS = [
  'Banjir setinggi satu meter merendam ratusan rumah warga di Kelurahan Kampung Melayu, Jakarta Timur, sejak Senin pagi setelah hujan deras mengguyur kawasan Bogor.',
  'Kepala Badan Penanggulangan Bencana Daerah DKI Jakarta mengatakan sebanyak 450 warga telah dievakuasi ke tempat pengungsian di sekolah dan masjid terdekat.',
  'Petugas gabungan menyiapkan perahu karet dan dapur umum untuk membantu warga yang masih bertahan di lantai dua rumah mereka.',
];

afterEach(closeWorkstations);

/** Rina's story, synced to her workstation and to Tono's (both reporters) */
async function rinasStoryOnTwoWorkstations() {
  const hub = await freshHub();
  await hub.user('rina', 'reporter');
  await hub.user('tono', 'reporter');
  const rina = await workstation(hub, 'rina');
  const tono = await workstation(hub, 'tono');
  const d = await rina.api['drafts.create']({ headline: 'Milik Rina', body: docFromParagraphs(['Teks Rina.']) });
  await sync(rina);
  await sync(tono);
  return { hub, rina, tono, d };
}

describe.skipIf(!PG_BIN_DIR)(`newsroom sync service${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('an approved story of another workstation reaches the archive index: the duplicate check covers the newsroom, also offline', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    const rina = await workstation(hub, 'rina');
    const edi = await workstation(hub, 'edi');
    const d = await rina.api['drafts.create']({ headline: 'Banjir Kampung Melayu', body: docFromParagraphs(PARAGRAPHS) });
    await sync(rina);
    await setStatusThroughHub(rina.ctx, rina.hub, 'rina', d.id, 'submitted', undefined);
    await sync(edi);
    await setStatusThroughHub(edi.ctx, edi.hub, 'edi', d.id, 'in-review', undefined);
    await setStatusThroughHub(edi.ctx, edi.hub, 'edi', d.id, 'approved', undefined);
    await sync(rina);
    // offline from here on: the editor's check runs on its own store
    const offlineEdi = { ...edi, hub: createHubClient('http://127.0.0.1:9', 'x'.repeat(43), 2000) };
    await expect(sync(offlineEdi)).rejects.toMatchObject({ code: 'remote' });
    const findings = await edi.api['findings.archive']({ paragraphs: [PARAGRAPHS[1]!, 'Kalimat baru yang tidak ada di arsip mana pun sama sekali.'] });
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(findings)).toContain('Banjir Kampung Melayu');
  });

  it('offline work queues and goes up when the hub is back; a status-only change does not bump the text version', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    const rina = await workstation(hub, 'rina');
    const offline = { ...rina, hub: createHubClient('http://127.0.0.1:9', 'x'.repeat(43), 2000) };
    const d = await rina.api['drafts.create']({ headline: 'Offline', body: docFromParagraphs(['Ditulis tanpa jaringan.']) });
    const err = await sync(offline).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(/not reachable.*your work stays on this computer/);
    expect(rina.store.hubSync.outbox()).toEqual([d.id]);
    const back = await sync(rina);
    expect(back.up).toEqual([expect.objectContaining({ id: d.id, version: 1 })]);
    expect(rina.store.hubSync.outbox()).toEqual([]);
    // nothing changed: nothing goes up
    expect((await sync(rina)).up).toEqual([]);
    // a status step offline (local service) is asked of the hub at the next sync, without re-sending the text
    await rina.api['drafts.setStatus']({ id: d.id, status: 'submitted' });
    const stepped = await sync(rina);
    expect(stepped.up).toEqual([]);
    expect(stepped.statusRefused).toEqual([]);
    expect((await hub.pool.query('SELECT status, version FROM stories')).rows[0]).toEqual({ status: 'submitted', version: 1 });
  });

  it('an edit the hub refuses (a reporter changing another\'s story) is kept as a conflicting copy, whose banner survives a restart until dismissed', async () => {
    const { tono, d } = await rinasStoryOnTwoWorkstations();
    const local = await tono.api['drafts.get']({ id: d.id });
    await tono.api['drafts.save']({ id: d.id, baseVersion: local.version, body: docFromParagraphs(['Tono menimpa.']) });
    const r = await sync(tono);
    expect(r.conflicts).toEqual([expect.objectContaining({ id: d.id, message: expect.stringMatching(/belongs to rina/) })]);
    expect((await tono.api['drafts.get']({ id: d.id })).plainText).toBe('Teks Rina.');
    const copy = await tono.api['revisions.get']({ id: r.conflicts[0]!.revisionId });
    expect(copy.plainText).toBe('Tono menimpa.');

    // the banner is not read yet: an app started again on the same data folder still shows it
    const again = (() => {
      const store = openStore(tono.store.dir);
      return { store, api: createServices(store, { newsroom: { background: { intervalMs: 3_600_000 } } }) };
    })();
    try {
      const unread = (await again.api['newsroom.state']({})).sync?.conflicts;
      expect(unread).toEqual([{ ...r.conflicts[0], user: 'tono', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
      // dismissed there, it stays dismissed (for this instance and the next)
      await again.api['newsroom.dismissConflict']({ id: d.id });
      expect((await again.api['newsroom.state']({})).sync?.conflicts).toEqual([]);
      expect(tono.store.hubSync.conflicts()).toEqual([]);
      // the copy itself is a revision: dismissing the banner keeps it
      expect((await again.api['revisions.get']({ id: r.conflicts[0]!.revisionId })).plainText).toBe('Tono menimpa.');
    } finally {
      again.store.close();
    }
  });

  it("a dismissal the hub refuses is named until read, also after the app is started again", async () => {
    const { hub, tono, d } = await rinasStoryOnTwoWorkstations();
    // a reporter decides only on her own stories: the hub refuses Tono's dismissal on Rina's
    await tono.api['findings.dismiss']({ draftId: d.id, fingerprint: 'number-mismatch:ab12', rule: 'number-mismatch', reason: 'sudah dicek' });
    const app = () => {
      const store = openStore(tono.store.dir);
      return { store, api: createServices(store, { newsroom: { background: { intervalMs: 3_600_000 } } }) };
    };
    const first = app();
    let refused;
    try {
      await first.api['newsroom.login']({ url: hub.url, user: 'tono', password: 'tono-password' });
      await first.api['newsroom.sync']({});
      refused = (await first.api['newsroom.state']({})).sync?.refused;
      expect(refused).toEqual([{ kind: 'decision', id: `${d.id}/number-mismatch:ab12`, storyId: d.id, message: expect.stringMatching(/rina/i), at: expect.stringMatching(/^\d{4}-/) }]);
    } finally {
      first.store.close();
    }
    const second = app();
    try {
      expect((await second.api['newsroom.state']({})).sync?.refused).toEqual(refused);
      await second.api['newsroom.dismissRefusals']({});
    } finally {
      second.store.close();
    }
    const third = app();
    try {
      expect((await third.api['newsroom.state']({})).sync?.refused).toEqual([]);
    } finally {
      third.store.close();
    }
  });
});

describe.skipIf(!PG_BIN_DIR)(`newsroom contract calls${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('newsroom.login/state/sync/logout, and drafts.setStatus through the hub while signed in (refused there: nothing changes here)', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    const store = tempStore();
    const api = createServices(store);
    expect(await api['newsroom.state']({})).toMatchObject({ signedIn: false, pending: 0 });
    await expect(api['newsroom.login']({ url: hub.url, user: 'rina', password: 'wrong-password' })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await api['newsroom.login']({ url: hub.url, user: 'rina', password: 'rina-password' })).toMatchObject({ signedIn: true, user: 'rina', role: 'reporter' });
    expect((await api['settings.get']({})).userName).toBe('rina');
    const d = await api['drafts.create']({ headline: 'Lewat hub', body: docFromParagraphs(['Isi.']) });
    expect((await api['newsroom.state']({})).pending).toBe(1);
    const submitted = await api['drafts.setStatus']({ id: d.id, status: 'submitted' });
    expect(submitted.status).toBe('submitted');
    expect((await hub.pool.query('SELECT status FROM stories WHERE id = $1', [d.id])).rows[0].status).toBe('submitted');
    // the local settings claim an editor; the hub knows better
    store.settings.patch({ role: 'editor' });
    await expect(api['drafts.setStatus']({ id: d.id, status: 'in-review' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await api['drafts.get']({ id: d.id })).status).toBe('submitted');
    expect((await api['newsroom.sync']({})).up).toEqual([]);
    expect(await api['newsroom.logout']({})).toMatchObject({ signedIn: false });
    await expect(api['newsroom.sync']({})).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
