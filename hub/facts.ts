/**
 * The desk's verified-facts base, shared through the hub: editors and desks push a fact as they
 * have it now (new, changed, retired, brought back); reporters read them (shared/model/newsroom.ts
 * refuseFactChange). The hub stamps who verified it and when. Two desks changing one fact: the
 * last push is the fact, and fact_history keeps the values each change replaced.
 */
import { ApiError } from '../shared/api/errors.js';
import type { HubFact, HubInput, HubResults } from '../shared/api/hub-contract.js';
import { refuseFactChange } from '../shared/model/newsroom.js';
import { inTx, type Client, type Pool } from './db.js';
import type { AuthedActor } from './sessions.js';
import { UNNUMBERED } from './stories.js';
import { pullBySeq } from './pull.js';

interface FactRow {
  id: string;
  subject: string;
  attribute: string;
  value: string;
  unit: string;
  as_of: string;
  source: string;
  retired: boolean;
  verified_by: string;
  verified_at: Date;
  version: number;
  seq: string;
}

const SELECT = `SELECT f.id, f.subject, f.attribute, f.value, f.unit, f.as_of, f.source, f.retired, u.name AS verified_by, f.verified_at, f.version, f.seq
  FROM facts f JOIN users u ON u.id = f.verified_by`;

const asFact = (r: FactRow): HubFact => ({
  id: r.id,
  subject: r.subject,
  attribute: r.attribute,
  value: r.value,
  unit: r.unit,
  asOf: r.as_of,
  source: r.source,
  retired: r.retired,
  verifiedBy: r.verified_by,
  verifiedAt: r.verified_at.toISOString(),
  version: r.version,
  seq: Number(r.seq),
});

async function readFact(c: Client, id: string, forUpdate = false): Promise<HubFact | null> {
  const r = await c.query<FactRow>(`${SELECT} WHERE f.id = $1${forUpdate ? ' FOR UPDATE OF f' : ''}`, [id]);
  return r.rows[0] ? asFact(r.rows[0]) : null;
}

/** the fields a desk edits, as the history records them */
const valuesOf = (f: Pick<HubFact, 'subject' | 'attribute' | 'value' | 'unit' | 'asOf' | 'source' | 'retired'>) => ({ subject: f.subject, attribute: f.attribute, value: f.value, unit: f.unit, asOf: f.asOf, source: f.source, retired: f.retired });

export async function pushFact(pool: Pool, actor: AuthedActor, input: HubInput<'facts.push'>): Promise<HubResults['facts.push']> {
  const why = refuseFactChange(actor);
  if (why) throw new ApiError('forbidden', why);
  const after = valuesOf({ ...input, unit: input.unit ?? '', asOf: input.asOf ?? '', source: input.source ?? '' });
  return inTx(pool, async (c) => {
    const current = await readFact(c, input.id, true);
    if (current && JSON.stringify(valuesOf(current)) === JSON.stringify(after)) return current;
    const kind = !current ? 'added' : current.retired !== after.retired ? (after.retired ? 'retired' : 'restored') : 'changed';
    const args = [input.id, after.subject, after.attribute, after.value, after.unit, after.asOf, after.source, after.retired, actor.id];
    if (!current) {
      await c.query(`INSERT INTO facts (id, subject, attribute, value, unit, as_of, source, retired, verified_by, verified_at, version, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), 1, ${UNNUMBERED})`, args);
    } else {
      await c.query(
        `UPDATE facts SET subject = $2, attribute = $3, value = $4, unit = $5, as_of = $6, source = $7, retired = $8, verified_by = $9, verified_at = now(), version = version + 1, seq = ${UNNUMBERED} WHERE id = $1`,
        args,
      );
    }
    await c.query('INSERT INTO fact_history (fact_id, kind, before, after, user_id) VALUES ($1, $2, $3, $4, $5)', [input.id, kind, current ? JSON.stringify(valuesOf(current)) : null, JSON.stringify(after), actor.id]);
    return (await readFact(c, input.id))!;
  });
}

export async function pullFacts(pool: Pool, input: HubInput<'facts.pull'>): Promise<HubResults['facts.pull']> {
  const { items, seq, more } = await pullBySeq(pool, SELECT, 'f', input, asFact);
  return { facts: items, seq, more };
}
