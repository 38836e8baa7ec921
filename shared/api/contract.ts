/**
 * THE contract: every call between the renderer and main, in one place.
 *
 * Each entry names its argument schema (zod, validated by every transport) and, through
 * `returns<T>()`, its result type. To add a call: add one entry here and one method to the
 * services object (main/services); the IPC and HTTP transports, the preload bridge and the
 * browser client all follow from this table.
 */
import { z } from 'zod';
import type { Draft, DraftSummary, HistoryEvent, Revision, RevisionSummary, Settings } from '../model/draft.js';
import type { Decision } from '../model/decision.js';
import type { Fact } from '../analysis/facts/base.js';
import type { Finding } from '../model/finding.js';
import type { ArchiveStatus } from '../model/archive-status.js';
import type { ExportRecord } from '../model/export-record.js';
import type { CmsTarget as CmsTargetName } from '../model/export-target.js';
import type { PrePublishResult } from '../export/prepublish.js';
import { QUOTE_MAX, type CommentThread, type MentionedStory } from '../model/comment.js';
import { BACKUP_NAME, type AppStatus, type BackupSummary, type RestoreResult } from '../model/backup.js';
import { DESK_SCOPES } from '../model/newsroom.js';
import { UserName, type EditLease, type NewsroomDesk, type NewsroomState, type SyncReport } from './hub-contract.js';
import { CmsTarget, DeskFurnitureLine, DeskSpelling, DraftMeta, ExportTarget, FactInput, Fingerprint, Headline, Id, Language, LexicalJson, LIMITS, Paragraphs, RuleIdSchema, SettingsPatch, Slug, Status } from './schemas.js';

interface Method<I extends z.ZodType, O> {
  input: I;
  /** phantom: carries the result type only */
  output?: O;
}
function call<I extends z.ZodType>(input: I) {
  return { returns: <O>(): Method<I, O> => ({ input }) };
}

const none = z.object({}).strict();
const byId = z.object({ id: Id }).strict();
/** the names picked from the composer's `@` list */
const Mentions = z.array(UserName).max(50);

export const SaveResult = z.object({ version: z.number(), updatedAt: z.string(), slug: z.string() });
export type SaveResult = z.infer<typeof SaveResult>;
/** a fact as the desk types it (facts.add; facts.update takes a part of it) */
export type FactInput = z.input<typeof FactInput>;

export interface CmsSummary {
  configured: boolean;
  /** where the secret is kept: the OS keychain (safe-storage), the environment, or a file the user named */
  source: 'safe-storage' | 'env' | 'file' | 'none';
  writable: boolean;
  url?: string;
  user?: string;
  /**
   * a secret saved here would only be obfuscated, not encrypted with the user's login (Electron's
   * safeStorage "basic_text" backend: Linux without a keyring); cms.configure then wants
   * `acceptWeakProtection: true`
   */
  weakProtection?: boolean;
}

/** What an export produces for the desk: the file (text, or base64 for DOCX) and what was recorded. */
export interface ExportOutcome {
  filename: string;
  mime: string;
  /** text formats */
  text?: string;
  /** binary formats (DOCX) */
  base64?: string;
  /** CMS pushes: the post's id and link */
  remoteId?: string;
  remoteUrl?: string;
  /** the export record, when the export was recorded (not for previews) */
  record?: ExportRecord;
  check: PrePublishResult;
}

export const contract = {
  'drafts.list': call(
    z
      .object({
        status: Status.optional(),
        language: Language.optional(),
        section: z.string().max(200).optional(),
        tag: z.string().max(100).optional(),
        trashed: z.boolean().optional(),
        sort: z.enum(['updated', 'created', 'headline', 'status', 'words']).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
        offset: z.number().int().min(0).optional(),
        /** the newsroom's "mine" / "waiting for me" for the signed-in user; not signed in to a hub, every story */
        scope: z.enum(DESK_SCOPES).optional(),
      })
      .strict(),
  ).returns<DraftSummary[]>(),
  'drafts.search': call(z.object({ query: z.string().min(1).max(LIMITS.query), limit: z.number().int().min(1).max(500).optional() }).strict()).returns<DraftSummary[]>(),
  'drafts.get': call(byId).returns<Draft>(),
  'drafts.create': call(
    z
      .object({ headline: Headline.optional(), body: LexicalJson.optional(), language: Language.optional(), meta: DraftMeta.optional() })
      .strict(),
  ).returns<Draft>(),
  'drafts.save': call(
    z
      .object({
        id: Id,
        /** the version the editor started from; a stale one is refused with code "conflict" */
        baseVersion: z.number().int().min(0).optional(),
        headline: Headline.optional(),
        slug: Slug.optional(),
        body: LexicalJson.optional(),
        language: Language.optional(),
        meta: DraftMeta.optional(),
      })
      .strict(),
  ).returns<SaveResult>(),
  'drafts.rename': call(z.object({ id: Id, headline: Headline }).strict()).returns<SaveResult>(),
  'drafts.trash': call(byId).returns<DraftSummary>(),
  'drafts.restore': call(byId).returns<DraftSummary>(),
  'drafts.duplicate': call(byId).returns<Draft>(),
  'drafts.setStatus': call(z.object({ id: Id, status: Status, note: z.string().max(LIMITS.longText).optional() }).strict()).returns<Draft>(),
  'drafts.history': call(byId).returns<HistoryEvent[]>(),
  'revisions.list': call(z.object({ draftId: Id }).strict()).returns<RevisionSummary[]>(),
  'revisions.get': call(z.object({ id: z.number().int().min(1) }).strict()).returns<Revision>(),
  'revisions.create': call(z.object({ draftId: Id, label: z.string().max(200).optional() }).strict()).returns<RevisionSummary>(),
  'revisions.restore': call(z.object({ id: z.number().int().min(1) }).strict()).returns<Draft>(),
  /** every finding the server computes for a stored story (in-story checks, archive, facts base) */
  'findings.check': call(byId).returns<Finding[]>(),
  /** archive duplicates for the paragraphs being edited (the editor calls this, debounced) */
  'findings.archive': call(z.object({ draftId: Id.optional(), paragraphs: Paragraphs }).strict()).returns<Finding[]>(),
  /** how far the archive index is behind the stories (the app shows a progress bar while it catches up) */
  'archive.status': call(none).returns<ArchiveStatus>(),
  /** start or resume catching the archive up (it also starts by itself on the first archive query) */
  'archive.catchUp': call(none).returns<ArchiveStatus>(),
  /** stop a catch-up once the stories in flight are written; 'archive.catchUp' resumes where it stopped */
  'archive.stop': call(none).returns<ArchiveStatus>(),
  'findings.decisions': call(z.object({ draftId: Id }).strict()).returns<Decision[]>(),
  'findings.dismiss': call(z.object({ draftId: Id, fingerprint: Fingerprint, rule: RuleIdSchema, reason: z.string().trim().min(1, 'a dismissal needs a reason').max(2000) }).strict()).returns<Decision>(),
  'findings.verify': call(z.object({ draftId: Id, fingerprint: Fingerprint, rule: RuleIdSchema, source: z.string().trim().min(1, 'a verification needs a source (URL or note)').max(2000) }).strict()).returns<Decision>(),
  /** undo a dismissal or verification */
  'findings.reopen': call(z.object({ draftId: Id, fingerprint: Fingerprint }).strict()).returns<{ removed: number }>(),
  'facts.list': call(z.object({ includeRetired: z.boolean().optional() }).strict()).returns<Fact[]>(),
  'facts.add': call(FactInput).returns<Fact>(),
  'facts.update': call(z.object({ id: Id, patch: FactInput.partial() }).strict()).returns<Fact>(),
  'facts.retire': call(byId).returns<Fact>(),
  'facts.import': call(z.object({ format: z.enum(['csv', 'json']), text: z.string().max(10 * 1024 * 1024) }).strict()).returns<{ added: number; updated: number; retired: number }>(),
  'facts.export': call(z.object({ format: z.enum(['csv', 'json']) }).strict()).returns<{ text: string }>(),
  /** the pre-publish check alone (the export dialog shows it before anything goes out) */
  'export.check': call(z.object({ id: Id }).strict()).returns<PrePublishResult>(),
  /** render without recording: the dialog's preview */
  'export.preview': call(z.object({ id: Id, target: ExportTarget }).strict()).returns<ExportOutcome>(),
  /** render, record the export, move the story to "exported"; blocked unless the check passes or force is set for warnings */
  'export.run': call(
    z
      .object({
        id: Id,
        target: ExportTarget,
        force: z.boolean().optional(),
        status: z.enum(['draft', 'pending', 'publish', 'published']).optional(),
        /** after a 'conflict' (the post was edited in the CMS since our last push), the desk may overwrite */
        overwriteRemoteChanges: z.boolean().optional(),
      })
      .strict(),
  ).returns<ExportOutcome>(),
  'export.list': call(z.object({ id: Id }).strict()).returns<ExportRecord[]>(),
  /** which CMS sites are configured and where the secret lives (never the secret itself) */
  'cms.describe': call(none).returns<Record<CmsTargetName, CmsSummary>>(),
  'cms.configure': call(
    z.discriminatedUnion('cms', [
      z.object({ cms: z.literal('wordpress'), url: z.url().max(500), user: z.string().min(1).max(200), appPassword: z.string().min(1).max(500), acceptWeakProtection: z.boolean().optional() }).strict(),
      z.object({ cms: z.literal('ghost'), url: z.url().max(500), adminKey: z.string().min(1).max(500), acceptWeakProtection: z.boolean().optional() }).strict(),
    ]),
  ).returns<CmsSummary>(),
  'cms.clear': call(z.object({ cms: CmsTarget }).strict()).returns<CmsSummary>(),
  /** data folder, backups, and the start-up recovery message if the database had to be restored */
  'app.status': call(none).returns<AppStatus>(),
  'backups.list': call(none).returns<BackupSummary[]>(),
  'backups.create': call(none).returns<BackupSummary>(),
  /** replaces the whole store with a backup (a safety copy of the current state is taken first) */
  'backups.restore': call(z.object({ name: z.string().max(100).regex(BACKUP_NAME, 'a backup name from backups.list') }).strict()).returns<RestoreResult>(),
  /** comment threads on a story, oldest first, with their replies */
  'comments.list': call(z.object({ draftId: Id }).strict()).returns<CommentThread[]>(),
  /** a new thread; the id is made by the editor, which puts it on the anchored text as well */
  'comments.add': call(
    z
      .object({
        draftId: Id,
        id: z.uuid(),
        text: z.string().trim().min(1, 'a comment needs text').max(LIMITS.longText),
        quote: z.string().max(QUOTE_MAX),
        mentions: Mentions.optional(),
      })
      .strict(),
  ).returns<CommentThread>(),
  'comments.reply': call(z.object({ threadId: z.uuid(), id: z.uuid().optional(), text: z.string().trim().min(1, 'a reply needs text').max(LIMITS.longText), mentions: Mentions.optional() }).strict()).returns<CommentThread>(),
  'comments.resolve': call(z.object({ threadId: z.uuid(), resolved: z.boolean() }).strict()).returns<CommentThread>(),
  /** a thread (with its replies) or one reply, by its author or an editor; `thread` is what is left (null: the whole thread went) */
  'comments.delete': call(z.object({ id: z.uuid() }).strict()).returns<{ deletedAt: string; thread: CommentThread | null }>(),
  /** undoes one `comments.delete` (its `deletedAt` says which) */
  'comments.restore': call(z.object({ id: z.uuid(), deletedAt: z.iso.datetime() }).strict()).returns<CommentThread>(),
  /** names offered after `@`: the newsroom hub's users when signed in, else those this store has seen */
  'comments.people': call(none).returns<string[]>(),
  /** "waiting for me": stories with open threads mentioning `name` (default: this workstation's user) */
  'comments.waiting': call(z.object({ name: UserName.optional() }).strict()).returns<MentionedStory[]>(),
  /** the newsroom hub (issue 13): sign-in state, sign in/out, one sync round */
  'newsroom.state': call(none).returns<NewsroomState>(),
  'newsroom.login': call(z.object({ url: z.url().max(500), user: UserName, password: z.string().min(1).max(1024) }).strict()).returns<NewsroomState>(),
  'newsroom.logout': call(none).returns<NewsroomState>(),
  'newsroom.sync': call(none).returns<SyncReport>(),
  /** the conflict banner of a story was read */
  'newsroom.dismissConflict': call(byId).returns<NewsroomState>(),
  /** the user has read the changes the hub refused (SyncStatus.refused) */
  'newsroom.dismissRefusals': call(none).returns<NewsroomState>(),
  /** owners and hub statuses of the stories the desk shows, and who is signed in (the desk's filters) */
  'newsroom.desk': call(z.object({ ids: z.array(Id).max(10_000) }).strict()).returns<NewsroomDesk>(),
  /** the editor's edit lease on the hub: take it on opening (or take it over), heartbeat, release on closing */
  'newsroom.lease.acquire': call(z.object({ id: Id, takeOver: z.boolean().optional() }).strict()).returns<EditLease>(),
  'newsroom.lease.heartbeat': call(byId).returns<EditLease>(),
  'newsroom.lease.release': call(byId).returns<{ released: boolean }>(),
  /** every lease this workstation holds, released as its window closes or the app quits (not 2 minutes later) */
  'newsroom.lease.releaseAll': call(none).returns<{ released: number }>(),
  'settings.get': call(none).returns<Settings>(),
  'settings.set': call(SettingsPatch).returns<Settings>(),
  /** one line more or less on the desk's list of website leftovers (read-modify-write in main) */
  'settings.deskFurniture.add': call(z.object({ line: DeskFurnitureLine }).strict()).returns<Settings>(),
  'settings.deskFurniture.remove': call(z.object({ line: DeskFurnitureLine }).strict()).returns<Settings>(),
  'settings.deskSpellings.add': call(z.object({ word: DeskSpelling }).strict()).returns<Settings>(),
  'settings.deskSpellings.remove': call(z.object({ word: DeskSpelling }).strict()).returns<Settings>(),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

/** What the renderer sees: one async function per call. */
export type RedaksiApi = { [M in MethodName]: (input: InputOf<M>) => Promise<OutputOf<M>> };

/** What main implements: the same calls, with validated input, sync or async. */
export type Services = { [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>> };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
