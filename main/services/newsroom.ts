/**
 * The newsroom hub as contract calls (Settings -> Newsroom, the sync indicator, the desk's
 * owners, the editor's lease), and the workflow step that goes through the hub while signed in.
 * Same code as `redaksi login`/`sync`; the background rounds are `newsroom/scheduler.ts`.
 */
import type { ParsedInputOf, Services } from '../../shared/api/contract.js';
import { SyncRefusalSchema, type EditLease, type HubLock, type NewsroomDesk, type NewsroomState, type SyncRefusal } from '../../shared/api/hub-contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { ROLES, type Role, type Settings } from '../../shared/model/draft.js';
import { createHubClient, isOffline } from '../newsroom/hub-client.js';
import { readSession, removeSession, writeSession, type NewsroomSession, type TokenSealer } from '../newsroom/session-file.js';
import { startSyncScheduler, type SyncScheduler } from '../newsroom/scheduler.js';
import { setStatusThroughHub, syncOnce } from '../newsroom/sync.js';
import type { ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';
import { setStatus } from './drafts.js';

export interface NewsroomOptions {
  /** the desktop app seals the token with safeStorage; without it the token is in the 0600 file */
  sealer?: TokenSealer;
  /** sync in the background (the app and web mode; not the CLI, not tests unless they ask) */
  background?: { intervalMs?: number; maxBackoffMs?: number };
}

const session = (ctx: ServiceContext, opts: NewsroomOptions): NewsroomSession | null => readSession(ctx.store.dir, opts.sealer);

function stateOf(ctx: ServiceContext, opts: NewsroomOptions, scheduler?: SyncScheduler): NewsroomState {
  const s = session(ctx, opts);
  return { signedIn: !!s, hubUrl: s?.hubUrl ?? null, user: s?.user ?? null, role: s?.role ?? null, pending: ctx.store.hubSync.pendingCount(), ...(scheduler ? { sync: scheduler.status() } : {}) };
}

function signedIn(ctx: ServiceContext, opts: NewsroomOptions): NewsroomSession {
  const s = session(ctx, opts);
  if (!s) throw new ApiError('unauthorized', 'Not signed in to a newsroom hub.');
  return s;
}

export async function newsroomLogin(ctx: ServiceContext, url: string, user: string, password: string, opts: NewsroomOptions = {}): Promise<NewsroomState> {
  const hub = createHubClient(url);
  const answer = await hub.call('session.login', { name: user, password });
  writeSession(ctx.store.dir, { hubUrl: hub.url, token: answer.token, user: answer.user.name, role: answer.user.role, expiresAt: answer.expiresAt }, opts.sealer);
  // this workstation now acts as the hub's user: local history and revisions carry their name
  const role = localRole(answer.user.role);
  ctx.store.settings.patch({ userName: answer.user.name, ...(role ? { role } : {}) });
  return stateOf(ctx, opts);
}

export async function newsroomLogout(ctx: ServiceContext, opts: NewsroomOptions = {}): Promise<NewsroomState> {
  let s: NewsroomSession | null = null;
  try {
    s = session(ctx, opts);
  } catch {
    // a damaged file or a token the keyring cannot open: signing out still removes it
  }
  if (s) {
    // the hub forgets the token too; offline, the local copy still goes
    await createHubClient(s.hubUrl, s.token)
      .call('session.logout', {})
      .catch(() => undefined);
  }
  removeSession(ctx.store.dir);
  return stateOf(ctx, opts);
}

/**
 * A workflow step: through the hub when signed in (refused there, nothing changes here). With
 * the hub unreachable the step is taken locally and asked of the hub at the next sync, which
 * puts the hub's status back if it refuses: offline work goes on.
 */
async function setStatusAnywhere(ctx: ServiceContext, opts: NewsroomOptions, input: ParsedInputOf<'drafts.setStatus'>) {
  const s = session(ctx, opts);
  if (!s) return setStatus(ctx, input);
  try {
    await setStatusThroughHub(ctx, createHubClient(s.hubUrl, s.token), s.user, input.id, input.status, input.note);
    return mustGet(ctx, input.id);
  } catch (e) {
    if (isOffline(e)) return setStatus(ctx, input);
    throw e;
  }
}

const LOCAL: EditLease = { state: 'local', lock: null };

/** what a lease call's refusal means for the editor */
function leaseFromError(ctx: ServiceContext, id: string, e: unknown): EditLease | null {
  if (isOffline(e)) return { state: 'offline', lock: null };
  // the role may not edit this story (a reporter on a colleague's): read it, take no lease
  if (e instanceof ApiError && e.code === 'forbidden') return { state: 'readonly', lock: null, owner: ctx.store.hubSync.link(id)?.owner ?? '', message: e.message };
  if (e instanceof ApiError && e.code === 'conflict' && e.detail?.lock) return { state: 'held', lock: e.detail.lock as HubLock, message: e.message };
  // the hub does not have the story yet (never synced): it is this workstation's alone for now
  if (e instanceof ApiError && e.code === 'not-found') return LOCAL;
  return null;
}

async function acquireLease(ctx: ServiceContext, opts: NewsroomOptions, id: string, takeOver: boolean, scheduler?: SyncScheduler): Promise<EditLease> {
  const s = session(ctx, opts);
  if (!s || !ctx.store.hubSync.link(id)) return LOCAL;
  try {
    const lock = await createHubClient(s.hubUrl, s.token).call('locks.acquire', { id, takeOver });
    // taken over: the previous holder may have pushed since our last round, so bring the text up to date first
    if (takeOver) await (scheduler ? scheduler.runNow() : syncOnce(ctx, createHubClient(s.hubUrl, s.token), s.user)).catch(() => undefined);
    return { state: 'mine', lock };
  } catch (e) {
    const lease = leaseFromError(ctx, id, e);
    if (lease) return lease;
    throw e;
  }
}

async function heartbeatLease(ctx: ServiceContext, opts: NewsroomOptions, id: string): Promise<EditLease> {
  const s = session(ctx, opts);
  if (!s || !ctx.store.hubSync.link(id)) return LOCAL;
  try {
    return { state: 'mine', lock: await createHubClient(s.hubUrl, s.token).call('locks.heartbeat', { id }) };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'conflict' && !e.detail?.lock) return acquireLease(ctx, opts, id, false); // expired, or never held: nobody else has it
    const lease = leaseFromError(ctx, id, e);
    if (lease) return lease;
    throw e;
  }
}

async function releaseLease(ctx: ServiceContext, opts: NewsroomOptions, id: string): Promise<{ released: boolean }> {
  const s = session(ctx, opts);
  if (!s || !ctx.store.hubSync.link(id)) return { released: false };
  // offline, the lease simply expires on the hub two minutes after the last heartbeat
  return createHubClient(s.hubUrl, s.token)
    .call('locks.release', { id })
    .catch(() => ({ released: false }));
}

/**
 * The leases this workstation holds, so that closing its window or quitting releases them at
 * once: a colleague can edit right away instead of waiting two minutes for the hub to expire them.
 */
function leaseKeeper(ctx: ServiceContext, opts: NewsroomOptions) {
  const held = new Set<string>();
  const noted = (id: string, lease: EditLease): EditLease => {
    if (lease.state === 'mine') held.add(id);
    else held.delete(id);
    return lease;
  };
  return {
    acquire: async (id: string, takeOver: boolean, scheduler?: SyncScheduler) => noted(id, await acquireLease(ctx, opts, id, takeOver, scheduler)),
    heartbeat: async (id: string) => noted(id, await heartbeatLease(ctx, opts, id)),
    release: (id: string) => {
      held.delete(id);
      return releaseLease(ctx, opts, id);
    },
    releaseAll: async () => {
      const ids = [...held];
      held.clear();
      const answers = await Promise.all(ids.map((id) => releaseLease(ctx, opts, id)));
      return { released: answers.filter((a) => a.released).length };
    },
  };
}

function deskOf(ctx: ServiceContext, opts: NewsroomOptions, ids: readonly string[]): NewsroomDesk {
  const s = session(ctx, opts);
  return { me: s?.user ?? null, role: s?.role ?? null, stories: ctx.store.hubSync.owners(ids) };
}

/** the desk's list; "mine" and "waiting for me" filtered by the store for the signed-in user (every story, not a loaded page) */
function listScoped(ctx: ServiceContext, opts: NewsroomOptions, { scope, ...filter }: ParsedInputOf<'drafts.list'>) {
  const s = scope ? session(ctx, opts) : null;
  return ctx.store.drafts.list(scope && s ? { ...filter, newsroom: { scope, me: s.user, role: s.role } } : filter);
}

/** the session, or null when there is none or its file cannot be read (Settings -> Newsroom says why) */
function sessionIfAny(ctx: ServiceContext, opts: NewsroomOptions): NewsroomSession | null {
  try {
    return session(ctx, opts);
  } catch {
    return null;
  }
}

const localRole = (role: string): Role | null => ((ROLES as readonly string[]).includes(role) ? (role as Role) : null);

/**
 * While signed in, this workstation's name and role are the hub user's, whatever the local
 * settings say (a hand-edited database included): a reporter cannot pass for an editor in the
 * app either. (The hub decides on its own anyway; this keeps the workstation honest about it.)
 */
function asHubUser(settings: Settings, s: NewsroomSession | null): Settings {
  if (!s) return settings;
  const role = localRole(s.role);
  return { ...settings, userName: s.user, ...(role ? { role } : {}) };
}

function refuseIdentityChange(s: NewsroomSession | null, patch: ParsedInputOf<'settings.set'>): void {
  if (!s) return;
  const renamed = patch.userName !== undefined && patch.userName !== s.user;
  // an admin has no workstation role: any role set locally would be pretending
  const recast = patch.role !== undefined && patch.role !== localRole(s.role);
  if (renamed || recast) throw new ApiError('forbidden', `While signed in to the newsroom hub, your name and role are the hub's (${s.user}, ${s.role}); an admin changes them on the hub. Sign out to use this workstation on its own.`);
}

const REFUSALS_KEY = 'newsroom.refusals';

/**
 * What the hub refused, kept in the store until the user has read it: a refused change has left
 * the outbox, so after a restart nothing else would say it never reached the newsroom.
 */
function keptRefusals(ctx: ServiceContext): { load(): SyncRefusal[]; save(list: SyncRefusal[]): void } {
  return {
    load() {
      try {
        const parsed = SyncRefusalSchema.array().safeParse(JSON.parse(ctx.store.settings.getRaw(REFUSALS_KEY) ?? '[]'));
        return parsed.success ? parsed.data : [];
      } catch {
        return []; // unreadable: nothing to show rather than no newsroom
      }
    },
    save(list) {
      try {
        ctx.store.settings.putRaw(REFUSALS_KEY, JSON.stringify(list));
      } catch {
        // a store that refuses writes (disk full, read-only): the list stays in memory for this run
      }
    },
  };
}

type SettingsCalls = Pick<Services, 'settings.get' | 'settings.set' | 'settings.deskFurniture.add' | 'settings.deskFurniture.remove' | 'settings.deskSpellings.add' | 'settings.deskSpellings.remove'>;

export function newsroomServices(ctx: ServiceContext, opts: NewsroomOptions, base: Pick<Services, 'drafts.save'> & SettingsCalls) {
  const asSignedIn = async (settings: Settings | Promise<Settings>) => asHubUser(await settings, sessionIfAny(ctx, opts));
  const scheduler = opts.background
    ? startSyncScheduler({
        ...opts.background,
        signedIn: () => !!sessionIfAny(ctx, opts),
        conflicts: () => ctx.store.hubSync.conflicts(),
        keptRefusals: keptRefusals(ctx),
        round: () => {
          const s = signedIn(ctx, opts);
          return syncOnce(ctx, createHubClient(s.hubUrl, s.token), s.user);
        },
      })
    : undefined;
  const leases = leaseKeeper(ctx, opts);
  return {
    'newsroom.state': () => stateOf(ctx, opts, scheduler),
    'newsroom.login': async (i: ParsedInputOf<'newsroom.login'>) => {
      await newsroomLogin(ctx, i.url, i.user, i.password, opts);
      scheduler?.nudge();
      return stateOf(ctx, opts, scheduler);
    },
    'newsroom.logout': async () => {
      await newsroomLogout(ctx, opts);
      return stateOf(ctx, opts, scheduler);
    },
    'newsroom.sync': async () => {
      const s = signedIn(ctx, opts);
      // one round at a time: with the background sync on, this is its round
      return scheduler ? scheduler.runNow() : syncOnce(ctx, createHubClient(s.hubUrl, s.token), s.user);
    },
    'newsroom.dismissConflict': (i: ParsedInputOf<'newsroom.dismissConflict'>) => {
      ctx.store.hubSync.dismissConflict(i.id);
      return stateOf(ctx, opts, scheduler);
    },
    'newsroom.dismissRefusals': () => {
      scheduler?.dismissRefusals();
      return stateOf(ctx, opts, scheduler);
    },
    'newsroom.desk': (i: ParsedInputOf<'newsroom.desk'>) => deskOf(ctx, opts, i.ids),
    'newsroom.lease.acquire': (i: ParsedInputOf<'newsroom.lease.acquire'>) => leases.acquire(i.id, i.takeOver ?? false, scheduler),
    'newsroom.lease.heartbeat': (i: ParsedInputOf<'newsroom.lease.heartbeat'>) => leases.heartbeat(i.id),
    'newsroom.lease.release': (i: ParsedInputOf<'newsroom.lease.release'>) => leases.release(i.id),
    'newsroom.lease.releaseAll': () => leases.releaseAll(),
    'drafts.setStatus': (i: ParsedInputOf<'drafts.setStatus'>) => setStatusAnywhere(ctx, opts, i),
    'drafts.list': (i: ParsedInputOf<'drafts.list'>) => listScoped(ctx, opts, i),
    'settings.get': () => asSignedIn(base['settings.get']({})),
    'settings.set': async (i: ParsedInputOf<'settings.set'>) => {
      refuseIdentityChange(sessionIfAny(ctx, opts), i);
      return asSignedIn(base['settings.set'](i));
    },
    'settings.deskFurniture.add': (i: ParsedInputOf<'settings.deskFurniture.add'>) => asSignedIn(base['settings.deskFurniture.add'](i)),
    'settings.deskFurniture.remove': (i: ParsedInputOf<'settings.deskFurniture.remove'>) => asSignedIn(base['settings.deskFurniture.remove'](i)),
    'settings.deskSpellings.add': (i: ParsedInputOf<'settings.deskSpellings.add'>) => asSignedIn(base['settings.deskSpellings.add'](i)),
    'settings.deskSpellings.remove': (i: ParsedInputOf<'settings.deskSpellings.remove'>) => asSignedIn(base['settings.deskSpellings.remove'](i)),
    'drafts.save': async (i: ParsedInputOf<'drafts.save'>) => {
      const r = await base['drafts.save'](i);
      // a saved change goes up soon, not at the next tick
      scheduler?.nudge();
      return r;
    },
  };
}
