/**
 * Applying a Fix to a list of paragraph texts.
 *
 * Convention shared by every analyzer and the editor: an edit whose range covers a paragraph's
 * whole text and whose replacement is empty DELETES THE PARAGRAPH (the "delete line" and
 * "remove the repeated block" fixes). Any other edit replaces text inside the paragraph.
 * The editor applies the same convention to Lexical nodes (remove the node, not just its text).
 */
import type { Fix, TextEdit } from '../model/finding.js';

export function isParagraphRemoval(edit: TextEdit, paragraphs: readonly string[]): boolean {
  const p = paragraphs[edit.paragraph];
  return p !== undefined && edit.text === '' && edit.start === 0 && edit.end === p.length;
}

/** A "delete this paragraph" edit for paragraph `index` with text `text`. */
export function removalEdit(index: number, text: string): TextEdit {
  return { paragraph: index, start: 0, end: text.length, text: '' };
}

/** Returns the new paragraph list; edits are applied right-to-left so offsets stay valid. */
export function applyFix(paragraphs: readonly string[], fix: Fix): string[] {
  const out: (string | null)[] = paragraphs.slice();
  const edits = fix.edits
    .slice()
    .sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  for (const e of edits) {
    const current = out[e.paragraph];
    if (current === null || current === undefined) continue;
    if (isParagraphRemoval(e, paragraphs) && current === paragraphs[e.paragraph]) {
      out[e.paragraph] = null;
      continue;
    }
    const start = Math.max(0, Math.min(e.start, current.length));
    const end = Math.max(start, Math.min(e.end, current.length));
    out[e.paragraph] = current.slice(0, start) + e.text + current.slice(end);
  }
  return out.filter((p): p is string => p !== null);
}

/**
 * Several findings' fixes as one (one editor update, one undo step): "remove all page furniture".
 * Edits of one paragraph that overlap keep the first; applyFix orders them right to left.
 */
export function mergedFix(fixes: readonly Fix[], label: string): Fix {
  const edits: TextEdit[] = [];
  for (const f of fixes) {
    for (const e of f.edits) {
      if (edits.some((x) => x.paragraph === e.paragraph && x.start < e.end && e.start < x.end)) continue;
      edits.push(e);
    }
  }
  return { label, edits };
}
