/**
 * The newsroom from the command line (issue 13):
 *   redaksi login URL --user NAME --password-file F   sign in to a hub; the token goes into a 0600 file in the data folder
 *   redaksi logout
 *   redaksi sync [--json]                             one round: push local changes, pull the others'
 *   redaksi status ID --to submitted|in_review|approved|draft [--note T]
 *                                                     a workflow step; through the hub when signed in
 */
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors.js';
import type { Status } from '../../shared/model/draft.js';
import { dataDirFromArgs } from '../app/paths.js';
import { acquireDataDirLock } from '../app/lock.js';
import { openStore } from '../store/index.js';
import { createContext, createServices } from '../services/index.js';
import type { ServiceContext } from '../services/context.js';
import { createHubClient } from '../newsroom/hub-client.js';
import { readSession, type NewsroomSession } from '../newsroom/session-file.js';
import { newsroomLogin, newsroomLogout } from '../services/newsroom.js';
import { setStatusThroughHub, syncOnce, type SyncReport } from '../newsroom/sync.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

async function withContext<T>(argv: string[], fn: (ctx: ServiceContext, dir: string) => Promise<T>): Promise<T> {
  const dir = dataDirFromArgs(argv);
  fs.mkdirSync(dir, { recursive: true });
  const lock = acquireDataDirLock(dir, 'command line');
  const store = openStore(dir, { damageCheck: 'recent' });
  try {
    return await fn(createContext(store), dir);
  } finally {
    store.close();
    lock.release();
  }
}

function signedIn(dir: string): NewsroomSession {
  const session = readSession(dir);
  if (!session) throw new UsageError('not signed in to a newsroom hub: run `redaksi login URL --user NAME --password-file F` first');
  return session;
}

export async function runLogin(argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv);
  const url = positionals[0];
  const user = flags.get('user');
  const passwordFile = flags.get('password-file');
  if (!url || typeof user !== 'string' || typeof passwordFile !== 'string') throw new UsageError('usage: redaksi login URL --user NAME --password-file FILE');
  const password = fs.readFileSync(passwordFile, 'utf8').split(/\r?\n/)[0] ?? '';
  return withContext(argv, async (ctx) => {
    const state = await newsroomLogin(ctx, url, user, password);
    io.stdout(`Signed in to ${state.hubUrl} as ${state.user} (${state.role}).\n`);
    return EXIT.ok;
  });
}

export async function runLogout(argv: string[], io: CliIo): Promise<number> {
  return withContext(argv, async (ctx, dir) => {
    // a session the CLI cannot open (the desktop app's sealed token) is still signed out of
    const hubUrl = (() => {
      try {
        return readSession(dir)?.hubUrl;
      } catch {
        return 'the newsroom hub';
      }
    })();
    await newsroomLogout(ctx);
    io.stdout(hubUrl ? `Signed out of ${hubUrl}.\n` : 'Not signed in.\n');
    return EXIT.ok;
  });
}

function printReport(r: SyncReport, io: CliIo): void {
  for (const s of r.up) io.stdout(`up    ${s.id}  v${s.version}  ${s.headline}\n`);
  for (const s of r.down) io.stdout(`down  ${s.id}  ${s.status.padEnd(9)} ${s.owner}  ${s.headline}\n`);
  for (const c of r.conflicts) io.stdout(`conflict ${c.id}: your text is kept as revision ${c.revisionId} "${c.keptAs}"; the hub's newer version is current (${c.message})\n`);
  for (const s of r.statusRefused) io.stdout(`refused ${s.id}: status "${s.wanted}" not accepted by the hub, it stays "${s.kept}": ${s.message}\n`);
  for (const c of r.comments?.refused ?? []) io.stdout(`refused comment ${c.id} on ${c.storyId}: put back as the hub has it: ${c.message}\n`);
  io.stdout(`Synced with ${r.hub} as ${r.user}: ${r.up.length} up, ${r.down.length} down, ${r.conflicts.length} conflicts.\n`);
  if (r.comments && r.comments.up + r.comments.down > 0) io.stdout(`Comments: ${r.comments.up} up, ${r.comments.down} down.\n`);
  for (const [what, part] of [['decision', r.decisions], ['fact', r.facts]] as const) {
    for (const x of part?.refused ?? []) io.stdout(`refused ${what} ${x.id}: kept on this workstation only: ${x.message}\n`);
    if (part && part.up + part.down > 0) io.stdout(`${what === 'decision' ? 'Decisions' : 'Facts'}: ${part.up} up, ${part.down} down.\n`);
  }
}

export async function runSync(argv: string[], io: CliIo): Promise<number> {
  const { flags } = parseArgs(argv, ['json']);
  return withContext(argv, async (ctx, dir) => {
    const session = signedIn(dir);
    const report = await syncOnce(ctx, createHubClient(session.hubUrl, session.token), session.user);
    if (flags.has('json')) io.stdout(JSON.stringify(report) + '\n');
    else printReport(report, io);
    return EXIT.ok;
  });
}

const STATUS_NAMES: Record<string, Status> = { draft: 'draft', submitted: 'submitted', in_review: 'in-review', 'in-review': 'in-review', approved: 'approved' };

export async function runStatus(argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv);
  const id = positionals[0];
  const to = STATUS_NAMES[String(flags.get('to'))];
  const note = typeof flags.get('note') === 'string' ? (flags.get('note') as string) : undefined;
  if (!id || !to) throw new UsageError('usage: redaksi status ID --to submitted|in_review|approved|draft [--note TEXT]');
  return withContext(argv, async (ctx, dir) => {
    const session = readSession(dir);
    if (!session) {
      // one machine, no hub: the local workflow as before
      const d = await createServices(ctx.store)['drafts.setStatus']({ id, status: to, ...(note ? { note } : {}) });
      io.stdout(`${d.id} is now ${d.status}.\n`);
      return EXIT.ok;
    }
    try {
      const { story } = await setStatusThroughHub(ctx, createHubClient(session.hubUrl, session.token), session.user, id, to, note);
      io.stdout(`${story.id} is now ${story.status} (on ${session.hubUrl}).\n`);
      return EXIT.ok;
    } catch (e) {
      if (e instanceof ApiError) throw new ApiError(e.code, `the hub refused: ${e.message}`, e.detail ? { detail: e.detail } : {});
      throw e;
    }
  });
}
