/**
 * The editor's live paragraph walk (renderer/editor/paragraphs.ts) and the JSON walk every check,
 * export and Finding index uses (shared/model/lexical-doc.ts) must agree, paragraph for paragraph:
 * a fix or a highlight lands on the paragraph the finding names. Also: the range helpers map
 * Finding offsets onto nodes across formatting boundaries and line breaks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { EDITOR_NODES } from '../../renderer/editor/nodes.js';
import { $blockNodes, $blockText, $collectBlocks, type LiveBlock } from '../../renderer/editor/paragraphs.js';
import { $replaceInBlock } from '../../renderer/editor/ranges.js';
import { blocksOf, docFromBlocks, NOTE_TYPE, paragraphsOf, type Block, type BlockKind } from '../../shared/model/lexical-doc.js';
import type { LexicalJson } from '../../shared/model/draft.js';

function editorWith(doc: LexicalJson) {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
  return editor;
}

function liveParagraphs(doc: LexicalJson): string[] {
  const editor = editorWith(doc);
  return editor.getEditorState().read(() => $blockNodes().map($blockText));
}

const hr = { type: 'horizontalrule', version: 1 };
const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: null, format: '', indent: 0, version: 1, ...extra });

describe('live paragraphs match lexical-doc', () => {
  it('private notes are not paragraphs, live or stored', () => {
    const doc = {
      root: el('root', [
        el('paragraph', [text('Satu.')], { textFormat: 0, textStyle: '' }),
        el(NOTE_TYPE, [text('catatan untuk redaktur')]),
        el('paragraph', [text('Dua.')], { textFormat: 0, textStyle: '' }),
      ]),
    } as unknown as LexicalJson;
    expect(liveParagraphs(doc)).toEqual(['Satu.', 'Dua.']);
    expect(paragraphsOf(doc)).toEqual(['Satu.', 'Dua.']);
  });

  it('headings, quotes, lists (nested), line breaks and rules', () => {
    const doc = {
      root: el('root', [
        el('heading', [text('Judul')], { tag: 'h2' }),
        el('paragraph', [text('Satu '), text('tebal', 1), { type: 'linebreak', version: 1 }, text('baris dua')], { textFormat: 0, textStyle: '' }),
        hr,
        el('quote', [text('“Kutipan,” katanya.')]),
        el('list', [
          el('listitem', [text('butir a')], { value: 1 }),
          el('listitem', [el('list', [el('listitem', [text('anak')], { value: 1 })], { listType: 'bullet', start: 1, tag: 'ul' })], { value: 2 }),
          el('listitem', [text('butir b')], { value: 3 }),
        ], { listType: 'number', start: 1, tag: 'ol' }),
        el('paragraph', [], { textFormat: 0, textStyle: '' }),
        el('paragraph', [el('link', [text('tautan')], { url: 'https://contoh.id', rel: null, target: null, title: null })], { textFormat: 0, textStyle: '' }),
      ]),
    } as unknown as LexicalJson;
    const live = liveParagraphs(doc);
    expect(live).toEqual(paragraphsOf(doc));
    expect(live).toEqual(['Judul', 'Satu tebal\nbaris dua', '“Kutipan,” katanya.', 'butir a', 'anak', 'butir b', '', 'tautan']);
  });

  it('agrees on any document built from blocks (property)', () => {
    const kind = fc.constantFrom<BlockKind>('paragraph', 'h2', 'h3', 'quote', 'bullet', 'number');
    const run = fc.record({ text: fc.string({ maxLength: 12 }), bold: fc.boolean(), italic: fc.boolean() });
    const block = fc.record({ kind, runs: fc.array(run, { maxLength: 4 }) }) as fc.Arbitrary<Block>;
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        const doc = docFromBlocks(blocks);
        expect(liveParagraphs(doc)).toEqual(paragraphsOf(doc));
      }),
      { numRuns: 150 },
    );
  });

  it('re-reads only dirty blocks and reuses the others', () => {
    const doc = docFromBlocks([1, 2, 3].map((n) => ({ kind: 'paragraph' as const, runs: [{ text: `paragraf ${n} berisi kata` }] })));
    const editor = editorWith(doc);
    const cache = new Map<string, LiveBlock>();
    const first = editor.getEditorState().read(() => $collectBlocks(cache, null));
    // nothing dirty: every block object is reused as is
    const again = editor.getEditorState().read(() => $collectBlocks(cache, new Map()));
    expect(again.every((b, i) => b === first[i])).toBe(true);
    expect(first.map((b) => b.words)).toEqual([4, 4, 4]);
  });
});

describe('offset ranges', () => {
  it('replaces a range that spans a formatting boundary, as one edit', () => {
    const doc = docFromBlocks([{ kind: 'paragraph', runs: [{ text: 'Nilai ' }, { text: '96,45', bold: true }, { text: ' zona hijau' }] }]);
    const editor = editorWith(doc);
    editor.update(() => {
      const block = $blockNodes()[0]!;
      // "ai 96,45 zo" -> "ai 98,00 zo"
      $replaceInBlock(block, 3, 14, 'ai 98,00 zo');
    }, { discrete: true });
    const out = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(out).toBe('Nilai 98,00 zona hijau');
    expect(blocksOf(editor.getEditorState().toJSON() as unknown as LexicalJson)[0]!.runs.map((r) => r.text).join('')).toBe('Nilai 98,00 zona hijau');
  });
});
