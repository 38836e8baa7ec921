import { isClaim, type Finding } from './finding.js';

/**
 * The one way Redaksi counts a story's open findings (issue 14: the editor said 5, the export
 * dialog 12). Errors block an export, warnings need "export anyway", notes never gate; claims to
 * verify are counted apart because they are questions, not faults. The editor's panel, its tab,
 * the review desk and the export dialog all show these numbers.
 */
export interface FindingCounts {
  errors: number;
  warnings: number;
  notes: number;
  claims: number;
}

export function countFindings(findings: readonly Finding[], isResolved: (fingerprint: string) => boolean = () => false): FindingCounts {
  const c: FindingCounts = { errors: 0, warnings: 0, notes: 0, claims: 0 };
  for (const f of findings) {
    if (isResolved(f.fingerprint)) continue;
    if (isClaim(f)) c.claims++;
    else if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.notes++;
  }
  return c;
}

/** what needs fixing or a decision: everything but the claims */
export function problemCount(c: FindingCounts): number {
  return c.errors + c.warnings + c.notes;
}
