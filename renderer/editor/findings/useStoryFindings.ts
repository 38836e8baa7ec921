/**
 * The warnings of a story page, wired once for the editor and the review: the live findings,
 * the desk's decisions, the finding picked last, and the jump from a warning (panel, badge,
 * pre-publish list) to its text. The page renders `<WarningsPanel {...panel} editable />` and
 * `<FindingsLayer findings={active} onPick={jump} />` inside its RichEditor.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { $setSelection, type LexicalEditor } from 'lexical';
import type { Finding } from '../../../shared/model/finding.js';
import { $blockNodes, type LiveBlock } from '../paragraphs.js';
import { $domRangeFor, $selectionFor } from '../ranges.js';
import { $scrollToBlock } from '../windowing.js';
import { paint } from '../highlights.js';
import { applyFixToEditor } from './apply.js';
import { findingCardId } from './WarningsPanel.js';
import { useDismissals, useFindings, type FindingsOptions } from './useFindings.js';

/**
 * @param onShow called on a jump before the text is selected: the page brings the warnings and
 *   the story into view (the editor's Warnings tab, the review's story view)
 */
export function useStoryFindings(editor: LexicalEditor | null, blocks: LiveBlock[], opts: FindingsOptions, onShow: () => void) {
  const res = useFindings(blocks, opts);
  const { dismissed, dismiss, verify, reopen } = useDismissals(opts.draftId);
  const active = useMemo(() => res.findings.filter((f) => !dismissed[f.fingerprint]), [res.findings, dismissed]);
  const [selected, setSelected] = useState<string | null>(null);
  const show = useRef(onShow);
  show.current = onShow;

  const jump = useCallback(
    (f: Finding) => {
      if (!editor) return;
      setSelected(f.fingerprint);
      show.current();
      editor.update(() => {
        const node = $blockNodes()[f.paragraph];
        if (!node) return;
        const sel = $selectionFor(node, f.start, f.end);
        if (sel) $setSelection(sel);
        $scrollToBlock(editor, node);
      });
      editor.getEditorState().read(() => {
        const node = $blockNodes()[f.paragraph];
        const r = node ? $domRangeFor(editor, node, f.start, f.end) : null;
        if (r) paint('finding-focus', [r], 4);
      });
      // after the panel has rendered the selection (and, in the editor, its tab)
      window.setTimeout(() => document.getElementById(findingCardId(f))?.scrollIntoView({ block: 'nearest' }), 50);
    },
    [editor],
  );

  // a fix is refused when its paragraph changed since the check (apply.ts compares the texts)
  const checkedParagraphs = useRef<string[]>([]);
  checkedParagraphs.current = res.paragraphs;
  const onFix = useCallback(
    (f: Finding) => {
      if (editor && f.fix) applyFixToEditor(editor, f.fix, checkedParagraphs.current);
    },
    [editor],
  );
  const onDismiss = useCallback((f: Finding, reason: string) => void dismiss(f, reason), [dismiss]);
  const onReopen = useCallback((fp: string) => void reopen(fp), [reopen]);

  return {
    /** every finding of the story, dismissed ones included (the panel lists those apart) */
    findings: res.findings,
    /** the findings still open: what the text is painted with and what the counts count */
    active,
    available: res.available,
    jump,
    /** WarningsPanel's props but `editable` */
    panel: {
      findings: res.findings,
      paragraphs: res.paragraphs,
      dismissed,
      checking: res.checking,
      available: res.available,
      selected,
      onJump: jump,
      onFix,
      onDismiss,
      onVerify: verify,
      onReopen,
    },
  };
}
