import { SettingsProvider, useApp } from './settings/context.js';
import { useRoute, hrefOf } from './lib/route.js';
import { Desk } from './desk/Desk.js';
import { EditorView } from './editor/EditorView.js';
import { ReviewView } from './review/ReviewView.js';
import { SettingsView } from './settings/SettingsView.js';
import { FactsView } from './facts/FactsView.js';

function Shell() {
  const route = useRoute();
  const { t, settings } = useApp();
  return (
    <div className="app">
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
      <main className="main" id="main">
        {route.name === 'desk' && <Desk />}
        {route.name === 'editor' && <EditorView key={route.id} id={route.id} />}
        {route.name === 'review' && <ReviewView key={route.id} id={route.id} />}
        {route.name === 'settings' && <SettingsView />}
        {route.name === 'facts' && <FactsView />}
      </main>
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
