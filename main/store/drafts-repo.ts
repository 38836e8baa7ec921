import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from './migrations/types.js';
import type { Draft, DraftMeta, DraftSummary, LexicalJson, Status } from '../../shared/model/draft.js';
import type { ArticleLanguage } from '../../shared/model/finding.js';
import { parseJson } from './json.js';
import { WAITING_FOR, type DeskScope, type HubRole } from '../../shared/model/newsroom.js';
import { draftContent, packDoc, registerBodyFunctions } from './body-packing.js';
import { EDIT_OF, MAX_EDIT_BYTES, editBetween } from './body-edits.js';
import { rememberRecent } from '../../shared/model/recent.js';

type Statement = BetterSqlite3.Statement;

interface DraftRow {
  id: string;
  headline: string;
  slug: string;
  slug_locked: number;
  status: Status;
  language: ArticleLanguage;
  meta: string;
  body: string;
  plain_text: string;
  /** body and plain text since migration 015 (body-packing.ts); '' in body and plain_text then */
  packed: Buffer | null;
  /** the pending edit of the packed body (body-edits.ts, migration 020), read from draft_edits */
  edit?: string | null;
  word_count: number;
  paragraph_count: number;
  version: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  snippet?: string;
}

export interface SaveState {
  version: number;
  headline: string;
  slug: string;
  slugLocked: boolean;
  status: Status;
  meta: DraftMeta;
  plainText: string;
  wordCount: number;
}

export interface NewDraftRow {
  id: string;
  headline: string;
  slug: string;
  slugLocked: boolean;
  status: Status;
  language: ArticleLanguage;
  meta: DraftMeta;
  body: LexicalJson;
  plainText: string;
  wordCount: number;
  paragraphCount: number;
  at: string;
}

export interface DraftPatch {
  headline?: string;
  slug?: string;
  slugLocked?: boolean;
  status?: Status;
  language?: ArticleLanguage;
  meta?: DraftMeta;
  body?: LexicalJson;
  plainText?: string;
  /** body and plainText as body-packing.ts packs them, when the caller packed them already */
  packed?: Buffer;
  /**
   * instead of packing: the difference between `body` and the body last written whole, as
   * `planEdit` answered it (body-edits.ts); `version` is the row's version it was planned on
   */
  edit?: PlannedEdit | undefined;
  wordCount?: number;
  paragraphCount?: number;
}

export interface ListFilter {
  status?: Status | undefined;
  language?: ArticleLanguage | undefined;
  section?: string | undefined;
  tag?: string | undefined;
  trashed?: boolean | undefined;
  sort?: 'updated' | 'created' | 'headline' | 'status' | 'words' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /** the newsroom's "mine" / "waiting for me" for the signed-in user (a story the hub has not seen is theirs) */
  newsroom?: { scope: DeskScope; me: string; role: HubRole } | undefined;
}

/** An autosave's edit (body-edits.ts) and the version of the row it was computed for. */
export interface PlannedEdit {
  json: string;
  version: number;
}

/** What this connection last wrote of a story: the body written whole and the row's version after its last write. */
interface BodyBase {
  doc: LexicalJson;
  version: number;
}

/** Stories whose base is kept in memory: the ones open in editors, a few at a time. */
const BASES_KEPT = 8;

const SUMMARY_COLS = 'id, headline, slug, slug_locked, status, language, meta, word_count, paragraph_count, version, created_at, updated_at, trashed_at';

/** the hub's owner of a story as the last sync said, else this workstation's user (not on the hub yet) */
const OWNER_SQL = 'COALESCE((SELECT owner FROM hub_stories WHERE draft_id = drafts.id), @me)';

/** the newsroom scope as a WHERE term, in SQL so it covers every story and not only a loaded page */
function newsroomScopeSql(scope: NonNullable<ListFilter['newsroom']>, params: Record<string, unknown>): string {
  const rule = WAITING_FOR[scope.role];
  const own = scope.scope === 'mine' || rule.ownOnly;
  if (own) params.me = scope.me;
  if (scope.scope === 'mine') return `${OWNER_SQL} = @me`;
  if (!rule.statuses.length) return '0';
  rule.statuses.forEach((st, i) => (params[`waiting${i}`] = st));
  const statuses = `status IN (${rule.statuses.map((_, i) => `@waiting${i}`).join(', ')})`;
  return own ? `${statuses} AND ${OWNER_SQL} = @me` : statuses;
}

function summaryOf(row: DraftRow): DraftSummary {
  const meta = parseJson<DraftMeta>(row.meta, {});
  return {
    id: row.id,
    headline: row.headline,
    slug: row.slug,
    status: row.status,
    language: row.language,
    byline: meta.byline ?? '',
    section: meta.section ?? '',
    tags: meta.tags ?? [],
    wordCount: row.word_count,
    paragraphs: row.paragraph_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    ...(row.snippet !== undefined ? { snippet: row.snippet } : {}),
  };
}

/** Prepared once per connection (better-sqlite3 idiom); all writes are single statements or run in callers' transactions. */
export class DraftsRepo {
  private readonly byId;
  private readonly saveStateStmt;
  private readonly saveStateNoTextStmt;
  private readonly bodyStmt;
  private readonly insertStmt;
  private readonly slugTaken;
  private readonly slugFamily;
  private readonly searchStmt;
  private readonly snippetStmt;
  private readonly searchPendingStmt;
  private readonly unindexPendingStmt;
  private readonly indexPendingStmt;
  private readonly clearPendingStmt;
  private readonly trashStmt;
  private readonly countStmt;
  /** UPDATE and list statements vary by which columns a call touches: one prepared statement per shape, built on first use */
  private readonly shaped = new Map<string, Statement>();
  private readonly upsertEditStmt;
  private readonly deleteEditStmt;
  /**
   * The body each recently written story has in `packed`, so an autosave can compute its edit
   * without reading it. Valid while the row's version is the one noted: any other writer (another
   * connection, the CLI) bumps the version, and a rolled-back transaction clears the lot.
   */
  private readonly bases = new Map<string, BodyBase>();

  constructor(private readonly db: Db) {
    // the search index's view and triggers call them (migration 015); a test may hand a bare connection
    registerBodyFunctions(db);
    this.byId = db.prepare<[string], DraftRow>(`SELECT *, ${EDIT_OF('drafts')} AS edit FROM drafts WHERE id = ?`);
    // a save reads everything but the body: parsing a 10,000-word story's JSON is the largest
    // part of reading its row, and a save brings its own body
    this.saveStateStmt = db.prepare<[string], Omit<DraftRow, 'body' | 'packed'>>(
      `SELECT id, headline, slug, slug_locked, status, language, meta, draft_text(plain_text, packed, ${EDIT_OF('drafts')}) AS plain_text, word_count, paragraph_count, version, created_at, updated_at, trashed_at FROM drafts WHERE id = ?`,
    );
    // and a save that brings its text needs not the stored one: unpacking it (brotli and UTF-8
    // decoding of a 10,000-word story) was the largest CPU cost of such a save after packing (#17)
    this.saveStateNoTextStmt = db.prepare<[string], Omit<DraftRow, 'body' | 'packed' | 'plain_text'>>(
      'SELECT id, headline, slug, slug_locked, status, language, meta, word_count, paragraph_count, version, created_at, updated_at, trashed_at FROM drafts WHERE id = ?',
    );
    this.bodyStmt = db.prepare<[string], Pick<DraftRow, 'body' | 'plain_text' | 'packed' | 'edit'>>(`SELECT body, plain_text, packed, ${EDIT_OF('drafts')} AS edit FROM drafts WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO drafts (id, headline, slug, slug_locked, status, language, meta, body, plain_text, packed, word_count, paragraph_count, version, created_at, updated_at)
       VALUES (@id, @headline, @slug, @slugLocked, @status, @language, @meta, '', '', @packed, @wordCount, @paragraphCount, 1, @at, @at)`,
    );
    // `slug <> ''` repeats the partial index's condition: without it the planner cannot prove
    // `slug = ?` implies it and scans every draft (54 s of a 63 s import at 100,000 stories, #20)
    this.slugTaken = db.prepare<[string, string], { n: number }>("SELECT count(*) AS n FROM drafts WHERE slug = ? AND slug <> '' AND id <> ?");
    // the base slug and its numbered forms (base-2, base-3, ...) in one index range: '0'..'9' sort between '-0' and '-:'
    this.slugFamily = db.prepare<{ base: string; id: string }, { slug: string }>(
      // rowid, not id: the slug index holds the rowid, so the family is read from the index alone.
      // With id the query read each member's table row (a headline repeated 40 times in a store
      // of 100,000: 0.6 ms of every import, a quarter of its time)
      `WITH self(r) AS (SELECT coalesce((SELECT rowid FROM drafts WHERE id = @id), -1))
       SELECT slug FROM drafts, self WHERE slug = @base AND slug <> '' AND drafts.rowid <> self.r
       UNION ALL
       SELECT slug FROM drafts, self WHERE slug >= @base || '-0' AND slug < @base || '-:' AND slug <> '' AND drafts.rowid <> self.r`,
    );
    // Ranking without bm25 (migration 015): with detail = column the index knows which column
    // holds a term but not how often, and bm25 then tokenizes every matching story again (2.5 s
    // for a word in 8,000 of 15,000 stories). Stories whose headline holds every term come
    // first, then the most recently updated; both read only the index and the drafts rows.
    this.searchStmt = db.prepare<{ q: string; headline: string; limit: number }, DraftRow & { rowid: number }>(
      `SELECT d.rowid AS rowid, ${SUMMARY_COLS.split(', ').map((c) => 'd.' + c).join(', ')}
         FROM drafts_fts JOIN drafts d ON d.rowid = drafts_fts.rowid
        WHERE drafts_fts MATCH @q AND d.trashed_at IS NULL
        ORDER BY d.rowid IN (SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH @headline) DESC, d.updated_at DESC, d.rowid DESC
        LIMIT @limit`,
    );
    // snippet() tokenizes its story: asked only for the stories shown. The CAST matters: FTS5
    // ignored a bound rowid here and answered its first match's snippet for every story
    this.snippetStmt = db
      .prepare<{ q: string; rowid: number }, string>(`SELECT snippet(drafts_fts, -1, '[[', ']]', '…', 16) FROM drafts_fts WHERE drafts_fts MATCH @q AND rowid = CAST(@rowid AS INTEGER)`)
      .pluck();
    // the search index catches up with edited stories before a search (migration 010)
    this.searchPendingStmt = db.prepare<[], { n: number }>('SELECT EXISTS (SELECT 1 FROM search_pending) AS n');
    this.unindexPendingStmt = db.prepare("INSERT INTO drafts_fts (drafts_fts, rowid, headline, plain_text) SELECT 'delete', draft_rowid, headline, plain_text FROM search_pending");
    this.indexPendingStmt = db.prepare(`INSERT INTO drafts_fts (rowid, headline, plain_text) SELECT d.rowid, d.headline, draft_text(d.plain_text, d.packed, ${EDIT_OF('d')}) FROM search_pending p JOIN drafts d ON d.rowid = p.draft_rowid`);
    this.clearPendingStmt = db.prepare('DELETE FROM search_pending');
    this.trashStmt = db.prepare('UPDATE drafts SET trashed_at = ? WHERE id = ?');
    this.countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM drafts');
    this.upsertEditStmt = db.prepare('INSERT INTO draft_edits (draft_id, edit) VALUES (?, ?) ON CONFLICT (draft_id) DO UPDATE SET edit = excluded.edit');
    this.deleteEditStmt = db.prepare('DELETE FROM draft_edits WHERE draft_id = ?');
  }

  private prepareShaped(sql: string): Statement {
    let stmt = this.shaped.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.shaped.set(sql, stmt);
    }
    return stmt;
  }

  get(id: string): Draft | undefined {
    const row = this.byId.get(id);
    if (!row) return undefined;
    const { bodyJson, plainText } = draftContent(row);
    return {
      ...summaryOf(row),
      meta: parseJson<DraftMeta>(row.meta, {}),
      body: parseJson<LexicalJson>(bodyJson, { root: { type: 'root', children: [] } }),
      plainText,
      version: row.version,
    };
  }

  /** What a save needs to decide, from one read of the row without the body; `withText: false` leaves the stored text packed too. */
  saveState(id: string): SaveState | undefined;
  saveState(id: string, withText: false): Omit<SaveState, 'plainText'> | undefined;
  saveState(id: string, withText = true): SaveState | Omit<SaveState, 'plainText'> | undefined {
    const row: Omit<DraftRow, 'body' | 'packed' | 'plain_text'> & { plain_text?: string } | undefined = withText ? this.saveStateStmt.get(id) : this.saveStateNoTextStmt.get(id);
    if (!row) return undefined;
    const state: Omit<SaveState, 'plainText'> = { version: row.version, headline: row.headline, slug: row.slug, slugLocked: row.slug_locked === 1, status: row.status, meta: parseJson<DraftMeta>(row.meta, {}), wordCount: row.word_count };
    return row.plain_text !== undefined ? { ...state, plainText: row.plain_text } : state;
  }

  /** The stored body alone (a save without one that must snapshot a revision). */
  body(id: string): LexicalJson | undefined {
    const row = this.bodyStmt.get(id);
    return row ? parseJson<LexicalJson>(draftContent(row).bodyJson, { root: { type: 'root', children: [] } }) : undefined;
  }

  slugLocked(id: string): boolean {
    return (this.byId.get(id)?.slug_locked ?? 0) === 1;
  }

  isSlugTaken(slug: string, exceptId: string): boolean {
    return (this.slugTaken.get(slug, exceptId)?.n ?? 0) > 0;
  }

  /** Slugs other stories hold among `base` and `base-<digits...>`: what picking a free numbered slug needs, in one query. */
  slugsInFamily(base: string, exceptId: string): string[] {
    return this.slugFamily.all({ base, id: exceptId }).map((r) => r.slug);
  }

  insert(row: NewDraftRow): void {
    const { body, plainText, ...rest } = row;
    this.insertStmt.run({
      ...rest,
      slugLocked: row.slugLocked ? 1 : 0,
      meta: JSON.stringify(row.meta),
      packed: packDoc(body, plainText),
    });
  }

  /**
   * A copy, not the caller's document: a caller in this process (the hub sync, the CLI, a test)
   * may change its objects after saving, and an edit computed against them would then miss the
   * change. Only a save that writes the body whole copies (about 0.3 ms for 10,000 words); a new
   * story's base is noted at its first such save, so an import of many stories copies nothing.
   */
  private noteBase(id: string, doc: LexicalJson, version: number): void {
    rememberRecent(this.bases, id, { doc: structuredClone(doc), version }, BASES_KEPT);
  }

  /** Forgets every noted base: a transaction that wrote some rolled back (Store.tx). */
  forgetBases(): void {
    this.bases.clear();
  }

  /**
   * The edit that turns the story's stored base into `body` (sanitized, as it will be saved), or
   * undefined when the save must write the body whole: this connection has not written the
   * story yet, the documents differ outside their blocks, or the edit would be large.
   */
  planEdit(id: string, body: LexicalJson): PlannedEdit | undefined {
    const base = this.bases.get(id);
    if (!base) return undefined;
    const edit = editBetween(base.doc, body);
    if (!edit) return undefined;
    const json = JSON.stringify(edit);
    return json.length <= MAX_EDIT_BYTES ? { json, version: base.version } : undefined;
  }

  /** Applies a patch and bumps the version; returns the new version. */
  update(id: string, patch: DraftPatch, at: string): number {
    const sets: string[] = ['updated_at = @at', 'version = version + 1'];
    const params: Record<string, unknown> = { id, at };
    const put = (col: string, key: string, value: unknown) => {
      sets.push(`${col} = @${key}`);
      params[key] = value;
    };
    if (patch.headline !== undefined) put('headline', 'headline', patch.headline);
    if (patch.slug !== undefined) put('slug', 'slug', patch.slug);
    if (patch.slugLocked !== undefined) put('slug_locked', 'slugLocked', patch.slugLocked ? 1 : 0);
    if (patch.status !== undefined) put('status', 'status', patch.status);
    if (patch.language !== undefined) put('language', 'language', patch.language);
    if (patch.meta !== undefined) put('meta', 'meta', JSON.stringify(patch.meta));
    if ((patch.body === undefined) !== (patch.plainText === undefined)) throw new Error('a body and its plain text are saved together');
    // an edit planned on the version the row has (the caller read it in this transaction);
    // planned on another, it would apply to a base this connection has not seen
    const edit = patch.edit && patch.body !== undefined && this.bases.get(id)?.version === patch.edit.version ? patch.edit : undefined;
    if (patch.body !== undefined && patch.plainText !== undefined) {
      // body and plain_text stay in the SET list: the triggers watching them (archive pending,
      // hub outbox, search, a revision kept by reference) fire as they did before the text moved
      // into packed, and they read the old content with the old edit, still in place
      sets.push("body = ''", "plain_text = ''");
      if (!edit) put('packed', 'packed', patch.packed ?? packDoc(patch.body, patch.plainText));
    }
    if (patch.wordCount !== undefined) put('word_count', 'wordCount', patch.wordCount);
    if (patch.paragraphCount !== undefined) put('paragraph_count', 'paragraphCount', patch.paragraphCount);
    const row = this.prepareShaped(`UPDATE drafts SET ${sets.join(', ')} WHERE id = @id RETURNING version`).get(params) as { version: number } | undefined;
    if (!row) throw new Error(`no draft ${id} to update`);
    if (patch.body !== undefined) {
      if (edit) {
        if (row.version !== edit.version + 1) throw new Error(`the edit of draft ${id} was planned on version ${edit.version}, the row was at ${row.version - 1}`);
        this.upsertEditStmt.run(id, edit.json);
        this.bases.get(id)!.version = row.version;
      } else {
        this.deleteEditStmt.run(id);
        this.noteBase(id, patch.body, row.version);
      }
    } else {
      const base = this.bases.get(id);
      if (base && base.version === row.version - 1) base.version = row.version;
    }
    return row.version;
  }

  setTrashed(id: string, at: string | null): void {
    this.trashStmt.run(at, id);
  }

  summary(id: string): DraftSummary | undefined {
    const row = this.byId.get(id);
    return row ? summaryOf(row) : undefined;
  }

  list(filter: ListFilter): DraftSummary[] {
    const where: string[] = [filter.trashed ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL'];
    const params: Record<string, unknown> = {};
    if (filter.status) {
      where.push('status = @status');
      params.status = filter.status;
    }
    if (filter.language) {
      where.push('language = @language');
      params.language = filter.language;
    }
    if (filter.section) {
      where.push("json_extract(meta, '$.section') = @section");
      params.section = filter.section;
    }
    if (filter.tag) {
      where.push("EXISTS (SELECT 1 FROM json_each(drafts.meta, '$.tags') WHERE value = @tag)");
      params.tag = filter.tag;
    }
    if (filter.newsroom) where.push(newsroomScopeSql(filter.newsroom, params));
    const order = {
      updated: 'updated_at DESC',
      created: 'created_at DESC',
      headline: 'headline COLLATE NOCASE ASC',
      status: "CASE status WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'in-review' THEN 2 WHEN 'approved' THEN 3 ELSE 4 END, updated_at DESC",
      words: 'word_count DESC',
    }[filter.sort ?? 'updated'];
    params.limit = filter.limit ?? 500;
    params.offset = filter.offset ?? 0;
    const rows = this.prepareShaped(`SELECT ${SUMMARY_COLS} FROM drafts WHERE ${where.join(' AND ')} ORDER BY ${order}, id LIMIT @limit OFFSET @offset`).all(params) as DraftRow[];
    return rows.map(summaryOf);
  }

  /** Whether edited stories wait to be re-indexed for search. */
  searchBehind(): boolean {
    return this.searchPendingStmt.get()!.n === 1;
  }

  /** Re-indexes the stories edited since the last catch-up (callers run it in a transaction). */
  catchUpSearch(): void {
    this.unindexPendingStmt.run();
    this.indexPendingStmt.run();
    this.clearPendingStmt.run();
  }

  /** `ftsQuery`: terms as ftsQuery() in main/services/drafts.ts writes them (no column filters of its own) */
  search(ftsQuery: string, limit: number): DraftSummary[] {
    const top = this.searchStmt.all({ q: ftsQuery, headline: `headline : (${ftsQuery})`, limit });
    return top.map((row) => summaryOf({ ...row, snippet: this.snippetStmt.get({ q: ftsQuery, rowid: row.rowid }) ?? '' }));
  }

  count(): number {
    return this.countStmt.get()!.n;
  }
}
