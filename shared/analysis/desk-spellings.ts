/**
 * The desk's own spellings: names and words a desk has confirmed are right as written ("Liffe",
 * the exchange, beside "Standard Life"; "Rodgers" of Rodgers and Hammerstein beside Kenny
 * "Rogers"). name-variant knows words from its word lists and a typo from its shape; it cannot
 * know every exchange, club and surname a desk writes about every week. A spelling on this list
 * is never reported as the typo, and beside a word the lists know it is another word, not a slip
 * of it ("Right as written" on a warning, or Settings), on every story and in `redaksi check`.
 * Its own slips into non-words are still found ("Ofel" beside the desk's "Ofer").
 *
 * Spellings are single words (what name-variant compares) and are looked up without case.
 */

import { DESK_SPELLING_MAX_LENGTH, DESK_SPELLING_PATTERN, DESK_SPELLINGS_MAX } from '../model/draft.js';
import { deskList } from './desk-list.js';

export { DESK_SPELLING_MAX_LENGTH, DESK_SPELLING_PATTERN, DESK_SPELLINGS_MAX };

export function normalizeSpelling(word: string): string {
  return word.normalize('NFC').trim().toLowerCase();
}

const spellings = deskList(normalizeSpelling, (word) => word.normalize('NFC').trim().slice(0, DESK_SPELLING_MAX_LENGTH), DESK_SPELLINGS_MAX);

/** the spellings as name-variant looks them up */
export const deskSpellingSet = (list: readonly string[]): ReadonlySet<string> => spellings.set(list);

/** deskSpellingSet for a checker that runs on every keystroke: rebuilt only when the list changes */
export const deskSpellingLookup = (): ((list: readonly string[]) => ReadonlySet<string>) => spellings.lookup();

/** the list with one more spelling (as written, newest first), unless it has it already in some case */
export const withDeskSpelling = (list: readonly string[], word: string): string[] => spellings.with(list, word);

export const withoutDeskSpelling = (list: readonly string[], word: string): string[] => spellings.without(list, word);
