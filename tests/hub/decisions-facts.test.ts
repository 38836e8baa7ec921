/**
 * Decisions on warnings and the verified-facts base, shared through the hub (migration 004):
 * the hub decides who may (whoever may change the story decides on its warnings; editors and
 * desks keep the facts), stamps who and when itself, pulls them by sequence number like stories,
 * and settles two writers by the last one while the history keeps both.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import type { HubDecision, HubFact } from '../../shared/api/hub-contract.js';
import { freshHub, hubPost, type TestHub } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

const story = (id: string) => ({ id, baseVersion: 0, headline: `Judul ${id}`, language: 'id', meta: {}, body: docFromParagraphs(['Harga beras naik 20 persen.']) });
const dismiss = (storyId: string, note = 'angka dari BPS, sudah dicek') => ({ storyId, fingerprint: 'fp-harga', rule: 'number-mismatch', kind: 'dismissed', note });
const fact = (over: Record<string, unknown> = {}) => ({ id: 'f1', subject: 'Fadli Afriadi', attribute: 'jabatan', value: 'Kepala Perwakilan Ombudsman RI Provinsi Banten', source: 'ombudsman.go.id', retired: false, ...over });

describe.skipIf(!PG_BIN_DIR)(`decisions and facts on the hub${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  let hub: TestHub;
  const tokens: Record<string, string> = {};
  const call = (who: string, name: string, input: unknown) => hubPost(hub.url, name, input, tokens[who]);

  beforeEach(async () => {
    hub = await freshHub();
    for (const [name, role] of [['rina', 'reporter'], ['tono', 'reporter'], ['edi', 'editor'], ['dewi', 'desk'], ['ada', 'admin']] as const) {
      await hub.user(name, role);
      tokens[name] = await hub.login(name);
    }
    expect((await call('rina', 'sync.push', story('s1'))).status).toBe(200);
  });

  it('decisions: the story\'s reporter, editors and desks decide; another reporter and an admin are refused; the last writer wins and the history keeps both', async () => {
    const mine = await call('rina', 'decisions.push', dismiss('s1'));
    expect(mine.status).toBe(200);
    expect(mine.body.value).toMatchObject({ storyId: 's1', fingerprint: 'fp-harga', kind: 'dismissed', note: 'angka dari BPS, sudah dicek', who: 'rina' });
    const tono = await call('tono', 'decisions.push', dismiss('s1', 'saya tidak setuju'));
    expect(tono.status).toBe(403);
    expect(tono.body.error?.message).toBe('This story belongs to rina; a reporter edits only their own stories.');
    expect((await call('ada', 'decisions.push', dismiss('s1'))).status).toBe(403);
    // a dismissal without a reason is not a dismissal; an unknown story waits for the story
    expect((await call('rina', 'decisions.push', dismiss('s1', ' '))).status).toBe(400);
    expect((await call('rina', 'decisions.push', dismiss('s9'))).status).toBe(404);
    // the editor reopens it, then the desk verifies it: the last writer is the decision
    expect((await call('edi', 'decisions.push', { ...dismiss('s1', ''), kind: 'reopened' })).body.value).toMatchObject({ kind: 'reopened', who: 'edi' });
    const verified = await call('dewi', 'decisions.push', { ...dismiss('s1', 'rilis BPS 2 Desember'), kind: 'verified' });
    expect(verified.body.value).toMatchObject({ kind: 'verified', note: 'rilis BPS 2 Desember', who: 'dewi' });
    const history = await hub.pool.query("SELECT h.kind, h.note, u.name FROM decision_history h JOIN users u ON u.id = h.user_id WHERE story_id = 's1' ORDER BY h.id");
    expect(history.rows).toEqual([
      { kind: 'dismissed', note: 'angka dari BPS, sudah dicek', name: 'rina' },
      { kind: 'reopened', note: '', name: 'edi' },
      { kind: 'verified', note: 'rilis BPS 2 Desember', name: 'dewi' },
    ]);
    // pulled by sequence number: one current decision, after the story's own change
    const pulled = await call('tono', 'decisions.pull', { since: 0 });
    const { decisions, seq, more } = pulled.body.value as { decisions: HubDecision[]; seq: number; more: boolean };
    // the push answered before a number was given (hub/sequencer.ts): 0 there, the cursor's in the pull
    expect((verified.body.value as HubDecision).seq).toBe(0);
    expect(decisions).toEqual([{ ...(verified.body.value as HubDecision), seq }]);
    expect(more).toBe(false);
    const storySeq = ((await call('tono', 'sync.pull', { since: 0 })).body.value as { stories: Array<{ id: string; seq: number }> }).stories.find((x) => x.id === 's1')!.seq;
    expect(storySeq).toBeGreaterThan(0);
    expect(seq).toBeGreaterThan(storySeq);
    expect((await call('tono', 'decisions.pull', { since: seq })).body.value).toEqual({ decisions: [], seq, more: false });
    // without a session: nothing
    expect((await hubPost(hub.url, 'decisions.pull', { since: 0 })).status).toBe(401);
  });

  it('facts: editors and desks add, change, retire and bring back; reporters and admins are refused; every change is in the history with what it replaced', async () => {
    for (const who of ['rina', 'ada']) {
      const r = await call(who, 'facts.push', fact());
      expect(r.status, who).toBe(403);
      expect(r.body.error?.message).toMatch(/^Only an editor or a desk adds, changes or retires a verified fact; you are /);
    }
    const added = (await call('dewi', 'facts.push', fact())).body.value as HubFact;
    expect(added).toMatchObject({ id: 'f1', value: 'Kepala Perwakilan Ombudsman RI Provinsi Banten', unit: '', asOf: '', retired: false, verifiedBy: 'dewi', version: 1 });
    // the same values again change nothing
    expect((await call('dewi', 'facts.push', fact())).body.value).toEqual(added);
    // two writers: the editor changes the value, then the desk's retirement (made on the old values) lands last
    const changed = (await call('edi', 'facts.push', fact({ value: 'Kepala Ombudsman RI Perwakilan Banten', asOf: '2026-12-01' }))).body.value as HubFact;
    expect(changed).toMatchObject({ value: 'Kepala Ombudsman RI Perwakilan Banten', asOf: '2026-12-01', verifiedBy: 'edi', version: 2 });
    const retired = (await call('dewi', 'facts.push', fact({ retired: true }))).body.value as HubFact;
    expect(retired).toMatchObject({ value: 'Kepala Perwakilan Ombudsman RI Provinsi Banten', asOf: '', retired: true, verifiedBy: 'dewi', version: 3 });
    const restored = (await call('edi', 'facts.push', fact({ value: 'Kepala Ombudsman RI Perwakilan Banten', asOf: '2026-12-01' }))).body.value as HubFact;
    expect(restored).toMatchObject({ retired: false, version: 4 });
    const history = await hub.pool.query("SELECT h.kind, h.before->>'value' AS before, h.after->>'value' AS after, u.name FROM fact_history h JOIN users u ON u.id = h.user_id WHERE fact_id = 'f1' ORDER BY h.id");
    expect(history.rows).toEqual([
      { kind: 'added', before: null, after: 'Kepala Perwakilan Ombudsman RI Provinsi Banten', name: 'dewi' },
      { kind: 'changed', before: 'Kepala Perwakilan Ombudsman RI Provinsi Banten', after: 'Kepala Ombudsman RI Perwakilan Banten', name: 'edi' },
      // the overwritten change is not lost: it is the 'before' of the retirement
      { kind: 'retired', before: 'Kepala Ombudsman RI Perwakilan Banten', after: 'Kepala Perwakilan Ombudsman RI Provinsi Banten', name: 'dewi' },
      { kind: 'restored', before: 'Kepala Perwakilan Ombudsman RI Provinsi Banten', after: 'Kepala Ombudsman RI Perwakilan Banten', name: 'edi' },
    ]);
    // a reporter reads the base: pulled by sequence number, a page at a time
    await call('dewi', 'facts.push', fact({ id: 'f2', subject: 'BPS', attribute: 'inflasi November 2026', value: '2,1', unit: 'persen' }));
    const first = (await call('rina', 'facts.pull', { since: 0, limit: 1 })).body.value as { facts: HubFact[]; seq: number; more: boolean };
    expect(first.facts.map((f) => f.id)).toEqual(['f1']);
    expect(first.more).toBe(true);
    const rest = (await call('rina', 'facts.pull', { since: first.seq })).body.value as { facts: HubFact[]; more: boolean };
    expect(rest.facts.map((f) => [f.id, f.unit])).toEqual([['f2', 'persen']]);
    expect(rest.more).toBe(false);
  });
});
