/**
 * Closing the window or quitting lets go of the edit leases at once (the hub would otherwise
 * keep them two minutes after the last heartbeat, and a colleague could not edit meanwhile).
 * Bounded: a hub that does not answer must not hold up the quit; its leases then expire as before.
 */
import type { Services } from '../../shared/api/contract.js';

export const RELEASE_ON_EXIT_MS = 2_000;

export async function releaseLeasesOnExit(services: Pick<Services, 'newsroom.lease.releaseAll'>, ms = RELEASE_ON_EXIT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  const released = Promise.resolve(services['newsroom.lease.releaseAll']({})).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([released, late]);
  clearTimeout(timer);
}

/**
 * The app's `before-quit` handler (main/index.ts): the first quit is held back until the leases
 * are released (or the bound passes), then quits again; that second quit, and any after it, goes
 * through, so the app cannot loop on its own quit. Without services (no store yet) nothing waits.
 * Apart from Electron so it can be tested without the Electron binary.
 */
export function beforeQuitReleasingLeases(services: () => Pick<Services, 'newsroom.lease.releaseAll'> | undefined, quit: () => void, ms = RELEASE_ON_EXIT_MS): (e: { preventDefault(): void }) => void {
  let released = false;
  let releasing = false;
  return (e) => {
    const s = services();
    if (released || !s) return;
    e.preventDefault();
    // a second quit while the release is away (a double Cmd-Q) waits for the same release
    if (releasing) return;
    releasing = true;
    void releaseLeasesOnExit(s, ms).then(() => {
      released = true;
      quit();
    });
  };
}
