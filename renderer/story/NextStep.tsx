import type { Status } from '../../shared/model/draft.js';
import { useApp } from '../settings/context.js';

/**
 * After a workflow step, what happens next and who acts (#14 point 4: after Submit nothing said
 * where the story went). Stays until dismissed or the next step: a two-second flash is missed.
 */
export function NextStep({ status, onDismiss }: { status: Status | null; onDismiss: () => void }) {
  const { t } = useApp();
  if (!status) return null;
  return (
    <div className="banner info next-step" role="status" data-status={status}>
      <span>{t(`next.${status}`)}</span>
      <button type="button" className="btn small ghost" onClick={onDismiss}>{t('next.dismiss')}</button>
    </div>
  );
}
