/**
 * Findings for a stored story, computed on the server side (pre-publish check, CLI, review):
 * every in-story check (shared/analysis), plus the desk's decisions about them.
 * The editor computes the same in-story findings live in the renderer; both call analyzeStory.
 */
import { analyzeStory } from '../../shared/analysis/index.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Draft } from '../../shared/model/draft.js';
import type { Finding } from '../../shared/model/finding.js';
import type { ServiceContext } from './context.js';

export interface StoryFindings {
  findings: Finding[];
  dismissed: Set<string>;
  verified: Set<string>;
}

export function findingsFor(ctx: ServiceContext, draft: Draft): StoryFindings {
  const settings = ctx.store.settings.all();
  const findings = analyzeStory({
    paragraphs: paragraphsOf(draft.body),
    language: draft.language,
    uiLanguage: settings.uiLanguage,
    headline: draft.headline,
    ...(draft.meta.datelineDate ? { datelineDate: draft.meta.datelineDate } : {}),
  });
  return { findings, dismissed: new Set(), verified: new Set() };
}
