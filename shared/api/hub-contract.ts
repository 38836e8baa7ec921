/**
 * The newsroom hub's calls: what a workstation may ask the hub, over HTTPS/HTTP as
 * `POST /api/<name>` with a JSON body and `Authorization: Bearer <token>` (except
 * `session.login`). Every input is validated with these schemas by the hub; the workstation's
 * client (main/newsroom) uses the same ones, and so will the renderer's Settings -> Newsroom.
 *
 * Answers are the contract's envelope (`{ ok: true, value }` or `{ ok: false, error }`) with an
 * HTTP status saying the same thing: 400 invalid-argument, 401 unauthorized, 403 forbidden,
 * 404 not-found, 409 conflict (a push on a stale version; `detail.current` is the hub's story),
 * 413 too-large, 429 too many logins.
 */
import { z } from 'zod';
import type { Status } from '../model/draft.js';
import { HUB_ROLES, type HubRole } from '../model/newsroom.js';
import { QUOTE_MAX } from '../model/comment.js';
import { DraftMeta, ExportTarget, FactInput, Fingerprint, Headline, Id, Language, LexicalJson, LIMITS, RuleIdSchema, Status as StatusSchema } from './schemas.js';

export const UserName = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N} ._'-]+$/u, 'a user name is letters, digits, spaces and . _ \' -');
export const Password = z.string().min(8, 'a password has at least 8 characters').max(1024);
export const HubRoleSchema = z.enum(HUB_ROLES);

/**
 * the most comment messages one `comments.pushBatch` carries; the workstation also keeps each
 * batch under COMMENT_BATCH_BYTES of JSON, far below the hub's 8 MB request limit
 */
export const COMMENT_BATCH_MAX = 100;
export const COMMENT_BATCH_BYTES = 1024 * 1024;

/** a comment message as a workstation pushes it: the hub stamps author and times itself */
const CommentPush = z
  .object({
    id: z.uuid(),
    storyId: Id,
    threadId: z.uuid(),
    text: z.string().trim().min(1).max(LIMITS.longText),
    quote: z.string().max(QUOTE_MAX),
    mentions: z.array(UserName).max(50),
    createdAt: z.iso.datetime(),
    resolved: z.boolean(),
    /** when it was deleted here (kept by the hub, so an undo that names the deletion works everywhere); null: not deleted */
    deletedAt: z.iso.datetime().nullable(),
  })
  .strict();

export const HUB_CALLS = {
  'session.login': z.object({ name: UserName, password: z.string().min(1).max(1024) }).strict(),
  'session.logout': z.object({}).strict(),
  'session.whoami': z.object({}).strict(),
  'sync.push': z
    .object({
      id: Id,
      /** the hub version this text was based on; 0 for a story the hub has not seen */
      baseVersion: z.number().int().min(0),
      headline: Headline,
      language: Language,
      meta: DraftMeta,
      body: LexicalJson,
    })
    .strict(),
  'stories.get': z.object({ id: Id }).strict(),
  'sync.pull': z.object({ since: z.number().int().min(0), limit: z.number().int().min(1).max(500).optional() }).strict(),
  'workflow.setStatus': z.object({ id: Id, to: StatusSchema, note: z.string().max(LIMITS.longText).optional() }).strict(),
  'workflow.recordExport': z.object({ id: Id, target: ExportTarget }).strict(),
  'locks.acquire': z.object({ id: Id, takeOver: z.boolean().optional() }).strict(),
  'locks.heartbeat': z.object({ id: Id }).strict(),
  'locks.release': z.object({ id: Id }).strict(),
  'locks.get': z.object({ id: Id }).strict(),
  'users.add': z.object({ name: UserName, role: HubRoleSchema, password: Password }).strict(),
  'users.list': z.object({}).strict(),
  /**
   * one comment message as the workstation has it now (new, edited, resolved, deleted or brought
   * back); the hub checks the change against shared/model/comment-rules.ts and answers with its row.
   * Kept for workstations of the previous version; this one sends `comments.pushBatch`.
   */
  'comments.push': CommentPush,
  /**
   * every comment message a sync round changed, in one request (threads before their replies):
   * the hub checks and stores each one on its own, as `comments.push` would, and answers for each
   */
  'comments.pushBatch': z.object({ messages: z.array(CommentPush).min(1).max(COMMENT_BATCH_MAX) }).strict(),
  /** comment messages changed after `since` (the same change sequence as stories) */
  'comments.pull': z.object({ since: z.number().int().min(0), limit: z.number().int().min(1).max(500).optional() }).strict(),
  /** names of the users who can be @mentioned (anyone signed in may ask) */
  'users.names': z.object({}).strict(),
  'users.disable': z.object({ name: UserName }).strict(),
  /**
   * a decision on a story's warning as the workstation has it now: dismissed (with a reason),
   * verified (with a source) or reopened; allowed to whoever may change the story (shared/model/newsroom.ts)
   */
  'decisions.push': z
    .object({ storyId: Id, fingerprint: Fingerprint, rule: RuleIdSchema, kind: z.enum(['dismissed', 'verified', 'reopened']), note: z.string().trim().max(2000) })
    .strict()
    .refine((d) => d.kind === 'reopened' || d.note.length > 0, 'a dismissal needs a reason, a verification a source'),
  'decisions.pull': z.object({ since: z.number().int().min(0), limit: z.number().int().min(1).max(500).optional() }).strict(),
  /** one verified fact as the workstation has it now (new, changed, retired or brought back); editors and desks only */
  'facts.push': FactInput.extend({ id: Id, retired: z.boolean() }).strict(),
  'facts.pull': z.object({ since: z.number().int().min(0), limit: z.number().int().min(1).max(500).optional() }).strict(),
} as const;

export type HubCall = keyof typeof HUB_CALLS;
export type HubInput<K extends HubCall> = z.infer<(typeof HUB_CALLS)[K]>;

/** a comment message as the hub keeps it: author and times are the hub's, never a workstation's claim */
export interface HubComment {
  id: string;
  storyId: string;
  threadId: string;
  author: string;
  text: string;
  quote: string;
  mentions: string[];
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  seq: number;
}

/** a decision on a warning as the hub keeps it: who and when are the hub's */
export interface HubDecision {
  storyId: string;
  fingerprint: string;
  rule: string;
  kind: 'dismissed' | 'verified' | 'reopened';
  note: string;
  who: string;
  at: string;
  seq: number;
}

/** a verified fact as the hub keeps it: who verified it and when are the hub's (the last writer) */
export interface HubFact {
  id: string;
  subject: string;
  attribute: string;
  value: string;
  unit: string;
  asOf: string;
  source: string;
  retired: boolean;
  verifiedBy: string;
  verifiedAt: string;
  /** increases with every accepted change (fact_history keeps what each one replaced) */
  version: number;
  seq: number;
}

export interface HubUser {
  name: string;
  role: HubRole;
  disabled: boolean;
}

export interface HubHistoryEvent {
  id: number;
  at: string;
  who: string;
  kind: 'created' | 'status' | 'export' | 'edit' | 'takeover';
  from?: string;
  to?: string;
  note?: string;
}

/** a story as the hub keeps it */
export interface HubStory {
  id: string;
  owner: string;
  headline: string;
  language: 'en' | 'id';
  meta: z.infer<typeof DraftMeta>;
  body: z.infer<typeof LexicalJson>;
  status: Status;
  /** increases on every accepted change; a push names the version it was based on */
  version: number;
  /** the hub-wide change sequence number of the story's latest change (pull cursor); 0 until a pull numbers it (hub/sequencer.ts) */
  seq: number;
  updatedAt: string;
  updatedBy: string;
  history: HubHistoryEvent[];
}

/** an edit lease: who is editing a story since when; it expires two minutes after the last heartbeat */
export interface HubLock {
  storyId: string;
  holder: string;
  since: string;
  expiresAt: string;
  /** held by the caller */
  mine: boolean;
}

export interface HubResults {
  'session.login': { token: string; user: { name: string; role: HubRole }; expiresAt: string };
  'session.logout': { ok: true };
  'session.whoami': { name: string; role: HubRole };
  /** `seq` is 0: a change gets its sequence number when a pull asks (hub/sequencer.ts) */
  'sync.push': { version: number; seq: number };
  'stories.get': HubStory;
  'sync.pull': { stories: HubStory[]; seq: number; more: boolean };
  'workflow.setStatus': HubStory;
  'workflow.recordExport': HubStory;
  'locks.acquire': HubLock;
  'locks.heartbeat': HubLock;
  'locks.release': { released: boolean };
  'locks.get': HubLock | null;
  'users.add': HubUser;
  'users.list': HubUser[];
  'users.names': string[];
  'comments.push': HubComment;
  /** one answer per message, in the order sent */
  'comments.pushBatch': { results: CommentPushResult[] };
  'comments.pull': { comments: HubComment[]; seq: number; more: boolean };
  'users.disable': HubUser;
  'decisions.push': HubDecision;
  'decisions.pull': { decisions: HubDecision[]; seq: number; more: boolean };
  'facts.push': HubFact;
  'facts.pull': { facts: HubFact[]; seq: number; more: boolean };
}

/**
 * the hub's answer for one message of a batch: its row as stored, or why not. A refusal by the
 * rules (forbidden, invalid-argument) carries the hub's row when there is one, so the
 * workstation can put its copy back; not-found: its story or thread is not on the hub yet.
 */
export type CommentPushResult =
  | { id: string; comment: HubComment }
  | { id: string; error: { code: 'forbidden' | 'invalid-argument' | 'not-found'; message: string; current?: HubComment } };

/** what one sync round moved (the workstation's `redaksi sync --json` and `newsroom.sync`) */
export interface SyncReport {
  hub: string;
  user: string;
  up: Array<{ id: string; headline: string; version: number }>;
  down: Array<{ id: string; headline: string; owner: string; status: Status; version: number }>;
  /** stories whose local text was kept as a revision because the hub had a newer version (or refused the edit) */
  conflicts: Array<{ id: string; headline: string; keptAs: string; revisionId: number; message: string; /** who made the version that is now current */ currentBy: string }>;
  statusRefused: Array<{ id: string; headline: string; wanted: Status; kept: Status; message: string }>;
  /** the hub sequence number this workstation has caught up to */
  seq: number;
  /** comment messages sent and received; refused changes were put back as the hub has them */
  comments?: { up: number; down: number; refused: Array<{ id: string; storyId: string; message: string }> };
  /** decisions on warnings, and verified facts, sent and received; a refused one stays on this workstation only */
  decisions?: { up: number; down: number; refused: Array<{ id: string; message: string }> };
  facts?: { up: number; down: number; refused: Array<{ id: string; message: string }> };
}

/** the workstation's newsroom state, for Settings -> Newsroom and the sync indicator */
export interface NewsroomState {
  signedIn: boolean;
  hubUrl: string | null;
  user: string | null;
  role: HubRole | null;
  /** local changes not yet on the hub */
  pending: number;
  /** the background sync (the app and web mode); absent where nothing syncs in the background */
  sync?: SyncStatus;
}

/** what the editor's status area shows: 'signed-out' shows nothing */
export type SyncPhase = 'synced' | 'syncing' | 'offline' | 'conflict' | 'error' | 'signed-out';

/** a story whose local text was kept as a conflicting copy by a background round */
export interface NewsroomConflict {
  id: string;
  headline: string;
  keptAs: string;
  revisionId: number;
  message: string;
  /** who made the newsroom's version that is now current */
  currentBy: string;
  /** the signed-in user whose text was kept, and when */
  user: string;
  at: string;
}

/**
 * A change the hub refused in a sync round that is no story text (a story's text is kept as a
 * conflict copy instead): a decision on a warning, a verified fact, a comment. It stays on this
 * workstation only; the user is told until they acknowledge it.
 */
export const SyncRefusalSchema = z.object({
  kind: z.enum(['decision', 'fact', 'comment']),
  id: z.string(),
  /** the story it belongs to (null for a fact of the desk's base) */
  storyId: z.string().nullable(),
  /** the hub's reason, as it gave it */
  message: z.string(),
  at: z.string(),
});
export type SyncRefusal = z.infer<typeof SyncRefusalSchema>;

export interface SyncStatus {
  phase: SyncPhase;
  lastSyncAt: string | null;
  /** the last round that brought something down or kept a conflicting copy: screens reload on it */
  changedAt: string | null;
  /** the last round that brought comment messages down: the open story's comments panel reloads on it */
  commentsChangedAt: string | null;
  error: string | null;
  conflicts: NewsroomConflict[];
  /** refused changes since the user last acknowledged them ('newsroom.dismissRefusals') */
  refused: SyncRefusal[];
}

/**
 * The editor's edit lease, as the workstation sees it: 'mine' (held, heartbeat it), 'held' (by
 * `lock.holder`: open read-only), 'readonly' (the role may not edit it: a reporter on a
 * colleague's story, owned by `owner`), 'local' (not signed in, or the hub does not have the
 * story yet: edit as on one machine), 'offline' (hub unreachable: edit, it is sorted out at the sync).
 */
export interface EditLease {
  state: 'mine' | 'held' | 'readonly' | 'local' | 'offline';
  lock: HubLock | null;
  owner?: string;
  message?: string;
}

/** a newsroom story's owner and hub status, for the desk's list */
export interface NewsroomStoryInfo {
  id: string;
  owner: string;
  status: Status;
}

export interface NewsroomDesk {
  me: string | null;
  role: HubRole | null;
  stories: NewsroomStoryInfo[];
}
