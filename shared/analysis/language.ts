/**
 * A small stop-word language guess for Indonesian vs English copy. Function words are the most
 * reliable signal on short texts ("yang", "dan", "di" vs "the", "and", "of") and need no model.
 * A tie (including empty text) is no evidence either way: it goes to the caller's fallback,
 * Indonesian unless told otherwise (the default newsroom language of the app).
 */
import type { ArticleLanguage } from '../model/finding.js';
import { wordsOf } from './normalize.js';

export const ID_WORDS: ReadonlySet<string> = new Set(
  'yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke karena ada bahwa oleh saat sudah telah kata ujar menjadi atau tersebut para bisa kami kita mereka dia ia adalah sebagai lebih masih hingga agar namun tetapi serta seperti secara belum harus sejak tahun pihak'.split(' '),
);
export const EN_WORDS: ReadonlySet<string> = new Set(
  'the and of to in is that for it was on with as said by at be has have are from he she they we an this which but not had were been will would their its his her who also more than after about there when'.split(' '),
);

export function languageScores(text: string): { id: number; en: number } {
  let id = 0;
  let en = 0;
  // Only the first 2,000 words: enough for a confident answer, bounded cost on huge inputs.
  const words = wordsOf(text.length > 40_000 ? text.slice(0, 40_000) : text).slice(0, 2000);
  for (const w of words) {
    if (ID_WORDS.has(w)) id++;
    if (EN_WORDS.has(w)) en++;
  }
  return { id, en };
}

/** A story's paragraphs are read from the first 50 only: enough words to decide, bounded cost. */
export const LANGUAGE_SAMPLE_PARAGRAPHS = 50;

export function detectLanguage(text: string | readonly string[], fallback: ArticleLanguage = 'id'): ArticleLanguage {
  const { id, en } = languageScores(typeof text === 'string' ? text : text.slice(0, LANGUAGE_SAMPLE_PARAGRAPHS).join('\n'));
  if (id === en) return fallback;
  return id > en ? 'id' : 'en';
}
