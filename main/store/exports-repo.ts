import type { Db } from './migrations/types.js';
import type { ExportRecord } from '../../shared/model/export-record.js';
import type { ExportTarget } from '../../shared/model/export-target.js';
import { parseJson } from './json.js';

interface ExportRow {
  id: number;
  draft_id: string;
  revision_id: number | null;
  draft_version: number;
  target: ExportTarget;
  at: string;
  who: string;
  remote_id: string | null;
  remote_url: string | null;
  remote_modified: string | null;
  forced: number;
  warnings: string;
}

function recordOf(r: ExportRow): ExportRecord {
  return {
    id: r.id,
    draftId: r.draft_id,
    revisionId: r.revision_id,
    draftVersion: r.draft_version,
    target: r.target,
    at: r.at,
    who: r.who,
    ...(r.remote_id ? { remoteId: r.remote_id } : {}),
    ...(r.remote_url ? { remoteUrl: r.remote_url } : {}),
    ...(r.remote_modified ? { remoteModified: r.remote_modified } : {}),
    forced: r.forced === 1,
    warnings: parseJson<string[]>(r.warnings, []),
  };
}

export class ExportsRepo {
  private readonly insertStmt;
  private readonly listStmt;
  private readonly lastRemoteStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO exports (draft_id, revision_id, draft_version, target, at, who, remote_id, remote_url, remote_modified, forced, warnings)
       VALUES (@draftId, @revisionId, @draftVersion, @target, @at, @who, @remoteId, @remoteUrl, @remoteModified, @forced, @warnings)`,
    );
    this.listStmt = db.prepare<[string], ExportRow>('SELECT * FROM exports WHERE draft_id = ? ORDER BY id DESC');
    this.lastRemoteStmt = db.prepare<[string, string], ExportRow>('SELECT * FROM exports WHERE draft_id = ? AND target = ? AND remote_id IS NOT NULL ORDER BY id DESC LIMIT 1');
  }

  add(r: Omit<ExportRecord, 'id'>): number {
    return Number(
      this.insertStmt.run({
        ...r,
        remoteId: r.remoteId ?? null,
        remoteUrl: r.remoteUrl ?? null,
        remoteModified: r.remoteModified ?? null,
        forced: r.forced ? 1 : 0,
        warnings: JSON.stringify(r.warnings),
      }).lastInsertRowid,
    );
  }

  list(draftId: string): ExportRecord[] {
    return this.listStmt.all(draftId).map(recordOf);
  }

  /** the CMS post this story last went to, so a new push updates it instead of duplicating */
  lastRemote(draftId: string, target: ExportTarget): ExportRecord | undefined {
    const r = this.lastRemoteStmt.get(draftId, target);
    return r ? recordOf(r) : undefined;
  }
}
