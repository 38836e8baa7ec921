/**
 * The workstation's side of shared decisions and facts (main/newsroom/desk-sync.ts) against a
 * hub in this process on real PostgreSQL: a reporter's dismissal reaches the editor with its
 * reason and author; another reporter's is refused by the hub and stays on their workstation;
 * a reopening travels too; the desk's facts reach everyone, a reporter's are refused; two
 * writers of one fact converge on the last one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { freshHub } from '../helpers/hub.js';
import { closeWorkstations, sync, workstation } from '../helpers/workstation.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

afterEach(closeWorkstations);

const FINDING = { fingerprint: 'fp-harga-beras', rule: 'number-mismatch' as const };

describe.skipIf(!PG_BIN_DIR)(`decisions and facts through the hub, workstation side${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('dismissals and reopenings travel with who and why; the hub refuses a reporter on a colleague\'s story', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('tono', 'reporter');
    await hub.user('edi', 'editor');
    const [rina, tono, edi] = await Promise.all([workstation(hub, 'rina'), workstation(hub, 'tono'), workstation(hub, 'edi')]);
    const d = await rina.api['drafts.create']({ headline: 'Harga beras', body: docFromParagraphs(['Harga beras naik 20 persen.']) });
    await sync(rina);
    await rina.api['findings.dismiss']({ draftId: d.id, ...FINDING, reason: 'angka dari BPS, sudah dicek' });
    expect((await sync(rina)).decisions).toEqual({ up: 1, down: 0, refused: [] });
    await sync(tono);
    expect((await sync(edi)).decisions).toMatchObject({ down: 1 });
    expect(await edi.api['findings.decisions']({ draftId: d.id })).toEqual([expect.objectContaining({ ...FINDING, kind: 'dismissed', note: 'angka dari BPS, sudah dicek', who: 'rina' })]);
    expect((await edi.api['drafts.history']({ id: d.id })).some((h) => h.kind === 'dismiss' && h.who === 'rina')).toBe(true);

    // another reporter: the hub refuses; their workstation keeps it for itself, the newsroom does not see it
    await tono.api['findings.verify']({ draftId: d.id, ...FINDING, source: 'kata saya' });
    const refused = (await sync(tono)).decisions!;
    expect(refused.up).toBe(0);
    expect(refused.refused).toEqual([{ id: `${d.id}/${FINDING.fingerprint}`, message: 'This story belongs to rina; a reporter edits only their own stories.' }]);
    expect((await sync(tono)).decisions?.refused).toEqual([]); // not retried every round
    await sync(edi);
    expect(await edi.api['findings.decisions']({ draftId: d.id })).toEqual([expect.objectContaining({ kind: 'dismissed', who: 'rina' })]);

    // the editor reopens it: gone on the reporter's workstation too
    await edi.api['findings.reopen']({ draftId: d.id, fingerprint: FINDING.fingerprint });
    expect((await sync(edi)).decisions).toMatchObject({ up: 1 });
    expect((await sync(rina)).decisions).toMatchObject({ down: 1 });
    expect(await rina.api['findings.decisions']({ draftId: d.id })).toEqual([]);
    // and nothing echoes back up
    expect((await sync(rina)).decisions).toEqual({ up: 0, down: 0, refused: [] });
  });

  it('the facts base: the desk\'s facts reach every workstation, a reporter\'s are refused; two writers converge on the last', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('edi', 'editor');
    await hub.user('dewi', 'desk');
    const [rina, edi, dewi] = await Promise.all([workstation(hub, 'rina'), workstation(hub, 'edi'), workstation(hub, 'dewi')]);
    const f = await dewi.api['facts.add']({ subject: 'BPS', attribute: 'inflasi November 2026', value: '2,1', unit: 'persen', source: 'bps.go.id' });
    expect((await sync(dewi)).facts).toEqual({ up: 1, down: 0, refused: [] });
    for (const w of [rina, edi]) {
      expect((await sync(w)).facts).toMatchObject({ down: 1 });
      expect(await w.api['facts.list']({})).toEqual([expect.objectContaining({ id: f.id, value: '2,1', unit: 'persen', verifiedBy: 'dewi' })]);
    }
    // a reporter's own fact: refused by the hub, kept on the reporter's workstation only
    await rina.api['facts.add']({ subject: 'Rina', attribute: 'jabatan', value: 'Pemimpin Redaksi' });
    expect((await sync(rina)).facts?.refused).toEqual([{ id: expect.any(String), message: 'Only an editor or a desk adds, changes or retires a verified fact; you are rina (reporter).' }]);
    expect((await sync(edi)).facts).toMatchObject({ down: 0 });
    expect(await edi.api['facts.list']({})).toHaveLength(1);

    // the editor and the desk both change the fact before syncing: the later push is the fact everywhere
    await edi.api['facts.update']({ id: f.id!, patch: { value: '2,2' } });
    await dewi.api['facts.retire']({ id: f.id! });
    await sync(edi);
    await sync(dewi);
    for (const w of [edi, dewi, rina]) await sync(w);
    for (const w of [edi, dewi, rina]) {
      expect((await w.api['facts.list']({ includeRetired: true })).find((x) => x.id === f.id), w.user).toMatchObject({ value: '2,1', retired: true, verifiedBy: 'dewi' });
    }
    const history = await hub.pool.query("SELECT kind, before->>'value' AS before, after->>'value' AS after FROM fact_history WHERE fact_id = $1 ORDER BY id", [f.id]);
    expect(history.rows.map((r: { kind: string }) => r.kind)).toEqual(['added', 'changed', 'retired']);
    expect(history.rows[2]).toMatchObject({ before: '2,2', after: '2,1' }); // the editor's value, kept in the history
  });
});
