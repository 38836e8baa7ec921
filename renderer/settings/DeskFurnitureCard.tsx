/**
 * Settings > Website leftovers: the desk's own list of lines that are always page furniture
 * (shared/analysis/desk-furniture.ts). Lines come here from a warning ("Always treat as a
 * website leftover") or are typed in; the checks of every story, and `redaksi check`, use them.
 */
import { useState, type FormEvent } from 'react';
import { useApp } from './context.js';
import { errorMessage } from '../../shared/api/errors.js';
import './DeskFurniture.css';

export function DeskFurnitureCard() {
  const { settings, deskFurnitureLine, t } = useApp();
  const [line, setLine] = useState('');
  const [error, setError] = useState('');
  const lines = settings.deskFurniture;

  async function change(text: string, keep: boolean) {
    setError('');
    try {
      await deskFurnitureLine(text, keep);
      if (keep) setLine('');
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  function add(e: FormEvent) {
    e.preventDefault();
    if (line.trim()) void change(line, true);
  }

  return (
    <section className="desk-furniture-settings" aria-labelledby="desk-furniture-title">
      <h2 id="desk-furniture-title" className="section-title">{t('df.title')}</h2>
      <p className="muted desk-furniture-intro">{t('df.intro')}</p>
      <div className="card desk-furniture-card">
        <form className="desk-furniture-add" onSubmit={add}>
          <input type="text" value={line} maxLength={300} placeholder={t('df.placeholder')} aria-label={t('df.placeholder')} onChange={(e) => setLine(e.target.value)} />
          <button type="submit" className="btn" disabled={!line.trim()}>{t('df.add')}</button>
        </form>
        {error ? <p className="banner warn" role="alert">{error}</p> : null}
        {lines.length === 0 ? (
          <p className="muted desk-furniture-empty">{t('df.empty')}</p>
        ) : (
          <ul className="desk-furniture-list" aria-label={t('df.title')}>
            {lines.map((l) => (
              <li key={l} className="desk-furniture-row">
                <span className="desk-furniture-line">{l}</span>
                <button type="button" className="btn small ghost" aria-label={t('df.removeLine', { line: l })} onClick={() => void change(l, false)}>
                  {t('df.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
