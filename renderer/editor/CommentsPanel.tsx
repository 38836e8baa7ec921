/**
 * The side list of comment threads (issue 15): a new comment on the selected text, replies,
 * resolve and reopen; threads whose text was deleted are listed apart with their quote. The
 * anchors are the editor's (comments.ts); the threads come from the comments.* calls.
 */
import { errorMessage } from '../../shared/api/errors.js';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LexicalEditor, RangeSelection } from 'lexical';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { formatDateTime } from '../i18n/index.js';
import type { CommentThread } from '../../shared/model/comment.js';
import { matchPeople, mentionQueryAt } from '../../shared/model/mentions.js';
import { refuseCommentDelete } from '../../shared/model/comment-rules.js';
import { anchorComment, pendingSelection, registerComments, REVEAL_COMMENT_COMMAND, SET_COMMENT_LOOK_COMMAND } from './comments.js';
import { personName } from '../lib/personName.js';

export interface CommentsState {
  threads: CommentThread[];
  anchored: ReadonlySet<string>;
  active: string | null;
  pending: { selection: RangeSelection; quote: string } | null;
  error: string;
  /** the selected text becomes a pending comment; false when nothing is selected */
  request: () => boolean;
  cancel: () => void;
  add: (text: string, mentions: string[]) => Promise<boolean>;
  reply: (threadId: string, text: string, mentions: string[]) => Promise<boolean>;
  resolve: (threadId: string, resolved: boolean) => Promise<void>;
  /** a thread with its replies, or one reply; undone by `undo` until the next deletion */
  remove: (id: string) => Promise<void>;
  undo: () => Promise<void>;
  /** the last deletion, while it can be undone */
  lastDeleted: { id: string; deletedAt: string } | null;
  /** whether this user may delete a message by `author` (shared/model/comment-rules.ts) */
  mayDelete: (author: string, isThread: boolean) => boolean;
  /** names to offer after `@` */
  people: string[];
  reveal: (threadId: string) => void;
  unresolved: number;
}

/**
 * The comments of one story, wired to its editor; `onRequest` opens the side list. `syncedAt`
 * changes when a background sync round brought comment messages down: the list is read again
 * then, so a colleague's comment shows without reopening the story.
 */
export function useComments(draftId: string, editor: LexicalEditor | null, onRequest: () => void, syncedAt: string | null = null): CommentsState {
  const [threads, setThreads] = useState<CommentThread[]>([]);
  const [anchored, setAnchored] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const [pending, setPending] = useState<CommentsState['pending']>(null);
  const [error, setError] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [lastDeleted, setLastDeleted] = useState<CommentsState['lastDeleted']>(null);
  const [people, setPeople] = useState<string[]>([]);
  const { settings } = useApp();
  const requestRef = useRef<() => boolean>(() => false);

  useEffect(() => {
    let live = true;
    setLoaded(false);
    setLastDeleted(null);
    api['comments.list']({ draftId }).then(
      (t) => {
        if (!live) return;
        setThreads(t);
        setLoaded(true);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    // a hub that does not answer costs nothing here: the list is only an aid to typing
    api['comments.people']({}).then((p) => live && setPeople(p), () => undefined);
    return () => {
      live = false;
    };
  }, [draftId]);

  useEffect(() => {
    if (!syncedAt) return;
    let live = true;
    // a failed re-read keeps the list shown; the next round or reopening tries again
    api['comments.list']({ draftId }).then((t) => live && setThreads(t), () => undefined);
    return () => {
      live = false;
    };
  }, [draftId, syncedAt]);

  useEffect(
    () =>
      editor
        ? registerComments(editor, {
            onAnchors: setAnchored,
            onCaretThread: (id) => {
              if (id) setActive(id);
            },
            onRequestComment: () => void requestRef.current(),
          })
        : undefined,
    [editor],
  );

  const resolvedIds = useMemo(() => new Set(threads.filter((t) => t.resolved).map((t) => t.id)), [threads]);
  const liveIds = useMemo(() => (loaded ? new Set(threads.map((t) => t.id)) : null), [threads, loaded]);
  useEffect(() => void editor?.dispatchCommand(SET_COMMENT_LOOK_COMMAND, { resolved: resolvedIds, active, live: liveIds }), [editor, resolvedIds, active, anchored, liveIds]);

  const request = useCallback(() => {
    if (!editor) return false;
    const p = pendingSelection(editor);
    onRequest();
    setError('');
    setPending(p);
    return p !== null;
  }, [editor, onRequest]);
  requestRef.current = request;

  const upsert = (t: CommentThread) => setThreads((list) => (list.some((x) => x.id === t.id) ? list.map((x) => (x.id === t.id ? t : x)) : [...list, t]));

  const add = useCallback(
    async (text: string, mentions: string[]) => {
      if (!editor || !pending) return false;
      const id = crypto.randomUUID();
      try {
        // the thread is stored first: an anchor without a thread would be a highlight nobody can open
        const t = await api['comments.add']({ draftId, id, text, quote: pending.quote, mentions });
        anchorComment(editor, pending.selection, id);
        upsert(t);
        setActive(id);
        setPending(null);
        return true;
      } catch (e) {
        setError(errorMessage(e));
        return false;
      }
    },
    [draftId, editor, pending],
  );

  const reply = useCallback(async (threadId: string, text: string, mentions: string[]) => {
    try {
      upsert(await api['comments.reply']({ threadId, text, mentions }));
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  }, []);

  const resolve = useCallback(async (threadId: string, resolved: boolean) => {
    try {
      upsert(await api['comments.resolve']({ threadId, resolved }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  const remove = useCallback(async (id: string) => {
    try {
      const r = await api['comments.delete']({ id });
      const left = r.thread;
      if (left) upsert(left);
      else setThreads((list) => list.filter((x) => x.id !== id));
      setLastDeleted({ id, deletedAt: r.deletedAt });
      setError('');
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  const undo = useCallback(async () => {
    if (!lastDeleted) return;
    try {
      const t = await api['comments.restore'](lastDeleted);
      // keep the list in the order the threads were opened
      setThreads((list) => (list.some((x) => x.id === t.id) ? list.map((x) => (x.id === t.id ? t : x)) : [...list, t].sort((a, b) => a.createdAt.localeCompare(b.createdAt))));
      setLastDeleted(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [lastDeleted]);

  const mayDelete = useCallback((author: string, isThread: boolean) => refuseCommentDelete({ name: settings.userName, role: settings.role }, { author, isThread }) === null, [settings.userName, settings.role]);

  const reveal = useCallback(
    (threadId: string) => {
      setActive(threadId);
      editor?.dispatchCommand(REVEAL_COMMENT_COMMAND, threadId);
    },
    [editor],
  );

  const unresolved = threads.filter((t) => !t.resolved).length;
  return { threads, anchored, active, pending, error, request, cancel: () => setPending(null), add, reply, resolve, remove, undo, lastDeleted, mayDelete, people, reveal, unresolved };
}

/** The text of a message with its mentions set apart. */
function MessageText({ text, mentions }: { text: string; mentions: string[] }) {
  if (mentions.length === 0) return <p className="comment-text">{text}</p>;
  const lower = text.toLocaleLowerCase();
  const parts: Array<{ text: string; mention: boolean }> = [];
  let from = 0;
  for (let i = lower.indexOf('@'); i >= 0; i = lower.indexOf('@', i + 1)) {
    const name = mentions.find((m) => lower.startsWith(m.toLocaleLowerCase(), i + 1));
    if (!name || i < from) continue;
    parts.push({ text: text.slice(from, i), mention: false }, { text: text.slice(i, i + 1 + name.length), mention: true });
    from = i + 1 + name.length;
  }
  parts.push({ text: text.slice(from), mention: false });
  return <p className="comment-text">{parts.map((p, k) => (p.mention ? <span key={k} className="mention">{p.text}</span> : p.text))}</p>;
}

function Composer({ label, submitLabel, onSubmit, onCancel, autoFocus, people }: { label: string; submitLabel: string; onSubmit: (text: string, mentions: string[]) => Promise<boolean>; onCancel?: () => void; autoFocus?: boolean; people: string[] }) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [choice, setChoice] = useState(0);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const matches = useMemo(() => (query ? matchPeople(people, query.query) : []), [people, query]);
  const open = matches.length > 0;

  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    const ok = await onSubmit(text.trim(), picked);
    setBusy(false);
    if (ok) {
      setText('');
      setPicked([]);
    }
  };
  const follow = (value: string, caret: number) => {
    setText(value);
    setQuery(mentionQueryAt(value, caret));
    setChoice(0);
  };
  const pick = (name: string) => {
    if (!query) return;
    const end = query.start + 1 + query.query.length;
    const value = `${text.slice(0, query.start)}@${name} ${text.slice(end)}`;
    const caret = query.start + name.length + 2;
    setText(value);
    setPicked((p) => (p.includes(name) ? p : [...p, name]));
    setQuery(null);
    requestAnimationFrame(() => boxRef.current?.setSelectionRange(caret, caret));
  };
  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="comment-mentions-wrap">
        <textarea
          ref={boxRef}
          aria-label={label}
          placeholder={label}
          rows={2}
          value={text}
          autoFocus={autoFocus}
          aria-autocomplete="list"
          aria-controls={listId}
          aria-activedescendant={open ? `${listId}-${choice}` : undefined}
          onChange={(e) => follow(e.target.value, e.target.selectionStart)}
          onSelect={(e) => setQuery(mentionQueryAt(e.currentTarget.value, e.currentTarget.selectionStart))}
          onBlur={() => setQuery(null)}
          onKeyDown={(e) => {
            if (open) {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setChoice((c) => (c + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
                return;
              }
              if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === 'Tab') {
                e.preventDefault();
                pick(matches[choice] ?? matches[0]!);
                return;
              }
              if (e.key === 'Escape') {
                e.preventDefault();
                setQuery(null);
                return;
              }
            }
            // Ctrl/Cmd+Enter sends, as in most comment boxes; Escape gives up
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
            if (e.key === 'Escape' && onCancel) onCancel();
          }}
        />
        {open ? (
          <ul className="mention-list" id={listId} role="listbox" aria-label={t('cm.mentionList')}>
            {matches.map((name, k) => (
              <li
                key={name}
                id={`${listId}-${k}`}
                role="option"
                aria-selected={k === choice}
                // mousedown, not click: the textarea keeps the focus (and its caret)
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(name);
                }}
              >
                {name}
              </li>
            ))}
          </ul>
        ) : (
          <ul id={listId} role="listbox" aria-label={t('cm.mentionList')} hidden />
        )}
      </div>
      <div className="row-end">
        {onCancel ? (
          <button type="button" className="btn small ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="btn small primary" disabled={!text.trim() || busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function Thread({ thread, state, deleted }: { thread: CommentThread; state: CommentsState; deleted: boolean }) {
  const { t, lang } = useApp();
  const [replying, setReplying] = useState(false);
  const isActive = state.active === thread.id;
  return (
    <li
      className={`comment-thread${thread.resolved ? ' resolved' : ''}${isActive ? ' active' : ''}${deleted ? ' deleted' : ''}`}
      data-thread={thread.id}
      data-anchored={deleted ? 'false' : 'true'}
      aria-current={isActive ? 'true' : undefined}
    >
      <button type="button" className="comment-quote" onClick={() => state.reveal(thread.id)} disabled={deleted} title={deleted ? t('cm.deletedHint') : t('cm.reveal')}>
        {deleted ? <span className="comment-deleted-tag">{t('cm.onDeleted')}</span> : null}
        <q>{thread.quote}</q>
      </button>
      <div className="comment-msg">
        <div className="comment-meta">
          <strong>{personName(thread.author, t)}</strong> <time dateTime={thread.createdAt}>{formatDateTime(thread.createdAt, lang)}</time>
        </div>
        <MessageText text={thread.text} mentions={thread.mentions} />
      </div>
      {thread.replies.map((r) => (
        <div className="comment-msg reply" key={r.id}>
          <div className="comment-meta">
            <strong>{personName(r.author, t)}</strong> <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
            {state.mayDelete(r.author, false) ? (
              <button type="button" className="btn small ghost comment-delete" data-action="delete-reply" aria-label={t('cm.deleteReply')} title={t('cm.deleteReply')} onClick={() => void state.remove(r.id)}>
                {t('cm.delete')}
              </button>
            ) : null}
          </div>
          <MessageText text={r.text} mentions={r.mentions} />
        </div>
      ))}
      {thread.resolved ? (
        <p className="comment-resolved muted small">{t('cm.resolvedBy', { who: thread.resolvedBy ?? '' })}</p>
      ) : null}
      <div className="comment-actions">
        {!thread.resolved && !replying ? (
          <button type="button" className="btn small ghost" onClick={() => setReplying(true)}>
            {t('cm.reply')}
          </button>
        ) : null}
        <button type="button" className="btn small ghost" data-action={thread.resolved ? 'reopen' : 'resolve'} onClick={() => void state.resolve(thread.id, !thread.resolved)}>
          {thread.resolved ? t('cm.reopen') : t('cm.resolve')}
        </button>
        {state.mayDelete(thread.author, true) ? (
          <button type="button" className="btn small ghost danger" data-action="delete" title={t('cm.deleteThread')} onClick={() => void state.remove(thread.id)}>
            {t('cm.delete')}
          </button>
        ) : null}
      </div>
      {replying && !thread.resolved ? (
        <Composer label={t('cm.replyPlaceholder')} submitLabel={t('cm.reply')} autoFocus people={state.people} onCancel={() => setReplying(false)} onSubmit={async (text, mentions) => (await state.reply(thread.id, text, mentions)) && (setReplying(false), true)} />
      ) : null}
    </li>
  );
}

export function CommentsPanel({ state, editable }: { state: CommentsState; editable: boolean }) {
  const { t } = useApp();
  const [showResolved, setShowResolved] = useState(false);
  const open = state.threads.filter((x) => !x.resolved && state.anchored.has(x.id));
  const resolved = state.threads.filter((x) => x.resolved && state.anchored.has(x.id));
  const deleted = state.threads.filter((x) => !state.anchored.has(x.id));
  return (
    <section className="comments-panel" aria-label={t('cm.title')}>
      {state.pending ? (
        <div className="comment-new">
          <p className="comment-quote static">
            <q>{state.pending.quote}</q>
          </p>
          <Composer label={t('cm.placeholder')} submitLabel={t('cm.add')} autoFocus people={state.people} onCancel={state.cancel} onSubmit={state.add} />
        </div>
      ) : editable ? (
        <p className="muted small comment-how">{t('cm.how')}</p>
      ) : null}
      {state.lastDeleted ? (
        <p className="comment-undo" role="status">
          {t('cm.deleted')}
          <button type="button" className="btn small" onClick={() => void state.undo()}>
            {t('cm.undo')}
          </button>
        </p>
      ) : null}
      {state.error ? (
        <p className="error small" role="alert">
          {t('common.error', { msg: state.error })}
        </p>
      ) : null}
      {open.length === 0 && deleted.length === 0 && resolved.length === 0 ? <p className="muted">{t('cm.empty')}</p> : null}
      {open.length > 0 ? (
        <ol className="comment-list" aria-label={t('cm.open')}>
          {open.map((x) => (
            <Thread key={x.id} thread={x} state={state} deleted={false} />
          ))}
        </ol>
      ) : null}
      {deleted.length > 0 ? (
        <ol className="comment-list" aria-label={t('cm.deletedTitle', { n: deleted.length })}>
          {deleted.map((x) => (
            <Thread key={x.id} thread={x} state={state} deleted />
          ))}
        </ol>
      ) : null}
      {resolved.length > 0 ? (
        <>
          <button type="button" className="btn small ghost comment-toggle" aria-expanded={showResolved} onClick={() => setShowResolved((v) => !v)}>
            {t('cm.resolvedTitle', { n: resolved.length })}
          </button>
          {showResolved ? (
            <ol className="comment-list" aria-label={t('cm.resolvedTitle', { n: resolved.length })}>
              {resolved.map((x) => (
                <Thread key={x.id} thread={x} state={state} deleted={false} />
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
