import { memo, useCallback, useEffect, useRef, useState } from 'react';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND, ListNode } from '@lexical/list';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { useApp } from '../settings/context.js';
import { normalizeUserUrl } from './links.js';
import { $isNoteNode, TOGGLE_NOTE_COMMAND } from './notes.js';

type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'note' | 'bullet' | 'number';

interface Fmt {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  link: string | null;
  block: BlockType;
}

const Icon = {
  bold: <b>B</b>,
  italic: <i>I</i>,
  underline: <u>U</u>,
  strike: <s>S</s>,
  link: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M8.5 11.5l3-3M7 9l-2 2a2.8 2.8 0 004 4l2-2M13 11l2-2a2.8 2.8 0 00-4-4L9 7" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" /></svg>
  ),
  bullet: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><circle cx="4" cy="5.5" r="1.4" fill="currentColor" /><circle cx="4" cy="10" r="1.4" fill="currentColor" /><circle cx="4" cy="14.5" r="1.4" fill="currentColor" /><path d="M8 5.5h9M8 10h9M8 14.5h9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
  ),
  number: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><text x="1.5" y="7.5" fontSize="6" fill="currentColor" fontFamily="sans-serif">1</text><text x="1.5" y="16.5" fontSize="6" fill="currentColor" fontFamily="sans-serif">2</text><path d="M8 5.5h9M8 10h9M8 14.5h9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
  ),
  quote: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M5 14c-1-1-1.5-2.2-1.5-3.6C3.5 7.8 5 6 7.5 5.5l.4 1C6.5 7 5.8 8 5.8 9h2v5H5zm7 0c-1-1-1.5-2.2-1.5-3.6 0-2.6 1.5-4.4 4-4.9l.4 1c-1.4.5-2.1 1.5-2.1 2.5h2v5h-2.8z" fill="currentColor" /></svg>
  ),
  note: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M4 3.5h9l3 3v10H4z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" /><path d="M7 9h6M7 12h4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>
  ),
  hr: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M3 10h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" /></svg>
  ),
  undo: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M7 5L3.5 8.5 7 12M4 8.5h7.5a4.5 4.5 0 010 9H9" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" /></svg>
  ),
  redo: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M13 5l3.5 3.5L13 12M16 8.5H8.5a4.5 4.5 0 000 9H11" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" /></svg>
  ),
  find: (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><circle cx="8.5" cy="8.5" r="5" fill="none" stroke="currentColor" strokeWidth="1.7" /><path d="M12.5 12.5l4.5 4.5" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" /></svg>
  ),
};

/** memo: the page re-renders on live counts while the reporter types; the toolbar follows the editor itself */
export const Toolbar = memo(function Toolbar({ editor, editable, onFind }: { editor: LexicalEditor; editable: boolean; onFind: () => void }) {
  const { t } = useApp();
  const [fmt, setFmt] = useState<Fmt>({ bold: false, italic: false, underline: false, strikethrough: false, link: null, block: 'paragraph' });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);

  const $refresh = useCallback(() => {
    const sel = $getSelection();
    if (!$isRangeSelection(sel)) return;
    const anchor = sel.anchor.getNode();
    const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
    let block: BlockType = 'paragraph';
    if ($isHeadingNode(top)) block = top.getTag() === 'h3' ? 'h3' : 'h2';
    else if ($isQuoteNode(top)) block = 'quote';
    else if ($isNoteNode(top)) block = 'note';
    else if ($isListNode(top)) {
      const list = $getNearestNodeOfType(anchor, ListNode);
      block = (list ?? top).getListType() === 'number' ? 'number' : 'bullet';
    }
    const link = $findMatchingParent(anchor, $isLinkNode);
    const next: Fmt = {
      bold: sel.hasFormat('bold'),
      italic: sel.hasFormat('italic'),
      underline: sel.hasFormat('underline'),
      strikethrough: sel.hasFormat('strikethrough'),
      link: link && $isLinkNode(link) ? link.getURL() : null,
      block,
    };
    // re-render the toolbar only when something it shows changed (not on every key)
    setFmt((old) => ((Object.keys(next) as Array<keyof Fmt>).every((k) => old[k] === next[k]) ? old : next));
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read($refresh)),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => {
          $refresh();
          return false;
        }, COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => {
          setCanUndo(v);
          return false;
        }, COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => {
          setCanRedo(v);
          return false;
        }, COMMAND_PRIORITY_LOW),
        // Ctrl/Cmd+K opens the link dialog; Ctrl/Cmd+Y also redoes (Windows habit)
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (e: KeyboardEvent) => {
            const mod = e.ctrlKey || e.metaKey;
            if (!mod || e.altKey) return false;
            const k = e.key.toLowerCase();
            if (k === 'k') {
              e.preventDefault();
              setLinkOpen(true);
              return true;
            }
            if (k === 'y') {
              e.preventDefault();
              editor.dispatchCommand(REDO_COMMAND, undefined);
              return true;
            }
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, $refresh],
  );

  const setBlock = (b: BlockType) => {
    if (b === 'bullet') return editor.dispatchCommand(fmt.block === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
    if (b === 'number') return editor.dispatchCommand(fmt.block === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    if (b === 'note') {
      editor.dispatchCommand(TOGGLE_NOTE_COMMAND, undefined);
      editor.focus();
      return;
    }
    editor.update(() => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel)) return;
      if (b === 'paragraph' || b === fmt.block) $setBlocksType(sel, () => $createParagraphNode());
      else if (b === 'quote') $setBlocksType(sel, () => $createQuoteNode());
      else $setBlocksType(sel, () => $createHeadingNode(b));
    });
    editor.focus();
  };
  const format = (f: TextFormatType) => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);
    editor.focus();
  };

  const btn = (label: string, pressed: boolean | undefined, onClick: () => void, icon: React.ReactNode, name: string, disabled = false) => (
    <button
      type="button"
      className="tb-btn"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      data-cmd={name}
      disabled={!editable || disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {icon}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label={t('tb.toolbar')}>
      <select
        className="tb-select"
        aria-label={t('tb.blockType')}
        value={fmt.block === 'bullet' || fmt.block === 'number' ? 'paragraph' : fmt.block}
        disabled={!editable}
        onChange={(e) => setBlock(e.target.value as BlockType)}
      >
        <option value="paragraph">{t('tb.paragraph')}</option>
        <option value="h2">{t('tb.h2')}</option>
        <option value="h3">{t('tb.h3')}</option>
        <option value="quote">{t('tb.quote')}</option>
        <option value="note">{t('tb.noteShort')}</option>
      </select>
      <span className="tb-sep" aria-hidden="true" />
      {btn(t('tb.h2'), fmt.block === 'h2', () => setBlock('h2'), <span className="tb-text">H2</span>, 'h2')}
      {btn(t('tb.h3'), fmt.block === 'h3', () => setBlock('h3'), <span className="tb-text">H3</span>, 'h3')}
      <span className="tb-sep" aria-hidden="true" />
      {btn(t('tb.bold'), fmt.bold, () => format('bold'), Icon.bold, 'bold')}
      {btn(t('tb.italic'), fmt.italic, () => format('italic'), Icon.italic, 'italic')}
      {btn(t('tb.underline'), fmt.underline, () => format('underline'), Icon.underline, 'underline')}
      {btn(t('tb.strike'), fmt.strikethrough, () => format('strikethrough'), Icon.strike, 'strikethrough')}
      {btn(t('tb.link'), Boolean(fmt.link), () => setLinkOpen(true), Icon.link, 'link')}
      <span className="tb-sep" aria-hidden="true" />
      {btn(t('tb.bullet'), fmt.block === 'bullet', () => setBlock('bullet'), Icon.bullet, 'bullet')}
      {btn(t('tb.number'), fmt.block === 'number', () => setBlock('number'), Icon.number, 'number')}
      {btn(t('tb.quote'), fmt.block === 'quote', () => setBlock('quote'), Icon.quote, 'quote')}
      {btn(t('tb.note'), fmt.block === 'note', () => setBlock('note'), Icon.note, 'note')}
      {btn(t('tb.hr'), undefined, () => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined), Icon.hr, 'hr')}
      <span className="tb-sep" aria-hidden="true" />
      {btn(t('tb.undo'), undefined, () => editor.dispatchCommand(UNDO_COMMAND, undefined), Icon.undo, 'undo', !canUndo)}
      {btn(t('tb.redo'), undefined, () => editor.dispatchCommand(REDO_COMMAND, undefined), Icon.redo, 'redo', !canRedo)}
      <span className="tb-spacer" />
      <button type="button" className="tb-btn" aria-label={t('tb.find')} title={t('tb.find')} data-cmd="find" onClick={onFind}>
        {Icon.find}
      </button>
      {linkOpen ? <LinkDialog editor={editor} current={fmt.link} onClose={() => setLinkOpen(false)} /> : null}
    </div>
  );
});

function LinkDialog({ editor, current, onClose }: { editor: LexicalEditor; current: string | null; onClose: () => void }) {
  const { t } = useApp();
  const [value, setValue] = useState(current ?? 'https://');
  const [error, setError] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const close = () => {
    onClose();
    editor.focus();
  };
  const apply = () => {
    const url = normalizeUserUrl(value);
    if (!url) {
      setError(t('link.invalid'));
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, { url, rel: 'noopener noreferrer' });
    close();
  };
  return (
    <div className="popover link-dialog" role="dialog" aria-label={t('link.title')}>
      <label className="field">
        <span className="field-label">{t('link.url')}</span>
        <input
          ref={ref}
          type="url"
          aria-label={t('link.url')}
          aria-invalid={Boolean(error)}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
            if (e.key === 'Escape') close();
          }}
        />
      </label>
      {error ? <p className="error small" role="alert">{error}</p> : null}
      <div className="row-end">
        {current ? (
          <button type="button" className="btn ghost danger" onClick={() => { editor.dispatchCommand(TOGGLE_LINK_COMMAND, null); close(); }}>
            {t('link.remove')}
          </button>
        ) : null}
        <button type="button" className="btn ghost" onClick={close}>{t('link.cancel')}</button>
        <button type="button" className="btn primary" onClick={apply}>{t('link.apply')}</button>
      </div>
    </div>
  );
}
