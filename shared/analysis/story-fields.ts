import type { ArticleLanguage } from '../model/finding.js';
import type { DraftMeta } from '../model/draft.js';

/**
 * The story fields the checks read besides the paragraphs, taken from a draft (stored, or as on
 * screen): the one path by which the headline, the language and the dateline date (the weekday
 * rule's year) reach the analyzers, in the editor, the review, the server and the CLI.
 */
export interface StoryFields {
  headline: string;
  language: ArticleLanguage;
  /** ISO date, only when set */
  datelineDate?: string;
}

export function storyFieldsOf(story: { headline: string; language: ArticleLanguage; meta: Pick<DraftMeta, 'datelineDate'> }): StoryFields {
  return { headline: story.headline, language: story.language, ...(story.meta.datelineDate ? { datelineDate: story.meta.datelineDate } : {}) };
}
