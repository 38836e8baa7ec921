/**
 * TK placeholders ("TK", "XX", "[tk]": a fact still to come) highlighted and counted while the
 * reporter writes, as Ghost's Koenig does; the pre-publish check warns about the same tokens
 * (shared/analysis/placeholders.ts is the one rule for both). Paint goes through the CSS Custom
 * Highlight API, so the document is never touched.
 *
 * Typing must stay cheap in a 10,000-word story: the scan waits for a pause (idleMs) and re-reads
 * only the blocks Lexical marked dirty; the others keep their cached hits.
 */
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { findPlaceholders } from '../../shared/analysis/placeholders.js';
import { $blockNodes, $blockText } from './paragraphs.js';
import { $domRangeFor } from './ranges.js';
import { clearPaint, paint } from './highlights.js';

export const PLACEHOLDER_HIGHLIGHT = 'placeholder';

interface Scanned {
  text: string;
  hits: Array<{ start: number; end: number }>;
}

export interface PlaceholderOptions {
  /** the story's language (Indonesian excuses "TK Negeri"); a change re-registers the plugin */
  language: 'en' | 'id';
  onCount: (count: number) => void;
  /** wait this long after the last change before scanning */
  idleMs?: number;
}

export function registerPlaceholders(editor: LexicalEditor, { language, onCount, idleMs = 150 }: PlaceholderOptions): () => void {
  const cache = new Map<string, Scanned>();
  const dirty = new Set<string>();
  let timer: number | undefined;
  let lastCount = -1;

  const scan = () => {
    timer = undefined;
    const ranges: Range[] = [];
    let count = 0;
    editor.getEditorState().read(() => {
      const seen = new Set<string>();
      for (const node of $blockNodes()) {
        const key = node.getKey();
        seen.add(key);
        let s = cache.get(key);
        if (!s || dirty.has(key)) {
          const text = $blockText(node);
          if (!s || s.text !== text) s = { text, hits: findPlaceholders(text, language) };
          cache.set(key, s);
        }
        count += s.hits.length;
        for (const h of s.hits) {
          const r = $domRangeFor(editor, node, h.start, h.end);
          if (r) ranges.push(r);
        }
      }
      for (const k of cache.keys()) if (!seen.has(k)) cache.delete(k);
    });
    dirty.clear();
    paint(PLACEHOLDER_HIGHLIGHT, ranges, 1);
    if (count !== lastCount) {
      lastCount = count;
      onCount(count);
    }
  };
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(scan, idleMs);
  };

  scan();
  return mergeRegister(
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // a text change marks its block (and the root) dirty as an element
      for (const k of dirtyElements.keys()) dirty.add(k);
      schedule();
    }),
    () => {
      window.clearTimeout(timer);
      clearPaint(PLACEHOLDER_HIGHLIGHT);
    },
  );
}
