import type { Db } from './migrations/types.js';
import type { DraftMeta, LexicalJson, Revision, RevisionSummary, Status } from '../../shared/model/draft.js';
import { parseJson } from './json.js';

interface RevisionRow {
  id: number;
  draft_id: string;
  created_at: string;
  reason: Revision['reason'];
  label: string;
  author: string;
  headline: string;
  status: Status;
  meta: string;
  body: string;
  plain_text: string;
  word_count: number;
}

export interface NewRevision {
  draftId: string;
  at: string;
  reason: Revision['reason'];
  label: string;
  author: string;
  headline: string;
  status: Status;
  meta: DraftMeta;
  body: LexicalJson;
  plainText: string;
  wordCount: number;
}

/** the columns a revision list and a full revision share */
function header(r: Omit<RevisionRow, 'meta' | 'body' | 'plain_text' | 'word_count'>) {
  return { id: r.id, draftId: r.draft_id, createdAt: r.created_at, reason: r.reason, label: r.label, author: r.author, headline: r.headline, status: r.status };
}

export class RevisionsRepo {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly getStmt;
  private readonly latestStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO revisions (draft_id, created_at, reason, label, author, headline, status, meta, body, plain_text, word_count)
       VALUES (@draftId, @at, @reason, @label, @author, @headline, @status, @meta, @body, @plainText, @wordCount)`,
    );
    this.listStmt = db.prepare<[string], Omit<RevisionRow, 'meta' | 'body' | 'plain_text'>>(
      'SELECT id, draft_id, created_at, reason, label, author, headline, status, word_count FROM revisions WHERE draft_id = ? ORDER BY id DESC',
    );
    this.getStmt = db.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE id = ?');
    this.latestStmt = db.prepare<[string], { id: number; created_at: string; plain_text: string; headline: string }>(
      'SELECT id, created_at, plain_text, headline FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
    );
  }

  add(r: NewRevision): number {
    const info = this.insertStmt.run({ ...r, meta: JSON.stringify(r.meta), body: JSON.stringify(r.body) });
    return Number(info.lastInsertRowid);
  }

  list(draftId: string): RevisionSummary[] {
    return this.listStmt.all(draftId).map((r) => ({ ...header(r), wordCount: r.word_count }));
  }

  get(id: number): Revision | undefined {
    const r = this.getStmt.get(id);
    if (!r) return undefined;
    return {
      ...header(r),
      meta: parseJson<DraftMeta>(r.meta, {}),
      body: parseJson<LexicalJson>(r.body, { root: { type: 'root', children: [] } }),
      plainText: r.plain_text,
    };
  }

  latest(draftId: string) {
    return this.latestStmt.get(draftId);
  }
}
