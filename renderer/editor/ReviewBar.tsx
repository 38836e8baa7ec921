/**
 * The review tools above the text: a comment on the selection (also Ctrl/Cmd+Alt+M) and the
 * suggesting-mode switch. Memoized like the toolbar: it must not re-render while the reporter types.
 */
import { memo } from 'react';
import { useApp } from '../settings/context.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export const ReviewBar = memo(function ReviewBar({
  editable,
  onComment,
  suggesting,
  onSuggesting,
}: {
  editable: boolean;
  onComment: () => void;
  suggesting: boolean;
  onSuggesting: (on: boolean) => void;
}) {
  const { t } = useApp();
  const shortcut = isMac ? '⌘⌥M' : 'Ctrl+Alt+M';
  return (
    <div className="review-bar" role="toolbar" aria-label={t('rv.toolbar')}>
      <button
        type="button"
        className="btn small ghost"
        data-cmd="comment"
        title={t('cm.addHint', { key: shortcut })}
        disabled={!editable}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onComment}
      >
        {t('cm.button')}
      </button>
      <button
        type="button"
        className={`btn small suggest-toggle${suggesting ? ' on' : ' ghost'}`}
        data-cmd="suggesting"
        aria-pressed={suggesting}
        title={t('sg.modeHint')}
        disabled={!editable}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onSuggesting(!suggesting)}
      >
        <span className="suggest-dot" aria-hidden="true" />
        {t('sg.mode')}
      </button>
    </div>
  );
});
