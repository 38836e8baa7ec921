/**
 * Findings for a stored story, computed on the server side (pre-publish check, CLI, review):
 * every in-story check (shared/analysis), plus the desk's decisions about them.
 * The editor computes the same in-story findings live in the renderer; both call analyzeStory.
 */
import { analyzeStory, ANALYZERS, ChecksUnavailableError } from '../../shared/analysis/index.js';
import { ApiError } from '../../shared/api/errors.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';
import type { Finding } from '../../shared/model/finding.js';
import type { Decision } from '../../shared/model/decision.js';
import type { ParsedInputOf } from '../../shared/api/contract.js';
import { currentUser, isoNow, type ServiceContext } from './context.js';
import { mustGet } from './drafts.js';
import { archiveFindingsFor } from './archive.js';

export interface StoryFindings {
  findings: Finding[];
  dismissed: Set<string>;
  verified: Set<string>;
}

export async function findingsFor(ctx: ServiceContext, draft: Draft): Promise<StoryFindings> {
  const settings = ctx.store.settings.all();
  const findings = analyzeStory({
    paragraphs: paragraphsOf(draft.body),
    language: draft.language,
    uiLanguage: settings.uiLanguage,
    headline: draft.headline,
    ...(draft.meta.datelineDate ? { datelineDate: draft.meta.datelineDate } : {}),
    facts: ctx.store.facts.list(),
  }, ctx.analyzers ?? ANALYZERS);
  findings.push(...(await archiveFindingsFor(ctx, paragraphsOf(draft.body), draft.id)));
  findings.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
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
