/**
 * What the story's pages hear from the editor, one concern per register function (each returns
 * its cleanup, so RichEditor joins them with mergeRegister): the paragraphs after a change, the
 * selected text, a change of the document. Callbacks are read through a getter so the page can
 * hand new closures without the listeners being registered again.
 */
import { $getSelection, type EditorState, type LexicalEditor } from 'lexical';
import { $collectBlocks, type LiveBlock } from './paragraphs.js';
import { LOAD_TAG } from './history.js';

/** While the reporter keeps typing, counts and checks still catch up this often. */
export const BLOCKS_MAX_WAIT_MS = 1000;

/**
 * The paragraphs (cached per block, only dirty ones re-read), at once and then after changes.
 * Typing must not walk a 10,000-word story per key: with idleMs > 0 the changed blocks are
 * gathered and read once typing pauses that long, and at least every BLOCKS_MAX_WAIT_MS.
 */
export function registerBlocks(editor: LexicalEditor, onBlocks: () => ((blocks: LiveBlock[]) => void) | undefined, idleMs: number): () => void {
  const cache = new Map<string, LiveBlock>();
  // first read: everything is "dirty"
  editor.getEditorState().read(() => onBlocks()?.($collectBlocks(cache, null)));
  // elements changed since the last read (a union over the updates in between)
  const dirty = new Map<string, unknown>();
  let idleTimer: number | undefined;
  let maxTimer: number | undefined;
  const read = () => {
    window.clearTimeout(idleTimer);
    window.clearTimeout(maxTimer);
    idleTimer = maxTimer = undefined;
    editor.getEditorState().read(() => onBlocks()?.($collectBlocks(cache, dirty)));
    dirty.clear();
  };
  const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || !onBlocks()) return;
    for (const k of dirtyElements.keys()) dirty.set(k, true);
    if (idleMs <= 0) read();
    else {
      window.clearTimeout(idleTimer);
      idleTimer = window.setTimeout(read, idleMs);
      maxTimer ??= window.setTimeout(read, BLOCKS_MAX_WAIT_MS);
    }
  });
  return () => {
    window.clearTimeout(idleTimer);
    window.clearTimeout(maxTimer);
    off();
  };
}

/** The selected text ('' for a caret), reported when it changes (the selection counts). */
export function registerSelectionText(editor: LexicalEditor, onText: () => ((text: string) => void) | undefined): () => void {
  let last = '';
  return editor.registerUpdateListener(({ editorState }) => {
    const text = editorState.read(() => {
      const sel = $getSelection();
      return sel && !sel.isCollapsed() ? sel.getTextContent() : '';
    });
    if (text === last) return;
    last = text;
    onText()?.(text);
  });
}

/** The document changed (not only the selection), except by loading a stored text ('redaksi-load'). */
export function registerDocumentChange(editor: LexicalEditor, onChange: () => ((state: EditorState, tags: Set<string>) => void) | undefined): () => void {
  return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
    if ((dirtyElements.size > 0 || dirtyLeaves.size > 0) && !tags.has(LOAD_TAG)) onChange()?.(editorState, tags);
  });
}
