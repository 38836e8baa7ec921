/**
 * Undo history that starts from the story as it was opened (or loaded: a restored revision, a
 * recovered backup, the hub's version adopted).
 *
 * Why not Lexical's HistoryPlugin alone: its history takes its starting point from the first
 * update it records, and an update that marks no node dirty (the initial state, a
 * setEditorState) is not recorded. When the first change after opening came without a selection
 * in the editor (accepting or rejecting a suggestion from the side list), that change had nothing
 * to go back to: Undo stayed disabled. Here the history is seeded with the state present when it
 * is registered and re-seeded, emptied, by every load, so undo never crosses into a document that
 * was replaced underneath it.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, type LexicalEditor } from 'lexical';

/** The update tag of a whole-document load (EditorView's loadBody). */
export const LOAD_TAG = 'redaksi-load';

/** Typing within this many milliseconds is one undo step (HistoryPlugin's default). */
const MERGE_MS = 300;

export function registerHistoryFromLoaded(editor: LexicalEditor): () => void {
  const state = createEmptyHistoryState();
  const seed = () => {
    state.current = { editor, editorState: editor.getEditorState() };
    state.undoStack.length = 0;
    state.redoStack.length = 0;
  };
  seed();
  return mergeRegister(
    registerHistory(editor, state, MERGE_MS),
    editor.registerUpdateListener(({ tags }) => {
      if (!tags.has(LOAD_TAG)) return;
      seed();
      editor.dispatchCommand(CAN_UNDO_COMMAND, false);
      editor.dispatchCommand(CAN_REDO_COMMAND, false);
    }),
  );
}
