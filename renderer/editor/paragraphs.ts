/**
 * Live counterpart of shared/model/lexical-doc.ts `blocksOf`: the paragraphs every check and
 * every Finding index refers to. Each top-level element is one paragraph, list items each count
 * (nested lists are walked in order), horizontal rules, other decorators and notes do not, and
 * text suggested for deletion is left out. Keep the two
 * in step: Finding.paragraph is an index into this list.
 */
import { $getRoot, $isDecoratorNode, $isElementNode, $isLineBreakNode, $isTabNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { countWords, NOTE_TYPE, SUGGESTION_TYPE } from '../../shared/model/lexical-doc.js';

/** text suggested for deletion: not in the text the checks read (lexical-doc.ts isSuggestedDeletion) */
export function $isSuggestedDeletionNode(n: LexicalNode): boolean {
  return n.getType() === SUGGESTION_TYPE && (n as LexicalNode & { getKind?: () => string }).getKind?.() === 'delete';
}

export interface LiveBlock {
  key: string;
  text: string;
  words: number;
}

/** Text of one block the way lexical-doc's runsOf reads it (text, \n for breaks, \t for tabs). */
export function $blockText(node: ElementNode): string {
  let out = '';
  const walk = (n: LexicalNode) => {
    if ($isTextNode(n)) out += n.getTextContent();
    else if ($isLineBreakNode(n)) out += '\n';
    else if ($isTabNode(n)) out += '\t';
    else if ($isElementNode(n) && !$isListNode(n) && !$isSuggestedDeletionNode(n)) for (const c of n.getChildren()) walk(c);
  };
  for (const c of node.getChildren()) walk(c);
  return out;
}

function $listBlocks(list: ElementNode, out: ElementNode[]): void {
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const children = item.getChildren();
    const nested = children.filter($isListNode);
    const hasOwn = children.some((c) => !$isListNode(c));
    // lexical-doc keeps an item with only a nested list out; it keeps an empty plain item
    if (nested.length === 0 || (hasOwn && $blockText(item).length > 0)) out.push(item);
    for (const n of nested) $listBlocks(n, out);
  }
}

/** The block nodes in paragraph order. */
export function $blockNodes(): ElementNode[] {
  const out: ElementNode[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isListNode(child)) $listBlocks(child, out);
    else if ($isDecoratorNode(child) || child.getType() === NOTE_TYPE) continue;
    else if ($isElementNode(child)) out.push(child);
  }
  return out;
}

/**
 * Paragraphs with text and word counts, reusing the cached text of blocks Lexical did not mark
 * dirty (so a keystroke in a 10,000-word story re-reads one paragraph, not all of them).
 */
export function $collectBlocks(cache: Map<string, LiveBlock>, dirty: Map<string, unknown> | null): LiveBlock[] {
  const nodes = $blockNodes();
  const out: LiveBlock[] = [];
  const next = new Map<string, LiveBlock>();
  for (const n of nodes) {
    const key = n.getKey();
    let b = dirty && !dirty.has(key) ? cache.get(key) : undefined;
    if (!b) {
      const text = $blockText(n);
      const old = cache.get(key);
      b = old && old.text === text ? old : { key, text, words: countWords(text) };
    }
    out.push(b);
    next.set(key, b);
  }
  cache.clear();
  for (const [k, v] of next) cache.set(k, v);
  return out;
}
