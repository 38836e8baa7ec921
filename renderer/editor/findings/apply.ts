/**
 * Apply a Finding's fix as ONE editor update (so one undo step), never from an update listener.
 * Convention from shared/analysis/fix.ts: an edit covering a whole paragraph with empty text
 * removes the paragraph's node; any other edit replaces text inside it.
 */
import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { $isListItemNode, $isListNode } from '@lexical/list';
import type { Fix } from '../../../shared/model/finding.js';
import { isParagraphRemoval } from '../../../shared/analysis/fix.js';
import { $blockNodes, $blockText } from '../paragraphs.js';
import { $replaceInBlock } from '../ranges.js';

/** Returns false (and changes nothing) when the text moved on since the check ran. */
export function applyFixToEditor(editor: LexicalEditor, fix: Fix, checkedParagraphs: readonly string[]): boolean {
  let ok = true;
  editor.update(
    () => {
      const nodes = $blockNodes();
      const live = nodes.map($blockText);
      for (const e of fix.edits) {
        if (live[e.paragraph] !== checkedParagraphs[e.paragraph]) {
          ok = false;
          return;
        }
      }
      const edits = fix.edits.slice().sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
      for (const e of edits) {
        const node = nodes[e.paragraph];
        if (!node || !node.isAttached()) continue;
        if (isParagraphRemoval(e, checkedParagraphs)) {
          const parent = node.getParent();
          node.remove();
          if ($isListNode(parent) && parent.getChildrenSize() === 0) parent.remove();
          else if ($isListItemNode(parent) && parent.getChildrenSize() === 0) parent.remove();
        } else {
          $replaceInBlock(node, e.start, e.end, e.text);
        }
      }
      const root = $getRoot();
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
    },
    { tag: 'redaksi-fix' },
  );
  return ok;
}
