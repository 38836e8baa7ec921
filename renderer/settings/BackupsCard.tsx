/**
 * Settings > Backups: the store's checked copies (main/store/backup.ts) through the contract:
 * list newest first, "Back up now", and "Restore" with a confirm step. A restore replaces the
 * whole store (main keeps a safety copy of the state just before), so the page reloads after it.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from './context.js';
import { formatBytes, intlLocale, type UiLang } from '../i18n/index.js';
import type { BackupSummary } from '../../shared/model/backup.js';
import './Backups.css';
import { errorMessage } from '../../shared/api/errors.js';

/** backups are often minutes apart (one at start, one before a restore): show the seconds */
function formatWhen(iso: string, lang: UiLang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'medium' }).format(d);
}

export function BackupsCard({ reload = () => window.location.reload() }: { reload?: () => void }) {
  const { t, lang } = useApp();
  const [list, setList] = useState<BackupSummary[] | null>(null);
  const [dataDir, setDataDir] = useState('');
  const [busy, setBusy] = useState<'create' | 'restore' | null>(null);
  const [asking, setAsking] = useState<BackupSummary | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      const [l, s] = await Promise.all([api['backups.list']({}), api['app.status']({})]);
      setList([...l].sort((a, b) => b.at.localeCompare(a.at)));
      setDataDir(s.dataDir);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function backUpNow() {
    setBusy('create');
    setError('');
    setNote('');
    try {
      const b = await api['backups.create']({});
      setNote(t('bk.created', { when: formatWhen(b.at, lang) }));
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  async function restore(b: BackupSummary) {
    setBusy('restore');
    setError('');
    try {
      await api['backups.restore']({ name: b.name });
      setNote(t('bk.restored', { when: formatWhen(b.at, lang) }));
      // every open view holds data from the old store: start the page again on the restored one
      window.setTimeout(reload, 600);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
      setAsking(null);
    }
  }

  return (
    <section className="backups-settings" aria-labelledby="backups-title">
      <h2 id="backups-title" className="section-title">{t('bk.title')}</h2>
      <p className="muted backups-intro">{t('bk.intro')}</p>
      <div className="card backups-card">
        <div className="backups-head">
          <div className="backups-folder">
            <span className="field-label">{t('bk.folder')}</span>
            <span className="mono" title={dataDir}>{dataDir}</span>
          </div>
          <button type="button" className="btn primary" disabled={busy !== null} onClick={() => void backUpNow()}>
            {busy === 'create' ? t('bk.working') : t('bk.now')}
          </button>
        </div>
        <p className="flash backups-note" role="status" aria-live="polite">{note}</p>
        {error ? <p className="error" role="alert">{t('common.error', { msg: error })}</p> : null}
        {list === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : list.length === 0 ? (
          <p className="muted">{t('bk.none')}</p>
        ) : (
          <ul className="backups-list" aria-label={t('bk.list')}>
            {list.map((b, i) => (
              <li key={b.name} className="backup-row" data-name={b.name}>
                <span className="backup-when">
                  {formatWhen(b.at, lang)}
                  {i === 0 ? <span className="backup-newest">{t('bk.newest')}</span> : null}
                </span>
                <span className="backup-size muted">{formatBytes(b.bytes, lang)}</span>
                <button type="button" className="btn small ghost" disabled={busy !== null} onClick={() => setAsking(b)}>
                  {t('bk.restore')}
                </button>
                {asking?.name === b.name ? (
                  <div className="backup-confirm" role="alertdialog" aria-label={t('bk.confirmTitle', { when: formatWhen(b.at, lang) })}>
                    <strong>{t('bk.confirmTitle', { when: formatWhen(b.at, lang) })}</strong>
                    <p>{t('bk.confirmBody', { when: formatWhen(b.at, lang) })}</p>
                    <div className="row-end">
                      <button type="button" className="btn small ghost" disabled={busy === 'restore'} onClick={() => setAsking(null)}>{t('common.cancel')}</button>
                      <button type="button" className="btn small primary" disabled={busy === 'restore'} onClick={() => void restore(b)}>
                        {busy === 'restore' ? t('bk.restoring') : t('bk.confirm')}
                      </button>
                    </div>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
