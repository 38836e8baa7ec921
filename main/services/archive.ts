/**
 * Archive duplicates for the editor and the pre-publish check, on top of the SQLite index
 * (main/store/archive-index.ts).
 *
 * Two things keep this from slowing the app:
 * - Saves only mark a story dirty; the index catches up just before a query, and the story being
 *   edited stays dirty (it is never compared with itself), so typing in a 10,000-word story does
 *   not re-index it on every debounced save.
 * - Answers are cached per paragraph text until the archive changes, and new paragraphs are
 *   matched in chunks that yield to the event loop: the editor re-asks about every paragraph
 *   after each pause in typing, and a 1 MB paste must not hold autosave behind one long query.
 */
import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { Finding } from '../../shared/model/finding.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import { archiveFindings, type ArchiveMatch } from '../store/archive-index.js';
import type { ServiceContext } from './context.js';

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

export async function archiveFindingsFor(ctx: ServiceContext, paragraphs: readonly string[], draftId?: string): Promise<Finding[]> {
  const cache = cacheFor(ctx);
  if (catchUpArchive(ctx, draftId)) cache.byText.clear();
  const prefix = `${draftId ?? ''}\u0000`;
  const missing: number[] = [];
  paragraphs.forEach((p, i) => {
    if (!cache.byText.has(prefix + p)) missing.push(i);
  });
  for (let at = 0; at < missing.length; at += CHUNK) {
    if (at > 0) await yieldToEventLoop();
    const idx = missing.slice(at, at + CHUNK);
    const texts = idx.map((i) => paragraphs[i]!);
    const found = ctx.store.archive.matches(texts, draftId ? { excludeId: draftId } : {});
    const per = texts.map(() => [] as ArchiveMatch[]);
    for (const m of found) per[m.paragraph]!.push({ ...m, paragraph: 0 });
    if (cache.byText.size + texts.length > MAX_CACHED) cache.byText.clear();
    texts.forEach((t, k) => cache.byText.set(prefix + t, per[k]!));
  }
  const all: ArchiveMatch[] = [];
  paragraphs.forEach((p, i) => {
    for (const m of cache.byText.get(prefix + p) ?? []) all.push({ ...m, paragraph: i });
  });
  return archiveFindings(paragraphs, all, ctx.store.settings.all().uiLanguage);
}

export function archiveServices(ctx: ServiceContext) {
  return {
    'findings.archive': (i: ParsedInputOf<'findings.archive'>) => archiveFindingsFor(ctx, i.paragraphs, i.draftId),
  };
}
