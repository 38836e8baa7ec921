/**
 * The verified-facts base on SQLite, plus the desk's decisions about findings (dismissed with
 * a reason, claim verified with a source), keyed by fingerprint. Statements are prepared once;
 * imports run in one synchronous transaction (all rows or none).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from './migrations/types.js';
import { normalizeFact, parseFacts, serializeFactsCsv, serializeFactsJson, type Fact } from '../../shared/analysis/facts/base.js';

export interface StoredFact extends Fact {
  id: string;
  createdAt: string;
  updatedAt: string;
}

interface FactRow {
  id: string;
  subject: string;
  attribute: string;
  value: string;
  unit: string;
  as_of: string;
  source: string;
  verified_by: string;
  verified_at: string;
  retired: number;
  created_at: string;
  updated_at: string;
}

function toFact(r: FactRow): StoredFact {
  const f: StoredFact = { id: r.id, subject: r.subject, attribute: r.attribute, value: r.value, createdAt: r.created_at, updatedAt: r.updated_at };
  if (r.unit) f.unit = r.unit;
  if (r.as_of) f.asOf = r.as_of;
  if (r.source) f.source = r.source;
  if (r.verified_by) f.verifiedBy = r.verified_by;
  if (r.verified_at) f.verifiedAt = r.verified_at;
  if (r.retired) f.retired = true;
  return f;
}

function toParams(f: Fact): Omit<FactRow, 'id' | 'created_at' | 'updated_at'> {
  return {
    subject: f.subject,
    attribute: f.attribute,
    value: f.value,
    unit: f.unit ?? '',
    as_of: f.asOf ?? '',
    source: f.source ?? '',
    verified_by: f.verifiedBy ?? '',
    verified_at: f.verifiedAt ?? '',
    retired: f.retired ? 1 : 0,
  };
}

export class FactNotFoundError extends Error {
  constructor(id: string) {
    super(`no fact with id ${id}`);
    this.name = 'FactNotFoundError';
  }
}

export interface ImportResult {
  added: number;
  updated: number;
  /** facts retired because a replace-import did not contain them */
  retired: number;
}

export class FactsRepo {
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly getStmt;
  private readonly listAllStmt;
  private readonly listActiveStmt;
  private readonly findStmt;
  private readonly retireStmt;
  private readonly now: () => string;

  constructor(private readonly db: Db, opts: { now?: () => string } = {}) {
    this.now = opts.now ?? (() => new Date().toISOString());
    this.insertStmt = db.prepare(
      `INSERT INTO facts (id, subject, attribute, value, unit, as_of, source, verified_by, verified_at, retired, created_at, updated_at)
       VALUES (@id, @subject, @attribute, @value, @unit, @as_of, @source, @verified_by, @verified_at, @retired, @created_at, @updated_at)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE facts SET subject = @subject, attribute = @attribute, value = @value, unit = @unit, as_of = @as_of, source = @source,
         verified_by = @verified_by, verified_at = @verified_at, retired = @retired, updated_at = @updated_at WHERE id = @id`,
    );
    this.getStmt = db.prepare<[string], FactRow>('SELECT * FROM facts WHERE id = ?');
    this.listAllStmt = db.prepare<[], FactRow>('SELECT * FROM facts ORDER BY subject COLLATE NOCASE, attribute COLLATE NOCASE, created_at');
    this.listActiveStmt = db.prepare<[], FactRow>('SELECT * FROM facts WHERE retired = 0 ORDER BY subject COLLATE NOCASE, attribute COLLATE NOCASE, created_at');
    this.findStmt = db.prepare<[string, string], FactRow>(
      'SELECT * FROM facts WHERE subject = ? COLLATE NOCASE AND attribute = ? COLLATE NOCASE AND retired = 0 ORDER BY updated_at DESC LIMIT 1',
    );
    this.retireStmt = db.prepare('UPDATE facts SET retired = @retired, updated_at = @updated_at WHERE id = @id');
  }

  /** active facts (what the checker uses); `includeRetired` for the panel's history view */
  list(opts: { includeRetired?: boolean } = {}): StoredFact[] {
    return (opts.includeRetired ? this.listAllStmt : this.listActiveStmt).all().map(toFact);
  }

  get(id: string): StoredFact | undefined {
    const r = this.getStmt.get(id);
    return r ? toFact(r) : undefined;
  }

  /** add a fact (validated); returns it with its new id */
  add(input: Fact): StoredFact {
    const f = normalizeFact(input as unknown as Record<string, unknown>);
    const at = this.now();
    const id = input.id && !this.getStmt.get(input.id) ? input.id : randomUUID();
    this.insertStmt.run({ id, ...toParams(f), created_at: at, updated_at: at });
    return this.get(id)!;
  }

  /** change fields of a fact; subject/attribute/value stay required */
  update(id: string, patch: Partial<Fact>): StoredFact {
    const cur = this.get(id);
    if (!cur) throw new FactNotFoundError(id);
    const merged = normalizeFact({ ...cur, ...patch } as unknown as Record<string, unknown>);
    if (patch.retired === undefined) merged.retired = cur.retired ?? false;
    this.updateStmt.run({ id, ...toParams(merged), updated_at: this.now() });
    return this.get(id)!;
  }

  /** retire (or bring back) a fact: kept for the record, no longer checked */
  retire(id: string, retired = true): StoredFact {
    const r = this.retireStmt.run({ id, retired: retired ? 1 : 0, updated_at: this.now() });
    if (r.changes === 0) throw new FactNotFoundError(id);
    return this.get(id)!;
  }

  /**
   * Import CSV or JSON text (by file name or content). 'merge' (default) updates the active fact
   * with the same subject and attribute, or adds a new one; 'replace' also retires active facts
   * the file does not mention. All or nothing: a bad row leaves the base untouched.
   */
  import(text: string, opts: { fileName?: string; mode?: 'merge' | 'replace' } = {}): ImportResult {
    const facts = parseFacts(text, opts.fileName ?? '');
    return this.importFacts(facts, opts.mode ?? 'merge');
  }

  importFacts(facts: readonly Fact[], mode: 'merge' | 'replace' = 'merge'): ImportResult {
    const run = this.db.transaction((): ImportResult => {
      const result: ImportResult = { added: 0, updated: 0, retired: 0 };
      const touched = new Set<string>();
      for (const raw of facts) {
        const f = normalizeFact(raw as unknown as Record<string, unknown>);
        const byId = f.id ? this.getStmt.get(f.id) : undefined;
        const existing = byId ?? this.findStmt.get(f.subject, f.attribute);
        if (existing) {
          this.updateStmt.run({ id: existing.id, ...toParams(f), updated_at: this.now() });
          touched.add(existing.id);
          result.updated++;
        } else {
          const at = this.now();
          const id = f.id ?? randomUUID();
          this.insertStmt.run({ id, ...toParams(f), created_at: at, updated_at: at });
          touched.add(id);
          result.added++;
        }
      }
      if (mode === 'replace') {
        for (const r of this.listActiveStmt.all()) {
          if (touched.has(r.id)) continue;
          this.retireStmt.run({ id: r.id, retired: 1, updated_at: this.now() });
          result.retired++;
        }
      }
      return result;
    });
    return run();
  }

  /** the base as CSV or JSON text (retired facts included, flagged, so a round trip keeps them) */
  export(format: 'csv' | 'json', opts: { includeRetired?: boolean } = { includeRetired: true }): string {
    const facts = this.list({ includeRetired: opts.includeRetired ?? true }).map(({ createdAt: _c, updatedAt: _u, ...f }) => f);
    return format === 'csv' ? serializeFactsCsv(facts) : serializeFactsJson(facts);
  }
}
