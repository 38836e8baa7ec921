/**
 * "Changed since export" next to the status pill: an exported story whose saved version is no
 * longer the one that went out. Re-read after every save (the record's draftVersion against the
 * stored version), so it appears with the first saved edit and never for unsaved typing.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { formatDateTime } from '../i18n/index.js';
import type { ExportRecord } from '../../shared/model/export-record.js';
import type { Status } from '../../shared/model/draft.js';
import './export.css';
import { personName } from '../lib/personName.js';

export function ChangedSinceExport({ draftId, status, saveState }: { draftId: string; status: Status; saveState: string }) {
  const { t, lang } = useApp();
  const [last, setLast] = useState<ExportRecord | null>(null);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (status !== 'exported' || saveState !== 'saved') return;
    let live = true;
    Promise.all([api['export.list']({ id: draftId }), api['drafts.get']({ id: draftId })]).then(
      ([recs, d]) => {
        if (!live) return;
        const r = recs[0] ?? null;
        setLast(r);
        setChanged(Boolean(r && r.draftVersion !== d.version));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [draftId, status, saveState]);
  if (status !== 'exported' || !changed || !last) return null;
  return (
    <span className="pill changed-pill" data-changed-since-export="true" title={t('exp.lastExport', { when: formatDateTime(last.at, lang), who: personName(last.who, t) })}>
      {t('exp.changedSince')}
    </span>
  );
}
