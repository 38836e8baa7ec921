/**
 * claim-needs-source: a check-worthy sentence (a statistic, a superlative such as "tertinggi",
 * "terbesar", "pertama", "highest", "record", "first", or a comparison) with no attribution in
 * the sentence ("kata", "ujar", "menurut", "said", "according to", a data source) and no link.
 * Quoted sentences are sourced by their speaker, and a source named earlier in the paragraph
 * or in the paragraph before covers the passage. Severity info: it asks for a source, it does
 * not say the claim is wrong. The editor verifies it with a source, stored by fingerprint, so
 * the fingerprint is the sentence itself: change the claim and it must be verified again.
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { ev, tr, type RuleContext } from '../context.js';

/**
 * A source named earlier in the passage covers the figures that follow it: "Berdasarkan catatan
 * BPS, harga cabai naik ... . Pada Oktober 2018, cabai ... tertinggi", or a paragraph after "BPS
 * melaporkan ..." / "... kata Kepala BPS" that goes on with "Angka ini naik 9,52 persen". Newsroom
 * copy names the source once per passage, not in every sentence.
 */
function sourcedBefore(ctx: RuleContext, pi: number, sentence: number): boolean {
  const p = ctx.paras[pi]!;
  const re = ctx.lang === 'id' ? ID_SOURCE : EN_SOURCE;
  for (let i = 0; i < sentence; i++) {
    const s = p.sentences[i]!;
    if (p.attributedSentences.has(i) && re.test(p.text.slice(s.start, s.end))) return true;
  }
  // "Angka ini naik 9,52 persen", "Secara nilai, ekspor ini turun ...", "Tercatat, ...": a figure
  // that points back at the one before, after a paragraph that names its source; or a figure
  // about what that sourced sentence is about ("The miner said copper output fell ..." / "Gold
  // production fell 39.4% ..."): two content words shared with it
  const s = p.sentences[sentence]!;
  const claim = p.text.slice(s.start, s.end);
  const prev = ctx.paras[pi - 1];
  if (prev) {
    const back = BACK_REFERENCE.test(claim);
    const topic = contentStems(claim);
    for (let i = 0; i < prev.sentences.length; i++) {
      const x = prev.sentences[i]!;
      const src = prev.text.slice(x.start, x.end);
      if (!prev.attributedSentences.has(i) || !re.test(src)) continue;
      if (back || shared(topic, contentStems(src)) >= 2) return true;
    }
  }
  // a row of a list or table introduced as such ("Berikut data kendaraan ...:", "Rincian ...:"):
  // its source is given once, with the introduction
  return listRowOfIntroducedTable(ctx, pi);
}

/** a paragraph that is a row ("- GT Cikampek: 32.334 kendaraan, naik 35,2 persen") under a line ending in a colon */
function listRowOfIntroducedTable(ctx: RuleContext, pi: number): boolean {
  const row = (t: string) => /^\s*(?:[-•*–]\s|\d{1,2}[.)]\s|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*){0,4}\s*(?:\([^)]{1,40}\))?\s*:\s*\d)/u.test(t);
  if (!row(ctx.paras[pi]!.text)) return false;
  for (let i = pi - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const t = ctx.paras[i]!.text.trim();
    if (t.endsWith(':')) return true;
    if (!row(t)) return false;
  }
  return false;
}

/** words that carry a topic, cut to five letters ("production"/"produced" -> "produ") */
const FUNCTION = new Set(['yang', 'dengan', 'dalam', 'untuk', 'dari', 'pada', 'akan', 'juga', 'tahun', 'bulan', 'persen', 'sebesar', 'sekitar', 'mencapai', 'menjadi', 'tersebut', 'adalah', 'which', 'their', 'there', 'about', 'after', 'before', 'since', 'year', 'years', 'month', 'quarter', 'percent', 'cent', 'from', 'with', 'that', 'this', 'have', 'been', 'were', 'said', 'says', 'also', 'more', 'than', 'into', 'over', 'compared', 'according', 'last', 'first', 'second', 'third', 'week', 'today', 'kata', 'ujar', 'menurut', 'saat', 'telah', 'sudah', 'masih', 'para', 'oleh', 'atau', 'naik', 'turun', 'rose', 'fell', 'risen', 'fallen']);
function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 4 && !FUNCTION.has(w)) out.add(w.slice(0, 5));
  return out;
}
function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

const BACK_REFERENCE = /^\s*(?:(?:Secara\s+\p{L}+,\s*)?(?:angka|jumlah|nilai|capaian|realisasi|kenaikan|penurunan|pertumbuhan|ekspor|impor|harga|total|data|persentase|laba|pendapatan|penjualan)\s+(?:ini|tersebut|itu)\b|Hal\s+(?:ini|itu|tersebut)\b|Tercatat\b|(?:This|That|The)\s+(?:figure|number|total|rise|increase|fall|drop)\b)/iu;

/** a source named by a verb of saying or recording, or a report, survey or data (not "hasil", "versi") */
const ID_SOURCE = /(?<![\p{L}-])(?:kata|katanya|ujar|ujarnya|menurut|menurutnya|berdasarkan|mengutip|dikutip|dilansir|melansir|mencatat|mencatatkan|melaporkan|merilis|dirilis|mengumumkan|menyebutkan|menyatakan|mengatakan|menjelaskan|memaparkan|membeberkan|mengungkapkan|survei|laporan|data)(?![\p{L}-])/iu;
const EN_SOURCE = /\b(?:said|says|according to|reported|reports|announced|published|released|showed|shows|found|figures|data|survey|study|report)\b/iu;

export function claimNeedsSource(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const c of p.claims) {
      if (sourcedBefore(ctx, pi, c.sentence)) continue;
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
