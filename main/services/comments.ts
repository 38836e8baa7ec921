/**
 * Comment threads on the text (issue 15): open, reply, resolve and reopen, each recorded in the
 * story's history. The anchor is in the body (a MarkNode with the thread id, saved with the text);
 * the thread's words are here only, so no export can carry them.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { CommentThread } from '../../shared/model/comment.js';
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
        ctx.store.comments.add({ id: i.id, draftId: i.draftId, threadId: i.id, author: who, text: i.text, quote: i.quote, at });
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
        ctx.store.comments.add({ id, draftId: thread.draftId, threadId: thread.id, author: who, text: i.text, quote: '', at });
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
  };
}
