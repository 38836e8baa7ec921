/**
 * Autosave that never loses work. Every change marks the story dirty; ~600 ms after the last
 * change the story is sent with the version it was based on (a stale base is refused by main
 * with "conflict"). main records a revision at least every 10 minutes of saved editing. Until main acknowledges, the unsaved state also sits in localStorage, so a
 * crash, a closed tab or a failed save can offer it back on the next open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/index.js';
import type { LexicalJson } from '../../shared/model/draft.js';
import type { InputOf, SaveResult } from '../../shared/api/contract.js';
import { errorCode, errorMessage } from '../../shared/api/errors.js';


export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

type SaveInput = InputOf<'drafts.save'>;

/**
 * What one save sends besides the addressing (id, baseVersion): the contract's drafts.save input
 * with headline, language and meta always present, and the body as the editor's own JSON (it is
 * loaded back into the editor on recovery). The slug only when the user set it ('' hands the
 * slug back to the headline).
 */
export type SavePayload = Required<Pick<SaveInput, 'headline' | 'language' | 'meta'>> & Pick<SaveInput, 'slug'> & { body: LexicalJson & SaveInput['body'] };

export interface Backup extends SavePayload {
  at: string;
  baseVersion: number;
}

const DEBOUNCE_MS = 600;
const RETRY_MS = 5000;

export const backupKey = (id: string) => `redaksi.unsaved.${id}`;

export function readBackup(id: string): Backup | null {
  try {
    const raw = localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

export function clearBackup(id: string): void {
  try {
    localStorage.removeItem(backupKey(id));
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

export function useAutosave(id: string, initialVersion: number, snapshot: () => SavePayload | null, onSaved?: (r: SaveResult) => void) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState('');
  const version = useRef(initialVersion);
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const snap = useRef(snapshot);
  snap.current = snapshot;
  const saved = useRef(onSaved);
  saved.current = onSaved;
  const blocked = useRef(false);
  // the story as the editor holds it when opened or last saved: a "change" that leaves it equal
  // (the editor re-serialising what it loaded) is not saved, so opening a story never bumps its
  // version nor marks it changed since its export. Both sides come from the same snapshot(),
  // so plain JSON compares them.
  const baseline = useRef<string | null>(null);
  const setBaseline = useCallback((p: SavePayload | null) => {
    baseline.current = p ? JSON.stringify(p) : null;
  }, []);

  const writeBackup = useCallback(() => {
    const p = snap.current();
    if (!p) return;
    try {
      localStorage.setItem(backupKey(id), JSON.stringify({ ...p, at: new Date().toISOString(), baseVersion: version.current } satisfies Backup));
    } catch {
      /* quota: the server save is still attempted */
    }
  }, [id]);

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (blocked.current) return;
    if (inFlight.current) return; // the running save re-checks changeSeq when it finishes
    if (savedSeq.current === changeSeq.current) {
      setState('saved');
      return;
    }
    const p = snap.current();
    if (!p) return;
    const seq = changeSeq.current;
    const canon = JSON.stringify(p);
    if (baseline.current !== null && canon === baseline.current) {
      savedSeq.current = seq;
      clearBackup(id);
      setState('saved');
      return;
    }
    // kept in this browser until main acknowledges (a crash mid-save still has it)
    try {
      localStorage.setItem(backupKey(id), JSON.stringify({ ...p, at: new Date().toISOString(), baseVersion: version.current } satisfies Backup));
    } catch {
      /* quota: the server save is still attempted */
    }
    inFlight.current = true;
    setState('saving');
    try {
      const res = await api['drafts.save']({ id, baseVersion: version.current, ...p });
      version.current = res.version;
      savedSeq.current = seq;
      baseline.current = canon;
      saved.current?.(res);
      setError('');
      if (seq === changeSeq.current) {
        clearBackup(id);
        setState('saved');
      } else {
        setState('pending');
      }
    } catch (e) {
      setError(errorMessage(e));
      if (errorCode(e) === 'conflict') {
        blocked.current = true;
        setState('conflict');
      } else {
        setState('error');
        timer.current = window.setTimeout(() => void save(), RETRY_MS);
      }
    } finally {
      inFlight.current = false;
    }
    if (!blocked.current && savedSeq.current !== changeSeq.current && !timer.current) {
      timer.current = window.setTimeout(() => void save(), DEBOUNCE_MS);
    }
  }, [id, writeBackup]);

  // the state as last set, so a keystroke that changes nothing visible schedules no render
  const shown = useRef<SaveState>('saved');
  shown.current = state;

  const markDirty = useCallback(() => {
    changeSeq.current++;
    if (!blocked.current && shown.current !== 'pending' && shown.current !== 'error') setState('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void save();
    }, DEBOUNCE_MS);
  }, [save, writeBackup]);

  /** after a restore or a reload from main: adopt its version, nothing pending */
  const adopt = useCallback((v: number) => {
    version.current = v;
    // the text is being replaced (a restore, a reload): no baseline until it is set again
    baseline.current = null;
    savedSeq.current = changeSeq.current;
    blocked.current = false;
    window.clearTimeout(timer.current);
    clearBackup(id);
    setState('saved');
    setError('');
  }, [id]);

  // leaving the page with unsaved work: write the backup synchronously and warn
  useEffect(() => {
    const before = (e: BeforeUnloadEvent) => {
      if (savedSeq.current !== changeSeq.current) {
        writeBackup();
        e.preventDefault();
      }
    };
    const hide = () => {
      if (document.visibilityState === 'hidden' && savedSeq.current !== changeSeq.current) writeBackup();
    };
    window.addEventListener('beforeunload', before);
    document.addEventListener('visibilitychange', hide);
    return () => {
      window.removeEventListener('beforeunload', before);
      document.removeEventListener('visibilitychange', hide);
      if (savedSeq.current !== changeSeq.current) {
        writeBackup();
        void save();
      }
    };
  }, [writeBackup, save]);

  return { state, error, markDirty, flush: save, adopt, version, setBaseline };
}
