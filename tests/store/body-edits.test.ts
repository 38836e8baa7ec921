/**
 * A story's pending edit (main/store/body-edits.ts, migration 020, #17): what an autosave writes
 * instead of the whole body. The edit must rebuild exactly the document that was saved, for any
 * change, and every reader must see the story with its edit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, editBetween, sameJson } from '../../main/store/body-edits.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { LexicalJson } from '../../shared/model/draft.js';

const text = fc.oneof(fc.constantFrom('Air naik.', 'Warga mengungsi ke masjid.', '', 'Rp 1.500', '"Kami siap," kata Budi.'), fc.string({ maxLength: 12 }));
const textNode = fc.record({ type: fc.constant('text'), text, format: fc.constantFrom(0, 1, 2), version: fc.constant(1) });
const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph'), version: fc.constant(1), children: fc.array(textNode, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('heading'), tag: fc.constantFrom('h2', 'h3'), version: fc.constant(1), children: fc.array(textNode, { minLength: 1, maxLength: 2 }) }),
  fc.record({
    type: fc.constant('list'),
    listType: fc.constantFrom('bullet', 'number'),
    version: fc.constant(1),
    children: fc.array(fc.record({ type: fc.constant('listitem'), version: fc.constant(1), children: fc.array(textNode, { maxLength: 2 }) }), { minLength: 1, maxLength: 3 }),
  }),
);
const doc = (children: unknown[]): LexicalJson => ({ root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children } }) as unknown as LexicalJson;

/** a document and another made from it by a few block-level changes, as typing makes them */
const pair = fc
  .tuple(fc.array(block, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.array(block, { maxLength: 3 })), { maxLength: 4 }))
  .map(([blocks, changes]) => {
    const next = [...blocks];
    for (const [at, drop, put] of changes) next.splice(at % (next.length + 1), drop, ...put);
    return [doc(blocks), doc(next)] as const;
  });

describe('pending edits of a story body', () => {
  it('rebuild exactly the saved document and its plain text, for any change', () => {
    fc.assert(
      fc.property(pair, ([base, next]) => {
        const edit = editBetween(base, next);
        expect(edit).toBeDefined();
        const got = applyEdit(JSON.stringify(base), JSON.stringify(edit));
        expect(JSON.parse(got.bodyJson)).toEqual(JSON.parse(JSON.stringify(next)));
        expect(got.plainText).toBe(paragraphsOf(next).join('\n\n'));
        // only what changed is in the edit: the blocks kept at both ends are not
        expect(edit!.children.length).toBeLessThanOrEqual(next.root.children!.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('hold only the changed block when one paragraph of a long story changes', () => {
    const blocks = Array.from({ length: 200 }, (_, i) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text: `Paragraf ${i}.`, format: 0, version: 1 }] }));
    const next = structuredClone(blocks);
    next[120]!.children[0]!.text = 'Paragraf 120 diubah.';
    expect(editBetween(doc(blocks), doc(next))).toEqual({ at: 120, drop: 1, children: [next[120]] });
  });

  it('are not used when the document changes outside its blocks (the root direction Lexical sets)', () => {
    const base = doc([]);
    const next = { root: { ...base.root, direction: 'ltr' } } as unknown as LexicalJson;
    expect(editBetween(base, next)).toBeUndefined();
  });

  it('refuse to apply to a body they do not fit (a damaged row reads as an error, not as another text)', () => {
    expect(() => applyEdit(JSON.stringify(doc([])), JSON.stringify({ at: 3, drop: 1, children: [] }))).toThrow(/does not fit/);
  });

  it('compare JSON values as JSON: keys in any order, arrays in order, nothing else', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(json, json, (a, b) => {
        const canon = (v: unknown): unknown => (Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v);
        expect(sameJson(a, b)).toBe(JSON.stringify(canon(a)) === JSON.stringify(canon(b)));
        expect(sameJson(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(sameJson({ a: 1, b: [1, { c: '' }] }, { b: [1, { c: '' }], a: 1 })).toBe(true);
    expect(sameJson({ a: undefined }, {})).toBe(false);
    expect(sameJson({ toString: 'x' }, {})).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
