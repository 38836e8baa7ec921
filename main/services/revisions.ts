import { ApiError } from '../../shared/api/errors.js';
import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { Revision } from '../../shared/model/draft.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';
import { saveDraft } from './drafts.js';
import { recordRevision } from './revision-snapshot.js';

function mustGetRevision(ctx: ServiceContext, id: number): Revision {
  const r = ctx.store.revisions.get(id);
  if (!r) throw new ApiError('not-found', `No revision with id ${id}.`);
  return r;
}

export function revisionServices(ctx: ServiceContext) {
  return {
    'revisions.list': (i: ParsedInputOf<'revisions.list'>) => {
      mustGet(ctx, i.draftId);
      return ctx.store.revisions.list(i.draftId);
    },
    'revisions.get': (i: ParsedInputOf<'revisions.get'>) => mustGetRevision(ctx, i.id),
    'revisions.create': (i: ParsedInputOf<'revisions.create'>) =>
      ctx.store.tx(() => {
        const id = recordRevision(ctx, i.draftId, 'manual', i.label ?? '');
        ctx.store.history.add({ draftId: i.draftId, at: isoNow(ctx), who: currentUser(ctx), kind: 'revision', ...(i.label ? { note: i.label } : {}) });
        return ctx.store.revisions.list(i.draftId).find((r) => r.id === id)!;
      }),
    /** Restoring never overwrites: the current text is kept as a revision, then the old one comes back as a new revision. */
    'revisions.restore': (i: ParsedInputOf<'revisions.restore'>) =>
      ctx.store.tx(() => {
        const rev = mustGetRevision(ctx, i.id);
        recordRevision(ctx, rev.draftId, 'manual', 'before restore');
        saveDraft(ctx, { id: rev.draftId, headline: rev.headline, body: rev.body, meta: rev.meta });
        recordRevision(ctx, rev.draftId, 'restore', `restored revision ${rev.id}`);
        ctx.store.history.add({ draftId: rev.draftId, at: isoNow(ctx), who: currentUser(ctx), kind: 'restore', note: `revision ${rev.id}` });
        return mustGet(ctx, rev.draftId);
      }),
  };
}
