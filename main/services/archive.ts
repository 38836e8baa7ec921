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
import { ArchivePool } from '../store/archive-pool.js';
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
}
const caches = new WeakMap<ServiceContext, MatchCache>();

function cacheFor(ctx: ServiceContext): MatchCache {
  let c = caches.get(ctx);
  if (!c || c.db !== ctx.store.db) {
    c = { db: ctx.store.db, byText: new Map() };
    caches.set(ctx, c);
  }
  return c;
}

/** Indexes what changed since the last query; returns whether the archive changed. */
export function catchUpArchive(ctx: ServiceContext, except?: string): boolean {
  const { store } = ctx;
  if (!synced.has(store.db)) {
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

/** Stops the workers (before the store's files are replaced: they hold the old file open). */
export async function closeArchivePool(ctx: ServiceContext): Promise<void> {
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
  paragraphs.forEach((p, i) => {
    if (!cache.byText.has(prefix + p)) missing.push(i);
  });
  if (missing.length > 0) {
    const texts = missing.map((i) => paragraphs[i]!);
    const found = await matchAll(ctx, texts, draftId ? { excludeId: draftId } : {});
    const per = texts.map(() => [] as ArchiveMatch[]);
    for (const m of found) per[m.paragraph]!.push({ ...m, paragraph: 0 });
    if (cache.byText.size + texts.length > MAX_CACHED) cache.byText.clear();
    texts.forEach((t, k) => cache.byText.set(prefix + t, per[k]!));
  }
  const all: ArchiveMatch[] = [];
  paragraphs.forEach((p, i) => {
    for (const m of cache.byText.get(prefix + p) ?? []) all.push({ ...m, paragraph: i });
  });
  return archiveFindings(paragraphs, all, opts.uiLanguage ?? ctx.store.settings.all().uiLanguage);
}

export function archiveServices(ctx: ServiceContext) {
  return {
    'findings.archive': (i: ParsedInputOf<'findings.archive'>) => archiveFindingsFor(ctx, i.paragraphs, { draftId: i.draftId }),
  };
}
