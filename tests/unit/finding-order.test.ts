import { describe, expect, it } from 'vitest';
import { countFindings, problemCount } from '../../shared/model/finding-counts.js';
import { byUrgency, confidenceOf, isClaim, meetsConfidence, type Finding } from '../../shared/model/finding.js';

const f = (over: Partial<Finding>): Finding => ({ rule: 'number-mismatch', severity: 'warning', message: 'm', paragraph: 0, start: 0, end: 1, related: [], fingerprint: 'x', ...over });

describe('finding order and confidence (issue 12)', () => {
  it('sorts errors first, then warnings, then notes; by place inside a severity', () => {
    const list = [
      f({ severity: 'info', paragraph: 0, fingerprint: 'i0' }),
      f({ severity: 'warning', paragraph: 3, fingerprint: 'w3' }),
      f({ severity: 'error', paragraph: 9, fingerprint: 'e9' }),
      f({ severity: 'warning', paragraph: 1, start: 5, fingerprint: 'w1b' }),
      f({ severity: 'warning', paragraph: 1, start: 2, fingerprint: 'w1a' }),
      f({ severity: 'error', paragraph: 2, fingerprint: 'e2' }),
    ];
    expect([...list].sort(byUrgency).map((x) => x.fingerprint)).toEqual(['e2', 'e9', 'w1a', 'w1b', 'w3', 'i0']);
  });

  it('an unrated finding counts as high; --min-confidence high drops only medium ones', () => {
    expect(confidenceOf(f({}))).toBe('high');
    expect(confidenceOf(f({ confidence: 'medium' }))).toBe('medium');
    expect(meetsConfidence(f({ confidence: 'medium' }), 'high')).toBe(false);
    expect(meetsConfidence(f({ confidence: 'high' }), 'high')).toBe(true);
    expect(meetsConfidence(f({}), 'high')).toBe(true);
    expect(meetsConfidence(f({ confidence: 'medium' }), 'medium')).toBe(true);
  });

  it('claims to verify are told apart from errors by their rule', () => {
    expect(isClaim(f({ rule: 'claim-needs-source' }))).toBe(true);
    expect(isClaim(f({ rule: 'weekday-mismatch' }))).toBe(false);
  });

  it('counts errors, warnings, notes and claims apart, leaving out resolved ones', () => {
    const list = [
      f({ severity: 'error', fingerprint: 'a' }),
      f({ severity: 'error', fingerprint: 'b' }),
      f({ severity: 'warning', fingerprint: 'c' }),
      f({ severity: 'info', fingerprint: 'd' }),
      f({ rule: 'claim-needs-source', severity: 'info', fingerprint: 'e' }),
      f({ rule: 'claim-needs-source', severity: 'warning', fingerprint: 'g' }),
    ];
    const c = countFindings(list, (fp) => fp === 'b' || fp === 'g');
    expect(c).toEqual({ errors: 1, warnings: 1, notes: 1, claims: 1 });
    expect(problemCount(c)).toBe(3);
  });
});
