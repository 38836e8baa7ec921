import { useEffect, useState } from 'react';
import { SettingsProvider, useApp } from './settings/context.js';
import { useRoute, hrefOf, navigate } from './lib/route.js';
import { api } from './api/index.js';
import { useMenuAction } from './api/menu.js';
import { formatDateTime } from './i18n/index.js';
import type { StoreRecovery } from '../shared/model/backup.js';
import './settings/Backups.css';
import { Desk } from './desk/Desk.js';
import { EditorView } from './editor/EditorView.js';
import { ReviewView } from './review/ReviewView.js';
import { FirstRunDialog } from './settings/FirstRunDialog.js';
import { SettingsView } from './settings/SettingsView.js';
import { FactsView } from './facts/FactsView.js';
import { ArchiveProgress } from './lib/ArchiveProgress.js';

/** backup file names carry their time: redaksi-2026-11-28T04-24-26-123Z.db */
function backupTime(name: string): string | null {
  const m = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : null;
}

const SEEN_KEY = 'redaksi.recoverySeen';

/**
 * Said once per recovery: main found the database damaged at start and put a backup in its
 * place ('app.status'.recovery). Plain words: what happened, what may be missing, where the
 * damaged files are.
 */
function RecoveryBanner() {
  const { t, lang } = useApp();
  const [rec, setRec] = useState<StoreRecovery | null>(null);
  useEffect(() => {
    api['app.status']({}).then(
      (s) => {
        if (s.recovery && localStorage.getItem(SEEN_KEY) !== s.recovery.at) setRec(s.recovery);
      },
      () => undefined,
    );
  }, []);
  if (!rec) return null;
  const when = rec.restoredFrom ? backupTime(rec.restoredFrom) : null;
  return (
    <div className="banner warn recovery-banner" role="alert">
      <div>
        <strong>{t('rec.title')}</strong>
        <p>
          {rec.restoredFrom
            ? t('rec.restored', { when: when ? formatDateTime(when, lang) : rec.restoredFrom, path: rec.movedTo })
            : t('rec.empty', { path: rec.movedTo })}
        </p>
      </div>
      <button
        type="button"
        className="btn small"
        onClick={() => {
          localStorage.setItem(SEEN_KEY, rec.at);
          setRec(null);
        }}
      >
        {t('rec.dismiss')}
      </button>
    </div>
  );
}

function Shell() {
  const route = useRoute();
  const { t, settings, loaded } = useApp();
  // File > New Story from the Electron menu; the editor handles the story actions itself
  useMenuAction((action) => {
    if (action !== 'new-story') return;
    api['drafts.create']({ meta: settings.userName ? { byline: settings.userName } : {} }).then(
      (d) => navigate({ name: 'editor', id: d.id }),
      () => undefined,
    );
  });
  // Nothing is drawn before the settings arrive (a local call, a few ms): with the defaults an
  // editor's story would open as a reporter's (suggesting off), the Settings form would show an
  // empty name that typing could race, and the whole UI would flash in the wrong language.
  if (!loaded) return <div className="app" aria-busy="true" />;
  return (
    <div className="app">
      {/* the route lives in the hash, so the link moves focus instead of following #main */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="topbar">
        <a className="brand" href={hrefOf({ name: 'desk' })} aria-label={t('nav.desk')}>
          <span className="brand-mark" aria-hidden="true">R</span>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tag">{t('app.tagline')}</span>
        </a>
        <nav className="topnav" aria-label={t('nav.main')}>
          <a href={hrefOf({ name: 'desk' })} aria-current={route.name === 'desk' ? 'page' : undefined}>
            {t('nav.desk')}
          </a>
          <a href={hrefOf({ name: 'facts' })} aria-current={route.name === 'facts' ? 'page' : undefined}>
            {t('nav.facts')}
          </a>
          <a href={hrefOf({ name: 'settings' })} aria-current={route.name === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
          {settings.userName ? (
            <span className="whoami" title={t(`set.role.${settings.role}`)}>
              <span className="avatar" aria-hidden="true">{settings.userName.slice(0, 1).toUpperCase()}</span>
              {settings.userName}
            </span>
          ) : null}
        </nav>
      </header>
      <RecoveryBanner />
      <ArchiveProgress />
      <main className="main" id="main" tabIndex={-1}>
        {route.name === 'desk' && <Desk />}
        {route.name === 'editor' && <EditorView key={route.id} id={route.id} />}
        {route.name === 'review' && <ReviewView key={route.id} id={route.id} />}
        {route.name === 'settings' && <SettingsView />}
        {route.name === 'facts' && <FactsView />}
      </main>
      {/* first start: nobody named yet (kept in Settings afterwards); Settings stays reachable,
          where signing in to a newsroom hub names the user instead */}
      {!settings.userName && route.name !== 'settings' ? <FirstRunDialog /> : null}
    </div>
  );
}

export function App() {
  return (
    <SettingsProvider>
      <Shell />
    </SettingsProvider>
  );
}
