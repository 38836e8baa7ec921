/**
 * "Add a fact from a verified claim" (renderer/facts/claim.ts): the claim's figure and unit
 * become the value, the words before it the subject, the verification's source the source.
 */
import { describe, expect, it } from 'vitest';
import { claimPrefill } from '../../renderer/facts/claim.js';

describe('claimPrefill', () => {
  it('takes an Indonesian decimal-comma figure with its unit, and the source', () => {
    const p = claimPrefill({ text: 'Nilai kepatuhan Pemkot Tangsel mencapai 96,45 persen, tertinggi di Banten.', source: ' https://ombudsman.go.id/laporan ' });
    expect(p).toEqual({ value: '96,45', unit: 'persen', subject: 'Nilai kepatuhan Pemkot Tangsel mencapai', source: 'https://ombudsman.go.id/laporan' });
  });

  it('keeps thousands separators and currency marks in the value', () => {
    expect(claimPrefill({ text: 'The project cost Rp 2.300.000 in total.' }).value).toBe('Rp 2.300.000');
    expect(claimPrefill({ text: 'About 1,200 people attended the rally.' })).toMatchObject({ value: '1,200', unit: 'people', subject: 'About' });
    expect(claimPrefill({ text: 'Turnout rose to 12.5% this year.' })).toMatchObject({ value: '12.5', unit: '%' });
  });

  it('without a figure the claim becomes the subject (shortened), and no empty source is set', () => {
    const long = 'Kota ini adalah yang pertama menerapkan layanan daring penuh di Indonesia '.repeat(4);
    const p = claimPrefill({ text: long, source: '  ' });
    expect(p.value).toBeUndefined();
    expect(p.source).toBeUndefined();
    expect(p.subject!.length).toBeLessThanOrEqual(160);
    expect(p.subject!.endsWith('…')).toBe(true);
  });
});
