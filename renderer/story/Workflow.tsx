import { useState } from 'react';
import { useApp } from '../settings/context.js';
import type { Role, Status } from '../../shared/model/draft.js';
import type { MessageKey } from '../i18n/index.js';

/**
 * The next step forward from each status, and who may take it. An approved story moves on only
 * by being exported (the export dialog: pre-publish check, then a recorded export), never by a
 * status change of its own.
 */
const FORWARD: Partial<Record<Status, { to: Status; label: MessageKey; roles: Role[] }>> = {
  draft: { to: 'submitted', label: 'wf.submit', roles: ['reporter', 'editor', 'desk'] },
  submitted: { to: 'in-review', label: 'wf.startReview', roles: ['editor', 'desk'] },
  'in-review': { to: 'approved', label: 'wf.approve', roles: ['editor', 'desk'] },
};
const EXPORT_ROLES: Role[] = ['desk', 'editor'];

export function Workflow({ status, onMove, onExport, disabled }: { status: Status; onMove: (to: Status, note?: string) => Promise<void>; onExport?: () => void; disabled?: boolean }) {
  const { t, settings } = useApp();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const fwd = FORWARD[status];

  const go = async (to: Status, n?: string) => {
    setBusy(true);
    try {
      await onMove(to, n);
      setAsking(false);
      setNote('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="workflow" role="group" aria-label={t('wf.title')}>
      {status !== 'draft' ? (
        <button type="button" className="btn ghost" disabled={disabled || busy} onClick={() => setAsking(true)}>
          {t('wf.backToDraft')}
        </button>
      ) : null}
      {fwd && fwd.roles.includes(settings.role) ? (
        <button type="button" className="btn primary" disabled={disabled || busy} data-to={fwd.to} onClick={() => void go(fwd.to)}>
          {t(fwd.label)}
        </button>
      ) : null}
      {status === 'approved' && onExport && EXPORT_ROLES.includes(settings.role) ? (
        <button type="button" className="btn primary" disabled={disabled || busy} data-action="export" onClick={onExport}>
          {t('wf.export')}
        </button>
      ) : null}
      {asking ? (
        <div className="popover wf-note" role="dialog" aria-label={t('wf.backToDraft')}>
          <label className="field">
            <span className="field-label">{t('wf.note')}</span>
            <textarea autoFocus rows={3} aria-label={t('wf.note')} placeholder={t('wf.notePlaceholder')} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="row-end">
            <button type="button" className="btn ghost" onClick={() => setAsking(false)}>{t('wf.cancel')}</button>
            <button type="button" className="btn primary" disabled={!note.trim() || busy} onClick={() => void go('draft', note.trim())}>
              {t('wf.confirm')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
