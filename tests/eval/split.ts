/**
 * The fixed dev/test split of every corpus article (issue 12). Rules and lexicons are tuned by
 * looking at dev articles only; the figures the README reports come from test. The split is a
 * hash of the article's name, so it never changes when files are added or the code changes.
 */
import { createHash } from 'node:crypto';

export type Split = 'dev' | 'test';
export type CorpusName = 'en-bbc' | 'id-detik' | 'id-multi';
export const CORPORA: readonly CorpusName[] = ['en-bbc', 'id-detik', 'id-multi'];

export function splitOf(corpus: CorpusName, file: string): Split {
  const h = parseInt(createHash('sha1').update(`${corpus}/${file}`).digest('hex').slice(0, 8), 16);
  return h % 2 === 0 ? 'dev' : 'test';
}
