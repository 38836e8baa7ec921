/**
 * What the review layer left in a stored body, read from the Lexical JSON without an editor:
 * private notes, open suggestions, and the ids of the comment threads whose anchors are still in
 * the text. The pre-publish check, the CLI's `show --json` and the comments service read it.
 */
import type { LexicalJson, SerializedNode } from './draft.js';
import { isParagraphMark, NOTE_TYPE, SUGGESTION_TYPE } from './lexical-doc.js';

/** @lexical/mark's MarkNode: a comment anchor, with the ids of the threads on that text */
export const COMMENT_MARK_TYPE = 'mark';

/** 'split' and 'join' are paragraph marks (a suggested paragraph break, or its removal) */
export type SuggestionKind = 'insert' | 'delete' | 'split' | 'join';

export interface SuggestionSummary {
  id: string;
  author: string;
  /** ISO date-time the suggestion was made */
  at: string;
  /** a replacement is a deletion and an insertion made by one edit (they share the id) */
  kind: SuggestionKind | 'replace';
  /** the suggested text: inserted, or for a deletion the text to delete */
  text: string;
  /** for a replacement: the text it replaces */
  replaces?: string;
}

/** Fold one suggestion node into the summaries (several nodes may share one id). */
export function addSuggestionPart(byId: Map<string, SuggestionSummary>, out: SuggestionSummary[], part: { id: string; author: string; at: string; kind: SuggestionKind; text: string }): void {
  const seen = byId.get(part.id);
  if (!seen) {
    const s: SuggestionSummary = { ...part };
    byId.set(part.id, s);
    out.push(s);
    return;
  }
  if (seen.kind === part.kind) {
    seen.text += part.text;
  } else if (part.kind === 'split' || part.kind === 'join' || seen.kind === 'split' || seen.kind === 'join') {
    // a paragraph mark never shares an id with text; an odd stored body keeps the first reading
    return;
  } else if (seen.kind === 'replace') {
    if (part.kind === 'insert') seen.text += part.text;
    else seen.replaces = (seen.replaces ?? '') + part.text;
  } else {
    // the other half of a replacement
    const deleted = seen.kind === 'delete' ? seen.text : part.text;
    const inserted = seen.kind === 'insert' ? seen.text : part.text;
    seen.kind = 'replace';
    seen.text = inserted;
    seen.replaces = deleted;
  }
}

export function suggestionKindOf(kind: unknown): SuggestionKind {
  return kind === 'delete' || kind === 'split' || kind === 'join' ? kind : 'insert';
}

export interface ReviewMarks {
  notes: number;
  suggestions: SuggestionSummary[];
  /** comment thread id -> the anchored text as it reads now */
  anchors: Map<string, string>;
}

function textOf(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

export function reviewMarksOf(doc: LexicalJson | null | undefined): ReviewMarks {
  const out: ReviewMarks = { notes: 0, suggestions: [], anchors: new Map() };
  const byId = new Map<string, SuggestionSummary>();
  const walk = (node: SerializedNode) => {
    if (node.type === NOTE_TYPE) out.notes++;
    if (node.type === SUGGESTION_TYPE && typeof node.sid === 'string') {
      addSuggestionPart(byId, out.suggestions, {
        id: node.sid,
        author: typeof node.author === 'string' ? node.author : '',
        at: typeof node.at === 'string' ? node.at : '',
        kind: suggestionKindOf(node.kind),
        text: isParagraphMark(node) ? '' : textOf(node),
      });
    }
    if (node.type === COMMENT_MARK_TYPE && Array.isArray(node.ids)) {
      const text = textOf(node);
      for (const id of node.ids) if (typeof id === 'string') out.anchors.set(id, (out.anchors.get(id) ?? '') + text);
    }
    for (const c of node.children ?? []) walk(c);
  };
  if (doc?.root) walk(doc.root);
  return out;
}
