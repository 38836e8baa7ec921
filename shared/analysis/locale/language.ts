/**
 * Story language by function words: cheap, offline and good enough to pick between the two
 * languages Redaksi supports. The desk can always set the language explicitly.
 */
import type { ArticleLanguage } from '../../model/finding.js';

const ID_WORDS = new Set(['yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'ini', 'itu', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'kata', 'ujar', 'telah', 'oleh', 'sebagai', 'karena', 'bahwa']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said', 'it', 'as', 'has', 'by', 'are', 'from', 'at', 'be']);

export function detectLanguage(paragraphs: readonly string[], fallback: ArticleLanguage = 'id'): ArticleLanguage {
  let id = 0;
  let en = 0;
  let seen = 0;
  for (const p of paragraphs) {
    for (const w of p.toLowerCase().split(/[^a-z]+/)) {
      if (!w) continue;
      if (ID_WORDS.has(w)) id++;
      else if (EN_WORDS.has(w)) en++;
      if (++seen > 4000) break;
    }
    if (seen > 4000) break;
  }
  if (id === en) return fallback;
  return id > en ? 'id' : 'en';
}
