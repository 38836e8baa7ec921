import { ApiError } from '../../shared/api/errors.js';
import type { Draft } from '../../shared/model/draft.js';
import type { ServiceContext } from './context.js';

/** The story, or the contract's not-found error. Its own module so drafts and revisions share it without importing each other. */
export function mustGet(ctx: ServiceContext, id: string): Draft {
  const d = ctx.store.drafts.get(id);
  if (!d) throw new ApiError('not-found', `No story with id ${id}.`);
  return d;
}
