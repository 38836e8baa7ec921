/**
 * Story language for the fact checks: the one stop-word detector of shared/analysis/language.ts,
 * applied to a story's paragraphs (only the first ones: enough words to decide, bounded cost).
 */
import type { ArticleLanguage } from '../../model/finding.js';
import { languageScores } from '../language.js';

export function detectLanguage(paragraphs: readonly string[], fallback: ArticleLanguage = 'id'): ArticleLanguage {
  const { id, en } = languageScores(paragraphs.slice(0, 50).join('\n'));
  if (id === en) return fallback;
  return id > en ? 'id' : 'en';
}
