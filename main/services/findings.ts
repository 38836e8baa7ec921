/**
 * Findings for a story checked on the server side (pre-publish check, CLI, review): every
 * in-story check (shared/analysis) and the archive's duplicates, merged in one list
 * (mergeFindings), plus the desk's decisions about them. The editor computes the same in-story
 * findings live in the renderer; both call analyzeStory and mergeFindings.
 */
import { analyzeStory, ANALYZERS, ChecksUnavailableError, storyFieldsOf } from '../../shared/analysis/index.js';
import { ApiError } from '../../shared/api/errors.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';
import { mergeFindings, type ArticleLanguage, type Finding, type UiLanguage } from '../../shared/model/finding.js';
import type { Decision } from '../../shared/model/decision.js';
import type { Fact } from '../../shared/analysis/facts/base.js';
import type { ParsedInputOf } from '../../shared/api/contract.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';
import { mustGet } from './draft-lookup.js';
import { archiveFindingsFor } from './archive.js';

export interface StoryFindings {
  findings: Finding[];
  dismissed: Set<string>;
  verified: Set<string>;
}

/** A story's text as the checks read it: a stored draft's, or a file's (the CLI). */
export interface StoryText {
  paragraphs: readonly string[];
  headline: string;
  language: ArticleLanguage;
  datelineDate?: string;
  /** the stored story this is: never reported as a duplicate of itself */
  draftId?: string;
}

export interface CheckOptions {
  /** the store's verified facts, its archive and its settings; without one, the in-story checks alone */
  ctx?: ServiceContext;
  /** verified facts for this check only (default: the store's) */
  facts?: readonly Fact[];
  /** the messages' language (default: the store's setting, else English) */
  uiLanguage?: UiLanguage;
  /** fingerprints to leave out (the dismissed ones, for a report that does not list them) */
  without?: ReadonlySet<string>;
}

/** Every finding for one story, in reading order. Throws ChecksUnavailableError when a check fails. */
export async function checkStoryText(story: StoryText, opts: CheckOptions = {}): Promise<Finding[]> {
  const { ctx } = opts;
  const settings = ctx?.store.settings.all();
  const uiLanguage = opts.uiLanguage ?? settings?.uiLanguage ?? 'en';
  const facts = opts.facts ?? (ctx ? storeFacts(ctx) : undefined);
  const inStory = analyzeStory(
    {
      paragraphs: story.paragraphs,
      language: story.language,
      uiLanguage,
      headline: story.headline,
      ...(story.datelineDate ? { datelineDate: story.datelineDate } : {}),
      ...(facts ? { facts } : {}),
      ...(settings?.deskFurniture.length ? { deskFurniture: settings.deskFurniture } : {}),
      ...(settings?.deskSpellings.length ? { deskSpellings: settings.deskSpellings } : {}),
    },
    ctx?.analyzers ?? ANALYZERS,
  );
  const archive = ctx ? await archiveFindingsFor(ctx, story.paragraphs, { uiLanguage, ...(story.draftId ? { draftId: story.draftId } : {}) }) : [];
  return mergeFindings(inStory, archive, opts.without);
}

function storeFacts(ctx: ServiceContext): Fact[] {
  try {
    return ctx.store.facts.list();
  } catch (e) {
    // an older store opened read-only (never migrated) has no facts table: no verified facts
    if (ctx.readOnly) return [];
    throw e;
  }
}

/** The text of a stored draft, as the checks read it. */
export function storyTextOf(draft: Draft): StoryText {
  return { paragraphs: paragraphsOf(draft.body), draftId: draft.id, ...storyFieldsOf(draft) };
}

export async function findingsFor(ctx: ServiceContext, draft: Draft): Promise<StoryFindings> {
  const findings = await checkStoryText(storyTextOf(draft), { ctx });
  const dismissed = new Set<string>();
  const verified = new Set<string>();
  for (const d of ctx.store.decisions.list(draft.id)) (d.kind === 'dismissed' ? dismissed : verified).add(d.fingerprint);
  return { findings, dismissed, verified };
}

function decide(ctx: ServiceContext, draftId: string, fingerprint: string, rule: string, kind: Decision['kind'], note: string): Decision {
  return ctx.store.tx(() => {
    mustGet(ctx, draftId);
    const at = isoNow(ctx);
    const who = currentUser(ctx);
    const d = ctx.store.decisions.put({ draftId, fingerprint, rule, kind, note, who, at });
    // the story's history lists every decision (issue: "listed in the story's history")
    ctx.store.history.add({ draftId, at, who, kind: kind === 'dismissed' ? 'dismiss' : 'verify', to: rule, note });
    return d;
  });
}

export function findingServices(ctx: ServiceContext) {
  return {
    'findings.check': async (i: ParsedInputOf<'findings.check'>) => {
      try {
        return (await findingsFor(ctx, mustGet(ctx, i.id))).findings;
      } catch (e) {
        // an empty list would read as a clean story
        if (e instanceof ChecksUnavailableError) throw new ApiError('internal', `Checks unavailable: ${e.message}.`);
        throw e;
      }
    },
    'findings.decisions': (i: ParsedInputOf<'findings.decisions'>) => {
      mustGet(ctx, i.draftId);
      return ctx.store.decisions.list(i.draftId);
    },
    'findings.dismiss': (i: ParsedInputOf<'findings.dismiss'>) => decide(ctx, i.draftId, i.fingerprint, i.rule, 'dismissed', i.reason),
    'findings.verify': (i: ParsedInputOf<'findings.verify'>) => decide(ctx, i.draftId, i.fingerprint, i.rule, 'verified', i.source),
    'findings.reopen': (i: ParsedInputOf<'findings.reopen'>) =>
      ctx.store.tx(() => {
        mustGet(ctx, i.draftId);
        const removed = ctx.store.decisions.remove(i.draftId, i.fingerprint);
        if (removed) ctx.store.history.add({ draftId: i.draftId, at: isoNow(ctx), who: currentUser(ctx), kind: 'undismiss', note: i.fingerprint });
        return { removed };
      }),
  };
}
