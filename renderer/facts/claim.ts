/**
 * Turn a verified claim into a starting point for a fact: the figure it states becomes the value
 * (with its unit when one follows: "%", "persen", "juta", "orang", ...), the words before the
 * figure the subject, the verification's source the source. Only a prefill: the editor checks
 * and completes it (the attribute is theirs to name) before anything is saved.
 */
import type { FactInput } from '../../shared/api/contract.js';

// a figure as Indonesian or English copy writes it: 96,45 · 1.500 · 1,200 · 12.5 · Rp 2,3
const FIGURE = /(?:Rp\.?\s?|US\$\s?|\$)?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?/u;
const UNIT = /^\s*(%|persen|percent|per cent|juta|miliar|triliun|ribu|million|billion|trillion|thousand|orang|people|unit|km|kg|ton|meter|hektare|ha)(?!\p{L})/iu;

export function claimPrefill(claim: { text: string; source?: string }): Partial<FactInput> {
  const text = claim.text.replace(/\s+/g, ' ').trim();
  const out: Partial<FactInput> = {};
  if (claim.source?.trim()) out.source = claim.source.trim();
  const m = FIGURE.exec(text);
  if (m) {
    out.value = m[0].trim();
    const rest = text.slice(m.index + m[0].length);
    const u = UNIT.exec(rest);
    if (u) out.unit = u[1]!;
    const before = text.slice(0, m.index).replace(/[\s,:;–—-]+$/u, '').trim();
    if (before) out.subject = before.length > 160 ? `…${before.slice(-159)}` : before;
  } else {
    out.subject = text.length > 160 ? `${text.slice(0, 159)}…` : text;
  }
  return out;
}
