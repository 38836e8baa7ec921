/**
 * What being signed in to a hub changes on the workstation, with a session file and no hub (no
 * call here reaches one).
 *
 * While signed in, the name and role are the hub user's: Settings cannot change them, and a
 * hand-edited database does not either.
 *
 * The desk's newsroom scopes ("mine", "waiting for me") are filtered by the store's list query
 * over every story, not in the renderer over the 500 it loaded: with 610 stories, those the
 * scopes must show are older than the newest 500, and every one of them appears. The SQL and
 * the shared waitingFor() rule agree on every story, for every role.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../main/services/index.js';
import { writeSession } from '../../main/newsroom/session-file.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { HUB_ROLES, waitingFor, type HubRole } from '../../shared/model/newsroom.js';
import type { Services } from '../../shared/api/contract.js';
import type { Store } from '../../main/store/index.js';
import { closeWorkstations, tempStore } from '../helpers/workstation.js';

afterEach(closeWorkstations);

const signIn = (store: Store, user: string, role: HubRole) =>
  writeSession(store.dir, { hubUrl: 'http://127.0.0.1:9', token: 'a-token-no-hub-is-asked-for', user, role, expiresAt: '2099-01-01T00:00:00.000Z' });

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

async function newsroomOf(): Promise<{ store: Store; api: Services; submitted: string[]; rinaDrafts: string[]; local: string[] }> {
  const store = tempStore();
  let t = Date.parse('2026-12-01T08:00:00Z');
  // a second apart, so "newest 500" is well defined
  const api = createServices(store, { now: () => new Date((t += 1000)) });
  const story = async (owner: string | null, status: 'draft' | 'submitted') => {
    const d = await api['drafts.create']({ headline: `Berita ${t}`, body: docFromParagraphs(['Isi berita.']) });
    if (status === 'submitted') await api['drafts.setStatus']({ id: d.id, status });
    if (owner) store.hubSync.putLink({ draftId: d.id, hubVersion: 1, owner, status, lastHistoryId: 0, contentHash: '' });
    return d.id;
  };
  const many = async (n: number, owner: string | null, status: 'draft' | 'submitted') => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(await story(owner, status));
    return out;
  };
  // the oldest first: what the scopes must find is beyond the newest 500
  const submitted = await many(30, 'rina', 'submitted');
  const rinaDrafts = await many(10, 'rina', 'draft');
  const local = await many(20, null, 'draft'); // not on the hub yet: the signed-in user's own
  await many(550, 'tono', 'draft');
  return { store, api, submitted, rinaDrafts, local };
}

describe('the newsroom scopes of the desk list', () => {
  it('"mine" and "waiting for me" come from the store over all 610 stories, for each role, and agree with waitingFor()', async () => {
    const { store, api, submitted, rinaDrafts, local } = await newsroomOf();

    // not signed in: a scope means nothing, the list is the newest 500 as before
    const newest = await api['drafts.list']({ scope: 'mine' });
    expect(newest).toHaveLength(500);
    // ...and none of what the scopes below must show is among them
    expect(newest.filter((d) => [...submitted, ...rinaDrafts, ...local].includes(d.id))).toEqual([]);

    signIn(store, 'edi', 'editor');
    expect(ids(await api['drafts.list']({ scope: 'waiting' }))).toEqual([...submitted].sort());
    expect(ids(await api['drafts.list']({ scope: 'mine' }))).toEqual([...local].sort());

    signIn(store, 'rina', 'reporter');
    expect(ids(await api['drafts.list']({ scope: 'mine' }))).toEqual([...submitted, ...rinaDrafts, ...local].sort());
    expect(ids(await api['drafts.list']({ scope: 'waiting' }))).toEqual([...rinaDrafts, ...local].sort());
    // with the desk's other filters, sort and paging
    expect(ids(await api['drafts.list']({ scope: 'mine', status: 'submitted' }))).toEqual([...submitted].sort());
    const page = await api['drafts.list']({ scope: 'mine', sort: 'created', limit: 25, offset: 5 });
    expect(page.map((d) => d.id)).toEqual([...local.slice().reverse(), ...rinaDrafts.slice().reverse(), ...submitted.slice().reverse()].slice(5, 30));

    signIn(store, 'dewi', 'desk');
    expect(await api['drafts.list']({ scope: 'waiting' })).toEqual([]);

    // the SQL and the shared rule agree on every story, for every role
    const every = await api['drafts.list']({ limit: 10_000 });
    expect(every).toHaveLength(610);
    for (const role of HUB_ROLES) {
      signIn(store, 'rina', role);
      const expected = every.filter((d) => waitingFor(role, 'rina', { owner: store.hubSync.link(d.id)?.owner ?? 'rina', status: d.status }));
      expect(ids(await api['drafts.list']({ scope: 'waiting', limit: 10_000 })), role).toEqual(ids(expected));
    }
  }, 60_000);
});

describe('the name and role while signed in to a hub', () => {
  it('are the hub user\'s: a local change is refused with the reason, a hand-edited database does not count, and signed out they are the local ones again', async () => {
    const store = tempStore();
    const api = createServices(store);
    await api['settings.set']({ userName: 'Rina', role: 'reporter', theme: 'dark' });
    signIn(store, 'rina', 'reporter');
    expect(await api['settings.get']({})).toMatchObject({ userName: 'rina', role: 'reporter', theme: 'dark' });
    // pretending through Settings: refused, nothing changes
    for (const patch of [{ role: 'editor' as const }, { userName: 'edi' }, { userName: 'rina', role: 'desk' as const }]) {
      await expect(api['settings.set'](patch)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^While signed in to the newsroom hub, your name and role are the hub's \(rina, reporter\); an admin changes them on the hub/) });
    }
    expect(store.settings.all()).toMatchObject({ userName: 'Rina', role: 'reporter' });
    // the same values, and everything else, still go through
    expect(await api['settings.set']({ userName: 'rina', role: 'reporter', uiLanguage: 'id' })).toMatchObject({ userName: 'rina', role: 'reporter', uiLanguage: 'id' });
    // pretending by editing the database by hand: every settings answer still says the hub's
    store.settings.patch({ userName: 'edi', role: 'editor' });
    expect(await api['settings.get']({})).toMatchObject({ userName: 'rina', role: 'reporter' });
    expect(await api['settings.deskFurniture.add']({ line: 'Baca juga' })).toMatchObject({ userName: 'rina', role: 'reporter' });
    // an admin has no workstation role: a role set here would be pretending
    signIn(store, 'ani', 'admin');
    await expect(api['settings.set']({ role: 'editor' })).rejects.toMatchObject({ code: 'forbidden' });
    // signed out: the workstation's own settings, editable again
    await api['newsroom.logout']({});
    expect(await api['settings.get']({})).toMatchObject({ userName: 'edi', role: 'editor' });
    expect(await api['settings.set']({ userName: 'Rina', role: 'reporter' })).toMatchObject({ userName: 'Rina', role: 'reporter' });
  });
});
