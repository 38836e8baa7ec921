/**
 * One fact, added or edited. Used by the facts page and by "add a fact from a verified claim"
 * (AddFactDialog below), which any panel can open with a prefilled subject/value/source.
 */
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../settings/context.js';
import { api } from '../api/index.js';
import type { Fact } from '../../shared/analysis/facts/base.js';
import type { FactInput } from '../../shared/api/contract.js';
import { useFocusTrap } from '../lib/focusTrap.js';
import { useCloseOnEscape } from '../lib/useCloseOnEscape.js';
import { errorMessage } from '../../shared/api/errors.js';

const EMPTY: FactInput = { subject: '', attribute: '', value: '', unit: '', asOf: '', source: '' };

function inputOf(f: Partial<Fact> | Partial<FactInput> | undefined): FactInput {
  return {
    subject: f?.subject ?? '',
    attribute: f?.attribute ?? '',
    value: f?.value ?? '',
    unit: f?.unit ?? '',
    asOf: f?.asOf ?? '',
    source: f?.source ?? '',
  };
}

export function FactForm({
  initial,
  editingId,
  onDone,
  onCancel,
}: {
  initial?: Partial<FactInput> | Fact;
  /** set when editing an existing fact */
  editingId?: string;
  onDone: (f: Fact) => void;
  onCancel: () => void;
}) {
  const { t } = useApp();
  const [v, setV] = useState<FactInput>(() => inputOf(initial ?? EMPTY));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // focus the first empty required field (a prefilled claim usually lacks the attribute)
    const form = first.current?.form;
    const empty = form ? Array.from(form.querySelectorAll<HTMLInputElement>('input[required]')).find((i) => !i.value) : null;
    (empty ?? first.current)?.focus();
  }, []);

  const set = (k: keyof FactInput) => (e: React.ChangeEvent<HTMLInputElement>) => setV((s) => ({ ...s, [k]: e.target.value }));
  const valid = v.subject.trim() && v.attribute.trim() && v.value.trim() && (!v.asOf || /^\d{4}-\d{2}-\d{2}$/.test(v.asOf));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError('');
    const body: FactInput = {
      subject: v.subject.trim(),
      attribute: v.attribute.trim(),
      value: v.value.trim(),
      unit: (v.unit ?? '').trim(),
      asOf: v.asOf ?? '',
      source: (v.source ?? '').trim(),
    };
    try {
      const f = editingId ? await api['facts.update']({ id: editingId, patch: body }) : await api['facts.add'](body);
      onDone(f);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="fact-form" onSubmit={(e) => void submit(e)} aria-label={editingId ? t('facts.edit') : t('facts.add')}>
      <div className="fact-form-grid">
        <label className="field span-2">
          <span className="field-label">{t('facts.col.subject')}</span>
          <input ref={first} type="text" required value={v.subject} onChange={set('subject')} placeholder={t('facts.subjectPlaceholder')} aria-label={t('facts.col.subject')} />
        </label>
        <label className="field">
          <span className="field-label">{t('facts.col.attribute')}</span>
          <input type="text" required value={v.attribute} onChange={set('attribute')} placeholder={t('facts.attributePlaceholder')} aria-label={t('facts.col.attribute')} list="fact-attributes" />
          <datalist id="fact-attributes">
            <option value="jabatan" />
            <option value="title" />
            <option value="jumlah" />
            <option value="nilai" />
            <option value="population" />
          </datalist>
        </label>
        <label className="field">
          <span className="field-label">{t('facts.col.value')}</span>
          <input type="text" required value={v.value} onChange={set('value')} placeholder={t('facts.valuePlaceholder')} aria-label={t('facts.col.value')} />
        </label>
        <label className="field">
          <span className="field-label">{t('facts.col.unit')}</span>
          <input type="text" value={v.unit} onChange={set('unit')} placeholder={t('facts.unitPlaceholder')} aria-label={t('facts.col.unit')} />
        </label>
        <label className="field">
          <span className="field-label">{t('facts.col.asOf')}</span>
          <input type="date" value={v.asOf} onChange={set('asOf')} aria-label={t('facts.col.asOf')} />
        </label>
        <label className="field span-2">
          <span className="field-label">{t('facts.col.source')}</span>
          <input type="text" value={v.source} onChange={set('source')} placeholder={t('facts.sourcePlaceholder')} aria-label={t('facts.col.source')} />
          <span className="field-hint">{t('facts.verifiedHint')}</span>
        </label>
      </div>
      {error ? <p className="error small" role="alert">{error}</p> : null}
      <div className="row-end">
        <button type="button" className="btn ghost" onClick={onCancel}>{t('common.cancel')}</button>
        <button type="submit" className="btn primary" disabled={!valid || busy}>{editingId ? t('common.save') : t('facts.add')}</button>
      </div>
    </form>
  );
}

/** A small modal around FactForm. */
export function FactDialog({ title, children, onClose }: { title: string; children: React.ReactNode; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref);
  useCloseOnEscape(onClose);
  return (
    <div className="sheet-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="sheet fact-sheet" role="dialog" aria-modal="true" aria-label={title} ref={ref} tabIndex={-1}>
        <div className="sheet-head">
          <h2>{title}</h2>
        </div>
        <div className="sheet-body">{children}</div>
      </div>
    </div>
  );
}

/**
 * "Add a fact from a verified claim": render this where the claim was verified (the warnings
 * panel), with what the claim said. See claimPrefill() for turning a claim sentence into fields.
 */
export function AddFactDialog({ prefill, onClose, onAdded }: { prefill: Partial<FactInput>; onClose: () => void; onAdded?: (f: Fact) => void }) {
  const { t } = useApp();
  return (
    <FactDialog title={t('facts.fromClaim')} onClose={onClose}>
      <FactForm
        initial={prefill}
        onCancel={onClose}
        onDone={(f) => {
          onAdded?.(f);
          onClose();
        }}
      />
    </FactDialog>
  );
}
