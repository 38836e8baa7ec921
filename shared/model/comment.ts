/**
 * Comment threads anchored to the text (issue 15). The thread lives in the database with its
 * story (main/store/comments-repo.ts); the anchor lives in the body as an @lexical/mark MarkNode
 * carrying the thread id, so it moves with the text as Lexical edits it. No export reads either:
 * exporters read paragraphs of text, and the mark is only a wrapper around text.
 *
 * Ids are UUIDs made where the comment is written and every row has author, created and updated
 * times, so the newsroom hub (issue 13) can merge threads written on several workstations.
 */
export interface CommentReply {
  id: string;
  author: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  /** people named with `@name` in this reply (shared/model/mentions.ts) */
  mentions: string[];
}

export interface CommentThread {
  id: string;
  draftId: string;
  author: string;
  text: string;
  /** the anchored text when the thread was opened: what is shown once that text is deleted */
  quote: string;
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** people named with `@name` in the thread's first message */
  mentions: string[];
  replies: CommentReply[];
}

/** longest quote kept with a thread (a comment on a whole paragraph keeps its opening) */
export const QUOTE_MAX = 1_000;

/** A story with open threads that mention someone: their "waiting for me" list. */
export interface MentionedStory {
  draftId: string;
  headline: string;
  status: string;
  /** open threads whose first message or a reply names the person */
  threads: number;
  /** the newest such message */
  latestAt: string;
  latestBy: string;
  latestText: string;
}
