/**
 * Comment threads on the text (issue 15): open, reply, resolve and reopen, each recorded in the
 * story's history. The anchor is in the body (a MarkNode with the thread id, saved with the text);
 * the thread's words are here only, so no export can carry them.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { CommentThread } from '../../shared/model/comment.js';
import { mentionsIn } from '../../shared/model/mentions.js';
import { refuseCommentDelete } from '../../shared/model/comment-rules.js';
import { createHubClient } from '../newsroom/hub-client.js';
import { readSession } from '../newsroom/session-file.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';

/** the opening words of a comment in the history list */
function gist(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}

function threadOrThrow(ctx: ServiceContext, threadId: string): { id: string; draftId: string } {
  const row = ctx.store.comments.threadRow(threadId);
  if (!row) throw new ApiError('not-found', `No comment thread ${threadId}.`);
  return row;
}

/**
 * The people a message names: those picked in the composer's list (`picked`), or written as
 * `@name` for someone who already wrote or was named in this story's threads (answering "@rina"
 * by hand).
 * A picked name no longer in the text (the writer deleted it) is not kept. Only this story's
 * rows are read (an index range), so adding a comment stays cheap in a big store.
 */
function mentionsOf(ctx: ServiceContext, draftId: string, text: string, picked: readonly string[] = []): string[] {
  if (!text.includes('@')) return [];
  const seen = ctx.store.comments.list(draftId).flatMap((t) => [t.author, ...t.mentions, ...t.replies.flatMap((r) => [r.author, ...r.mentions])]);
  return mentionsIn(text, [...picked, ...seen]);
}

/** shared/model/comment-rules.ts: a reply by its author, a thread by its author or an editor */
function checkDelete(ctx: ServiceContext, msg: { id: string; threadId: string; author: string }): void {
  const refused = refuseCommentDelete({ name: currentUser(ctx), role: ctx.store.settings.all().role }, { author: msg.author, isThread: msg.id === msg.threadId });
  if (refused) throw new ApiError('forbidden', refused);
}

/** Names to offer after `@`: the newsroom's users when signed in, else everyone this store has seen. */
async function people(ctx: ServiceContext): Promise<string[]> {
  const local = ctx.store.comments.knownNames();
  const session = readSession(ctx.store.dir);
  let hub: string[] = [];
  if (session) {
    // offline (or an older hub without the call) is no reason to refuse: the local names still help
    hub = await createHubClient(session.hubUrl, session.token, 5_000)
      .call('users.names', {})
      .catch(() => []);
  }
  const me = currentUser(ctx);
  const all = hub.length > 0 ? hub : local;
  return [...new Set(all)].filter((n) => n !== me).sort((a, b) => a.localeCompare(b));
}

function read(ctx: ServiceContext, draftId: string, threadId: string): CommentThread {
  const t = ctx.store.comments.thread(draftId, threadId);
  if (!t) throw new ApiError('not-found', `No comment thread ${threadId}.`);
  return t;
}

export function commentServices(ctx: ServiceContext) {
  return {
    'comments.list': (i: ParsedInputOf<'comments.list'>) => {
      mustGet(ctx, i.draftId);
      return ctx.store.comments.list(i.draftId);
    },
    'comments.add': (i: ParsedInputOf<'comments.add'>) =>
      ctx.store.tx(() => {
        mustGet(ctx, i.draftId);
        if (ctx.store.comments.exists(i.id)) throw new ApiError('conflict', `A comment with id ${i.id} already exists.`);
        const at = isoNow(ctx);
        const who = currentUser(ctx);
        ctx.store.comments.add({ id: i.id, draftId: i.draftId, threadId: i.id, author: who, text: i.text, quote: i.quote, at, mentions: mentionsOf(ctx, i.draftId, i.text, i.mentions) });
        ctx.store.history.add({ draftId: i.draftId, at, who, kind: 'comment', note: gist(i.text) });
        return read(ctx, i.draftId, i.id);
      }),
    'comments.reply': (i: ParsedInputOf<'comments.reply'>) =>
      ctx.store.tx(() => {
        const thread = threadOrThrow(ctx, i.threadId);
        const id = i.id ?? randomUUID();
        if (ctx.store.comments.exists(id)) throw new ApiError('conflict', `A comment with id ${id} already exists.`);
        const at = isoNow(ctx);
        const who = currentUser(ctx);
        ctx.store.comments.add({ id, draftId: thread.draftId, threadId: thread.id, author: who, text: i.text, quote: '', at, mentions: mentionsOf(ctx, thread.draftId, i.text, i.mentions) });
        ctx.store.history.add({ draftId: thread.draftId, at, who, kind: 'comment', note: gist(i.text) });
        return read(ctx, thread.draftId, thread.id);
      }),
    'comments.resolve': (i: ParsedInputOf<'comments.resolve'>) =>
      ctx.store.tx(() => {
        const thread = threadOrThrow(ctx, i.threadId);
        const at = isoNow(ctx);
        const who = currentUser(ctx);
        ctx.store.comments.setResolved(thread.id, i.resolved, who, at);
        const t = read(ctx, thread.draftId, thread.id);
        ctx.store.history.add({ draftId: thread.draftId, at, who, kind: i.resolved ? 'resolve-comment' : 'reopen-comment', note: gist(t.text) });
        return t;
      }),
    /** a thread with its replies, or one reply; `restore` undoes it */
    'comments.delete': (i: ParsedInputOf<'comments.delete'>) =>
      ctx.store.tx(() => {
        const msg = ctx.store.comments.message(i.id);
        if (!msg) throw new ApiError('not-found', `No comment ${i.id}.`);
        checkDelete(ctx, msg);
        const at = isoNow(ctx);
        const whole = msg.id === msg.threadId;
        const gone = whole ? read(ctx, msg.draftId, msg.id).text : (read(ctx, msg.draftId, msg.threadId).replies.find((r) => r.id === msg.id)?.text ?? '');
        ctx.store.comments.delete(msg.id, at);
        ctx.store.history.add({ draftId: msg.draftId, at, who: currentUser(ctx), kind: 'delete-comment', note: gist(gone) });
        return { deletedAt: at, thread: whole ? null : read(ctx, msg.draftId, msg.threadId) };
      }),
    'comments.restore': (i: ParsedInputOf<'comments.restore'>) =>
      ctx.store.tx(() => {
        const msg = ctx.store.comments.deletedMessage(i.id);
        if (!msg || msg.deletedAt !== i.deletedAt) throw new ApiError('not-found', `No deleted comment ${i.id} to bring back.`);
        checkDelete(ctx, msg);
        const at = isoNow(ctx);
        ctx.store.comments.restore(msg.id, msg.deletedAt, at);
        const t = ctx.store.comments.thread(msg.draftId, msg.threadId);
        if (!t) throw new ApiError('not-found', 'The thread of this reply was deleted; bring the thread back first.');
        ctx.store.history.add({ draftId: msg.draftId, at, who: currentUser(ctx), kind: 'restore-comment', note: gist(msg.text) });
        return t;
      }),
    'comments.people': () => people(ctx),
    /** stories with open threads that mention a person (by default the user of this workstation) */
    'comments.waiting': (i: ParsedInputOf<'comments.waiting'>) => ctx.store.comments.waitingFor(i.name ?? currentUser(ctx)),
  };
}
