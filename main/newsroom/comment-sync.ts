/**
 * Comment threads through the newsroom hub (issue 15), one step of each sync round
 * (main/newsroom/sync.ts calls it after the stories, so a comment's story is on the hub, and
 * here, before the comment):
 * 1. push: every message in `comments_outbox` (written, resolved, reopened, deleted or brought
 *    back here) goes up as it is now, threads before replies, in one `comments.pushBatch`
 *    request per round (more only past 100 messages or 1 MB). The hub answers each with its row
 *    (its author name and times), which replaces ours. A change the hub refuses (rules in
 *    shared/model/comment-rules.ts) is put back as the hub has it and reported; a message whose
 *    story or thread the hub does not have yet stays in the outbox for the next round.
 * 2. pull: every message changed on the hub after the last sequence number seen (a cursor of
 *    its own beside the stories' one), applied in one local transaction per page. A message
 *    changed here and not yet pushed is left as it is: the next push settles it.
 */
import { COMMENT_BATCH_BYTES, COMMENT_BATCH_MAX, type CommentPushResult, type HubComment, type HubInput, type SyncReport } from '../../shared/api/hub-contract.js';
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

type PushInput = HubInput<'comments.push'>;

/** the message as it goes up: what this workstation has now; the hub stamps author and times */
const pushInput = (c: SyncedComment): PushInput => ({
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

/**
 * The outbox in batches of at most COMMENT_BATCH_MAX messages and COMMENT_BATCH_BYTES of JSON
 * (a message holds up to 20,000 characters), in the outbox's order, threads before replies.
 * One batch is one request: a round of ordinary size is one request, however many messages.
 */
export function commentBatches(messages: readonly PushInput[], maxCount = COMMENT_BATCH_MAX, maxBytes = COMMENT_BATCH_BYTES): PushInput[][] {
  const batches: PushInput[][] = [];
  let batch: PushInput[] = [];
  let bytes = 0;
  for (const m of messages) {
    const size = Buffer.byteLength(JSON.stringify(m)) + 1;
    if (batch.length && (batch.length >= maxCount || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(m);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** the hub's answer for one message, applied in the caller's transaction */
function settle(ctx: ServiceContext, sent: SyncedComment, result: CommentPushResult, report: CommentReport): void {
  if ('comment' in result) {
    const now = ctx.store.comments.syncRow(sent.id);
    // changed again while the push was away: that change goes up next round
    if (now && fingerprint(now) === fingerprint(sent)) apply(ctx, result.comment);
    report.up++;
    return;
  }
  const { code, message, current } = result.error;
  // the story or the thread is not on the hub yet: the next round tries again
  if (code === 'not-found') return;
  if (current) apply(ctx, current);
  // nothing to put back (a new message refused outright): it stays here, it cannot go up
  else ctx.store.comments.clearOutbox(sent.id);
  report.refused.push({ id: sent.id, storyId: sent.draftId, message });
}

export async function pushComments(ctx: ServiceContext, hub: HubClient, report: SyncReport): Promise<void> {
  const r = reportOf(report);
  const rows = new Map<string, SyncedComment>();
  for (const id of ctx.store.comments.outbox()) {
    const c = ctx.store.comments.syncRow(id);
    const draft = c && ctx.store.drafts.get(c.draftId);
    // a story in the trash is this workstation's matter (as in sync.ts); its comments wait with it
    if (c && draft && !draft.trashedAt) rows.set(id, c);
  }
  for (const batch of commentBatches([...rows.values()].map(pushInput))) {
    const { results } = await hub.call('comments.pushBatch', { messages: batch });
    ctx.store.tx(() => {
      for (const result of results) {
        const sent = rows.get(result.id);
        if (sent) settle(ctx, sent, result, r);
      }
    });
  }
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
