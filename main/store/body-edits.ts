/**
 * A story's pending edit (migration 020, #17): what an autosave writes instead of the whole body.
 *
 * The editor sends the whole story on every pause in typing. Packing and writing all of it
 * (brotli of 74 KB of text, a 24 KB blob in the WAL) was most of an autosave of a 10,000-word
 * story; the typing changed one paragraph. So `drafts.packed` stays as it was last written in
 * full (the *base*) and the row `draft_edits(draft_id, edit)` holds the difference between the
 * base's top-level blocks and the story's: the blocks kept from the start (`at`), how many of the
 * base's blocks follow that the story replaces (`drop`), and the story's blocks in their place.
 * The save that would make the edit large writes the whole body again and deletes the row
 * (DraftsRepo.update), so an edit stays a few kilobytes.
 *
 * Every reader of a story's content takes the edit: the SQL functions draft_text, draft_body
 * and draft_as_revision (body-packing.ts) have a third argument, `EDIT_OF(alias)`, and
 * `draftContent` a third field.
 */
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { LexicalJson } from '../../shared/model/draft.js';

export interface BodyEdit {
  /** base blocks kept from the start */
  at: number;
  /** base blocks after those that the story no longer has */
  drop: number;
  /** the story's blocks in their place */
  children: unknown[];
}

/** The SQL expression that reads the pending edit of the drafts row `alias` (NULL when none). */
export const EDIT_OF = (alias: string): string => `(SELECT edit FROM draft_edits WHERE draft_id = ${alias}.id)`;

/** An edit above this many bytes is not written: the save packs the whole body instead. */
export const MAX_EDIT_BYTES = 16 * 1024;

/**
 * Deep equality of two JSON values, keys in any order. Written out rather than comparing
 * JSON.stringify of both: a save compares about 150 blocks each way and serializing them is
 * what the edit exists to avoid.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const array = Array.isArray(a);
  if (array !== Array.isArray(b)) return false;
  if (array) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // for-in over both instead of Object.keys: no arrays built (JSON values have no inherited
  // enumerable keys). A key y inherits ("toString") holds a function, which no JSON value equals
  let keys = 0;
  for (const k in x) {
    const v = y[k];
    if ((v === undefined && !(k in y)) || !sameJson(x[k], v)) return false;
    keys++;
  }
  for (const _ in y) keys--;
  return keys === 0;
}

/** the document without its blocks: what must not differ for an edit to describe the change */
function shellOf(doc: LexicalJson): unknown {
  const { children: _children, ...root } = doc.root;
  return { ...doc, root };
}

/**
 * The edit that turns `base` into `next`, or undefined when the documents differ outside their
 * blocks (the root's direction, say): that save writes the whole body.
 */
export function editBetween(base: LexicalJson, next: LexicalJson): BodyEdit | undefined {
  if (!sameJson(shellOf(base), shellOf(next))) return undefined;
  const a = base.root.children ?? [];
  const b = next.root.children ?? [];
  let at = 0;
  while (at < a.length && at < b.length && sameJson(a[at], b[at])) at++;
  let tail = 0;
  while (tail < a.length - at && tail < b.length - at && sameJson(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  return { at, drop: a.length - at - tail, children: b.slice(at, b.length - tail) };
}

/**
 * `edit` applied to a copy of the body JSON `bodyJson`: the story's body JSON and plain text,
 * each built when first read (the search index's draft_text wants only the text, draft_body only
 * the JSON).
 */
export function applyEdit(bodyJson: string, editJson: string): { readonly bodyJson: string; readonly plainText: string } {
  const doc = JSON.parse(bodyJson) as LexicalJson;
  const edit = JSON.parse(editJson) as BodyEdit;
  const children = doc.root.children ?? [];
  if (!Number.isInteger(edit.at) || !Number.isInteger(edit.drop) || edit.at < 0 || edit.drop < 0 || edit.at + edit.drop > children.length || !Array.isArray(edit.children)) {
    throw new Error(`a draft's pending edit does not fit its body (${children.length} blocks, edit at ${String(edit.at)} dropping ${String(edit.drop)})`);
  }
  children.splice(edit.at, edit.drop, ...(edit.children as typeof children));
  doc.root.children = children;
  let json: string | undefined;
  let text: string | undefined;
  return {
    get bodyJson() {
      return (json ??= JSON.stringify(doc));
    },
    get plainText() {
      return (text ??= paragraphsOf(doc).join('\n\n'));
    },
  };
}
