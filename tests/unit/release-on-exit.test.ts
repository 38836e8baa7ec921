/**
 * The app's before-quit path (main/newsroom/release-on-exit.ts beforeQuitReleasingLeases, wired
 * in main/index.ts): the first quit waits for the leases to be released, then quits once; the
 * quit after that goes through; a hub that never answers holds the quit only for the bound.
 */
import { describe, expect, it, vi } from 'vitest';
import { beforeQuitReleasingLeases } from '../../main/newsroom/release-on-exit.js';

const quitEvent = () => ({ preventDefault: vi.fn() });

describe('before-quit releases the edit leases first', () => {
  it('holds the first quit until the release answers, quits once, then lets the next quit through', async () => {
    let answer!: () => void;
    const releaseAll = vi.fn(() => new Promise<{ released: number }>((r) => (answer = () => r({ released: 2 }))));
    const quit = vi.fn();
    const onQuit = beforeQuitReleasingLeases(() => ({ 'newsroom.lease.releaseAll': releaseAll }), quit);
    const first = quitEvent();
    onQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    // a second Cmd-Q while the release is away: held too, and no second release
    const double = quitEvent();
    onQuit(double);
    expect(double.preventDefault).toHaveBeenCalled();
    expect(releaseAll).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(quit).not.toHaveBeenCalled();
    answer();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    // the quit that call makes is not held again (no loop)
    const again = quitEvent();
    onQuit(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(releaseAll).toHaveBeenCalledTimes(1);
  });

  it('a hub that never answers (or fails) holds the quit only for the bound', async () => {
    const quit = vi.fn();
    const onQuit = beforeQuitReleasingLeases(() => ({ 'newsroom.lease.releaseAll': () => new Promise<never>(() => undefined) }), quit, 50);
    const started = Date.now();
    onQuit(quitEvent());
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    expect(Date.now() - started).toBeLessThan(1_000);

    const quit2 = vi.fn();
    beforeQuitReleasingLeases(() => ({ 'newsroom.lease.releaseAll': () => Promise.reject(new Error('hub down')) }), quit2, 5_000)(quitEvent());
    await vi.waitFor(() => expect(quit2).toHaveBeenCalledTimes(1));
  });

  it('before the store is open nothing waits', () => {
    const quit = vi.fn();
    const e = quitEvent();
    beforeQuitReleasingLeases(() => undefined, quit)(e);
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });
});
