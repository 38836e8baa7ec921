import { useApp } from '../settings/context.js';
import { useCloseOnEscape } from './useCloseOnEscape.js';

/** A modal sheet over the page (a version, a compare view, the other story): Escape or the backdrop closes it. */
export function Sheet({ title, onClose, children }: { title: string; onClose: () => void; children: React.ReactNode }) {
  const { t } = useApp();
  useCloseOnEscape(onClose);
  return (
    <div className="sheet-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="sheet" role="dialog" aria-modal="true" aria-label={title}>
        <div className="sheet-head">
          <h2>{title}</h2>
          <button type="button" className="btn ghost" onClick={onClose} aria-label={t('hist.close')} autoFocus>
            {t('hist.close')}
          </button>
        </div>
        <div className="sheet-body">{children}</div>
      </div>
    </div>
  );
}
