import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import type { Services } from '../../shared/api/contract.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { tempDir } from '../helpers/tmp.js';

let store: Store;
let api: Services;
beforeEach(() => {
  store = openStore(tempDir());
  api = createServices(store);
});
afterEach(() => store.close());

const para = 'Pemkot Tangsel mendapatkan penghargaan dari Ombudsman RI berupa predikat kepatuhan pelayanan publik tahun 2024 dengan nilai 96,45.';

describe('findings service', () => {
  it('computes findings for a stored story and keeps dismissals across edits elsewhere and reopen', async () => {
    await api['settings.set']({ userName: 'Editor Budi' });
    const d = await api['drafts.create']({ headline: 'x', body: docFromParagraphs([para, 'Paragraf lain.', para]) });
    const findings = await api['findings.check']({ id: d.id });
    const dup = findings.find((f) => f.rule === 'duplicate-paragraph');
    expect(dup?.paragraph).toBe(2);
    await api['findings.dismiss']({ draftId: d.id, fingerprint: dup!.fingerprint, rule: dup!.rule, reason: 'kutipan sengaja diulang' });
    // an unrelated edit elsewhere keeps the fingerprint, so the dismissal still applies
    await api['drafts.save']({ id: d.id, body: docFromParagraphs([para, 'Paragraf lain yang diubah.', para]) });
    const again = (await api['findings.check']({ id: d.id })).find((f) => f.rule === 'duplicate-paragraph');
    expect(again?.fingerprint).toBe(dup!.fingerprint);
    const decisions = await api['findings.decisions']({ draftId: d.id });
    expect(decisions).toEqual([expect.objectContaining({ fingerprint: dup!.fingerprint, kind: 'dismissed', note: 'kutipan sengaja diulang', who: 'Editor Budi' })]);
    expect((await api['drafts.history']({ id: d.id })).some((e) => e.kind === 'dismiss' && e.note === 'kutipan sengaja diulang')).toBe(true);
    expect(await api['findings.reopen']({ draftId: d.id, fingerprint: dup!.fingerprint })).toEqual({ removed: 1 });
    expect(await api['findings.decisions']({ draftId: d.id })).toEqual([]);
  });

  it('a dismissal without a reason is refused by the contract', async () => {
    const { dispatch } = await import('../../main/transport/dispatch.js');
    const d = await api['drafts.create']({});
    const r = await dispatch(api, 'findings.dismiss', { draftId: d.id, fingerprint: 'x', rule: 'duplicate-paragraph', reason: '   ' });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-argument');
  });
});
