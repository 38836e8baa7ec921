import { describe, expect, it } from 'vitest';
import { firstFreeSlug } from '../../shared/model/slug.js';

describe('firstFreeSlug', () => {
  it('keeps the base when no other story holds it', () => {
    expect(firstFreeSlug('banjir', [])).toBe('banjir');
    expect(firstFreeSlug('banjir', ['banjir-2', 'banjir-3'])).toBe('banjir');
  });

  it('takes the lowest free number from 2, ignoring slugs that only look numbered', () => {
    expect(firstFreeSlug('banjir', ['banjir'])).toBe('banjir-2');
    expect(firstFreeSlug('banjir', ['banjir', 'banjir-2', 'banjir-4'])).toBe('banjir-3');
    expect(firstFreeSlug('banjir', ['banjir', 'banjir-2', 'banjir-02', 'banjir-2x', 'banjir-3-korban'])).toBe('banjir-3');
  });

  it('an empty base stays empty', () => {
    expect(firstFreeSlug('', ['x'])).toBe('');
  });
});
