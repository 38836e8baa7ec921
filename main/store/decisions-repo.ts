import type { Db } from './migrations/types.js';
import type { Decision } from '../../shared/model/decision.js';

interface DecisionRow {
  draft_id: string;
  fingerprint: string;
  rule: string;
  kind: Decision['kind'];
  note: string;
  who: string;
  at: string;
}

const toDecision = (r: DecisionRow): Decision => ({ draftId: r.draft_id, fingerprint: r.fingerprint, rule: r.rule, kind: r.kind, note: r.note, who: r.who, at: r.at });

export class DecisionsRepo {
  private readonly upsertStmt;
  private readonly listStmt;
  private readonly removeStmt;
  private readonly getStmt;

  constructor(db: Db) {
    this.upsertStmt = db.prepare(
      `INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, who, at) VALUES (@draftId, @fingerprint, @rule, @kind, @note, @who, @at)
       ON CONFLICT(draft_id, fingerprint) DO UPDATE SET rule = excluded.rule, kind = excluded.kind, note = excluded.note, who = excluded.who, at = excluded.at`,
    );
    this.listStmt = db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE draft_id = ? ORDER BY at');
    this.removeStmt = db.prepare('DELETE FROM decisions WHERE draft_id = ? AND fingerprint = ?');
    this.getStmt = db.prepare<[string, string], DecisionRow>('SELECT * FROM decisions WHERE draft_id = ? AND fingerprint = ?');
  }

  put(d: Decision): Decision {
    this.upsertStmt.run(d);
    return toDecision(this.getStmt.get(d.draftId, d.fingerprint)!);
  }

  get(draftId: string, fingerprint: string): Decision | undefined {
    const r = this.getStmt.get(draftId, fingerprint);
    return r && toDecision(r);
  }

  list(draftId: string): Decision[] {
    return this.listStmt.all(draftId).map(toDecision);
  }

  remove(draftId: string, fingerprint: string): number {
    return this.removeStmt.run(draftId, fingerprint).changes;
  }
}
