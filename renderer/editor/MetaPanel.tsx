import { memo, useEffect, useState } from 'react';
import { useApp } from '../settings/context.js';
import type { DraftMeta } from '../../shared/model/draft.js';


/** tags once each, whatever their case ("Tangsel", "tangsel"): the first spelling is kept */
function uniqueTags(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of raw) {
    const tag = x.trim();
    const key = tag.toLocaleLowerCase('id');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
export interface MetaState {
  meta: DraftMeta;
  language: 'en' | 'id';
  slug: string;
  languageDetected: boolean;
}

/** datetime-local wants "YYYY-MM-DDTHH:MM"; the store keeps an ISO local date-time with seconds */
const toLocalInput = (iso: string | undefined) => (iso ? iso.slice(0, 16) : '');
const fromLocalInput = (v: string) => (v ? (v.length === 16 ? `${v}:00` : v) : '');

/** memo: the page re-renders on live counts while the reporter types; the fields do not change then */
export const MetaPanel = memo(function MetaPanel({
  state,
  editable,
  onMeta,
  onLanguage,
  onSlug,
  onSlugReset,
}: {
  state: MetaState;
  editable: boolean;
  onMeta: (patch: Partial<DraftMeta>) => void;
  onLanguage: (l: 'en' | 'id') => void;
  onSlug: (s: string) => void;
  onSlugReset: () => void;
}) {
  const { t, settings } = useApp();
  const m = state.meta;
  const [tags, setTags] = useState((m.tags ?? []).join(', '));
  useEffect(() => setTags((m.tags ?? []).join(', ')), [m.tags]);
  const [slug, setSlug] = useState(state.slug);
  useEffect(() => setSlug(state.slug), [state.slug]);
  const summaryLen = (m.summary ?? '').length;

  const text = (key: keyof DraftMeta, label: string, multiline = false) => (
    <label className="field">
      <span className="field-label">{label}</span>
      {multiline ? (
        <textarea rows={3} aria-label={label} value={String(m[key] ?? '')} readOnly={!editable} onChange={(e) => onMeta({ [key]: e.target.value })} />
      ) : (
        <input type="text" aria-label={label} value={String(m[key] ?? '')} readOnly={!editable} onChange={(e) => onMeta({ [key]: e.target.value })} />
      )}
    </label>
  );

  return (
    <div className="panel meta-panel">
      {text('byline', t('meta.byline'))}
      <div className="field-row">
        {text('datelinePlace', t('meta.datelinePlace'))}
        <label className="field">
          <span className="field-label">{t('meta.datelineDate')}</span>
          <input type="date" aria-label={t('meta.datelineDate')} value={m.datelineDate ?? ''} readOnly={!editable} onChange={(e) => onMeta({ datelineDate: e.target.value })} />
        </label>
      </div>
      <div className="field-row">
        {text('section', t('meta.section'))}
        <label className="field">
          <span className="field-label">{t('meta.language')}</span>
          <select aria-label={t('meta.language')} value={state.language} disabled={!editable} onChange={(e) => onLanguage(e.target.value as 'en' | 'id')}>
            <option value="id">{t('lang.id')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
          {state.languageDetected ? <span className="field-hint">{t('meta.languageDetected')}</span> : null}
        </label>
      </div>
      <label className="field">
        <span className="field-label">{t('meta.tags')}</span>
        <input
          type="text"
          aria-label={t('meta.tags')}
          value={tags}
          readOnly={!editable}
          onChange={(e) => setTags(e.target.value)}
          onBlur={() => onMeta({ tags: uniqueTags(tags.split(',')) })}
        />
        <span className="field-hint">{t('meta.tagsHint')}</span>
      </label>
      <label className="field">
        <span className="field-label">{t('meta.slug')}</span>
        <div className="input-with-btn">
          <input
            type="text"
            aria-label={t('meta.slug')}
            value={slug}
            readOnly={!editable}
            onChange={(e) => setSlug(e.target.value.toLowerCase().replace(/[^a-z0-9-]+/g, '-'))}
            onBlur={() => {
              const clean = slug.replace(/-+/g, '-').replace(/^-|-$/g, '');
              if (clean !== state.slug) onSlug(clean);
            }}
          />
          <button type="button" className="btn small ghost" disabled={!editable} onClick={onSlugReset}>{t('meta.slugReset')}</button>
        </div>
      </label>
      <label className="field">
        <span className="field-label">
          {t('meta.summary')}
          <span className={`counter ${summaryLen > settings.summarySoftLimit ? 'over' : ''}`} aria-live="polite">
            {summaryLen}/{settings.summarySoftLimit}
          </span>
        </span>
        <textarea rows={3} aria-label={t('meta.summary')} value={m.summary ?? ''} readOnly={!editable} onChange={(e) => onMeta({ summary: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">{t('meta.embargo')}</span>
        <input type="datetime-local" aria-label={t('meta.embargo')} value={toLocalInput(m.embargo)} readOnly={!editable} onChange={(e) => onMeta({ embargo: fromLocalInput(e.target.value) })} />
      </label>
      {text('editorsNote', t('meta.editorsNote'), true)}
    </div>
  );
});
