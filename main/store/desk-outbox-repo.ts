import type { Db } from './migrations/types.js';

/**
 * Decisions on warnings and verified facts changed here since the newsroom hub last agreed
 * (migration 017; triggers fill both outboxes). Read by main/newsroom/desk-sync.ts.
 */
export class DeskOutboxRepo {
  private readonly decisionsStmt;
  private readonly hasDecisionStmt;
  private readonly clearDecisionStmt;
  private readonly factsStmt;
  private readonly hasFactStmt;
  private readonly clearFactStmt;

  constructor(db: Db) {
    this.decisionsStmt = db.prepare<[], { draftId: string; fingerprint: string; rule: string }>('SELECT draft_id AS draftId, fingerprint, rule FROM decisions_outbox ORDER BY draft_id, fingerprint');
    this.hasDecisionStmt = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM decisions_outbox WHERE draft_id = ? AND fingerprint = ?');
    this.clearDecisionStmt = db.prepare('DELETE FROM decisions_outbox WHERE draft_id = ? AND fingerprint = ?');
    this.factsStmt = db.prepare<[], { id: string }>('SELECT fact_id AS id FROM facts_outbox ORDER BY fact_id');
    this.hasFactStmt = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM facts_outbox WHERE fact_id = ?');
    this.clearFactStmt = db.prepare('DELETE FROM facts_outbox WHERE fact_id = ?');
  }

  decisions(): Array<{ draftId: string; fingerprint: string; rule: string }> {
    return this.decisionsStmt.all();
  }

  hasDecision(draftId: string, fingerprint: string): boolean {
    return this.hasDecisionStmt.get(draftId, fingerprint)!.n > 0;
  }

  clearDecision(draftId: string, fingerprint: string): void {
    this.clearDecisionStmt.run(draftId, fingerprint);
  }

  facts(): string[] {
    return this.factsStmt.all().map((r) => r.id);
  }

  hasFact(id: string): boolean {
    return this.hasFactStmt.get(id)!.n > 0;
  }

  clearFact(id: string): void {
    this.clearFactStmt.run(id);
  }
}
