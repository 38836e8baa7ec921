/**
 * "Add a fact from a verified claim", ready to drop into the warnings panel next to a claim the
 * editor has just verified: a button that opens the fact form prefilled from the claim's text
 * (figure -> value, unit, words before it -> subject) and the verification's source.
 *
 *   <AddFactFromClaim claimText={paragraphText.slice(f.start, f.end)} source={verification.source} />
 *
 * Nothing is saved until the editor confirms the form ('facts.add'; main stamps verified by/at).
 */
import { useState } from 'react';
import { useApp } from '../settings/context.js';
import { AddFactDialog } from './FactForm.js';
import { claimPrefill } from './claim.js';
import type { Fact } from '../../shared/analysis/facts/base.js';
import './facts.css';

export function AddFactFromClaim({ claimText, source, onAdded, className = 'btn small ghost' }: { claimText: string; source?: string; onAdded?: (f: Fact) => void; className?: string }) {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>{t('facts.fromClaimButton')}</button>
      {open ? <AddFactDialog prefill={claimPrefill({ text: claimText, ...(source ? { source } : {}) })} onClose={() => setOpen(false)} {...(onAdded ? { onAdded } : {})} /> : null}
    </>
  );
}

export { AddFactDialog, claimPrefill };
