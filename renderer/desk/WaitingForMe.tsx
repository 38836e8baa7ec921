/**
 * "Waiting for me" on the desk (issue 15): stories with open comment threads that mention this
 * workstation's user, newest first. Shown only when there are some, so a quiet day costs no room.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { hrefOf } from '../lib/route.js';
import { formatRelative } from '../i18n/index.js';
import type { MentionedStory } from '../../shared/model/comment.js';

export function WaitingForMe() {
  const { t, lang, settings } = useApp();
  const [stories, setStories] = useState<MentionedStory[]>([]);

  useEffect(() => {
    let live = true;
    if (!settings.userName) {
      setStories([]);
      return;
    }
    // a list that cannot be read is left out rather than shown broken above the stories
    api['comments.waiting']({}).then((s) => live && setStories(s), () => live && setStories([]));
    return () => {
      live = false;
    };
  }, [settings.userName]);

  if (stories.length === 0) return null;
  return (
    <section className="waiting-list" aria-labelledby="waiting-title">
      <h2 id="waiting-title" title={t('mentions.hint', { who: settings.userName })}>
        {t('mentions.title')} ({stories.length})
      </h2>
      <ul>
        {stories.map((s) => (
          <li key={s.draftId} data-id={s.draftId}>
            <a href={hrefOf({ name: 'editor', id: s.draftId })}>{s.headline || t('desk.untitled')}</a>
            <span className="tab-count quiet">{t('mentions.threads', { n: s.threads })}</span>
            <span className="muted small" title={s.latestAt}>
              {s.latestBy}: {s.latestText} · {formatRelative(s.latestAt, lang, t)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
