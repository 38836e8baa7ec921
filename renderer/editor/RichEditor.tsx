import { memo, useEffect, useRef, useState } from 'react';
import type { EditorState, LexicalEditor } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { mergeRegister } from '@lexical/utils';
import {
  BOLD_ITALIC_STAR, BOLD_STAR, HEADING, ITALIC_STAR, LINK, ORDERED_LIST, QUOTE, STRIKETHROUGH, UNORDERED_LIST,
  type ElementTransformer, type Transformer,
} from '@lexical/markdown';
import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { EDITOR_NODES, editorTheme } from './nodes.js';
import { isSafeUrl } from './links.js';
import { registerCleanPaste } from './paste.js';
import type { LiveBlock } from './paragraphs.js';
import { registerBlocks, registerDocumentChange, registerSelectionText } from './listeners.js';
import { StoryScrollerContext } from './scroller.js';
import { registerSharedNodeMap } from './nodemap.js';
import { startWindowing } from './windowing.js';
import { registerNotes } from './notes.js';
import { registerHistoryFromLoaded } from './history.js';
import type { LexicalJson } from '../../shared/model/draft.js';

const HR: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '***' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const line = $createHorizontalRuleNode();
    if (isImport || parentNode.getNextSibling() != null) parentNode.replace(line);
    else parentNode.insertBefore(line);
    line.selectNext();
  },
  type: 'element',
};

export const MARKDOWN: Transformer[] = [HR, HEADING, QUOTE, UNORDERED_LIST, ORDERED_LIST, BOLD_ITALIC_STAR, BOLD_STAR, ITALIC_STAR, STRIKETHROUGH, LINK];

export interface EditorEvents {
  /** the document changed (not just the selection) */
  onChange?: (state: EditorState, tags: Set<string>) => void;
  /** paragraphs after a change, cached per block (read-only listener); when blocksIdleMs says */
  onBlocks?: (blocks: LiveBlock[]) => void;
  /**
   * Typing must not walk a 10,000-word story, nor re-render the page, per key: changes are
   * gathered and the paragraphs are read once typing pauses for this long, and at least every
   * BLOCKS_MAX_WAIT_MS (listeners.ts) while it goes on (the first read, and 0 here, are immediate).
   */
  blocksIdleMs?: number;
  /** selection text changed (for selection counts) */
  onSelectionText?: (text: string) => void;
  onPasted?: (plain: string) => void;
  onReady?: (editor: LexicalEditor) => void;
}

/**
 * The page's listeners, one register function per concern (listeners.ts), joined with
 * mergeRegister. The callbacks are read through a ref: the page may pass new closures without
 * the listeners (and the paragraph cache) being set up again.
 */
function Wiring({ onChange, onBlocks, onSelectionText, onPasted, onReady, blocksIdleMs = 0 }: EditorEvents) {
  const [editor] = useLexicalComposerContext();
  const cbs = useRef({ onChange, onBlocks, onSelectionText, onPasted });
  cbs.current = { onChange, onBlocks, onSelectionText, onPasted };

  useEffect(() => {
    onReady?.(editor);
    return mergeRegister(
      registerSharedNodeMap(editor),
      registerBlocks(editor, () => cbs.current.onBlocks, blocksIdleMs),
      registerSelectionText(editor, () => cbs.current.onSelectionText),
      registerDocumentChange(editor, () => cbs.current.onChange),
      registerCleanPaste(editor, (plain) => cbs.current.onPasted?.(plain)),
    );
  }, [editor, onReady, blocksIdleMs]);
  return null;
}

/** Long stories lay out only what is near the viewport (windowing.ts); off in screen reader mode. */
function Windowing({ enabled }: { enabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | null = null;
    const offRoot = editor.registerRootListener((root) => {
      stop?.();
      stop = root ? startWindowing(editor, root) : null;
    });
    return () => {
      offRoot();
      stop?.();
    };
  }, [editor, enabled]);
  return null;
}

/** A Lexical plugin written as a register function (returns its cleanup, mergeRegister style). */
export function Registered({ fn }: { fn: (editor: LexicalEditor) => () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => fn(editor), [editor, fn]);
  return null;
}

function EditableSync({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

interface EditorProps extends EditorEvents {
  initial: LexicalJson | null;
  editable?: boolean;
  placeholder: string;
  label: string;
  /** lay out only the blocks near the viewport in a long story (false: screen reader mode) */
  windowed?: boolean;
  /** drawn above the text, inside the editor's frame (toolbar, find bar); pass a stable element */
  chrome?: React.ReactNode;
  /**
   * Plugins of this page (the findings layer): rendered inside the composer, where they reach the
   * editor and the scroll container (useStoryScroller) and draw through portals. They may change
   * on every render: the editable surface and the built-in plugins are memoized apart from them.
   */
  children?: React.ReactNode;
}

/**
 * The story's editor: Lexical with the newsroom's nodes and plugins, and the scroll container
 * the page's own plugins (children) draw into.
 */
export function RichEditor({ initial, editable = true, children, ...surface }: EditorProps) {
  // LexicalComposer reads its config once, on mount; building it on every render would serialize
  // a 10,000-word body each time the page re-renders while the reporter types
  const [initialConfig] = useState(() => ({
    namespace: 'redaksi',
    theme: editorTheme,
    nodes: EDITOR_NODES,
    editable,
    editorState: initial && initial.root && (initial.root.children?.length ?? 0) > 0 ? JSON.stringify(initial) : undefined,
    onError(e: Error) {
      console.error(e);
    },
  }));
  // the scroll container, by ref (a state, so the plugins render again once it is mounted)
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorSurface {...surface} editable={editable} scrollerRef={setScroller} />
      <StoryScrollerContext.Provider value={scroller}>{children}</StoryScrollerContext.Provider>
    </LexicalComposer>
  );
}

/**
 * memo: the page re-renders with the live counts while the reporter types; the editable surface
 * (and Lexical's plugin tree under it) must not, so callers pass stable callbacks and chrome.
 */
const EditorSurface = memo(function EditorSurface({
  editable,
  placeholder,
  label,
  windowed = true,
  chrome,
  scrollerRef,
  ...events
}: Omit<EditorProps, 'initial' | 'children' | 'editable'> & { editable: boolean; scrollerRef: (el: HTMLDivElement | null) => void }) {
  return (
    <>
      <div className="editor-shell">
        {chrome}
        <div className="editor-scroller" ref={scrollerRef}>
          <RichTextPlugin
            contentEditable={<ContentEditable className="editor-input" aria-label={label} aria-placeholder={placeholder} placeholder={<div className="editor-placeholder">{placeholder}</div>} spellCheck lang="" />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <Registered fn={registerHistoryFromLoaded} />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeUrl} />
      <HorizontalRulePlugin />
      <MarkdownShortcutPlugin transformers={MARKDOWN} />
      <Registered fn={registerNotes} />
      <EditableSync editable={editable} />
      <Windowing enabled={windowed} />
      <Wiring {...events} />
    </>
  );
});
