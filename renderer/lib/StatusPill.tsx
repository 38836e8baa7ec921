import type { Status } from '../../shared/model/draft.js';
import { useApp } from '../settings/context.js';

export function StatusPill({ status }: { status: Status }) {
  const { t } = useApp();
  return <span className={`pill status-${status}`} data-status={status}>{t(`status.${status}`)}</span>;
}
