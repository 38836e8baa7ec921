/**
 * number-mismatch: the same statement given with different figures in one story.
 *
 * Why by context and not by "subject": two figures are the same statement when the words
 * around them match (four words each side inside the sentence, figures masked). That is what
 * a repeated or restated sentence looks like ("... kualitas tertinggi dengan nilai 96,14. Dinas
 * Pendidikan ..." twice), and it almost never holds for two different statements, so the rule
 * stays quiet on ordinary copy where many figures share a unit. The odd figure out (the one
 * given fewer times; the later one on a tie) carries the warning; related ranges point at the
 * other figures.
 */
import type { Finding, RelatedRange } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import type { NumberX } from '../extract.js';
import { ev, tr, type RuleContext } from '../context.js';

interface Occ {
  p: number;
  n: NumberX;
}

function sameFigure(a: NumberX, b: NumberX): boolean {
  if (a.value === b.value) return true;
  // "1,5 juta" vs "1.500.000" are equal; tolerate float noise only
  return Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;
}

export function numberMismatch(ctx: RuleContext): Finding[] {
  const out = bodyNumberMismatch(ctx);
  if (ctx.headline) out.push(...headlineNumberMismatch(ctx, ctx.headline.numbers, ctx.headline.text));
  return out;
}

function bodyNumberMismatch(ctx: RuleContext): Finding[] {
  const groups = new Map<string, Occ[]>();
  ctx.paras.forEach((p, pi) => {
    for (const n of p.numbers) {
      if (!n.context || n.kind === 'year' || n.kind === 'time') continue;
      let g = groups.get(n.context);
      if (!g) groups.set(n.context, (g = []));
      g.push({ p: pi, n });
    }
  });
  const out: Finding[] = [];
  for (const occ of groups.values()) {
    if (occ.length < 2) continue;
    // cluster by value
    const byValue: Occ[][] = [];
    for (const o of occ) {
      const c = byValue.find((c) => sameFigure(c[0]!.n, o.n));
      if (c) c.push(o);
      else byValue.push([o]);
    }
    if (byValue.length < 2) continue;
    // the majority reading (ties: the first written) is the reference
    const ref = byValue.reduce((a, b) => (b.length > a.length ? b : a));
    for (const cluster of byValue) {
      if (cluster === ref) continue;
      for (const o of cluster) {
        const other = ref[0]!;
        const related: RelatedRange[] = ref.map((r) => ({ paragraph: r.p, start: r.n.start, end: r.n.end }));
        const mine = ctx.paras[o.p]!.text.slice(o.n.start, o.n.end);
        const theirs = ctx.paras[other.p]!.text.slice(other.n.start, other.n.end);
        const sentence = ctx.paras[o.p]!.sentences[o.n.sentence]!;
        const stmt = ctx.paras[o.p]!.text.slice(sentence.start, sentence.end);
        out.push({
          rule: 'number-mismatch',
          severity: 'warning',
          message: tr(
            ctx.ui,
            `The same statement gives ${ev(mine)} here but ${ev(theirs)} in paragraph ${other.p + 1}.`,
            `Pernyataan yang sama menyebut ${ev(mine)} di sini tetapi ${ev(theirs)} di paragraf ${other.p + 1}.`,
          ),
          paragraph: o.p,
          start: o.n.start,
          end: o.n.end,
          related,
          fingerprint: fingerprintOf('number-mismatch', mine, theirs, o.n.context, stmt.length > 200 ? stmt.slice(0, 200) : stmt),
        });
      }
    }
  }
  return out;
}

const FUNCTION_WORDS = new Set([
  'di', 'ke', 'dari', 'yang', 'dan', 'capai', 'mencapai', 'jadi', 'menjadi', 'sebesar', 'sekitar', 'hingga', 'sampai', 'naik', 'turun', 'rp',
  'buat', 'untuk', 'dengan', 'per', 'capai', 'kasih', 'jadi', 'the', 'to', 'of', 'by', 'at', 'in', 'a', 'an', 'up', 'down', 'for', 'with', 'from', 'sell', 'sells', 'aged', 'rise', 'rises', 'falls', 'fall', 'hits', 'over', 'nearly', 'almost', 'about', 'us',
]);

/**
 * number-mismatch, headline against body: a figure in the headline that the body gives
 * differently. The headline figure is matched to the body through the word it qualifies
 * ("Inflasi 2%" -> sentences about "inflasi"); a body that states the same figure anywhere (as
 * written or rounded the way the headline rounds) settles it. The finding sits on the body figure.
 */
export function headlineNumberMismatch(ctx: RuleContext, headline: NumberX[], headlineText: string): Finding[] {
  const out: Finding[] = [];
  for (const h of headline) {
    if (h.kind === 'year' || h.kind === 'time' || h.spelled) continue;
    if (h.kind === 'number' && h.scale === 1 && h.value < 10) continue;
    // headlines round and truncate ("Rp 3,7 M" for Rp 3.793.971.790): one unit of the last digit
    // written; "hampir"/"nearly"/"lebih dari" loosen it to a tenth
    const approx = /(?:hampir|nyaris|sekitar|lebih dari|kurang dari|capai|nearly|almost|about|around|over|more than|under|up to)\s*$/i.test(headlineText.slice(0, h.start));
    const unit = Math.pow(10, -h.decimals) * h.scale;
    const tol = approx ? Math.max(unit, Math.abs(h.value) * 0.1) : unit;
    // plain counts must count the same thing: the word after the figure ("978 Warung")
    const nounAfter = (text: string, end: number): string => (/^\s*(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '').toLowerCase();
    const hNoun = h.kind === 'number' ? nounAfter(headlineText, h.end) : '';
    const same = (n: NumberX): boolean => n.kind === h.kind && (n.currency ?? '') === (h.currency ?? '') && Math.abs(n.value - h.value) <= tol + 1e-9 * Math.abs(h.value);
    if (ctx.paras.some((p) => p.numbers.some(same))) continue;
    // the body figure the headline figure stands for: same kind and unit, in the sentence that
    // shares most of the headline's words (at least two: "Inflasi ... 2%" -> "inflasi ... persen")
    const words = new Set(headlineText.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w) && !/^\d/.test(w)));
    if (words.size === 0) continue;
    let hit: { pi: number; n: NumberX } | undefined;
    let best = 1;
    ctx.paras.forEach((p, pi) => {
      let sentenceScore = -1;
      let lastSentence = -1;
      for (const n of p.numbers) {
        if (n.kind !== h.kind || (n.currency ?? '') !== (h.currency ?? '') || n.kind === 'year' || n.spelled) continue;
        if (hNoun && nounAfter(p.text, n.end) !== hNoun) continue;
        if (n.sentence !== lastSentence) {
          lastSentence = n.sentence;
          const s = p.sentences[n.sentence]!;
          sentenceScore = 0;
          for (const w of new Set(p.text.slice(s.start, s.end).toLowerCase().split(/[^\p{L}\p{N}]+/u))) if (words.has(w)) sentenceScore++;
        }
        if (sentenceScore > best) {
          best = sentenceScore;
          hit = { pi, n };
        }
      }
    });
    const subject = [...words].join(' ');
    if (!hit) continue;
    const body = ctx.paras[hit.pi]!.text.slice(hit.n.start, hit.n.end);
    out.push({
      rule: 'number-mismatch',
      severity: 'warning',
      message: tr(
        ctx.ui,
        `The headline gives ${ev(h.raw)}, but the body says ${ev(body)} in the sentence closest to it.`,
        `Judul menyebut ${ev(h.raw)}, tetapi isi berita menyebut ${ev(body)} pada kalimat yang paling dekat dengan judul.`,
      ),
      paragraph: hit.pi,
      start: hit.n.start,
      end: hit.n.end,
      related: [],
      fingerprint: fingerprintOf('number-mismatch', 'headline', h.raw, body, subject),
    });
  }
  return out;
}
