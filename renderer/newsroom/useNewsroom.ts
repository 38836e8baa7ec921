/**
 * The workstation's newsroom state (signed in, background sync phase, conflicts), polled from
 * main: the sync runs there, in the background, so the screens only read it.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/index.js';
import type { NewsroomState } from '../../shared/api/hub-contract.js';

/** often enough that "syncing" and a new conflict show within a couple of seconds */
export const NEWSROOM_POLL_MS = 1500;

export function useNewsroom(pollMs = NEWSROOM_POLL_MS): { state: NewsroomState | null; refresh: () => Promise<NewsroomState | null> } {
  const [state, setState] = useState<NewsroomState | null>(null);
  const refresh = useCallback(async () => {
    try {
      const s = await api['newsroom.state']({});
      setState(s);
      return s;
    } catch {
      // a broken session file shows in Settings (its own call); here the screens simply show no newsroom
      setState(null);
      return null;
    }
  }, []);
  useEffect(() => {
    void refresh();
    const h = window.setInterval(() => void refresh(), pollMs);
    return () => window.clearInterval(h);
  }, [refresh, pollMs]);
  return { state, refresh };
}
