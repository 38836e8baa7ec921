/**
 * The desk's verified-facts base: every fact the checker compares stories against (subject,
 * attribute, value, unit, as-of, source, who verified it and when). Add, edit, retire (retired
 * facts stay for the record and are never checked against), import a CSV/JSON file, export the
 * base as CSV/JSON.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../settings/context.js';
import { formatDate, formatDateTime } from '../i18n/index.js';
import { downloadFile } from '../lib/download.js';
import { api } from '../api/index.js';
import type { Fact } from '../../shared/analysis/facts/base.js';
import { FactDialog, FactForm } from './FactForm.js';
import './facts.css';
import { errorCode, errorMessage } from '../../shared/api/errors.js';

function isUrl(s: string): boolean {
  return /^https?:\/\/\S+$/i.test(s.trim());
}

export function FactsView() {
  const { t, lang } = useApp();
  const [facts, setFacts] = useState<Fact[] | null>(null);
  const [error, setError] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Fact | 'new' | null>(null);
  const [flash, setFlash] = useState('');
  const [confirmRetire, setConfirmRetire] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  // what main answers decides: a server built without the facts calls says 'unknown-method'
  const [available, setAvailable] = useState(true);

  const say = (m: string) => {
    setFlash(m);
    window.setTimeout(() => setFlash(''), 3000);
  };

  const load = useCallback(() => {
    api['facts.list']({ includeRetired: true }).then(
      (f) => {
        setFacts(f);
        setAvailable(true);
        setError('');
      },
      (e: unknown) => {
        if (errorCode(e) === 'unknown-method') setAvailable(false);
        else setError(errorMessage(e));
      },
    );
  }, []);
  useEffect(load, [load]);

  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return (facts ?? [])
      .filter((f) => showRetired || !f.retired)
      .filter((f) => !q || [f.subject, f.attribute, f.value, f.unit, f.source, f.verifiedBy].some((x) => x?.toLocaleLowerCase().includes(q)))
      .sort((a, b) => Number(a.retired ?? false) - Number(b.retired ?? false) || a.subject.localeCompare(b.subject, lang) || a.attribute.localeCompare(b.attribute, lang));
  }, [facts, showRetired, query, lang]);
  const retiredCount = (facts ?? []).filter((f) => f.retired).length;
  const activeCount = (facts ?? []).length - retiredCount;

  async function retire(f: Fact) {
    if (!f.id) return;
    try {
      await api['facts.retire']({ id: f.id });
      setConfirmRetire(null);
      say(t('facts.retired', { s: f.subject }));
      load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function importFile(file: File) {
    const format = /\.json$/i.test(file.name) || file.type === 'application/json' ? 'json' : 'csv';
    try {
      const text = await file.text();
      const r = await api['facts.import']({ format, text });
      say(t('facts.imported', { f: file.name, a: r.added, u: r.updated ?? 0 }));
      load();
    } catch (e) {
      setError(t('facts.importFailed', { f: file.name, msg: errorMessage(e) }));
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  async function exportAs(format: 'csv' | 'json') {
    try {
      const r = await api['facts.export']({ format });
      const day = new Date().toISOString().slice(0, 10);
      downloadFile(`redaksi-facts-${day}.${format}`, format === 'csv' ? 'text/csv' : 'application/json', { text: r.text });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="page facts-page" aria-labelledby="facts-title">
      <div className="page-head">
        <div>
          <h1 id="facts-title" className="page-title">{t('facts.title')}</h1>
          <p className="muted facts-sub">{t('facts.subtitle')}</p>
        </div>
        <div className="page-actions">
          <input
            ref={fileRef}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            className="sr-only"
            aria-label={t('facts.importFile')}
            data-testid="facts-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
            }}
          />
          <button type="button" className="btn" disabled={!available} onClick={() => fileRef.current?.click()}>{t('facts.import')}</button>
          <div className="segmented export-seg" role="group" aria-label={t('facts.export')}>
            <button type="button" disabled={!available} onClick={() => void exportAs('csv')}>{t('facts.exportCsv')}</button>
            <button type="button" disabled={!available} onClick={() => void exportAs('json')}>{t('facts.exportJson')}</button>
          </div>
          <button type="button" className="btn primary" disabled={!available} onClick={() => setEditing('new')}>+ {t('facts.add')}</button>
        </div>
      </div>

      {!available ? (
        <p className="card muted">{t('facts.unavailable')}</p>
      ) : (
        <>
          <div className="facts-tools">
            <label className="search facts-search">
              <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" /><path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /></svg>
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('facts.searchPlaceholder')} aria-label={t('facts.search')} />
            </label>
            <label className="check">
              <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />
              {t('facts.showRetired', { n: retiredCount })}
            </label>
            <span className="muted small facts-count">{activeCount === 1 ? t('facts.countOne') : t('facts.count', { n: activeCount })}</span>
          </div>
          <p className="flash" role="status" aria-live="polite">{flash}</p>
          {error ? <p className="error" role="alert">{error}</p> : null}

          {facts === null ? (
            <p className="muted">{t('common.loading')}</p>
          ) : shown.length === 0 ? (
            <div className="card empty facts-empty">{query ? t('facts.noMatch', { q: query }) : t('facts.empty')}</div>
          ) : (
            <div className="facts-table-wrap card">
              <table className="facts-table" aria-label={t('facts.title')}>
                <thead>
                  <tr>
                    <th scope="col">{t('facts.col.subject')}</th>
                    <th scope="col">{t('facts.col.attribute')}</th>
                    <th scope="col">{t('facts.col.value')}</th>
                    <th scope="col">{t('facts.col.unit')}</th>
                    <th scope="col">{t('facts.col.asOf')}</th>
                    <th scope="col">{t('facts.col.source')}</th>
                    <th scope="col">{t('facts.col.verified')}</th>
                    <th scope="col"><span className="sr-only">{t('desk.col.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((f) => (
                    <tr key={f.id ?? `${f.subject}|${f.attribute}`} className={f.retired ? 'retired' : ''} data-fact-id={f.id}>
                      <td className="fact-subject">
                        {f.subject}
                        {f.retired ? <span className="pill retired-pill">{t('facts.retiredTag')}</span> : null}
                      </td>
                      <td className="fact-attr">{f.attribute}</td>
                      <td className="fact-value">
                        <span>{f.value}</span>
                      </td>
                      <td className="fact-unit">{f.unit ?? <span className="muted">—</span>}</td>
                      <td className="fact-asof">{f.asOf ? <time dateTime={f.asOf}>{formatDate(f.asOf, lang)}</time> : '—'}</td>
                      <td className="fact-source">
                        {f.source ? (
                          isUrl(f.source) ? (
                            <a href={f.source} target="_blank" rel="noopener noreferrer" title={f.source}>{f.source.replace(/^https?:\/\/(www\.)?/i, '')}</a>
                          ) : (
                            <span title={f.source}>{f.source}</span>
                          )
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td className="fact-verified">
                        {f.verifiedBy ? <span>{f.verifiedBy}</span> : <span className="muted">—</span>}
                        {f.verifiedAt ? <time className="muted" dateTime={f.verifiedAt}>{formatDateTime(f.verifiedAt, lang)}</time> : null}
                      </td>
                      <td className="fact-actions">
                        {!f.retired ? (
                          confirmRetire === f.id ? (
                            <span className="retire-confirm">
                              <button type="button" className="btn small primary" onClick={() => void retire(f)}>{t('facts.retireConfirm')}</button>
                              <button type="button" className="btn small ghost" onClick={() => setConfirmRetire(null)}>{t('common.cancel')}</button>
                            </span>
                          ) : (
                            <>
                              <button type="button" className="btn small ghost" onClick={() => setEditing(f)} aria-label={`${t('facts.edit')}: ${f.subject}`}>{t('facts.edit')}</button>
                              <button type="button" className="btn small ghost danger" onClick={() => setConfirmRetire(f.id ?? null)} aria-label={`${t('facts.retire')}: ${f.subject}`}>{t('facts.retire')}</button>
                            </>
                          )
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted small facts-foot">{t('facts.formats')}</p>
        </>
      )}

      {editing ? (
        <FactDialog title={editing === 'new' ? t('facts.add') : t('facts.edit')} onClose={() => setEditing(null)}>
          <FactForm
            {...(editing !== 'new' ? { initial: editing, ...(editing.id ? { editingId: editing.id } : {}) } : {})}
            onCancel={() => setEditing(null)}
            onDone={(f) => {
              setEditing(null);
              say(editing === 'new' ? t('facts.added', { s: f.subject }) : t('facts.updated', { s: f.subject }));
              load();
            }}
          />
        </FactDialog>
      ) : null}
    </section>
  );
}
