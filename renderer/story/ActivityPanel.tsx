import { useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { formatDateTime } from '../i18n/index.js';
import type { HistoryEvent, Status } from '../../shared/model/draft.js';
import { STATUSES } from '../../shared/model/draft.js';
import { personName } from '../lib/personName.js';

const isStatus = (s: string | undefined): s is Status => Boolean(s && (STATUSES as readonly string[]).includes(s));

export function ActivityPanel({ draftId, refreshKey }: { draftId: string; refreshKey: number }) {
  const { t, lang } = useApp();
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  useEffect(() => {
    api['drafts.history']({ id: draftId }).then(setEvents, () => setEvents([]));
  }, [draftId, refreshKey]);
  if (events === null) return <p className="muted">{t('common.loading')}</p>;
  if (events.length === 0) return <p className="muted">{t('act.empty')}</p>;
  const sorted = events.slice().sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <ol className="activity" aria-label={t('act.title')}>
      {sorted.map((e) => (
        <li key={e.id} className={`act act-${e.kind}`} data-kind={e.kind}>
          <div className="act-line">
            <span className="act-kind">{t(`act.kind.${e.kind}`)}</span>
            {e.kind === 'status' && isStatus(e.from) && isStatus(e.to) ? (
              <span className="act-move">
                {t(`status.${e.from}`)} → <strong>{t(`status.${e.to}`)}</strong>
              </span>
            ) : null}
          </div>
          <div className="muted act-meta">
            <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
            {/* rows written before anyone was named (or by old versions as "unknown") say so in words */}
            <span> · {t('act.by', { who: personName(e.who, t) })}</span>
          </div>
          {e.note ? <p className="act-note">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
