import { describe, expect, it } from 'vitest';
import { diffParagraphs } from '../../renderer/review/diffParagraphs.js';

describe('the review compare view in paragraphs (#14 point 5)', () => {
  it('cuts at paragraph breaks, marks the changed paragraphs and numbers each change once', () => {
    const from = 'Judul\n\nSatu dua tiga.\n\nEmpat lima enam.\n\nTujuh delapan.';
    const to = 'Judul\n\nSatu dua tiga.\n\nEmpat sepuluh enam.\n\nTujuh delapan sembilan.';
    const d = diffParagraphs(from, to);
    expect(d.paragraphs.map((p) => p.changed)).toEqual([false, false, true, true]);
    // "lima" -> "sepuluh" is one change (a deletion and an insertion side by side); "sembilan" another
    expect(d.changes).toBe(2);
    expect(d.paragraphs[2]!.segments.filter((s) => s.kind !== 'same').map((s) => [s.kind, s.text, s.change])).toEqual([
      ['del', 'lima', 0],
      ['ins', 'sepuluh', 0],
    ]);
    expect(d.paragraphs[3]!.segments.find((s) => s.kind === 'ins')).toMatchObject({ change: 1 });
    expect(d).toMatchObject({ added: 2, removed: 1 });
  });

  it('no differences: no change, every paragraph unchanged', () => {
    const d = diffParagraphs('A b.\n\nC d.', 'A b.\n\nC d.');
    expect(d.changes).toBe(0);
    expect(d.paragraphs.every((p) => !p.changed)).toBe(true);
    expect(d.paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['A b.', 'C d.']);
  });

  it('a new paragraph is one change of its own', () => {
    const d = diffParagraphs('Satu.', 'Satu.\n\nParagraf baru di akhir.');
    expect(d.changes).toBe(1);
    expect(d.paragraphs.map((p) => p.changed)).toEqual([false, true]);
  });
});
