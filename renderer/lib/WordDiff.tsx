import { useMemo } from 'react';
import { diffWordsWithSpace, type ChangeObject } from 'diff';
import { useApp } from '../settings/context.js';

/** Word-level diff (jsdiff) rendered inline: <ins> for insertions, <del> for deletions. */
export function WordDiff({ from, to }: { from: string; to: string }) {
  const { t } = useApp();
  const parts = useMemo<ChangeObject<string>[]>(() => diffWordsWithSpace(from, to), [from, to]);
  const added = parts.filter((p) => p.added).reduce((n, p) => n + (p.value.match(/\S+/g)?.length ?? 0), 0);
  const removed = parts.filter((p) => p.removed).reduce((n, p) => n + (p.value.match(/\S+/g)?.length ?? 0), 0);
  if (added === 0 && removed === 0) return <p className="muted">{t('hist.noChanges')}</p>;
  return (
    <div className="diff">
      <p className="diff-stats muted">
        <span className="legend-ins">{t('hist.inserted')}</span> <span className="legend-del">{t('hist.deleted')}</span> · {t('hist.stats', { a: added, d: removed })}
      </p>
      <div className="diff-body" aria-label={t('hist.diffTitle')}>
        {parts.map((p, i) =>
          p.added ? (
            <ins key={i} aria-label={`${t('hist.inserted')}: ${p.value}`}>{p.value}</ins>
          ) : p.removed ? (
            <del key={i} aria-label={`${t('hist.deleted')}: ${p.value}`}>{p.value}</del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </div>
    </div>
  );
}

/** Headline + paragraphs as one comparable text. */
export function storyText(headline: string, plainText: string): string {
  return (headline ? headline + '\n\n' : '') + plainText;
}
