/**
 * arithmetic: stated arithmetic that is wrong.
 * - a percentage change that does not match its before/after figures ("rose 76% to $1.13bn
 *   from $639m", "naik 20 persen dari Rp 100 juta menjadi Rp 150 juta");
 * - parts that do not sum to a stated total ("sebanyak 120 orang, terdiri atas 70 laki-laki dan
 *   40 perempuan");
 * - shares of one whole that add up to more than 100%.
 * Every figure is read as an interval (what it could have been before rounding as written), and
 * only a statement outside every rounding reading is flagged: news rounds, and a checker that
 * nags about "2%" for 1.83% is switched off by the desk.
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import type { NumberX, ParaX } from '../extract.js';
import { ev, tr, type RuleContext } from '../context.js';
import { nounAfter } from './figure-words.js';
import { isKnownWord } from '../../locale/lexicon/index.js';

const UP = /\b(?:rose|rise|rises|risen|rising|jumped|jumps|jump|grew|grown|grows|growing|increased|increase|increases|up|climbed|climbs|soared|soars|surged|surges|gained|gains|boosted|rebounded|naik|meningkat|melonjak|tumbuh|bertambah|melesat|menguat|peningkatan|kenaikan|pertumbuhan|lonjakan)\b/i;
const DOWN = /\b(?:fell|fall|falls|fallen|falling|dropped|drops|drop|declined|declines|decline|down|slumped|slumps|plunged|plunges|lost|cut|shrank|shrunk|slipped|slips|tumbled|sank|decreased|decrease|decreases|dipped|turun|menurun|anjlok|merosot|berkurang|melemah|penurunan|susut|menyusut|terkoreksi)\b/i;
const APPROX = /\b(?:nearly|almost|about|around|roughly|approximately|some|over|more than|less than|under|just over|just under|sekitar|hampir|lebih dari|kurang dari|kurang lebih|nyaris|mendekati)\s*$/i;

function half(n: NumberX): number {
  return 0.5 * Math.pow(10, -n.decimals) * (n.spelled ? 1 : n.scale);
}

/** how far a written figure may be from the value it stands for: none for a whole number in full */
function slack(n: NumberX): number {
  return n.scale === 1 && n.decimals === 0 ? 0 : half(n);
}

function compatible(a: NumberX, b: NumberX): boolean {
  return a.kind === b.kind && (a.currency ?? '') === (b.currency ?? '') && (a.kind === 'number' || a.kind === 'currency');
}

function preceded(text: string, n: NumberX, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, n.start - 24), n.start));
}

function fmt(v: number, ui: 'en' | 'id'): string {
  const r = Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(1);
  return ui === 'id' ? r.replace('.', ',') : r;
}

export function arithmetic(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    // figures grouped by sentence once (a long paragraph has thousands of both)
    const bySentence = new Map<number, NumberX[]>();
    for (const n of p.numbers) {
      if (n.kind === 'time' || n.kind === 'year') continue;
      const l = bySentence.get(n.sentence);
      if (l) l.push(n);
      else bySentence.set(n.sentence, [n]);
    }
    p.sentences.forEach((s, si) => {
      const nums = bySentence.get(si);
      if (!nums || nums.length < 2) return;
      percentChange(ctx, p, pi, s.start, s.end, nums, out);
      absoluteChange(ctx, p, pi, s.start, s.end, nums, out);
      partsAndTotals(ctx, p, pi, s.start, s.end, nums, out);
      subsetsOfTotal(ctx, p, pi, s.start, nums, out);
      splitBySex(ctx, p, pi, nums, out);
    });
  });
  return out;
}

const FROM_EN = /\bfrom\s+(?:about\s+|around\s+|some\s+|an?\s+|the\s+|just\s+)?$/i;
const TO_EN = /\bto\s+(?:about\s+|around\s+|some\s+|a\s+record\s+|an?\s+)?$/i;
const FROM_ID = /\bdari\s+(?:sekitar\s+|semula\s+|sebelumnya\s+|awalnya\s+|yang\s+sebelumnya\s+)?$/i;
const TO_ID = /\b(?:menjadi|jadi|ke|ke\s+angka|ke\s+level|hingga|sampai)\s+(?:sekitar\s+)?$/i;

/** a verb of change right before a change's first end ("the tax rate increasing from", "harga naik dari") */
const OWN_CHANGE_BEFORE_END = /\b(?:increas|decreas|ris|rose|fall|fell|drop|climb|grow|grew|jump|go|went|mov|naik|turun|meningkat|menurun|bertambah|berkurang)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:from|to|dari|menjadi)\s+(?:about\s+|around\s+|sekitar\s+)?$/iu;
/** a figure listed before this one after "to"/"from" ("to 26.0 and 24.7 percent") */
const PAIRED_END = /\b(?:to|from|menjadi|dari)\s+[\d.,]+\s*(?:%|percent|per cent|persen)?\s*(?:,|and|dan)\s*$/iu;
/**
 * two lists of figures paired in order: each change is told by its place in both ("masing-masing"
 * is also "each", one change told of several things, so only the English word says it)
 */
const RESPECTIVELY = /\brespectively\b/iu;

function percentChange(ctx: RuleContext, p: ParaX, pi: number, sStart: number, sEnd: number, nums: NumberX[], out: Finding[]): void {
  const text = p.text;
  const FROM = ctx.lang === 'id' ? FROM_ID : FROM_EN;
  const TO = ctx.lang === 'id' ? TO_ID : TO_EN;
  for (const pct of nums) {
    if (pct.kind !== 'percent') continue;
    // a percentage that is itself a before or after figure ("slowed to 5.4% from 10.2%") states no change
    if (preceded(text, pct, FROM) || preceded(text, pct, TO)) continue;
    // ... and so is one of two ends listed together ("increased to 26.0 and 24.7 percent
    // respectively from 25.0 and 24.2 percent": first and second graders, two changes told at once)
    // (the word read near the figure: a sentence of a pasted table may run for pages)
    if (PAIRED_END.test(text.slice(Math.max(sStart, pct.start - 48), pct.start)) || RESPECTIVELY.test(text.slice(Math.max(sStart, pct.start - 200), Math.min(sEnd, pct.end + 200)))) continue;
    // the verb (or noun) of change before the figure ("rose 76%", "naik 20 persen") or right
    // after it ("a 166% rise", "367 persen, dari ... naik menjadi ...")
    const before = text.slice(Math.max(sStart, pct.start - 48), pct.start) + ' ' + text.slice(pct.end, Math.min(sEnd, pct.end + 80));
    const up = UP.test(before);
    const down = DOWN.test(before);
    if (!up && !down) continue;
    // a percentage that names the thing whose price moves ("karet slab bersih 70 persen juga
    // turun menjadi Rp11.270 dari Rp11.410": a grade of rubber) is no change: its verb follows it
    // straight into the new figure
    const lead = text.slice(Math.max(sStart, pct.start - 48), pct.start);
    if (!UP.test(lead) && !DOWN.test(lead) && /^\s*(?:(?:juga|pun|ikut|sudah|telah|also)\s+)?(?:turun|naik|merosot|melonjak|anjlok|meningkat|menurun|fell|rose|dropped|climbed)\s+(?:menjadi|ke|dari|to|from)\b/iu.test(text.slice(pct.end, pct.end + 40))) continue;
    // the before/after figures: the nearest "from A" and "to B" after the verb, same unit
    // figures of the same clause: "down from $3.8bn, while revenue rose 4.5% to $193bn" is two changes
    const sameClause = (n: NumberX) => !/\b(?:while|whereas|but|and\s+(?:its|the)|sedangkan|sementara|namun|adapun)\b|;/i.test(text.slice(Math.min(n.end, pct.end), Math.max(n.start, pct.start)));
    // ... and an earlier item of a list: figures before the percentage behind a comma and a new
    // item's capitalised name ("IPM dari 71,01 menjadi 71,66 (2023), Pertumbuhan ekonomi
    // tertinggi 13,06 persen") are another measure's
    const earlierItem = (n: NumberX) => n.end <= pct.start && /[,;]\s*\p{Lu}\p{Ll}+/u.test(text.slice(n.end, pct.start));
    const cands = nums.filter((n) => n !== pct && Math.abs(n.start - pct.start) < 120 && sameClause(n) && !earlierItem(n));
    const from = cands.find((n) => (n.kind !== 'percent' || pct.percentPoints) && preceded(text, n, FROM));
    const to = cands.find((n) => n !== from && (n.kind !== 'percent' || pct.percentPoints) && preceded(text, n, TO));
    if (!from || !to) continue;
    // a range over several things, each with its own change ("the proposed average rate increase
    // varies from $110, or 6%, in Orepuki, to $337 or 13%, in Riversdale"): no change from one end to the other
    if (RANGE_BEFORE_FROM.test(text.slice(Math.max(sStart, from.start - 40), from.start))) continue;
    // the two ends governed by a change of their own, told apart from the percentage ("a 2.52%
    // increase in tax liability and ... the tax rate increasing from 11.31 to 11.51"): two measures
    if (Math.min(from.start, to.start) - pct.end > 30 && OWN_CHANGE_BEFORE_END.test(text.slice(Math.max(pct.end, Math.min(from.start, to.start) - 45), Math.min(from.start, to.start)))) continue;
    if (from.kind === 'percent' || to.kind === 'percent') {
      if (!(from.kind === 'percent' && to.kind === 'percent' && pct.percentPoints)) continue;
    } else if (!compatible(from, to) && !(from.kind === 'number' && to.kind === 'currency') && !(from.kind === 'currency' && to.kind === 'number')) continue;
    // the "from" and "to" must belong to this change: no other percent between them and the statement
    const A = from.value;
    const B = to.value;
    if (!(A > 0) || !(B >= 0)) continue;
    // another percentage between this one and its figures belongs to them, not this one
    const lo0 = Math.min(pct.start, from.start, to.start);
    const hi0 = Math.max(pct.end, from.end, to.end);
    if (nums.some((n) => n !== pct && n.kind === 'percent' && n.start > lo0 && n.end < hi0)) continue;
    // a hundredfold change is two different figures read as one
    if (!pct.percentPoints && (B / A > 100 || B / A < 0.01)) continue;
    const hA = half(from);
    const hB = half(to);
    let lo: number;
    let hi: number;
    let expected: number;
    if (pct.percentPoints) {
      expected = B - A;
      lo = B - hB - (A + hA);
      hi = B + hB - (A - hA);
    } else {
      expected = ((B - A) / A) * 100;
      const corners = [
        ((B - hB - (A + hA)) / (A + hA)) * 100,
        ((B + hB - (A - hA)) / Math.max(A - hA, 1e-9)) * 100,
        ((B - hB - (A - hA)) / Math.max(A - hA, 1e-9)) * 100,
        ((B + hB - (A + hA)) / (A + hA)) * 100,
      ];
      lo = Math.min(...corners);
      hi = Math.max(...corners);
    }
    const stated = pct.value;
    const hP = half(pct);
    const approx = APPROX.test(text.slice(Math.max(0, pct.start - 20), pct.start));
    const slack = approx ? Math.max(2, 0.15 * Math.abs(expected)) : Math.max(0.6, 0.03 * Math.abs(expected));
    // magnitude: the stated figure is unsigned, the verb carries the direction
    const dirSign = down && !up ? -1 : up && !down ? 1 : Math.sign(expected) || 1;
    const signed = dirSign * stated;
    const ok = signed + hP >= lo - slack && signed - hP <= hi + slack;
    if (ok) continue;
    const stmt = text.slice(sStart, sEnd);
    const expectedAbs = Math.abs(expected);
    const wrongWay = Math.sign(expected) !== 0 && Math.sign(expected) !== dirSign;
    const unit = pct.percentPoints ? tr(ctx.ui, ' points', ' poin') : '%';
    out.push({
      rule: 'arithmetic',
      severity: 'warning',
      message: wrongWay
        ? tr(
            ctx.ui,
            `${ev(pct.raw)} says ${dirSign > 0 ? 'a rise' : 'a fall'}, but from ${ev(from.raw)} to ${ev(to.raw)} is a ${expected > 0 ? 'rise' : 'fall'} of ${fmt(expectedAbs, ctx.ui)}${unit}.`,
            `${ev(pct.raw)} menyebut ${dirSign > 0 ? 'kenaikan' : 'penurunan'}, padahal dari ${ev(from.raw)} ke ${ev(to.raw)} adalah ${expected > 0 ? 'kenaikan' : 'penurunan'} ${fmt(expectedAbs, ctx.ui)}${unit}.`,
          )
        : tr(
            ctx.ui,
            `${ev(pct.raw)} does not match the figures: from ${ev(from.raw)} to ${ev(to.raw)} is ${fmt(expectedAbs, ctx.ui)}${unit}.`,
            `${ev(pct.raw)} tidak cocok dengan angkanya: dari ${ev(from.raw)} ke ${ev(to.raw)} adalah ${fmt(expectedAbs, ctx.ui)}${unit}.`,
          ),
      ...changeAt(pi, pct, from, to),
      fingerprint: fingerprintOf('arithmetic', pct.raw, from.raw, to.raw, stmt.length > 200 ? stmt.slice(0, 200) : stmt),
    });
  }
}

/** where a change's warning stands (the stated change) and what it points at (its two ends) */
function changeAt(pi: number, change: NumberX, from: NumberX, to: NumberX): Pick<Finding, 'paragraph' | 'start' | 'end' | 'related'> {
  return {
    paragraph: pi,
    start: change.start,
    end: change.end,
    related: [
      { paragraph: pi, start: from.start, end: from.end },
      { paragraph: pi, start: to.start, end: to.end },
    ],
  };
}

/** a change verb right before an amount ("naik Rp 500", "turun sebesar 20", "rose by 300", "up 12") */
const CHANGE_VERB = /\b(?:naik|turun|bertambah|berkurang|meningkat|menurun|rose|fell|increased|decreased|grew|dropped|climbed|declined|up|down)\s+(?:(?:sebesar|sebanyak|senilai|by|some|another|a(?:\s+(?:solid|further|massive|modest|healthy|mere))?)\s+)?$/i;
const CHANGE_DOWN = /\b(?:turun|berkurang|menurun|fell|decreased|dropped|declined|down)\b/i;
/** a range's verb between a change and the figures after it ("selling from ... to", "ranged from", "varies from", "berkisar") */
const RANGE_BETWEEN = /\b(?:sell(?:ing|s)?|sold|rang(?:ed|ing|es?)|var(?:y|ies|ied|ying)|making|made|quoted|fetch(?:ed|ing)?|berkisar|bervariasi|dijual|terjual|dibanderol)\b/i;
/** a range's verb right before its first end ("varies from", "ranging from", "bervariasi dari") */
const RANGE_BEFORE_FROM = /\b(?:var(?:y|ies|ied|ying)|rang(?:e|es|ed|ing)|bervariasi|berkisar)\s+(?:\p{L}+\s+){0,2}(?:from|dari|antara)\s+(?:about\s+|around\s+|sekitar\s+)?$/iu;
/** what a count of times multiplies ("naik 2 kali lipat", "up three-fold"): no difference */
const TIMES_AFTER = /^\s*(?:kali|lipat|times|fold|-fold)\b/i;

/**
 * A change in amount with both ends ("naik Rp 500 dari Rp 10.000 menjadi Rp 11.000", "rose by 300
 * from 1,200 to 1,600"): the difference of the ends must be the change. Only the explicit form,
 * with "dari"/"from" and "menjadi"/"to" before the ends, in the change's clause and unit.
 */
function absoluteChange(ctx: RuleContext, p: ParaX, pi: number, sStart: number, sEnd: number, nums: NumberX[], out: Finding[]): void {
  const text = p.text;
  const FROM = ctx.lang === 'id' ? FROM_ID : FROM_EN;
  const TO = ctx.lang === 'id' ? TO_ID : TO_EN;
  for (const chg of nums) {
    if (chg.kind === 'percent' || chg.spelled || !CHANGE_VERB.test(text.slice(Math.max(sStart, chg.start - 24), chg.start))) continue;
    if (TIMES_AFTER.test(text.slice(chg.end, chg.end + 10))) continue;
    // (what each figure counts; "by 300 from ...": a function word counts nothing)
    const counted = (n: NumberX) => {
      const w = nounAfter(text, n.end);
      return FUNCTION_WORD.test(w) ? '' : w;
    };
    const noun = chg.kind === 'number' ? counted(chg) : '';
    const sameClause = (n: NumberX) => !/\b(?:while|whereas|but|sedangkan|sementara|namun|adapun)\b|;/i.test(text.slice(Math.min(n.end, chg.end), Math.max(n.start, chg.start)));
    const fits = (n: NumberX) => n !== chg && n.kind === chg.kind && (n.currency ?? '') === (chg.currency ?? '') && n.start > chg.end && n.start - chg.end < 100 && sameClause(n) && (chg.kind !== 'number' || noun === '' || counted(n) === '' || counted(n) === noun);
    let from = nums.find((n) => fits(n) && preceded(text, n, FROM));
    let to = nums.find((n) => fits(n) && n !== from && preceded(text, n, TO));
    // the market report's form: the new figure, then the change "on" the old one ("£116.34, up a
    // solid £29.65 on the 2019 average of £86.39", "95p, down 5p on last week's 100p")
    if (!from && !to && ctx.lang === 'en') {
      const before = nums.find((n) => n !== chg && n.end <= chg.start && n.kind === chg.kind && (n.currency ?? '') === (chg.currency ?? '') && /^,?\s+(?:up|down)\s+(?:(?:a\s+)?(?:solid|further|massive|modest|healthy|mere|another)\s+|by\s+)?$/i.test(text.slice(n.end, chg.start)));
      const on = /^\s+on\s+(?:the\s+|last\s+|a\s+)?[^,.;]{0,40}?$/i;
      const after = nums.find((n) => n.start > chg.end && n.kind === chg.kind && (n.currency ?? '') === (chg.currency ?? '') && on.test(text.slice(chg.end, n.start)));
      if (before && after) [from, to] = [after, before];
    }
    // (ends written in two scales, "dari Rp825 per gram ribu menjadi Rp826 ribu", are one written oddly)
    if (!from || !to || from.scale !== to.scale || (to.start < from.start && to.end > chg.start)) continue;
    // "dropped $7 selling from $212 to $244/head", "fell $14 and ranged from $166 to $220": the
    // change against last week, then this week's range of prices, not the change's two ends
    if (RANGE_BETWEEN.test(text.slice(chg.end, Math.min(from.start, to.start))) || /^\s*\/\s*\p{L}/u.test(text.slice(to.end, to.end + 4))) continue;
    const diff = Math.abs(to.value - from.value);
    const tol = half(chg) + half(from) + half(to);
    const down = CHANGE_DOWN.test(text.slice(Math.max(sStart, chg.start - 24), chg.start));
    const wrongWay = to.value !== from.value && (to.value < from.value) !== down;
    if (Math.abs(diff - chg.value) <= tol && !wrongWay) continue;
    out.push({
      rule: 'arithmetic',
      severity: 'warning',
      message: tr(
        ctx.ui,
        `${ev(chg.raw)} does not match the figures: from ${ev(from.raw)} to ${ev(to.raw)} is a ${to.value >= from.value ? 'rise' : 'fall'} of ${diff.toLocaleString('en-US')}.`,
        `${ev(chg.raw)} tidak cocok dengan angkanya: dari ${ev(from.raw)} ke ${ev(to.raw)} adalah ${to.value >= from.value ? 'kenaikan' : 'penurunan'} ${diff.toLocaleString('id-ID')}.`,
      ),
      ...changeAt(pi, chg, from, to),
      fingerprint: fingerprintOf('arithmetic', 'change', chg.raw, from.raw, to.raw),
    });
  }
}

const THRESHOLD_BEFORE = /(?:di\s+atas|di\s+bawah|lebih\s+dari|kurang\s+dari|minimal|maksimal|paling\s+(?:sedikit|banyak|tinggi|rendah)|above|below|over|under|more\s+than|less\s+than|at\s+least|at\s+most|up\s+to)\s*$/iu;
/** a limit word with up to two words (a verb: "minimal mencapai") before the figure */
const LIMIT_BEFORE = /\b(?:minimal|maksimal|minimum|maximum|paling\s+(?:sedikit|banyak)|at\s+least|at\s+most|no\s+more\s+than|tidak\s+lebih\s+dari)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const TOTAL = /(?:\b(?:total(?:nya)?|jumlah(?:nya)?|sebanyak|sejumlah|a total of|in total|altogether|totalling|totaling)\s+(?:of\s+|mencapai\s+|sebanyak\s+|ada\s+)?)$/i;
/** the figure is named as a total by the words right before it, inside its sentence ("a total of 20", "sebanyak 120") */
function namedTotal(text: string, sStart: number, n: NumberX): boolean {
  return TOTAL.test(text.slice(Math.max(sStart, n.start - 24), n.start)) || TOTAL_AFTER.test(text.slice(n.end, n.end + 12));
}
/** ... or right after it: "$149,000 total for the three machines: ..." */
const TOTAL_AFTER = /^\s*(?:in\s+)?total\b/i;
/** a clause of its own between the list and a last figure ("... yang nantinya akan mengikuti", "..., which will compete in") */
const RELATIVE_BEFORE_LAST = /\b(?:yang|which|who|that)\b/iu;
/** words after a figure that count nothing ("11 with serious injuries and 13 with minor ones") */
const FUNCTION_WORD = /^(?:with|of|in|at|on|for|from|to|and|or|were|was|are|is|who|which|each|dan|atau|di|dengan|yang|dari|ke|untuk|pada|per|masing|sebanyak|orang)$/;
const EXTREMES_AFTER = /^\s*(?:[\p{L}]+\s+)?(?:tertinggi|terendah|terbanyak|tersedikit|terbesar|terkecil|paling|the\s+(?:highest|lowest|largest|smallest|most|biggest))\b/iu;
const PARTS = /\b(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|rinciannya|dengan rincian|comprising|consisting of|made up of|of whom|of which|split between|broken down into)\b/i;

/** after "1 tim": what the unit is made of ("1 tim terdiri dari 2 orang", "one team consists of") */
const UNIT_MADE_OF = /^\s*\p{L}+\s+(?:\p{L}+\s+)?(?:terdiri|berisi|beranggotakan|consists?|consisting|made up|comprising|comprises)\b/iu;

/** a unit of measure after a figure: a size, a weight, a length, an area, a volume, a power */
const MEASURE_UNIT = /^(?:gt|dwt|ton|tons|tonnes?|kg|gram|grams|meter|meters|metre|metres|km|cm|mm|ha|hektar|hektare|hectares?|acres?|liter|liters|litre|litres|ml|mw|kw|kwh|watt|volt|inci|inch|inches|feet|ft|pk|cc)$/i;

/** a total in points: a weighted score, never the plain sum of the placings or medals it counts */
const POINTS = /^(?:poin|point|points|pts|skor|nilai)$/i;

// (a unit, not a preposition, before "a": "$55,000 for a Caterpillar" is a price, "two people a team" a rate)
const RATE_AFTER = /^\s*\p{L}+\s+(?:per|setiap|tiap|each)\s+\p{L}|^\s*(?!(?:for|to|of|in|on|at|from|with|by)\s)\p{L}+\s+(?:a|an)\s+\p{L}/iu;
const DAY_LABEL_BEFORE = /(?:tanggal|tgl\.?|pukul|jam)\s*$/iu;

function partsAndTotals(ctx: RuleContext, p: ParaX, pi: number, sStart: number, sEnd: number, nums: NumberX[], out: Finding[]): void {
  const text = p.text;
  const sentence = text.slice(sStart, sEnd);
  // "In total 65 people were treated: 17 ... and 42 ...": a colon after a named total opens its parts
  const pm = PARTS.exec(sentence) ?? (/\b(?:total|jumlah|a total of|in total|altogether)\b/i.test(sentence) ? /:\s/.exec(sentence) : null);
  if (!pm) return;
  const partsAt = sStart + pm.index;
  // a breakdown that names the extremes ("dengan rincian tertinggi pada Januari sebanyak 44 kasus
  // dan ... Agustus hanya 7 kasus", "of which the largest ...") lists no whole
  if (EXTREMES_AFTER.test(text.slice(partsAt + pm[0].length, partsAt + pm[0].length + 40))) return;
  // total before the parts trigger, parts after it
  // the total is named as a total ("total 50", "sebanyak 120 orang"); a count word before a list
  // ("dua lokasi, yakni RT 03 dan ...") counts the items, it is not a sum of the figures in them
  const totalCand = nums.filter((n) => n.end <= partsAt && !n.spelled && namedTotal(text, sStart, n));
  // ... or the figure the list hangs on ("dengan 14 medali, yakni 6 emas, 5 perak dan 3
  // perunggu" after "Dari total 353 medali"): only its noun and a comma stand between them
  // (a measure, not a unit's code: "Kodim 0313 KPR yaitu ...")
  // (its noun may carry a short clause: "Ada 209 orang yang dipulangkan, terdiri dari ...")
  // (a word of the language opening the sentence is no unit's name: "Ada 209 orang ...")
  const opener = (n: NumberX) => {
    const w = /^\s*["“‘']?(\p{L}+)\s*$/u.exec(text.slice(sStart, n.start));
    return w !== null && isKnownWord(w[1]!);
  };
  const introduced = nums.find((n) => n.end <= partsAt && !n.spelled && !n.raw.startsWith('0') && (!/\p{Lu}[\p{L}.]*\s*$/u.test(text.slice(Math.max(sStart, n.start - 16), n.start)) || opener(n)) && /^\s*\p{L}*(?:\s+(?:yang|who|that)(?:\s+[\p{L}-]+){1,2})?\s*,?\s*$/u.test(text.slice(n.end, partsAt)));
  const total = introduced ?? totalCand[totalCand.length - 1];
  // the parts: figures in the list itself, up to the end of the clause
  const listEnd = (() => {
    const rest = text.slice(partsAt + pm[0].length, sEnd);
    // (a list ends where the sentence turns to another subject: "..., kemudian disusul oleh DKI")
    // ... or where a clause about the parts begins: "7 medali emas, 5 perak dan 12 perunggu, yang
    // diraih melalui 6 cabang olahraga dari 19 Cabor")
    const stop = /[;:]|\s[-–—]\s|\b(?:sedangkan|sementara|kemudian|disusul|while|whereas|followed by)\b|,\s*(?:yang|which|who)\b/i.exec(rest);
    return stop ? partsAt + pm[0].length + stop.index : sEnd;
  })();
  // (a part standing in the list's place, after a comma or "dan", is one even spelled out: "14
  // anak laki-laki, dan tujuh anak perempuan")
  const listed = (n: NumberX) => n.start - (partsAt + pm[0].length) <= 2 || /(?:,|\b(?:dan|and|serta|atau|or))\s*$/iu.test(text.slice(Math.max(sStart, n.start - 8), n.start));
  // (beside figures written as figures only: a list of words alone, "tiga emas, dua perak, dan lima
  // perunggu, serta di urutan tiga ...", runs on where no reader would add)
  const inList = nums.filter((n) => n.start >= partsAt + pm[0].length && n.end <= listEnd);
  const partsAll = inList.some((n) => !n.spelled) ? inList.filter((n) => !n.spelled || (listed(n) && n.value >= 2 && n.value <= 20)) : [];
  if (!total) {
    // shares of one whole: percentages after the trigger
    // (a threshold is no share: "tingkat kepercayaan di atas 50 persen ... di atas 70 persen")
    const percents = partsAll.filter((n) => n.kind === 'percent' && !n.percentPoints);
    // a list in which any figure is a limit ("derajat sosoh minimal mencapai 100%, kadar air 14%,
    // butir patah maksimal 25%") is a specification, each figure a measure of its own: no whole
    if (percents.some((n) => LIMIT_BEFORE.test(text.slice(Math.max(0, n.start - 36), n.start)))) return;
    const shares = percents.filter((n) => !THRESHOLD_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)));
    // shares of one whole are listed side by side; "84,9%, naik dari 69,2%" compares two times
    const compared = shares.length >= 2 && /\b(?:dari|from|naik|turun|rose|fell|up|down|than|dibanding|menjadi)\b/i.test(text.slice(shares[0]!.end, shares.at(-1)!.start));
    if (shares.length >= 2 && !compared) {
      const sum = shares.reduce((a, n) => a + n.value, 0);
      const tol = shares.reduce((a, n) => a + half(n), 0) + 0.5;
      // a slip in one share overshoots a little; far beyond a whole (205%, 500%) the figures are
      // answers of a survey where many could be chosen, or alternatives each summing to 100
      if (sum - tol > 100 && sum <= 130) {
        out.push({
          rule: 'arithmetic',
          severity: 'warning',
          message: tr(ctx.ui, `These shares add up to ${fmt(sum, 'en')}%, more than 100%.`, `Bagian-bagian ini berjumlah ${fmt(sum, 'id')}%, lebih dari 100%.`),
          paragraph: pi,
          start: shares[0]!.start,
          end: shares[shares.length - 1]!.end,
          related: shares.map((n) => ({ paragraph: pi, start: n.start, end: n.end })),
          fingerprint: fingerprintOf('arithmetic', 'shares', ...shares.map((n) => n.raw)),
        });
      }
    }
    return;
  }
  // (a figure right after another part and its noun is that part's size, not a part: "3 rumah
  // tunggal dan 1 bangsalan 2 pintu", a row house of two doors)
  // (nor is a rate, "dua orang per tim", or a day of the month, "tanggal 18 hingga 20 Agustus")
  let parts = partsAll.filter(
    (n, i) =>
      n.kind === total.kind &&
      (n.currency ?? '') === (total.currency ?? '') &&
      !(i > 0 && /^\s*\p{L}+\s*$/u.test(text.slice(partsAll[i - 1]!.end, n.start)) && !/^\s*(?:and|or|plus|dan|atau|serta)\s*$/iu.test(text.slice(partsAll[i - 1]!.end, n.start))) &&
      !RATE_AFTER.test(text.slice(n.end, n.end + 30)) &&
      !DAY_LABEL_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)),
  );
  // parts counted in the total's noun ("556 penerbangan ... 224 penerbangan di Terminal 2, lalu 319
  // penerbangan di Terminal 3"): the figures that name a terminal, a gate or a phase are no parts
  const noun = nounAfter(text, total.end);
  if (noun) {
    // one of the total's own units in the list describes what each is made of: "14 tim, dengan
    // rincian 1 tim terdiri dari 2 orang pendayung, dan 1 official" (a team of three, not 14 = 4)
    if (partsAll.some((n) => n.value === 1 && nounAfter(text, n.end) === noun && UNIT_MADE_OF.test(text.slice(n.end, n.end + 40)))) return;
    // (the list's last part may drop the noun before its full stop: "111.434 jiwa, Maluku Tengah
    // 108.000 jiwa dan Kota Ambon 27.805." is three parts)
    const named = parts.filter((n) => nounAfter(text, n.end) === noun);
    const counted = named.length > 0 ? parts.filter((n) => named.includes(n) || /^[.;]/.test(text.slice(n.end, n.end + 1))) : named;
    // a second figure beside each counted one that adds up to the total is what the total counts
    // ("Dari 32 anggota ..., Fraksi Golkar 7 anggota hadir 5, Gerindra 7 anggota hadir 6, ...":
    // the members present, not the seats)
    const besides = partsAll.filter((n) => !counted.includes(n) && n.kind === total.kind);
    if (counted.length >= 2 && besides.length >= counted.length - 1 && Math.abs(besides.reduce((a, n) => a + n.value, 0) - total.value) <= slack(total) + 1e-9) return;
    if (counted.length >= 2) parts = counted;
    // points counted from placings named before their figures ("109 poin terdiri dari juara satu
    // 17, juara dua 6 dan juara ketiga 6"): points weigh what they count, the parts are no sum
    else if (counted.length === 0 && POINTS.test(noun)) return;
    // parts counted in another noun measure something else: "680 point, terdiri dari 97 medali
    // emas, 90 medali perak dan 112 medali perunggu" (points are weighted medals); and where only
    // some figures carry that noun, the others are labels and sizes of the parts ("1.044 mahasiswa
    // ... 919 wisudawan Strata-1 dari 16 program studi, 82 Wisudawan Strata-2 ..."), which no sum
    // of all the figures can read
    else if (counted.length === 0 && parts.length >= 2) {
      const nouns = parts.map((n) => nounAfter(text, n.end));
      // (not when every figure stands in the list's place: "155 laki-laki dewasa, 34 perempuan
      // dewasa, 14 anak laki-laki, dan tujuh anak perempuan" counts people, "anak" twice)
      if (nouns.some((other) => other !== '' && !FUNCTION_WORD.test(other) && nouns.filter((x) => x === other).length >= 2) && !partsAll.every(listed)) return;
    }
  }
  // parts that all carry one unit of measure the total is not counted in are sizes of its items
  // ("42 unit kapal ... yakni 3 GT, 5 GT, dan 10 GT": boats of three sizes, not 18 boats)
  const partNouns = parts.map((n) => nounAfter(text, n.end));
  if (parts.length >= 2 && partNouns.every((x) => x === partNouns[0]) && MEASURE_UNIT.test(partNouns[0] ?? '') && partNouns[0] !== noun) return;
  if (parts.length < 2 || parts.length > 8) return;
  if (total.kind === 'percent') return;
  // a part larger than the total measures something else (a price in a list of counts)
  if (parts.some((n) => n.value > total.value + half(total))) return;
  // parts of a count are counted in the total's unit: "50 orang, terdiri atas 20 pria ..."
  if (total.kind === 'number' && total.scale === 1 && parts.some((n) => n.decimals > 0)) return;
  // a part glued to its label between the parts ("Matematika 70 peserta, Fisika60 peserta, Kimia
  // 63 peserta"): a figure the extraction does not read as one, which the sum would miss
  const span = text.slice(Math.min(...parts.map((n) => n.start)), Math.max(...parts.map((n) => n.end)));
  if (/\p{L}(?<!Rp)(?<!RP)\d/u.test(span)) return;
  const sum = parts.reduce((a, n) => a + n.value, 0);
  // (a whole number written in full is exact: "14 tim" of "6 tim putra dan 7 tim putri" is one
  // short, where "1,5 juta" may stand for anything from 1,45 to 1,55 million)
  const tol = parts.reduce((a, n) => a + slack(n), 0) + slack(total);
  if (Math.abs(sum - total.value) <= tol + 1e-9) return;
  // "165 ribu lebih peserta" / "more than 165,000": a floor, met by 165,831
  const floor = /^\s*(?:lebih|lebih dari itu|more|plus|\+)\b/i.test(text.slice(total.end, total.end + 12)) || /(?:lebih dari|lebih|more than|over|at least|sedikitnya|setidaknya|minimal)\s*$/i.test(text.slice(Math.max(0, total.start - 16), total.start));
  if (floor && sum >= total.value && sum <= total.value * 1.1) return;
  // "sekitar 165 ribu", "about 165,000": rounded to its last written digit
  const about = /(?:sekitar|kurang lebih|hampir|nyaris|about|around|nearly|almost|some)\s*$/i.test(text.slice(Math.max(0, total.start - 16), total.start));
  if (about && Math.abs(sum - total.value) <= Math.max(tol, 0.05 * total.value)) return;
  // the parts add up to another figure of the sentence, nearer the list: that figure is their whole
  // ("1.010 Kepala Keluarga terdampak dengan kerugian ... 717 unit rumah tergenang dengan rincian
  // 315 unit ... dan 402 unit"), the figure read as the total counts something else
  if (nums.some((n) => n !== total && !parts.includes(n) && n.end <= partsAt && n.kind === total.kind && Math.abs(n.value - sum) <= tol + 1e-9)) return;
  // ... and the list ends before its last figure, which a clause of its own tells ("43 peserta ...
  // terdiri dari 21 putra dan 22 putri yang nantinya akan mengikuti 13 cabang lomba"): the parts
  // before it are the whole
  const last = parts[parts.length - 1]!;
  if (parts.length >= 3 && RELATIVE_BEFORE_LAST.test(text.slice(parts[parts.length - 2]!.end, last.start)) && Math.abs(sum - last.value - total.value) <= tol + 1e-9) return;
  // parts that exceed the total are surely wrong; fewer may be "including" style lists: flag only when
  // the sentence uses an exhaustive trigger (all triggers above are) and sum differs
  reportTotal(ctx, pi, total, parts, sum, out);
}

function reportTotal(ctx: RuleContext, pi: number, total: NumberX, parts: readonly NumberX[], sum: number, out: Finding[]): void {
  out.push({
    rule: 'arithmetic',
    severity: 'warning',
    message: tr(
      ctx.ui,
      `The parts (${parts.map((n) => n.raw.trim()).join(' + ')}) add up to ${sum.toLocaleString('en-US')}, not ${ev(total.raw)}.`,
      `Rinciannya (${parts.map((n) => n.raw.trim()).join(' + ')}) berjumlah ${sum.toLocaleString('id-ID')}, bukan ${ev(total.raw)}.`,
    ),
    paragraph: pi,
    start: total.start,
    end: total.end,
    related: parts.map((n) => ({ paragraph: pi, start: n.start, end: n.end })),
    fingerprint: fingerprintOf('arithmetic', 'total', total.raw, ...parts.map((n) => n.raw)),
  });
}

const MEN = String.raw`(?:laki-laki|pria|putra|men|males?|boys)`;
const WOMEN = String.raw`(?:perempuan|wanita|putri|women|females?|girls)`;
/** "<total noun> [atau 238 KK], laki-laki 491 jiwa dan perempuan 468 jiwa" / "..., 491 men and 468 women" */
const BY_SEX = new RegExp(
  String.raw`^\s*(?:atau\s+[\d.,]+\s+\p{L}+\s*)?[,;:]?\s*(?:(?:yang\s+)?terdiri\s+(?:atas|dari)|yakni|yaitu|dengan rincian|comprising|including)?\s*(?:${MEN}\s+(?<m1>[\d.,]+)|(?<m2>[\d.,]+)\s+${MEN})\s*(?:\p{L}+)?\s*,?\s*(?:dan|and|serta)\s+(?:${WOMEN}\s+(?<w1>[\d.,]+)|(?<w2>[\d.,]+)\s+${WOMEN})`,
  'iu',
);
const SEX_WORD = new RegExp(`^(?:${MEN}|${WOMEN})$`, 'i');

/**
 * A head count split by sex right after it ("penduduk 958 jiwa atau 238 KK, laki-laki 491 jiwa,
 * dan perempuan 468 jiwa": 959): men and women are the whole, so the two must make the total.
 * Only right after the total, counted in its noun: "dari 958 jiwa, yang terdampak laki-laki ..."
 * counts some of them.
 */
function splitBySex(ctx: RuleContext, p: ParaX, pi: number, nums: NumberX[], out: Finding[]): void {
  const text = p.text;
  for (const total of nums) {
    if (total.kind !== 'number' || total.decimals > 0 || total.spelled) continue;
    const noun = nounAfter(text, total.end);
    if (!noun || FUNCTION_WORD.test(noun)) continue;
    const after = total.end + /^\s*\p{L}+/u.exec(text.slice(total.end))![0].length;
    const m = BY_SEX.exec(text.slice(after, after + 160));
    if (!m) continue;
    const at = (raw: string | undefined) => (raw === undefined ? undefined : nums.find((n) => n.start > after && n.raw === raw && text.slice(after, n.start).length <= 160));
    const men = at(m.groups!.m1 ?? m.groups!.m2);
    const women = at(m.groups!.w1 ?? m.groups!.w2);
    if (!men || !women || men === women || men.kind !== 'number' || women.kind !== 'number' || men.scale !== total.scale || women.scale !== total.scale) continue;
    // each counted in the total's noun where it names one ("491 jiwa")
    for (const part of [men, women]) {
      const own = nounAfter(text, part.end);
      if (own && !FUNCTION_WORD.test(own) && !SEX_WORD.test(own) && own !== noun) return;
    }
    const sum = men.value + women.value;
    if (sum !== total.value) reportTotal(ctx, pi, total, [men, women], sum, out);
    return;
  }
}

/** after the first part of a total split into subsets: "eight of them", "delapan di antaranya" */
const FIRST_SUBSET = /^\s*(?:of them|of those|di\s?antaranya)\b/i;
/** before its last part: "and the other four", "dan sisanya empat" */
const LAST_SUBSET = /\b(?:the other|the remaining|the rest|sisanya|selebihnya)\s*$/i;
/** ... or after it: "sementara 4 pasang lainnya", "and 4 others" */
const OTHERS_AFTER = /^\s*(?:\p{L}+\s+)?(?:lainnya|others)(?![\p{L}])/iu;
/** a sentence opening on the whole it splits: "Of the 20 ...", "Dari 8 ...", "Dari ke 8 ..." */
const OF_THE_WHOLE = /^(?:of the|out of(?: the)?|dari(?:\s+ke)?|dari total)\s+$/i;

/**
 * A total split into subsets counted "N of them", whose last part is "the other N" ("A total of
 * 20 districts were affected, eight of them in the Southern Region, four in the Central Region and
 * the other four up in the Northern Region": 16). Only with that last part: it says the list is
 * whole, where "20 people were hurt, eight of them seriously" names one subset. Counts in words
 * are read here (they are exact), which the list triggers above leave out.
 */
function subsetsOfTotal(ctx: RuleContext, p: ParaX, pi: number, sStart: number, nums: NumberX[], out: Finding[]): void {
  const text = p.text;
  // (or the whole the sentence opens on: "Of the 20 districts, ...", "Dari (ke) 8 pasang yang ...")
  const total = nums.find((n) => n.kind === 'number' && (namedTotal(text, sStart, n) || OF_THE_WHOLE.test(text.slice(sStart, n.start))));
  if (!total || total.decimals > 0) return;
  const parts = nums.filter((n) => n.start > total.end);
  if (parts.length < 2 || parts.some((n) => n.kind !== 'number' || n.decimals > 0 || n.scale !== total.scale || n.value >= total.value)) return;
  if (!FIRST_SUBSET.test(text.slice(parts[0]!.end)) || !(LAST_SUBSET.test(text.slice(parts.at(-2)!.end, parts.at(-1)!.start)) || OTHERS_AFTER.test(text.slice(parts.at(-1)!.end, parts.at(-1)!.end + 40)))) return;
  const sum = parts.reduce((a, n) => a + n.value, 0);
  if (sum !== total.value) reportTotal(ctx, pi, total, parts, sum, out);
}
