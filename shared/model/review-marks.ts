/**
 * What the review layer left in a stored body, read from the Lexical JSON without an editor:
 * private notes, open suggestions, and the ids of the comment threads whose anchors are still in
 * the text. The pre-publish check, the CLI's `show --json` and the comments service read it.
 */
import type { LexicalJson, SerializedNode } from './draft.js';
import { NOTE_TYPE, SUGGESTION_TYPE } from './lexical-doc.js';

/** @lexical/mark's MarkNode: a comment anchor, with the ids of the threads on that text */
export const COMMENT_MARK_TYPE = 'mark';

export type SuggestionKind = 'insert' | 'delete';

export interface SuggestionSummary {
  id: string;
  author: string;
  /** ISO date-time the suggestion was made */
  at: string;
  kind: SuggestionKind;
  /** the suggested text (a suggestion split over several nodes is joined) */
  text: string;
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
      const text = textOf(node);
      const seen = byId.get(node.sid);
      if (seen) seen.text += text;
      else {
        const s: SuggestionSummary = {
          id: node.sid,
          author: typeof node.author === 'string' ? node.author : '',
          at: typeof node.at === 'string' ? node.at : '',
          kind: node.kind === 'delete' ? 'delete' : 'insert',
          text,
        };
        byId.set(node.sid, s);
        out.suggestions.push(s);
      }
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
