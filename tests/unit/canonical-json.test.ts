import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/model/canonical-json.js';

describe('canonicalJson', () => {
  it('is the same for objects that differ only in key order, at any depth, and keeps array order', () => {
    const a = { root: { type: 'root', children: [{ text: 'x', type: 'text', format: 0 }], version: 1 } };
    const b = { root: { version: 1, children: [{ format: 0, type: 'text', text: 'x' }], type: 'root' } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson({ l: [1, 2] })).not.toBe(canonicalJson({ l: [2, 1] }));
    expect(canonicalJson({ a: 'x' })).not.toBe(canonicalJson({ a: 'y' }));
  });
});
