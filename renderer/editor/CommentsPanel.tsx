/**
 * The side list of comment threads (issue 15): a new comment on the selected text, replies,
 * resolve and reopen; threads whose text was deleted are listed apart with their quote. The
 * anchors are the editor's (comments.ts); the threads come from the comments.* calls.
 */
import { errorMessage } from '../../shared/api/errors.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LexicalEditor, RangeSelection } from 'lexical';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { formatDateTime } from '../i18n/index.js';
import type { CommentThread } from '../../shared/model/comment.js';
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
  add: (text: string) => Promise<boolean>;
  reply: (threadId: string, text: string) => Promise<boolean>;
  resolve: (threadId: string, resolved: boolean) => Promise<void>;
  reveal: (threadId: string) => void;
  unresolved: number;
}

/** The comments of one story, wired to its editor; `onRequest` opens the side list. */
export function useComments(draftId: string, editor: LexicalEditor | null, onRequest: () => void): CommentsState {
  const [threads, setThreads] = useState<CommentThread[]>([]);
  const [anchored, setAnchored] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const [pending, setPending] = useState<CommentsState['pending']>(null);
  const [error, setError] = useState('');
  const requestRef = useRef<() => boolean>(() => false);

  useEffect(() => {
    let live = true;
    api['comments.list']({ draftId }).then((t) => live && setThreads(t), (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [draftId]);

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
  useEffect(() => void editor?.dispatchCommand(SET_COMMENT_LOOK_COMMAND, { resolved: resolvedIds, active }), [editor, resolvedIds, active, anchored]);

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
    async (text: string) => {
      if (!editor || !pending) return false;
      const id = crypto.randomUUID();
      try {
        // the thread is stored first: an anchor without a thread would be a highlight nobody can open
        const t = await api['comments.add']({ draftId, id, text, quote: pending.quote });
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

  const reply = useCallback(async (threadId: string, text: string) => {
    try {
      upsert(await api['comments.reply']({ threadId, text }));
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

  const reveal = useCallback(
    (threadId: string) => {
      setActive(threadId);
      editor?.dispatchCommand(REVEAL_COMMENT_COMMAND, threadId);
    },
    [editor],
  );

  const unresolved = threads.filter((t) => !t.resolved).length;
  return { threads, anchored, active, pending, error, request, cancel: () => setPending(null), add, reply, resolve, reveal, unresolved };
}

function Composer({ label, submitLabel, onSubmit, onCancel, autoFocus }: { label: string; submitLabel: string; onSubmit: (text: string) => Promise<boolean>; onCancel?: () => void; autoFocus?: boolean }) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    const ok = await onSubmit(text.trim());
    setBusy(false);
    if (ok) setText('');
  };
  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <textarea
        aria-label={label}
        placeholder={label}
        rows={2}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter sends, as in most comment boxes; Escape gives up
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
          if (e.key === 'Escape' && onCancel) onCancel();
        }}
      />
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
        <p className="comment-text">{thread.text}</p>
      </div>
      {thread.replies.map((r) => (
        <div className="comment-msg reply" key={r.id}>
          <div className="comment-meta">
            <strong>{personName(r.author, t)}</strong> <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
          </div>
          <p className="comment-text">{r.text}</p>
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
      </div>
      {replying && !thread.resolved ? (
        <Composer label={t('cm.replyPlaceholder')} submitLabel={t('cm.reply')} autoFocus onCancel={() => setReplying(false)} onSubmit={async (text) => (await state.reply(thread.id, text)) && (setReplying(false), true)} />
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
          <Composer label={t('cm.placeholder')} submitLabel={t('cm.add')} autoFocus onCancel={state.cancel} onSubmit={state.add} />
        </div>
      ) : editable ? (
        <p className="muted small comment-how">{t('cm.how')}</p>
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
