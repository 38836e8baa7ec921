/**
 * Stories on the hub: versioned pushes, pulls by change sequence, and workflow steps, each
 * checked against the role rules of shared/model/newsroom.ts for the signed-in user.
 *
 * A write leaves the row's `seq` empty (UNNUMBERED); the pull numbers it (hub/sequencer.ts), so
 * writes never wait for one another's commits.
 */
import { ApiError } from '../shared/api/errors.js';
import type { HubHistoryEvent, HubInput, HubResults, HubStory } from '../shared/api/hub-contract.js';
import type { Status } from '../shared/model/draft.js';
import { refuseEdit, refuseExport, refuseStatusMove } from '../shared/model/newsroom.js';
import { inTx, type Client, type Pool } from './db.js';
import type { AuthedActor } from './sessions.js';
import { editingMessage, LEASE_SECONDS } from './locks.js';
import { numberChanges } from './sequencer.js';

interface StoryRow {
  id: string;
  owner: string;
  headline: string;
  language: 'en' | 'id';
  meta: HubStory['meta'];
  body: HubStory['body'];
  status: Status;
  version: number;
  seq: string | null;
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

/** a written change's sequence number until a pull gives it one (hub/sequencer.ts) */
export const UNNUMBERED = 'NULL';

/** what a push answers for `seq`: its number comes with the next pull (hub-contract.ts) */
const NOT_YET_NUMBERED = 0;

interface PushTarget {
  owner: string;
  status: Status;
  version: number;
  updated_by: string;
  lock_user: number | null;
  lock_holder: string | null;
  lock_since: Date | null;
}

/** a story's text and metadata; refused with 409 (and the hub's story) when based on an older version */
export async function pushStory(pool: Pool, actor: AuthedActor, input: HubInput<'sync.push'>): Promise<HubResults['sync.push']> {
  return inTx(pool, async (c) => {
    // the few fields a push decides on, and a live lease, in one read (not the body, not the history)
    const r = await c.query<PushTarget>(
      `SELECT o.name AS owner, s.status, s.version, u.name AS updated_by, l.user_id AS lock_user, lu.name AS lock_holder, l.since AS lock_since
         FROM stories s JOIN users o ON o.id = s.owner_id JOIN users u ON u.id = s.updated_by
         LEFT JOIN story_locks l ON l.story_id = s.id AND l.heartbeat_at > now() - make_interval(secs => $2)
         LEFT JOIN users lu ON lu.id = l.user_id
        WHERE s.id = $1 FOR UPDATE OF s`,
      [input.id, LEASE_SECONDS],
    );
    const current = r.rows[0];
    const refused = refuseEdit(actor, current ? { owner: current.owner, status: current.status } : null);
    if (refused) throw new ApiError('forbidden', refused);
    const meta = JSON.stringify(input.meta);
    const body = JSON.stringify(input.body);
    if (!current) {
      if (input.baseVersion !== 0) throw new ApiError('not-found', `The hub has no story ${input.id} (your copy says version ${input.baseVersion}).`);
      const inserted = await c.query(
        `INSERT INTO stories (id, owner_id, headline, language, meta, body, status, version, seq, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'draft', 1, ${UNNUMBERED}, now(), $2) ON CONFLICT (id) DO NOTHING`,
        [input.id, actor.id, input.headline, input.language, meta, body],
      );
      if (inserted.rowCount === 0) {
        // the same new story pushed twice at once: the other push won
        const winner = await readStory(c, input.id);
        throw new ApiError('conflict', `This story reached the hub from another push first (hub version ${winner?.version ?? 1}).`, { detail: { current: winner } });
      }
      await c.query("INSERT INTO story_history (story_id, user_id, kind) VALUES ($1, $2, 'created')", [input.id, actor.id]);
      return { version: 1, seq: NOT_YET_NUMBERED };
    }
    if (current.lock_user !== null && current.lock_user !== actor.id) {
      throw new ApiError('forbidden', editingMessage({ holder: current.lock_holder!, since: current.lock_since! }));
    }
    if (input.baseVersion !== current.version) {
      const full = await readStory(c, input.id);
      throw new ApiError('conflict', `${current.updated_by} changed this story first (hub version ${current.version}, yours was based on ${input.baseVersion}).`, { detail: { current: full } });
    }
    await c.query(
      `UPDATE stories SET headline = $2, language = $3, meta = $4, body = $5, version = version + 1, seq = ${UNNUMBERED}, updated_at = now(), updated_by = $6 WHERE id = $1`,
      [input.id, input.headline, input.language, meta, body, actor.id],
    );
    return { version: current.version + 1, seq: NOT_YET_NUMBERED };
  });
}

/** any signed-in user reads any story of the newsroom (the desk and the archive check need them all) */
export async function getStory(pool: Pool, id: string): Promise<HubStory> {
  const story = await readStory(pool, id);
  if (!story) throw new ApiError('not-found', `The hub has no story ${id}.`);
  return story;
}

export async function pullStories(pool: Pool, input: HubInput<'sync.pull'>): Promise<HubResults['sync.pull']> {
  await numberChanges(pool);
  const limit = input.limit ?? 200;
  const r = await pool.query<StoryRow>(`${STORY_SELECT} WHERE s.seq > $1 ORDER BY s.seq LIMIT $2`, [input.since, limit + 1]);
  const rows = r.rows.slice(0, limit);
  const history = await historyOf(pool, rows.map((s) => s.id));
  const stories = rows.map((s) => asStory(s, history.get(s.id)!));
  // nothing new: the cursor stays where the caller is (a restored, older database must not move it back)
  return { stories, seq: stories.length ? stories[stories.length - 1]!.seq : input.since, more: r.rows.length > limit };
}

async function recordStep(c: Client, actor: AuthedActor, story: HubStory, kind: 'status' | 'export', to: Status, note: string | undefined): Promise<void> {
  await c.query('INSERT INTO story_history (story_id, user_id, kind, from_value, to_value, note) VALUES ($1, $2, $3, $4, $5, $6)', [story.id, actor.id, kind, story.status, to, note ?? null]);
  await c.query(`UPDATE stories SET status = $2, seq = ${UNNUMBERED}, updated_at = now(), updated_by = $3 WHERE id = $1`, [story.id, to, actor.id]);
}

async function mustRead(c: Client, id: string): Promise<HubStory> {
  const story = await readStory(c, id, true);
  if (!story) throw new ApiError('not-found', `The hub has no story ${id}; sync it first (redaksi sync).`);
  return story;
}

export async function setStatus(pool: Pool, actor: AuthedActor, input: HubInput<'workflow.setStatus'>): Promise<HubStory> {
  return inTx(pool, async (c) => {
    const story = await mustRead(c, input.id);
    const refused = refuseStatusMove(actor, story, input.to, input.note);
    if (refused) throw new ApiError('forbidden', refused);
    await recordStep(c, actor, story, 'status', input.to, input.note?.trim() || undefined);
    return (await readStory(c, input.id))!;
  });
}

export async function recordExport(pool: Pool, actor: AuthedActor, input: HubInput<'workflow.recordExport'>): Promise<HubStory> {
  return inTx(pool, async (c) => {
    const story = await mustRead(c, input.id);
    const refused = refuseExport(actor, story);
    if (refused) throw new ApiError('forbidden', refused);
    await recordStep(c, actor, story, 'export', 'exported', input.target);
    return (await readStory(c, input.id))!;
  });
}
