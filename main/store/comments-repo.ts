import type { Db } from './migrations/types.js';
import type { CommentThread } from '../../shared/model/comment.js';

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
}

export interface NewComment {
  id: string;
  draftId: string;
  threadId: string;
  author: string;
  text: string;
  quote: string;
  at: string;
}

/** Threads with their replies, oldest first: one indexed read per story (comments_draft). */
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
      replies: [],
    });
  }
  for (const r of rows) {
    if (r.id === r.thread_id) continue;
    threads.get(r.thread_id)?.replies.push({ id: r.id, author: r.author, text: r.text, createdAt: r.created_at, updatedAt: r.updated_at });
  }
  return [...threads.values()];
}

export class CommentsRepo {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly getStmt;
  private readonly resolveStmt;
  private readonly touchStmt;
  private readonly openCountStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO comments (id, draft_id, thread_id, author, text, quote, created_at, updated_at)
       VALUES (@id, @draftId, @threadId, @author, @text, @quote, @at, @at)`,
    );
    this.listStmt = db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE draft_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid');
    this.getStmt = db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id = ? AND deleted_at IS NULL');
    this.resolveStmt = db.prepare('UPDATE comments SET resolved = @resolved, resolved_by = @who, resolved_at = CASE WHEN @resolved = 1 THEN @at END, updated_at = @at WHERE id = @id AND id = thread_id');
    this.touchStmt = db.prepare('UPDATE comments SET updated_at = ? WHERE id = ?');
    this.openCountStmt = db
      .prepare<[string]>('SELECT count(*) FROM comments WHERE draft_id = ? AND id = thread_id AND resolved = 0 AND deleted_at IS NULL')
      .pluck();
  }

  add(c: NewComment): void {
    this.insertStmt.run(c);
    // a reply makes its thread newer (what a sync, or a "latest activity" list, keys on)
    if (c.threadId !== c.id) this.touchStmt.run(c.at, c.threadId);
  }

  /** a thread's first row, or null (also null for a reply's id) */
  threadRow(id: string): { id: string; draftId: string } | null {
    const r = this.getStmt.get(id);
    return r && r.id === r.thread_id ? { id: r.id, draftId: r.draft_id } : null;
  }

  exists(id: string): boolean {
    return this.getStmt.get(id) !== undefined;
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
