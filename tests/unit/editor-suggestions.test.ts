/**
 * Suggesting mode on a headless editor (renderer/editor/suggestions.ts): typing over a word makes
 * one replacement (a deletion and an insertion sharing an id, with author and time); the stored
 * JSON, the live paragraphs and the CLI's summary read the text as if it were accepted; accepting
 * or rejecting settles it; with the mode off, typing is plain.
 */
import { describe, expect, it } from 'vitest';
import { $setSelection, CONTROLLED_TEXT_INSERTION_COMMAND, createEditor, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../renderer/editor/nodes.js';
import { $blockNodes, $blockText } from '../../renderer/editor/paragraphs.js';
import { $selectionFor } from '../../renderer/editor/ranges.js';
import { registerSuggesting, SETTLE_SUGGESTIONS_COMMAND } from '../../renderer/editor/suggestions.js';
import { docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';
import { reviewMarksOf } from '../../shared/model/review-marks.js';
import type { LexicalJson } from '../../shared/model/draft.js';

function setup(enabled: boolean) {
  // a full editor without a root element (the headless one refuses the plugin's root listener)
  const editor = createEditor({ nodes: EDITOR_NODES, onError: (e) => { throw e; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(docFromParagraphs(['Korban berjumlah dua orang.', 'Hujan turun.']))));
  registerSuggesting(editor, { enabled: () => enabled, author: () => 'Dewi Editor', onSuggestions: () => undefined });
  const s = { settle: (sid: string | null, accept: boolean) => editor.dispatchCommand(SETTLE_SUGGESTIONS_COMMAND, { sid, accept }) };
  return { editor, s };
}

function typeOver(editor: LexicalEditor, paragraph: number, start: number, end: number, text: string): boolean {
  let handled = false;
  editor.update(
    () => {
      const sel = $selectionFor($blockNodes()[paragraph]!, start, end);
      $setSelection(sel);
      handled = editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text);
    },
    { discrete: true },
  );
  return handled;
}

const json = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as LexicalJson;
const live = (editor: LexicalEditor) => editor.getEditorState().read(() => $blockNodes().map($blockText));

describe('suggesting mode', () => {
  it('typing over a word is one replacement, read as accepted by checks, CLI and live paragraphs', () => {
    const { editor, s } = setup(true);
    expect(typeOver(editor, 0, 17, 20, 'tiga')).toBe(true);
    const doc = json(editor);
    expect(paragraphsOf(doc)).toEqual(['Korban berjumlah tiga orang.', 'Hujan turun.']);
    expect(live(editor)).toEqual(paragraphsOf(doc));
    const [only, ...rest] = reviewMarksOf(doc).suggestions;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: 'replace', author: 'Dewi Editor', text: 'tiga', replaces: 'dua' });
    expect(Date.parse(only!.at)).not.toBeNaN();

    // typing on at the end of one's own insertion extends it
    editor.update(() => {
      const sel = $selectionFor($blockNodes()[0]!, 21, 21);
      $setSelection(sel);
      editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'puluh');
    }, { discrete: true });
    expect(reviewMarksOf(json(editor)).suggestions.map((x) => x.text)).toEqual(['tigapuluh']);

    s.settle(only!.id, false);
    editor.update(() => undefined, { discrete: true });
    expect(paragraphsOf(json(editor))).toEqual(['Korban berjumlah dua orang.', 'Hujan turun.']);
    expect(reviewMarksOf(json(editor)).suggestions).toEqual([]);
  });

  it('accepting keeps the suggested text and drops the deleted one', () => {
    const { editor, s } = setup(true);
    typeOver(editor, 0, 17, 20, 'tiga');
    s.settle(null, true);
    editor.update(() => undefined, { discrete: true });
    const doc = json(editor);
    expect(paragraphsOf(doc)).toEqual(['Korban berjumlah tiga orang.', 'Hujan turun.']);
    expect(JSON.stringify(doc)).not.toContain('redaksi-suggestion');
    expect(JSON.stringify(doc)).not.toContain('dua');
  });

  it('with the mode off, typing is left to the editor (no suggestion is made)', () => {
    const { editor } = setup(false);
    expect(typeOver(editor, 0, 17, 20, 'tiga')).toBe(false);
    expect(reviewMarksOf(json(editor)).suggestions).toEqual([]);
  });
});
