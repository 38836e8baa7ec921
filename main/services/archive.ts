/**
 * Keeps the archive index (main/store/archive-index.ts) current without slowing autosave:
 * a save only marks its story dirty; the index catches up just before an archive query, and
 * the story being edited is left dirty (it is never compared with itself anyway), so typing in
 * a 10,000-word story does not re-index it on every debounced save.
 */
import type { ParsedInputOf } from '../../shared/api/contract.js';
import type { Finding } from '../../shared/model/finding.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { ServiceContext } from './context.js';

/** connections whose index was synced with the drafts table once (a restored backup is a new connection) */
const synced = new WeakSet<object>();

export function catchUpArchive(ctx: ServiceContext, except?: string): void {
  const { store } = ctx;
  if (!synced.has(store.db)) {
    // first query on this connection: index whatever changed while we were not running
    store.archive.syncDrafts();
    synced.add(store.db);
    ctx.archiveDirty.clear();
    return;
  }
  for (const id of [...ctx.archiveDirty]) {
    if (id === except) continue;
    ctx.archiveDirty.delete(id);
    const d = store.drafts.get(id);
    if (!d || d.trashedAt) store.archive.removeStory(id);
    else store.archive.indexStory(id, d.headline, paragraphsOf(d.body), d.updatedAt);
  }
}

export function archiveFindingsFor(ctx: ServiceContext, paragraphs: readonly string[], draftId?: string): Finding[] {
  catchUpArchive(ctx, draftId);
  return ctx.store.archive.query(paragraphs, { ...(draftId ? { excludeId: draftId } : {}), uiLanguage: ctx.store.settings.all().uiLanguage });
}

export function archiveServices(ctx: ServiceContext) {
  return {
    'findings.archive': (i: ParsedInputOf<'findings.archive'>) => archiveFindingsFor(ctx, i.paragraphs, i.draftId),
  };
}
