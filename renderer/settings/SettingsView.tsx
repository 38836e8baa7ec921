import { useEffect, useState } from 'react';
import { useApp } from './context.js';
import { errorMessage } from '../../shared/api/errors.js';
import { ROLES, type Settings } from '../../shared/model/draft.js';
import { CmsSettings } from './CmsSettings.js';
import { BackupsCard } from './BackupsCard.js';
import { DeskFurnitureCard } from './DeskFurnitureCard.js';
import { DeskSpellingsCard } from './DeskSpellingsCard.js';
import { NewsroomCard } from './NewsroomCard.js';
import { useNewsroom } from '../newsroom/useNewsroom.js';

export function SettingsView() {
  const { settings, updateSettings, t } = useApp();
  const newsroom = useNewsroom();
  // signed in to a hub: the name and role are the hub's (main refuses a local change too)
  const hub = newsroom.state?.signedIn ? (newsroom.state.hubUrl ?? '') : null;
  const [name, setName] = useState(settings.userName);
  const [flash, setFlash] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => setName(settings.userName), [settings.userName]);

  async function save(patch: Partial<Settings>) {
    setError('');
    try {
      await updateSettings(patch);
    } catch (e) {
      // the fields show the stored settings again (updateSettings); say why the change did not stick
      setError(t('common.error', { msg: errorMessage(e) }));
      return;
    }
    setFlash(true);
    window.setTimeout(() => setFlash(false), 1500);
  }

  return (
    <section className="page settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="page-title">{t('set.title')}</h1>
      <div className="card form-grid">
        <label className="field">
          <span className="field-label">{t('set.userName')}</span>
          <input
            type="text"
            value={name}
            aria-label={t('set.userName')}
            readOnly={hub !== null}
            aria-describedby={hub !== null ? 'identity-from-hub' : undefined}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => hub === null && name !== settings.userName && void save({ userName: name })}
            onKeyDown={(e) => hub === null && e.key === 'Enter' && void save({ userName: name })}
          />
          {hub !== null ? (
            <span className="field-hint" id="identity-from-hub" data-identity="hub">{t('set.fromHub', { hub })}</span>
          ) : (
            <span className="field-hint">{t('set.userNameHint')}</span>
          )}
        </label>
        <label className="field">
          <span className="field-label">{t('set.role')}</span>
          <select
            aria-label={t('set.role')}
            value={settings.role}
            disabled={hub !== null}
            aria-describedby={hub !== null ? 'identity-from-hub' : undefined}
            onChange={(e) => void save({ role: e.target.value as Settings['role'] })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>{t(`set.role.${r}`)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('set.uiLanguage')}</span>
          <select aria-label={t('set.uiLanguage')} value={settings.uiLanguage} onChange={(e) => void save({ uiLanguage: e.target.value as 'en' | 'id' })}>
            {/* each language named in itself (an endonym), as language pickers do */}
            <option value="en" lang="en" data-endonym="">English</option>
            <option value="id" lang="id" data-endonym="">Bahasa Indonesia</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('set.theme')}</span>
          <select aria-label={t('set.theme')} value={settings.theme} onChange={(e) => void save({ theme: e.target.value as Settings['theme'] })}>
            <option value="system">{t('set.theme.system')}</option>
            <option value="light">{t('set.theme.light')}</option>
            <option value="dark">{t('set.theme.dark')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('set.headlineLimit')}</span>
          <input
            type="number"
            min={10}
            max={1000}
            aria-label={t('set.headlineLimit')}
            defaultValue={settings.headlineSoftLimit}
            key={`h${settings.headlineSoftLimit}`}
            onBlur={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 10 && n <= 1000 && n !== settings.headlineSoftLimit) void save({ headlineSoftLimit: n });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('set.summaryLimit')}</span>
          <input
            type="number"
            min={10}
            max={5000}
            aria-label={t('set.summaryLimit')}
            defaultValue={settings.summarySoftLimit}
            key={`s${settings.summarySoftLimit}`}
            onBlur={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 10 && n <= 5000 && n !== settings.summarySoftLimit) void save({ summarySoftLimit: n });
            }}
          />
        </label>
        <div className="setting-check">
          <label className="check">
            <input type="checkbox" checked={settings.screenReaderMode} aria-describedby="screen-reader-hint" onChange={(e) => void save({ screenReaderMode: e.target.checked })} />
            {t('set.screenReader')}
          </label>
          <span id="screen-reader-hint" className="field-hint">{t('set.screenReaderHint')}</span>
        </div>
      </div>
      <p className="flash" role="status" aria-live="polite">{flash ? t('set.saved') : ''}</p>
      {error ? <p className="error" role="alert">{error}</p> : null}
      <NewsroomCard newsroom={newsroom} />
      <DeskFurnitureCard />
      <DeskSpellingsCard />
      <CmsSettings />
      <BackupsCard />
    </section>
  );
}
