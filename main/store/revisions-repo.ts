import type { Db } from './migrations/types.js';
import type { DraftMeta, LexicalJson, Revision, RevisionSummary, Status } from '../../shared/model/draft.js';
import { parseJson } from './json.js';
import { packRevision, unpackRevision } from './revision-packing.js';

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
  /** body and plain text, compressed (migration 009); body and plain_text are '' then */
  packed: Buffer | null;
}

/** body JSON and plain text of a row, packed or not (rows written before migration 009 are packed by it, but a row is read either way) */
function contentOf(r: { body: string; plain_text: string; packed: Buffer | null }): { bodyJson: string; plainText: string } {
  return r.packed ? unpackRevision(r.packed) : { bodyJson: r.body, plainText: r.plain_text };
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
function header(r: Omit<RevisionRow, 'meta' | 'body' | 'plain_text' | 'word_count' | 'packed'>) {
  return { id: r.id, draftId: r.draft_id, createdAt: r.created_at, reason: r.reason, label: r.label, author: r.author, headline: r.headline, status: r.status };
}

export class RevisionsRepo {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly getStmt;
  private readonly latestStmt;
  private readonly latestAtStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO revisions (draft_id, created_at, reason, label, author, headline, status, meta, body, plain_text, word_count, packed)
       VALUES (@draftId, @at, @reason, @label, @author, @headline, @status, @meta, '', '', @wordCount, @packed)`,
    );
    this.listStmt = db.prepare<[string], Omit<RevisionRow, 'meta' | 'body' | 'plain_text' | 'packed'>>(
      'SELECT id, draft_id, created_at, reason, label, author, headline, status, word_count FROM revisions WHERE draft_id = ? ORDER BY id DESC',
    );
    this.getStmt = db.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE id = ?');
    this.latestStmt = db.prepare<[string], { id: number; created_at: string; body: string; plain_text: string; packed: Buffer | null; headline: string }>(
      'SELECT id, created_at, body, plain_text, packed, headline FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
    );
    this.latestAtStmt = db.prepare<[string], { created_at: string }>('SELECT created_at FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1');
  }

  /** When the newest revision of a story was taken: what "is a revision due" reads on every save, without its content. */
  latestAt(draftId: string): string | undefined {
    return this.latestAtStmt.get(draftId)?.created_at;
  }

  add(r: NewRevision): number {
    const { body, plainText, ...rest } = r;
    const info = this.insertStmt.run({ ...rest, meta: JSON.stringify(r.meta), packed: packRevision(JSON.stringify(body), plainText) });
    return Number(info.lastInsertRowid);
  }

  list(draftId: string): RevisionSummary[] {
    return this.listStmt.all(draftId).map((r) => ({ ...header(r), wordCount: r.word_count }));
  }

  get(id: number): Revision | undefined {
    const r = this.getStmt.get(id);
    if (!r) return undefined;
    const { bodyJson, plainText } = contentOf(r);
    return {
      ...header(r),
      meta: parseJson<DraftMeta>(r.meta, {}),
      body: parseJson<LexicalJson>(bodyJson, { root: { type: 'root', children: [] } }),
      plainText,
    };
  }

  /** what a save compares with: the newest revision's time, headline and text */
  latest(draftId: string): { id: number; created_at: string; headline: string; plain_text: string } | undefined {
    const r = this.latestStmt.get(draftId);
    return r && { id: r.id, created_at: r.created_at, headline: r.headline, plain_text: contentOf(r).plainText };
  }
}
