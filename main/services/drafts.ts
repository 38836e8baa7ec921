import { randomUUID } from 'node:crypto';
import { ApiError, errorMessage } from '../../shared/api/errors.js';
import type { ParsedInputOf, SaveResult } from '../../shared/api/contract.js';
import { countWords, docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';
import { WORKFLOW_NEXT, type Draft, type DraftSummary, type LexicalJson } from '../../shared/model/draft.js';
import { sanitizeDoc } from '../../shared/model/sanitize-doc.js';
import { firstFreeSlug, slugify } from '../../shared/model/slug.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';
import type { PlannedEdit, SaveState } from '../store/drafts-repo.js';
import { WordTally } from './word-tally.js';
import { REVISION_INTERVAL_MS, snapshotRevision } from './revision-snapshot.js';
import { packDocOffThread } from '../store/body-packing.js';

export { mustGet };


function textOf(body: LexicalJson) {
  const clean = sanitizeDoc(body);
  const paragraphs = paragraphsOf(clean);
  return { fields: { body: clean, plainText: paragraphs.join('\n\n'), paragraphCount: paragraphs.length }, paragraphs };
}

export function bodyFields(body: LexicalJson) {
  const { fields } = textOf(body);
  return { ...fields, wordCount: countWords(fields.plainText) };
}

type BodyFields = ReturnType<typeof bodyFields> & { packed?: Buffer; edit?: PlannedEdit };

/**
 * bodyFields and how the save stores the body: as an edit of the body last written whole when
 * the store has that one in memory and the edit is small (main/store/body-edits.ts), else packed,
 * the thread pool compressing the text while this thread counts the words.
 */
async function autosaveFields(ctx: ServiceContext, tally: WordTally, id: string, body: LexicalJson): Promise<BodyFields> {
  const { fields, paragraphs } = textOf(body);
  const edit = ctx.store.drafts.planEdit(id, fields.body);
  if (edit) return { ...fields, wordCount: tally.count(id, paragraphs), edit };
  const packing = packDocOffThread(fields.body, fields.plainText);
  const wordCount = tally.count(id, paragraphs);
  return { ...fields, wordCount, packed: await packing };
}

export function slugFor(ctx: ServiceContext, id: string, headline: string): string {
  const base = slugify(headline);
  return base ? firstFreeSlug(base, ctx.store.drafts.slugsInFamily(base, id)) : '';
}

export function createDraft(ctx: ServiceContext, input: ParsedInputOf<'drafts.create'>, origin: 'created' | 'import' = 'created'): Draft {
  const id = randomUUID();
  const at = isoNow(ctx);
  const settings = ctx.store.settings.all();
  const headline = input.headline ?? '';
  const meta = { ...input.meta };
  if (meta.byline === undefined && settings.userName) meta.byline = settings.userName;
  const fields = bodyFields(input.body ?? docFromParagraphs(['']));
  const language = input.language ?? 'id';
  const draft = ctx.store.tx(() => {
    const slug = slugFor(ctx, id, headline);
    ctx.store.drafts.insert({ id, headline, slug, slugLocked: false, status: 'draft', language, meta, at, ...fields });
    ctx.store.history.add({ draftId: id, at, who: currentUser(ctx), kind: origin === 'import' ? 'import' : 'created' });
    if (origin === 'import') snapshotRevision(ctx, id, { headline, status: 'draft', meta, ...fields }, 'import', '', true);
    // read back once: the row's own defaults and JSON round trip are what callers must see
    return mustGet(ctx, id);
  });
  ctx.archiveDirty.add(id);
  return draft;
}

function withText(state: Omit<SaveState, 'plainText'> | undefined, plainText: string): SaveState | undefined {
  return state && { ...state, plainText };
}

/** One read of the row per save (#17): the version check, the slug lock, the revision and the answer all come from it and the patch. */
export function saveDraft(
  ctx: ServiceContext,
  input: ParsedInputOf<'drafts.save'>,
  // computed from the input alone, before the write transaction starts
  fields: BodyFields | undefined = input.body !== undefined ? bodyFields(input.body) : undefined,
): SaveResult {
  return ctx.store.saveTx(() => {
    // the stored text is read only when the save brings none (a rename, metadata): unpacking it
    // is wasted on a save whose own text replaces it
    const current = fields ? withText(ctx.store.drafts.saveState(input.id, false), fields.plainText) : ctx.store.drafts.saveState(input.id);
    if (!current) throw new ApiError('not-found', `No story with id ${input.id}.`);
    if (input.baseVersion !== undefined && input.baseVersion !== current.version) {
      throw new ApiError('conflict', `This story was changed elsewhere (version ${current.version}, yours was ${input.baseVersion}). Reload it to see the newer text; your text is kept in this window.`, {
        detail: { version: current.version },
      });
    }
    const at = isoNow(ctx);
    const patch: Parameters<typeof ctx.store.drafts.update>[1] = {};
    if (fields) Object.assign(patch, fields);
    // an edit planned on another version of the row (another writer came between): packed whole
    if (patch.edit && patch.edit.version !== current.version) delete patch.edit;
    if (input.language !== undefined) patch.language = input.language;
    if (input.meta !== undefined) patch.meta = input.meta;
    if (input.headline !== undefined) patch.headline = input.headline;
    if (input.slug !== undefined) {
      // an explicit slug pins it; an empty one hands it back to the headline
      patch.slugLocked = input.slug !== '';
      patch.slug = input.slug !== '' ? input.slug : slugFor(ctx, input.id, input.headline ?? current.headline);
      if (input.slug !== '' && ctx.store.drafts.isSlugTaken(input.slug, input.id)) {
        throw new ApiError('conflict', `The slug "${input.slug}" is already used by another story.`);
      }
    } else if (input.headline !== undefined && input.headline !== current.headline && !current.slugLocked) {
      patch.slug = slugFor(ctx, input.id, input.headline);
    }
    const version = ctx.store.drafts.update(input.id, patch, at);
    const after = { ...current, ...patch };
    // Google Docs-style safety net: at least one revision per 10 minutes of editing. Most saves
    // fall inside the interval: they read the newest revision's time only, never its content.
    const lastAt = ctx.store.revisions.latestAt(input.id);
    if (lastAt === undefined || Date.parse(at) - Date.parse(lastAt) >= REVISION_INTERVAL_MS) {
      const last = lastAt === undefined ? undefined : ctx.store.revisions.latest(input.id);
      if (!last || last.plain_text !== after.plainText || last.headline !== after.headline) {
        const body = patch.body ?? ctx.store.drafts.body(input.id);
        if (body) snapshotRevision(ctx, input.id, { ...after, body }, 'interval', '', true);
      }
    }
    if (patch.body !== undefined || patch.headline !== undefined) ctx.archiveDirty.add(input.id);
    return { version, updatedAt: at, slug: after.slug };
    // about what the commit appends to the WAL: the edit and about five pages besides (the row, its
    // indexes on time and word count, the edit's own; 20.6 KB per save measured on the bench), or
    // the body's JSON (about twice its text) and the text
  }, fields ? (fields.edit ? fields.edit.json.length + 5 * 4096 : fields.plainText.length * 3) : 0);
}

export function setStatus(ctx: ServiceContext, input: ParsedInputOf<'drafts.setStatus'>): Draft {
  ctx.store.tx(() => {
    const d = mustGet(ctx, input.id);
    if (input.status === 'exported') {
      throw new ApiError('invalid-argument', 'A story becomes "exported" by exporting it (the export runs the pre-publish check and keeps a record).');
    }
    if (!WORKFLOW_NEXT[d.status].includes(input.status)) {
      throw new ApiError('invalid-argument', `A story cannot move from "${d.status}" to "${input.status}".`);
    }
    if (input.status === 'draft' && d.status !== 'draft' && !input.note?.trim()) {
      throw new ApiError('invalid-argument', 'Sending a story back to draft needs a note saying why.');
    }
    const at = isoNow(ctx);
    ctx.store.drafts.update(d.id, { status: input.status }, at);
    ctx.store.history.add({ draftId: d.id, at, who: currentUser(ctx), kind: 'status', from: d.status, to: input.status, ...(input.note ? { note: input.note } : {}) });
    snapshotRevision(ctx, d.id, { ...d, status: input.status }, 'status', input.status, true);
  });
  return mustGet(ctx, input.id);
}

function setTrashed(ctx: ServiceContext, id: string, trashed: boolean): DraftSummary {
  ctx.store.tx(() => {
    mustGet(ctx, id);
    const at = isoNow(ctx);
    ctx.store.drafts.setTrashed(id, trashed ? at : null);
    ctx.store.history.add({ draftId: id, at, who: currentUser(ctx), kind: trashed ? 'trash' : 'restore-trash' });
  });
  ctx.archiveDirty.add(id);
  return ctx.store.drafts.summary(id)!;
}

/** FTS5 query from what a user types: each word a prefix term, quotes and operators neutralised. */
export function ftsQuery(text: string): string {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

export function draftServices(ctx: ServiceContext) {
  const tally = new WordTally();
  return {
    // the newsroom scopes need the signed-in user: newsroomServices answers them (scope ignored here)
    'drafts.list': ({ scope: _scope, ...filter }: ParsedInputOf<'drafts.list'>) => ctx.store.drafts.list(filter),
    'drafts.search': (i: ParsedInputOf<'drafts.search'>) => {
      const q = ftsQuery(i.query);
      if (!q) return [];
      // saves leave re-indexing to the next search (migration 010); a store that cannot be
      // written (read-only, damaged, disk full) answers from the index as it stands
      if (!ctx.readOnly && !ctx.store.writesBlocked && ctx.store.drafts.searchBehind()) {
        try {
          ctx.store.tx(() => ctx.store.drafts.catchUpSearch());
        } catch (e) {
          console.error(`the search index could not catch up: ${errorMessage(e)}`);
        }
      }
      return ctx.store.drafts.search(q, i.limit ?? 50);
    },
    'drafts.get': (i: ParsedInputOf<'drafts.get'>) => mustGet(ctx, i.id),
    'drafts.create': (i: ParsedInputOf<'drafts.create'>) => createDraft(ctx, i),
    'drafts.save': async (i: ParsedInputOf<'drafts.save'>) => {
      if (i.body === undefined) return saveDraft(ctx, i);
      // the editor's autosave: its body is written as an edit, or packed off the main thread (autosaveFields)
      const release = ctx.store.holdCheckpoint();
      try {
        return saveDraft(ctx, i, await autosaveFields(ctx, tally, i.id, i.body));
      } finally {
        release();
      }
    },
    'drafts.rename': (i: ParsedInputOf<'drafts.rename'>) => saveDraft(ctx, { id: i.id, headline: i.headline }),
    'drafts.trash': (i: ParsedInputOf<'drafts.trash'>) => setTrashed(ctx, i.id, true),
    'drafts.restore': (i: ParsedInputOf<'drafts.restore'>) => setTrashed(ctx, i.id, false),
    'drafts.duplicate': (i: ParsedInputOf<'drafts.duplicate'>) => {
      const d = mustGet(ctx, i.id);
      return createDraft(ctx, { headline: d.headline, body: d.body, language: d.language, meta: d.meta });
    },
    'drafts.setStatus': (i: ParsedInputOf<'drafts.setStatus'>) => setStatus(ctx, i),
    'drafts.history': (i: ParsedInputOf<'drafts.history'>) => {
      mustGet(ctx, i.id);
      return ctx.store.history.list(i.id);
    },
  };
}
