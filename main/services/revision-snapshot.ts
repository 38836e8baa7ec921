import type { Draft, Revision } from '../../shared/model/draft.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';

export const REVISION_INTERVAL_MS = 10 * 60 * 1000;

/** The fields of a story a revision keeps. */
export type RevisionSource = Pick<Draft, 'headline' | 'status' | 'meta' | 'body' | 'plainText' | 'wordCount'>;

/**
 * Snapshots a story the caller already holds (a save knows its row; reading it again costs a SELECT of the whole body). Callers run it inside their transaction.
 * `inDraft`: the story's body and text are exactly what its row holds now, so the revision keeps a reference until they change (migration 016).
 */
export function snapshotRevision(ctx: ServiceContext, draftId: string, story: RevisionSource, reason: Revision['reason'], label: string, inDraft = false): number {
  return ctx.store.revisions.add({
    draftId,
    at: isoNow(ctx),
    reason,
    label,
    author: currentUser(ctx),
    headline: story.headline,
    status: story.status,
    meta: story.meta,
    body: story.body,
    plainText: story.plainText,
    wordCount: story.wordCount,
    inDraft,
  });
}

/** Snapshots the story as stored now. Callers run it inside their transaction. */
export function recordRevision(ctx: ServiceContext, draftId: string, reason: Revision['reason'], label: string): number {
  return snapshotRevision(ctx, draftId, mustGet(ctx, draftId), reason, label, true);
}
