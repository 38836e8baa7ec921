/**
 * Settings > Spellings: names and words the desk has confirmed are right as written
 * (shared/analysis/desk-spellings.ts). They come here from a name warning ("Right as written")
 * or are typed in; name-variant never reports them as typos, on any story or in `redaksi check`.
 */
import { useApp } from './context.js';
import { DeskListCard } from './DeskListCard.js';
import { DESK_SPELLING_MAX_LENGTH } from '../../shared/model/draft.js';

export function DeskSpellingsCard() {
  const { settings, deskSpelling, t } = useApp();
  return (
    <DeskListCard
      name="desk-spellings"
      items={settings.deskSpellings}
      maxLength={DESK_SPELLING_MAX_LENGTH}
      onChange={deskSpelling}
      text={{ title: t('ds.title'), intro: t('ds.intro'), placeholder: t('ds.placeholder'), add: t('ds.add'), empty: t('ds.empty'), remove: t('ds.remove'), removeItem: (word) => t('ds.removeWord', { word }) }}
    />
  );
}
