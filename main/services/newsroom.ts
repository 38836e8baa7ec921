/**
 * The newsroom hub as contract calls (Settings -> Newsroom, the sync indicator), and the
 * workflow step that goes through the hub while signed in. Same code as `redaksi login`/`sync`.
 */
import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { NewsroomState } from '../../shared/api/hub-contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { ROLES, type Role } from '../../shared/model/draft.js';
import { createHubClient, isOffline } from '../newsroom/hub-client.js';
import { readSession, removeSession, writeSession } from '../newsroom/session-file.js';
import { setStatusThroughHub, syncOnce } from '../newsroom/sync.js';
import type { ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';
import { setStatus } from './drafts.js';

function state(ctx: ServiceContext): NewsroomState {
  const s = readSession(ctx.store.dir);
  return { signedIn: !!s, hubUrl: s?.hubUrl ?? null, user: s?.user ?? null, role: s?.role ?? null, pending: ctx.store.hubSync.pendingCount() };
}

function signedIn(ctx: ServiceContext) {
  const s = readSession(ctx.store.dir);
  if (!s) throw new ApiError('unauthorized', 'Not signed in to a newsroom hub.');
  return s;
}

export async function newsroomLogin(ctx: ServiceContext, url: string, user: string, password: string): Promise<NewsroomState> {
  const hub = createHubClient(url);
  const answer = await hub.call('session.login', { name: user, password });
  writeSession(ctx.store.dir, { hubUrl: hub.url, token: answer.token, user: answer.user.name, role: answer.user.role, expiresAt: answer.expiresAt });
  // this workstation now acts as the hub's user: local history and revisions carry their name
  const role = (ROLES as readonly string[]).includes(answer.user.role) ? { role: answer.user.role as Role } : {};
  ctx.store.settings.patch({ userName: answer.user.name, ...role });
  return state(ctx);
}

export async function newsroomLogout(ctx: ServiceContext): Promise<NewsroomState> {
  const s = readSession(ctx.store.dir);
  if (s) {
    // the hub forgets the token too; offline, the local copy still goes
    await createHubClient(s.hubUrl, s.token)
      .call('session.logout', {})
      .catch(() => undefined);
    removeSession(ctx.store.dir);
  }
  return state(ctx);
}

/**
 * A workflow step: through the hub when signed in (refused there, nothing changes here). With
 * the hub unreachable the step is taken locally and asked of the hub at the next sync, which
 * puts the hub's status back if it refuses: offline work goes on.
 */
async function setStatusAnywhere(ctx: ServiceContext, input: ParsedInputOf<'drafts.setStatus'>) {
  const s = readSession(ctx.store.dir);
  if (!s) return setStatus(ctx, input);
  try {
    await setStatusThroughHub(ctx, createHubClient(s.hubUrl, s.token), s.user, input.id, input.status, input.note);
    return mustGet(ctx, input.id);
  } catch (e) {
    if (isOffline(e)) return setStatus(ctx, input);
    throw e;
  }
}

export function newsroomServices(ctx: ServiceContext) {
  return {
    'newsroom.state': () => state(ctx),
    'newsroom.login': (i: ParsedInputOf<'newsroom.login'>) => newsroomLogin(ctx, i.url, i.user, i.password),
    'newsroom.logout': () => newsroomLogout(ctx),
    'newsroom.sync': async () => {
      const s = signedIn(ctx);
      return syncOnce(ctx, createHubClient(s.hubUrl, s.token), s.user);
    },
    'drafts.setStatus': (i: ParsedInputOf<'drafts.setStatus'>) => setStatusAnywhere(ctx, i),
  };
}
