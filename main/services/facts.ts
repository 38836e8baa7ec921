import { ApiError } from '../../shared/api/errors.js';
import type { ParsedInputOf } from '../../shared/api/contract.js';
import { FactParseError } from '../../shared/analysis/facts/base.js';
import { FactNotFoundError } from '../store/facts-repo.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';

/** Repository errors become contract errors the panel can show. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FactNotFoundError) throw new ApiError('not-found', e.message);
    if (e instanceof FactParseError) throw new ApiError('invalid-argument', e.message);
    throw e;
  }
}

export function factServices(ctx: ServiceContext) {
  const facts = () => ctx.store.facts;
  return {
    'facts.list': (i: ParsedInputOf<'facts.list'>) => facts().list(i),
    // whoever adds or edits a fact is the one who verified it, now
    'facts.add': (i: ParsedInputOf<'facts.add'>) => guarded(() => facts().add({ ...i, verifiedBy: currentUser(ctx), verifiedAt: isoNow(ctx) })),
    'facts.update': (i: ParsedInputOf<'facts.update'>) => guarded(() => facts().update(i.id, { ...i.patch, verifiedBy: currentUser(ctx), verifiedAt: isoNow(ctx) })),
    'facts.retire': (i: ParsedInputOf<'facts.retire'>) => guarded(() => facts().retire(i.id)),
    'facts.import': (i: ParsedInputOf<'facts.import'>) => guarded(() => ctx.store.tx(() => facts().import(i.text, { fileName: `import.${i.format}` }))),
    'facts.export': (i: ParsedInputOf<'facts.export'>) => ({ text: facts().export(i.format) }),
  };
}
