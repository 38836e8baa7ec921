import type { Db } from './migrations/types.js';
import type { Status } from '../../shared/model/draft.js';
import type { NewsroomConflict } from '../../shared/api/hub-contract.js';

export interface HubLink {
  draftId: string;
  hubVersion: number;
  owner: string;
  status: Status;
  lastHistoryId: number;
  contentHash: string;
}

interface LinkRow {
  draft_id: string;
  hub_version: number;
  owner: string;
  status: Status;
  last_history_id: number;
  content_hash: string;
}

/**
 * The workstation's side of the newsroom sync (migration 014): links to hub stories and the
 * outbox; and the conflicting copies nobody has read yet (migration 017), kept across restarts.
 */
export class HubSyncRepo {
  private readonly getStmt;
  private readonly putStmt;
  private readonly outboxStmt;
  private readonly inOutboxStmt;
  private readonly clearStmt;
  private readonly countStmt;
  private readonly ownersStmt;
  private readonly putConflictStmt;
  private readonly conflictsStmt;
  private readonly dismissConflictStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], LinkRow>('SELECT * FROM hub_stories WHERE draft_id = ?');
    this.putStmt = db.prepare(
      `INSERT INTO hub_stories (draft_id, hub_version, owner, status, last_history_id, content_hash)
       VALUES (@draftId, @hubVersion, @owner, @status, @lastHistoryId, @contentHash)
       ON CONFLICT(draft_id) DO UPDATE SET hub_version = excluded.hub_version, owner = excluded.owner, status = excluded.status,
         last_history_id = excluded.last_history_id, content_hash = excluded.content_hash`,
    );
    this.outboxStmt = db.prepare<[number], { draft_id: string }>('SELECT draft_id FROM hub_outbox ORDER BY draft_id LIMIT ?');
    this.inOutboxStmt = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM hub_outbox WHERE draft_id = ?');
    this.clearStmt = db.prepare('DELETE FROM hub_outbox WHERE draft_id = ?');
    this.countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM hub_outbox');
    this.ownersStmt = db.prepare<[string], { id: string; owner: string; status: Status }>('SELECT draft_id AS id, owner, status FROM hub_stories WHERE draft_id IN (SELECT value FROM json_each(?))');
    this.putConflictStmt = db.prepare<NewsroomConflict>(
      `INSERT OR REPLACE INTO hub_conflicts (draft_id, revision_id, headline, kept_as, message, current_by, user, at)
       VALUES (@id, @revisionId, @headline, @keptAs, @message, @currentBy, @user, @at)`,
    );
    this.conflictsStmt = db.prepare<[], NewsroomConflict>(
      'SELECT draft_id AS id, revision_id AS revisionId, headline, kept_as AS keptAs, message, current_by AS currentBy, user, at FROM hub_conflicts ORDER BY at, draft_id',
    );
    this.dismissConflictStmt = db.prepare('DELETE FROM hub_conflicts WHERE draft_id = ?');
  }

  link(draftId: string): HubLink | undefined {
    const r = this.getStmt.get(draftId);
    return r && { draftId: r.draft_id, hubVersion: r.hub_version, owner: r.owner, status: r.status, lastHistoryId: r.last_history_id, contentHash: r.content_hash };
  }

  putLink(link: HubLink): void {
    this.putStmt.run(link);
  }

  /** stories changed locally since they last agreed with the hub */
  outbox(limit = 10_000): string[] {
    return this.outboxStmt.all(limit).map((r) => r.draft_id);
  }

  inOutbox(draftId: string): boolean {
    return this.inOutboxStmt.get(draftId)!.n > 0;
  }

  pendingCount(): number {
    return this.countStmt.get()!.n;
  }

  /** owner and hub status of these stories (the ones the desk shows), by primary key */
  owners(ids: readonly string[]): Array<{ id: string; owner: string; status: Status }> {
    return this.ownersStmt.all(JSON.stringify(ids));
  }

  clearOutbox(draftId: string): void {
    this.clearStmt.run(draftId);
  }

  /** a conflicting copy kept by a sync round, until its banner is dismissed */
  putConflict(conflict: NewsroomConflict): void {
    this.putConflictStmt.run(conflict);
  }

  conflicts(): NewsroomConflict[] {
    return this.conflictsStmt.all();
  }

  dismissConflict(draftId: string): void {
    this.dismissConflictStmt.run(draftId);
  }
}
