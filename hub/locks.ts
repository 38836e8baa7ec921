/**
 * Edit leases (Superdesk's "X is editing", Arc XP's lock durations): opening a story to edit
 * takes a lease, heartbeats keep it, closing releases it, and two minutes of silence let it
 * expire (a crashed laptop does not lock a story for good). Another user sees who holds it and
 * since when; they can take it over, which the story's history records. While a lease is held,
 * the hub refuses anyone else's push of the story's text (stories.ts reads the lease with the story).
 */
import { ApiError } from '../shared/api/errors.js';
import type { HubLock } from '../shared/api/hub-contract.js';
import { inTx, type Client, type Pool } from './db.js';
import type { AuthedActor } from './sessions.js';
import { refuseEdit } from '../shared/model/newsroom.js';
import type { Status } from '../shared/model/draft.js';

export const LEASE_SECONDS = 120;

interface LockRow {
  story_id: string;
  user_id: number;
  holder: string;
  since: Date;
  heartbeat_at: Date;
}

const asLock = (r: LockRow, actor: AuthedActor): HubLock => ({
  storyId: r.story_id,
  holder: r.holder,
  since: r.since.toISOString(),
  expiresAt: new Date(r.heartbeat_at.getTime() + LEASE_SECONDS * 1000).toISOString(),
  mine: r.user_id === actor.id,
});

/** the live lease of a story, or null (none, or expired) */
export async function liveLock(c: Client | Pool, storyId: string, forUpdate = false): Promise<LockRow | null> {
  const r = await c.query<LockRow>(
    `SELECT l.story_id, l.user_id, u.name AS holder, l.since, l.heartbeat_at FROM story_locks l JOIN users u ON u.id = l.user_id
      WHERE l.story_id = $1 AND l.heartbeat_at > now() - make_interval(secs => $2)${forUpdate ? ' FOR UPDATE OF l' : ''}`,
    [storyId, LEASE_SECONDS],
  );
  return r.rows[0] ?? null;
}

const hhmm = (d: Date) => `${d.toISOString().slice(11, 16)} UTC`;

export function editingMessage(lock: { holder: string; since: Date }): string {
  return `${lock.holder} is editing since ${hhmm(lock.since)}; open it read-only, or take it over.`;
}

/** the story must exist, and the caller's role must let them edit it (else a reader would lock out its editors) */
async function mayEdit(c: Client, actor: AuthedActor, id: string): Promise<void> {
  const r = await c.query<{ owner: string; status: Status }>('SELECT u.name AS owner, s.status FROM stories s JOIN users u ON u.id = s.owner_id WHERE s.id = $1', [id]);
  const story = r.rows[0];
  if (!story) throw new ApiError('not-found', `The hub has no story ${id}; sync it first.`);
  const refused = refuseEdit(actor, story);
  if (refused) throw new ApiError('forbidden', refused);
}

export async function acquireLock(pool: Pool, actor: AuthedActor, id: string, takeOver: boolean): Promise<HubLock> {
  return inTx(pool, async (c) => {
    await mayEdit(c, actor, id);
    // serialise takers of the same story: the row may not exist yet, so lock on the story row
    await c.query('SELECT 1 FROM stories WHERE id = $1 FOR UPDATE', [id]);
    const held = await liveLock(c, id);
    if (held && held.user_id !== actor.id) {
      if (!takeOver) throw new ApiError('conflict', editingMessage(held), { detail: { lock: asLock(held, actor) } });
      await c.query("INSERT INTO story_history (story_id, user_id, kind, from_value, note) VALUES ($1, $2, 'takeover', $3, $4)", [id, actor.id, held.holder, `took over editing from ${held.holder} (editing since ${hhmm(held.since)})`]);
    }
    const keepSince = held && held.user_id === actor.id;
    await c.query(
      `INSERT INTO story_locks (story_id, user_id, since, heartbeat_at) VALUES ($1, $2, now(), now())
       ON CONFLICT (story_id) DO UPDATE SET user_id = excluded.user_id, heartbeat_at = now()${keepSince ? '' : ', since = now()'}`,
      [id, actor.id],
    );
    return asLock((await liveLock(c, id))!, actor);
  });
}

export async function heartbeat(pool: Pool, actor: AuthedActor, id: string): Promise<HubLock> {
  return inTx(pool, async (c) => {
    const r = await c.query('UPDATE story_locks SET heartbeat_at = now() WHERE story_id = $1 AND user_id = $2 AND heartbeat_at > now() - make_interval(secs => $3)', [id, actor.id, LEASE_SECONDS]);
    if (!r.rowCount) {
      const other = await liveLock(c, id);
      throw new ApiError('conflict', other ? `${other.holder} took this story over; your text is kept on your workstation.` : 'Your editing lease expired; take the story again to keep editing.', other ? { detail: { lock: asLock(other, actor) } } : {});
    }
    return asLock((await liveLock(c, id))!, actor);
  });
}

export async function releaseLock(pool: Pool, actor: AuthedActor, id: string): Promise<{ released: boolean }> {
  const r = await pool.query('DELETE FROM story_locks WHERE story_id = $1 AND user_id = $2', [id, actor.id]);
  return { released: (r.rowCount ?? 0) > 0 };
}

export async function getLock(pool: Pool, actor: AuthedActor, id: string): Promise<HubLock | null> {
  const lock = await liveLock(pool, id);
  return lock && asLock(lock, actor);
}
