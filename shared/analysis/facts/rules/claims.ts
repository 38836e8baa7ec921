/**
 * claim-needs-source: a check-worthy sentence (a statistic, a superlative such as "tertinggi",
 * "terbesar", "pertama", "highest", "record", "first", or a comparison) with no attribution in
 * the sentence ("kata", "ujar", "menurut", "said", "according to", a data source) and no link.
 * Quoted sentences are sourced by their speaker. Severity info: it asks for a source, it does
 * not say the claim is wrong. The editor verifies it with a source, stored by fingerprint, so
 * the fingerprint is the sentence itself: change the claim and it must be verified again.
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { ev, tr, type RuleContext } from '../context.js';

export function claimNeedsSource(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const c of p.claims) {
      const sentence = p.text.slice(c.start, c.end);
      out.push({
        rule: 'claim-needs-source',
        severity: 'info',
        message: tr(
          ctx.ui,
          `Check-worthy claim (${ev(c.trigger, 30)}) with no source in the sentence: add who says so, or verify it with a source.`,
          `Klaim yang perlu dicek (${ev(c.trigger, 30)}) tanpa sumber di kalimatnya: sebutkan siapa yang mengatakan, atau verifikasi dengan sumber.`,
        ),
        paragraph: pi,
        start: c.start,
        end: c.end,
        related: [],
        fingerprint: fingerprintOf('claim-needs-source', sentence.replace(/\s+/g, ' ').trim()),
      });
    }
  });
  return out;
}
