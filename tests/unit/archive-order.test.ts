import { describe, expect, it } from 'vitest';
import { cameBefore, type StoryTimes } from '../../shared/analysis/archive-order.js';

const draft = (createdAt: string, order: number): StoryTimes => ({ createdAt, order, settledAt: null });
const settled = (createdAt: string, settledAt: string, order: number): StoryTimes => ({ createdAt, order, settledAt });

describe('which story came before which (archive check, #14 point 3)', () => {
  it('drafts: by creation, ties by creation order, never before itself', () => {
    const a = draft('2026-12-01T08:00:00.000Z', 1);
    const b = draft('2026-12-01T09:00:00.000Z', 2);
    expect(cameBefore(a, b)).toBe(true);
    expect(cameBefore(b, a)).toBe(false);
    const twin = draft('2026-12-01T08:00:00.000Z', 3);
    expect(cameBefore(a, twin)).toBe(true);
    expect(cameBefore(twin, a)).toBe(false);
    expect(cameBefore(a, a)).toBe(false);
  });

  it('a settled (approved or exported) story precedes every draft, even one started before it', () => {
    const startedFirst = draft('2026-12-01T07:00:00.000Z', 1);
    const out = settled('2026-12-01T08:00:00.000Z', '2026-12-01T10:00:00.000Z', 2);
    expect(cameBefore(out, startedFirst)).toBe(true);
    expect(cameBefore(startedFirst, out)).toBe(false);
  });

  it('settled stories among themselves: by the time they were settled', () => {
    const first = settled('2026-12-01T09:00:00.000Z', '2026-12-01T10:00:00.000Z', 2);
    const second = settled('2026-12-01T08:00:00.000Z', '2026-12-01T11:00:00.000Z', 1);
    expect(cameBefore(first, second)).toBe(true);
    expect(cameBefore(second, first)).toBe(false);
  });
});
