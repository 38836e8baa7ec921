import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { formatDateTime } from '../i18n/index.js';
import { WordDiff, storyText } from '../lib/WordDiff.js';
import { RichEditor } from './RichEditor.js';
import type { Draft, Revision, RevisionSummary } from '../../shared/model/draft.js';
import { Sheet } from '../lib/Sheet.js';
import { personName } from '../lib/personName.js';

type Pick = number | 'current';

export function HistoryPanel({
  draftId,
  current,
  refreshKey,
  onRestored,
}: {
  draftId: string;
  current: () => { headline: string; plainText: string };
  refreshKey: number;
  onRestored: (d: Draft) => void;
}) {
  const { t, lang, settings } = useApp();
  const [revs, setRevs] = useState<RevisionSummary[] | null>(null);
  const [from, setFrom] = useState<Pick | null>(null);
  const [to, setTo] = useState<Pick>('current');
  const [diff, setDiff] = useState<{ a: string; b: string; title: string } | null>(null);
  const [view, setView] = useState<Revision | null>(null);
  const [flash, setFlash] = useState('');

  const load = useCallback(() => {
    api['revisions.list']({ draftId }).then((r) => {
      setRevs(r);
      setFrom((f) => f ?? r[0]?.id ?? null);
    }, () => setRevs([]));
  }, [draftId]);
  useEffect(load, [load, refreshKey]);

  const textOf = async (p: Pick) => {
    if (p === 'current') {
      const c = current();
      return { text: storyText(c.headline, c.plainText), label: t('hist.current') };
    }
    const r = await api['revisions.get']({ id: p });
    return { text: storyText(r.headline, r.plainText), label: formatDateTime(r.createdAt, lang) };
  };

  async function compare() {
    if (from === null) return;
    const [a, b] = await Promise.all([textOf(from), textOf(to)]);
    setDiff({ a: a.text, b: b.text, title: `${a.label} → ${b.label}` });
  }

  async function restore(id: number) {
    if (!window.confirm(t('hist.confirmRestore'))) return;
    const d = await api['revisions.restore']({ id });
    onRestored(d);
    setFlash(t('hist.restored'));
    window.setTimeout(() => setFlash(''), 3000);
    load();
  }

  const label = (r: RevisionSummary) => r.label || t(`hist.reason.${r.reason}`);

  return (
    <div className="panel history-panel">
      <p className="flash" role="status" aria-live="polite">{flash}</p>
      {revs === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : revs.length === 0 ? (
        <p className="muted">{t('hist.empty')}</p>
      ) : (
        <>
          <div className="compare-bar">
            <label>
              <span>{t('hist.from')}</span>
              <select aria-label={t('hist.from')} value={String(from ?? '')} onChange={(e) => setFrom(e.target.value === 'current' ? 'current' : Number(e.target.value))}>
                {revs.map((r) => (
                  <option key={r.id} value={r.id}>{`${formatDateTime(r.createdAt, lang)} · ${label(r)}`}</option>
                ))}
                <option value="current">{t('hist.current')}</option>
              </select>
            </label>
            <label>
              <span>{t('hist.to')}</span>
              <select aria-label={t('hist.to')} value={String(to)} onChange={(e) => setTo(e.target.value === 'current' ? 'current' : Number(e.target.value))}>
                <option value="current">{t('hist.current')}</option>
                {revs.map((r) => (
                  <option key={r.id} value={r.id}>{`${formatDateTime(r.createdAt, lang)} · ${label(r)}`}</option>
                ))}
              </select>
            </label>
            <button type="button" className="btn" onClick={() => void compare()}>{t('hist.compare')}</button>
          </div>
          <ol className="rev-list" aria-label={t('hist.title')}>
            {revs.map((r) => (
              <li key={r.id} className={`rev rev-${r.reason}`} data-rev={r.id}>
                <div className="rev-head">
                  <span className="rev-label">{label(r)}</span>
                  <time className="muted" dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
                </div>
                <div className="rev-meta muted">
                  <span>{personName(r.author, t)}</span>
                  <span>{t(`status.${r.status}`)}</span>
                  <span>{t('desk.words', { n: r.wordCount })}</span>
                </div>
                <div className="rev-actions">
                  <button type="button" className="btn small ghost" onClick={async () => setView(await api['revisions.get']({ id: r.id }))}>{t('hist.open')}</button>
                  <button
                    type="button"
                    className="btn small ghost"
                    onClick={async () => {
                      const [a, b] = await Promise.all([textOf(r.id), textOf('current')]);
                      setDiff({ a: a.text, b: b.text, title: `${a.label} → ${b.label}` });
                    }}
                  >
                    {t('hist.compare')}
                  </button>
                  <button type="button" className="btn small ghost" onClick={() => void restore(r.id)}>{t('hist.restore')}</button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {diff ? (
        <Sheet title={`${t('hist.diffTitle')}: ${diff.title}`} onClose={() => setDiff(null)}>
          <WordDiff from={diff.a} to={diff.b} />
        </Sheet>
      ) : null}
      {view ? (
        <Sheet title={t('hist.viewTitle', { when: formatDateTime(view.createdAt, lang) })} onClose={() => setView(null)}>
          <h2 className="sheet-headline">{view.headline}</h2>
          <RichEditor initial={view.body} editable={false} windowed={!settings.screenReaderMode} placeholder="" label={t('hist.viewTitle', { when: formatDateTime(view.createdAt, lang) })} />
        </Sheet>
      ) : null}
    </div>
  );
}
