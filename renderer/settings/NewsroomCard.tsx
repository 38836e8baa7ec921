/**
 * Settings > Newsroom: the hub's address, sign in (name + password), who is signed in with
 * which role, and sign out. The password goes to main once, in the sign-in call, and is cleared
 * from the form at once; main keeps only the hub's session token (safeStorage in the desktop
 * app, a 0600 file in web mode). While signed in the hub's user is this workstation's identity,
 * so the local name and role follow it (main sets them at sign-in).
 */
import { useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from './context.js';
import { formatDateTime } from '../i18n/index.js';
import { errorMessage } from '../../shared/api/errors.js';
import type { NewsroomState } from '../../shared/api/hub-contract.js';
import type { useNewsroom } from '../newsroom/useNewsroom.js';
import { SyncIndicator } from '../newsroom/SyncIndicator.js';
import { RefusalBanner } from '../newsroom/NewsroomBanners.js';
import './Newsroom.css';

/** `newsroom`: the Settings page's own state, so the name and role above follow a sign-in at once */
export function NewsroomCard({ newsroom }: { newsroom: ReturnType<typeof useNewsroom> }) {
  const { t, lang, updateSettings } = useApp();
  const { state, refresh } = newsroom;
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    if (state?.hubUrl) setUrl((u) => u || state.hubUrl!);
  }, [state?.hubUrl]);

  async function run(what: () => Promise<unknown>) {
    setBusy(true);
    setError('');
    try {
      await what();
      // the local name and role now follow the hub's user: read them back into the app
      await updateSettings({});
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function signIn(e: React.FormEvent) {
    e.preventDefault();
    const pw = password;
    setPassword('');
    void run(() => api['newsroom.login']({ url: url.trim(), user: user.trim(), password: pw }));
  }

  return (
    <section className="newsroom-settings" aria-labelledby="newsroom-title">
      <h2 id="newsroom-title" className="section-title">{t('nr.title')}</h2>
      <p className="muted newsroom-intro">{t('nr.intro')}</p>
      <div className="card newsroom-card" data-signed-in={state ? String(state.signedIn) : undefined}>
        {state?.signedIn ? <SignedIn state={state} busy={busy} onSignOut={() => void run(() => api['newsroom.logout']({}))} onSync={() => void run(() => api['newsroom.sync']({}))} onDismissRefusals={() => void run(() => api['newsroom.dismissRefusals']({}))} lastSync={state.sync?.lastSyncAt ? formatDateTime(state.sync.lastSyncAt, lang) : null} /> : null}
        {state && !state.signedIn ? (
          <form className="newsroom-form" onSubmit={signIn}>
            <label className="field">
              <span className="field-label">{t('nr.hubUrl')}</span>
              <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="http://hub.newsroom.local:8470" aria-label={t('nr.hubUrl')} />
            </label>
            <label className="field">
              <span className="field-label">{t('nr.user')}</span>
              <input type="text" required value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" aria-label={t('nr.user')} />
            </label>
            <label className="field">
              <span className="field-label">{t('nr.password')}</span>
              <input type="password" required value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" aria-label={t('nr.password')} />
            </label>
            <div className="row-end">
              <button type="submit" className="btn primary" disabled={busy || !url.trim() || !user.trim() || !password}>
                {busy ? t('nr.signingIn') : t('nr.signIn')}
              </button>
            </div>
          </form>
        ) : null}
        {state === null ? <p className="muted">{t('common.loading')}</p> : null}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}

function SignedIn({ state, busy, lastSync, onSignOut, onSync, onDismissRefusals }: { state: NewsroomState; busy: boolean; lastSync: string | null; onSignOut: () => void; onSync: () => void; onDismissRefusals: () => void }) {
  const { t } = useApp();
  return (
    <div className="newsroom-signed-in">
      <p className="newsroom-who" data-user={state.user ?? ''} data-role={state.role ?? ''}>
        {t('nr.signedInAs', { hub: state.hubUrl ?? '', user: state.user ?? '', role: state.role ? t(`nr.role.${state.role}`) : '' })}
      </p>
      <p className="muted small">{t('nr.identityNote')}</p>
      <p className="newsroom-sync-line">
        <SyncIndicator sync={state.sync} />
        {state.pending > 0 ? <span className="muted small">{t('nr.pending', { n: state.pending })}</span> : null}
        {lastSync ? <span className="muted small">{t('nr.lastSync', { when: lastSync })}</span> : null}
      </p>
      {state.sync?.error ? <p className="muted small newsroom-sync-error">{state.sync.error}</p> : null}
      {state.sync ? <RefusalBanner refused={state.sync.refused} scope="all" onDismiss={onDismissRefusals} /> : null}
      <div className="row-end">
        <button type="button" className="btn" disabled={busy} onClick={onSync}>{t('nr.syncNow')}</button>
        <button type="button" className="btn" disabled={busy} onClick={onSignOut}>{t('nr.signOut')}</button>
      </div>
    </div>
  );
}
