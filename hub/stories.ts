/**
 * Stories on the hub: versioned pushes, pulls by change sequence, and workflow steps, each
 * checked against the role rules of shared/model/newsroom.ts for the signed-in user.
 *
 * Every write takes one transaction-level advisory lock when it draws its sequence number and
 * holds it to its commit, so sequence numbers become visible in order: a pull of "everything
 * after N" can never miss a change committed later with a smaller number.
 */
import { ApiError } from '../shared/api/errors.js';
import type { HubHistoryEvent, HubInput, HubResults, HubStory } from '../shared/api/hub-contract.js';
import type { Status } from '../shared/model/draft.js';
import { refuseEdit, refuseExport, refuseStatusMove } from '../shared/model/newsroom.js';
import type { Client, Pool } from './db.js';
import type { AuthedActor } from './sessions.js';
import { editingMessage, LEASE_SECONDS } from './locks.js';

const WRITE_LOCK = 0x53455121; // "SEQ!"

interface StoryRow {
  id: string;
  owner: string;
  headline: string;
  language: 'en' | 'id';
  meta: HubStory['meta'];
  body: HubStory['body'];
  status: Status;
  version: number;
  seq: string;
  updated_at: Date;
  updated_by: string;
}

const STORY_SELECT = `SELECT s.id, o.name AS owner, s.headline, s.language, s.meta, s.body, s.status, s.version, s.seq, s.updated_at, u.name AS updated_by
  FROM stories s JOIN users o ON o.id = s.owner_id JOIN users u ON u.id = s.updated_by`;

async function historyOf(c: Client | Pool, ids: string[]): Promise<Map<string, HubHistoryEvent[]>> {
  const byStory = new Map<string, HubHistoryEvent[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byStory;
  const r = await c.query<{ id: string; story_id: string; at: Date; who: string; kind: HubHistoryEvent['kind']; from_value: string | null; to_value: string | null; note: string | null }>(
    `SELECT h.id, h.story_id, h.at, u.name AS who, h.kind, h.from_value, h.to_value, h.note
       FROM story_history h JOIN users u ON u.id = h.user_id WHERE h.story_id = ANY($1) ORDER BY h.id`,
    [ids],
  );
  for (const h of r.rows) {
    byStory.get(h.story_id)!.push({
      id: Number(h.id),
      at: h.at.toISOString(),
      who: h.who,
      kind: h.kind,
      ...(h.from_value !== null ? { from: h.from_value } : {}),
      ...(h.to_value !== null ? { to: h.to_value } : {}),
      ...(h.note !== null ? { note: h.note } : {}),
    });
  }
  return byStory;
}

function asStory(r: StoryRow, history: HubHistoryEvent[]): HubStory {
  return { id: r.id, owner: r.owner, headline: r.headline, language: r.language, meta: r.meta, body: r.body, status: r.status, version: r.version, seq: Number(r.seq), updatedAt: r.updated_at.toISOString(), updatedBy: r.updated_by, history };
}

async function readStory(c: Client | Pool, id: string, forUpdate = false): Promise<HubStory | null> {
  const r = await c.query<StoryRow>(`${STORY_SELECT} WHERE s.id = $1${forUpdate ? ' FOR UPDATE OF s' : ''}`, [id]);
  if (!r.rows[0]) return null;
  return asStory(r.rows[0], (await historyOf(c, [id])).get(id)!);
}

/**
 * Every write is one statement in its own transaction: the checks read first (no lock held),
 * then one statement writes on the condition that what was checked still holds (same version,
 * same status, no other holder's lease) and draws its sequence number under the sequence lock.
 * PostgreSQL releases that lock at the statement's own commit, without waiting for the hub to
 * send anything: a hub starved of CPU cannot make every other save queue behind it. A write
 * whose condition failed (someone was faster) is checked again and answered from the new state.
 */
const NEXT_SEQ = `(SELECT nextval('change_seq') FROM (SELECT pg_advisory_xact_lock(${WRITE_LOCK})) AS seq_lock)`;

interface PushTarget {
  owner: string;
  status: Status;
  version: number;
  updated_by: string;
  lock_user: number | null;
  lock_holder: string | null;
  lock_since: Date | null;
}

/** the few fields a push decides on, and a live lease, in one read (not the body, not the history) */
async function pushTarget(pool: Pool, id: string): Promise<PushTarget | undefined> {
  const r = await pool.query<PushTarget>(
    `SELECT o.name AS owner, s.status, s.version, u.name AS updated_by, l.user_id AS lock_user, lu.name AS lock_holder, l.since AS lock_since
       FROM stories s JOIN users o ON o.id = s.owner_id JOIN users u ON u.id = s.updated_by
       LEFT JOIN story_locks l ON l.story_id = s.id AND l.heartbeat_at > now() - make_interval(secs => $2)
       LEFT JOIN users lu ON lu.id = l.user_id
      WHERE s.id = $1`,
    [id, LEASE_SECONDS],
  );
  return r.rows[0];
}

/** a story's text and metadata; refused with 409 (and the hub's story) when based on an older version */
export async function pushStory(pool: Pool, actor: AuthedActor, input: HubInput<'sync.push'>, retried = false): Promise<HubResults['sync.push']> {
  const current = await pushTarget(pool, input.id);
  const refused = refuseEdit(actor, current ? { owner: current.owner, status: current.status } : null);
  if (refused) throw new ApiError('forbidden', refused);
  const meta = JSON.stringify(input.meta);
  const body = JSON.stringify(input.body);
  const raced = async (): Promise<HubResults['sync.push']> => {
    if (!retried) return pushStory(pool, actor, input, true);
    throw new ApiError('conflict', 'This story changed on the hub while you saved; sync and try again.', { detail: { current: await readStory(pool, input.id) } });
  };
  if (!current) {
    if (input.baseVersion !== 0) throw new ApiError('not-found', `The hub has no story ${input.id} (your copy says version ${input.baseVersion}).`);
    const inserted = await pool.query<{ seq: string }>(
      `WITH ins AS (
         INSERT INTO stories (id, owner_id, headline, language, meta, body, status, version, seq, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'draft', 1, ${NEXT_SEQ}, now(), $2) ON CONFLICT (id) DO NOTHING RETURNING id, seq),
       created AS (INSERT INTO story_history (story_id, user_id, kind) SELECT id, $2, 'created' FROM ins)
       SELECT seq FROM ins`,
      [input.id, actor.id, input.headline, input.language, meta, body],
    );
    if (!inserted.rows[0]) return raced(); // the same new story pushed twice at once
    return { version: 1, seq: Number(inserted.rows[0].seq) };
  }
  if (current.lock_user !== null && current.lock_user !== actor.id) {
    throw new ApiError('forbidden', editingMessage({ holder: current.lock_holder!, since: current.lock_since! }));
  }
  if (input.baseVersion !== current.version) {
    throw new ApiError('conflict', `${current.updated_by} changed this story first (hub version ${current.version}, yours was based on ${input.baseVersion}).`, { detail: { current: await readStory(pool, input.id) } });
  }
  const updated = await pool.query<{ version: number; seq: string }>(
    `UPDATE stories SET headline = $2, language = $3, meta = $4, body = $5, version = version + 1, seq = ${NEXT_SEQ}, updated_at = now(), updated_by = $6
      WHERE id = $1 AND version = $7
        AND NOT EXISTS (SELECT 1 FROM story_locks l WHERE l.story_id = $1 AND l.user_id <> $6 AND l.heartbeat_at > now() - make_interval(secs => $8))
      RETURNING version, seq`,
    [input.id, input.headline, input.language, meta, body, actor.id, input.baseVersion, LEASE_SECONDS],
  );
  if (!updated.rows[0]) return raced();
  return { version: updated.rows[0].version, seq: Number(updated.rows[0].seq) };
}

/** any signed-in user reads any story of the newsroom (the desk and the archive check need them all) */
export async function getStory(pool: Pool, id: string): Promise<HubStory> {
  const story = await readStory(pool, id);
  if (!story) throw new ApiError('not-found', `The hub has no story ${id}.`);
  return story;
}

export async function pullStories(pool: Pool, input: HubInput<'sync.pull'>): Promise<HubResults['sync.pull']> {
  const limit = input.limit ?? 200;
  const r = await pool.query<StoryRow>(`${STORY_SELECT} WHERE s.seq > $1 ORDER BY s.seq LIMIT $2`, [input.since, limit + 1]);
  const rows = r.rows.slice(0, limit);
  const history = await historyOf(pool, rows.map((s) => s.id));
  const stories = rows.map((s) => asStory(s, history.get(s.id)!));
  // nothing new: the cursor stays where the caller is (a restored, older database must not move it back)
  return { stories, seq: stories.length ? stories[stories.length - 1]!.seq : input.since, more: r.rows.length > limit };
}

/** a workflow step and its history row in one statement, if the story still has the status the rules were checked against */
async function recordStep(pool: Pool, actor: AuthedActor, story: HubStory, kind: 'status' | 'export', to: Status, note: string | undefined): Promise<boolean> {
  const r = await pool.query(
    `WITH step AS (
       UPDATE stories SET status = $2, seq = ${NEXT_SEQ}, updated_at = now(), updated_by = $3 WHERE id = $1 AND status = $4 RETURNING id)
     INSERT INTO story_history (story_id, user_id, kind, from_value, to_value, note) SELECT id, $3, $5, $4, $2, $6 FROM step`,
    [story.id, to, actor.id, story.status, kind, note ?? null],
  );
  return (r.rowCount ?? 0) > 0;
}

async function mustRead(pool: Pool, id: string): Promise<HubStory> {
  const story = await readStory(pool, id);
  if (!story) throw new ApiError('not-found', `The hub has no story ${id}; sync it first (redaksi sync).`);
  return story;
}

async function step(pool: Pool, actor: AuthedActor, id: string, kind: 'status' | 'export', to: Status, note: string | undefined, refuse: (story: HubStory) => string | null): Promise<HubStory> {
  // twice at most: a second try means another step landed between our read and our write
  for (let attempt = 0; attempt < 2; attempt++) {
    const story = await mustRead(pool, id);
    const refused = refuse(story);
    if (refused) throw new ApiError('forbidden', refused);
    if (await recordStep(pool, actor, story, kind, to, note)) return (await readStory(pool, id))!;
  }
  throw new ApiError('conflict', 'The story\'s status changed on the hub at the same moment; look at it again.');
}

export function setStatus(pool: Pool, actor: AuthedActor, input: HubInput<'workflow.setStatus'>): Promise<HubStory> {
  return step(pool, actor, input.id, 'status', input.to, input.note?.trim() || undefined, (story) => refuseStatusMove(actor, story, input.to, input.note));
}

export function recordExport(pool: Pool, actor: AuthedActor, input: HubInput<'workflow.recordExport'>): Promise<HubStory> {
  return step(pool, actor, input.id, 'export', 'exported', input.target, (story) => refuseExport(actor, story));
}
