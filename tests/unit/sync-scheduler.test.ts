/**
 * The background sync's pacing (main/newsroom/scheduler.ts): rounds at the interval, one at a
 * time, sooner after a save, backing off while the hub is unreachable and back on the first
 * success, and the visible phase (synced / syncing / offline / conflict).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSyncScheduler, type SyncScheduler } from '../../main/newsroom/scheduler.js';
import { ApiError } from '../../shared/api/errors.js';
import type { NewsroomConflict, SyncReport } from '../../shared/api/hub-contract.js';

const report = (over: Partial<SyncReport> = {}): SyncReport => ({ hub: 'http://hub', user: 'rina', up: [], down: [], conflicts: [], statusRefused: [], seq: 1, ...over });
const offline = () => new ApiError('remote', 'not reachable', { detail: { offline: true } });

let scheduler: SyncScheduler | undefined;
afterEach(() => {
  scheduler?.stop();
  vi.useRealTimers();
});

describe('sync scheduler', () => {
  it('runs a round at start and then every interval, only while signed in', async () => {
    vi.useFakeTimers();
    let signedIn = false;
    const round = vi.fn(async () => report());
    scheduler = startSyncScheduler({ round, signedIn: () => signedIn, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(3500);
    expect(round).not.toHaveBeenCalled();
    expect(scheduler.status().phase).toBe('signed-out');
    signedIn = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(round).toHaveBeenCalledTimes(4);
    // rounds that moved nothing do not make the screens reload
    expect(scheduler.status()).toMatchObject({ phase: 'synced', error: null, changedAt: null, commentsChangedAt: null });
  });

  it("keeps what the hub refused besides story texts (a dismissal, a fact, a comment) until the user has read it: the report names each once", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-04T10:42:00Z'));
    const reports = [
      report({ decisions: { up: 0, down: 0, refused: [{ id: 'story-1/number-mismatch:ab12', message: 'Only an editor or a desk may dismiss a warning.' }] }, facts: { up: 0, down: 0, refused: [{ id: 'fact-9', message: 'Only a desk or an admin keeps the verified facts.' }] } }),
      report({ comments: { up: 0, down: 0, refused: [{ id: 'c-3', storyId: 'story-2', message: 'Not your comment.' }] } }),
      report(),
    ];
    const round = vi.fn(async () => reports.shift() ?? report());
    scheduler = startSyncScheduler({ round, signedIn: () => true, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(10);
    expect(scheduler.status().refused).toEqual([
      { kind: 'decision', id: 'story-1/number-mismatch:ab12', storyId: 'story-1', message: 'Only an editor or a desk may dismiss a warning.', at: '2026-12-04T10:42:00.000Z' },
      { kind: 'fact', id: 'fact-9', storyId: null, message: 'Only a desk or an admin keeps the verified facts.', at: '2026-12-04T10:42:00.000Z' },
    ]);
    // later rounds that refuse nothing do not clear them; a new refusal joins them
    await vi.advanceTimersByTimeAsync(2000);
    expect(scheduler.status().refused.map((r) => [r.kind, r.storyId])).toEqual([['decision', 'story-1'], ['fact', null], ['comment', 'story-2']]);
    scheduler.dismissRefusals();
    expect(scheduler.status().refused).toEqual([]);
  });

  it('notes the round that brought comment messages down (the comments panel reloads on it), and only that one', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-04T10:42:00Z'));
    const comments = [{ up: 2, down: 0, refused: [] }, { up: 0, down: 1, refused: [] }, { up: 0, down: 0, refused: [] }];
    const round = vi.fn(async () => report({ comments: comments.shift() }));
    scheduler = startSyncScheduler({ round, signedIn: () => true, intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(10);
    expect(scheduler.status().commentsChangedAt).toBeNull(); // only sent: this panel already shows them
    await vi.advanceTimersByTimeAsync(1000);
    expect(scheduler.status()).toMatchObject({ commentsChangedAt: '2026-12-04T10:42:01.000Z', changedAt: null });
    await vi.advanceTimersByTimeAsync(1000);
    expect(scheduler.status().commentsChangedAt).toBe('2026-12-04T10:42:01.000Z');
  });

  it('never runs two rounds at once: a nudge during a round makes one more round after it', async () => {
    vi.useFakeTimers();
    let active = 0;
    let most = 0;
    const round = vi.fn(async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 300));
      active--;
      return report();
    });
    scheduler = startSyncScheduler({ round, signedIn: () => true, intervalMs: 10_000, afterSaveMs: 50 });
    await vi.advanceTimersByTimeAsync(100);
    expect(scheduler.status().phase).toBe('syncing');
    scheduler.nudge();
    scheduler.nudge();
    const [a, b] = [scheduler.runNow(), scheduler.runNow()];
    expect(a).toBe(b);
    await vi.advanceTimersByTimeAsync(700);
    expect(round).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    // after a save, a round comes soon rather than at the 10 s tick
    scheduler.nudge();
    await vi.advanceTimersByTimeAsync(400);
    expect(round).toHaveBeenCalledTimes(3);
  });

  it('backs off while the hub is unreachable, and comes back to the normal pace on the first success', async () => {
    vi.useFakeTimers();
    let reachable = false;
    const at: number[] = [];
    const round = vi.fn(async () => {
      at.push(Date.now());
      if (!reachable) throw offline();
      return report();
    });
    const start = Date.now();
    scheduler = startSyncScheduler({ round, signedIn: () => true, intervalMs: 1000, maxBackoffMs: 8000 });
    await vi.advanceTimersByTimeAsync(30_000);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps.slice(0, 4)).toEqual([2000, 4000, 8000, 8000]);
    expect(scheduler.status()).toMatchObject({ phase: 'offline', error: 'not reachable' });
    reachable = true;
    await vi.advanceTimersByTimeAsync(8000);
    expect(scheduler.status().phase).toBe('synced');
    const n = round.mock.calls.length;
    await vi.advanceTimersByTimeAsync(3000);
    expect(round.mock.calls.length - n).toBe(3);
    expect(at[0]).toBe(start);
  });

  it('shows conflict while a conflicting copy has not been read (the store keeps them), and when the round that brought it ran', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-04T10:42:00Z'));
    const unread: NewsroomConflict[] = [];
    const copy = { id: 's1', headline: 'Banjir', keptAs: 'conflicting copy by rina, 2026-12-04 10:42 UTC', revisionId: 7, message: 'stale', currentBy: 'edi' };
    let first = true;
    const round = vi.fn(async () => {
      // a round that keeps a copy records it in the store (sync.ts), and reports it
      if (first) unread.push({ ...copy, user: 'rina', at: '2026-12-04T10:42:00.000Z' });
      const r = first ? report({ conflicts: [copy] }) : report();
      first = false;
      return r;
    });
    scheduler = startSyncScheduler({ round, signedIn: () => true, intervalMs: 1000, conflicts: () => unread });
    await vi.advanceTimersByTimeAsync(2500);
    expect(scheduler.status()).toMatchObject({ phase: 'conflict', changedAt: '2026-12-04T10:42:00.000Z' });
    expect(scheduler.status().conflicts).toEqual([expect.objectContaining({ id: 's1', revisionId: 7, user: 'rina', at: '2026-12-04T10:42:00.000Z' })]);
    unread.length = 0; // dismissed
    expect(scheduler.status()).toMatchObject({ phase: 'synced', conflicts: [] });
  });

  it('a refusal that is not about reachability is an error with its message', async () => {
    vi.useFakeTimers();
    scheduler = startSyncScheduler({
      round: async () => {
        throw new ApiError('unauthorized', 'Your session has expired; sign in again.');
      },
      signedIn: () => true,
      intervalMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(scheduler.status()).toMatchObject({ phase: 'error', error: 'Your session has expired; sign in again.' });
  });
});
