import { useRef, useState, type FormEvent } from 'react';
import { useApp } from './context.js';
import { errorMessage } from '../../shared/api/errors.js';
import { useFocusTrap } from '../lib/focusTrap.js';
import { ROLES, type Role } from '../../shared/model/draft.js';
import { navigate } from '../lib/route.js';

/**
 * First start (#14 point 4): who is at this computer. The name goes on bylines and in every
 * story's history, the role decides what the workflow offers (an editor sees Review at once).
 * Both stay changeable in Settings. Its own component so that a sign-in to a newsroom hub can
 * take its place (the hub's user is then the identity).
 */
export function FirstRunDialog() {
  const { t, updateSettings } = useApp();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reporter');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const ref = useRef<HTMLFormElement>(null);
  useFocusTrap(ref);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('first.nameNeeded'));
      return;
    }
    setBusy(true);
    try {
      // the dialog closes once the name is stored: a save that fails shows its error here, where
      // the name can be tried again, instead of closing on a name the next start does not know
      await updateSettings({ userName: trimmed, role }, { wait: true });
    } catch (err) {
      setError(t('common.error', { msg: errorMessage(err) }));
      setBusy(false);
    }
  }

  return (
    <div className="sheet-backdrop first-run-backdrop">
      <form className="sheet first-run" role="dialog" aria-modal="true" aria-labelledby="first-run-title" aria-describedby="first-run-intro" tabIndex={-1} ref={ref} onSubmit={(e) => void submit(e)}>
        <div className="sheet-head">
          <h2 id="first-run-title">{t('first.title')}</h2>
        </div>
        <div className="sheet-body">
          <p id="first-run-intro" className="muted">{t('first.intro')}</p>
          <label className="field">
            <span className="field-label">{t('set.userName')}</span>
            <input
              type="text"
              autoFocus
              autoComplete="name"
              aria-label={t('set.userName')}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'first-run-error' : undefined}
              value={name}
              maxLength={200}
              onChange={(e) => {
                setName(e.target.value);
                setError('');
              }}
            />
          </label>
          <fieldset className="first-run-roles">
            <legend className="field-label">{t('set.role')}</legend>
            {ROLES.map((r) => (
              <label key={r} className={`role-choice${role === r ? ' chosen' : ''}`}>
                <input type="radio" name="first-run-role" value={r} checked={role === r} onChange={() => setRole(r)} />
                <span>
                  <strong>{t(`set.role.${r}`)}</strong>
                  <span className="muted small role-hint">{t(`first.roleHint.${r}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <p className="muted small">{t('first.later')}</p>
          {error ? <p id="first-run-error" className="error" role="alert">{error}</p> : null}
        </div>
        <div className="first-run-actions">
          <button type="button" className="btn ghost" onClick={() => navigate({ name: 'settings' })}>{t('first.hub')}</button>
          <button type="submit" className="btn primary" disabled={busy}>{t('first.start')}</button>
        </div>
      </form>
    </div>
  );
}
