import type { Db } from './migrations/types.js';
import type { DraftMeta, LexicalJson, Revision, RevisionSummary, Status } from '../../shared/model/draft.js';
import { parseJson } from './json.js';
import { packRevision, unpackRevision } from './revision-packing.js';
import { draftContent } from './body-packing.js';
import { EDIT_OF } from './body-edits.js';

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
  /** 1: body and text are the story's as stored now (migration 016); packed is NULL then */
  in_draft: number;
}

type StoredContent = { body: string; plain_text: string; packed: Buffer | null };

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
  /**
   * The body and text are exactly what the story's drafts row holds now: the revision keeps a
   * reference instead of a copy, written out by a trigger before the story's text next changes.
   */
  inDraft?: boolean;
}

/** the columns a revision list and a full revision share */
function header(r: Omit<RevisionRow, 'meta' | 'body' | 'plain_text' | 'word_count' | 'packed' | 'in_draft'>) {
  return { id: r.id, draftId: r.draft_id, createdAt: r.created_at, reason: r.reason, label: r.label, author: r.author, headline: r.headline, status: r.status };
}

export class RevisionsRepo {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly getStmt;
  private readonly latestStmt;
  private readonly latestAtStmt;
  private readonly draftContentStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO revisions (draft_id, created_at, reason, label, author, headline, status, meta, body, plain_text, word_count, packed, in_draft)
       VALUES (@draftId, @at, @reason, @label, @author, @headline, @status, @meta, '', '', @wordCount, @packed, @inDraft)`,
    );
    this.listStmt = db.prepare<[string], Omit<RevisionRow, 'meta' | 'body' | 'plain_text' | 'packed' | 'in_draft'>>(
      'SELECT id, draft_id, created_at, reason, label, author, headline, status, word_count FROM revisions WHERE draft_id = ? ORDER BY id DESC',
    );
    this.getStmt = db.prepare<[number], RevisionRow>('SELECT * FROM revisions WHERE id = ?');
    this.latestStmt = db.prepare<[string], StoredContent & { id: number; draft_id: string; created_at: string; headline: string; in_draft: number }>(
      'SELECT id, draft_id, created_at, body, plain_text, packed, in_draft, headline FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
    );
    this.latestAtStmt = db.prepare<[string], { created_at: string }>('SELECT created_at FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1');
    this.draftContentStmt = db.prepare<[string], StoredContent & { edit: string | null }>(`SELECT body, plain_text, packed, ${EDIT_OF('drafts')} AS edit FROM drafts WHERE id = ?`);
  }

  /** body JSON and plain text of a row: its own (packed since migration 009, or as written before it) or its story's */
  private contentOf(r: StoredContent & { draft_id: string; in_draft: number }): { bodyJson: string; plainText: string } {
    if (r.in_draft === 1) {
      const d = this.draftContentStmt.get(r.draft_id);
      // the foreign key cascades a story's deletion to its revisions, so the row exists
      if (!d) throw new Error(`revision of a missing story ${r.draft_id}`);
      return draftContent(d);
    }
    return r.packed ? unpackRevision(r.packed) : { bodyJson: r.body, plainText: r.plain_text };
  }

  /** When the newest revision of a story was taken: what "is a revision due" reads on every save, without its content. */
  latestAt(draftId: string): string | undefined {
    return this.latestAtStmt.get(draftId)?.created_at;
  }

  add(r: NewRevision): number {
    const { body, plainText, inDraft, ...rest } = r;
    const info = this.insertStmt.run({ ...rest, meta: JSON.stringify(r.meta), packed: inDraft ? null : packRevision(JSON.stringify(body), plainText), inDraft: inDraft ? 1 : 0 });
    return Number(info.lastInsertRowid);
  }

  list(draftId: string): RevisionSummary[] {
    return this.listStmt.all(draftId).map((r) => ({ ...header(r), wordCount: r.word_count }));
  }

  get(id: number): Revision | undefined {
    const r = this.getStmt.get(id);
    if (!r) return undefined;
    const { bodyJson, plainText } = this.contentOf(r);
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
    return r && { id: r.id, created_at: r.created_at, headline: r.headline, plain_text: this.contentOf(r).plainText };
  }
}
