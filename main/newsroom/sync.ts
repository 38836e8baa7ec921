/**
 * One sync round between this workstation's store and the newsroom hub (issue 13):
 * 1. push: every story in the outbox whose text differs from what the hub last agreed goes up
 *    with the hub version it was based on. A push on a stale version is refused (409): the
 *    local text is kept as a revision "conflicting copy by <user>, <time>" and the hub's newer
 *    version becomes the current text. Text is never lost.
 *    A status changed here without the hub (offline, or a hand-edited database) is asked of the
 *    hub as a workflow step; refused, the hub's status comes back and the refusal is reported.
 * 2. pull: everything changed on the hub after the last sequence number seen, applied locally
 *    with the hub's owner, status and history (who did each step).
 * Every local write goes through the store's repositories in one transaction per story, so a
 * crash mid-round leaves each story either before or after its step; the round can simply run
 * again (pushes are versioned, pulls resume from the stored sequence number).
 */
import { syncDeskDecisions } from './desk-sync.js';
import { createHash } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { HubStory, SyncReport } from '../../shared/api/hub-contract.js';
import type { Draft, HistoryEvent, Status } from '../../shared/model/draft.js';
import type { ServiceContext } from '../services/context.js';
import { isoNow } from '../services/context.js';
import { bodyFields, slugFor } from '../services/drafts.js';
import { snapshotRevision } from '../services/revision-snapshot.js';
import type { DraftPatch } from '../store/drafts-repo.js';
import type { HubClient } from './hub-client.js';
import { pullComments, pushComments } from './comment-sync.js';

export type { SyncReport };

const CURSOR_KEY = 'newsroom.cursor';
const PULL_PAGE = 200;

type Content = Pick<Draft, 'headline' | 'language' | 'meta' | 'body'>;

/** what the text "is", to tell whether the hub already has it (status changes do not count) */
export function contentHash(d: Content): string {
  return createHash('sha256').update(JSON.stringify([d.headline, d.language, d.meta, d.body])).digest('base64url');
}

function readCursor(ctx: ServiceContext, hub: string): number {
  const raw = ctx.store.settings.getRaw(CURSOR_KEY);
  if (!raw) return 0;
  const c = JSON.parse(raw) as { hub?: string; seq?: number };
  // another hub's numbers mean nothing here: start from the beginning
  return c.hub === hub && typeof c.seq === 'number' ? c.seq : 0;
}

function writeCursor(ctx: ServiceContext, hub: string, seq: number): void {
  ctx.store.settings.putRaw(CURSOR_KEY, JSON.stringify({ hub, seq }));
}

const HISTORY_KIND: Record<HubStory['history'][number]['kind'], HistoryEvent['kind']> = { created: 'created', status: 'status', export: 'export', edit: 'revision', takeover: 'revision' };

/**
 * Makes the local story what the hub says. `takeText`: the hub's text replaces the local one
 * (always for a story new here); otherwise only status, owner and history follow. Runs inside
 * the caller's transaction. Returns whether anything visible changed.
 */
function applyHubStory(ctx: ServiceContext, story: HubStory, takeText: boolean): boolean {
  const { drafts, hubSync, history } = ctx.store;
  const local = drafts.saveState(story.id, false);
  const link = hubSync.link(story.id);
  const wasPending = hubSync.inOutbox(story.id);
  const at = isoNow(ctx);
  let changed = false;
  if (!local) {
    const fields = bodyFields(story.body);
    drafts.insert({ id: story.id, headline: story.headline, slug: slugFor(ctx, story.id, story.headline), slugLocked: false, status: story.status, language: story.language, meta: story.meta, at, ...fields });
    changed = true;
  } else {
    const patch: DraftPatch = {};
    if (takeText) {
      Object.assign(patch, bodyFields(story.body), { headline: story.headline, language: story.language, meta: story.meta });
      if (story.headline !== local.headline && !local.slugLocked) patch.slug = slugFor(ctx, story.id, story.headline);
    }
    if (local.status !== story.status) patch.status = story.status;
    if (Object.keys(patch).length) {
      drafts.update(story.id, patch, at);
      changed = true;
    }
  }
  let lastHistoryId = link?.lastHistoryId ?? 0;
  for (const h of story.history) {
    if (h.id <= lastHistoryId) continue;
    history.add({ draftId: story.id, at: h.at, who: h.who, kind: HISTORY_KIND[h.kind], ...(h.from ? { from: h.from } : {}), ...(h.to ? { to: h.to } : {}), ...(h.note ? { note: h.note } : {}) });
    lastHistoryId = h.id;
  }
  const tookText = takeText || !local;
  const now = drafts.get(story.id)!;
  hubSync.putLink({
    draftId: story.id,
    hubVersion: tookText || !link ? story.version : link.hubVersion,
    owner: story.owner,
    status: story.status,
    lastHistoryId,
    contentHash: tookText ? contentHash(now) : (link?.contentHash ?? ''),
  });
  // a local change not yet pushed stays in the outbox (the next push settles it); ours is not one
  if (!wasPending || tookText) hubSync.clearOutbox(story.id);
  if (changed) ctx.archiveDirty.add(story.id);
  return changed;
}

function minuteStamp(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** keeps the local text as a revision, then takes the hub's story: text is never lost */
function keepConflictingCopy(ctx: ServiceContext, local: Draft, hubStory: HubStory, user: string, message: string, report: SyncReport): void {
  ctx.store.tx(() => {
    const keptAs = `conflicting copy by ${user}, ${minuteStamp(ctx.now())}`;
    const revisionId = snapshotRevision(ctx, local.id, local, 'conflict', keptAs);
    ctx.store.history.add({ draftId: local.id, at: isoNow(ctx), who: user, kind: 'revision', note: `${keptAs}: ${message}` });
    applyHubStory(ctx, hubStory, true);
    const conflict = { id: local.id, headline: local.headline, keptAs, revisionId, message, currentBy: hubStory.updatedBy };
    report.conflicts.push(conflict);
    // the banner until someone reads it, across restarts (also for `redaksi sync`'s conflicts)
    ctx.store.hubSync.putConflict({ ...conflict, user, at: isoNow(ctx) });
  });
}

/** pushes one story if its text changed, then asks the hub for a status changed here; offline errors propagate */
export async function pushStory(ctx: ServiceContext, hub: HubClient, user: string, id: string, report: SyncReport): Promise<void> {
  const { drafts, hubSync } = ctx.store;
  const draft = drafts.get(id);
  if (!draft || draft.trashedAt) {
    // trash is a matter of this workstation; a restore puts the story back in the outbox
    ctx.store.tx(() => hubSync.clearOutbox(id));
    return;
  }
  const link = hubSync.link(id);
  const hash = contentHash(draft);
  let hubVersion = link?.hubVersion ?? 0;
  if (!link || link.contentHash !== hash) {
    try {
      const r = await hub.call('sync.push', { id, baseVersion: hubVersion, headline: draft.headline, language: draft.language, meta: draft.meta, body: draft.body });
      hubVersion = r.version;
      report.up.push({ id, headline: draft.headline, version: r.version });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.code === 'conflict' && e.detail?.current) {
        const current = e.detail.current as HubStory;
        // our own earlier push, whose answer was lost (hub restarted, network cut): adopt it, no copy needed
        if (contentHash(current) === hash) {
          ctx.store.tx(() => applyHubStory(ctx, current, true));
          return;
        }
        return keepConflictingCopy(ctx, draft, current, user, e.message, report);
      }
      if (e.code === 'forbidden' || e.code === 'not-found') {
        // refused outright (not this user's story to change): keep the text, take the hub's if it has one
        const current = await hub.call('stories.get', { id }).catch(() => null);
        if (current) return keepConflictingCopy(ctx, draft, current, user, e.message, report);
        report.statusRefused.push({ id, headline: draft.headline, wanted: draft.status, kept: draft.status, message: e.message });
        return;
      }
      throw e;
    }
  }
  let hubStatus: Status = link?.status ?? 'draft';
  let stepped: HubStory | null = null;
  if (draft.status !== hubStatus) {
    try {
      stepped = await hub.call('workflow.setStatus', { id, to: draft.status });
      hubStatus = stepped.status;
    } catch (e) {
      if (!(e instanceof ApiError) || (e.code !== 'forbidden' && e.code !== 'invalid-argument')) throw e;
      report.statusRefused.push({ id, headline: draft.headline, wanted: draft.status, kept: hubStatus, message: e.message });
    }
  }
  ctx.store.tx(() => {
    const now = drafts.get(id);
    if (!now) return;
    const editedMeanwhile = now.version !== draft.version;
    hubSync.putLink({ draftId: id, hubVersion, owner: link?.owner ?? user, status: hubStatus, lastHistoryId: link?.lastHistoryId ?? 0, contentHash: hash });
    if (stepped) applyHubStory(ctx, stepped, false);
    else if (now.status !== hubStatus) drafts.update(id, { status: hubStatus }, isoNow(ctx));
    if (!editedMeanwhile) hubSync.clearOutbox(id);
  });
}

export async function pullChanges(ctx: ServiceContext, hub: HubClient, report: SyncReport): Promise<void> {
  let since = readCursor(ctx, hub.url);
  for (;;) {
    const page = await hub.call('sync.pull', { since, limit: PULL_PAGE });
    ctx.store.tx(() => {
      for (const story of page.stories) {
        const link = ctx.store.hubSync.link(story.id);
        const pending = ctx.store.hubSync.inOutbox(story.id);
        const local = ctx.store.drafts.get(story.id);
        const newer = !link || story.version > link.hubVersion;
        const takeText = !local || (newer && !pending);
        if (applyHubStory(ctx, story, takeText)) report.down.push({ id: story.id, headline: story.headline, owner: story.owner, status: story.status, version: story.version });
      }
      writeCursor(ctx, hub.url, page.seq);
    });
    since = page.seq;
    report.seq = page.seq;
    if (!page.more) break;
  }
}

export function emptyReport(hub: string, user: string): SyncReport {
  return { hub, user, up: [], down: [], conflicts: [], statusRefused: [], seq: 0 };
}

/** one full round: push the outbox, then pull */
export async function syncOnce(ctx: ServiceContext, hub: HubClient, user: string): Promise<SyncReport> {
  const report = emptyReport(hub.url, user);
  for (const id of ctx.store.hubSync.outbox()) await pushStory(ctx, hub, user, id, report);
  // comments after stories: a comment goes up once its story is on the hub, and comes down after it
  await pushComments(ctx, hub, report);
  await pullChanges(ctx, hub, report);
  await pullComments(ctx, hub, report);
  // decisions after stories too (a decision's story must be on the hub), and the facts base
  await syncDeskDecisions(ctx, hub, report);
  return report;
}

/** a workflow step while signed in: the hub decides; refused, nothing changes here */
export async function setStatusThroughHub(ctx: ServiceContext, hub: HubClient, user: string, id: string, to: Status, note: string | undefined): Promise<{ story: HubStory; report: SyncReport }> {
  const report = emptyReport(hub.url, user);
  if (!ctx.store.drafts.get(id)) throw new ApiError('not-found', `No story with id ${id}.`);
  // the hub must have the story (and its newest text) before it can move it
  if (ctx.store.hubSync.inOutbox(id) || !ctx.store.hubSync.link(id)) await pushStory(ctx, hub, user, id, report);
  const story = await hub.call('workflow.setStatus', { id, to, ...(note ? { note } : {}) });
  ctx.store.tx(() => applyHubStory(ctx, story, false));
  return { story, report };
}
