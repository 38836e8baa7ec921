/**
 * weekday-mismatch: a weekday written next to a date that falls on another day
 * (LanguageTool's date-weekday filter, for Indonesian and English). The finding sits on the
 * weekday, the related range on the date, and the fix writes the computed weekday. Also a Hijri
 * date given as the day of a Gregorian one that it is not (the same two names of one day
 * disagreeing; see locale/hijri.ts).
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { furnitureOfCached } from '../../furniture.js';
import { WEEKDAY_NAMES, weekdayOf, weekdayValue, type DateMention } from '../../locale/dates.js';
import { HIJRI_MONTH_NAMES, hijriMatches, hijriOf } from '../../locale/hijri.js';
import { ev, tr, type RuleContext } from '../context.js';

/**
 * The years a date written without one may mean: with a dateline, its year, or the one before
 * for a month well after the dateline's ("Desember" in a January story) and the one after for a
 * month well before it; without one, the story's years and the years on either side of each (the
 * year the text gives may be the one after the date's, a January story about December, or the one
 * before it, a December story about January)
 */
function readings(ctx: RuleContext, month: number | undefined): number[] {
  if (ctx.storyMonth !== undefined && ctx.storyYear !== undefined && month !== undefined) {
    const y = ctx.storyYear;
    if (month - ctx.storyMonth > 6) return [y, y - 1];
    if (ctx.storyMonth - month > 6) return [y, y + 1];
    return [y];
  }
  return (ctx.storyYears ?? []).flatMap((y) => [y - 1, y, y + 1]);
}

/**
 * Without a dateline the year comes from dates written in the text, and in scraped or pasted copy
 * that may be a caption or a related story of another year ("Jumat (1/12/2023)" in a 2013 flood
 * report). When two or more weekday-dates without a year fit none of the story's years but all fit
 * one other recent year, that year is the story's, not three wrong weekdays.
 */
function storyOfAnotherYear(ctx: RuleContext): boolean {
  if (ctx.storyMonth !== undefined || !ctx.storyYears?.length) return false;
  const yearless = new Map<string, { day: number; month: number; weekday: number }>();
  for (const p of ctx.paras)
    for (const d of p.dates)
      if (d.year === undefined && d.weekday !== undefined && d.day !== undefined && d.month !== undefined) yearless.set(`${d.day}/${d.month}`, { day: d.day, month: d.month, weekday: d.weekday });
  const ds = [...yearless.values()];
  const fits = (y: number) => ds.every((d) => weekdayOf(y, d.month, d.day) === d.weekday);
  if (ds.length < 2 || ds.some((d) => readings(ctx, d.month).some((y) => weekdayOf(y, d.month, d.day) === d.weekday))) return false;
  const newest = Math.max(...ctx.storyYears);
  for (let y = newest - 20; y <= newest + 1; y++) if (fits(y)) return true;
  return false;
}

/**
 * Two weekdays and two days written in order, each pair meant together ("on Sunday and Monday,
 * June 25 and 26"): the weekday next to the date is the second of its pair, the date the first.
 */
function respectivePair(text: string, d: DateMention, year: number, lang: RuleContext['lang']): boolean {
  const before = /(\p{L}+)\.?\s*(?:,|and|dan|&|or|atau)\s*$/u.exec(text.slice(Math.max(0, d.weekdayStart! - 16), d.weekdayStart!));
  const after = /^\s*(?:and|dan|&|or|atau|[-–])\s*(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.slice(d.dateEnd, d.dateEnd + 12));
  if (!before || !after) return false;
  const first = weekdayValue(before[1]!, lang);
  if (first === undefined) return false;
  return weekdayOf(year, d.month!, d.day!) === first && weekdayOf(year, d.month!, Number(after[1])) === d.weekday;
}

/** what may stand between a Hijri date and the Gregorian day it is given as ("H / 27 ...", "H (27 ...", "H bertepatan dengan 27 ...") */
const PAIRED = /^\s*(?:M\b\.?)?\s*(?:[/|,–-]|\(|bertepatan(?:\s+dengan)?|atau|or)?\s*\(?\s*$/iu;

/**
 * A Hijri date written beside the Gregorian day it falls on, that falls on another day ("12
 * Rabiul Awal 1455 H / 27 September 2023 M": that day is 12 Rabiulawal 1445 H). Which of the two
 * is wrong the story does not say, so there is no fix.
 */
function hijriMismatch(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const h of p.hijri) {
      const g = p.dates.find((d) => d.year !== undefined && d.month !== undefined && d.day !== undefined && !d.invalid && ((d.dateStart >= h.end && PAIRED.test(p.text.slice(h.end, d.dateStart))) || (d.dateEnd <= h.start && PAIRED.test(p.text.slice(d.dateEnd, h.start)))));
      if (!g || hijriMatches(h, g.year!, g.month!, g.day!)) continue;
      const x = hijriOf(g.year!, g.month!, g.day!);
      const hText = p.text.slice(h.start, h.end).trim();
      const gText = p.text.slice(g.dateStart, g.dateEnd);
      const fallsOn = `${x.day} ${HIJRI_MONTH_NAMES[x.month - 1]} ${x.year} H`;
      out.push({
        rule: 'weekday-mismatch',
        severity: 'error',
        message: tr(ctx.ui, `${ev(hText)} does not match ${ev(gText)}: that day is ${fallsOn} (Umm al-Qura, give or take two days of sighting).`, `${ev(hText)} tidak cocok dengan ${ev(gText)}: hari itu ${fallsOn} (Umm al-Qura, selisih rukyat sampai dua hari).`),
        paragraph: pi,
        start: h.start,
        end: h.start + hText.length,
        related: [{ paragraph: pi, start: g.dateStart, end: g.dateEnd }],
        fingerprint: fingerprintOf('weekday-mismatch', hText, gText),
      });
    }
  });
  return out;
}

export function weekdayMismatch(ctx: RuleContext): Finding[] {
  const out: Finding[] = hijriMismatch(ctx);
  // asked only when a weekday without a year fits none of the story's years (a re-check on every keystroke)
  let anotherYear: boolean | undefined;
  ctx.paras.forEach((p, pi) => {
    for (const d of p.dates) {
      if (d.weekday === undefined || d.weekdayStart === undefined || d.weekdayEnd === undefined) continue;
      // (an impossible date is date-invalid's: its weekday cannot be checked)
      if (d.day === undefined || d.month === undefined || d.invalid) continue;
      const year = d.year ?? ctx.storyYear;
      if (year === undefined) continue;
      const actual = weekdayOf(year, d.month, d.day);
      if (actual === null || actual === d.weekday) continue;
      // no year written: the story's years (and the year after, for a story written in December
      // about January) are all readings; only a weekday that fits none of them is a mismatch
      if (d.year === undefined && readings(ctx, d.month).some((y) => weekdayOf(y, d.month!, d.day!) === d.weekday)) continue;
      if (d.year === undefined && (anotherYear ??= storyOfAnotherYear(ctx))) continue;
      // a photo's caption gives the day the photo was taken, of a year the caption does not say
      // ("Ellyas Pical berpose ..., Senin (15/7). [Suara.com/...]" under a story of another year)
      if (d.year === undefined && furnitureOfCached(p.text)?.wholeLine) continue;
      if (respectivePair(p.text, d, year, ctx.lang)) continue;
      const dateText = p.text.slice(d.dateStart, d.dateEnd);
      const wdText = d.weekdayText ?? p.text.slice(d.weekdayStart, d.weekdayEnd);
      const right = WEEKDAY_NAMES[ctx.lang][actual]!;
      const rightUi = WEEKDAY_NAMES[ctx.ui][actual]!;
      const iso = `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      out.push({
        rule: 'weekday-mismatch',
        severity: 'error',
        message: tr(
          ctx.ui,
          `${ev(wdText)} does not match the date ${ev(dateText)}: ${iso} is a ${rightUi}${d.year === undefined ? ` (year ${year} taken from the story)` : ''}.`,
          `${ev(wdText)} tidak cocok dengan tanggal ${ev(dateText)}: ${iso} jatuh pada hari ${rightUi}${d.year === undefined ? ` (tahun ${year} diambil dari berita)` : ''}.`,
        ),
        paragraph: pi,
        start: d.weekdayStart,
        end: d.weekdayEnd,
        related: [{ paragraph: pi, start: d.dateStart, end: d.dateEnd }],
        fix: {
          label: tr(ctx.ui, `Change to ${right}`, `Ganti menjadi ${right}`),
          edits: [{ paragraph: pi, start: d.weekdayStart, end: d.weekdayEnd, text: right }],
        },
        fingerprint: fingerprintOf('weekday-mismatch', wdText, dateText),
      });
    }
  });
  return out;
}
