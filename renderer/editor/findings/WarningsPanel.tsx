import { memo, useState } from 'react';
import { useApp } from '../../settings/context.js';
import type { Finding } from '../../../shared/model/finding.js';
import type { Dismissal } from './useFindings.js';

export const WarningsPanel = memo(function WarningsPanel({
  findings,
  dismissed,
  checking,
  available,
  selected,
  editable,
  onJump,
  onFix,
  onDismiss,
  onReopen,
}: {
  findings: Finding[];
  dismissed: Record<string, Dismissal>;
  checking: boolean;
  available: boolean;
  selected: string | null;
  editable: boolean;
  onJump: (f: Finding) => void;
  onFix: (f: Finding) => void;
  onDismiss: (f: Finding, reason: string) => void;
  onReopen: (fingerprint: string) => void;
}) {
  const { t } = useApp();
  const [asking, setAsking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [showDismissed, setShowDismissed] = useState(false);
  const active = findings.filter((f) => !dismissed[f.fingerprint]);
  const gone = findings.filter((f) => dismissed[f.fingerprint]);

  if (!available) return <p className="muted">{t('warn.unavailable')}</p>;

  return (
    <div className="panel warnings-panel">
      <div className="warn-summary">
        <strong>{t('warn.count', { n: active.length })}</strong>
        {checking ? <span className="muted checking">{t('warn.checking')}</span> : null}
      </div>
      {active.length === 0 ? <p className="muted empty-note">{t('warn.none')}</p> : null}
      <ul className="findings" aria-label={t('warn.title')}>
        {active.map((f) => (
          <li
            key={f.fingerprint}
            className={`finding sev-${f.severity} ${selected === f.fingerprint ? 'selected' : ''}`}
            data-rule={f.rule}
            data-fingerprint={f.fingerprint}
            id={`finding-${f.fingerprint.replace(/[^a-zA-Z0-9_-]/g, '_')}`}
          >
            <div className="finding-head">
              <span className={`sev-dot sev-${f.severity}`} aria-label={t(`warn.severity.${f.severity}`)} />
              <span className="finding-rule">{f.rule}</span>
              <span className="finding-para muted">{t('warn.paragraph', { n: f.paragraph + 1 })}</span>
            </div>
            <p className="finding-msg">{f.message}</p>
            {f.related.some((r) => r.article) ? (
              <p className="muted small">{t('warn.archive', { label: f.related.find((r) => r.article)?.label ?? f.related.find((r) => r.article)?.article ?? '' })}</p>
            ) : null}
            <div className="finding-actions">
              <button type="button" className="btn small ghost" onClick={() => onJump(f)}>{t('warn.jump')}</button>
              {f.fix && editable ? (
                <button type="button" className="btn small" onClick={() => onFix(f)}>{f.fix.label || t('warn.fix')}</button>
              ) : null}
              <button type="button" className="btn small ghost" onClick={() => { setAsking(f.fingerprint); setReason(''); }}>{t('warn.dismiss')}</button>
            </div>
            {asking === f.fingerprint ? (
              <form
                className="dismiss-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!reason.trim()) return;
                  onDismiss(f, reason.trim());
                  setAsking(null);
                }}
              >
                <input autoFocus type="text" aria-label={t('warn.dismissReason')} placeholder={t('warn.dismissPlaceholder')} value={reason} onChange={(e) => setReason(e.target.value)} />
                <button type="submit" className="btn small primary" disabled={!reason.trim()}>{t('warn.dismiss')}</button>
                <button type="button" className="btn small ghost" onClick={() => setAsking(null)}>{t('common.cancel')}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {gone.length ? (
        <div className="dismissed">
          <button type="button" className="linkish" aria-expanded={showDismissed} onClick={() => setShowDismissed((s) => !s)}>
            {t('warn.dismissed', { n: gone.length })}
          </button>
          {showDismissed ? (
            <ul className="findings dim">
              {gone.map((f) => (
                <li key={f.fingerprint} className="finding">
                  <p className="finding-msg">{f.message}</p>
                  <p className="muted small">
                    {dismissed[f.fingerprint]?.kind === 'verified' ? '✓ ' : ''}“{dismissed[f.fingerprint]?.reason}” · {dismissed[f.fingerprint]?.by}
                  </p>
                  <button type="button" className="btn small ghost" onClick={() => onReopen(f.fingerprint)}>{t('warn.reopen')}</button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
