import type { Db } from './migrations/types.js';
import type { HistoryEvent } from '../../shared/model/draft.js';

interface HistoryRow {
  id: number;
  draft_id: string;
  at: string;
  who: string;
  kind: HistoryEvent['kind'];
  from_value: string | null;
  to_value: string | null;
  note: string | null;
}

export type NewHistoryEvent = Omit<HistoryEvent, 'id'>;

export class HistoryRepo {
  private readonly insertStmt;
  private readonly listStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      'INSERT INTO history (draft_id, at, who, kind, from_value, to_value, note) VALUES (@draftId, @at, @who, @kind, @from, @to, @note)',
    );
    this.listStmt = db.prepare<[string], HistoryRow>('SELECT * FROM history WHERE draft_id = ? ORDER BY id');
  }

  add(e: NewHistoryEvent): void {
    this.insertStmt.run({ draftId: e.draftId, at: e.at, who: e.who, kind: e.kind, from: e.from ?? null, to: e.to ?? null, note: e.note ?? null });
  }

  list(draftId: string): HistoryEvent[] {
    return this.listStmt.all(draftId).map((r) => ({
      id: r.id,
      draftId: r.draft_id,
      at: r.at,
      who: r.who,
      kind: r.kind,
      ...(r.from_value !== null ? { from: r.from_value } : {}),
      ...(r.to_value !== null ? { to: r.to_value } : {}),
      ...(r.note !== null ? { note: r.note } : {}),
    }));
  }
}
