/**
 * The editor's edit lease on the newsroom hub: taken when the story opens, kept by a heartbeat,
 * released when it closes: leaving the story, and also closing the tab or window (pagehide, whose
 * request outlives the page; main releases what is left when a window closes or the app quits).
 * Only a crashed workstation's lease waits for the hub to expire it, two minutes after its last
 * heartbeat. Held by someone else, the story opens read-only with "Take over", and the hub is
 * asked again often, so the story becomes editable soon after the holder closes it. Not signed
 * in, or with the hub unreachable, editing goes on as on one machine (the sync sorts it out).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/index.js';
import type { EditLease } from '../../shared/api/hub-contract.js';

/** well inside the hub's two-minute lease */
export const LEASE_HEARTBEAT_MS = 30_000;
/** while a colleague holds the story: how soon after they close it this editor can edit */
export const HELD_POLL_MS = 3_000;

export interface EditLeaseState {
  lease: EditLease | null;
  /** false while another user holds the lease or the role may not edit the story (until the answer comes, editing is allowed) */
  editable: boolean;
  takeOver(): Promise<void>;
}

/** `onRegained`: the lease came (back) to this editor after someone else held it: reload the text */
export function useEditLease(id: string, onRegained: () => void): EditLeaseState {
  const [lease, setLease] = useState<EditLease | null>(null);
  const last = useRef<EditLease['state'] | null>(null);
  const regained = useRef(onRegained);
  regained.current = onRegained;

  const apply = useCallback((l: EditLease) => {
    const was = last.current;
    last.current = l.state;
    setLease(l);
    if (was === 'held' && l.state === 'mine') regained.current();
  }, []);

  useEffect(() => {
    let open = true;
    let beat: number | undefined;
    last.current = null;
    const take = (l: EditLease) => open && apply(l);
    const next = () => {
      window.clearTimeout(beat);
      if (open) beat = window.setTimeout(heartbeat, last.current === 'held' ? HELD_POLL_MS : LEASE_HEARTBEAT_MS);
    };
    const heartbeat = () => void api['newsroom.lease.heartbeat']({ id }).then(take, () => undefined).finally(next);
    const acquire = () => void api['newsroom.lease.acquire']({ id }).then(take, () => take({ state: 'offline', lock: null })).finally(next);
    const release = () => void api['newsroom.lease.release']({ id }).catch(() => undefined);
    // a page kept in the back-forward cache comes back without its lease: take it again
    const back = (e: PageTransitionEvent) => e.persisted && acquire();
    acquire();
    window.addEventListener('pagehide', release);
    window.addEventListener('pageshow', back);
    return () => {
      open = false;
      window.clearTimeout(beat);
      window.removeEventListener('pagehide', release);
      window.removeEventListener('pageshow', back);
      release();
    };
  }, [id, apply]);

  const takeOver = useCallback(async () => {
    apply(await api['newsroom.lease.acquire']({ id, takeOver: true }));
  }, [id, apply]);

  return { lease, editable: lease?.state !== 'held' && lease?.state !== 'readonly', takeOver };
}
