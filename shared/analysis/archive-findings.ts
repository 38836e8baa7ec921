/**
 * Archive duplicates as findings. The store (main/store/archive-index.ts) answers with matches
 * only, what it knows: which earlier story and paragraph a paragraph repeats and how closely;
 * the words shown to the desk and the fingerprint a decision is keyed by are made here, with the
 * other findings' messages and fingerprints.
 */
import type { Finding, RelatedRange, UiLanguage } from '../model/finding.js';
import type { Status } from '../model/draft.js';
import { fingerprintOf } from '../model/fingerprint.js';
import { msg } from './messages.js';
import { normalizeForMatch, trimmedRange } from './normalize.js';

/** One paragraph being checked that repeats a paragraph of an earlier story. */
export interface ArchiveMatch {
  paragraph: number;
  storyId: string;
  /** the other story's headline (or its first words when it has none; empty only when it has no text) */
  label: string;
  /** ISO time: when the other story was approved or exported, else created */
  date: string;
  /** the other story's status; null for a story that is no draft of this store */
  status: Status | null;
  otherParagraph: number;
  otherText: string;
  exact: boolean;
  score: number;
}

/** Matches to findings: one per query paragraph, naming its best match first; related lists every copy given. */
export function archiveFindings(paragraphs: readonly string[], matches: readonly ArchiveMatch[], ui: UiLanguage): Finding[] {
  const byParagraph = new Map<number, ArchiveMatch[]>();
  for (const m of matches) {
    const l = byParagraph.get(m.paragraph);
    if (l) l.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  const out: Finding[] = [];
  for (const [i, ms] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    const text = paragraphs[i]!;
    const here = trimmedRange(text);
    const first = ms[0]!;
    const related: RelatedRange[] = ms.map((m) => {
      const r = trimmedRange(m.otherText);
      return { paragraph: m.otherParagraph, start: r.start, end: r.end, article: m.storyId, label: m.label, date: m.date, ...(m.status ? { status: m.status } : {}) };
    });
    out.push({
      rule: 'archive-duplicate',
      severity: 'warning',
      message: msg.archive(ui, first.label, first.otherParagraph, first.exact, Math.round(first.score * 100)),
      paragraph: i,
      start: here.start,
      end: here.end,
      related,
      fingerprint: fingerprintOf('archive-duplicate', normalizeForMatch(text), first.storyId, normalizeForMatch(first.otherText)),
    });
  }
  return out;
}
