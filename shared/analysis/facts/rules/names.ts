/**
 * name-variant: one person or organisation spelled two ways in a story ("Benyamin Davnie" /
 * "Benyamin Davni", "Afriadi"/"Afriyadi", "TimeWarner"/"Time Warner").
 *
 * Capitalised tokens are compared by edit distance (one edit: substitution, insertion,
 * deletion or swap of neighbours), found through a deletion index so a long story costs
 * linear time, not pairs. Not a variant: a short form ("Benyamin" for "Benyamin Davnie":
 * different tokens are never compared as wholes), inflections ("Indonesia"/"Indonesian",
 * "Blair"/"Blair's"), acronyms, months and weekdays, and any token the story also uses as an
 * ordinary lowercase word ("Kata" at a sentence start vs "Kota"). Short tokens (under six
 * letters) also need a shared neighbour ("Benyamin Davni" next to "Benyamin Davnie"), because
 * "Iran"/"Iraq" are two countries.
 */
import type { Finding, RelatedRange } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { EN_MONTHS, EN_WEEKDAYS, ID_MONTHS, ID_WEEKDAYS } from '../../locale/dates.js';
import { editDistance } from '../../locale/names.js';
import { ev, tr, type RuleContext } from '../context.js';
import { hasLowercaseWord } from '../extract.js';

interface Occ {
  p: number;
  start: number;
  end: number;
}
interface Entry {
  text: string;
  occ: Occ[];
  neighbours: Set<string>;
  prevs: Set<string>;
  /** seen somewhere other than the first word of a sentence */
  midSentence: boolean;
}

const STOP = new Set<string>([
  ...Object.keys(ID_MONTHS), ...Object.keys(EN_MONTHS), ...Object.keys(ID_WEEKDAYS), ...Object.keys(EN_WEEKDAYS),
  'kota', 'kata', 'wali', 'wakil', 'kepala', 'dinas', 'badan', 'kantor', 'this', 'that', 'there', 'their', 'these', 'those',
  'then', 'them', 'they', 'when', 'what', 'where', 'while', 'which', 'with', 'will', 'would', 'could', 'should',
]);
const SUFFIXES = ['s', 'es', 'n', 'an', 'ian', 'ese', 'i', 'er', 'ers', 'nya', 'ns', 'ish', 'ic', 'y'];

function isInflection(a0: string, b0: string): boolean {
  // possessives first: "Ebber's"/"Ebbers", "India's"/"Indians"
  const a = a0.replace(/['’]s$/, '');
  const b = b0.replace(/['’]s$/, '');
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  // demonyms that swap a final vowel: "Argentina"/"Argentine", "Korea"/"Koreo" (never a typo test)
  if (s.length === l.length && s.slice(0, -1) === l.slice(0, -1) && /[aeiou]/.test(s.at(-1)!) && /[aeiou]/.test(l.at(-1)!) && s.length >= 6) return true;
  if (!l.startsWith(s.slice(0, -1))) return false;
  for (const suf of SUFFIXES) {
    // a doubled last letter is a typo, not an ending ("Myerss", "Kabupatenn")
    if (suf[0] === s.at(-1)) continue;
    // "-n" makes demonyms of vowel-final names only ("Indonesia"/"Indonesian")
    if (suf === 'n' && !/[aeiou]$/.test(s)) continue;
    if (l === s + suf) return true;
    // "Russia"/"Russian", "Kenya"/"Kenyan", "Italy"/"Italian"
    if (s.endsWith('y') && l === s.slice(0, -1) + suf) return true;
    if (s.endsWith('a') && l === s + suf) return true;
  }
  return false;
}

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

export function nameVariant(ctx: RuleContext): Finding[] {
  const entries = new Map<string, Entry>();
  const lowerAnywhere = (w: string): boolean => ctx.paras.some((p) => hasLowercaseWord(p.text, w));
  ctx.paras.forEach((p, pi) => {
    for (const t of p.names) {
      const w = t.text;
      if (w.length < 4 || !/^[\p{L}'’-]+$/u.test(w)) continue;
      if (w === w.toUpperCase()) continue; // acronym
      if (STOP.has(w.toLowerCase())) continue;
      let e = entries.get(w);
      if (!e) entries.set(w, (e = { text: w, occ: [], neighbours: new Set(), prevs: new Set(), midSentence: false }));
      e.occ.push({ p: pi, start: t.start, end: t.end });
      if (t.prev) {
        e.neighbours.add(t.prev);
        e.prevs.add(t.prev);
      }
      if (t.next) e.neighbours.add(t.next);
      if (!t.sentenceStart) e.midSentence = true;
    }
  });
  // deletion index: two tokens within one edit share a key
  const index = new Map<string, string[]>();
  for (const w of entries.keys()) {
    const lw = w.toLowerCase();
    for (const d of new Set(deletions(lw))) {
      const l = index.get(d);
      if (l) l.push(w);
      else index.set(d, [w]);
    }
  }
  const pairs = new Set<string>();
  const out: Finding[] = [];
  const consider = (a: Entry, b: Entry): void => {
    const key = a.text < b.text ? `${a.text}\u0000${b.text}` : `${b.text}\u0000${a.text}`;
    if (pairs.has(key)) return;
    pairs.add(key);
    const la = a.text.toLowerCase();
    const lb = b.text.toLowerCase();
    if (la === lb) return; // case only ("McDonald"/"Mcdonald" is rare; "DAVNIE" is shouting)
    if (editDistance(la, lb, 1) > 1) return;
    if (isInflection(la, lb)) return;
    if (!a.midSentence || !b.midSentence) {
      // a capitalised sentence start may be an ordinary word
      if (lowerAnywhere(la) || lowerAnywhere(lb)) return;
    }
    if (lowerAnywhere(la) || lowerAnywhere(lb)) return;
    const minLen = Math.min(la.length, lb.length);
    // a shared first name ("Benyamin Davni"/"Benyamin Davnie") is the strongest sign of one person
    const sharesPrev = a.prevs.size > 0 && [...a.prevs].some((n) => b.prevs.has(n));
    const sharesNeighbour = sharesPrev || [...a.neighbours].some((n) => b.neighbours.has(n));
    // five letters: only a single odd spelling against a repeated one ("Iwita" once, "Iwata" twice)
    if (minLen < 5 && !sharesNeighbour) return;
    if (minLen === 5 && !sharesNeighbour && !(Math.min(a.occ.length, b.occ.length) === 1 && Math.max(a.occ.length, b.occ.length) >= 2)) return;
    const diffAt = firstDiff(la, lb);
    // a different start is a different word more often than a typo ("Kapolres"/"Mapolres")
    if (diffAt <= 1) return;
    // Indonesian spelling of a loan word next to the English one ("Nasional"/"National")
    if (transliteration(la, lb, diffAt)) return;
    if (abbreviationFamily(la, lb, diffAt)) return;
    if (!sharesPrev) {
      // both spellings used repeatedly: two different names ("Kemenkes"/"Kemenkeu")
      if (a.occ.length >= 2 && b.occ.length >= 2) return;
      // one letter more at the end is usually another word ("Bandar"/"Bandara", "Sentra"/"Sentral"),
      // unless it doubles the last letter ("Jowelll", "Myerss")
      const longer = la.length > lb.length ? la : lb;
      if (diffAt >= minLen && longer.at(-1) !== longer.at(-2)) return;
    }
    report(a, b);
  };
  const report = (a: Entry, b: Entry): void => {
    // the rarer spelling is the suspect; on a tie, the one written later
    let odd = a;
    let ref = b;
    if (a.occ.length > b.occ.length || (a.occ.length === b.occ.length && firstPos(a) < firstPos(b))) {
      odd = b;
      ref = a;
    }
    const related: RelatedRange[] = ref.occ.slice(0, 5).map((o) => ({ paragraph: o.p, start: o.start, end: o.end }));
    for (const o of odd.occ) {
      out.push({
        rule: 'name-variant',
        severity: 'warning',
        message: tr(
          ctx.ui,
          `${ev(odd.text)} is spelled ${ev(ref.text)} elsewhere in the story (${ref.occ.length}×): one of them is probably a typo.`,
          `${ev(odd.text)} ditulis ${ev(ref.text)} di bagian lain berita (${ref.occ.length}×): salah satunya kemungkinan salah ketik.`,
        ),
        paragraph: o.p,
        start: o.start,
        end: o.end,
        related,
        fix: { label: tr(ctx.ui, `Change to ${ref.text}`, `Ganti menjadi ${ref.text}`), edits: [{ paragraph: o.p, start: o.start, end: o.end, text: ref.text }] },
        fingerprint: fingerprintOf('name-variant', odd.text, ref.text),
      });
    }
  };
  for (const list of index.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) consider(entries.get(list[i]!)!, entries.get(list[j]!)!);
  }
  // joined/split variants: "TimeWarner" vs "Time Warner"
  const joined = new Map<string, Occ[]>();
  ctx.paras.forEach((p, pi) => {
    for (let k = 0; k + 1 < p.names.length; k++) {
      const t = p.names[k]!;
      const nextTok = p.names[k + 1]!;
      if (!t.next || nextTok.text !== t.next) continue;
      const j = t.text + t.next;
      let l = joined.get(j);
      if (!l) joined.set(j, (l = []));
      l.push({ p: pi, start: t.start, end: nextTok.end });
    }
  });
  for (const [j, occ] of joined) {
    const e = entries.get(j);
    if (!e || j.length < 6) continue;
    const split = `${ctx.paras[occ[0]!.p]!.text.slice(occ[0]!.start, occ[0]!.end)}`;
    const spaced: Entry = { text: split, occ, neighbours: new Set(), prevs: new Set(), midSentence: true };
    report(e, spaced);
  }
  return out;
}

function firstDiff(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const TRANSLIT = new Set(['ck', 'kc', 'iy', 'yi', 'kq', 'qk', 'fp', 'pf', 'fv', 'vf', 'st', 'ts', 'ks', 'sk']);
function transliteration(a: string, b: string, at: number): boolean {
  return a.length === b.length && a.slice(at + 1) === b.slice(at + 1) && TRANSLIT.has(a[at]! + b[at]!);
}

/**
 * Indonesian office abbreviations that differ in one letter by design: Dir(ektur)/Dit(ektorat),
 * Sek(retaris)/Set(retariat), Ka(pala)/Ma(rkas)/Ke(jaksaan), Kemen-kes/-keu (ministries), and
 * province short forms (Sumsel/Sulsel, Kalbar/Kaltim, Jabar/Jatim).
 */
const REGION = /^(?:su(?:m|l)(?:sel|ut|bar|teng|tra|tengg)|kal(?:bar|teng|sel|tim|ut|tara)|ja(?:bar|tim|teng)|sul(?:tra|teng|bar)|jogja|babel|kepri|ntb|ntt)$/;
function abbreviationFamily(a: string, b: string, at: number): boolean {
  if (REGION.test(a) && REGION.test(b)) return true;
  if (a.startsWith('kemen') && b.startsWith('kemen')) return true;
  const pair = [a.slice(0, at + 1), b.slice(0, at + 1)].sort().join('/');
  if (/^kej(?:ari|ati)$/.test(a) && /^kej(?:ari|ati)$/.test(b)) return true;
  return pair === 'dir/dit' || pair === 'sek/set' || /^(?:k|m|w)(?:a|e)\/(?:k|m|w)(?:a|e)$/.test(pair);
}

function firstPos(e: Entry): number {
  const o = e.occ[0]!;
  return o.p * 1e7 + o.start;
}
