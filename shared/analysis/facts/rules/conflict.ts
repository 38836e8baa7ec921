/**
 * fact-conflict: the story contradicts the desk's verified-facts base.
 * - a person given another title or office than the base records (the capitalised run right
 *   before the name, or an appositive after it: "Fadli Afriadi, Wakil Kepala ...");
 * - a figure that differs from the recorded value for the same subject and attribute (same
 *   sentence names the subject and the attribute);
 * - a misspelled recorded name (all tokens but one equal, that one within one edit).
 * The evidence is the recorded value with its source and as-of date.
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { editDistance, titlesAgree, RANK_MODIFIERS, ID_TITLES, EN_TITLES } from '../../locale/names.js';
import { parseDigits } from '../../locale/numbers.js';
import { isTitleAttribute, type Fact } from '../base.js';
import type { ParaX } from '../extract.js';
import { ev, tr, type RuleContext } from '../context.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sourceNote(f: Fact, ui: 'en' | 'id'): string {
  const bits: string[] = [];
  if (f.asOf) bits.push(tr(ui, `as of ${f.asOf}`, `per ${f.asOf}`));
  if (f.source) bits.push(tr(ui, `source: ${f.source}`, `sumber: ${f.source}`));
  return bits.length ? ` (${bits.join('; ')})` : '';
}

const TITLE_HEADS = new Set([...ID_TITLES, ...EN_TITLES].map((t) => t.split(' ')[0]!.toLowerCase().replace(/\.$/, '')));

/** the capitalised run right before `at` (only spaces between words), or null */
function runBefore(text: string, at: number): { start: number; end: number } | null {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  const re = /(?:^|\s)(\p{Lu}[\p{L}\p{N}.'’-]*)$/u;
  let cur = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(cur))) {
    start = cur.length - m[1]!.length;
    cur = cur.slice(0, start).replace(/ +$/, '');
    if (cur.length === start) break;
    if (!/\s$/.test(text.slice(0, start))) break;
  }
  return start < end ? { start, end } : null;
}

function titleNear(p: ParaX, nameStart: number, nameEnd: number): { start: number; end: number } | null {
  const r = runBefore(p.text, nameStart);
  if (r) {
    const first = p.text.slice(r.start, r.end).split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
    if (TITLE_HEADS.has(first) || RANK_MODIFIERS.has(first)) return r;
  }
  // appositive: "Fadli Afriadi, Kepala Perwakilan ..., mengatakan"
  const after = /^,\s+((?:\p{Lu}[\p{L}\p{N}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’-]*|RI|dan|of|the|for))*)/u.exec(p.text.slice(nameEnd));
  if (after) {
    const first = after[1]!.split(/\s+/)[0]!.toLowerCase();
    if (TITLE_HEADS.has(first) || RANK_MODIFIERS.has(first)) {
      const s = nameEnd + after[0].indexOf(after[1]!);
      return { start: s, end: s + after[1]!.length };
    }
  }
  return null;
}

export function factConflict(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.facts.length === 0) return out;
  for (const f of ctx.facts) {
    if (f.retired) continue;
    // one conflict per fact and story wording: repeats of the same wrong title become related ranges
    const byPrint = new Map<string, Finding>();
    const subject = f.subject.trim();
    if (subject.length < 3) continue;
    const subjRe = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(subject)}(?![\\p{L}\\p{N}])`, 'gu');
    const titleFact = isTitleAttribute(f.attribute);
    ctx.paras.forEach((p, pi) => {
      if (!p.text.includes(subject.split(' ')[0]!)) return;
      subjRe.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = subjRe.exec(p.text))) {
        const nStart = m.index;
        const nEnd = nStart + m[0].length;
        if (titleFact) {
          const t = titleNear(p, nStart, nEnd);
          if (!t) continue;
          const storyTitle = p.text.slice(t.start, t.end);
          const agree = titlesAgree(storyTitle, f.value);
          if (agree.agree) continue;
          const fp = fingerprintOf('fact-conflict', subject, f.attribute, f.value, storyTitle);
          const earlier = byPrint.get(fp);
          if (earlier) {
            earlier.related.push({ paragraph: pi, start: t.start, end: t.end });
            continue;
          }
          const finding: Finding = {
            rule: 'fact-conflict',
            severity: 'warning',
            message: tr(
              ctx.ui,
              `The story calls ${subject} ${ev(storyTitle)}, but the verified facts record ${ev(f.value)}${sourceNote(f, 'en')}.`,
              `Berita menyebut ${subject} ${ev(storyTitle)}, padahal fakta terverifikasi mencatat ${ev(f.value)}${sourceNote(f, 'id')}.`,
            ),
            paragraph: pi,
            start: t.start,
            end: t.end,
            related: [{ paragraph: pi, start: nStart, end: nEnd }],
            fingerprint: fp,
          };
          byPrint.set(fp, finding);
          out.push(finding);
        } else {
          numericConflict(ctx, f, p, pi, nStart, out);
        }
      }
    });
    misspelledSubject(ctx, f, out);
  }
  return out;
}

function numericConflict(ctx: RuleContext, f: Fact, p: ParaX, pi: number, nStart: number, out: Finding[]): void {
  const recorded = parseDigits(f.value.replace(/\s/g, ''), ctx.lang) ?? parseDigits(f.value.replace(/\s/g, ''), ctx.lang === 'id' ? 'en' : 'id');
  if (!recorded) return;
  const si = p.sentences.findIndex((s) => nStart < s.end);
  const s = p.sentences[si];
  if (!s) return;
  const sentence = p.text.slice(s.start, s.end).toLowerCase();
  const attrWords = f.attribute.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !/^\d+$/.test(w));
  const attrAt = attrWords.map((w) => sentence.indexOf(w)).filter((i) => i >= 0);
  if (attrWords.length && attrAt.length === 0) return;
  const unit = (f.unit ?? '').toLowerCase();
  const wantPercent = /^(?:%|persen|percent|per cent)$/.test(unit);
  const nums = p.numbers.filter((n) => n.sentence === si && n.kind !== 'time' && n.kind !== 'year' && (wantPercent ? n.kind === 'percent' : true));
  if (nums.length === 0) return;
  // the figure nearest after the attribute word (or after the subject)
  const anchor = s.start + (attrAt.length ? Math.min(...attrAt) : nStart - s.start);
  const n = nums.filter((x) => x.start >= anchor)[0] ?? nums[nums.length - 1]!;
  const h = 0.5 * Math.pow(10, -n.decimals) * n.scale;
  const recordedValue = recorded.value * (n.scale > 1 && recorded.value < n.value / 100 ? n.scale : 1);
  if (Math.abs(n.value - recordedValue) <= h + 1e-9 * Math.abs(recordedValue)) return;
  out.push({
    rule: 'fact-conflict',
    severity: 'warning',
    message: tr(
      ctx.ui,
      `${ev(n.raw)} for ${f.subject} (${f.attribute}) differs from the verified value ${ev(f.value + (f.unit ? ' ' + f.unit : ''))}${sourceNote(f, 'en')}.`,
      `${ev(n.raw)} untuk ${f.subject} (${f.attribute}) berbeda dari nilai terverifikasi ${ev(f.value + (f.unit ? ' ' + f.unit : ''))}${sourceNote(f, 'id')}.`,
    ),
    paragraph: pi,
    start: n.start,
    end: n.end,
    related: [{ paragraph: pi, start: nStart, end: nStart + f.subject.length }],
    fingerprint: fingerprintOf('fact-conflict', f.subject, f.attribute, f.value, n.raw),
  });
}

/** a recorded multi-word name written with one token misspelled ("Fadli Afriyadi") */
function misspelledSubject(ctx: RuleContext, f: Fact, out: Finding[]): void {
  const toks = f.subject.split(/\s+/).filter(Boolean);
  if (toks.length < 2 || toks.some((t) => !/^\p{Lu}/u.test(t))) return;
  ctx.paras.forEach((p, pi) => {
    const names = p.names;
    for (let i = 0; i + toks.length <= names.length; i++) {
      let diff = -1;
      let ok = true;
      for (let k = 0; k < toks.length; k++) {
        const a = names[i + k]!;
        if (k > 0 && names[i + k - 1]!.next !== a.text) { ok = false; break; }
        if (a.text === toks[k]) continue;
        if (diff >= 0 || toks[k]!.length < 4 || editDistance(a.text.toLowerCase(), toks[k]!.toLowerCase(), 2) > (toks[k]!.length >= 8 ? 2 : 1)) { ok = false; break; }
        diff = k;
      }
      if (!ok || diff < 0) continue;
      const start = names[i]!.start;
      const end = names[i + toks.length - 1]!.end;
      const written = p.text.slice(start, end);
      out.push({
        rule: 'fact-conflict',
        severity: 'warning',
        message: tr(
          ctx.ui,
          `${ev(written)} looks like a misspelling of ${ev(f.subject)}, as recorded in the verified facts.`,
          `${ev(written)} tampaknya salah eja dari ${ev(f.subject)}, sebagaimana tercatat di fakta terverifikasi.`,
        ),
        paragraph: pi,
        start,
        end,
        related: [],
        fix: { label: tr(ctx.ui, `Change to ${f.subject}`, `Ganti menjadi ${f.subject}`), edits: [{ paragraph: pi, start, end, text: f.subject }] },
        fingerprint: fingerprintOf('fact-conflict', f.subject, 'spelling', written),
      });
    }
  });
}
