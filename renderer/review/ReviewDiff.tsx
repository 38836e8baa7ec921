import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../settings/context.js';
import { diffParagraphs, type DiffParagraph } from './diffParagraphs.js';

/** a key typed into a field is text, not a command */
function typingTarget(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/**
 * The review's compare view (#14 point 5): the story as the column shows it, with what changed
 * since it was submitted marked inline; "changes only" folds the unchanged paragraphs, and the
 * editor steps through the changes with the buttons or N / P (Alt+↓ / Alt+↑ work in fields too).
 */
export function ReviewDiff({ from, to, headline }: { from: string; to: string; /** the texts start with the headline */ headline: boolean }) {
  const { t } = useApp();
  const diff = useMemo(() => diffParagraphs(from, to), [from, to]);
  const [changesOnly, setChangesOnly] = useState(false);
  const [at, setAt] = useState(-1);
  const body = useRef<HTMLDivElement>(null);

  const go = useCallback(
    (delta: 1 | -1) => {
      if (diff.changes === 0) return;
      setAt((cur) => {
        const next = cur < 0 ? (delta > 0 ? 0 : diff.changes - 1) : Math.min(diff.changes - 1, Math.max(0, cur + delta));
        return next;
      });
    },
    [diff.changes],
  );

  // bring the current change into view once it is rendered (also after "changes only" toggles)
  useEffect(() => {
    if (at < 0) return;
    const el = body.current?.querySelector<HTMLElement>(`[data-change="${at}"]`);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [at, changesOnly]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey) return;
      const alt = e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp');
      const letter = !e.altKey && !typingTarget(e.target) && (e.key === 'n' || e.key === 'p' || e.key === 'N' || e.key === 'P');
      if (!alt && !letter) return;
      e.preventDefault();
      go(e.key === 'ArrowDown' || e.key.toLowerCase() === 'n' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go]);

  const rows: Array<{ p: DiffParagraph; i: number } | { folded: number; i: number }> = [];
  diff.paragraphs.forEach((p, i) => {
    if (!changesOnly || p.changed) rows.push({ p, i });
    else {
      const last = rows[rows.length - 1];
      if (last && 'folded' in last) last.folded++;
      else rows.push({ folded: 1, i });
    }
  });

  return (
    <section className="review-diff" aria-labelledby="changes-title">
      <div className="diff-toolbar">
        <p className="diff-stats muted">
          <span className="legend-ins">{t('hist.inserted')}</span> <span className="legend-del">{t('hist.deleted')}</span> · {t('hist.stats', { a: diff.added, d: diff.removed })}
        </p>
        <span className="bar-spacer" />
        <label className="check">
          <input type="checkbox" checked={changesOnly} onChange={(e) => setChangesOnly(e.target.checked)} />
          {t('review.changesOnly')}
        </label>
        <span className="diff-nav">
          <button type="button" className="btn small" disabled={diff.changes === 0 || at === 0} aria-label={t('review.prevChange')} aria-keyshortcuts="p Alt+ArrowUp" title={t('review.prevKeys')} onClick={() => go(-1)}>
            ↑ {t('review.prev')}
          </button>
          <span className="diff-position muted" role="status" aria-live="polite">
            {diff.changes === 0 ? t('hist.noChanges') : at < 0 ? t('review.changeCount', { n: diff.changes }) : t('review.changeAt', { i: at + 1, n: diff.changes })}
          </span>
          <button type="button" className="btn small" disabled={diff.changes === 0 || at === diff.changes - 1} aria-label={t('review.nextChange')} aria-keyshortcuts="n Alt+ArrowDown" title={t('review.nextKeys')} onClick={() => go(1)}>
            ↓ {t('review.next')}
          </button>
        </span>
      </div>
      <div className="diff-body review-diff-body" ref={body} aria-label={t('hist.diffTitle')}>
        {rows.map((r) =>
          'folded' in r ? (
            <p key={`f${r.i}`} className="diff-fold muted">{t('review.unchanged', { n: r.folded })}</p>
          ) : (
            // the first paragraph of the compared text is the headline (storyText)
            <p key={r.i} className={`diff-para${r.p.changed ? ' changed' : ''}${r.i === 0 && headline ? ' diff-headline' : ''}`}>
              {r.p.segments.map((s, k) => {
                const cls = s.change === at ? 'current-change' : undefined;
                const first = s.change !== undefined && r.p.segments.findIndex((x) => x.change === s.change) === k;
                const attrs = first ? { 'data-change': s.change } : {};
                return s.kind === 'ins' ? (
                  <ins key={k} className={cls} {...attrs}>{s.text}</ins>
                ) : s.kind === 'del' ? (
                  <del key={k} className={cls} {...attrs}>{s.text}</del>
                ) : (
                  <Fragment key={k}>{s.text}</Fragment>
                );
              })}
            </p>
          ),
        )}
      </div>
    </section>
  );
}
