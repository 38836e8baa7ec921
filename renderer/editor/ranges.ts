/**
 * Map (paragraph, start, end) UTF-16 offsets — the Finding coordinates — onto live Lexical nodes:
 * a RangeSelection for edits (fixes, replace) and a DOM Range for painting (CSS highlights).
 */
import { $createRangeSelection, $getEditor, $isElementNode, CONTROLLED_TEXT_INSERTION_COMMAND, $isLineBreakNode, $isTextNode, $setSelection, type ElementNode, type LexicalEditor, type LexicalNode, type RangeSelection, type TextNode } from 'lexical';
import { $isListNode } from '@lexical/list';
import { $isSkippedByChecks } from './paragraphs.js';

interface Seg {
  node: TextNode | null; // null for a line break
  key: string;
  from: number;
  to: number;
}

function $segments(block: ElementNode): Seg[] {
  const out: Seg[] = [];
  let pos = 0;
  const walk = (n: LexicalNode) => {
    if ($isTextNode(n)) {
      const len = n.getTextContentSize();
      out.push({ node: n, key: n.getKey(), from: pos, to: pos + len });
      pos += len;
    } else if ($isLineBreakNode(n)) {
      out.push({ node: null, key: n.getKey(), from: pos, to: pos + 1 });
      pos += 1;
    } else if ($isElementNode(n) && !$isListNode(n) && !$isSkippedByChecks(n)) {
      // offsets are those of the checked text, which leaves suggested deletions out
      for (const c of n.getChildren()) walk(c);
    }
  };
  for (const c of block.getChildren()) walk(c);
  return out;
}

function locate(segs: Seg[], offset: number, preferEnd: boolean): { seg: Seg; off: number } | null {
  const texts = segs.filter((s) => s.node);
  for (const s of texts) {
    if (offset < s.to || (offset === s.to && (preferEnd || s === texts[texts.length - 1]))) {
      if (offset >= s.from) return { seg: s, off: offset - s.from };
    }
  }
  // offset sits on a line break: snap to the start of the next text segment
  for (const s of texts) if (s.from >= offset) return { seg: s, off: 0 };
  const last = texts[texts.length - 1];
  return last ? { seg: last, off: last.to - last.from } : null;
}

/** A RangeSelection over [start, end) of a block; null if the block has no text. */
export function $selectionFor(block: ElementNode, start: number, end: number): RangeSelection | null {
  const segs = $segments(block);
  const a = locate(segs, start, false);
  const b = locate(segs, end, true);
  const sel = $createRangeSelection();
  if (!a || !b) {
    sel.anchor.set(block.getKey(), 0, 'element');
    sel.focus.set(block.getKey(), 0, 'element');
    return sel;
  }
  sel.anchor.set(a.seg.key, a.off, 'text');
  sel.focus.set(b.seg.key, b.off, 'text');
  return sel;
}

/**
 * Replace [start, end) of a block with text, as one editor change (undoable). It goes through
 * the editor's text-insertion command, so in suggesting mode a fix or a find-and-replace becomes
 * a suggested replacement like typing (suggestions.ts); without a handler it edits directly.
 */
export function $replaceInBlock(block: ElementNode, start: number, end: number, text: string): void {
  const sel = $selectionFor(block, start, end);
  if (!sel) return;
  $setSelection(sel);
  if (!$getEditor().dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text)) sel.insertText(text);
}

function domTextOf(el: HTMLElement | null): Text | null {
  if (!el) return null;
  if (el.nodeType === Node.TEXT_NODE) return el as unknown as Text;
  const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  return w.nextNode() as Text | null;
}

/** A DOM Range over [start, end) of a block; call inside editor.read / editorState.read. */
export function $domRangeFor(editor: LexicalEditor, block: ElementNode, start: number, end: number): Range | null {
  const segs = $segments(block).filter((s) => s.node);
  const a = locate(segs, start, false);
  const b = locate(segs, end, true);
  if (!a || !b) return null;
  const ta = domTextOf(editor.getElementByKey(a.seg.key));
  const tb = domTextOf(editor.getElementByKey(b.seg.key));
  if (!ta || !tb) return null;
  try {
    const r = document.createRange();
    r.setStart(ta, Math.min(a.off, ta.length));
    r.setEnd(tb, Math.min(b.off, tb.length));
    return r;
  } catch {
    return null;
  }
}
