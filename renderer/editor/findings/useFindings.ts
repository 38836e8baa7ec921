/**
 * Findings for the open story: paragraphs come from the read-only update listener (cached per
 * block), are sent to the analysis worker after a short pause in typing, and come back as
 * Finding[]; archive duplicates (other stories) come from main. Decisions are keyed by fingerprint
 * (never by paragraph index) and stored by main.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { mergeFindings, type Finding } from '../../../shared/model/finding.js';
import type { LiveBlock } from '../paragraphs.js';
import type { Decision } from '../../../shared/model/decision.js';
import type { Fact } from '../../../shared/analysis/facts/base.js';
import { api } from '../../api/index.js';

const DEBOUNCE_MS = 350;
const ARCHIVE_DEBOUNCE_MS = 1500;
const ARCHIVE_MAX_PARAGRAPHS = 1500;

export interface FindingsResult {
  findings: Finding[];
  /** the paragraph texts the findings were computed on (to refuse stale fixes) */
  paragraphs: string[];
  checking: boolean;
  available: boolean;
  ms: number;
}

export interface FindingsOptions {
  draftId: string;
  language: 'en' | 'id';
  uiLanguage: 'en' | 'id';
  headline: string;
  datelineDate?: string;
  enDateOrder?: 'mdy' | 'dmy';
  /** the desk's own website leftovers (Settings) */
  deskFurniture?: readonly string[];
  /** the desk's spellings that are right as written (Settings) */
  deskSpellings?: readonly string[];
}

export function useFindings(blocks: LiveBlock[], opts: FindingsOptions): FindingsResult {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const pending = useRef<Map<number, string[]>>(new Map());
  const lastSig = useRef('');
  const [facts, setFacts] = useState<Fact[] | null>(null);
  const [res, setRes] = useState<FindingsResult>({ findings: [], paragraphs: [], checking: false, available: true, ms: 0 });
  const [archive, setArchive] = useState<{ findings: Finding[]; paragraphs: string[] }>({ findings: [], paragraphs: [] });

  // the desk's verified facts feed the fact-conflict check, as on the server
  useEffect(() => {
    api['facts.list']({}).then(setFacts, () => setFacts([]));
  }, []);

  useEffect(() => {
    let w: Worker;
    try {
      w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      setRes((r) => ({ ...r, available: false }));
      return;
    }
    worker.current = w;
    w.onmessage = (e: MessageEvent<{ seq: number; findings: Finding[]; ms: number; error?: string }>) => {
      const paragraphs = pending.current.get(e.data.seq);
      for (const k of [...pending.current.keys()]) if (k <= e.data.seq) pending.current.delete(k);
      if (e.data.seq !== seq.current || !paragraphs) return; // an older answer: a newer one is coming
      if (e.data.error !== undefined) {
        // an analyzer threw: no findings must never read as a clean story
        console.error(`checks unavailable: ${e.data.error}`);
        lastSig.current = '';
        setRes({ findings: [], paragraphs, checking: false, available: false, ms: e.data.ms });
        return;
      }
      // the same findings as before (typing in a clean paragraph): keep the old array, so nothing
      // downstream re-renders or re-paints
      const sig = signature(e.data.findings);
      setRes((old) =>
        sig === lastSig.current
          ? { ...old, paragraphs, checking: false, available: true, ms: e.data.ms }
          : ((lastSig.current = sig), { findings: keepUnchanged(old.findings, e.data.findings), paragraphs, checking: false, available: true, ms: e.data.ms }),
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
    if (facts === null) return;
    const h = window.setTimeout(() => {
      const w = worker.current;
      if (!w) return;
      const n = ++seq.current;
      pending.current.set(n, paragraphs);
      setRes((r) => (r.checking ? r : { ...r, checking: true }));
      w.postMessage({
        seq: n,
        input: {
          paragraphs,
          language: opts.language,
          uiLanguage: opts.uiLanguage,
          headline: opts.headline,
          facts,
          ...(opts.enDateOrder ? { enDateOrder: opts.enDateOrder } : {}),
          ...(opts.datelineDate ? { datelineDate: opts.datelineDate } : {}),
          ...(opts.deskFurniture?.length ? { deskFurniture: opts.deskFurniture } : {}),
          ...(opts.deskSpellings?.length ? { deskSpellings: opts.deskSpellings } : {}),
        },
      });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(h);
  }, [paragraphs, facts, opts.language, opts.uiLanguage, opts.headline, opts.datelineDate, opts.enDateOrder, opts.deskFurniture, opts.deskSpellings]);

  // archive duplicates (other stories) come from main, after a longer pause
  useEffect(() => {
    if (!paragraphs.some((p) => p.trim())) return;
    // main answers archive queries synchronously; a pasted 1 MB dump (thousands of paragraphs)
    // would hold its event loop (and every save) for a long time, so very long bodies skip it
    if (paragraphs.length > ARCHIVE_MAX_PARAGRAPHS) {
      setArchive({ findings: [], paragraphs: [] });
      return;
    }
    let live = true;
    const h = window.setTimeout(() => {
      api['findings.archive']({ draftId: opts.draftId, paragraphs }).then(
        (findings) => live && setArchive({ findings, paragraphs }),
        () => undefined,
      );
    }, ARCHIVE_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(h);
    };
  }, [paragraphs, opts.draftId]);

  // keep archive findings only where their paragraph still reads as it did when checked; the
  // same list as before keeps its array, so the text is not measured and repainted for nothing
  // (every check result brings new paragraphs, and a new array here repainted all the story's
  // warnings: 6,000 layout reads per 80 keys in the keystroke bench)
  const lastMerged = useRef<{ sig: string; findings: Finding[] }>({ sig: '', findings: [] });
  const merged = useMemo(() => {
    const still = archive.findings.filter((f) => archive.paragraphs[f.paragraph] === res.paragraphs[f.paragraph]);
    const next = mergeFindings(res.findings, still);
    const sig = signature(next);
    if (sig === lastMerged.current.sig) return lastMerged.current.findings;
    lastMerged.current = { sig, findings: next };
    return next;
  }, [res.findings, res.paragraphs, archive]);

  return useMemo(() => ({ ...res, findings: merged }), [res, merged]);
}

const findingSig = (f: Finding) => `${f.fingerprint}@${f.paragraph}:${f.start}-${f.end}:${f.message}:${JSON.stringify(f.related)}:${JSON.stringify(f.fix ?? null)}`;

function signature(findings: Finding[]): string {
  return findings.map(findingSig).join('|');
}

/** The new list, with the old object wherever a finding did not change (memoized cards skip those). */
function keepUnchanged(old: Finding[], next: Finding[]): Finding[] {
  if (old.length === 0) return next;
  const bySig = new Map(old.map((f) => [findingSig(f), f]));
  return next.map((f) => bySig.get(findingSig(f)) ?? f);
}

/** The desk's decisions about findings (dismissed with a reason, verified with a source), stored by main, keyed by fingerprint. */
export function useDismissals(draftId: string) {
  const [map, setMap] = useState<Record<string, Decision>>({});
  useEffect(() => {
    api['findings.decisions']({ draftId }).then(
      (list) => setMap(Object.fromEntries(list.map((d) => [d.fingerprint, d]))),
      () => undefined,
    );
  }, [draftId]);
  const dismiss = useCallback(
    async (f: Finding, reason: string) => {
      const d = await api['findings.dismiss']({ draftId, fingerprint: f.fingerprint, rule: f.rule, reason });
      setMap((m) => ({ ...m, [f.fingerprint]: d }));
    },
    [draftId],
  );
  const verify = useCallback(
    async (f: Finding, source: string) => {
      const d = await api['findings.verify']({ draftId, fingerprint: f.fingerprint, rule: f.rule, source });
      setMap((m) => ({ ...m, [f.fingerprint]: d }));
    },
    [draftId],
  );
  const reopen = useCallback(
    async (fp: string) => {
      await api['findings.reopen']({ draftId, fingerprint: fp });
      setMap((m) => {
        const n = { ...m };
        delete n[fp];
        return n;
      });
    },
    [draftId],
  );
  return { dismissed: map, dismiss, verify, reopen };
}
