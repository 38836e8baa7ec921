/**
 * Settings > Website leftovers: the desk's own list of lines that are always page furniture
 * (shared/analysis/desk-furniture.ts). Lines come here from a warning ("Always treat as a
 * website leftover") or are typed in; the checks of every story, and `redaksi check`, use them.
 */
import { useApp } from './context.js';
import { DeskListCard } from './DeskListCard.js';
import { DESK_FURNITURE_MAX_LENGTH } from '../../shared/model/draft.js';

export function DeskFurnitureCard() {
  const { settings, deskFurnitureLine, t } = useApp();
  return (
    <DeskListCard
      name="desk-furniture"
      items={settings.deskFurniture}
      maxLength={DESK_FURNITURE_MAX_LENGTH}
      onChange={deskFurnitureLine}
      text={{ title: t('df.title'), intro: t('df.intro'), placeholder: t('df.placeholder'), add: t('df.add'), empty: t('df.empty'), remove: t('df.remove'), removeItem: (line) => t('df.removeLine', { line }) }}
    />
  );
}
