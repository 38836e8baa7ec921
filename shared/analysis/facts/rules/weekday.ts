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
import { MONTH_NAMES, WEEKDAY_NAMES, weekdayOf, weekdayValue, type DateMention } from '../../locale/dates.js';
import { HIJRI_MONTH_NAMES, hijriMatches, hijriOf } from '../../locale/hijri.js';
import { ev, tr, type RuleContext } from '../context.js';

/**
 * The years a date written without one may mean: with a dateline, its year, or the one before
 * for a month well after the dateline's ("Desember" in a January story) and the one after for a
 * month well before it, or four months and more before it when the sentence looks ahead (an
 * October notice: "the likely date for the event will be Saturday 11th June", next year's
 * village day); without one, the story's years and the years on either side of each (the year
 * the text gives may be the one after the date's, a January story about December, or the one
 * before it, a December story about January)
 */
function readings(ctx: RuleContext, month: number | undefined, ahead = false): number[] {
  if (ctx.storyMonth !== undefined && ctx.storyYear !== undefined && month !== undefined) {
    const y = ctx.storyYear;
    if (month - ctx.storyMonth > 6) return [y, y - 1];
    if (ctx.storyMonth - month > (ahead ? 3 : 6)) return [y, y + 1];
    return [y];
  }
  return (ctx.storyYears ?? []).flatMap((y) => [y - 1, y, y + 1]);
}

/** a day told as past: "Kamis (8/7) lalu", "Senin (3/2) kemarin", "last Thursday (July 8)" */
const PAST_AFTER_DATE = /^\)?\s*(?:lalu|kemarin|silam)(?![\p{L}])/iu;
const PAST_BEFORE_WEEKDAY = /\blast\s+$/iu;

/** days from the dateline to the date read in the dateline's year (negative before it; NaN without a dateline) */
function afterDateline(ctx: RuleContext, d: { month?: number; day?: number }): number {
  if (ctx.storyYear === undefined || ctx.storyMonth === undefined || ctx.storyDay === undefined) return NaN;
  return (Date.UTC(ctx.storyYear, d.month! - 1, d.day!) - Date.UTC(ctx.storyYear, ctx.storyMonth - 1, ctx.storyDay)) / 86_400_000;
}

/** the date, without a year, is told as past and falls more than a week after the dateline in the dateline's year */
function toldPastAfterDateline(ctx: RuleContext, text: string, d: { month?: number; day?: number; dateEnd: number; weekdayStart?: number }): boolean {
  if (!(afterDateline(ctx, d) > 7)) return false;
  return PAST_AFTER_DATE.test(text.slice(d.dateEnd, d.dateEnd + 12)) || (d.weekdayStart !== undefined && PAST_BEFORE_WEEKDAY.test(text.slice(Math.max(0, d.weekdayStart - 8), d.weekdayStart)));
}

/** words of a sentence that speaks of what is to come */
const LOOKS_AHEAD = /\b(?:will|would|shall|next|upcoming|scheduled|planned|plans?|expected|set to|going to|akan|mendatang|direncanakan|rencananya|dijadwalkan|nanti)\b/iu;
/** the sentence up to a point: from the last full stop before it (the whole line if none) */
const sentenceBefore = (text: string, at: number): string => text.slice(Math.max(0, text.lastIndexOf('. ', at) + 1), at);

/**
 * Without a dateline the year comes from dates written in the text, and in scraped or pasted copy
 * that may be a caption or a related story of another year ("Jumat (1/12/2023)" in a 2013 flood
 * report). When two or more weekday-dates without a year fit none of the story's years but all
 * fit one other recent year, or all but one (the one slip of the story: "Minggu (16/9)" beside
 * "Senin (16/9)", "Selasa (17/9)" and "Minggu (15/9)" of 2019, under a teaser of 2026), that year
 * is the story's, and only a date that does not fit it is a mismatch.
 */
function storyOfAnotherYear(ctx: RuleContext): number | null {
  if (ctx.storyMonth !== undefined || !ctx.storyYears?.length) return null;
  const yearless = new Map<string, { day: number; month: number; weekday: number }>();
  for (const p of ctx.paras)
    for (const d of p.dates)
      if (d.year === undefined && d.weekday !== undefined && d.day !== undefined && d.month !== undefined) yearless.set(`${d.day}/${d.month}/${d.weekday}`, { day: d.day, month: d.month, weekday: d.weekday });
  const ds = [...yearless.values()];
  if (ds.length < 2 || ds.some((d) => readings(ctx, d.month).some((y) => weekdayOf(y, d.month, d.day) === d.weekday))) return null;
  const newest = Math.max(...ctx.storyYears);
  let best: number | null = null;
  let bestFits = 0;
  for (let y = newest; y >= newest - 20; y--) {
    const fits = ds.filter((d) => weekdayOf(y, d.month, d.day) === d.weekday).length;
    if (fits > bestFits) [best, bestFits] = [y, fits];
  }
  if (weekdayFits(newest + 1, ds) > bestFits) [best, bestFits] = [newest + 1, weekdayFits(newest + 1, ds)];
  return bestFits >= 2 && bestFits >= ds.length - 1 ? best : null;
}
const weekdayFits = (y: number, ds: Array<{ day: number; month: number; weekday: number }>) => ds.filter((d) => weekdayOf(y, d.month, d.day) === d.weekday).length;

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

/**
 * A line that is a weekday and a date and nothing else, without a year, dated well before the
 * dateline: the date a site prints at the top of every page ("Wednesday, January 15" above a
 * story of August), not a date of the story. (A programme's "Friday 25 April 6am" looks ahead
 * and is still checked.)
 */
function siteDateLine(ctx: RuleContext, text: string, d: DateMention): boolean {
  if (d.year !== undefined || ctx.storyYear === undefined || ctx.storyMonth === undefined || ctx.storyDay === undefined) return false;
  const rest = text.slice(0, Math.min(d.weekdayStart!, d.dateStart)) + text.slice(Math.max(d.weekdayEnd!, d.dateEnd));
  if (!/^[\s,.|–—-]*$/u.test(rest)) return false;
  const daysBefore = (Date.UTC(ctx.storyYear, ctx.storyMonth - 1, ctx.storyDay) - Date.UTC(ctx.storyYear, d.month! - 1, d.day!)) / 86_400_000;
  return daysBefore > 14;
}

/**
 * A year no news of our time would give ("Sabtu (21/01/3023)") is a slip of the year, not of the
 * weekday, when one digit changed or two neighbours swapped make a year near the story's (the
 * dateline's, or without one, this century's) on which the date falls on that weekday: the fix
 * writes that year. Undefined when there is no such year or more than one.
 */
function slippedYear(ctx: RuleContext, d: DateMention): number | undefined {
  const now = new Date().getUTCFullYear();
  if (d.year === undefined || d.weekday === undefined) return undefined;
  const dateline = ctx.storyMonth !== undefined ? ctx.storyYear : undefined;
  // ... and a year of our time one keystroke from the story's own, on which the weekday falls
  // ("Selasa (6/1/2025)" under a dateline of 6 January 2026, last year's number typed in January;
  // "Selasa 27/6-2003" in a story of "th 2023"): only that year, the dateline's or one the story
  // writes, is taken, where the far future above may be any year near the story's
  const near =
    d.year <= now + 5
      ? (y: number) =>
          dateline !== undefined
            ? y === dateline
            : // (without a dateline, not the year before or after: a story names last year as
              // often as its own, "Jumat (7/10/2023)" beside "pada tahun 2022 sebelumnya", and a
              // weekday is slipped far more often than a year)
              Math.abs(y - d.year!) >= 2 && ((ctx.storyYears ?? []).includes(y) || ctx.paras.some((p) => p.numbers.some((n) => n.kind === 'year' && n.value === y)))
      : (y: number) => (dateline !== undefined ? Math.abs(y - dateline) <= 2 : y >= now - 30 && y <= now + 1);
  const written = String(d.year);
  const edits = new Set<number>();
  for (let i = 0; i < written.length; i++) {
    for (let digit = 0; digit <= 9; digit++) edits.add(Number(written.slice(0, i) + digit + written.slice(i + 1)));
    if (i + 1 < written.length) edits.add(Number(written.slice(0, i) + written[i + 1] + written[i] + written.slice(i + 2)));
  }
  const fits = [...edits].filter((y) => y !== d.year && near(y) && weekdayOf(y, d.month!, d.day!) === d.weekday);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A month slipped in a date written in figures ("Ahad (2/7/2015)" and "Senin (3/07/2015)" beside
 * "Sabtu (1/8/2015)" under a dateline of 31 July: last month's number typed again, or next
 * month's): the weekday fits the date a month earlier or later, which falls within a fortnight of the dateline or of
 * another date of the story whose weekday fits. Where the month stands in the text, and the month
 * that fits; undefined when there is no such month or more than one.
 */
function slippedMonth(text: string, d: DateMention, year: number, anchors: readonly number[]): { start: number; end: number; write: string; shown: string } | undefined {
  if (anchors.length === 0) return undefined;
  const fits = [d.month! - 1, d.month! + 1].filter((m) => {
    if (m === d.month || m < 1 || m > 12 || weekdayOf(year, m, d.day!) !== d.weekday) return false;
    const t = Date.UTC(year, m - 1, d.day!);
    return anchors.some((a) => Math.abs(t - a) <= 14 * 86_400_000);
  });
  if (fits.length !== 1) return undefined;
  const month = fits[0]!;
  const dateText = text.slice(d.dateStart, d.dateEnd);
  const figures = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\b/.exec(dateText);
  if (figures) {
    if (Number(figures[1]) !== d.day || Number(figures[2]) !== d.month) return undefined;
    const written = figures[2]!;
    const start = d.dateStart + figures[0].indexOf(written, figures[1]!.length);
    return { start, end: start + written.length, write: String(month).padStart(written.length, '0'), shown: String(month) };
  }
  // ... or the month's name written in full ("Senin, 7 Maret 2025" on a page of Monday 7 April):
  // the fix writes the fitting month's name in the same language and case
  for (const w of dateText.matchAll(/\p{L}+/gu)) {
    const lower = w[0].toLowerCase();
    const names = FULL_MONTHS.find((list) => list[d.month! - 1] === lower);
    if (!names) continue;
    const name = names[month - 1]!;
    const write = w[0] === w[0].toUpperCase() ? name.toUpperCase() : /^\p{Lu}/u.test(w[0]) ? name[0]!.toUpperCase() + name.slice(1) : name;
    const start = d.dateStart + w.index;
    return { start, end: start + w[0].length, write, shown: write };
  }
  return undefined;
}

/** the months' full names, January first, lower-cased, in each language */
const FULL_MONTHS = [MONTH_NAMES.id, MONTH_NAMES.en].map((names) => names.map((name) => name.toLowerCase()));

/** the days the story is surely about: its dateline, and its dates whose weekday fits (ms since epoch) */
function anchorDays(ctx: RuleContext): number[] {
  const out: number[] = [];
  if (ctx.storyYear !== undefined && ctx.storyMonth !== undefined && ctx.storyDay !== undefined) out.push(Date.UTC(ctx.storyYear, ctx.storyMonth - 1, ctx.storyDay));
  for (const p of ctx.paras)
    for (const d of p.dates) {
      const y = d.year ?? ctx.storyYear;
      if (y !== undefined && d.weekday !== undefined && d.month !== undefined && d.day !== undefined && !d.invalid && weekdayOf(y, d.month, d.day) === d.weekday) out.push(Date.UTC(y, d.month - 1, d.day));
    }
  return out;
}

export function weekdayMismatch(ctx: RuleContext): Finding[] {
  const out: Finding[] = hijriMismatch(ctx);
  // asked only when a weekday without a year fits none of the story's years (a re-check on every keystroke)
  let anotherYear: number | null | undefined;
  let anchors: number[] | undefined;
  ctx.paras.forEach((p, pi) => {
    for (const d of p.dates) {
      if (d.weekday === undefined || d.weekdayStart === undefined || d.weekdayEnd === undefined) continue;
      // (an impossible date is date-invalid's: its weekday cannot be checked)
      if (d.day === undefined || d.month === undefined || d.invalid) continue;
      // a day told as past that falls after the dateline in its year is last year's ("Kamis (8/7)
      // lalu" in a story of 31 March 2016): the dateline's own year is no reading of it
      const lastYear = d.year === undefined && toldPastAfterDateline(ctx, p.text, d) ? ctx.storyYear! - 1 : undefined;
      let year = lastYear ?? d.year ?? ctx.storyYear;
      if (year === undefined) continue;
      let actual = weekdayOf(year, d.month, d.day);
      if (actual === null || actual === d.weekday) continue;
      // no year written: the story's years (and the year after, for a story written in December
      // about January) are all readings; only a weekday that fits none of them is a mismatch
      const ahead = LOOKS_AHEAD.test(sentenceBefore(p.text, d.dateStart));
      if (d.year === undefined && lastYear === undefined && readings(ctx, d.month, ahead).some((y) => weekdayOf(y, d.month!, d.day!) === d.weekday)) continue;
      // ... and a day after the dateline that the sentence does not look ahead to is last year's as
      // often: a page's stamp is often the day it was filed again or crawled ("date 2017-01-11"
      // over "Friday, June 3" and "Thursday, June 16" of 2016; "kata ..., Rabu (23/3)" under 13
      // January 2012, said in 2011)
      if (d.year === undefined && lastYear === undefined && !ahead && ctx.storyYear !== undefined && afterDateline(ctx, d) > 7 && weekdayOf(ctx.storyYear - 1, d.month, d.day) === d.weekday) continue;
      // an English date whose day and month could swap, on a page that puts the day first ("last
      // Tuesday, 6/9/2022" on a Nigerian page): its weekday fits that reading (unless the desk has
      // set the order it writes)
      if (d.eitherOrder && !ctx.dateOrderSet && weekdayOf(year, d.day, d.month) === d.weekday) continue;
      if (d.year === undefined && (anotherYear ??= storyOfAnotherYear(ctx)) !== null) {
        // (29 February of a year without one is no reading: nothing to compare)
        actual = weekdayOf(anotherYear, d.month, d.day);
        if (actual === null || actual === d.weekday) continue;
        year = anotherYear;
      }
      // the eve of a day: "Senin malam Selasa (15/10/2018)" is Monday night, "malam Minggu" Saturday's
      if (actual === (d.weekday + 6) % 7 && onEve(p.text, d)) continue;
      // a date on the page's own line of time stamp or byline is the software's, and goes with the line
      const line = furnitureOfCached(p.text);
      if (line?.wholeLine && (line.kind === 'meta' || line.kind === 'byline')) continue;
      // a photo's caption gives the day the photo was taken, of a year the caption does not say
      // ("Ellyas Pical berpose ..., Senin (15/7). [Suara.com/...]" under a story of another year)
      if (d.year === undefined && line?.wholeLine) continue;
      if (respectivePair(p.text, d, year, ctx.lang)) continue;
      if (siteDateLine(ctx, p.text, d)) continue;
      const dateText = p.text.slice(d.dateStart, d.dateEnd);
      const wdText = d.weekdayText ?? p.text.slice(d.weekdayStart, d.weekdayEnd);
      // a slip of the month or the year rather than the weekday: the finding sits on the figures
      // to change, the related range on the weekday, and the fix writes the figures that fit
      const slipOf = (start: number, end: number, text: string, en: string, id: string, labelEn: string, labelId: string): void => {
        out.push({
          rule: 'weekday-mismatch',
          severity: 'error',
          message: tr(ctx.ui, `${ev(wdText)} does not match the date ${ev(dateText)}: ${en}`, `${ev(wdText)} tidak cocok dengan tanggal ${ev(dateText)}: ${id}`),
          paragraph: pi,
          start,
          end,
          related: [{ paragraph: pi, start: d.weekdayStart!, end: d.weekdayEnd! }],
          fix: { label: tr(ctx.ui, labelEn, labelId), edits: [{ paragraph: pi, start, end, text }] },
          fingerprint: fingerprintOf('weekday-mismatch', wdText, dateText),
        });
      };
      const weekdayUi = WEEKDAY_NAMES[ctx.ui][d.weekday]!;
      const month = slippedMonth(p.text, d, year, (anchors ??= anchorDays(ctx)));
      if (month) {
        const fixed = month.write;
        slipOf(month.start, month.end, fixed, `the month is probably ${month.shown}, when that day is a ${weekdayUi} close to the story's other dates.`, `bulannya mungkin ${month.shown}, saat hari itu jatuh pada hari ${weekdayUi}, dekat tanggal lain berita ini.`, `Change the month to ${fixed}`, `Ganti bulan menjadi ${fixed}`);
        continue;
      }
      const slipped = slippedYear(ctx, d);
      const yearAt = slipped === undefined ? -1 : p.text.lastIndexOf(String(d.year), d.dateEnd);
      if (slipped !== undefined && yearAt >= d.dateStart) {
        slipOf(yearAt, yearAt + String(d.year).length, String(slipped), `the year ${d.year} is probably ${slipped}, when that day is a ${weekdayUi}.`, `tahun ${d.year} mungkin ${slipped}, saat hari itu jatuh pada hari ${weekdayUi}.`, `Change the year to ${slipped}`, `Ganti tahun menjadi ${slipped}`);
        continue;
      }
      const right = WEEKDAY_NAMES[ctx.lang][actual]!;
      const rightUi = WEEKDAY_NAMES[ctx.ui][actual]!;
      const iso = `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      out.push({
        rule: 'weekday-mismatch',
        severity: 'error',
        message: tr(
          ctx.ui,
          `${ev(wdText)} does not match the date ${ev(dateText)}: ${iso} is a ${rightUi}${d.year !== undefined ? '' : lastYear !== undefined ? ` (year ${year}: told as past, it falls after the story's date in ${year + 1})` : year === anotherYear ? ` (year ${year}, the one the story's other weekdays fit)` : ` (year ${year} taken from the story)`}.`,
          `${ev(wdText)} tidak cocok dengan tanggal ${ev(dateText)}: ${iso} jatuh pada hari ${rightUi}${d.year !== undefined ? '' : lastYear !== undefined ? ` (tahun ${year}: disebut sudah lewat, padahal jatuh setelah tanggal berita di ${year + 1})` : year === anotherYear ? ` (tahun ${year}, yang cocok dengan hari-hari lain di berita)` : ` (tahun ${year} diambil dari berita)`}.`,
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
  if (ctx.storyYear === undefined) out.push(...weekdaysApart(ctx));
  return out;
}

/**
 * the weekday is written as its eve ("Senin malam Selasa", "malam Minggu", "Ahad malam menjelang
 * Senin"): the night before it
 */
function onEve(text: string, d: DateMention): boolean {
  return /\bmalam\s+(?:(?:men)?jelang\s+)?$/iu.test(text.slice(Math.max(0, d.weekdayStart! - 18), d.weekdayStart));
}

/** a year a few words before a weekday ("in 2023 on Saturday", "pada 2023, Sabtu") */
const YEAR_JUST_BEFORE = /\b(?:19|20)\d{2}\b[^.!?\d]{0,16}$/u;

/** two yearless dates this many days apart at most are compared with each other */
const APART_DAYS = 31;
const DAY_MS = 86_400_000;

/**
 * In a story that gives no year, two dates with their weekdays that no year can hold together
 * ("Jumat (05/10)" and "Selasa sore (06/10)", a day apart; "Selasa, 14 Desember" and "Jumat,
 * 18 Desember", four): which of the two is wrong is not known, so the later one asks, without a fix.
 */
function weekdaysApart(ctx: RuleContext): Finding[] {
  const seen: Array<{ d: DateMention; text: string; eve: boolean }> = [];
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    const line = furnitureOfCached(p.text);
    if (line?.wholeLine) return;
    for (const d of p.dates) {
      if (d.weekday === undefined || d.weekdayStart === undefined || d.weekdayEnd === undefined || d.year !== undefined || d.day === undefined || d.month === undefined || d.invalid) continue;
      // (a year told just before the day is that day's, "back in 2023 on Saturday 16th September":
      // the date is not yearless, and another show's "Saturday 31st August" may be another year's)
      if (YEAR_JUST_BEFORE.test(p.text.slice(Math.max(0, d.weekdayStart - 24), d.weekdayStart))) continue;
      // (the eve of a day, "malam Minggu", is the day before's night: either weekday fits)
      const eve = onEve(p.text, d);
      const wdText = d.weekdayText ?? p.text.slice(d.weekdayStart, d.weekdayEnd);
      const clash = seen.find(({ d: e, eve: eEve }) =>
        // a leap year and a common one: a clash in both is one in every year
        [2023, 2024].every((y) => {
          const days = (Date.UTC(y, d.month! - 1, d.day!) - Date.UTC(y, e.month! - 1, e.day!)) / DAY_MS;
          if (Math.abs(days) > APART_DAYS) return false;
          const mine = eve ? [d.weekday!, (d.weekday! + 6) % 7] : [d.weekday!];
          const theirs = eEve ? [e.weekday!, (e.weekday! + 6) % 7] : [e.weekday!];
          return !mine.some((w) => theirs.some((v) => (((days - (w - v)) % 7) + 7) % 7 === 0));
        }),
      );
      if (clash) {
        const dateText = p.text.slice(d.dateStart, d.dateEnd);
        // (the same date written again, "Kamis (26/9)" in two paragraphs, is the same question)
        const print = fingerprintOf('weekday-mismatch', 'apart', wdText, dateText, clash.text);
        if (out.some((f) => f.fingerprint === print)) continue;
        out.push({
          rule: 'weekday-mismatch',
          severity: 'warning',
          confidence: 'medium',
          message: tr(
            ctx.ui,
            `${ev(`${wdText} ${dateText}`)} and ${ev(clash.text)} cannot both be right: no year has these two dates on these weekdays. Which is wrong?`,
            `${ev(`${wdText} ${dateText}`)} dan ${ev(clash.text)} tidak mungkin sama-sama benar: tidak ada tahun yang tanggal-tanggalnya jatuh pada hari-hari itu. Mana yang salah?`,
          ),
          paragraph: pi,
          start: d.weekdayStart,
          end: d.weekdayEnd,
          related: [{ paragraph: pi, start: d.dateStart, end: d.dateEnd }],
          fingerprint: print,
        });
        continue;
      }
      seen.push({ d, text: `${wdText} ${p.text.slice(d.dateStart, d.dateEnd)}`, eve });
    }
  });
  return out;
}
