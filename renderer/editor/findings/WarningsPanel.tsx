import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApp } from '../../settings/context.js';
import { formatDateTime } from '../../i18n/index.js';
import { AddFactFromClaim } from '../../facts/AddFactFromClaim.js';
import { byUrgency, confidenceOf, isClaim, type Finding } from '../../../shared/model/finding.js';
import type { Decision } from '../../../shared/model/decision.js';
import { ruleLabel } from '../../lib/ruleLabel.js';
import { OtherStory } from './OtherStory.js';
import { countsText } from '../../lib/countsText.js';
import { countFindings } from '../../../shared/model/finding-counts.js';
import { mergedFix } from '../../../shared/analysis/fix.js';
import { deskFurnitureSet, normalizeFurnitureLine } from '../../../shared/analysis/desk-furniture.js';
import { deskSpellingSet, normalizeSpelling } from '../../../shared/analysis/desk-spellings.js';
import { DESK_FURNITURE_MAX_LENGTH, DESK_SPELLING_MAX_LENGTH, DESK_SPELLING_PATTERN } from '../../../shared/model/draft.js';
import './warnings.css';
import { errorMessage } from '../../../shared/api/errors.js';
import { personName } from '../../lib/personName.js';

/**
 * Findings an editor can verify with a source (issue 5: "verify with source ... stored by
 * fingerprint"): a check-worthy claim is not wrong, it needs someone to say where it comes from.
 * Other findings are fixed or dismissed with a reason.
 */
export function canVerify(f: Finding): boolean {
  return isClaim(f);
}

/** a source that is a web address becomes a link; anything else (a note) stays text */
function SourceText({ source }: { source: string }) {
  if (/^https?:\/\/\S+$/i.test(source)) {
    return (
      <a href={source} target="_blank" rel="noopener noreferrer" className="source-link">
        {source}
      </a>
    );
  }
  return <span>{source}</span>;
}

/** the id of a finding's card in the panel (a jump scrolls it into view) */
export function findingCardId(f: Finding): string {
  return `finding-${f.fingerprint.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

export const WarningsPanel = memo(function WarningsPanel({
  findings,
  paragraphs,
  dismissed,
  checking,
  available,
  selected,
  editable,
  onJump,
  onFix,
  onDismiss,
  onVerify,
  onReopen,
}: {
  findings: Finding[];
  /** the paragraph texts the findings were computed on (claim text = paragraphs[f.paragraph].slice(f.start, f.end)) */
  paragraphs: string[];
  dismissed: Record<string, Decision>;
  checking: boolean;
  available: boolean;
  selected: string | null;
  editable: boolean;
  onJump: (f: Finding) => void;
  onFix: (f: Finding) => void;
  onDismiss: (f: Finding, reason: string) => void;
  onVerify: (f: Finding, source: string) => Promise<void>;
  onReopen: (fingerprint: string) => void;
}) {
  const { t, lang, settings, deskFurnitureLine, deskSpelling } = useApp();
  const [asking, setAsking] = useState<{ fp: string; mode: 'dismiss' | 'verify' } | null>(null);
  const [reason, setReason] = useState('');
  const [source, setSource] = useState('');
  const [verifyError, setVerifyError] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const [justVerified, setJustVerified] = useState<string | null>(null);
  const ask = useCallback((fp: string, mode: 'dismiss' | 'verify') => {
    setAsking({ fp, mode });
    if (mode === 'verify') {
      setSource('');
      setVerifyError('');
    } else setReason('');
  }, []);
  const active = findings.filter((f) => !dismissed[f.fingerprint]);
  // errors first, then warnings, then notes; claims to verify apart, collapsed, so that a story
  // with many check-worthy sentences never hides its one wrong date
  const problems = active.filter((f) => !isClaim(f)).sort(byUrgency);
  const claims = active.filter(isClaim).sort(byUrgency);
  const [showClaims, setShowClaims] = useState(false);
  const selectedIsClaim = claims.some((f) => f.fingerprint === selected);
  useEffect(() => {
    // a claim chosen in the text (its highlight, a badge) opens the group so its card is seen
    if (selectedIsClaim) setShowClaims(true);
  }, [selectedIsClaim, selected]);
  const gone = findings.filter((f) => dismissed[f.fingerprint]);
  // a pasted scrape carries many junk lines: one action removes them all, as one undo step. Only
  // the sure ones: a medium line (a deck above the dateline, a line a few earlier stories hold)
  // is looked at on its own card, so no line of the story goes with one click
  const furniture = problems.filter((f) => f.rule === 'page-furniture' && f.fix && confidenceOf(f) === 'high');
  const removeAllFurniture = () => {
    const first = furniture[0];
    if (first) onFix({ ...first, fix: mergedFix(furniture.map((f) => f.fix!), t('warn.removeAllFurniture', { n: furniture.length })) });
  };
  const claimOf = (f: Finding) => (paragraphs[f.paragraph] ?? '').slice(f.start, f.end);
  const onDesk = useMemo(() => deskFurnitureSet(settings.deskFurniture), [settings.deskFurniture]);
  const onSpellings = useMemo(() => deskSpellingSet(settings.deskSpellings), [settings.deskSpellings]);
  const onRemember = useCallback(
    (kind: RememberKind, text: string) => void (kind === 'leftover' ? deskFurnitureLine(text, true) : deskSpelling(text, true)).catch((e: unknown) => console.error('desk list:', e)),
    [deskFurnitureLine, deskSpelling],
  );
  // A short line that repeats (in this story or in earlier ones) or that the shape rules call
  // junk can go on the desk's list for good, so the next story copied from that portal shows it
  // at once. Whole short lines only: a long paragraph is story, never boilerplate.
  const leftoverLine = (f: Finding): string | undefined => {
    if (f.rule !== 'archive-duplicate' && f.rule !== 'duplicate-paragraph' && f.rule !== 'page-furniture') return undefined;
    const text = (paragraphs[f.paragraph] ?? '').trim();
    if (!text || text.length > DESK_FURNITURE_MAX_LENGTH || text.split(/\s+/).length > 25) return undefined;
    return onDesk.has(normalizeFurnitureLine(text)) ? undefined : text;
  };
  // A name the word lists do not know and the desk does ("Liffe", the exchange, beside "Standard
  // Life") goes on the desk's spellings, so that no story flags it again.
  const spellingOf = (f: Finding): string | undefined => {
    if (f.rule !== 'name-variant') return undefined;
    const word = (paragraphs[f.paragraph] ?? '').slice(f.start, f.end);
    if (word.length > DESK_SPELLING_MAX_LENGTH || !DESK_SPELLING_PATTERN.test(word)) return undefined;
    return onSpellings.has(normalizeSpelling(word)) ? undefined : word;
  };
  const rememberOf = (f: Finding): { rememberKind?: RememberKind; remember?: string } => {
    if (!editable) return {};
    const line = leftoverLine(f);
    if (line !== undefined) return { rememberKind: 'leftover', remember: line };
    const word = spellingOf(f);
    return word !== undefined ? { rememberKind: 'spelling', remember: word } : {};
  };
  const offered = justVerified ? gone.find((f) => f.fingerprint === justVerified && dismissed[f.fingerprint]?.kind === 'verified') : undefined;

  if (!available)
    return (
      <p className="banner warn checks-unavailable" role="alert">
        {t('warn.unavailable')}
      </p>
    );

  const item = (f: Finding): ReactNode => (
    <li
      key={f.fingerprint}
      className={`finding sev-${f.severity}${f.confidence === 'medium' ? ' conf-medium' : ''}${selected === f.fingerprint ? ' selected' : ''}`}
      data-rule={f.rule}
      data-fingerprint={f.fingerprint}
      id={findingCardId(f)}
    >
      <FindingCard f={f} editable={editable} onJump={onJump} onFix={onFix} onAsk={ask} {...rememberOf(f)} onRemember={onRemember} paragraphText={paragraphs[f.paragraph] ?? ''} />
      {asking?.fp === f.fingerprint && asking.mode === 'dismiss' ? (
        <form
          className="dismiss-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return;
            onDismiss(f, reason.trim());
            setAsking(null);
          }}
        >
          <input autoFocus type="text" aria-label={t('warn.dismissReason')} placeholder={t('warn.dismissPlaceholder')} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="btn small primary" disabled={!reason.trim()}>{t('warn.dismiss')}</button>
          <button type="button" className="btn small ghost" onClick={() => setAsking(null)}>{t('common.cancel')}</button>
        </form>
      ) : null}
      {asking?.fp === f.fingerprint && asking.mode === 'verify' ? (
        <form
          className="verify-form"
          aria-label={t('warn.verifyTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            const s = source.trim();
            if (!s) return;
            onVerify(f, s).then(
              () => {
                setAsking(null);
                setJustVerified(f.fingerprint);
                setShowResolved(true);
              },
              (err: unknown) => setVerifyError(errorMessage(err)),
            );
          }}
        >
          <blockquote className="claim-quote">{claimOf(f)}</blockquote>
          <label className="field">
            <span className="field-label">{t('warn.verifySource')}</span>
            <input autoFocus type="text" required aria-label={t('warn.verifySource')} placeholder={t('warn.verifyPlaceholder')} value={source} onChange={(e) => setSource(e.target.value)} />
          </label>
          <p className="muted small">{t('warn.verifyHint')}</p>
          {verifyError ? <p className="error small" role="alert">{verifyError}</p> : null}
          <div className="row-end">
            <button type="button" className="btn small ghost" onClick={() => setAsking(null)}>{t('common.cancel')}</button>
            <button type="submit" className="btn small primary" disabled={!source.trim()}>{t('warn.verifyConfirm')}</button>
          </div>
        </form>
      ) : null}
    </li>
  );

  return (
    <div className="panel warnings-panel">
      <div className="warn-summary">
        <strong className="warn-counts">{countsText(countFindings(problems), t)}</strong>
        {claims.length ? <span className="muted claims-count">{t('warn.claimsCount', { n: claims.length })}</span> : null}
        {checking ? <span className="muted checking">{t('warn.checking')}</span> : null}
      </div>
      {offered ? (
        <div className="verified-offer" role="status">
          <p>
            <span className="verified-mark" aria-hidden="true">✓</span> {t('warn.verifiedOffer')}
          </p>
          <blockquote className="claim-quote">{claimOf(offered)}</blockquote>
          <div className="finding-actions">
            <AddFactFromClaim className="btn small primary" claimText={claimOf(offered)} source={dismissed[offered.fingerprint]?.note ?? ''} onAdded={() => setJustVerified(null)} />
            <button type="button" className="btn small ghost" onClick={() => setJustVerified(null)}>{t('warn.notNow')}</button>
          </div>
        </div>
      ) : null}
      {editable && furniture.length >= 2 ? (
        <div className="bulk-actions">
          <button type="button" className="btn small" onClick={removeAllFurniture}>
            {t('warn.removeAllFurniture', { n: furniture.length })}
          </button>
        </div>
      ) : null}
      {active.length === 0 ? <p className="muted empty-note">{t('warn.none')}</p> : problems.length === 0 ? <p className="muted empty-note">{t('warn.noProblems')}</p> : null}
      <ul className="findings" aria-label={t('warn.title')}>
        {problems.map(item)}
      </ul>
      {claims.length ? (
        <section className="claims-group" aria-label={t('warn.claims', { n: claims.length })}>
          <button type="button" className="group-toggle" aria-expanded={showClaims} onClick={() => setShowClaims((v) => !v)}>
            <span className="group-caret" aria-hidden="true">{showClaims ? '▾' : '▸'}</span>
            {t('warn.claims', { n: claims.length })}
          </button>
          {showClaims ? (
            <>
              <p className="muted small group-hint">{t('warn.claimsHint')}</p>
              <ul className="findings" aria-label={t('warn.claims', { n: claims.length })}>
                {claims.map(item)}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {gone.length ? (
        <div className="dismissed resolved">
          <button type="button" className="linkish" aria-expanded={showResolved || !!offered} onClick={() => setShowResolved((s) => !s)}>
            {t('warn.resolved', { n: gone.length })}
          </button>
          {showResolved || offered ? (
            <ul className="findings resolved-list" aria-label={t('warn.resolvedList')}>
              {gone.map((f) => {
                const d = dismissed[f.fingerprint]!;
                const verified = d.kind === 'verified';
                return (
                  <li key={f.fingerprint} className={`finding resolved-item ${verified ? 'is-verified' : 'is-dismissed'}`} data-rule={f.rule} data-fingerprint={f.fingerprint} data-decision={d.kind}>
                    <div className="finding-head">
                      {verified ? (
                        <span className="verified-mark" aria-hidden="true">✓</span>
                      ) : (
                        <span className="dismissed-mark" aria-hidden="true">–</span>
                      )}
                      <span className="finding-rule">{verified ? t('warn.verifiedLabel') : t('warn.dismissedLabel')}</span>
                      <span className="finding-para muted">{t('warn.paragraph', { n: f.paragraph + 1 })}</span>
                    </div>
                    {verified ? <blockquote className="claim-quote">{claimOf(f)}</blockquote> : <p className="finding-msg">{f.message}</p>}
                    <p className="decision-line small">
                      <span className="decision-key">{verified ? t('warn.sourceLabel') : t('warn.reasonLabel')}</span> {verified ? <SourceText source={d.note} /> : <span>“{d.note}”</span>}
                    </p>
                    <p className="muted small">{t('warn.decidedBy', { who: personName(d.who, t), when: formatDateTime(d.at, lang) })}</p>
                    <div className="finding-actions">
                      <button type="button" className="btn small ghost" onClick={() => onJump(f)}>{t('warn.jump')}</button>
                      {verified && f.fingerprint !== offered?.fingerprint ? <AddFactFromClaim claimText={claimOf(f)} source={d.note} /> : null}
                      <button type="button" className="btn small ghost" onClick={() => onReopen(f.fingerprint)}>{t('warn.reopen')}</button>
                    </div>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});

type RememberKind = 'leftover' | 'spelling';

/**
 * One finding's text and actions. memo: the list re-renders on every check (the checking flag,
 * the checked paragraphs) while the reporter types; a card whose finding object is unchanged
 * (useFindings keeps unchanged findings' objects) is not rebuilt.
 */
const FindingCard = memo(function FindingCard({
  f,
  editable,
  onJump,
  onFix,
  onAsk,
  rememberKind,
  remember,
  onRemember,
  paragraphText,
}: {
  f: Finding;
  editable: boolean;
  onJump: (f: Finding) => void;
  onFix: (f: Finding) => void;
  onAsk: (fp: string, mode: 'dismiss' | 'verify') => void;
  /** what this card can put on a list of the desk: a line of website leftovers, a spelling that is right */
  rememberKind?: RememberKind | undefined;
  remember?: string | undefined;
  onRemember: (kind: RememberKind, text: string) => void;
  /** the text the finding was computed on (for the side-by-side view of an archive duplicate) */
  paragraphText: string;
}) {
  const { t } = useApp();
  const article = f.related.find((r) => r.article);
  return (
    <>
      <div className="finding-head">
        <span className={`sev-dot sev-${f.severity}`} aria-label={t(`warn.severity.${f.severity}`)} />
        <span className="finding-rule">{ruleLabel(f.rule, t)}</span>
        {f.confidence === 'medium' ? (
          <span className="confidence-tag" title={t('warn.confidence.mediumHint')}>
            {t('warn.confidence.medium')}
          </span>
        ) : null}
        <span className="finding-para muted">{t('warn.paragraph', { n: f.paragraph + 1 })}</span>
      </div>
      <p className="finding-msg">{f.message}</p>
      {article ? <OtherStory related={article} here={paragraphText} paragraph={f.paragraph} /> : null}
      <div className="finding-actions">
        <button type="button" className="btn small ghost" onClick={() => onJump(f)}>{t('warn.jump')}</button>
        {f.fix && editable ? (
          <button type="button" className="btn small" onClick={() => onFix(f)}>{f.fix.label || t('warn.fix')}</button>
        ) : null}
        {canVerify(f) ? (
          <button type="button" className="btn small" onClick={() => onAsk(f.fingerprint, 'verify')}>
            {t('warn.verify')}
          </button>
        ) : null}
        {remember !== undefined && rememberKind !== undefined ? (
          <button
            type="button"
            className="btn small ghost"
            title={rememberKind === 'leftover' ? t('warn.alwaysLeftoverHint') : t('warn.rightAsWrittenHint', { word: remember })}
            onClick={() => onRemember(rememberKind, remember)}
          >
            {rememberKind === 'leftover' ? t('warn.alwaysLeftover') : t('warn.rightAsWritten')}
          </button>
        ) : null}
        <button type="button" className="btn small ghost" onClick={() => onAsk(f.fingerprint, 'dismiss')}>{t('warn.dismiss')}</button>
      </div>
    </>
  );
});
