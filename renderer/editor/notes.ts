/**
 * Private notes in the body (the Guardian composer's notes): a block the desk writes to itself,
 * styled apart, that no reader ever sees. It is not a paragraph: shared/model/lexical-doc.ts and
 * paragraphs.ts skip it, so every check, every word count and every export (all built on those
 * blocks) pass it by; the Ghost payload skips it by type (NOTE_TYPE).
 */
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  ElementNode,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { $setBlocksType } from '@lexical/selection';
import { addClassNamesToElement } from '@lexical/utils';
import { NOTE_TYPE } from '../../shared/model/lexical-doc.js';

export class NoteNode extends ElementNode {
  static override getType(): string {
    return NOTE_TYPE;
  }

  static override clone(node: NoteNode): NoteNode {
    return new NoteNode(node.__key);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const el = document.createElement('div');
    addClassNamesToElement(el, config.theme.note as string | undefined);
    el.setAttribute('data-note', '');
    return el;
  }

  override updateDOM(): boolean {
    return false;
  }

  static override importJSON(json: SerializedElementNode): NoteNode {
    return $createNoteNode().updateFromJSON(json);
  }

  override exportJSON(): SerializedElementNode {
    return { ...super.exportJSON(), type: NOTE_TYPE, version: 1 };
  }

  // Enter at the end of a note goes back to story text
  override insertNewAfter(selection: RangeSelection, restoreSelection?: boolean): ParagraphNode {
    const p = $createParagraphNode();
    p.setTextFormat(selection.format);
    this.insertAfter(p, restoreSelection);
    return p;
  }

  // Backspace at its start turns the note back into a paragraph, as a quote does
  override collapseAtStart(): true {
    const p = $createParagraphNode();
    for (const c of this.getChildren()) p.append(c);
    this.replace(p);
    return true;
  }

  override canMergeWhenEmpty(): true {
    return true;
  }
}

export function $createNoteNode(): NoteNode {
  return new NoteNode();
}

export function $isNoteNode(node: LexicalNode | null | undefined): node is NoteNode {
  return node instanceof NoteNode;
}

/** Turns the selected blocks into a note, or back into paragraphs when they all are notes. */
export const TOGGLE_NOTE_COMMAND = createCommand<void>('TOGGLE_NOTE_COMMAND');

export function registerNotes(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    TOGGLE_NOTE_COMMAND,
    () => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel)) return false;
      const tops = sel.getNodes().map((n) => (n.getKey() === 'root' ? null : n.getTopLevelElement()));
      const allNotes = tops.length > 0 && tops.every((n) => $isNoteNode(n));
      $setBlocksType(sel, () => (allNotes ? $createParagraphNode() : $createNoteNode()));
      return true;
    },
    COMMAND_PRIORITY_EDITOR,
  );
}
