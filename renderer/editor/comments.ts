/**
 * Comment anchors in the text (issue 15), the shape of the Lexical playground's CommentPlugin: the
 * commented text is wrapped in an @lexical/mark MarkNode that carries the thread ids, so the
 * anchor moves with the text as it is edited and is saved with the body. The thread itself is in
 * the database (comments.* calls); when every mark of a thread is gone (its text deleted) the
 * thread is "on deleted text" and shows its quote.
 *
 * This plugin keeps the map thread id -> mark node keys (a mutation listener, no document walk
 * per keystroke), paints marks of resolved threads quieter and the active thread stronger (a class
 * on the mark's element), reports which thread the caret is in, and turns Ctrl/Cmd+Alt+M into a
 * request for a new comment.
 */
import { $isMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  createCommand,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type NodeKey,
  type RangeSelection,
} from 'lexical';
import { QUOTE_MAX } from '../../shared/model/comment.js';
import { $scrollToBlock } from './windowing.js';

export interface CommentEvents {
  /** the set of thread ids anchored in the text changed */
  onAnchors: (ids: ReadonlySet<string>) => void;
  /** the caret moved into (or out of) a commented text: the innermost thread there */
  onCaretThread: (id: string | null) => void;
  /** Ctrl/Cmd+Alt+M */
  onRequestComment: () => void;
}

/**
 * Marks of these threads look resolved, this one active. `live`: the threads that exist (null
 * until they are loaded); a mark of none of them (its thread deleted) is not highlighted. The
 * mark itself stays in the text, so an undo of the deletion brings the highlight back.
 */
export const SET_COMMENT_LOOK_COMMAND = createCommand<{ resolved: ReadonlySet<string>; active: string | null; live: ReadonlySet<string> | null }>('SET_COMMENT_LOOK_COMMAND');
/** Select a thread's text and bring it into view (not handled when the thread has no text left). */
export const REVEAL_COMMENT_COMMAND = createCommand<string>('REVEAL_COMMENT_COMMAND');

function isCommentShortcut(e: KeyboardEvent): boolean {
  // e.code: with Alt held, e.key is a special character on macOS (Option+M = µ)
  return (e.ctrlKey || e.metaKey) && e.altKey && !e.shiftKey && (e.code === 'KeyM' || e.key.toLowerCase() === 'm');
}

export function registerComments(editor: LexicalEditor, events: CommentEvents): () => void {
  const keysById = new Map<string, Set<NodeKey>>();
  const idsByKey = new Map<NodeKey, string[]>();
  let resolved: ReadonlySet<string> = new Set();
  let active: string | null = null;
  let live: ReadonlySet<string> | null = null;
  let caretThread: string | null = null;

  const paint = (key: NodeKey) => {
    const el = editor.getElementByKey(key);
    const ids = idsByKey.get(key);
    if (!el || !ids) return;
    el.classList.toggle('resolved', ids.every((id) => resolved.has(id)));
    el.classList.toggle('active', active !== null && ids.includes(active));
    el.classList.toggle('gone', live !== null && !ids.some((id) => live!.has(id)));
  };

  const anchored = () => new Set([...keysById].filter(([, keys]) => keys.size > 0).map(([id]) => id));

  const forget = (key: NodeKey) => {
    for (const id of idsByKey.get(key) ?? []) keysById.get(id)?.delete(key);
    idsByKey.delete(key);
  };

  return mergeRegister(
    editor.registerCommand(
      SET_COMMENT_LOOK_COMMAND,
      (look) => {
        resolved = look.resolved;
        active = look.active;
        live = look.live;
        for (const key of idsByKey.keys()) paint(key);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      REVEAL_COMMENT_COMMAND,
      (id) => {
        const nodes = [...(keysById.get(id) ?? [])].map((k) => $getNodeByKey(k)).filter($isMarkNode);
        const first = nodes[0];
        if (!first) return false;
        const last = nodes[nodes.length - 1]!;
        const sel = first.select(0, 0);
        const end = last.getLastDescendant();
        if ($isRangeSelection(sel) && $isTextNode(end)) sel.focus.set(end.getKey(), end.getTextContentSize(), 'text');
        const block = first.getTopLevelElement();
        if (block) $scrollToBlock(editor, block);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerMutationListener(
      MarkNode,
      (mutations) => {
        let changed = false;
        editor.getEditorState().read(() => {
          for (const [key, kind] of mutations) {
            const before = (idsByKey.get(key) ?? []).join('\n');
            forget(key);
            if (kind !== 'destroyed') {
              const node = $getNodeByKey(key);
              if ($isMarkNode(node)) {
                const ids = node.getIDs();
                idsByKey.set(key, ids);
                for (const id of ids) {
                  let set = keysById.get(id);
                  if (!set) keysById.set(id, (set = new Set()));
                  set.add(key);
                }
              }
            }
            if ((idsByKey.get(key) ?? []).join('\n') !== before) changed = true;
            paint(key);
          }
        });
        if (changed) events.onAnchors(anchored());
      },
      { skipInitialization: false },
    ),
    editor.registerUpdateListener(({ editorState }) => {
      const id = editorState.read(() => {
        const sel = $getSelection();
        if (!$isRangeSelection(sel)) return null;
        const mark = $findMatchingParent(sel.anchor.getNode(), $isMarkNode);
        const ids = $isMarkNode(mark) ? mark.getIDs() : [];
        return ids[ids.length - 1] ?? null;
      });
      if (id !== caretThread) {
        caretThread = id;
        events.onCaretThread(id);
      }
    }),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (e: KeyboardEvent) => {
        if (!isCommentShortcut(e)) return false;
        e.preventDefault();
        events.onRequestComment();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}


/** The selection a new comment will anchor to, with its text; null when nothing is selected. */
export function pendingSelection(editor: LexicalEditor): { selection: RangeSelection; quote: string } | null {
  return editor.getEditorState().read(() => {
    const sel = $getSelection();
    if (!$isRangeSelection(sel) || sel.isCollapsed()) return null;
    const quote = sel.getTextContent().replace(/\s+/g, ' ').trim();
    if (!quote) return null;
    return { selection: sel.clone(), quote: quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote };
  });
}

/** Wrap the remembered selection in the thread's mark (one undoable change). */
export function anchorComment(editor: LexicalEditor, selection: RangeSelection, id: string): void {
  editor.update(() => {
    const sel = selection.clone();
    // the text may have changed while the comment was written: anchor only to what is still there
    if (!sel.anchor.getNode().isAttached() || !sel.focus.getNode().isAttached()) return;
    $wrapSelectionInMarkNode(sel, sel.isBackward(), id);
  });
}
