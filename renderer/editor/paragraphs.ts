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

const kindOf = (n: LexicalNode): string | undefined => (n.getType() === SUGGESTION_TYPE ? (n as LexicalNode & { getKind?: () => string }).getKind?.() : undefined);

/**
 * Not in the text the checks read: text suggested for deletion, and the pilcrow of a suggested
 * paragraph split or join (lexical-doc.ts isSuggestedDeletion, isParagraphMark).
 */
export function $isSkippedByChecks(n: LexicalNode): boolean {
  const k = kindOf(n);
  return k === 'delete' || k === 'split' || k === 'join';
}

/**
 * The block's paragraph mark of one of `kinds` (suggested split or join), or null. The mark sits
 * at the block's end; typing after it may push it back a little, so the last few children are
 * looked at.
 */
export function $paragraphMarkOf(block: ElementNode, kinds: ReadonlyArray<'split' | 'join'> = ['split', 'join']): LexicalNode | null {
  let n = block.getLastChild();
  for (let i = 0; n && i < 4; i++, n = n.getPreviousSibling()) {
    const k = kindOf(n);
    if ((k === 'split' || k === 'join') && kinds.includes(k)) return n;
  }
  return null;
}

/** The block holds a suggested join: it reads as one paragraph with the block after it (lexical-doc.ts joinsNext). */
export const $joinsNext = (block: ElementNode): boolean => $paragraphMarkOf(block, ['join']) !== null;

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
    else if ($isElementNode(n) && !$isListNode(n) && !$isSkippedByChecks(n)) for (const c of n.getChildren()) walk(c);
  };
  for (const c of node.getChildren()) walk(c);
  // a suggested join reads on into the next block (its first block stands for both in $blockNodes)
  if (!$isListItemNode(node) && $joinsNext(node)) {
    const next = $nextBlock(node);
    if (next) out += $blockText(next);
  }
  return out;
}

function $nextBlock(node: ElementNode): ElementNode | null {
  let n = node.getNextSibling();
  while (n && ($isDecoratorNode(n) || n.getType() === NOTE_TYPE)) n = n.getNextSibling();
  return n && $isElementNode(n) && !$isListNode(n) ? n : null;
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
  let joined = false;
  for (const child of $getRoot().getChildren()) {
    if ($isListNode(child)) $listBlocks(child, out);
    else if ($isDecoratorNode(child) || child.getType() === NOTE_TYPE) continue;
    else if ($isElementNode(child)) {
      // the second half of a suggested join is read as part of the block before it
      if (!joined) out.push(child);
      joined = $joinsNext(child);
      continue;
    }
    joined = false;
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
    // a joined block's text includes its neighbour's, which may be the dirty one
    let b = dirty && !dirty.has(key) && !$joinsNext(n) ? cache.get(key) : undefined;
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
