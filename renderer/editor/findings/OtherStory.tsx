import type { RelatedRange } from '../../../shared/model/finding.js';
import { useApp } from '../../settings/context.js';
import { formatDate } from '../../i18n/index.js';

/**
 * The other story of an archive duplicate, named as a desk knows it: headline, date, status
 * (#14 point 3). A story without a headline is named by its first words (the server does that);
 * one that has neither is "an untitled story", never "?" or an empty line.
 */
export function OtherStory({ related }: { related: RelatedRange }) {
  const { t, lang } = useApp();
  const name = related.label ? `“${related.label}”` : t('warn.archiveUntitled');
  const facts = [related.date ? formatDate(related.date, lang) : null, related.status ? t(`status.${related.status}`) : null].filter((x): x is string => x !== null);
  return (
    <p className="muted small other-story" data-story={related.article}>
      {t('warn.archiveIn')}{' '}
      {related.status && related.article ? (
        <a href={`#/draft/${encodeURIComponent(related.article)}`} className="other-story-name">
          {name}
        </a>
      ) : (
        <span className="other-story-name">{name}</span>
      )}
      {facts.length ? <span className="other-story-facts"> · {facts.join(' · ')}</span> : null}
    </p>
  );
}
