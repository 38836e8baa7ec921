/**
 * Stories on the hub: versioned pushes, pulls by change sequence, and workflow steps, each
 * checked against the role rules of shared/model/newsroom.ts for the signed-in user.
 *
 * Every write takes one transaction-level advisory lock before it draws its sequence number,
 * so sequence numbers become visible in order: a pull of "everything after N" can never miss
 * a change committed later with a smaller number. Writes are a few milliseconds; one lock
 * serialises them at hundreds per second, far above a newsroom's save rate (README, bench).
 */
import { ApiError } from '../shared/api/errors.js';
import type { HubHistoryEvent, HubInput, HubResults, HubStory } from '../shared/api/hub-contract.js';
import type { Status } from '../shared/model/draft.js';
import { refuseEdit, refuseExport, refuseStatusMove } from '../shared/model/newsroom.js';
import { inTx, type Client, type Pool } from './db.js';
import type { AuthedActor } from './sessions.js';
import { refuseIfLockedByOther } from './locks.js';

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

async function nextSeq(c: Client): Promise<number> {
  await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  return Number((await c.query<{ seq: string }>("SELECT nextval('change_seq') AS seq")).rows[0]!.seq);
}

/** a story's text and metadata; refused with 409 (and the hub's story) when based on an older version */
export async function pushStory(pool: Pool, actor: AuthedActor, input: HubInput<'sync.push'>): Promise<HubResults['sync.push']> {
  return inTx(pool, async (c) => {
    const seq = await nextSeq(c);
    const current = await readStory(c, input.id, true);
    const refused = refuseEdit(actor, current && { owner: current.owner, status: current.status });
    if (refused) throw new ApiError('forbidden', refused);
    if (!current) {
      if (input.baseVersion !== 0) throw new ApiError('not-found', `The hub has no story ${input.id} (your copy says version ${input.baseVersion}).`);
      await c.query(
        `INSERT INTO stories (id, owner_id, headline, language, meta, body, status, version, seq, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, 'draft', 1, $7, now(), $2)`,
        [input.id, actor.id, input.headline, input.language, JSON.stringify(input.meta), JSON.stringify(input.body), seq],
      );
      await c.query("INSERT INTO story_history (story_id, user_id, kind) VALUES ($1, $2, 'created')", [input.id, actor.id]);
      return { version: 1, seq };
    }
    await refuseIfLockedByOther(c, input.id, actor);
    if (input.baseVersion !== current.version) {
      throw new ApiError('conflict', `${current.updatedBy} changed this story first (hub version ${current.version}, yours was based on ${input.baseVersion}).`, { detail: { current } });
    }
    await c.query('UPDATE stories SET headline = $2, language = $3, meta = $4, body = $5, version = version + 1, seq = $6, updated_at = now(), updated_by = $7 WHERE id = $1', [
      input.id,
      input.headline,
      input.language,
      JSON.stringify(input.meta),
      JSON.stringify(input.body),
      seq,
      actor.id,
    ]);
    return { version: current.version + 1, seq };
  });
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

async function recordStep(c: Client, seq: number, actor: AuthedActor, story: HubStory, kind: 'status' | 'export', to: Status, note: string | undefined): Promise<void> {
  await c.query('UPDATE stories SET status = $2, seq = $3, updated_at = now(), updated_by = $4 WHERE id = $1', [story.id, to, seq, actor.id]);
  await c.query('INSERT INTO story_history (story_id, user_id, kind, from_value, to_value, note) VALUES ($1, $2, $3, $4, $5, $6)', [story.id, actor.id, kind, story.status, to, note ?? null]);
}

async function mustRead(c: Client, id: string): Promise<HubStory> {
  const story = await readStory(c, id, true);
  if (!story) throw new ApiError('not-found', `The hub has no story ${id}; sync it first (redaksi sync).`);
  return story;
}

export async function setStatus(pool: Pool, actor: AuthedActor, input: HubInput<'workflow.setStatus'>): Promise<HubStory> {
  return inTx(pool, async (c) => {
    // the sequence lock before the row lock, in every write: the same order cannot deadlock
    const seq = await nextSeq(c);
    const story = await mustRead(c, input.id);
    const refused = refuseStatusMove(actor, story, input.to, input.note);
    if (refused) throw new ApiError('forbidden', refused);
    await recordStep(c, seq, actor, story, 'status', input.to, input.note?.trim() || undefined);
    return (await readStory(c, input.id))!;
  });
}

export async function recordExport(pool: Pool, actor: AuthedActor, input: HubInput<'workflow.recordExport'>): Promise<HubStory> {
  return inTx(pool, async (c) => {
    const seq = await nextSeq(c);
    const story = await mustRead(c, input.id);
    const refused = refuseExport(actor, story);
    if (refused) throw new ApiError('forbidden', refused);
    await recordStep(c, seq, actor, story, 'export', 'exported', input.target);
    return (await readStory(c, input.id))!;
  });
}
