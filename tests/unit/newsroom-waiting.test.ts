/** The desk's "waiting for me" by role (shared/model/newsroom.ts waitingFor). */
import { describe, expect, it } from 'vitest';
import { waitingFor } from '../../shared/model/newsroom.js';
import { STATUSES, type Status } from '../../shared/model/draft.js';

const waiting = (role: Parameters<typeof waitingFor>[0], owner: string) => STATUSES.filter((status: Status) => waitingFor(role, 'me', { owner, status }));

describe('waiting for me', () => {
  it('editors: submitted and in review, whoever wrote them', () => {
    expect(waiting('editor', 'rina')).toEqual(['submitted', 'in-review']);
    expect(waiting('editor', 'me')).toEqual(['submitted', 'in-review']);
  });
  it('desks: approved stories', () => {
    expect(waiting('desk', 'rina')).toEqual(['approved']);
  });
  it('reporters: their own drafts only (new, or sent back)', () => {
    expect(waiting('reporter', 'me')).toEqual(['draft']);
    expect(waiting('reporter', 'rina')).toEqual([]);
  });
  it('admins: nothing (they manage users)', () => {
    expect(waiting('admin', 'me')).toEqual([]);
  });
});
