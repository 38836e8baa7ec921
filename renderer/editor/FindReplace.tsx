import { useCallback, useEffect, useRef, useState } from 'react';
import { $setSelection, type LexicalEditor } from 'lexical';
import { useApp } from '../settings/context.js';
import { $blockNodes, $blockText } from './paragraphs.js';
import { $domRangeFor, $replaceInBlock, $selectionFor } from './ranges.js';
import { clearPaint, paint } from './highlights.js';
import { $scrollToBlock } from './windowing.js';

interface Match {
  block: number;
  start: number;
  end: number;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function FindReplace({ editor, editable, onClose, version }: { editor: LexicalEditor; editable: boolean; onClose: () => void; version: number }) {
  const { t } = useApp();
  const [q, setQ] = useState('');
  const [rep, setRep] = useState('');
  const [caseSens, setCaseSens] = useState(false);
  const [matches, setMatches] = useState<Match[]>([]);
  const [cur, setCur] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => () => {
    clearPaint('find');
    clearPaint('find-current');
  }, []);

  const compute = useCallback(() => {
    if (!q) {
      setMatches([]);
      clearPaint('find');
      clearPaint('find-current');
      return;
    }
    const re = new RegExp(escapeRe(q), caseSens ? 'g' : 'gi');
    const found: Match[] = [];
    const ranges: Range[] = [];
    editor.getEditorState().read(() => {
      $blockNodes().forEach((node, i) => {
        const text = $blockText(node);
        for (const m of text.matchAll(re)) {
          const start = m.index ?? 0;
          found.push({ block: i, start, end: start + m[0].length });
          const r = $domRangeFor(editor, node, start, start + m[0].length);
          if (r) ranges.push(r);
        }
      });
    });
    setMatches(found);
    setCur((c) => (c < found.length ? c : 0));
    paint('find', ranges, 1);
  }, [editor, q, caseSens]);

  useEffect(() => {
    const h = window.setTimeout(compute, 120);
    return () => window.clearTimeout(h);
  }, [compute, version]);

  // paint the current match more strongly and bring it into view
  useEffect(() => {
    const m = matches[cur];
    if (!m) {
      clearPaint('find-current');
      return;
    }
    editor.getEditorState().read(() => {
      const node = $blockNodes()[m.block];
      if (!node) return;
      const r = $domRangeFor(editor, node, m.start, m.end);
      if (r) {
        paint('find-current', [r], 2);
        $scrollToBlock(editor, node);
      }
    });
  }, [editor, matches, cur]);

  const step = (d: number) => matches.length && setCur((c) => (c + d + matches.length) % matches.length);

  const replaceOne = () => {
    const m = matches[cur];
    if (!m || !editable) return;
    editor.update(() => {
      const node = $blockNodes()[m.block];
      if (node) $replaceInBlock(node, m.start, m.end, rep);
    });
  };
  const replaceAll = () => {
    if (!matches.length || !editable) return;
    editor.update(() => {
      const nodes = $blockNodes();
      // right to left so earlier offsets stay valid
      for (const m of matches.slice().reverse()) {
        const node = nodes[m.block];
        if (node) $replaceInBlock(node, m.start, m.end, rep);
      }
      $setSelection(null);
    });
  };
  const select = () => {
    const m = matches[cur];
    if (!m) return;
    editor.update(() => {
      const node = $blockNodes()[m.block];
      const sel = node ? $selectionFor(node, m.start, m.end) : null;
      if (sel) $setSelection(sel);
    });
    editor.focus();
  };

  return (
    <div className="findbar" role="search" aria-label={t('find.find')}>
      <input
        ref={input}
        type="search"
        aria-label={t('find.find')}
        placeholder={t('find.find')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }
          if (e.key === 'Escape') onClose();
        }}
      />
      <span className="find-count muted" aria-live="polite">
        {q ? (matches.length ? t('find.count', { i: cur + 1, n: matches.length }) : t('find.none')) : ''}
      </span>
      <button type="button" className="btn small ghost" aria-label={t('find.prev')} title={t('find.prev')} onClick={() => step(-1)}>↑</button>
      <button type="button" className="btn small ghost" aria-label={t('find.next')} title={t('find.next')} onClick={() => step(1)}>↓</button>
      <button type="button" className="btn small ghost" onClick={select}>{t('warn.jump')}</button>
      <label className="check">
        <input type="checkbox" checked={caseSens} onChange={(e) => setCaseSens(e.target.checked)} /> {t('find.matchCase')}
      </label>
      {editable ? (
        <>
          <input type="text" aria-label={t('find.replace')} placeholder={t('find.replace')} value={rep} onChange={(e) => setRep(e.target.value)} />
          <button type="button" className="btn small" onClick={replaceOne} disabled={!matches.length}>{t('find.replaceOne')}</button>
          <button type="button" className="btn small" onClick={replaceAll} disabled={!matches.length}>{t('find.replaceAll')}</button>
        </>
      ) : null}
      <button type="button" className="btn small ghost" aria-label={t('find.close')} title={t('find.close')} onClick={onClose}>✕</button>
    </div>
  );
}
