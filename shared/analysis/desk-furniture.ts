/**
 * The desk's own list of website leftovers: lines a desk has told Redaksi to always treat as
 * page furniture ("Always treat this line as a website leftover" on a warning, or Settings).
 * The shape rules in furniture.ts know junk in general; this list knows the junk of the portals
 * a desk actually copies from, which no rule can guess.
 *
 * Lines are compared after normalising what a scraper or a retyping changes and a reader does
 * not see: case, runs of spaces, Unicode composition and the punctuation closing the line.
 */

import { DESK_FURNITURE_MAX_LENGTH, DESK_FURNITURE_MAX_LINES } from '../model/draft.js';
import { deskList } from './desk-list.js';

export { DESK_FURNITURE_MAX_LENGTH, DESK_FURNITURE_MAX_LINES };

export function normalizeFurnitureLine(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,:;!?…·|>»–—-]+$/u, '');
}

const lines = deskList(normalizeFurnitureLine, (line) => line.replace(/\s+/gu, ' ').trim().slice(0, DESK_FURNITURE_MAX_LENGTH), DESK_FURNITURE_MAX_LINES);

/** the lines as the checker looks them up; empty lines are dropped */
export const deskFurnitureSet = (list: readonly string[]): ReadonlySet<string> => lines.set(list);

/** deskFurnitureSet for a checker that runs on every keystroke: rebuilt only when the list changes */
export const deskFurnitureLookup = (): ((list: readonly string[]) => ReadonlySet<string>) => lines.lookup();

/**
 * The list with one more line: the line as the story has it (trimmed), unless the list already
 * has it in some spelling. The newest line goes first so that Settings shows it at the top.
 */
export const withDeskFurnitureLine = (list: readonly string[], line: string): string[] => lines.with(list, line);

export const withoutDeskFurnitureLine = (list: readonly string[], line: string): string[] => lines.without(list, line);
