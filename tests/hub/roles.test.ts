/** The hub enforces the workflow and the roles on every call, whatever a workstation claims. */
import { beforeEach, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { HubStory } from '../../shared/api/hub-contract.js';
import { freshHub, hubPost, type TestHub } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

const story = (id: string, text: string, baseVersion = 0) => ({ id, baseVersion, headline: `Headline ${id}`, language: 'id', meta: { byline: 'Rina' }, body: docFromParagraphs([text]) });

describe.skipIf(!PG_BIN_DIR)(`hub roles and workflow${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  let hub: TestHub;
  const tokens: Record<string, string> = {};
  const call = (who: string, name: string, input: unknown) => hubPost(hub.url, name, input, tokens[who]);
  const move = (who: string, id: string, to: string, note?: string) => call(who, 'workflow.setStatus', { id, to, ...(note ? { note } : {}) });

  beforeEach(async () => {
    hub = await freshHub();
    for (const [name, role] of [['rina', 'reporter'], ['tono', 'reporter'], ['edi', 'editor'], ['eva', 'editor'], ['dewi', 'desk'], ['ada', 'admin']] as const) {
      await hub.user(name, role);
      tokens[name] = await hub.login(name);
    }
    expect((await call('rina', 'sync.push', story('s1', 'Rina wrote this.'))).status).toBe(200);
  });

  it('reporter: submits their own story, edits only their own, moves nothing further, records no export', async () => {
    expect((await call('tono', 'sync.push', story('s1', 'Tono overwrites.', 1))).status).toBe(403);
    expect((await move('tono', 's1', 'submitted')).status).toBe(403);
    const submitted = await move('rina', 's1', 'submitted');
    expect(submitted.status).toBe(200);
    for (const to of ['in-review', 'approved', 'draft']) {
      const r = await move('rina', 's1', to, 'because');
      expect(r.status, to).toBe(403);
    }
    expect((await move('rina', 's1', 'in-review')).body.error?.message).toMatch(/Only an editor can move a story to in-review; you are signed in as rina \(reporter\)/);
    expect((await call('rina', 'workflow.recordExport', { id: 's1', target: 'html' })).status).toBe(403);
    expect((await call('rina', 'users.list', {})).status).toBe(403);
  });

  it('editor: reviews and approves others\' stories, never their own; back to draft needs a note', async () => {
    await move('rina', 's1', 'submitted');
    expect((await move('edi', 's1', 'in-review')).status).toBe(200);
    expect((await move('edi', 's1', 'draft')).status).toBe(403); // no note
    const approved = await move('edi', 's1', 'approved');
    expect(approved.status).toBe(200);
    const s = approved.body.value as HubStory;
    expect(s.status).toBe('approved');
    expect(s.history.map((h) => [h.who, h.kind, h.from ?? '', h.to ?? ''])).toEqual([
      ['rina', 'created', '', ''],
      ['rina', 'status', 'draft', 'submitted'],
      ['edi', 'status', 'submitted', 'in-review'],
      ['edi', 'status', 'in-review', 'approved'],
    ]);
    expect((await move('edi', 's1', 'draft', 'Needs a second source.')).status).toBe(200);

    // an editor's own story needs another editor's approval
    await call('edi', 'sync.push', story('e1', 'Edi wrote this.'));
    await move('edi', 'e1', 'submitted');
    await move('edi', 'e1', 'in-review');
    const own = await move('edi', 'e1', 'approved');
    expect(own.status).toBe(403);
    expect(own.body.error?.message).toMatch(/Nobody approves their own story/);
    expect((await move('eva', 'e1', 'approved')).status).toBe(200);
  });

  it('desk: records the export of an approved story only, and moves no status', async () => {
    await move('rina', 's1', 'submitted');
    expect((await move('dewi', 's1', 'in-review')).status).toBe(403);
    await move('edi', 's1', 'in-review');
    expect((await call('dewi', 'workflow.recordExport', { id: 's1', target: 'html' })).status).toBe(403); // not approved yet
    await move('edi', 's1', 'approved');
    const exported = await call('dewi', 'workflow.recordExport', { id: 's1', target: 'wordpress' });
    expect(exported.status).toBe(200);
    expect((exported.body.value as HubStory).history.at(-1)).toMatchObject({ who: 'dewi', kind: 'export', to: 'exported', note: 'wordpress' });
  });

  it('admin: manages users, edits and moves no story', async () => {
    expect((await call('ada', 'sync.push', story('a1', 'Admin text.'))).status).toBe(403);
    expect((await move('ada', 's1', 'submitted')).status).toBe(403);
    expect((await call('ada', 'users.add', { name: 'baru', role: 'reporter', password: 'a-good-password' })).status).toBe(200);
    expect(((await call('ada', 'users.list', {})).body.value as Array<{ name: string }>).map((u) => u.name)).toContain('baru');
    for (const who of ['rina', 'edi', 'dewi']) expect((await call(who, 'users.add', { name: `x${who}`, role: 'admin', password: 'a-good-password' })).status).toBe(403);
  });

  it('a push on a stale version is refused with 409 and the hub\'s current story', async () => {
    expect((await call('rina', 'sync.push', story('s1', 'Second text.', 1))).body.value).toMatchObject({ version: 2 });
    const stale = await call('edi', 'sync.push', story('s1', 'Edi based on version 1.', 1));
    expect(stale.status).toBe(409);
    const current = stale.body.error?.detail?.current as HubStory;
    expect(current.version).toBe(2);
    expect(current.body.root.children?.[0]?.children?.[0]?.text).toBe('Second text.');
    // a status step does not change the text version: a push based on it still fits
    await move('rina', 's1', 'submitted');
    expect((await call('rina', 'sync.push', story('s1', 'Third text.', 2))).status).toBe(200);
  });

  it('pushes racing on one version: exactly one wins, the others get 409; sequence numbers stay unique', async () => {
    const racers = await Promise.all(Array.from({ length: 8 }, (_x, i) => call(i % 2 ? 'edi' : 'rina', 'sync.push', story('s1', `Racer ${i}`, 1))));
    expect(racers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const fresh = await Promise.all(Array.from({ length: 4 }, () => call('rina', 'sync.push', story('new1', 'Same new story', 0))));
    expect(fresh.filter((r) => r.status === 200)).toHaveLength(1);
    const steps = await Promise.all([move('rina', 's1', 'submitted'), move('rina', 's1', 'submitted')]);
    expect(steps.map((r) => r.status).sort()).toEqual([200, 403]);
    // numbers are given when a pull asks (hub/sequencer.ts): after one, every story has its own
    await call('edi', 'sync.pull', { since: 0 });
    const seqs = (await hub.pool.query('SELECT seq FROM stories')).rows.map((r) => r.seq);
    expect(seqs.every((n) => n !== null)).toBe(true);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect((await hub.pool.query("SELECT count(*)::int AS n FROM story_history WHERE story_id = 's1' AND kind = 'status'")).rows[0].n).toBe(1);
  });

  it('pull returns changes after a sequence number, in order, with owner and history', async () => {
    await call('tono', 'sync.push', story('t1', 'Tono.'));
    const all = (await call('edi', 'sync.pull', { since: 0 })).body.value as { stories: HubStory[]; seq: number; more: boolean };
    expect(all.stories.map((s) => [s.id, s.owner])).toEqual([
      ['s1', 'rina'],
      ['t1', 'tono'],
    ]);
    await move('rina', 's1', 'submitted');
    const after = (await call('edi', 'sync.pull', { since: all.seq })).body.value as { stories: HubStory[]; seq: number };
    expect(after.stories.map((s) => [s.id, s.status])).toEqual([['s1', 'submitted']]);
    const paged = (await call('edi', 'sync.pull', { since: 0, limit: 1 })).body.value as { stories: HubStory[]; more: boolean };
    expect(paged.stories).toHaveLength(1);
    expect(paged.more).toBe(true);
  });

  it('a change committed while a pull reads is numbered after what that pull returned: the next pull brings it', async () => {
    const first = (await call('edi', 'sync.pull', { since: 0 })).body.value as { stories: HubStory[]; seq: number };
    // writes racing with pulls: every change reaches a puller that follows the cursor, exactly at its last version
    const seen = new Map<string, number>();
    let since = first.seq;
    for (const s of first.stories) seen.set(s.id, s.version);
    const writes = (async () => {
      let v = 1;
      for (let i = 0; i < 15; i++) {
        const r = await call('rina', 'sync.push', story('s1', `Version ${i + 2}.`, v));
        expect(r.status).toBe(200);
        v = (r.body.value as { version: number }).version;
        await call('tono', 'sync.push', story(`t${i}`, `New ${i}.`));
      }
      return v;
    })();
    const pulls = (async () => {
      for (let i = 0; i < 30; i++) {
        const page = (await call('edi', 'sync.pull', { since })).body.value as { stories: HubStory[]; seq: number };
        for (const s of page.stories) seen.set(s.id, Math.max(seen.get(s.id) ?? 0, s.version));
        since = page.seq;
      }
    })();
    const last = await writes;
    await pulls;
    const rest = (await call('edi', 'sync.pull', { since })).body.value as { stories: HubStory[]; seq: number };
    for (const s of rest.stories) seen.set(s.id, Math.max(seen.get(s.id) ?? 0, s.version));
    expect(seen.get('s1')).toBe(last);
    for (let i = 0; i < 15; i++) expect(seen.get(`t${i}`), `t${i}`).toBe(1);
  });
});
