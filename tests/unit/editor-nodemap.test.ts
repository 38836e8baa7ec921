/**
 * renderer/editor/nodemap.ts hands a long story's node map to Lexical's copy-on-write GenMap. It
 * leans on Lexical internals: if an upgrade moves them, the first test fails. The others check
 * that edits, undo snapshots (older editor states) and serialization behave exactly as with
 * Lexical's own plain-Map copies.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../renderer/editor/nodes.js';
import { registerSharedNodeMap, shareNodeMap, SHARE_MIN_NODES } from '../../renderer/editor/nodemap.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';

function editorWith(paragraphs: number): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  const paras = Array.from({ length: paragraphs }, (_, i) => `Paragraf ${i} dengan beberapa kata.`);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(docFromParagraphs(paras))));
  return editor;
}

const nodeMapOf = (editor: LexicalEditor) => (editor.getEditorState() as unknown as { _nodeMap: unknown })._nodeMap;

describe('shared node map', () => {
  it('turns a long story’s committed map into a GenMap (the Lexical internals it needs are there)', () => {
    const editor = editorWith(300);
    expect(nodeMapOf(editor)).toBeInstanceOf(Map);
    expect(shareNodeMap(editor)).toBe(true);
    expect(nodeMapOf(editor)).not.toBeInstanceOf(Map);
    expect((nodeMapOf(editor) as Map<string, unknown>).size).toBe(601);
    expect(shareNodeMap(editor)).toBe(false); // already shared
  });

  it('leaves a short story to Lexical', () => {
    const editor = editorWith(Math.floor(SHARE_MIN_NODES / 4));
    expect(shareNodeMap(editor)).toBe(false);
    expect(nodeMapOf(editor)).toBeInstanceOf(Map);
  });

  it('edits give the same document as without it, and earlier states stay as they were', () => {
    type Op = { kind: 'type' | 'insert' | 'remove'; at: number; text: string };
    const op = fc.record({ kind: fc.constantFrom<'type' | 'insert' | 'remove'>('type', 'insert', 'remove'), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops: Op[]) => {
        const plain = editorWith(260);
        const shared = editorWith(260);
        const off = registerSharedNodeMap(shared);
        const apply = (editor: LexicalEditor, o: Op) =>
          editor.update(
            () => {
              const kids = $getRoot().getChildren();
              const target = kids[o.at % kids.length]!;
              if (o.kind === 'type' && $isElementNode(target)) {
                const t = target.getFirstChild();
                if ($isTextNode(t)) t.setTextContent(t.getTextContent() + o.text);
              } else if (o.kind === 'insert') target.insertAfter($createParagraphNode().append($createTextNode(o.text)));
              else if (kids.length > 1) target.remove();
            },
            { discrete: true },
          );
        const before = JSON.stringify(shared.getEditorState().toJSON());
        const oldState = shared.getEditorState();
        for (const o of ops) {
          apply(plain, o);
          apply(shared, o);
        }
        expect(JSON.stringify(shared.getEditorState().toJSON())).toBe(JSON.stringify(plain.getEditorState().toJSON()));
        expect(JSON.stringify(oldState.toJSON())).toBe(before); // undo history keeps this state
        expect(nodeMapOf(shared)).not.toBeInstanceOf(Map);
        off();
      }),
      { numRuns: 40 },
    );
  });
});
