import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { diffWordsWithSpace } from 'diff';
import { api } from '../../api/index.js';
import { useApp } from '../../settings/context.js';
import { Sheet } from '../../lib/Sheet.js';
import { paragraphsOf } from '../../../shared/model/lexical-doc.js';
import type { RelatedRange } from '../../../shared/model/finding.js';

/**
 * An archive duplicate side by side (#14 point 3): this story's paragraph beside the other
 * story's, the words only one of them has marked. The other paragraph is read from the store
 * as it is now; a story deleted since the check keeps its name from the warning and says so.
 */
export function SideBySide({ here, paragraph, related, name, onClose }: { here: string; paragraph: number; related: RelatedRange; name: string; onClose: () => void }) {
  const { t } = useApp();
  const [other, setOther] = useState<string | null | undefined>(undefined);
  const [trashed, setTrashed] = useState(false);
  useEffect(() => {
    if (!related.article) return;
    api['drafts.get']({ id: related.article }).then(
      (d) => {
        setTrashed(d.trashedAt !== null);
        setOther(paragraphsOf(d.body)[related.paragraph] ?? null);
      },
      () => setOther(null),
    );
  }, [related.article, related.paragraph]);
  const parts = useMemo(() => (other ? diffWordsWithSpace(other, here) : []), [other, here]);
  // on the page's body: the warnings panel is a containing block (CSS containment), a sheet
  // inside it would be sized and placed by the panel instead of the window
  return createPortal(
    <Sheet title={t('warn.sideBySide')} onClose={onClose}>
      <div className="side-by-side">
        <section aria-label={t('warn.thisStory')}>
          <h3 className="sbs-head">{t('warn.thisStory')} · ¶{paragraph + 1}</h3>
          <p className="sbs-text">{other ? parts.map((p, i) => (p.removed ? null : p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>)) : here}</p>
        </section>
        <section aria-label={name}>
          <h3 className="sbs-head">{name} · ¶{related.paragraph + 1}</h3>
          {trashed ? <p className="muted small" role="status">{t('warn.otherTrashed')}</p> : null}
          {other === undefined ? (
            <p className="muted">{t('common.loading')}</p>
          ) : other === null ? (
            <p className="muted" role="status">{t('warn.otherGone')}</p>
          ) : (
            <p className="sbs-text">{parts.map((p, i) => (p.added ? null : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}</p>
          )}
        </section>
      </div>
    </Sheet>,
    document.body,
  );
}
