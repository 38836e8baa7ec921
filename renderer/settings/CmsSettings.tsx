/**
 * Settings > CMS: the WordPress and Ghost sites the desk pushes to, and the export options
 * (publisher name, post status, creating missing tags/categories).
 *
 * Secrets are write-only: main never sends them back ('cms.describe' returns only whether a site
 * is configured, its URL/user and where the secret is kept), so the form never shows one.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from './context.js';
import type { CmsSummary } from '../../shared/api/contract.js';
import type { Settings } from '../../shared/model/draft.js';
import type { MessageKey } from '../i18n/index.js';
import { CMS_TARGETS, type CmsTarget } from '../../shared/model/export-target.js';
import './CmsSettings.css';
import { errorMessage } from '../../shared/api/errors.js';

const SOURCE_KEY: Record<CmsSummary['source'], MessageKey> = {
  'safe-storage': 'cms.source.safe-storage',
  env: 'cms.source.env',
  file: 'cms.source.file',
  none: 'cms.source.none',
};

export function CmsSettings() {
  const { t, settings, updateSettings } = useApp();
  const [info, setInfo] = useState<Record<CmsTarget, CmsSummary> | null>(null);
  const [error, setError] = useState('');
  const [publisher, setPublisher] = useState(settings.publisher);
  useEffect(() => setPublisher(settings.publisher), [settings.publisher]);

  useEffect(() => {
    api['cms.describe']({}).then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, []);
  // a setting that is not stored shows the stored one again (updateSettings); say why
  const save = (patch: Partial<Settings>) => {
    setError('');
    updateSettings(patch).catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <section className="cms-settings" aria-labelledby="cms-title">
      <h2 id="cms-title" className="section-title">{t('cms.title')}</h2>
      <p className="muted cms-intro">{t('cms.intro')}</p>
      {error ? <p className="error" role="alert">{error}</p> : null}
      <div className="card form-grid cms-options">
        <label className="field">
          <span className="field-label">{t('cms.publisher')}</span>
          <input
            type="text"
            value={publisher}
            aria-label={t('cms.publisher')}
            placeholder={t('cms.publisherPlaceholder')}
            onChange={(e) => setPublisher(e.target.value)}
            onBlur={() => publisher !== settings.publisher && save({ publisher })}
            onKeyDown={(e) => e.key === 'Enter' && save({ publisher })}
          />
          <span className="field-hint">{t('cms.publisherHint')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('cms.postStatus')}</span>
          <select aria-label={t('cms.postStatus')} value={settings.cmsPostStatus} onChange={(e) => save({ cmsPostStatus: e.target.value as 'draft' | 'pending' })}>
            <option value="draft">{t('cms.status.draft')}</option>
            <option value="pending">{t('cms.status.pending')}</option>
          </select>
          <span className="field-hint">{t('cms.postStatusHint')}</span>
        </label>
        <label className="check cms-terms">
          <input type="checkbox" checked={settings.cmsCreateTerms} onChange={(e) => save({ cmsCreateTerms: e.target.checked })} />
          {t('cms.createTerms')}
        </label>
      </div>
      <div className="cms-sites">
        {CMS_TARGETS.map((k) => (
          <CmsSite key={k} cms={k} info={info?.[k] ?? null} onChange={(s) => setInfo((i) => (i ? { ...i, [k]: s } : i))} />
        ))}
      </div>
    </section>
  );
}

function CmsSite({ cms, info, onChange }: { cms: CmsTarget; info: CmsSummary | null; onChange: (s: CmsSummary) => void }) {
  const { t } = useApp();
  const [editing, setEditing] = useState(false);
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [acceptWeak, setAcceptWeak] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const name = t(`exp.target.${cms}` as MessageKey);

  const open = () => {
    setUrl(info?.url ?? '');
    setUser(info?.user ?? '');
    setSecret('');
    setAcceptWeak(false);
    setError('');
    setEditing(true);
  };

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const weak = acceptWeak ? { acceptWeakProtection: true } : {};
      const s =
        cms === 'wordpress'
          ? await api['cms.configure']({ cms, url: url.trim(), user: user.trim(), appPassword: secret, ...weak })
          : await api['cms.configure']({ cms, url: url.trim(), adminKey: secret.trim(), ...weak });
      onChange(s);
      setEditing(false);
      setSecret('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function clear() {
    if (!window.confirm(t('cms.confirmClear', { t: name }))) return;
    try {
      onChange(await api['cms.clear']({ cms }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const valid = /^https?:\/\/\S+$/i.test(url.trim()) && secret.length > 0 && (cms === 'ghost' || user.trim().length > 0) && (!info?.weakProtection || acceptWeak);

  return (
    <div className="card cms-site" data-cms={cms} aria-label={name} role="group">
      <div className="cms-head">
        <span className={`cms-logo cms-logo-${cms}`} aria-hidden="true">{cms === 'wordpress' ? 'W' : 'G'}</span>
        <div className="cms-name">
          <strong>{name}</strong>
          <span className={`cms-state ${info?.configured ? 'ok' : ''}`} data-configured={info ? String(info.configured) : undefined}>
            {info === null ? t('common.loading') : info.configured ? t('cms.configured') : t('cms.notConfigured')}
          </span>
        </div>
      </div>
      {info?.configured ? (
        <dl className="cms-facts">
          {info.url ? (
            <>
              <dt>{t('cms.url')}</dt>
              <dd className="mono">{info.url}</dd>
            </>
          ) : null}
          {info.user ? (
            <>
              <dt>{t('cms.user')}</dt>
              <dd>{info.user}</dd>
            </>
          ) : null}
          <dt>{cms === 'wordpress' ? t('cms.appPassword') : t('cms.adminKey')}</dt>
          <dd>
            <span className="secret-dots" aria-hidden="true">••••••••</span> <span className="muted">{t('cms.secretHidden')}</span>
          </dd>
        </dl>
      ) : null}
      {info ? <p className="cms-source muted small" data-source={info.source}>{t(SOURCE_KEY[info.source])}</p> : null}
      {info && !info.writable ? <p className="muted small">{t('cms.readOnly')}</p> : null}
      {info?.weakProtection ? (
        <p className="banner warn small cms-weak" role="note" data-weak-protection="true">
          {t('cms.weak')}
        </p>
      ) : null}

      {editing ? (
        <form className="cms-form" onSubmit={(e) => void save(e)}>
          <label className="field">
            <span className="field-label">{t('cms.url')}</span>
            <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder={cms === 'wordpress' ? 'https://news.example.com' : 'https://example.ghost.io'} aria-label={`${name} ${t('cms.url')}`} />
          </label>
          {cms === 'wordpress' ? (
            <label className="field">
              <span className="field-label">{t('cms.user')}</span>
              <input type="text" required value={user} onChange={(e) => setUser(e.target.value)} autoComplete="off" aria-label={`${name} ${t('cms.user')}`} />
            </label>
          ) : null}
          <label className="field">
            <span className="field-label">{cms === 'wordpress' ? t('cms.appPassword') : t('cms.adminKey')}</span>
            <input
              type="password"
              required
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
              autoComplete="new-password"
              placeholder={cms === 'wordpress' ? 'xxxx xxxx xxxx xxxx xxxx xxxx' : 'id:secret'}
              aria-label={`${name} ${cms === 'wordpress' ? t('cms.appPassword') : t('cms.adminKey')}`}
            />
            <span className="field-hint">{cms === 'wordpress' ? t('cms.appPasswordHint') : t('cms.adminKeyHint')}</span>
          </label>
          {info?.weakProtection ? (
            <label className="check">
              <input type="checkbox" checked={acceptWeak} onChange={(e) => setAcceptWeak(e.target.checked)} />
              {t('cms.weakAccept')}
            </label>
          ) : null}
          {error ? <p className="error small" role="alert">{error}</p> : null}
          <div className="row-end">
            <button type="button" className="btn ghost" onClick={() => setEditing(false)}>{t('common.cancel')}</button>
            <button type="submit" className="btn primary" disabled={!valid || busy}>{t('common.save')}</button>
          </div>
        </form>
      ) : (
        <>
          {error ? <p className="error small" role="alert">{error}</p> : null}
          <div className="cms-actions">
            <button type="button" className="btn small" disabled={!info?.writable} onClick={open}>
              {info?.configured ? t('cms.change') : t('cms.connect', { t: name })}
            </button>
            {info?.configured && info.writable ? (
              <button type="button" className="btn small ghost danger" onClick={() => void clear()}>{t('cms.clear')}</button>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
