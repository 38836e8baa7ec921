/**
 * Decisions on a story's warnings, shared through the hub: a workstation pushes the decision it
 * has now (dismissed with a reason, verified with a source, reopened); the hub checks that the
 * signed-in user may change the story (shared/model/newsroom.ts refuseDecision), stamps who and
 * when itself, and keeps every change in decision_history. Two workstations deciding the same
 * warning: the last push is the decision, the history has both.
 */
import { ApiError } from '../shared/api/errors.js';
import type { HubDecision, HubInput, HubResults } from '../shared/api/hub-contract.js';
import { refuseDecision } from '../shared/model/newsroom.js';
import type { Status } from '../shared/model/draft.js';
import { inTx, type Pool } from './db.js';
import type { AuthedActor } from './sessions.js';
import { UNNUMBERED } from './stories.js';
import { pullBySeq } from './pull.js';

interface DecisionRow {
  story_id: string;
  fingerprint: string;
  rule: string;
  kind: HubDecision['kind'];
  note: string;
  who: string;
  at: Date;
  seq: string;
}

const SELECT = 'SELECT d.story_id, d.fingerprint, d.rule, d.kind, d.note, u.name AS who, d.at, d.seq FROM decisions d JOIN users u ON u.id = d.user_id';

const asDecision = (r: DecisionRow): HubDecision => ({ storyId: r.story_id, fingerprint: r.fingerprint, rule: r.rule, kind: r.kind, note: r.note, who: r.who, at: r.at.toISOString(), seq: Number(r.seq) });

export async function pushDecision(pool: Pool, actor: AuthedActor, input: HubInput<'decisions.push'>): Promise<HubResults['decisions.push']> {
  return inTx(pool, async (c) => {
    const story = await c.query<{ owner: string; status: Status }>('SELECT u.name AS owner, s.status FROM stories s JOIN users u ON u.id = s.owner_id WHERE s.id = $1 FOR SHARE OF s', [input.storyId]);
    if (!story.rows[0]) throw new ApiError('not-found', `The hub has no story ${input.storyId}; the decision goes up after the story does.`);
    const why = refuseDecision(actor, story.rows[0]);
    if (why) throw new ApiError('forbidden', why);
    await c.query('INSERT INTO decision_history (story_id, fingerprint, kind, note, user_id) VALUES ($1, $2, $3, $4, $5)', [input.storyId, input.fingerprint, input.kind, input.note, actor.id]);
    await c.query(
      `INSERT INTO decisions (story_id, fingerprint, rule, kind, note, user_id, at, seq) VALUES ($1, $2, $3, $4, $5, $6, now(), ${UNNUMBERED})
       ON CONFLICT (story_id, fingerprint) DO UPDATE SET rule = excluded.rule, kind = excluded.kind, note = excluded.note, user_id = excluded.user_id, at = excluded.at, seq = excluded.seq`,
      [input.storyId, input.fingerprint, input.rule, input.kind, input.note, actor.id],
    );
    const r = await c.query<DecisionRow>(`${SELECT} WHERE d.story_id = $1 AND d.fingerprint = $2`, [input.storyId, input.fingerprint]);
    return asDecision(r.rows[0]!);
  });
}

export async function pullDecisions(pool: Pool, input: HubInput<'decisions.pull'>): Promise<HubResults['decisions.pull']> {
  const { items, seq, more } = await pullBySeq(pool, SELECT, 'd', input, asDecision);
  return { decisions: items, seq, more };
}
