/**
 * Draws findings without touching the document: inline ranges through the CSS Custom Highlight
 * API, and one margin badge per flagged paragraph in a portal (the shape of Ghost Koenig's
 * TKPlugin: positions from getBoundingClientRect, kept fresh by a ResizeObserver). Hovering a
 * badge highlights that paragraph's ranges; clicking cycles through its findings.
 *
 * A Lexical plugin: rendered inside RichEditor (as its child), it takes the editor from the
 * composer and the scroll container from useStoryScroller, as the editor and the review both do.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Finding } from '../../../shared/model/finding.js';
import { useApp } from '../../settings/context.js';
import { $blockNodes } from '../paragraphs.js';
import { $domRangeFor } from '../ranges.js';
import { clearPaint, paint } from '../highlights.js';
import { useStoryScroller } from '../scroller.js';

interface Badge {
  paragraph: number;
  top: number;
  findings: Finding[];
  severity: Finding['severity'];
}

const SEV_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Near the viewport (viewport coordinates, `screens` beyond it on each side): the only
 * paragraphs that get a badge in the DOM (a screen) or inline paint (a fifth of one); scrolling
 * re-measures (viewTick). Inline paint is the tighter one because Chromium rebuilds every custom
 * highlight marker on any DOM change, so each key repaints every highlighted paragraph: measured
 * on a 10,000-word story, about 2.5 ms of paint per key with a screen of margin.
 */
function nearViewport(top: number, bottom: number = top, screens = 1): boolean {
  const vh = window.innerHeight;
  return bottom > -screens * vh && top < (1 + screens) * vh;
}
const PAINT_MARGIN_SCREENS = 0.2;

/** The block's box, or null when it is not laid out (a long story's blocks far from view: windowing.ts). */
function shownRect(el: HTMLElement | null): DOMRect | null {
  const r = el?.getBoundingClientRect();
  return r && (r.height > 0 || r.width > 0) ? r : null;
}

export function FindingsLayer({
  findings,
  version,
  onPick,
}: {
  findings: Finding[];
  /** bumped when the text changed: the badges follow their paragraphs after a pause */
  version: number;
  onPick: (f: Finding) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const container = useStoryScroller();
  const [badges, setBadges] = useState<Badge[]>([]);
  const [hover, setHover] = useState<number | null>(null);

  const byPara = useMemo(() => {
    const m = new Map<number, Finding[]>();
    for (const f of findings) {
      const list = m.get(f.paragraph) ?? [];
      list.push(f);
      m.set(f.paragraph, list);
    }
    return m;
  }, [findings]);

  // inline paint: one highlight per severity, recomputed when the findings change or the view
  // scrolls, for paragraphs in or just beside the viewport only (nearViewport)
  const [viewTick, setViewTick] = useState(0);
  useEffect(() => {
    let h = 0;
    const on = () => {
      window.clearTimeout(h);
      h = window.setTimeout(() => setViewTick((v) => v + 1), 80);
    };
    window.addEventListener('scroll', on, { passive: true, capture: true });
    window.addEventListener('resize', on);
    return () => {
      window.clearTimeout(h);
      window.removeEventListener('scroll', on, { capture: true });
      window.removeEventListener('resize', on);
    };
  }, []);
  useEffect(() => {
    // a medium-confidence finding is painted quieter than any sure one (a dotted underline):
    // the reporter sees where to look without the text looking wrong
    const ranges: Record<Finding['severity'] | 'medium', Range[]> = { error: [], warning: [], info: [], medium: [] };
    const near = new Map<number, boolean>();
    editor.getEditorState().read(() => {
      const nodes = $blockNodes();
      for (const f of findings) {
        // the card's place and the other places of the same words (a slip typed three times)
        for (const at of [f, ...f.related.filter((x) => x.same && !x.article)]) {
          const node = nodes[at.paragraph];
          if (!node || at.end <= at.start) continue;
          let ok = near.get(at.paragraph);
          if (ok === undefined) {
            const r = shownRect(editor.getElementByKey(node.getKey()));
            ok = Boolean(r && nearViewport(r.top, r.bottom, PAINT_MARGIN_SCREENS));
            near.set(at.paragraph, ok);
          }
          if (!ok) continue;
          const r = $domRangeFor(editor, node, at.start, at.end);
          if (r) ranges[f.confidence === 'medium' ? 'medium' : f.severity].push(r);
        }
      }
    });
    paint('finding-error', ranges.error);
    paint('finding-warning', ranges.warning);
    paint('finding-info', ranges.info);
    paint('finding-medium', ranges.medium);
  }, [editor, findings, viewTick]);
  useEffect(
    () => () => {
      clearPaint('finding-error');
      clearPaint('finding-warning');
      clearPaint('finding-info');
      clearPaint('finding-medium');
    },
    [],
  );

  // hover: the badge's paragraph ranges, painted strongest
  useEffect(() => {
    if (hover === null) {
      clearPaint('finding-hover');
      return;
    }
    const list = byPara.get(hover) ?? [];
    const ranges: Range[] = [];
    editor.getEditorState().read(() => {
      const nodes = $blockNodes();
      for (const f of list) {
        for (const r of [{ paragraph: f.paragraph, start: f.start, end: f.end }, ...f.related.filter((x) => !x.article)]) {
          const node = nodes[r.paragraph];
          const range = node && r.end > r.start ? $domRangeFor(editor, node, r.start, r.end) : null;
          if (range) ranges.push(range);
        }
      }
    });
    paint('finding-hover', ranges, 3);
  }, [hover, byPara, editor]);

  // badge positions: after findings change, after edits (debounced), on resize and after a
  // scroll (a long story displays other blocks then)
  useEffect(() => {
    if (!container) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const base = container.getBoundingClientRect();
        const out: Badge[] = [];
        editor.getEditorState().read(() => {
          const nodes = $blockNodes();
          for (const [p, list] of byPara) {
            const node = nodes[p];
            const r = shownRect(node ? editor.getElementByKey(node.getKey()) : null);
            if (!r) continue;
            const severity = list.reduce<Finding['severity']>((s, f) => (SEV_ORDER[f.severity] < SEV_ORDER[s] ? f.severity : s), 'info');
            out.push({ paragraph: p, top: r.top - base.top + container.scrollTop, findings: list, severity });
          }
        });
        setBadges(out);
      });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(container);
    const input = editor.getRootElement();
    if (input) ro.observe(input);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, [container, editor, byPara, viewTick]);

  useEffect(() => {
    if (!container || byPara.size === 0) return;
    const h = window.setTimeout(() => {
      const base = container.getBoundingClientRect();
      editor.getEditorState().read(() => {
        const nodes = $blockNodes();
        setBadges((old) =>
          old.flatMap((b) => {
            const node = nodes[b.paragraph];
            const r = shownRect(node ? editor.getElementByKey(node.getKey()) : null);
            return r ? [{ ...b, top: r.top - base.top + container.scrollTop }] : [];
          }),
        );
      });
    }, 200);
    return () => window.clearTimeout(h);
  }, [version, container, editor, byPara]);

  // badges (container coordinates) near the viewport only: a 10,000-word story can carry
  // hundreds; the warnings panel lists all of them
  const near = useMemo(() => {
    if (!container) return badges;
    const base = container.getBoundingClientRect().top;
    return badges.filter((b) => nearViewport(b.top + base));
  }, [badges, container, viewTick]);

  if (!container) return null;
  return createPortal(<BadgeList badges={near} onHover={setHover} onPick={onPick} />, container);
}

/** memo: the layer re-renders on every live-count update while typing; the badges move only when measured */
const BadgeList = memo(function BadgeList({ badges, onHover, onPick }: { badges: Badge[]; onHover: (p: number | null) => void; onPick: (f: Finding) => void }) {
  const { t } = useApp();
  const cycle = useRef(new Map<number, number>());
  return (
    <div className="badge-layer" aria-hidden={badges.length === 0}>
      {badges.map((b) => (
        <button
          key={b.paragraph}
          type="button"
          className={`margin-badge sev-${b.severity}`}
          style={{ top: b.top }}
          data-paragraph={b.paragraph}
          aria-label={t('warn.badge', { n: b.findings.length })}
          title={b.findings.map((f) => f.message).join('\n')}
          onMouseEnter={() => onHover(b.paragraph)}
          onMouseLeave={() => onHover(null)}
          onFocus={() => onHover(b.paragraph)}
          onBlur={() => onHover(null)}
          onClick={() => {
            const i = cycle.current.get(b.paragraph) ?? 0;
            const f = b.findings[i % b.findings.length];
            cycle.current.set(b.paragraph, i + 1);
            if (f) onPick(f);
          }}
        >
          {b.findings.length}
        </button>
      ))}
    </div>
  );
});
