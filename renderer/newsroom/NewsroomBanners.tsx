/**
 * The editor's newsroom banners: "<name> is editing since HH:MM" with Take over, and the
 * conflicting copy kept by a sync round, with the compare view on the two versions.
 */
import { useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { formatDateTime, intlLocale } from '../i18n/index.js';
import { WordDiff, storyText } from '../lib/WordDiff.js';
import { Sheet } from '../lib/Sheet.js';
import { errorMessage } from '../../shared/api/errors.js';
import type { EditLease, NewsroomConflict, SyncRefusal } from '../../shared/api/hub-contract.js';
import './newsroom.css';

export function LeaseBanner({ lease, onTakeOver }: { lease: EditLease | null; onTakeOver: () => Promise<void> }) {
  const { t, lang } = useApp();
  const [error, setError] = useState('');
  if (lease?.state === 'readonly') {
    return (
      <div className="banner info lease-line" role="alert" data-lease="readonly">
        <span>{t('lease.notYours', { owner: lease.owner ?? '' })}</span>
      </div>
    );
  }
  if (lease?.state !== 'held' || !lease.lock) return null;
  const time = new Intl.DateTimeFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit' }).format(new Date(lease.lock.since));
  return (
    <div className="banner info lease-line" role="alert" data-lease="held" data-holder={lease.lock.holder}>
      <span>{t('lease.heldBy', { name: lease.lock.holder, time })}</span>
      {error ? <span className="error">{error}</span> : null}
      <button type="button" className="btn small" onClick={() => onTakeOver().catch((e: unknown) => setError(errorMessage(e)))}>
        {t('lease.takeOver')}
      </button>
    </div>
  );
}

/**
 * Changes the hub refused in a sync round (a dismissal, a fact, a comment): they stay on this
 * workstation only, which the user must know, since colleagues will not see them.
 */
export function RefusalBanner({ refused, scope, onDismiss }: { refused: readonly SyncRefusal[]; scope: 'story' | 'all'; onDismiss: () => void }) {
  const { t } = useApp();
  if (refused.length === 0) return null;
  return (
    <div className="banner warn refusal-banner" role="alert" data-refused={refused.length}>
      <div>
        <span>{t(scope === 'story' ? 'refused.story' : 'refused.all', { n: refused.length })}</span>
        <ul className="refusal-list">
          {refused.map((r) => (
            <li key={`${r.kind}:${r.id}`} data-kind={r.kind}>
              {t(`refused.kind.${r.kind}`)}: {r.message}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="btn small" onClick={onDismiss}>
        {t('refused.ok')}
      </button>
    </div>
  );
}

export function ConflictBanner({ conflict, onDismiss }: { conflict: NewsroomConflict; onDismiss: () => void }) {
  const { t, lang } = useApp();
  const [diff, setDiff] = useState<{ a: string; b: string } | null>(null);
  const [error, setError] = useState('');

  async function compare() {
    try {
      const [kept, current] = await Promise.all([api['revisions.get']({ id: conflict.revisionId }), api['drafts.get']({ id: conflict.id })]);
      setDiff({ a: storyText(kept.headline, kept.plainText), b: storyText(current.headline, current.plainText) });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <>
      <div className="banner warn" role="alert" data-conflict={conflict.revisionId} title={conflict.keptAs}>
        <span>{t('conflict.banner', { by: conflict.currentBy, user: conflict.user, when: formatDateTime(conflict.at, lang) })}</span>
        {error ? <span className="error">{error}</span> : null}
        <div className="row-end">
          <button type="button" className="btn small" onClick={() => void compare()}>{t('conflict.compare')}</button>
          <button type="button" className="btn small ghost" onClick={onDismiss}>{t('conflict.dismiss')}</button>
        </div>
      </div>
      {diff ? (
        <Sheet title={t('conflict.compareTitle')} onClose={() => setDiff(null)}>
          <WordDiff from={diff.a} to={diff.b} />
        </Sheet>
      ) : null}
    </>
  );
}
