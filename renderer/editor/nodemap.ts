/**
 * Every Lexical update starts by copying the committed state's node map. Lexical copies a plain
 * Map entry by entry until the story has 1,000 nodes and switches to its copy-on-write GenMap
 * (O(1) clone) from there on. The bench's 10,000-word story (370 paragraphs) has 741 nodes, under
 * that line: measured in Chromium, the copy (and the garbage it leaves) cost about 0.5 ms of
 * every keystroke. The threshold is internal to Lexical, so this hands the committed map to
 * Lexical's own GenMap once a story is long enough; every later clone is then O(1).
 *
 * This leans on three internals of the pinned Lexical version (EditorState._nodeMap, the editor's
 * _keyToDOMMap being a GenMap, GenMap#init). tests/unit/editor-nodemap.test.ts fails if an upgrade
 * moves any of them, and shareNodeMap does nothing unless all three look as expected.
 */
import type { EditorState, LexicalEditor, LexicalNode, NodeKey } from 'lexical';

/** Below this many nodes the plain Map copy is cheap and Lexical's own choice stands. */
export const SHARE_MIN_NODES = 200;

type NodeMap = Map<NodeKey, LexicalNode>;
interface GenMapLike extends NodeMap {
  init(old: NodeMap, nursery: undefined, size: number): GenMapLike;
}
type GenMapClass = new () => GenMapLike;

function genMapClass(editor: LexicalEditor): GenMapClass | null {
  const sample = (editor as unknown as { _keyToDOMMap?: unknown })._keyToDOMMap;
  if (!sample || sample instanceof Map || typeof (sample as GenMapLike).init !== 'function') return null;
  return (sample as object).constructor as GenMapClass;
}

/**
 * Makes the committed state's node map a GenMap (if the story is long enough and it is not one
 * already). The committed map is never written again by Lexical, so it becomes the GenMap's
 * shared base as it is, without a copy. Returns true if it converted.
 */
export function shareNodeMap(editor: LexicalEditor, state: EditorState = editor.getEditorState()): boolean {
  const s = state as unknown as { _nodeMap?: unknown };
  const map = s._nodeMap;
  if (!(map instanceof Map) || map.size < SHARE_MIN_NODES) return false;
  const GenMap = genMapClass(editor);
  if (!GenMap || map instanceof GenMap) return false;
  s._nodeMap = new GenMap().init(map as NodeMap, undefined, map.size);
  return true;
}

/** Keeps the editor's committed node map shared after loads and large pastes; returns the unregister function. */
export function registerSharedNodeMap(editor: LexicalEditor): () => void {
  shareNodeMap(editor);
  return editor.registerUpdateListener(({ editorState }) => {
    // after a GenMap-backed state every clone is a GenMap already: this is a type check per update
    shareNodeMap(editor, editorState);
  });
}
