/**
 * Which stories count as "earlier" for the archive check (#14 point 3). A story is flagged for
 * repeating what came before it, never for having been copied: an approved or exported story
 * must not gain warnings because a later draft took its paragraphs.
 *
 * A story is *settled* from the first time it reached approved or exported (it went out, or is
 * about to). Settled stories precede every unsettled one and each other by that time; unsettled
 * ones precede each other by creation time. So a draft that repeats an exported story is
 * warned even when the draft was started first (the other text is already public), and the
 * exported story is never warned about the draft.
 */
import type { Status } from '../model/draft.js';

export interface StoryTimes {
  /** ISO time the story was created */
  createdAt: string;
  /** ISO time it first reached approved or exported, null while it never did */
  settledAt: string | null;
  /** creation order in the store: decides between stories created in the same millisecond */
  order: number;
}

/** Whether `other` came before `self` (strictly: a story never precedes itself). */
export function cameBefore(other: StoryTimes, self: StoryTimes): boolean {
  if (other.settledAt !== null) return self.settledAt === null || earlier(other.settledAt, other.order, self.settledAt, self.order);
  if (self.settledAt !== null) return false;
  return earlier(other.createdAt, other.order, self.createdAt, self.order);
}

function earlier(at: string, order: number, thanAt: string, thanOrder: number): boolean {
  return at < thanAt || (at === thanAt && order < thanOrder);
}

/** A status counts as settled: the story was approved or went out. */
export function isSettledStatus(status: Status): boolean {
  return status === 'approved' || status === 'exported';
}
