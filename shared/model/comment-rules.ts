/**
 * Who may do what to a comment (issue 15). Pure rules: the hub enforces them on every synced
 * change, whatever a workstation claims; the workstation applies the delete rule to its own
 * store too (and shows the delete button only where it applies).
 * - anyone signed in comments and replies;
 * - only its author edits a message, or deletes a reply;
 * - a whole thread is deleted by its author or an editor (moderation);
 * - a thread is resolved or reopened by an editor or the person who opened it.
 */
export interface CommentActor {
  name: string;
  /** the workstation's or the hub's role name; only "editor" widens anything here */
  role: string;
}

export interface CommentFacts {
  author: string;
  /** the thread's first message (false: a reply) */
  isThread: boolean;
}

/** the end of a refusal: who asked ('' is a workstation where nobody is named yet, #14) */
const youAre = (actor: CommentActor): string => `you are ${actor.name || 'not named yet (Settings)'}.`;

/** null when allowed, otherwise the reason, written for the person refused */
export function refuseCommentDelete(actor: CommentActor, msg: CommentFacts): string | null {
  if (actor.name === msg.author) return null;
  if (msg.isThread && actor.role === 'editor') return null;
  return msg.isThread
    ? `Only ${msg.author || 'its author'} or an editor can delete this comment thread; ${youAre(actor)}`
    : `Only ${msg.author || 'its author'} can delete this reply; ${youAre(actor)}`;
}

export function refuseCommentEdit(actor: CommentActor, msg: CommentFacts): string | null {
  return actor.name === msg.author ? null : `Only ${msg.author || 'its author'} can change this comment; ${youAre(actor)}`;
}

export function refuseCommentResolve(actor: CommentActor, thread: { author: string }): string | null {
  if (actor.name === thread.author || actor.role === 'editor') return null;
  return `Only an editor or ${thread.author || 'the person who opened it'} can resolve or reopen this thread; ${youAre(actor)}`;
}
