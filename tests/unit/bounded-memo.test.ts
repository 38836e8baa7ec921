import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../shared/analysis/bounded-memo';

describe('BoundedMemo', () => {
  it('computes an answer once and keeps it, null answers included', () => {
    const memo = new BoundedMemo<string, number | null>(10);
    let calls = 0;
    const compute = (k: string) => {
      calls++;
      return k === 'none' ? null : k.length;
    };
    expect(memo.get('abc', compute)).toBe(3);
    expect(memo.get('abc', compute)).toBe(3);
    expect(memo.get('none', compute)).toBeNull();
    expect(memo.get('none', compute)).toBeNull();
    expect(calls).toBe(2);
  });

  it('empties itself when full, so its memory stays bounded', () => {
    const memo = new BoundedMemo<number, number>(3);
    let calls = 0;
    const square = (k: number) => {
      calls++;
      return k * k;
    };
    for (const k of [1, 2, 3]) memo.get(k, square);
    memo.get(4, square); // full: emptied, then 4 kept
    expect(calls).toBe(4);
    memo.get(4, square);
    expect(calls).toBe(4);
    memo.get(1, square); // forgotten with the rest
    expect(calls).toBe(5);
  });
});
