/**
 * Comment messages on the hub (issue 15): a workstation pushes each message it changed (new,
 * resolved or reopened, deleted or brought back) as it has it now; the hub checks the change
 * against shared/model/comment-rules.ts for the signed-in user, stamps author and times
 * itself, and gives the row a change sequence number under the stories' lock, so pulls by
 * sequence number see comments in commit order as they see stories.
 */
import { ApiError } from '../shared/api/errors.js';
import type { CommentPushResult, HubComment, HubInput, HubResults } from '../shared/api/hub-contract.js';
import { refuseCommentDelete, refuseCommentEdit, refuseCommentResolve } from '../shared/model/comment-rules.js';
import { mentionsIn } from '../shared/model/mentions.js';
import { inTx, type Client, type Pool } from './db.js';
import type { AuthedActor } from './sessions.js';
import { UNNUMBERED } from './stories.js';
import { numberChanges } from './sequencer.js';

interface CommentRow {
  id: string;
  story_id: string;
  thread_id: string;
  author: string;
  text: string;
  quote: string;
  mentions: string[];
  resolved: boolean;
  resolved_by: string | null;
  resolved_at: Date | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  seq: string;
}

const SELECT = `SELECT c.id, c.story_id, c.thread_id, a.name AS author, c.text, c.quote, c.mentions, c.resolved, r.name AS resolved_by,
    c.resolved_at, c.created_at, c.updated_at, c.deleted_at, c.seq
  FROM comments c JOIN users a ON a.id = c.author_id LEFT JOIN users r ON r.id = c.resolved_by`;

const asComment = (r: CommentRow): HubComment => ({
  id: r.id,
  storyId: r.story_id,
  threadId: r.thread_id,
  author: r.author,
  text: r.text,
  quote: r.quote,
  mentions: r.mentions,
  resolved: r.resolved,
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  deletedAt: r.deleted_at?.toISOString() ?? null,
  seq: Number(r.seq),
});

async function readComment(c: Client, id: string, forUpdate = false): Promise<HubComment | null> {
  const r = await c.query<CommentRow>(`${SELECT} WHERE c.id = $1${forUpdate ? ' FOR UPDATE OF c' : ''}`, [id]);
  return r.rows[0] ? asComment(r.rows[0]) : null;
}

// times a workstation sends (written offline, deleted offline) are kept, but never in the future:
// LEAST ignores NULL in PostgreSQL, so "not deleted" is tested before it

/** a refusal carries the hub's row, so the workstation can put its copy back */
function refuse(message: string, current: HubComment | null): never {
  throw new ApiError('forbidden', message, current ? { detail: { current } } : undefined);
}

export async function pushComment(pool: Pool, actor: AuthedActor, input: HubInput<'comments.push'>): Promise<HubResults['comments.push']> {
  if (actor.role === 'admin') refuse('An admin manages users and does not comment on stories.', null);
  return inTx(pool, async (c) => {
    const story = await c.query('SELECT 1 FROM stories WHERE id = $1', [input.storyId]);
    if (!story.rows[0]) throw new ApiError('not-found', `The hub has no story ${input.storyId}; the comment goes up after the story does.`);
    // only names still written in the text are mentions (shared/model/mentions.ts)
    const mentions = mentionsIn(input.text, input.mentions);
    const current = await readComment(c, input.id, true);
    if (!current) {
      const isThread = input.threadId === input.id;
      if (!isThread) {
        const thread = await c.query<{ story_id: string }>('SELECT story_id FROM comments WHERE id = $1 AND thread_id = id', [input.threadId]);
        if (!thread.rows[0]) throw new ApiError('not-found', `The hub has no comment thread ${input.threadId}; the reply goes up after it.`);
        if (thread.rows[0].story_id !== input.storyId) throw new ApiError('invalid-argument', 'A reply belongs to the story of its thread.');
      }
      // the author is the signed-in user (resolving one's own new thread is allowed by the rules)
      const resolved = isThread && input.resolved;
      await c.query(
        `INSERT INTO comments (id, story_id, thread_id, author_id, text, quote, mentions, resolved, resolved_by, resolved_at, created_at, updated_at, deleted_at, seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8 THEN $4::integer END, CASE WHEN $8 THEN now() END, LEAST($9::timestamptz, now()), now(),
                 CASE WHEN $10::timestamptz IS NOT NULL THEN LEAST($10::timestamptz, now()) END, ${UNNUMBERED})`,
        [input.id, input.storyId, input.threadId, actor.id, input.text, isThread ? input.quote : '', mentions, resolved, input.createdAt, input.deletedAt],
      );
      return (await readComment(c, input.id))!;
    }
    if (current.storyId !== input.storyId || current.threadId !== input.threadId) throw new ApiError('invalid-argument', `Comment ${input.id} belongs to another story or thread on the hub.`);
    const isThread = current.id === current.threadId;
    const textChanged = current.text !== input.text;
    const resolveChanged = isThread && current.resolved !== input.resolved;
    const deleteChanged = (current.deletedAt !== null) !== (input.deletedAt !== null);
    if (!textChanged && !resolveChanged && !deleteChanged) return current;
    const facts = { author: current.author, isThread };
    if (textChanged) {
      const why = refuseCommentEdit(actor, facts);
      if (why) refuse(why, current);
    }
    if (deleteChanged) {
      const why = refuseCommentDelete(actor, facts);
      if (why) refuse(why, current);
    }
    if (resolveChanged) {
      const why = refuseCommentResolve(actor, { author: current.author });
      if (why) refuse(why, current);
    }
    await c.query(
      `UPDATE comments SET text = $2, mentions = $3,
              resolved = $4, resolved_by = CASE WHEN NOT $5 THEN resolved_by WHEN $4 THEN $6::integer END,
              resolved_at = CASE WHEN NOT $5 THEN resolved_at WHEN $4 THEN now() END,
              deleted_at = CASE WHEN NOT $7 THEN deleted_at WHEN $8::timestamptz IS NOT NULL THEN LEAST($8::timestamptz, now()) END,
              updated_at = now(), seq = ${UNNUMBERED}
        WHERE id = $1`,
      [input.id, input.text, textChanged ? mentions : current.mentions, isThread ? input.resolved : false, resolveChanged, actor.id, deleteChanged, input.deletedAt],
    );
    return (await readComment(c, input.id))!;
  });
}

/** the refusals that belong to one message of a batch; anything else (the database lost) fails the request */
type PerMessageCode = 'forbidden' | 'invalid-argument' | 'not-found';
const isPerMessage = (code: string): code is PerMessageCode => code === 'forbidden' || code === 'invalid-argument' || code === 'not-found';

/**
 * A sync round's messages in one request. Each is checked and stored exactly as `comments.push`
 * does, in its own transaction and in the order sent (a thread before its replies), so one
 * refused message neither stops nor undoes the others, and the rules are the same per message.
 */
export async function pushCommentBatch(pool: Pool, actor: AuthedActor, input: HubInput<'comments.pushBatch'>): Promise<HubResults['comments.pushBatch']> {
  const results: CommentPushResult[] = [];
  for (const message of input.messages) {
    try {
      results.push({ id: message.id, comment: await pushComment(pool, actor, message) });
    } catch (e) {
      if (!(e instanceof ApiError) || !isPerMessage(e.code)) throw e;
      const current = e.detail?.current as HubComment | undefined;
      results.push({ id: message.id, error: { code: e.code, message: e.message, ...(current ? { current } : {}) } });
    }
  }
  return { results };
}

export async function pullComments(pool: Pool, input: HubInput<'comments.pull'>): Promise<HubResults['comments.pull']> {
  await numberChanges(pool);
  const limit = input.limit ?? 200;
  const r = await pool.query<CommentRow>(`${SELECT} WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`, [input.since, limit + 1]);
  const comments = r.rows.slice(0, limit).map(asComment);
  return { comments, seq: comments.length ? comments[comments.length - 1]!.seq : input.since, more: r.rows.length > limit };
}
