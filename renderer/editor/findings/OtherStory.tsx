import { useState } from 'react';
import type { RelatedRange } from '../../../shared/model/finding.js';
import { useApp } from '../../settings/context.js';
import { formatDate } from '../../i18n/index.js';
import { SideBySide } from './SideBySide.js';

/**
 * The other story of an archive duplicate, named as a desk knows it: headline, date, status
 * (#14 point 3). A story without a headline is named by its first words (the server does that);
 * one that has neither is "an untitled story", never "?" or an empty line.
 */
export function OtherStory({ related, here, paragraph }: { related: RelatedRange; here: string; paragraph: number }) {
  const { t, lang } = useApp();
  const [open, setOpen] = useState(false);
  const name = related.label ? `“${related.label}”` : t('warn.archiveUntitled');
  const facts = [related.date ? formatDate(related.date, lang) : null, related.status ? t(`status.${related.status}`) : null].filter((x): x is string => x !== null);
  return (
    <div className="other-story" data-story={related.article}>
      <p className="muted small">
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
      <button type="button" className="btn small ghost" onClick={() => setOpen(true)}>{t('warn.openSideBySide')}</button>
      {open ? <SideBySide here={here} paragraph={paragraph} related={related} name={name} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
