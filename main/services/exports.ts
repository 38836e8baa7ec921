/**
 * Export and CMS handoff on top of the pure exporters (shared/export): the pre-publish check,
 * rendering, the record of what went out (which revision, where, when, by whom, the CMS's id),
 * and the move to "exported". A failed push changes nothing.
 */
import { ApiError } from '../../shared/api/errors.js';
import type { ExportOutcome, ParsedInputOf } from '../../shared/api/contract.js';
import { exportTo } from '../../shared/export/index.js';
import { exportArticleFrom, type ExportArticle } from '../../shared/export/model.js';
import { prePublishCheck, type PrePublishResult } from '../../shared/export/prepublish.js';
import { ChecksUnavailableError } from '../../shared/analysis/index.js';
import type { Draft } from '../../shared/model/draft.js';
import { isFileTarget, type CmsTarget, type FileTarget } from '../../shared/model/export-target.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';
import { recordRevision } from './revision-snapshot.js';
import { firstCredential, type CredentialStore } from './cms/credentials.js';
import { pushToWordPress, wordpressFieldsOf } from './cms/wordpress.js';
import { pushToGhost, ghostFieldsOf } from './cms/ghost.js';

export interface ExportDeps {
  /** where CMS credentials come from, first match wins (safeStorage in Electron; env/file in web mode and CLI) */
  credentials: CredentialStore[];
  /** every finding for a stored story, with the desk's decisions (from the findings service) */
  findingsFor: (draft: Draft) => Promise<{ findings: import('../../shared/model/finding.js').Finding[]; dismissed: Set<string>; verified: Set<string> }>;
}

function articleOf(ctx: ServiceContext, draft: Draft, revisionId?: number): ExportArticle {
  const a = exportArticleFrom(draft, { exportedAt: isoNow(ctx) });
  if (revisionId !== undefined) a.revisionId = revisionId;
  return a;
}

export async function checkStory(ctx: ServiceContext, deps: ExportDeps, draft: Draft): Promise<PrePublishResult> {
  const settings = ctx.store.settings.all();
  let story: Awaited<ReturnType<ExportDeps['findingsFor']>>;
  try {
    story = await deps.findingsFor(draft);
  } catch (e) {
    if (!(e instanceof ChecksUnavailableError)) throw e;
    // the story was not checked: no finding may be taken as "none", so the export waits
    const why = e.message;
    return {
      blocking: [{ code: 'checks-unavailable', message: { en: `Checks unavailable (${why}): the story cannot be exported until they run.`, id: `Pemeriksaan tidak tersedia (${why}): berita belum bisa diekspor sampai pemeriksaan berjalan.` } }],
      warnings: [],
    };
  }
  const { findings, dismissed, verified } = story;
  const result = prePublishCheck({
    article: articleOf(ctx, draft),
    findings,
    decisions: { dismissed, verified },
    settings: { headlineSoftLimit: settings.headlineSoftLimit },
    unresolvedComments: ctx.store.comments.unresolvedCount(draft.id),
  });
  if (draft.status !== 'approved' && draft.status !== 'exported') {
    result.warnings.unshift({
      code: 'not-approved',
      message: { en: `This story has not been approved yet (status: ${draft.status}).`, id: `Berita ini belum disetujui (status: ${draft.status}).` },
    });
  }
  const last = ctx.store.exports.list(draft.id)[0];
  if (last && last.draftVersion !== draft.version && draft.status === 'exported') {
    result.warnings.unshift({ code: 'changed-since-export', message: { en: 'This story changed since its last export.', id: 'Berita ini berubah sejak ekspor terakhir.' } });
  }
  return result;
}

function refuseIfBlocked(ctx: ServiceContext, check: PrePublishResult, force: boolean): void {
  const lang = ctx.store.settings.all().uiLanguage;
  const list = (items: PrePublishResult['blocking']) => items.map((i) => `- ${i.message[lang]}`).join('\n');
  if (check.blocking.length > 0) {
    throw new ApiError('blocked', `Export blocked:\n${list(check.blocking)}`, { detail: { check } });
  }
  if (check.warnings.length > 0 && !force) {
    throw new ApiError('blocked', `Export needs confirmation ("export anyway"):\n${list(check.warnings)}`, { detail: { check } });
  }
}

async function render(target: FileTarget, article: ExportArticle, publisher: string): Promise<Pick<ExportOutcome, 'filename' | 'mime' | 'text' | 'base64'>> {
  const file = await exportTo(target, article, { fullPage: target === 'html', ...(publisher ? { publisher } : {}) });
  return typeof file.data === 'string'
    ? { filename: file.filename, mime: file.mime, text: file.data }
    : { filename: file.filename, mime: file.mime, base64: Buffer.from(file.data).toString('base64') };
}

/** the CMS fields as they will be sent: what the export dialog previews */
function cmsPreview(ctx: ServiceContext, target: CmsTarget, article: ExportArticle): ExportOutcome['text'] {
  const s = ctx.store.settings.all();
  const fields = target === 'wordpress' ? wordpressFieldsOf(article, s.cmsPostStatus) : ghostFieldsOf(article, 'draft');
  return JSON.stringify(fields, null, 2);
}

async function push(ctx: ServiceContext, deps: ExportDeps, target: CmsTarget, draft: Draft, article: ExportArticle, status?: string, overwrite = false) {
  const settings = ctx.store.settings.all();
  const found = firstCredential(deps.credentials, target);
  if (!found) {
    throw new ApiError('invalid-argument', target === 'wordpress'
      ? 'No WordPress site is configured: set it in Settings (desktop) or REDAKSI_WP_URL, REDAKSI_WP_USER and REDAKSI_WP_APP_PASSWORD (web mode, CLI).'
      : 'No Ghost site is configured: set it in Settings (desktop) or REDAKSI_GHOST_URL and REDAKSI_GHOST_ADMIN_KEY (web mode, CLI).');
  }
  const last = ctx.store.exports.lastRemote(draft.id, target);
  if (target === 'wordpress') {
    const creds = found.creds as { url: string; user: string; appPassword: string };
    return pushToWordPress({ ...creds, allowCreateTerms: settings.cmsCreateTerms }, article, {
      status: status === 'pending' ? 'pending' : settings.cmsPostStatus,
      ...(last?.remoteId ? { remoteId: last.remoteId, ...(last.remoteModified ? { remoteModified: last.remoteModified } : {}) } : {}),
      ...(overwrite ? { overwriteRemoteChanges: true } : {}),
    });
  }
  const creds = found.creds as { url: string; adminKey: string };
  return pushToGhost({ ...creds, allowCreateTerms: settings.cmsCreateTerms }, article, {
    status: status === 'published' || status === 'publish' ? 'published' : 'draft',
    ...(last?.remoteId ? { existing: { remoteId: last.remoteId, ...(last.remoteModified ? { modified: last.remoteModified } : {}) } } : {}),
    ...(overwrite ? { overwriteRemoteChanges: true } : {}),
  });
}

export function exportServices(ctx: ServiceContext, deps: ExportDeps) {
  return {
    'export.check': (i: ParsedInputOf<'export.check'>) => checkStory(ctx, deps, mustGet(ctx, i.id)),
    'export.preview': async (i: ParsedInputOf<'export.preview'>): Promise<ExportOutcome> => {
      const draft = mustGet(ctx, i.id);
      const check = await checkStory(ctx, deps, draft);
      const article = articleOf(ctx, draft);
      if (isFileTarget(i.target)) return { ...(await render(i.target, article, ctx.store.settings.all().publisher)), check };
      const text = cmsPreview(ctx, i.target, article);
      return { filename: `${article.slug}.${i.target}.json`, mime: 'application/json', ...(text ? { text } : {}), check };
    },
    'export.run': async (i: ParsedInputOf<'export.run'>): Promise<ExportOutcome> => {
      const draft = mustGet(ctx, i.id);
      const check = await checkStory(ctx, deps, draft);
      refuseIfBlocked(ctx, check, i.force ?? false);
      if (mustGet(ctx, i.id).version !== draft.version) {
        // a save landed while the (async) check ran: what was checked is not what would go out
        throw new ApiError('conflict', 'The story changed while it was being checked; export it again.');
      }
      const article = articleOf(ctx, draft);
      let out: Omit<ExportOutcome, 'check'>;
      let remote: { remoteId: string; url: string; modified: string } | undefined;
      if (isFileTarget(i.target)) {
        out = await render(i.target, article, ctx.store.settings.all().publisher);
      } else {
        // the network call happens before anything is written: a failed push leaves the story untouched
        remote = await push(ctx, deps, i.target, draft, article, i.status, i.overwriteRemoteChanges ?? false);
        out = { filename: '', mime: 'application/json', remoteId: remote.remoteId, remoteUrl: remote.url };
      }
      const record = ctx.store.tx(() => {
        const fresh = mustGet(ctx, i.id);
        const at = isoNow(ctx);
        const who = currentUser(ctx);
        if (fresh.status !== 'exported') {
          ctx.store.drafts.update(fresh.id, { status: 'exported' }, at);
          ctx.store.history.add({ draftId: fresh.id, at, who, kind: 'status', from: fresh.status, to: 'exported', note: `export to ${i.target}` });
        }
        const revisionId = recordRevision(ctx, fresh.id, 'export', i.target);
        const after = mustGet(ctx, i.id);
        const id = ctx.store.exports.add({
          draftId: fresh.id,
          revisionId,
          draftVersion: after.version,
          target: i.target,
          at,
          who,
          ...(remote ? { remoteId: remote.remoteId, remoteUrl: remote.url, remoteModified: remote.modified } : {}),
          forced: check.warnings.length > 0,
          warnings: check.warnings.map((w) => w.message.en),
        });
        ctx.store.history.add({ draftId: fresh.id, at, who, kind: 'export', to: i.target, ...(remote ? { note: remote.url } : {}) });
        return ctx.store.exports.list(fresh.id).find((r) => r.id === id)!;
      });
      return { ...out, record, check };
    },
    'export.list': (i: ParsedInputOf<'export.list'>) => {
      mustGet(ctx, i.id);
      return ctx.store.exports.list(i.id);
    },
  };
}
