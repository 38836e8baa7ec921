/**
 * Suggested paragraph splits and joins (renderer/editor/suggestions.ts): Enter in suggesting mode
 * splits for real and leaves a 'split' mark; Backspace at a paragraph's start leaves a 'join'
 * mark. The stored JSON (lexical-doc.ts), the live paragraphs (paragraphs.ts) and the CLI's
 * summary (review-marks.ts) read the text as if every suggestion were accepted: a split as two
 * paragraphs, a join as one. Accepting or rejecting either settles it exactly, and the JSON
 * round-trips through a fresh editor.
 */
import { describe, expect, it } from 'vitest';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $getRoot, $setSelection, createEditor, PASTE_COMMAND, type TextNode, REDO_COMMAND, UNDO_COMMAND, type ElementNode, DELETE_CHARACTER_COMMAND, INSERT_PARAGRAPH_COMMAND, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../renderer/editor/nodes.js';
import { $blockNodes, $blockText } from '../../renderer/editor/paragraphs.js';
import { $selectionFor } from '../../renderer/editor/ranges.js';
import { registerSuggesting, SETTLE_SUGGESTIONS_COMMAND } from '../../renderer/editor/suggestions.js';
import { LOAD_TAG, registerHistoryFromLoaded } from '../../renderer/editor/history.js';
import { docFromParagraphs, paragraphsOf, plainTextOf } from '../../shared/model/lexical-doc.js';
import { reviewMarksOf } from '../../shared/model/review-marks.js';
import type { LexicalJson, SerializedNode } from '../../shared/model/draft.js';

function setup(doc: LexicalJson = docFromParagraphs(['Korban berjumlah dua orang.', 'Hujan turun.'])) {
  const editor = createEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
  registerSuggesting(editor, { enabled: () => true, author: () => 'Dewi Editor', onSuggestions: () => undefined });
  return editor;
}

function at(editor: LexicalEditor, paragraph: number, offset: number, then: () => void): void {
  editor.update(
    () => {
      $setSelection($selectionFor($blockNodes()[paragraph]!, offset, offset));
      then();
    },
    { discrete: true },
  );
}

const json = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as LexicalJson;
const live = (editor: LexicalEditor) => editor.getEditorState().read(() => $blockNodes().map($blockText));
const settle = (editor: LexicalEditor, sid: string | null, accept: boolean) => {
  editor.dispatchCommand(SETTLE_SUGGESTIONS_COMMAND, { sid, accept });
  editor.update(() => undefined, { discrete: true });
};
/** the paragraphs as they stand in the document, marks' pilcrows shown */
const raw = (doc: LexicalJson) => (doc.root.children ?? []).map(function text(n: SerializedNode): string {
  return typeof n.text === 'string' ? n.text : (n.children ?? []).map(text).join('');
});

const mark = (kind: 'split' | 'join'): SerializedNode => ({
  type: 'redaksi-suggestion', kind, sid: `s-${kind}`, author: 'Dewi', at: '2026-12-04T10:00:00.000Z', version: 1, direction: null, format: '', indent: 0,
  children: [{ type: 'text', text: '¶', detail: 0, format: 0, mode: 'token', style: '', version: 1 }],
});

describe('stored JSON read with every suggestion accepted', () => {
  it('a join mark makes its paragraph and the next one paragraph; a split mark adds nothing', () => {
    const doc = docFromParagraphs(['Satu dua', ' tiga.', 'Empat.', 'Lima.']);
    doc.root.children![0]!.children!.push(mark('join'));
    doc.root.children![2]!.children!.push(mark('split'));
    expect(paragraphsOf(doc)).toEqual(['Satu dua tiga.', 'Empat.', 'Lima.']);
    expect(plainTextOf(doc)).not.toContain('¶');
    expect(reviewMarksOf(doc).suggestions.map((s) => [s.kind, s.text])).toEqual([['join', ''], ['split', '']]);
  });

  it('joins chain: three paragraphs read as one', () => {
    const doc = docFromParagraphs(['A', 'B', 'C', 'D']);
    doc.root.children![0]!.children!.push(mark('join'));
    doc.root.children![1]!.children!.push(mark('join'));
    expect(paragraphsOf(doc)).toEqual(['ABC', 'D']);
  });
});

describe('Enter and Backspace in suggesting mode', () => {
  it('Enter mid-paragraph suggests a split: two paragraphs now, reject joins them back exactly', () => {
    const editor = setup();
    at(editor, 0, 17, () => expect(editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined)).toBe(true));
    const doc = json(editor);
    expect(paragraphsOf(doc)).toEqual(['Korban berjumlah ', 'dua orang.', 'Hujan turun.']);
    expect(live(editor)).toEqual(paragraphsOf(doc));
    expect(raw(doc)).toEqual(['Korban berjumlah ¶', 'dua orang.', 'Hujan turun.']);
    const [split] = reviewMarksOf(doc).suggestions;
    expect(split).toMatchObject({ kind: 'split', author: 'Dewi Editor' });

    // survives a save and reload
    const again = setup(doc);
    expect(live(again)).toEqual(['Korban berjumlah ', 'dua orang.', 'Hujan turun.']);

    settle(again, split!.id, false);
    expect(raw(json(again))).toEqual(['Korban berjumlah dua orang.', 'Hujan turun.']);
    settle(editor, split!.id, true);
    expect(raw(json(editor))).toEqual(['Korban berjumlah ', 'dua orang.', 'Hujan turun.']);
    expect(reviewMarksOf(json(editor)).suggestions).toEqual([]);
  });

  it('Backspace at a paragraph start suggests a join: read as one, accept joins, reject removes the mark', () => {
    const editor = setup();
    at(editor, 1, 0, () => expect(editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true)).toBe(true));
    const doc = json(editor);
    expect(raw(doc)).toEqual(['Korban berjumlah dua orang.¶', 'Hujan turun.']);
    expect(paragraphsOf(doc)).toEqual(['Korban berjumlah dua orang.Hujan turun.']);
    expect(live(editor)).toEqual(paragraphsOf(doc));
    const [join] = reviewMarksOf(doc).suggestions;
    expect(join).toMatchObject({ kind: 'join', author: 'Dewi Editor' });

    // a second Backspace there does not stack another mark
    editor.update(() => {
      $getRoot().getChildAtIndex<ElementNode>(1)!.selectStart();
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    }, { discrete: true });
    expect(raw(json(editor))).toEqual(['Korban berjumlah dua orang.¶', 'Hujan turun.']);

    const rejected = setup(doc);
    settle(rejected, join!.id, false);
    expect(raw(json(rejected))).toEqual(['Korban berjumlah dua orang.', 'Hujan turun.']);
    settle(editor, null, true);
    expect(raw(json(editor))).toEqual(['Korban berjumlah dua orang.Hujan turun.']);
  });

  it('Delete at a paragraph end suggests the same join', () => {
    const editor = setup();
    at(editor, 0, 27, () => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false));
    expect(reviewMarksOf(json(editor)).suggestions.map((s) => s.kind)).toEqual(['join']);
    expect(paragraphsOf(json(editor))).toEqual(['Korban berjumlah dua orang.Hujan turun.']);
  });

  it('Backspace right after one\'s own suggested split withdraws it', () => {
    const editor = setup();
    at(editor, 0, 17, () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
    at(editor, 1, 0, () => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    expect(raw(json(editor))).toEqual(['Korban berjumlah dua orang.', 'Hujan turun.']);
    expect(reviewMarksOf(json(editor)).suggestions).toEqual([]);
  });

  it('undo and redo step through the suggestion and its settling', () => {
    const editor = createEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
    registerHistory(editor, createEmptyHistoryState(), 0);
    editor.setEditorState(editor.parseEditorState(JSON.stringify(docFromParagraphs(['Satu dua.', 'Tiga.']))));
    registerSuggesting(editor, { enabled: () => true, author: () => 'Dewi Editor', onSuggestions: () => undefined });
    // a first recorded change, so the suggestion below is not the history's starting point
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    at(editor, 0, 5, () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
    at(editor, 2, 0, () => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    expect(raw(json(editor))).toEqual(['Satu ¶', 'dua.¶', 'Tiga.']);
    settle(editor, null, false);
    expect(raw(json(editor))).toEqual(['Satu dua.', 'Tiga.']);
    const step = (cmd: typeof UNDO_COMMAND) => editor.update(() => void editor.dispatchCommand(cmd, undefined), { discrete: true });
    step(UNDO_COMMAND);
    expect(raw(json(editor))).toEqual(['Satu ¶', 'dua.¶', 'Tiga.']);
    step(UNDO_COMMAND);
    expect(raw(json(editor))).toEqual(['Satu ¶', 'dua.', 'Tiga.']);
    step(REDO_COMMAND);
    step(REDO_COMMAND);
    expect(raw(json(editor))).toEqual(['Satu dua.', 'Tiga.']);
  });

  it('settling one mark from the list, as the first change after opening, is an undo step of its own', () => {
    // the story as the author opens it: the editor's split and join marks already in it
    const doc = docFromParagraphs(['Satu ', 'dua.', 'Tiga.', 'Empat.']);
    doc.root.children![0]!.children!.push(mark('split'));
    doc.root.children![2]!.children!.push(mark('join'));
    const editor = createEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)), { tag: LOAD_TAG });
    registerHistoryFromLoaded(editor);
    registerSuggesting(editor, { enabled: () => false, author: () => 'Rina Reporter', onSuggestions: () => undefined });
    // the registration's own update (its transform marks every suggestion dirty) is committed
    // long before a click in the app
    editor.update(() => undefined, { discrete: true });
    const opened = raw(json(editor));
    expect(opened).toEqual(['Satu ¶', 'dua.', 'Tiga.¶', 'Empat.']);
    // no selection in the editor: the buttons are in the side list
    settle(editor, 's-split', true);
    const afterAccept = raw(json(editor));
    expect(afterAccept).toEqual(['Satu ', 'dua.', 'Tiga.¶', 'Empat.']);
    settle(editor, 's-join', false);
    expect(raw(json(editor))).toEqual(['Satu ', 'dua.', 'Tiga.', 'Empat.']);
    const step = (cmd: typeof UNDO_COMMAND) => editor.update(() => void editor.dispatchCommand(cmd, undefined), { discrete: true });
    step(UNDO_COMMAND);
    expect(raw(json(editor))).toEqual(afterAccept);
    step(UNDO_COMMAND);
    expect(raw(json(editor))).toEqual(opened);
    step(REDO_COMMAND);
    step(REDO_COMMAND);
    expect(raw(json(editor))).toEqual(['Satu ', 'dua.', 'Tiga.', 'Empat.']);
  });

  it('a load starts the history again: undo never goes back into the text it replaced', () => {
    const editor = createEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
    editor.setEditorState(editor.parseEditorState(JSON.stringify(docFromParagraphs(['Lama.']))));
    registerHistoryFromLoaded(editor);
    at(editor, 0, 4, () => void $getRoot().getFirstDescendant<TextNode>()!.setTextContent('Lama sekali.'));
    editor.setEditorState(editor.parseEditorState(JSON.stringify(docFromParagraphs(['Baru.']))), { tag: LOAD_TAG });
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.update(() => void editor.dispatchCommand(UNDO_COMMAND, undefined), { discrete: true });
    expect(raw(json(editor))).toEqual(['Baru.']);
  });

  it('a pasted text of several lines is suggested paragraph by paragraph; rejecting all gives the paragraph back', () => {
    const editor = setup();
    const clip = (text: string) => ({ clipboardData: { getData: (t: string) => (t === 'text/plain' ? text : '') }, preventDefault: () => undefined }) as unknown as ClipboardEvent;
    at(editor, 0, 17, () => expect(editor.dispatchCommand(PASTE_COMMAND, clip('Sedikitnya tiga  \r\n\r\nWarga mengungsi.\nPosko dibuka. '))).toBe(true));
    const doc = json(editor);
    expect(paragraphsOf(doc)).toEqual(['Korban berjumlah Sedikitnya tiga', 'Warga mengungsi.', 'Posko dibuka. dua orang.', 'Hujan turun.']);
    expect(reviewMarksOf(doc).suggestions.map((s) => [s.kind, s.text])).toEqual([
      ['insert', 'Sedikitnya tiga'],
      ['split', ''],
      ['insert', 'Warga mengungsi.'],
      ['split', ''],
      ['insert', 'Posko dibuka. '],
    ]);
    settle(editor, null, false);
    expect(raw(json(editor))).toEqual(['Korban berjumlah dua orang.', 'Hujan turun.']);
  });

  it('a paste of one line stays on its line, its spaces kept', () => {
    const editor = setup();
    const clip = (text: string) => ({ clipboardData: { getData: () => text }, preventDefault: () => undefined }) as unknown as ClipboardEvent;
    at(editor, 1, 0, () => editor.dispatchCommand(PASTE_COMMAND, clip('Pagi ini ')));
    expect(paragraphsOf(json(editor))).toEqual(['Korban berjumlah dua orang.', 'Pagi ini Hujan turun.']);
  });
});
