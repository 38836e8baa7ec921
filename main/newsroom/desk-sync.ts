/**
 * Decisions on warnings and the desk's verified facts through the newsroom hub, one step of each
 * sync round (after the stories, so a decision's story is on the hub first):
 * 1. push: each decision and fact in the outboxes (migration 017) goes up as it is here now; a
 *    reopened warning goes up as 'reopened'. The hub decides who may (shared/model/newsroom.ts:
 *    whoever may change the story decides on its warnings; editors and desks keep the facts). A
 *    refusal is reported and the change stays on this workstation only; a decision whose story
 *    the hub does not have yet waits for the next round.
 * 2. pull: what changed on the hub after the last sequence number seen (one cursor each), applied
 *    in one local transaction per page. Something changed here and not pushed yet is left as it
 *    is: its push comes next and the hub keeps the last writer (with the history of both).
 */
import { ApiError } from '../../shared/api/errors.js';
import type { HubDecision, HubFact, SyncReport } from '../../shared/api/hub-contract.js';
import type { Fact } from '../../shared/analysis/facts/base.js';
import type { Decision } from '../../shared/model/decision.js';
import type { RuleId } from '../../shared/model/finding.js';
import type { ServiceContext } from '../services/context.js';
import type { HubClient } from './hub-client.js';

const PULL_PAGE = 200;
type Part = NonNullable<SyncReport['decisions']>;

const partOf = (report: SyncReport, key: 'decisions' | 'facts'): Part => (report[key] ??= { up: 0, down: 0, refused: [] });

/** a refusal to report (the change stays here); null: try again next round; anything else propagates */
function refusal(e: unknown): string | null {
  if (!(e instanceof ApiError)) throw e;
  if (e.code === 'not-found') return null;
  if (e.code === 'forbidden' || e.code === 'invalid-argument') return e.message;
  throw e;
}

function readCursor(ctx: ServiceContext, key: string, hub: string): number {
  const raw = ctx.store.settings.getRaw(key);
  if (!raw) return 0;
  const c = JSON.parse(raw) as { hub?: string; seq?: number };
  return c.hub === hub && typeof c.seq === 'number' ? c.seq : 0;
}

async function pullPages<T>(ctx: ServiceContext, hub: HubClient, key: string, page: (since: number) => Promise<{ items: T[]; seq: number; more: boolean }>, apply: (item: T) => boolean, part: Part): Promise<void> {
  let since = readCursor(ctx, key, hub.url);
  for (;;) {
    const p = await page(since);
    ctx.store.tx(() => {
      for (const item of p.items) if (apply(item)) part.down++;
      ctx.store.settings.putRaw(key, JSON.stringify({ hub: hub.url, seq: p.seq }));
    });
    since = p.seq;
    if (!p.more) break;
  }
}

const sameDecision = (local: Decision | undefined, kind: HubDecision['kind'], note: string) => (local ? local.kind === kind && local.note === note : kind === 'reopened');

async function pushDecisions(ctx: ServiceContext, hub: HubClient, part: Part): Promise<void> {
  const { decisions, drafts, hubSync, deskOutbox } = ctx.store;
  for (const { draftId, fingerprint, rule } of deskOutbox.decisions()) {
    if (!drafts.get(draftId)) {
      deskOutbox.clearDecision(draftId, fingerprint); // the story is gone here
      continue;
    }
    if (!hubSync.link(draftId)) continue; // the story goes up first
    const local = decisions.get(draftId, fingerprint);
    const kind = local?.kind ?? 'reopened';
    const note = local?.note ?? '';
    try {
      // the rule as stored here; the hub checks it against the rules it knows (a refusal if not)
      await hub.call('decisions.push', { storyId: draftId, fingerprint, rule: rule as RuleId, kind, note });
      part.up++;
    } catch (e) {
      const why = refusal(e);
      if (why === null) continue;
      part.refused.push({ id: `${draftId}/${fingerprint}`, message: why });
    }
    // changed again while the push was away: that change goes up next round
    ctx.store.tx(() => sameDecision(decisions.get(draftId, fingerprint), kind, note) && deskOutbox.clearDecision(draftId, fingerprint));
  }
}

function applyDecision(ctx: ServiceContext, h: HubDecision): boolean {
  const { decisions, drafts, deskOutbox, history } = ctx.store;
  if (!drafts.get(h.storyId) || deskOutbox.hasDecision(h.storyId, h.fingerprint)) return false;
  if (sameDecision(decisions.get(h.storyId, h.fingerprint), h.kind, h.note)) return false; // ours, back from the hub
  if (h.kind === 'reopened') decisions.remove(h.storyId, h.fingerprint);
  else decisions.put({ draftId: h.storyId, fingerprint: h.fingerprint, rule: h.rule, kind: h.kind, note: h.note, who: h.who, at: h.at });
  history.add({ draftId: h.storyId, at: h.at, who: h.who, kind: h.kind === 'dismissed' ? 'dismiss' : h.kind === 'verified' ? 'verify' : 'undismiss', ...(h.kind === 'reopened' ? {} : { to: h.rule }), note: h.kind === 'reopened' ? h.fingerprint : h.note });
  // the triggers noted what came from the hub as a change of ours: it is not one
  deskOutbox.clearDecision(h.storyId, h.fingerprint);
  return true;
}

/** the fields the hub keeps of a fact, as this workstation has them */
const factFields = (f: Fact) => ({ subject: f.subject, attribute: f.attribute, value: f.value, unit: f.unit ?? '', asOf: f.asOf ?? '', source: f.source ?? '', retired: f.retired ?? false });
const sameFact = (a: Fact, b: Fact) => JSON.stringify(factFields(a)) === JSON.stringify(factFields(b));

async function pushFacts(ctx: ServiceContext, hub: HubClient, part: Part): Promise<void> {
  const { facts, deskOutbox } = ctx.store;
  for (const id of deskOutbox.facts()) {
    const local = facts.get(id);
    if (!local) {
      deskOutbox.clearFact(id);
      continue;
    }
    try {
      await hub.call('facts.push', { id, ...factFields(local) });
      part.up++;
    } catch (e) {
      const why = refusal(e);
      if (why === null) continue;
      part.refused.push({ id, message: why });
    }
    ctx.store.tx(() => {
      const now = facts.get(id);
      if (now && sameFact(now, local)) deskOutbox.clearFact(id);
    });
  }
}

function applyFact(ctx: ServiceContext, h: HubFact): boolean {
  const { facts, deskOutbox } = ctx.store;
  if (deskOutbox.hasFact(h.id)) return false;
  const here = facts.get(h.id);
  const fact: Fact = { ...factFields(h), verifiedBy: h.verifiedBy, verifiedAt: h.verifiedAt };
  if (here && sameFact(here, h) && here.verifiedBy === h.verifiedBy) return false;
  if (here) facts.update(h.id, fact);
  else facts.add({ id: h.id, ...fact });
  deskOutbox.clearFact(h.id);
  return true;
}

export async function syncDeskDecisions(ctx: ServiceContext, hub: HubClient, report: SyncReport): Promise<void> {
  const decisions = partOf(report, 'decisions');
  const facts = partOf(report, 'facts');
  await pushDecisions(ctx, hub, decisions);
  await pushFacts(ctx, hub, facts);
  await pullPages(ctx, hub, 'newsroom.decisionsCursor', async (since) => {
    const p = await hub.call('decisions.pull', { since, limit: PULL_PAGE });
    return { items: p.decisions, seq: p.seq, more: p.more };
  }, (h) => applyDecision(ctx, h), decisions);
  await pullPages(ctx, hub, 'newsroom.factsCursor', async (since) => {
    const p = await hub.call('facts.pull', { since, limit: PULL_PAGE });
    return { items: p.facts, seq: p.seq, more: p.more };
  }, (h) => applyFact(ctx, h), facts);
}
