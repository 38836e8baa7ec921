/**
 * Archive duplicates for the editor and the pre-publish check, on top of the SQLite index
 * (main/store/archive-index.ts).
 *
 * Three things keep this from slowing the app:
 * - Saves only mark a story dirty; the index catches up just before a query, and the story being
 *   edited stays dirty (it is never compared with itself), so typing in a 10,000-word story does
 *   not re-index it on every debounced save.
 * - Answers are cached per paragraph text until the archive changes: the editor re-asks about
 *   every paragraph after each pause in typing.
 * - New paragraphs are matched on worker threads when the app configured them
 *   (main/store/archive-pool.ts), so the main thread stays free; otherwise, or if the workers
 *   fail, in-thread in chunks that yield to the event loop, so a 1 MB paste does not hold
 *   autosave behind one long query.
 */
import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { Finding, UiLanguage } from '../../shared/model/finding.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { ArchiveQueryOptions } from '../store/archive-index.js';
import { archiveFindings, type ArchiveMatch } from '../../shared/analysis/archive-findings.js';
import { learnedFurniture, learnedLineKey } from '../../shared/analysis/learned-furniture.js';
import { normalizeFurnitureLine } from '../../shared/analysis/desk-furniture.js';
import { furnitureOfCached } from '../../shared/analysis/furniture.js';
import { ArchivePool } from '../store/archive-pool.js';
import { catchUpArchive as runArchiveCatchUp, type CatchUpProgress } from '../store/archive-catch-up.js';
import { ARCHIVE_BACKGROUND_FROM, type ArchiveStatus } from '../../shared/model/archive-status.js';
import type { ServiceContext } from './context.js';
import { errorMessage } from '../../shared/api/errors.js';

/** connections whose index was synced with the drafts table once (a restored backup is a new connection) */
const synced = new WeakSet<object>();

const CHUNK = 200;
const MAX_CACHED = 50_000;

interface MatchCache {
  db: object;
  /** (excluded story, paragraph text) -> that paragraph's matches, stored at paragraph 0 */
  byText: Map<string, ArchiveMatch[]>;
  /** the newest history row when the answers were cached */
  historyMark: number | null;
  newestHistory: () => number | null;
}
const caches = new WeakMap<ServiceContext, MatchCache>();

function cacheFor(ctx: ServiceContext): MatchCache {
  let c = caches.get(ctx);
  if (!c || c.db !== ctx.store.db) {
    const stmt = ctx.store.db.prepare('SELECT max(id) FROM history').pluck();
    c = { db: ctx.store.db, byText: new Map(), historyMark: null, newestHistory: () => stmt.get() as number | null };
    caches.set(ctx, c);
  }
  // Which stories came before which (archive-order.ts) and the status a match shows change with
  // workflow steps, which the archive's own change marks do not see; every step is a history row.
  const mark = c.newestHistory();
  if (mark !== c.historyMark) {
    c.byText.clear();
    c.historyMark = mark;
  }
  return c;
}

/**
 * A first catch-up with more stories pending than this runs in the background (worker threads,
 * progress in 'archive.status') instead of holding the query: after an import of a back
 * catalogue or an upgrade of the index it is minutes of work.
 */
const BACKGROUND_FROM = ARCHIVE_BACKGROUND_FROM;

interface CatchUpState {
  running: Promise<void> | null;
  controller: AbortController | null;
  progress: CatchUpProgress | null;
  /** stopped by 'archive.stop': not restarted by queries until 'archive.catchUp' */
  stopped: boolean;
  error: string | null;
}
const catchUps = new WeakMap<ServiceContext, CatchUpState>();

function catchUpState(ctx: ServiceContext): CatchUpState {
  let s = catchUps.get(ctx);
  if (!s) catchUps.set(ctx, (s = { running: null, controller: null, progress: null, stopped: false, error: null }));
  return s;
}

/** Starts the background catch-up unless it runs; resolves when this run ends. */
export function startArchiveCatchUp(ctx: ServiceContext): Promise<void> {
  const s = catchUpState(ctx);
  s.stopped = false;
  if (s.running) return s.running;
  const db = ctx.store.db;
  const controller = new AbortController();
  s.controller = controller;
  s.error = null;
  // the bar has its total before the first chunk is prepared
  s.progress = { done: 0, total: ctx.store.archive.pendingCount(), indexed: 0, removed: 0, elapsedMs: 0, etaMs: null };
  s.running = runArchiveCatchUp(db, ctx.store.file, ctx.store.archive, {
    ...(ctx.archiveWorkers ? { workers: ctx.archiveWorkers } : {}),
    // smaller transactions than the CLI's: each one holds this thread, and saves wait behind it
    writeBatch: 1_000,
    signal: controller.signal,
    onProgress: (p) => (s.progress = p),
  })
    .then((r) => {
      s.progress = r;
      if (r.stopped) s.stopped = true;
      else if (ctx.store.db === db) synced.add(db);
    })
    .catch((e: unknown) => {
      // the next query tries again; the stories stay pending
      s.error = errorMessage(e);
      console.error(`archive catch-up failed: ${s.error}`);
    })
    .finally(() => {
      s.running = null;
      s.controller = null;
    });
  return s.running;
}

/**
 * The catch-up the app starts a moment after launch (stories imported or changed while it was
 * closed). Unlike 'archive.catchUp' it leaves a pause alone: a query may have started the
 * catch-up before this moment, and the user may already have paused it.
 */
export function startArchiveCatchUpAtLaunch(ctx: ServiceContext): void {
  const s = catchUpState(ctx);
  if (s.running || s.stopped) return;
  void startArchiveCatchUp(ctx);
}

/** Stops a running catch-up once the stories in flight are written. */
export async function stopArchiveCatchUp(ctx: ServiceContext): Promise<void> {
  const s = catchUpState(ctx);
  if (!s.running) return;
  s.stopped = true;
  s.controller?.abort();
  await s.running;
}

export function archiveStatus(ctx: ServiceContext): ArchiveStatus {
  const s = catchUpState(ctx);
  const p = s.progress;
  const pending = ctx.store.archive.pendingCount();
  // a pause that arrived with the last stories in flight paused nothing: no "0 stories wait" bar
  const state = s.running ? 'catching-up' : s.stopped && pending > 0 ? 'stopped' : 'idle';
  return { state, done: p?.done ?? 0, total: p?.total ?? 0, etaMs: s.running ? (p?.etaMs ?? null) : null, pending };
}

/**
 * Indexes what changed since the last query; returns whether the archive changed. While a
 * background catch-up runs (or was stopped) the index is partial: queries answer from it, and
 * the caller does not cache those answers (see archiveFindingsFor).
 */
export function catchUpArchive(ctx: ServiceContext, except?: string): boolean {
  const { store } = ctx;
  if (!synced.has(store.db)) {
    const s = catchUpState(ctx);
    if (s.running || s.stopped) return false;
    if (store.archive.pendingCount() > BACKGROUND_FROM) {
      void startArchiveCatchUp(ctx);
      return false;
    }
    // first query on this connection: index whatever changed while we were not running
    const r = store.archive.syncDrafts();
    synced.add(store.db);
    ctx.archiveDirty.clear();
    return r.indexed + r.removed > 0;
  }
  let changed = false;
  for (const id of [...ctx.archiveDirty]) {
    if (id === except) continue;
    ctx.archiveDirty.delete(id);
    const d = store.drafts.get(id);
    if (!d || d.trashedAt) store.archive.removeStory(id);
    else store.archive.indexStory(id, d.headline, paragraphsOf(d.body), d.updatedAt);
    changed = true;
  }
  return changed;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface PoolEntry {
  db: object;
  pool: ArchivePool | null;
}
const pools = new WeakMap<ServiceContext, PoolEntry>();

/** The worker pool for this connection (a restored backup is a new file: new workers), or null. */
function poolFor(ctx: ServiceContext): PoolEntry | null {
  if (!ctx.archiveWorkers) return null;
  let e = pools.get(ctx);
  if (e && e.db !== ctx.store.db) {
    void e.pool?.close();
    e = undefined;
  }
  if (!e) {
    e = { db: ctx.store.db, pool: new ArchivePool(ctx.store.file, ctx.archiveWorkers) };
    pools.set(ctx, e);
  }
  return e;
}

/** Stops the catch-up and the workers (before the store's files are replaced: they hold the old file open). */
export async function closeArchivePool(ctx: ServiceContext): Promise<void> {
  await stopArchiveCatchUp(ctx);
  catchUpState(ctx).stopped = false;
  const e = pools.get(ctx);
  pools.delete(ctx);
  await e?.pool?.close();
}

async function matchInThread(ctx: ServiceContext, texts: string[], opts: ArchiveQueryOptions): Promise<ArchiveMatch[]> {
  const out: ArchiveMatch[] = [];
  for (let at = 0; at < texts.length; at += CHUNK) {
    if (at > 0) await yieldToEventLoop();
    for (const m of ctx.store.archive.matches(texts.slice(at, at + CHUNK), opts)) out.push({ ...m, paragraph: m.paragraph + at });
  }
  return out;
}

async function matchAll(ctx: ServiceContext, texts: string[], opts: ArchiveQueryOptions): Promise<ArchiveMatch[]> {
  const entry = poolFor(ctx);
  if (entry?.pool) {
    try {
      return await entry.pool.matches(texts, opts);
    } catch (e) {
      // a worker that cannot open the store or died: answer in-thread from now on
      console.error(`archive workers failed, querying in-thread: ${errorMessage(e)}`);
      void entry.pool.close();
      entry.pool = null;
    }
  }
  return matchInThread(ctx, texts, opts);
}

export interface ArchiveCheckOptions {
  /** the story the paragraphs are (never reported against itself) */
  draftId?: string;
  /** the messages' language; default the desk's setting */
  uiLanguage?: UiLanguage;
}

export async function archiveFindingsFor(ctx: ServiceContext, paragraphs: readonly string[], opts: ArchiveCheckOptions = {}): Promise<Finding[]> {
  const { draftId } = opts;
  const cache = cacheFor(ctx);
  // a read-only store (the CLI beside the running app) is queried as it stands
  if (!ctx.readOnly && catchUpArchive(ctx, draftId)) cache.byText.clear();
  const prefix = `${draftId ?? ''}\u0000`;
  const missing: number[] = [];
  const fresh = new Map<string, ArchiveMatch[]>();
  paragraphs.forEach((p, i) => {
    if (!cache.byText.has(prefix + p)) missing.push(i);
  });
  if (missing.length > 0) {
    const texts = missing.map((i) => paragraphs[i]!);
    const found = await matchAll(ctx, texts, draftId ? { excludeId: draftId } : {});
    const per = texts.map(() => [] as ArchiveMatch[]);
    for (const m of found) per[m.paragraph]!.push({ ...m, paragraph: 0 });
    if (cache.byText.size + texts.length > MAX_CACHED) cache.byText.clear();
    texts.forEach((t, k) => fresh.set(prefix + t, per[k]!));
    // answers from a partial index (a catch-up running or stopped) are not kept
    if (synced.has(ctx.store.db)) for (const [k, v] of fresh) cache.byText.set(k, v);
  }
  const all: ArchiveMatch[] = [];
  paragraphs.forEach((p, i) => {
    for (const m of fresh.get(prefix + p) ?? cache.byText.get(prefix + p) ?? []) all.push({ ...m, paragraph: i });
  });
  const settings = ctx.store.settings.all();
  const uiLanguage = opts.uiLanguage ?? settings.uiLanguage;
  return [...archiveFindings(paragraphs, all, uiLanguage), ...learnedFurnitureFor(ctx, paragraphs, settings.deskFurniture, { uiLanguage, ...(draftId ? { draftId } : {}) })];
}

/**
 * Learned boilerplate: the story's short lines that stand word for word in many archive
 * stories. A line the shape rules or the desk's list already call furniture is left to them
 * (one warning per line). Counted in this thread: one indexed count per short line.
 */
function learnedFurnitureFor(ctx: ServiceContext, paragraphs: readonly string[], deskLines: readonly string[], opts: { uiLanguage: UiLanguage; draftId?: string }): Finding[] {
  const desk = new Set(deskLines.map(normalizeFurnitureLine));
  const skip = new Set<number>();
  const keys: string[] = [];
  paragraphs.forEach((p, i) => {
    const key = learnedLineKey(p);
    if (!key) return;
    if (furnitureOfCached(p) || desk.has(key)) skip.add(i);
    else keys.push(key);
  });
  if (keys.length === 0) return [];
  let counts: Map<string, number>;
  try {
    counts = ctx.store.archive.storiesWithLines(keys, opts.draftId);
  } catch (e) {
    // an older store opened read-only (never migrated) has no short-line table: nothing learned
    if (ctx.readOnly) return [];
    throw e;
  }
  return learnedFurniture(paragraphs, (k) => counts.get(k) ?? 0, { uiLanguage: opts.uiLanguage, skip });
}

export function archiveServices(ctx: ServiceContext) {
  return {
    'findings.archive': (i: ParsedInputOf<'findings.archive'>) => archiveFindingsFor(ctx, i.paragraphs, { draftId: i.draftId }),
    'archive.status': () => Promise.resolve(archiveStatus(ctx)),
    'archive.catchUp': () => {
      void startArchiveCatchUp(ctx);
      return Promise.resolve(archiveStatus(ctx));
    },
    'archive.stop': async () => {
      await stopArchiveCatchUp(ctx);
      return archiveStatus(ctx);
    },
  };
}
