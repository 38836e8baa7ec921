/**
 * Comment threads through the newsroom hub (issue 15), one step of each sync round
 * (main/newsroom/sync.ts calls it after the stories, so a comment's story is on the hub, and
 * here, before the comment):
 * 1. push: every message in `comments_outbox` (written, resolved, reopened, deleted or brought
 *    back here) goes up as it is now, threads before replies. The hub answers with its row
 *    (its author name and times), which replaces ours. A change the hub refuses (rules in
 *    shared/model/comment-rules.ts) is put back as the hub has it and reported; a message whose
 *    story or thread the hub does not have yet stays in the outbox for the next round.
 * 2. pull: every message changed on the hub after the last sequence number seen (a cursor of
 *    its own beside the stories' one), applied in one local transaction per page. A message
 *    changed here and not yet pushed is left as it is: the next push settles it.
 */
import { ApiError } from '../../shared/api/errors.js';
import type { HubComment, SyncReport } from '../../shared/api/hub-contract.js';
import type { ServiceContext } from '../services/context.js';
import type { SyncedComment } from '../store/comments-repo.js';
import type { HubClient } from './hub-client.js';

const CURSOR_KEY = 'newsroom.commentsCursor';
const PULL_PAGE = 200;

type CommentReport = NonNullable<SyncReport['comments']>;

function reportOf(report: SyncReport): CommentReport {
  return (report.comments ??= { up: 0, down: 0, refused: [] });
}

const local = (h: HubComment): SyncedComment => ({
  id: h.id,
  draftId: h.storyId,
  threadId: h.threadId,
  author: h.author,
  text: h.text,
  quote: h.quote,
  mentions: h.mentions,
  resolved: h.resolved,
  resolvedBy: h.resolvedBy,
  resolvedAt: h.resolvedAt,
  createdAt: h.createdAt,
  updatedAt: h.updatedAt,
  deletedAt: h.deletedAt,
});

/** what a push says about a message; equal fingerprints: nothing changed while it was away */
const fingerprint = (c: SyncedComment) => JSON.stringify([c.text, c.resolved, c.deletedAt]);

/** one pulled or answered message, in the caller's transaction; history for one new here */
function apply(ctx: ServiceContext, h: HubComment): boolean {
  if (!ctx.store.drafts.saveState(h.storyId, false)) return false;
  const isNew = ctx.store.comments.applySynced(local(h));
  if (isNew && !h.deletedAt) ctx.store.history.add({ draftId: h.storyId, at: h.createdAt, who: h.author, kind: 'comment', note: h.text.length > 120 ? `${h.text.slice(0, 119)}…` : h.text });
  return true;
}

async function pushOne(ctx: ServiceContext, hub: HubClient, id: string, report: CommentReport): Promise<void> {
  const c = ctx.store.comments.syncRow(id);
  if (!c) return;
  const draft = ctx.store.drafts.get(c.draftId);
  // a story in the trash is this workstation's matter (as in sync.ts); its comments wait with it
  if (!draft || draft.trashedAt) return;
  let answer: HubComment;
  try {
    answer = await hub.call('comments.push', {
      id: c.id,
      storyId: c.draftId,
      threadId: c.threadId,
      text: c.text,
      quote: c.quote,
      mentions: [...c.mentions],
      createdAt: c.createdAt,
      resolved: c.resolved,
      deletedAt: c.deletedAt,
    });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    // the story or the thread is not on the hub yet: the next round tries again
    if (e.code === 'not-found') return;
    if (e.code === 'forbidden' || e.code === 'invalid-argument') {
      const current = e.detail?.current as HubComment | undefined;
      ctx.store.tx(() => {
        if (current) apply(ctx, current);
        // nothing to put back (a new message refused outright): it stays here, it cannot go up
        else ctx.store.comments.clearOutbox(id);
      });
      report.refused.push({ id, storyId: c.draftId, message: e.message });
      return;
    }
    throw e;
  }
  ctx.store.tx(() => {
    const now = ctx.store.comments.syncRow(id);
    // changed again while the push was away: that change goes up next round
    if (now && fingerprint(now) === fingerprint(c)) apply(ctx, answer);
  });
  report.up++;
}

export async function pushComments(ctx: ServiceContext, hub: HubClient, report: SyncReport): Promise<void> {
  const r = reportOf(report);
  for (const id of ctx.store.comments.outbox()) await pushOne(ctx, hub, id, r);
}

function readCursor(ctx: ServiceContext, hub: string): number {
  const raw = ctx.store.settings.getRaw(CURSOR_KEY);
  if (!raw) return 0;
  const c = JSON.parse(raw) as { hub?: string; seq?: number };
  return c.hub === hub && typeof c.seq === 'number' ? c.seq : 0;
}

export async function pullComments(ctx: ServiceContext, hub: HubClient, report: SyncReport): Promise<void> {
  const r = reportOf(report);
  let since = readCursor(ctx, hub.url);
  for (;;) {
    const page = await hub.call('comments.pull', { since, limit: PULL_PAGE });
    ctx.store.tx(() => {
      for (const h of page.comments) {
        if (ctx.store.comments.inOutbox(h.id)) continue;
        // our own push coming back: already as the hub has it
        const here = ctx.store.comments.syncRow(h.id);
        if (here && here.updatedAt === h.updatedAt && fingerprint(here) === fingerprint(local(h))) continue;
        if (apply(ctx, h)) r.down++;
      }
      ctx.store.settings.putRaw(CURSOR_KEY, JSON.stringify({ hub: hub.url, seq: page.seq }));
    });
    since = page.seq;
    if (!page.more) break;
  }
}
