/**
 * A list the desk keeps for its checks, in Settings: website leftovers (DeskFurnitureCard) and
 * spellings that are right as written (DeskSpellingsCard). Items come here from a warning or are
 * typed in; the checks of every story, and `redaksi check`, use them.
 */
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/api/errors.js';
import './DeskList.css';

export interface DeskListText {
  title: string;
  intro: string;
  placeholder: string;
  add: string;
  empty: string;
  remove: string;
  removeItem: (item: string) => string;
}

export function DeskListCard({ name, items, maxLength, text, onChange }: {
  /** names the section and its rows for styles and tests ("desk-furniture": .desk-furniture-row) */
  name: string;
  items: readonly string[];
  maxLength: number;
  text: DeskListText;
  onChange: (item: string, keep: boolean) => Promise<void>;
}) {
  const [item, setItem] = useState('');
  const [error, setError] = useState('');

  async function change(value: string, keep: boolean) {
    setError('');
    try {
      await onChange(value, keep);
      if (keep) setItem('');
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  function add(e: FormEvent) {
    e.preventDefault();
    if (item.trim()) void change(item, true);
  }

  return (
    <section className={`desk-list-settings ${name}-settings`} aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`} className="section-title">{text.title}</h2>
      <p className="muted desk-list-intro">{text.intro}</p>
      <div className="card desk-list-card">
        <form className="desk-list-add" onSubmit={add}>
          <input type="text" value={item} maxLength={maxLength} placeholder={text.placeholder} aria-label={text.placeholder} onChange={(e) => setItem(e.target.value)} />
          <button type="submit" className="btn" disabled={!item.trim()}>{text.add}</button>
        </form>
        {error ? <p className="banner warn" role="alert">{error}</p> : null}
        {items.length === 0 ? (
          <p className="muted desk-list-empty">{text.empty}</p>
        ) : (
          <ul className="desk-list" aria-label={text.title}>
            {items.map((l) => (
              <li key={l} className={`desk-list-row ${name}-row`}>
                <span className="desk-list-item">{l}</span>
                <button type="button" className="btn small ghost" aria-label={text.removeItem(l)} onClick={() => void change(l, false)}>
                  {text.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
