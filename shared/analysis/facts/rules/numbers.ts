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
