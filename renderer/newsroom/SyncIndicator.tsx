/** the newsroom sync's phase in a status area: synced / syncing / offline / conflict (nothing when signed out) */
import { useApp } from '../settings/context.js';
import type { SyncStatus } from '../../shared/api/hub-contract.js';
import './newsroom.css';

export function SyncIndicator({ sync }: { sync: SyncStatus | undefined }) {
  const { t } = useApp();
  if (!sync || sync.phase === 'signed-out') return null;
  const title = sync.phase === 'offline' ? t('sync.offlineHint') : sync.phase === 'error' ? (sync.error ?? undefined) : undefined;
  return (
    <span className={`sync-state sync-${sync.phase}`} role="status" aria-label={t('sync.label')} data-sync={sync.phase} title={title}>
      <span className="sync-dot" aria-hidden="true" />
      {t(`sync.${sync.phase}`)}
    </span>
  );
}
