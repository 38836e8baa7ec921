/** Small text helpers for the UI (slugs, counts, a tiny language guess). */
import { countWords } from '../../shared/model/lexical-doc.js';
export { countWords };
import { languageScores } from '../../shared/analysis/language.js';

// the same derivation the server uses for a new story's slug
export { slugify } from '../../shared/model/slug.js';

export const READING_WPM = 230;
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / READING_WPM));
}

/** Guess id/en (shared/analysis/language.ts); null when the text says too little to tell. */
export function guessLanguage(text: string): 'id' | 'en' | null {
  const { id, en } = languageScores(text);
  if (id + en < 3) return null;
  return en > id ? 'en' : 'id';
}

/** Split an FTS snippet into plain and [[hit]] parts. */
export function snippetParts(snippet: string): Array<{ text: string; hit: boolean }> {
  const out: Array<{ text: string; hit: boolean }> = [];
  const re = /\[\[(.*?)\]\]/gs;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(snippet))) {
    if (m.index > last) out.push({ text: snippet.slice(last, m.index), hit: false });
    out.push({ text: m[1] ?? '', hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) out.push({ text: snippet.slice(last), hit: false });
  return out;
}
