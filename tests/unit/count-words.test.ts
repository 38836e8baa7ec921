import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords } from '../../shared/model/lexical-doc.js';
import { WordTally } from '../../main/services/word-tally.js';

/** the definition the counting loop must keep (shared/model/lexical-doc.ts) */
const byRegex = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;

describe('countWords', () => {
  it('counts what the word expression matches, for any text', () => {
    const pieces = fc.constantFrom('a', 'Z', '7', ' ', '\n\n', "'", '’', '.', ',', '-', '—', 'é', 'ß', '٣', '日本', '😀', '𝐀', '\uD800', '\uDC00', '"', '(', 'Rp', '1.500', "don't", 'Undang-Undang');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        expect(countWords(text)).toBe(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts words of news copy as a reader would', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('Harga beras naik 1.500 rupiah, kata Undang-Undang.')).toBe(7);
    expect(countWords("They're here — 3,000 of them.")).toBe(5);
    expect(countWords(' ... -- ’ ')).toBe(0);
  });

  it('the autosave tally, recounting only changed paragraphs, always equals counting the whole story', () => {
    const paragraph = fc.oneof(fc.constantFrom('Air naik.', '', 'Rp 1.500', "don't stop", '-- ...'), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(fc.array(paragraph, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 6, maxLength: 6 }), (stories, ids) => {
        const tally = new WordTally(2);
        stories.forEach((ps, i) => expect(tally.count(ids[i]!, ps)).toBe(countWords(ps.join('\n\n'))));
      }),
      { numRuns: 2000 },
    );
  });
});
