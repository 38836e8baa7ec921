/**
 * Findings for the open story: paragraphs come from the read-only update listener (cached per
 * block), are sent to the analysis worker after a short pause in typing, and come back as
 * Finding[]. Dismissals are keyed by fingerprint (never by paragraph index).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../../shared/model/finding.js';
import type { LiveBlock } from '../paragraphs.js';

const DEBOUNCE_MS = 350;

export interface FindingsResult {
  findings: Finding[];
  /** the paragraph texts the findings were computed on (to refuse stale fixes) */
  paragraphs: string[];
  checking: boolean;
  available: boolean;
  ms: number;
}

export function useFindings(blocks: LiveBlock[], opts: { language: 'en' | 'id'; uiLanguage: 'en' | 'id'; headline: string; datelineDate?: string }): FindingsResult {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const pending = useRef<Map<number, string[]>>(new Map());
  const lastSig = useRef('');
  const [res, setRes] = useState<FindingsResult>({ findings: [], paragraphs: [], checking: false, available: true, ms: 0 });

  useEffect(() => {
    let w: Worker;
    try {
      w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      setRes((r) => ({ ...r, available: false }));
      return;
    }
    worker.current = w;
    w.onmessage = (e: MessageEvent<{ seq: number; findings: Finding[]; ms: number }>) => {
      const paragraphs = pending.current.get(e.data.seq);
      for (const k of [...pending.current.keys()]) if (k <= e.data.seq) pending.current.delete(k);
      if (e.data.seq !== seq.current || !paragraphs) return; // an older answer: a newer one is coming
      // the same findings as before (typing in a clean paragraph): keep the old array, so nothing
      // downstream re-renders or re-paints
      const sig = signature(e.data.findings);
      setRes((old) =>
        sig === lastSig.current
          ? { ...old, paragraphs, checking: false, ms: e.data.ms }
          : ((lastSig.current = sig), { findings: e.data.findings, paragraphs, checking: false, available: true, ms: e.data.ms }),
      );
    };
    w.onerror = () => setRes((r) => ({ ...r, checking: false, available: false }));
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const paragraphs = useMemo(() => blocks.map((b) => b.text), [blocks]);

  useEffect(() => {
    const h = window.setTimeout(() => {
      const w = worker.current;
      if (!w) return;
      const n = ++seq.current;
      pending.current.set(n, paragraphs);
      setRes((r) => ({ ...r, checking: true }));
      w.postMessage({
        seq: n,
        input: { paragraphs, language: opts.language, uiLanguage: opts.uiLanguage, headline: opts.headline, ...(opts.datelineDate ? { datelineDate: opts.datelineDate } : {}) },
      });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(h);
  }, [paragraphs, opts.language, opts.uiLanguage, opts.headline, opts.datelineDate]);

  return res;
}

function signature(findings: Finding[]): string {
  return findings.map((f) => `${f.fingerprint}@${f.paragraph}:${f.start}-${f.end}:${f.message}`).join('|');
}

export interface Dismissal {
  reason: string;
  at: string;
  by: string;
}

const dismissKey = (draftId: string) => `redaksi.dismissed.${draftId}`;

/** Dismissals per story, keyed by fingerprint. Kept in this browser until main stores decisions. */
export function useDismissals(draftId: string) {
  const [map, setMap] = useState<Record<string, Dismissal>>(() => {
    try {
      return JSON.parse(localStorage.getItem(dismissKey(draftId)) ?? '{}') as Record<string, Dismissal>;
    } catch {
      return {};
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(dismissKey(draftId), JSON.stringify(map));
    } catch {
      /* ignore quota */
    }
  }, [draftId, map]);
  const dismiss = useCallback((fp: string, d: Dismissal) => setMap((m) => ({ ...m, [fp]: d })), []);
  const reopen = useCallback(
    (fp: string) =>
      setMap((m) => {
        const n = { ...m };
        delete n[fp];
        return n;
      }),
    [],
  );
  return { dismissed: map, dismiss, reopen };
}
