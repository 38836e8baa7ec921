import type { ParsedInputOf } from '../../shared/api/contract.js';
import { withDeskFurnitureLine, withoutDeskFurnitureLine } from '../../shared/analysis/desk-furniture.js';
import { withDeskSpelling, withoutDeskSpelling } from '../../shared/analysis/desk-spellings.js';
import type { Settings } from '../../shared/model/draft.js';
import type { ServiceContext } from './context.js';

export function settingsServices(ctx: ServiceContext) {
  const { settings } = ctx.store;
  return {
    'settings.get': () => settings.all(),
    'settings.set': (i: ParsedInputOf<'settings.set'>) => settings.patch(i as Partial<Settings>),
    // read and written in one synchronous call: two windows adding lines at once both keep theirs
    'settings.deskFurniture.add': (i: ParsedInputOf<'settings.deskFurniture.add'>) => settings.patch({ deskFurniture: withDeskFurnitureLine(settings.all().deskFurniture, i.line) }),
    'settings.deskFurniture.remove': (i: ParsedInputOf<'settings.deskFurniture.remove'>) => settings.patch({ deskFurniture: withoutDeskFurnitureLine(settings.all().deskFurniture, i.line) }),
    'settings.deskSpellings.add': (i: ParsedInputOf<'settings.deskSpellings.add'>) => settings.patch({ deskSpellings: withDeskSpelling(settings.all().deskSpellings, i.word) }),
    'settings.deskSpellings.remove': (i: ParsedInputOf<'settings.deskSpellings.remove'>) => settings.patch({ deskSpellings: withoutDeskSpelling(settings.all().deskSpellings, i.word) }),
  };
}
