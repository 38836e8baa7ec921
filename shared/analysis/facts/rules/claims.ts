/**
 * claim-needs-source: a check-worthy sentence (a statistic, a superlative such as "tertinggi",
 * "terbesar", "pertama", "highest", "record", "first", or a comparison) with no attribution in
 * the sentence ("kata", "ujar", "menurut", "said", "according to", a data source) and no link.
 * Quoted sentences are sourced by their speaker. A claim ending its paragraph is sourced by the
 * next paragraph when that one opens by naming who speaks of these figures ("..., data ini mengacu
 * pada ..."), and one opening its paragraph by the last sentence of the paragraph before when it
 * goes on with its figures ("Bahkan, ..."). Severity info: it asks for a source, it does
 * not say the claim is wrong. The editor verifies it with a source, stored by fingerprint, so
 * the fingerprint is the sentence itself: change the claim and it must be verified again.
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { furnitureOfCached } from '../../furniture.js';
import { CONTINUES, EN_SPEECH, ID_SPEECH } from '../extract.js';
import { ev, tr, type RuleContext } from '../context.js';

/** a sentence that speaks of the figures just given */
const POINTS_BACK = /\b(?:data|angka|jumlah|catatan|figures?|numbers?|statistics?)\s+(?:ini|itu|tersebut)\b|\b(?:these|those|the) (?:figures|numbers|data|statistics)\b/iu;

export function claimNeedsSource(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  // the story's paragraphs on either side, past the page's lines between them ("BACA JUGA: ...")
  const story = (pi: number, step: 1 | -1) => {
    for (let j = pi + step; j >= 0 && j < ctx.paras.length && Math.abs(j - pi) <= 3; j += step) if (!furnitureOfCached(ctx.paras[j]!.text)?.wholeLine) return ctx.paras[j];
    return undefined;
  };
  ctx.paras.forEach((p, pi) => {
    for (const c of p.claims) {
      // a source named in the next sentence when that opens the next paragraph and points back
      // at these figures ("Kasus DBD ... turun 75 persen ..." // "Kepala Bidang P2P Dinkes ...
      // mengungkapkan, data ini mengacu pada ..."; a next paragraph that only opens with someone
      // speaking may speak of something else), or in the paragraph before when this one goes on
      // with its figures ("Bahkan, di bulan April ini jumlah kasus DBD yang meninggal kembali
      // bertambah 2 orang.")
      const next = c.sentence === p.sentences.length - 1 ? story(pi, 1) : undefined;
      const opening = next ? next.text.slice(0, next.sentences[0]?.end) : '';
      if (next && POINTS_BACK.test(opening) && (ctx.lang === 'id' ? ID_SPEECH : EN_SPEECH).test(opening)) continue;
      // ... and a headline or a sub-heading (one short line with no full stop) above a paragraph
      // whose first sentence names its source: the title sums up what the lede attributes
      // ("Foreign-worker levy in Sabah to be halved" // "... by 50 per cent ..., said its minister")
      if (next?.attributedSentences.has(0) && p.sentences.length === 1 && !/[.!?]["”’)]*\s*$/u.test(p.text) && p.text.trim().split(/\s+/).length <= 16) continue;
      const before = c.sentence === 0 ? story(pi, -1) : undefined;
      if (before?.attributedSentences.has(before.sentences.length - 1) && CONTINUES.test(p.text.slice(c.start, c.end))) continue;
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
