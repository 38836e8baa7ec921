import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rememberRecent } from '../../shared/model/recent.js';

describe('rememberRecent', () => {
  it('keeps the last `kept` keys used, in order of use, each with its newest value', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer())), fc.integer({ min: 1, max: 6 }), (uses, kept) => {
        const map = new Map<number, number>();
        for (const [k, v] of uses) rememberRecent(map, k, v, kept);
        // the model: walk the uses backwards, first sight of a key is its newest use
        const newest: Array<[number, number]> = [];
        for (let i = uses.length - 1; i >= 0 && newest.length < kept; i--) {
          const [k, v] = uses[i]!;
          if (!newest.some(([seen]) => seen === k)) newest.push([k, v]);
        }
        expect([...map.entries()]).toEqual(newest.reverse());
      }),
    );
  });
});
