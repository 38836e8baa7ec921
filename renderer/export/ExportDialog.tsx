/**
 * The desk's export dialog: pick a target, see exactly what will go out (rendered HTML in a
 * script-less sandboxed frame, the JSON/XML/Markdown/text, or the CMS fields as they will be
 * sent), see the pre-publish check, then save the file or push to the CMS.
 *
 * Everything comes from main through the contract: 'export.preview' renders without recording,
 * 'export.run' re-checks, renders, records and moves the story to "exported". Blocking items make
 * the export impossible here (main refuses too); warnings need "Export anyway", shown next to the
 * list they override. A failed push shows the CMS's message and changes nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { formatBytes, formatDateTime, type MessageKey } from '../i18n/index.js';
import { base64Size, downloadFile } from '../lib/download.js';
import { canFocusField, fieldLabel } from './fields.js';
import { useFocusTrap } from '../lib/focusTrap.js';
import type { ExportOutcome, CmsSummary } from '../../shared/api/contract.js';
import type { PrePublishItem, PrePublishResult } from '../../shared/export/prepublish.js';
import type { ExportRecord } from '../../shared/model/export-record.js';
import { CMS_TARGETS, FILE_TARGETS, isCmsTarget, type CmsTarget, type ExportTarget } from '../../shared/model/export-target.js';
import './export.css';
import { errorCode, errorMessage, type ErrorCode } from '../../shared/api/errors.js';
import { personName } from '../lib/personName.js';


export const targetKey = (t: ExportTarget) => `exp.target.${t}` as MessageKey;

export interface ExportDialogProps {
  draftId: string;
  onClose: () => void;
  /** called before anything is checked, so the check sees the text on screen (the editor's autosave flush) */
  prepare?: () => Promise<unknown>;
  /** jump to a paragraph / finding in the editor (the dialog closes first) */
  onJump?: (item: PrePublishItem) => void;
  /** go to a story field the check names ('headline', 'byline', 'summary', 'kicker'); the dialog closes first */
  onField?: (field: string) => void;
  /** after a recorded export: the story is now "exported" at record.draftVersion */
  onExported?: (record: ExportRecord) => void;
  initialTarget?: ExportTarget;
  /** the editor's own checks failed: the story on screen is unchecked, so the export waits */
  checksUnavailable?: boolean;
}

const CHECKS_UNAVAILABLE: PrePublishItem = {
  code: 'checks-unavailable',
  message: {
    en: 'Checks unavailable: the story on screen could not be checked, so it cannot be exported. Reload the window; if it happens again, report it.',
    id: 'Pemeriksaan tidak tersedia: naskah di layar tidak dapat diperiksa, jadi belum bisa diekspor. Muat ulang jendela; bila terulang, laporkan.',
  },
};

function errorInfo(e: unknown): { code: ErrorCode | undefined; message: string } {
  return { code: errorCode(e), message: errorMessage(e) };
}

export function ExportDialog({ draftId, onClose, prepare, onJump, onField, onExported, initialTarget = 'html', checksUnavailable = false }: ExportDialogProps) {
  const { t, lang, settings } = useApp();
  const [target, setTarget] = useState<ExportTarget>(initialTarget);
  const [ready, setReady] = useState(false);
  const [preview, setPreview] = useState<ExportOutcome | null>(null);
  const [check, setCheck] = useState<PrePublishResult | null>(null);
  const [previewError, setPreviewError] = useState('');
  const [loading, setLoading] = useState(false);
  const [records, setRecords] = useState<ExportRecord[]>([]);
  const [version, setVersion] = useState<number | null>(null);
  const [headline, setHeadline] = useState('');
  const [cms, setCms] = useState<Record<CmsTarget, CmsSummary> | null>(null);
  const [busy, setBusy] = useState(false);
  const [runError, setRunError] = useState<{ code: ErrorCode | undefined; message: string } | null>(null);
  const [done, setDone] = useState<{ outcome: ExportOutcome; target: ExportTarget } | null>(null);
  const [postStatus, setPostStatus] = useState<'draft' | 'pending'>(settings.cmsPostStatus);
  const seq = useRef(0);
  const dialogRef = useRef<HTMLDivElement>(null);
  useFocusTrap(dialogRef);
  const prepareRef = useRef(prepare);
  prepareRef.current = prepare;

  const loadMeta = useCallback(async () => {
    const [recs, d] = await Promise.all([api['export.list']({ id: draftId }), api['drafts.get']({ id: draftId })]);
    setRecords(recs);
    setVersion(d.version);
    setHeadline(d.headline);
  }, [draftId]);

  // first: let the editor save what is on screen, then read history and CMS configuration
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        await prepareRef.current?.();
      } catch {
        /* a failed save is shown by the editor; the check then runs on the stored text */
      }
      if (!live) return;
      setReady(true);
      loadMeta().catch(() => undefined);
      api['cms.describe']({}).then((c) => live && setCms(c), () => undefined);
    })();
    return () => {
      live = false;
    };
  }, [loadMeta]);

  const refresh = useCallback(async () => {
    const n = ++seq.current;
    setLoading(true);
    setPreviewError('');
    try {
      const p = await api['export.preview']({ id: draftId, target });
      if (n !== seq.current) return;
      setPreview(p);
      setCheck(p.check);
    } catch (e) {
      if (n !== seq.current) return;
      setPreview(null);
      setPreviewError(errorInfo(e).message);
      api['export.check']({ id: draftId }).then((c) => n === seq.current && setCheck(c), () => undefined);
    } finally {
      if (n === seq.current) setLoading(false);
    }
  }, [draftId, target]);

  useEffect(() => {
    if (ready) void refresh();
  }, [ready, refresh]);

  // Escape closes; focus starts inside the dialog
  useEffect(() => {
    const k = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) onClose();
    };
    window.addEventListener('keydown', k);
    return () => window.removeEventListener('keydown', k);
  }, [onClose, busy]);

  const blocking = [...(checksUnavailable ? [CHECKS_UNAVAILABLE] : []), ...(check?.blocking ?? [])];
  const warnings = check?.warnings ?? [];
  const cmsTarget = isCmsTarget(target);
  const cmsInfo = cmsTarget && cms ? cms[target] : null;
  const cmsMissing = cmsTarget && cms !== null && !cmsInfo?.configured;
  const canExport = check !== null && blocking.length === 0 && !busy && !loading && !cmsMissing;
  const last = records[0];
  const changedSince = last && version !== null && last.draftVersion !== version;
  // a later push updates the same post (main remembers its id): say so on the button
  const pushedBefore = cmsTarget && records.some((r) => r.target === target && r.remoteId);

  async function run(force: boolean) {
    setBusy(true);
    setRunError(null);
    setDone(null);
    try {
      const out = await api['export.run']({ id: draftId, target, ...(force ? { force: true } : {}), ...(target === 'wordpress' ? { status: postStatus } : {}) });
      if (!cmsTarget && (out.text !== undefined || out.base64 !== undefined)) {
        downloadFile(out.filename, out.mime, { ...(out.text !== undefined ? { text: out.text } : {}), ...(out.base64 !== undefined ? { base64: out.base64 } : {}) });
      }
      setDone({ outcome: out, target });
      setCheck(out.check);
      if (out.record) onExported?.(out.record);
      await loadMeta().catch(() => undefined);
      void refresh();
    } catch (e) {
      const info = errorInfo(e);
      setRunError(info);
      // the check may have changed since the preview (someone edited, a decision was taken): show the current one
      api['export.check']({ id: draftId }).then(setCheck, () => undefined);
    } finally {
      setBusy(false);
    }
  }

  const jump = (item: PrePublishItem) => {
    if (!onJump) return;
    onClose();
    onJump(item);
  };

  const itemList = (items: PrePublishItem[], kind: 'blocking' | 'warning') => (
    <ul className={`pp-list pp-${kind}`} aria-label={t(kind === 'blocking' ? 'exp.blocking' : 'exp.warnings')}>
      {items.map((it, i) => (
        <li key={`${it.code}-${it.fingerprint ?? it.field ?? ''}-${it.paragraph ?? ''}-${i}`} className={`pp-item pp-${kind}`} data-code={it.code}>
          <span className="pp-icon" aria-hidden="true">{kind === 'blocking' ? '✕' : '!'}</span>
          <span className="pp-msg">{it.message[lang] ?? it.message.en}</span>
          {it.paragraph !== undefined && onJump ? (
            <button type="button" className="btn small ghost pp-jump" onClick={() => jump(it)}>
              {t('exp.jump', { n: it.paragraph + 1 })}
            </button>
          ) : it.field && onField && canFocusField(it.field) ? (
            <button type="button" className="btn small ghost pp-jump" onClick={() => { onClose(); onField(it.field!); }}>
              {t('exp.editField', { f: fieldLabel(it.field, t) })}
            </button>
          ) : it.field ? (
            <span className="pp-field muted">{t('exp.field', { f: fieldLabel(it.field, t) })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="sheet-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="sheet export-sheet" role="dialog" aria-modal="true" aria-labelledby="export-title" tabIndex={-1} ref={dialogRef}>
        <div className="sheet-head">
          <div className="export-titles">
            <h2 id="export-title">{t('exp.title')}</h2>
            {headline ? <p className="export-story muted">{headline}</p> : null}
          </div>
          <button type="button" className="btn ghost" onClick={onClose} disabled={busy}>
            {t('common.close')}
          </button>
        </div>

        <div className="export-body">
          <div className="export-left">
            <fieldset className="export-targets">
              <legend className="field-label">{t('exp.files')}</legend>
              <div className="target-grid">
                {FILE_TARGETS.map((k) => (
                  <label key={k} className={`target ${target === k ? 'on' : ''}`}>
                    <input type="radio" name="export-target" value={k} checked={target === k} onChange={() => { setTarget(k); setDone(null); setRunError(null); }} />
                    <span className="target-name">{t(targetKey(k))}</span>
                  </label>
                ))}
              </div>
              <span className="field-label export-cms-label">{t('exp.cms')}</span>
              <div className="target-grid cms-grid">
                {CMS_TARGETS.map((k) => (
                  <label key={k} className={`target ${target === k ? 'on' : ''}`}>
                    <input type="radio" name="export-target" value={k} checked={target === k} onChange={() => { setTarget(k); setDone(null); setRunError(null); }} />
                    <span className="target-name">{t(targetKey(k))}</span>
                    {cms ? <span className={`target-state ${cms[k].configured ? 'ok' : ''}`}>{cms[k].configured ? t('cms.configured') : t('cms.notConfigured')}</span> : null}
                  </label>
                ))}
              </div>
            </fieldset>

            <section className={`prepublish${blocking.length ? ' has-blocking' : ''}`} aria-labelledby="pp-title" aria-busy={check === null}>
              <h3 id="pp-title" className="export-h">{t('exp.check')}</h3>
              {check === null ? (
                <p className="muted small">{t('exp.checking')}</p>
              ) : blocking.length === 0 && warnings.length === 0 ? (
                <p className="pp-ok" data-check="clear">✓ {t('exp.clear')}</p>
              ) : (
                <>
                  {blocking.length ? (
                    <>
                      <p className="pp-sum pp-sum-blocking">{t('exp.blockingCount', { n: blocking.length })}</p>
                      {itemList(blocking, 'blocking')}
                    </>
                  ) : null}
                  {warnings.length ? (
                    <>
                      <p className="pp-sum pp-sum-warning">{t('exp.warningCount', { n: warnings.length })}</p>
                      {itemList(warnings, 'warning')}
                    </>
                  ) : null}
                </>
              )}
            </section>

            <section className="export-history" aria-labelledby="exh-title">
              <h3 id="exh-title" className="export-h">{t('exp.history')}</h3>
              {changedSince ? <p className="changed-since" data-changed="true">{t('exp.changedSince')}</p> : null}
              {records.length === 0 ? (
                <p className="muted small">{t('exp.never')}</p>
              ) : (
                <ul className="exh-list">
                  {records.slice(0, 6).map((r) => (
                    <li key={r.id} className="exh-item">
                      <RecordLine record={r} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>

          <section className="export-preview" aria-labelledby="pv-title">
            <div className="pv-head">
              <h3 id="pv-title" className="export-h">{t('exp.preview')}</h3>
              {preview ? <span className="muted small pv-file">{cmsTarget ? t('exp.fieldsAsSent') : preview.filename}</span> : null}
              {loading ? <span className="muted small">{t('common.loading')}</span> : null}
            </div>
            <Preview target={target} outcome={preview} error={previewError} />
          </section>
        </div>

        <div className="export-foot">
          <div className="export-status" role="status" aria-live="polite">
            {runError ? (
              <div className="export-error" role="alert" data-code={runError.code}>
                <strong>{runError.code === 'remote' ? t('exp.pushFailed') : runError.code === 'blocked' ? t('exp.blocked') : t('exp.failed')}</strong>
                <pre className="export-error-msg">{runError.message}</pre>
                {cmsTarget ? <span className="muted small">{t('exp.untouched')}</span> : null}
              </div>
            ) : done ? (
              <div className="export-done" data-target={done.target}>
                <strong>{isCmsTarget(done.target) ? t('exp.pushed', { t: t(targetKey(done.target)) }) : t('exp.saved', { f: done.outcome.filename })}</strong>
                {done.outcome.record ? <RecordLine record={done.outcome.record} /> : null}
              </div>
            ) : blocking.length ? (
              <span className="pp-sum-blocking">{t('exp.cannot')}</span>
            ) : warnings.length ? (
              <span className="pp-sum-warning">{t('exp.needsConfirm')}</span>
            ) : cmsMissing ? (
              <span className="muted">
                {t('exp.cmsMissing', { t: t(targetKey(target)) })} <a href="#/settings" onClick={onClose}>{t('nav.settings')}</a>
              </span>
            ) : null}
          </div>
          <div className="export-actions">
            {target === 'wordpress' ? (
              <label className="check">
                {t('exp.postStatus')}
                <select className="tb-select" value={postStatus} onChange={(e) => setPostStatus(e.target.value as 'draft' | 'pending')} aria-label={t('exp.postStatus')}>
                  <option value="draft">{t('cms.status.draft')}</option>
                  <option value="pending">{t('cms.status.pending')}</option>
                </select>
              </label>
            ) : null}
            {warnings.length > 0 && blocking.length === 0 ? (
              <button type="button" className="btn warn-btn" disabled={!canExport} onClick={() => void run(true)}>
                {t('exp.anyway', { n: warnings.length })}
              </button>
            ) : null}
            <button type="button" className="btn primary" disabled={!canExport || warnings.length > 0} onClick={() => void run(false)}>
              {busy ? t('exp.working') : cmsTarget ? t(pushedBefore ? 'exp.update' : 'exp.push', { t: t(targetKey(target)) }) : t('exp.save')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function RecordLine({ record }: { record: ExportRecord }) {
  const { t, lang } = useApp();
  return (
    <span className="record-line" data-target={record.target}>
      <span className="record-target">{t(targetKey(record.target))}</span>
      {record.revisionId !== null ? <span>{t('exp.revision', { n: record.revisionId })}</span> : null}
      <time dateTime={record.at}>{formatDateTime(record.at, lang)}</time>
      <span>{t('act.by', { who: personName(record.who, t) })}</span>
      {record.forced ? <span className="record-forced" title={record.warnings.join('\n')}>{t('exp.forced')}</span> : null}
      {record.remoteUrl ? (
        // a normal link: in Electron the window-open handler sends it to the system browser
        <a href={record.remoteUrl} target="_blank" rel="noopener noreferrer" className="record-link">
          {t('exp.openPost')}
          {record.remoteId ? ` #${record.remoteId}` : ''}
        </a>
      ) : null}
    </span>
  );
}

function Preview({ target, outcome, error }: { target: ExportTarget; outcome: ExportOutcome | null; error: string }) {
  const { t, lang } = useApp();
  if (error) return <p className="error pv-error" role="alert">{t('exp.previewFailed', { msg: error })}</p>;
  if (!outcome) return <div className="pv-box pv-empty" />;
  if (target === 'html' && outcome.text !== undefined) {
    // sandbox="" : no scripts, no forms, no same-origin access, no navigation of the app
    return <iframe className="pv-box pv-frame" title={t('exp.preview')} sandbox="" srcDoc={outcome.text} />;
  }
  if (isCmsTarget(target) && outcome.text !== undefined) return <CmsFields target={target} json={outcome.text} />;
  if (outcome.base64 !== undefined) {
    return (
      <div className="pv-box pv-binary">
        <div className="pv-doc-icon" aria-hidden="true">DOCX</div>
        <p className="pv-binary-name">{outcome.filename}</p>
        <p className="muted">{formatBytes(base64Size(outcome.base64), lang)}</p>
        <p className="muted small">{t('exp.docxNote')}</p>
      </div>
    );
  }
  return (
    <pre className="pv-box pv-text" data-target={target} tabIndex={0}>
      {outcome.text ?? ''}
    </pre>
  );
}

/**
 * The CMS request body, field by field, as it will be sent: the title and slug as text, terms
 * as chips, the WordPress HTML body rendered (sandboxed, no scripts), Ghost's Lexical body as
 * its JSON; the exact raw JSON one click away.
 */
function CmsFields({ target, json }: { target: CmsTarget; json: string }) {
  const { t } = useApp();
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return <pre className="pv-box pv-text" data-target={target}>{json}</pre>;
  }
  const terms = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x && 'name' in x ? String((x as { name: unknown }).name) : JSON.stringify(x))) : []);
  const value = (k: string, v: unknown) => {
    if (k === 'categories' || k === 'tags') {
      const list = terms(v);
      return list.length ? (
        <span className="chips">{list.map((n) => <span key={n} className="chip">{n}</span>)}</span>
      ) : (
        <span className="muted">—</span>
      );
    }
    if (k === 'content' && typeof v === 'string') return <iframe className="pv-content-frame" title={k} sandbox="" srcDoc={`<!doctype html><meta charset="utf-8"><style>body{font:15px/1.55 Georgia,serif;margin:10px 12px;color:#1f1d1a}</style>${v}`} />;
    if (k === 'lexical' && typeof v === 'string') {
      let pretty = v;
      let nodes = 0;
      try {
        const doc = JSON.parse(v) as { root?: { children?: unknown[] } };
        nodes = doc.root?.children?.length ?? 0;
        pretty = JSON.stringify(doc, null, 2);
      } catch {
        /* shown as sent */
      }
      return (
        <details className="pv-lexical">
          <summary>{t('exp.lexicalDoc', { n: nodes })}</summary>
          <pre className="pv-text">{pretty}</pre>
        </details>
      );
    }
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return s ? <span className={k === 'slug' || k === 'status' ? 'mono' : ''}>{s}</span> : <span className="muted">—</span>;
  };
  return (
    <div className="pv-box pv-fields" data-target={target} tabIndex={0}>
      <dl className="pv-field-list">
        {Object.entries(fields).map(([k, v]) => (
          <div key={k} className={`pv-field pv-field-${k}`} data-field={k}>
            <dt>{k}</dt>
            <dd>{value(k, v)}</dd>
          </div>
        ))}
      </dl>
      <details className="pv-raw">
        <summary>{t('exp.rawJson')}</summary>
        <pre className="pv-text">{json}</pre>
      </details>
    </div>
  );
}
