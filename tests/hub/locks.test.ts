/** Edit leases on the hub: who is editing, saving over a holder refused, take-over recorded, expiry. */
import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { HubLock, HubStory } from '../../shared/api/hub-contract.js';
import { LEASE_SECONDS } from '../../hub/locks.js';
import { HUB_MIGRATIONS } from '../../hub/migrations/index.js';
import { freshHub, hubPost } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

const push = (id: string, text: string, baseVersion: number) => ({ id, baseVersion, headline: 'Banjir', language: 'id', meta: {}, body: docFromParagraphs([text]) });

describe.skipIf(!PG_BIN_DIR)(`hub locks${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('migration 002 adds the lease table', async () => {
    const hub = await freshHub();
    expect(HUB_MIGRATIONS.find((m) => m.version === 2)?.name).toBe('locks');
    expect((await hub.pool.query("SELECT to_regclass('story_locks') AS t")).rows[0].t).toBe('story_locks');
  });

  it('the second workstation sees who is editing and cannot save over the lease holder without taking over; take-over is in the history', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    const rina = await hub.login('rina');
    const edi = await hub.login('edi');
    expect((await hubPost(hub.url, 'sync.push', push('s1', 'Rina v1', 0), rina)).status).toBe(200);

    const held = await hubPost(hub.url, 'locks.acquire', { id: 's1' }, rina);
    expect(held.body.value).toMatchObject({ holder: 'rina', mine: true });
    const seen = (await hubPost(hub.url, 'locks.get', { id: 's1' }, edi)).body.value as HubLock;
    expect(seen).toMatchObject({ holder: 'rina', mine: false });

    const refused = await hubPost(hub.url, 'locks.acquire', { id: 's1' }, edi);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toMatch(/^rina is editing since \d\d:\d\d UTC/);
    const save = await hubPost(hub.url, 'sync.push', push('s1', 'Edi over Rina', 1), edi);
    expect(save.status).toBe(403);
    expect(save.body.error?.message).toMatch(/rina is editing since/);
    // the holder saves and heartbeats as usual
    expect((await hubPost(hub.url, 'sync.push', push('s1', 'Rina v2', 1), rina)).status).toBe(200);
    expect((await hubPost(hub.url, 'locks.heartbeat', { id: 's1' }, rina)).status).toBe(200);

    const taken = await hubPost(hub.url, 'locks.acquire', { id: 's1', takeOver: true }, edi);
    expect(taken.body.value).toMatchObject({ holder: 'edi', mine: true });
    expect((await hubPost(hub.url, 'sync.push', push('s1', 'Edi v3', 2), edi)).status).toBe(200);
    const lost = await hubPost(hub.url, 'locks.heartbeat', { id: 's1' }, rina);
    expect(lost.status).toBe(409);
    expect(lost.body.error?.message).toMatch(/edi took this story over/);
    expect((await hubPost(hub.url, 'sync.push', push('s1', 'Rina late', 3), rina)).status).toBe(403);
    const story = (await hubPost(hub.url, 'stories.get', { id: 's1' }, rina)).body.value as HubStory;
    expect(story.history.at(-1)).toMatchObject({ who: 'edi', kind: 'takeover', from: 'rina' });

    expect((await hubPost(hub.url, 'locks.release', { id: 's1' }, edi)).body.value).toEqual({ released: true });
    expect((await hubPost(hub.url, 'locks.get', { id: 's1' }, rina)).body.value).toBeNull();
  });

  it('only someone whose role may edit the story takes its lease: a reporter reading a colleague\'s story locks nobody out', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('tono', 'reporter');
    await hub.user('edi', 'editor');
    const rina = await hub.login('rina');
    const tono = await hub.login('tono');
    const edi = await hub.login('edi');
    await hubPost(hub.url, 'sync.push', push('s1', 'Rina v1', 0), rina);
    const refused = await hubPost(hub.url, 'locks.acquire', { id: 's1' }, tono);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/belongs to rina/);
    expect((await hubPost(hub.url, 'locks.acquire', { id: 's1', takeOver: true }, tono)).status).toBe(403);
    expect((await hubPost(hub.url, 'locks.get', { id: 's1' }, edi)).body.value).toBeNull();
    expect((await hubPost(hub.url, 'locks.acquire', { id: 's1' }, edi)).body.value).toMatchObject({ holder: 'edi', mine: true });
  });

  it(`a lease expires after ${LEASE_SECONDS} s without a heartbeat`, async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    const rina = await hub.login('rina');
    const edi = await hub.login('edi');
    await hubPost(hub.url, 'sync.push', push('s1', 'Rina v1', 0), rina);
    await hubPost(hub.url, 'locks.acquire', { id: 's1' }, rina);
    await hub.pool.query(`UPDATE story_locks SET heartbeat_at = now() - interval '${LEASE_SECONDS - 5} seconds'`);
    expect((await hubPost(hub.url, 'locks.acquire', { id: 's1' }, edi)).status).toBe(409);
    await hub.pool.query(`UPDATE story_locks SET heartbeat_at = now() - interval '${LEASE_SECONDS + 1} seconds'`);
    expect((await hubPost(hub.url, 'locks.get', { id: 's1' }, edi)).body.value).toBeNull();
    expect((await hubPost(hub.url, 'sync.push', push('s1', 'Edi after expiry', 1), edi)).status).toBe(200);
    expect((await hubPost(hub.url, 'locks.acquire', { id: 's1' }, edi)).body.value).toMatchObject({ holder: 'edi' });
    // no take-over recorded: the lease had lapsed
    const story = (await hubPost(hub.url, 'stories.get', { id: 's1' }, edi)).body.value as HubStory;
    expect(story.history.map((h) => h.kind)).not.toContain('takeover');
  });
});
