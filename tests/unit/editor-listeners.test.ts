/**
 * The story page's listeners (renderer/editor/listeners.ts), on a headless Lexical editor: the
 * selected text through the public selection API, document changes without the loads, and the
 * paragraphs read at once or after a pause in typing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createRangeSelection, $getRoot, $setSelection, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { EDITOR_NODES } from '../../renderer/editor/nodes.js';
import { BLOCKS_MAX_WAIT_MS, registerBlocks, registerDocumentChange, registerSelectionText } from '../../renderer/editor/listeners.js';
import type { LiveBlock } from '../../renderer/editor/paragraphs.js';

const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
const para = (t: string) => ({ type: 'paragraph', children: [text(t)], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' });
const doc = (...ps: string[]) => JSON.stringify({ root: { type: 'root', children: ps.map(para), direction: null, format: '', indent: 0, version: 1 } });

function editorWith(...ps: string[]): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(doc(...ps)));
  return editor;
}

/** select [start, end) of the first paragraph's text */
function select(editor: LexicalEditor, start: number, end: number) {
  editor.update(() => {
    const node = $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>();
    const sel = $createRangeSelection();
    sel.anchor.set(node.getKey(), start, 'text');
    sel.focus.set(node.getKey(), end, 'text');
    $setSelection(sel);
  }, { discrete: true });
}

function appendTo(editor: LexicalEditor, i: number, more: string, tag?: string) {
  editor.update(() => {
    const node = $getRoot().getChildAtIndex<ElementNode>(i)!.getFirstChildOrThrow<TextNode>();
    node.setTextContent(node.getTextContent() + more);
  }, { discrete: true, ...(tag ? { tag } : {}) });
}

beforeEach(() => {
  // listeners.ts runs in the renderer and times with window.setTimeout
  vi.stubGlobal('window', globalThis);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('editor listeners', () => {
  it('reports the selected text when it changes, and "" for a caret', () => {
    const editor = editorWith('Harga beras naik.');
    const seen: string[] = [];
    const off = registerSelectionText(editor, () => (t) => seen.push(t));
    select(editor, 0, 5);
    select(editor, 0, 5); // the same text again: not reported twice
    select(editor, 6, 11);
    select(editor, 3, 3);
    off();
    select(editor, 0, 5);
    expect(seen).toEqual(['Harga', 'beras', '']);
  });

  it('reports changes of the document, not of the selection, nor a stored text being loaded', () => {
    const editor = editorWith('Satu.', 'Dua.');
    let changes = 0;
    const off = registerDocumentChange(editor, () => () => changes++);
    select(editor, 0, 2);
    expect(changes).toBe(0);
    appendTo(editor, 1, ' Tiga.', 'redaksi-load');
    expect(changes).toBe(0);
    appendTo(editor, 1, ' Empat.');
    expect(changes).toBe(1);
    off();
    appendTo(editor, 0, ' Lima.');
    expect(changes).toBe(1);
  });

  it('reads the paragraphs at once, and after each change when idleMs is 0', () => {
    const editor = editorWith('Satu.', 'Dua.');
    const reads: LiveBlock[][] = [];
    const off = registerBlocks(editor, () => (b) => reads.push(b), 0);
    expect(reads.map((b) => b.map((x) => x.text))).toEqual([['Satu.', 'Dua.']]);
    appendTo(editor, 1, ' Tiga.');
    expect(reads.at(-1)!.map((x) => [x.text, x.words])).toEqual([['Satu.', 1], ['Dua. Tiga.', 2]]);
    off();
  });

  it('gathers the changes while typing goes on: one read after the pause, at least one per BLOCKS_MAX_WAIT_MS', () => {
    vi.useFakeTimers();
    const editor = editorWith('Satu.', 'Dua.');
    const reads: string[][] = [];
    const off = registerBlocks(editor, () => (b) => reads.push(b.map((x) => x.text)), 150);
    expect(reads).toHaveLength(1);
    appendTo(editor, 0, 'a');
    vi.advanceTimersByTime(100);
    appendTo(editor, 1, 'b');
    vi.advanceTimersByTime(100);
    expect(reads).toHaveLength(1);
    vi.advanceTimersByTime(60);
    // both paragraphs changed in between: one read has both
    expect(reads).toEqual([['Satu.', 'Dua.'], ['Satu.a', 'Dua.b']]);
    // keys every 100 ms never pause for 150 ms: the longest wait still reads
    for (let t = 0; t < BLOCKS_MAX_WAIT_MS; t += 100) {
      appendTo(editor, 0, 'x');
      vi.advanceTimersByTime(100);
    }
    expect(reads.length).toBe(3);
    off();
    appendTo(editor, 0, 'z');
    vi.advanceTimersByTime(BLOCKS_MAX_WAIT_MS * 2);
    expect(reads.length).toBe(3);
  });
});
