/**
 * The open suggested edits of a story, in the comments tab: each with its author, time, kind and
 * text, accepted or rejected one by one or all at once (suggestions.ts does the editing).
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LexicalEditor } from 'lexical';
import { useApp } from '../settings/context.js';
import { formatDateTime } from '../i18n/index.js';
import type { SuggestionSummary } from '../../shared/model/review-marks.js';
import { registerSuggesting, SETTLE_SUGGESTIONS_COMMAND } from './suggestions.js';
import { personName } from '../lib/personName.js';

export interface SuggestionsState {
  /** how many suggestions are open: what the page shows outside the list (tab count, checks note) */
  count: number;
  /** the open suggestions themselves, read by the list alone (useSyncExternalStore) */
  store: SuggestionStore;
  settle: (sid: string | null, accept: boolean) => void;
}

interface SuggestionStore {
  get: () => SuggestionSummary[];
  set: (list: SuggestionSummary[]) => void;
  subscribe: (listener: () => void) => () => void;
}

function createSuggestionStore(): SuggestionStore {
  let list: SuggestionSummary[] = [];
  const listeners = new Set<() => void>();
  return {
    get: () => list,
    set: (next) => {
      list = next;
      for (const l of listeners) l();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/**
 * The suggestions of the story in the editor. The list changes as the text of a suggestion
 * changes (typing on inside it, each pause of typing): the page itself re-renders only when the
 * number of suggestions changes, the list (in the comments tab) whenever it changes. Rendering the
 * whole editor page at each pause of typing in suggesting mode was a measurable part of the
 * keystroke bench's suggesting/normal difference (#15).
 */
export function useSuggestions(editor: LexicalEditor | null, enabled: boolean, author: string): SuggestionsState {
  const [store] = useState(createSuggestionStore);
  const count = useSyncExternalStore(store.subscribe, () => store.get().length);
  const live = useRef({ enabled, author });
  live.current = { enabled, author };
  useEffect(
    () => (editor ? registerSuggesting(editor, { enabled: () => live.current.enabled, author: () => live.current.author, onSuggestions: store.set }) : undefined),
    [editor, store],
  );
  const settle = useCallback((sid: string | null, accept: boolean) => void editor?.dispatchCommand(SETTLE_SUGGESTIONS_COMMAND, { sid, accept }), [editor]);
  return { count, store, settle };
}

const KIND_LABEL = { insert: 'sg.insert', delete: 'sg.delete', replace: 'sg.replace', split: 'sg.split', join: 'sg.join' } as const;

export function SuggestionsList({ state, editable }: { state: SuggestionsState; editable: boolean }) {
  const { t, lang } = useApp();
  const list = useSyncExternalStore(state.store.subscribe, state.store.get);
  if (list.length === 0) return null;
  return (
    <section className="suggestions" aria-label={t('sg.title', { n: list.length })}>
      <div className="suggestions-head">
        <h3>{t('sg.title', { n: list.length })}</h3>
        {editable ? (
          <span className="row-end">
            <button type="button" className="btn small ghost" data-action="reject-all" onClick={() => state.settle(null, false)}>
              {t('sg.rejectAll')}
            </button>
            <button type="button" className="btn small" data-action="accept-all" onClick={() => state.settle(null, true)}>
              {t('sg.acceptAll')}
            </button>
          </span>
        ) : null}
      </div>
      <ol className="suggestion-list">
        {list.map((s) => (
          <li key={s.id} className={`suggestion sg-${s.kind}`} data-sid={s.id} data-kind={s.kind}>
            <div className="comment-meta">
              <strong>{personName(s.author, t)}</strong> <time dateTime={s.at}>{formatDateTime(s.at, lang)}</time>
            </div>
            <p className="suggestion-text">
              <span className="sg-kind">{t(KIND_LABEL[s.kind])}</span>{' '}
              {s.kind === 'split' ? (
                <ins className="sg-pilcrow">¶</ins>
              ) : s.kind === 'join' ? (
                <del className="sg-pilcrow">¶</del>
              ) : s.kind === 'replace' ? (
                <>
                  <del>{s.replaces}</del> → <ins>{s.text}</ins>
                </>
              ) : s.kind === 'insert' ? (
                <ins>{s.text}</ins>
              ) : (
                <del>{s.text}</del>
              )}
            </p>
            {editable ? (
              <div className="comment-actions">
                <button type="button" className="btn small ghost" data-action="reject" onClick={() => state.settle(s.id, false)}>
                  {t('sg.reject')}
                </button>
                <button type="button" className="btn small" data-action="accept" onClick={() => state.settle(s.id, true)}>
                  {t('sg.accept')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
