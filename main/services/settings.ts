import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { Settings } from '../../shared/model/draft.js';
import type { ServiceContext } from './context.js';

export function settingsServices(ctx: ServiceContext) {
  return {
    'settings.get': () => ctx.store.settings.all(),
    'settings.set': (i: ParsedInputOf<'settings.set'>) => ctx.store.settings.patch(i as Partial<Settings>),
  };
}
