/**
 * The editor's edit lease on the newsroom hub: taken when the story opens, kept by a heartbeat,
 * released when it closes (a crashed window's lease expires on the hub two minutes after its
 * last heartbeat). Held by someone else, the story opens read-only with "Take over". Not signed
 * in, or with the hub unreachable, editing goes on as on one machine (the sync sorts it out).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/index.js';
import type { EditLease } from '../../shared/api/hub-contract.js';

/** well inside the hub's two-minute lease */
export const LEASE_HEARTBEAT_MS = 30_000;

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
    last.current = null;
    const take = (l: EditLease) => open && apply(l);
    api['newsroom.lease.acquire']({ id }).then(take, () => take({ state: 'offline', lock: null }));
    const beat = window.setInterval(() => {
      api['newsroom.lease.heartbeat']({ id }).then(take, () => undefined);
    }, LEASE_HEARTBEAT_MS);
    return () => {
      open = false;
      window.clearInterval(beat);
      void api['newsroom.lease.release']({ id }).catch(() => undefined);
    };
  }, [id, apply]);

  const takeOver = useCallback(async () => {
    apply(await api['newsroom.lease.acquire']({ id, takeOver: true }));
  }, [id, apply]);

  return { lease, editable: lease?.state !== 'held' && lease?.state !== 'readonly', takeOver };
}
