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
