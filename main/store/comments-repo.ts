import type { Db } from './migrations/types.js';
import type { CommentThread, MentionedStory } from '../../shared/model/comment.js';
import type { HubComment } from '../../shared/api/hub-contract.js';

interface CommentRow {
  id: string;
  draft_id: string;
  thread_id: string;
  author: string;
  text: string;
  quote: string;
  resolved: number;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** names mentioned, joined by a newline (a name has none) */
  mentions: string | null;
}

export interface NewComment {
  id: string;
  draftId: string;
  threadId: string;
  author: string;
  text: string;
  quote: string;
  at: string;
  mentions: readonly string[];
}

/** Threads with their replies, oldest first: one indexed read per story (comments_draft). */
const namesOf = (r: CommentRow): string[] => (r.mentions ? r.mentions.split('\n') : []);

function threadsOf(rows: CommentRow[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  for (const r of rows) {
    if (r.id !== r.thread_id) continue;
    threads.set(r.id, {
      id: r.id,
      draftId: r.draft_id,
      author: r.author,
      text: r.text,
      quote: r.quote,
      resolved: r.resolved === 1,
      resolvedBy: r.resolved_by,
      resolvedAt: r.resolved_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      mentions: namesOf(r),
      replies: [],
    });
  }
  for (const r of rows) {
    if (r.id === r.thread_id) continue;
    threads.get(r.thread_id)?.replies.push({ id: r.id, author: r.author, text: r.text, createdAt: r.created_at, updatedAt: r.updated_at, mentions: namesOf(r) });
  }
  return [...threads.values()];
}

/** a message as the newsroom hub has it, under the workstation's name for its story */
export type SyncedComment = Omit<HubComment, 'storyId' | 'seq' | 'mentions'> & { draftId: string; mentions: readonly string[] };

/** how many of the newest history events name the people offered after `@` offline */
const RECENT_HISTORY = 20_000;

export class CommentsRepo {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly getStmt;
  private readonly resolveStmt;
  private readonly touchStmt;
  private readonly openCountStmt;
  private readonly mentionStmt;
  private readonly existsStmt;
  private readonly deleteStmt;
  private readonly restoreStmt;
  private readonly deletedStmt;
  private readonly namesStmt;
  private readonly waitingStmt;
  private readonly syncRowStmt;
  private readonly outboxStmt;
  private readonly inOutboxStmt;
  private readonly clearOutboxStmt;
  private readonly upsertStmt;
  private readonly clearMentionsStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO comments (id, draft_id, thread_id, author, text, quote, created_at, updated_at)
       VALUES (@id, @draftId, @threadId, @author, @text, @quote, @at, @at)`,
    );
    const withMentions = `SELECT c.*, (SELECT group_concat(m.name, char(10)) FROM comment_mentions m WHERE m.comment_id = c.id) AS mentions FROM comments c`;
    this.listStmt = db.prepare<[string], CommentRow>(`${withMentions} WHERE c.draft_id = ? AND c.deleted_at IS NULL ORDER BY c.created_at, c.rowid`);
    this.getStmt = db.prepare<[string], CommentRow>(`${withMentions} WHERE c.id = ? AND c.deleted_at IS NULL`);
    this.deletedStmt = db.prepare<[string], CommentRow>(`${withMentions} WHERE c.id = ? AND c.deleted_at IS NOT NULL`);
    this.syncRowStmt = db.prepare<[string], CommentRow>(`${withMentions} WHERE c.id = ?`);
    // threads before their replies, oldest first: a reply goes up after its thread
    this.outboxStmt = db
      .prepare<[]>('SELECT o.comment_id FROM comments_outbox o JOIN comments c ON c.id = o.comment_id ORDER BY c.id <> c.thread_id, c.created_at, c.rowid')
      .pluck();
    this.inOutboxStmt = db.prepare<[string]>('SELECT 1 FROM comments_outbox WHERE comment_id = ?').pluck();
    this.clearOutboxStmt = db.prepare('DELETE FROM comments_outbox WHERE comment_id = ?');
    this.upsertStmt = db.prepare(
      `INSERT INTO comments (id, draft_id, thread_id, author, text, quote, resolved, resolved_by, resolved_at, created_at, updated_at, deleted_at)
       VALUES (@id, @draftId, @threadId, @author, @text, @quote, @resolved, @resolvedBy, @resolvedAt, @createdAt, @updatedAt, @deletedAt)
       ON CONFLICT (id) DO UPDATE SET author = excluded.author, text = excluded.text, quote = excluded.quote, resolved = excluded.resolved,
         resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at, created_at = excluded.created_at,
         updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
    );
    this.clearMentionsStmt = db.prepare('DELETE FROM comment_mentions WHERE comment_id = ?');
    this.existsStmt = db.prepare<[string]>('SELECT 1 FROM comments WHERE id = ?').pluck();
    this.mentionStmt = db.prepare('INSERT OR IGNORE INTO comment_mentions (name, comment_id) VALUES (?, ?)');
    // a thread goes with its replies; each row keeps the time, so an undo brings back exactly these
    this.deleteStmt = db.prepare('UPDATE comments SET deleted_at = @at, updated_at = @at WHERE (id = @id OR thread_id = @id) AND deleted_at IS NULL');
    this.restoreStmt = db.prepare('UPDATE comments SET deleted_at = NULL, updated_at = @at WHERE (id = @id OR thread_id = @id) AND deleted_at = @deletedAt');
    this.namesStmt = db
      .prepare<[]>(
        `SELECT author FROM comments WHERE author <> ''
         UNION SELECT who FROM history WHERE id > (SELECT max(id) FROM history) - ${RECENT_HISTORY} AND who <> ''
         UNION SELECT name FROM comment_mentions`,
      )
      .pluck();
    // open, undeleted threads with a message (the first or a reply, not deleted) naming the person
    this.waitingStmt = db.prepare<[{ name: string }], MentionedStory>(
      `SELECT d.id AS draftId, d.headline, d.status, count(DISTINCT t.id) AS threads,
              max(c.created_at) AS latestAt,
              (SELECT c2.author FROM comment_mentions m2 JOIN comments c2 ON c2.id = m2.comment_id
                 WHERE m2.name = @name AND c2.draft_id = d.id AND c2.deleted_at IS NULL ORDER BY c2.created_at DESC LIMIT 1) AS latestBy,
              (SELECT c2.text FROM comment_mentions m2 JOIN comments c2 ON c2.id = m2.comment_id
                 WHERE m2.name = @name AND c2.draft_id = d.id AND c2.deleted_at IS NULL ORDER BY c2.created_at DESC LIMIT 1) AS latestText
       FROM comment_mentions m
       JOIN comments c ON c.id = m.comment_id AND c.deleted_at IS NULL
       JOIN comments t ON t.id = c.thread_id AND t.resolved = 0 AND t.deleted_at IS NULL
       JOIN drafts d ON d.id = c.draft_id AND d.trashed_at IS NULL
       WHERE m.name = @name
       GROUP BY d.id
       ORDER BY latestAt DESC`,
    );
    this.resolveStmt = db.prepare('UPDATE comments SET resolved = @resolved, resolved_by = @who, resolved_at = CASE WHEN @resolved = 1 THEN @at END, updated_at = @at WHERE id = @id AND id = thread_id');
    this.touchStmt = db.prepare('UPDATE comments SET updated_at = ? WHERE id = ?');
    this.openCountStmt = db
      .prepare<[string]>('SELECT count(*) FROM comments WHERE draft_id = ? AND id = thread_id AND resolved = 0 AND deleted_at IS NULL')
      .pluck();
  }

  add(c: NewComment): void {
    const { mentions, ...row } = c;
    this.insertStmt.run(row);
    for (const name of mentions) this.mentionStmt.run(name, c.id);
    // a reply makes its thread newer (what a sync, or a "latest activity" list, keys on)
    if (c.threadId !== c.id) this.touchStmt.run(c.at, c.threadId);
  }

  /** a thread's first row, or null (also null for a reply's id) */
  threadRow(id: string): { id: string; draftId: string } | null {
    const r = this.getStmt.get(id);
    return r && r.id === r.thread_id ? { id: r.id, draftId: r.draft_id } : null;
  }

  /** one message (thread or reply) that is not deleted, or null */
  message(id: string): { id: string; draftId: string; threadId: string; author: string } | null {
    const r = this.getStmt.get(id);
    return r ? { id: r.id, draftId: r.draft_id, threadId: r.thread_id, author: r.author } : null;
  }

  /** marks a thread (with its replies) or one reply deleted; rows stay for an undo and a later sync */
  delete(id: string, at: string): void {
    this.deleteStmt.run({ id, at });
  }

  /** a deleted message (thread or reply), or null */
  deletedMessage(id: string): { id: string; draftId: string; threadId: string; author: string; deletedAt: string; text: string } | null {
    const r = this.deletedStmt.get(id);
    return r && r.deleted_at ? { id: r.id, draftId: r.draft_id, threadId: r.thread_id, author: r.author, deletedAt: r.deleted_at, text: r.text } : null;
  }

  /** brings back what one deletion took (the thread and the replies deleted with it) */
  restore(id: string, deletedAt: string, at: string): void {
    this.restoreStmt.run({ id, deletedAt, at });
  }

  /**
   * everyone this store has seen write a comment, be mentioned, or act in the recent history: who
   * can be mentioned offline. Only the newest history events are read (a rowid range): the whole
   * history of 200,000 events took a median 69 ms to scan, and the people at work now are in
   * the recent part.
   */
  knownNames(): string[] {
    return this.namesStmt.all() as string[];
  }

  /** stories with open threads that mention `name` (any case), newest first */
  waitingFor(name: string): MentionedStory[] {
    return this.waitingStmt.all({ name });
  }

  /** messages changed here since the hub last agreed, in the order they can go up */
  outbox(): string[] {
    return this.outboxStmt.all() as string[];
  }

  inOutbox(id: string): boolean {
    return this.inOutboxStmt.get(id) !== undefined;
  }

  clearOutbox(id: string): void {
    this.clearOutboxStmt.run(id);
  }

  /** a message as it is here, deleted or not (what a sync pushes) */
  syncRow(id: string): SyncedComment | null {
    const r = this.syncRowStmt.get(id);
    if (!r) return null;
    return {
      id: r.id,
      draftId: r.draft_id,
      threadId: r.thread_id,
      author: r.author,
      text: r.text,
      quote: r.quote,
      mentions: namesOf(r),
      resolved: r.resolved === 1,
      resolvedBy: r.resolved_by,
      resolvedAt: r.resolved_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      deletedAt: r.deleted_at,
    };
  }

  /**
   * Makes a message what the hub says (a pulled one, or the hub's answer to a push) and takes it
   * out of the outbox: the caller decides whether a local change still waiting must win instead.
   * Returns whether the message is new here.
   */
  applySynced(c: SyncedComment): boolean {
    const isNew = !this.exists(c.id);
    const { mentions, ...row } = c;
    this.upsertStmt.run({ ...row, resolved: c.resolved ? 1 : 0 });
    this.clearMentionsStmt.run(c.id);
    for (const name of mentions) this.mentionStmt.run(name, c.id);
    this.clearOutboxStmt.run(c.id);
    return isNew;
  }

  /** whether the id is taken, by a deleted message too */
  exists(id: string): boolean {
    return this.existsStmt.get(id) !== undefined;
  }

  setResolved(threadId: string, resolved: boolean, who: string, at: string): void {
    this.resolveStmt.run({ id: threadId, resolved: resolved ? 1 : 0, who: resolved ? who : null, at });
  }

  list(draftId: string): CommentThread[] {
    return threadsOf(this.listStmt.all(draftId));
  }

  thread(draftId: string, threadId: string): CommentThread | null {
    return this.list(draftId).find((t) => t.id === threadId) ?? null;
  }

  unresolvedCount(draftId: string): number {
    return this.openCountStmt.get(draftId) as number;
  }
}
