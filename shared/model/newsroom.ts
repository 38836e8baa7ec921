/**
 * The newsroom's roles and who may do what to a story. Pure rules, shared by the hub (which
 * enforces them on every call, whatever a workstation claims) and the workstation (which uses
 * them only to explain, never to decide).
 */
import { WORKFLOW_NEXT, type Status } from './draft.js';

export const HUB_ROLES = ['reporter', 'editor', 'desk', 'admin'] as const;
export type HubRole = (typeof HUB_ROLES)[number];

export interface Actor {
  name: string;
  role: HubRole;
}

export interface StoryFacts {
  owner: string;
  status: Status;
}

/** null when allowed, otherwise the reason, written for the person refused */
export function refuseStatusMove(actor: Actor, story: StoryFacts, to: Status, note: string | undefined): string | null {
  if (to === 'exported') return 'A story becomes "exported" only by recording an export.';
  if (!WORKFLOW_NEXT[story.status].includes(to)) return `A story cannot move from "${story.status}" to "${to}".`;
  if (to === 'submitted') {
    if (actor.role === 'admin') return 'An admin manages users; submitting stories is for their reporters and editors.';
    if (actor.role === 'reporter' && story.owner !== actor.name) return `Only ${story.owner} (the owner) or an editor can submit this story.`;
    return null;
  }
  if (actor.role !== 'editor') {
    const what = to === 'draft' ? 'send a story back to draft' : `move a story to ${to}`;
    return `Only an editor can ${what}; you are signed in as ${actor.name} (${actor.role}).`;
  }
  if (to === 'approved' && story.owner === actor.name) return 'Nobody approves their own story: another editor has to approve it.';
  if (to === 'draft' && !note?.trim()) return 'Sending a story back to draft needs a note saying why.';
  return null;
}

/** who may change a story's text and metadata */
export function refuseEdit(actor: Actor, story: StoryFacts | null): string | null {
  if (actor.role === 'admin') return 'An admin manages users and does not edit stories.';
  if (story === null) return null; // a new story: it becomes the pusher's
  if (actor.role === 'reporter' && story.owner !== actor.name) return `This story belongs to ${story.owner}; a reporter edits only their own stories.`;
  return null;
}

/**
 * Dismissing or verifying a warning, or reopening it, is a decision about the story's text: whoever
 * may change the story may decide (its reporter, editors, desks), with the same words as refuseEdit.
 */
export function refuseDecision(actor: Actor, story: StoryFacts): string | null {
  return refuseEdit(actor, story);
}

/** the verified-facts base is the desk's: editors and desks add, change and retire facts */
export function refuseFactChange(actor: Actor): string | null {
  if (actor.role === 'editor' || actor.role === 'desk') return null;
  return `Only an editor or a desk adds, changes or retires a verified fact; you are ${actor.name} (${actor.role}).`;
}

export function refuseExport(actor: Actor, story: StoryFacts): string | null {
  if (actor.role !== 'desk' && actor.role !== 'editor') return `Only a desk or an editor records an export; you are ${actor.name} (${actor.role}).`;
  if (story.status !== 'approved' && story.status !== 'exported') return `Only an approved story can be exported (this one is "${story.status}").`;
  return null;
}

/**
 * The desk's "waiting for me": what the signed-in user's role has to act on next. Editors
 * review (submitted, in review), desks export (approved), reporters finish their own drafts
 * (new, or sent back); an admin manages users, not stories. As data, so the store's list query
 * (SQL) and waitingFor() read the same rule.
 */
export const WAITING_FOR: Record<HubRole, { statuses: readonly Status[]; ownOnly: boolean }> = {
  editor: { statuses: ['submitted', 'in-review'], ownOnly: false },
  desk: { statuses: ['approved'], ownOnly: false },
  reporter: { statuses: ['draft'], ownOnly: true },
  admin: { statuses: [], ownOnly: false },
};

export function waitingFor(role: HubRole, me: string, story: StoryFacts): boolean {
  const rule = WAITING_FOR[role];
  return rule.statuses.includes(story.status) && (!rule.ownOnly || story.owner === me);
}

/** the desk's newsroom scopes of the list ("all" is no scope) */
export const DESK_SCOPES = ['mine', 'waiting'] as const;
export type DeskScope = (typeof DESK_SCOPES)[number];
