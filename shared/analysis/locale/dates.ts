/**
 * Dates and weekdays as Indonesian and English news write them.
 *
 * Indonesian: "Rabu (4/12/2024)" (day/month/year, always), "Rabu, 4 Desember 2024",
 * "4 Desember 2024", old spelling "Pebruari", weekdays with variants "Jum'at"/"Jumat" and
 * "Minggu"/"Ahad". English: "Wednesday, Dec. 4, 2024", "Wednesday 4 December 2024",
 * numeric dates read month/day/year or day/month/year as the desk configures.
 * The weekday is computed with the proleptic Gregorian calendar (Date.UTC), no time zone.
 */
import type { ArticleLanguage } from '../../model/finding.js';
import { editDistance } from './names.js';

export type DateOrder = 'mdy' | 'dmy';

/** 0 = Sunday .. 6 = Saturday, like Date.getUTCDay */
export const ID_WEEKDAYS: Record<string, number> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, 'jum’at': 5, sabtu: 6,
};
export const EN_WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
export const WEEKDAY_NAMES: Record<ArticleLanguage, string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export const ID_MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, peb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, nopember: 11, desember: 12, des: 12,
};
export const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export interface DateMention {
  /** whole span: weekday (if any) through the date */
  start: number;
  end: number;
  /** the date part only */
  dateStart: number;
  dateEnd: number;
  day?: number;
  month?: number;
  year?: number;
  /** weekday written next to the date (0 = Sunday) */
  weekday?: number;
  weekdayStart?: number;
  weekdayEnd?: number;
  weekdayText?: string;
  /**
   * an English numeric date whose two first parts could be either day or month ("6/9/2022"): read
   * in the desk's order, but a page from elsewhere may have written it the other way
   */
  eitherOrder?: boolean;
  /** an impossible date as written ("20/20/2025", "31/4", "29 Februari 2025"): why */
  /** 'year': a figure too many ("20225"); 'short-year': a figure too few ("202") */
  invalid?: 'month' | 'day' | 'leap' | 'year' | 'short-year';
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** what is impossible about a day and month (and year), or undefined when the date exists */
export function impossibleDate(day: number, month: number, year: number | undefined): DateMention['invalid'] {
  if (month < 1 || month > 12) return 'month';
  if (day < 1 || day > 31) return 'day';
  if (day > daysIn(month, year)) return month === 2 && day === 29 ? 'leap' : 'day';
  return undefined;
}

export function weekdayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null; // 31 February
  return d.getUTCDay();
}

export function weekdayValue(word: string, lang: ArticleLanguage): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return lang === 'id' ? ID_WEEKDAYS[w] : EN_WEEKDAYS[w];
}

function monthValue(word: string, lang: ArticleLanguage): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return lang === 'id' ? ID_MONTHS[w] : EN_MONTHS[w];
}

/** the month a word of five letters or more misspells by one letter ("Okteber", "Agutus"), if one */
function slippedMonth(word: string, lang: ArticleLanguage): number | undefined {
  if (word.length < 5) return undefined;
  const w = word.toLowerCase();
  const names = MONTH_NAMES[lang].filter((n) => n.length >= 5 && editDistance(w, n.toLowerCase(), 1) <= 1);
  return names.length === 1 ? MONTH_NAMES[lang].indexOf(names[0]!) + 1 : undefined;
}

const ID_WD = "Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad";
const EN_WD = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.?|Tues?\\.?|Wed\\.?|Thur?s?\\.?|Fri\\.?|Sat\\.?|Sun\\.?';
const ID_MON = 'Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|Jan\\.?|Feb\\.?|Peb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Agu\\.?|Agt\\.?|Sep\\.?|Sept\\.?|Okt\\.?|Nov\\.?|Des\\.?';
const EN_MON = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

interface Patterns {
  numeric: RegExp;
  dayMonth: RegExp;
  slippedMonth: RegExp;
  monthDay: RegExp | null;
  weekdayBefore: RegExp;
}
const cache = new Map<ArticleLanguage, Patterns>();
function patterns(lang: ArticleLanguage): Patterns {
  let p = cache.get(lang);
  if (p) return p;
  const mon = lang === 'id' ? ID_MON : EN_MON;
  const wd = lang === 'id' ? ID_WD : EN_WD;
  p = {
    // 4/12/2024, 4-12-2024, (4/12); not a run of four figures ("4-0-31-2", a bowler's overs,
    // maidens, runs and wickets), and one separator throughout: "(14-15/11)" is two days of
    // November, not 14 of the 15th month of 2011
    // ... and a year of five figures is a year mistyped ("Rabu (4/6/23025)", "Senin (15/9/22025)")
    // ... and so is a day of three ("Sabtu (287/8/2022)"), and a year of three ("Selasa (15/06/202)")
    numeric: /(?<![\d/.-])(\d{1,3})([/-])(\d{1,2})(?:\2(\d{5}|\d{4}|\d{3}|\d{2}))?(?![\d/]|-\d)/g,
    // 4 Desember 2024, 4 December, 4th December 2024
    dayMonth: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${mon})(?![\\p{L}])(?:,?\\s+(\\d{4}))?`, 'gu'),
    // a capitalised word between a day and a year, read as a month when it is one letter off a
    // month's name and a weekday stands before (slippedMonth)
    slippedMonth: /(?<![\p{L}\d])(\d{1,2})\s+(\p{Lu}\p{Ll}{3,9})\s+((?:19|20)\d\d)(?!\d)/gu,
    // Dec. 4, 2024 / December 4 (English)
    // (not a score after a month's name: "lost in early December 56-52")
    monthDay: lang === 'en' ? new RegExp(`(?<![\\p{L}])(${mon})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?!\\s*[-–]\\s*\\d)(?:,?\\s+(\\d{4}))?`, 'gu') : null,
    // weekday directly before a date: "Rabu (", "Rabu, ", "Wednesday, ", "pada Rabu tanggal ",
    // maybe with the part of the day after it, before a bracket or a comma ("Selasa pagi (",
    // "Minggu malam, 10 Juli 2021", "Tuesday morning ("; "Tuesday night 27 people" is no date)
    weekdayBefore: new RegExp(`(?<![\\p{L}])(${wd})(?:\\s+(?:${lang === 'id' ? 'pagi|siang|sore|petang|malam|dini\\s+hari' : 'morning|afternoon|evening|night'})(?=\\s*[(,]))?(?:\\s*,?\\s*(?:\\(|tanggal\\s+|tgl\\.?\\s+|the\\s+)?\\s*)$`, 'u'),
  };
  cache.set(lang, p);
  return p;
}

/** five figures that are a year of this century or the last with one figure too many ("22025", "20250", "23025") */
function yearWithOneMore(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (/^(?:19|20)\d\d$/.test(s.slice(0, i) + s.slice(i + 1))) return true;
  return false;
}

/** three figures that are a day of a month with one figure too many ("287" for 27 or 28) */
function dayWithOneMore(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const d = Number(s.slice(0, i) + s.slice(i + 1));
    if (d >= 1 && d <= 31) return true;
  }
  return false;
}

const ISO_DATE = /(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g;

/**
 * Every date in a text, with the weekday written next to it when there is one.
 * `order` decides how English numeric dates are read; Indonesian is always day/month.
 */
export function findDates(text: string, lang: ArticleLanguage, order: DateOrder = 'mdy'): DateMention[] {
  const p = patterns(lang);
  const found: DateMention[] = [];
  const taken = (a: number, b: number): boolean => found.some((d) => a < d.dateEnd && b > d.dateStart);
  /** the mention pushed, or undefined when the span is taken or the date impossible as read */
  const push = (start: number, end: number, day: number | undefined, month: number | undefined, year: number | undefined, invalid?: DateMention['invalid']): DateMention | undefined => {
    if (taken(start, end)) return undefined;
    if (!invalid && month !== undefined && (month < 1 || month > 12)) return undefined;
    if (!invalid && day !== undefined && (day < 1 || day > 31)) return undefined;
    const d: DateMention = { start, end, dateStart: start, dateEnd: end };
    if (invalid) d.invalid = invalid;
    if (day !== undefined) d.day = day;
    if (month !== undefined) d.month = month;
    if (year !== undefined) d.year = year;
    found.push(d);
    return d;
  };
  let m: RegExpExecArray | null;
  if (p.monthDay) {
    p.monthDay.lastIndex = 0;
    while ((m = p.monthDay.exec(text))) {
      // "May 5" is also a name and a verb; require a year or a capital + weekday context
      const month = monthValue(m[1]!, lang);
      if (m[1]!.toLowerCase() === 'may' && !m[3]) continue;
      const y = m[3] ? Number(m[3]) : undefined;
      push(m.index, m.index + m[0].length, Number(m[2]), month, y, month !== undefined ? impossibleDate(Number(m[2]), month, y) : undefined);
    }
  }
  p.dayMonth.lastIndex = 0;
  while ((m = p.dayMonth.exec(text))) {
    const month = monthValue(m[2]!, lang);
    if (lang === 'en' && m[2]!.toLowerCase() === 'may' && !m[3]) continue;
    const y = m[3] ? Number(m[3]) : undefined;
    push(m.index, m.index + m[0].length, Number(m[1]), month, y, month !== undefined ? impossibleDate(Number(m[1]), month, y) : undefined);
  }
  // a month's name one letter off ("Rabu 8 Okteber 2020"): the date is still the reporter's,
  // and its weekday can still be wrong; only after a weekday, where nothing but a date is written
  p.slippedMonth.lastIndex = 0;
  while ((m = p.slippedMonth.exec(text))) {
    if (monthValue(m[2]!, lang) !== undefined) continue;
    const month = slippedMonth(m[2]!, lang);
    if (month === undefined || !p.weekdayBefore.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const y = Number(m[3]);
    push(m.index, m.index + m[0].length, Number(m[1]), month, y, impossibleDate(Number(m[1]), month, y));
  }
  p.numeric.lastIndex = 0;
  // a year joined to a slashed day and month by a hyphen ("Selasa 27/6-2003") is that date's
  // year: read as if slashed throughout (same length, so every position stays where it was)
  const numericText = text.includes('-') ? text.replace(/(?<![\d/.-])(\d{1,2}\/\d{1,2})-(\d{4})(?![\d/-])/g, '$1/$2') : text;
  while ((m = p.numeric.exec(numericText))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let year: number | undefined;
    if (m[1]!.length === 3) {
      // a day with one figure too many, only after a weekday and with its year ("Sabtu (287/8/2022)")
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (m[4]?.length === 4 && p.weekdayBefore.test(before) && dayWithOneMore(m[1]!)) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), 'day');
      continue;
    }
    if (m[4]?.length === 3) {
      // a year cut to three figures ("Selasa (15/06/202)"), only after a weekday and as the start
      // of this century's or the last's years
      const before = text.slice(Math.max(0, m.index - 14), m.index);
      if (p.weekdayBefore.test(before) && /^(?:19|20)\d$/.test(m[4])) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), undefined, 'short-year');
      continue;
    }
    if (m[4]?.length === 5) {
      // only after a weekday, where nothing but a date is written, and only a year with one
      // figure too many, not a case or file number
      const before = text.slice(Math.max(0, m.index - 14), m.index);
      if (p.weekdayBefore.test(before) && yearWithOneMore(m[4])) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), undefined, 'year');
      continue;
    }
    if (m[4]) year = m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    // a bare "3/4" without a year is a fraction or a score unless it sits in brackets after a weekday
    if (!year) {
      const before = text.slice(Math.max(0, m.index - 14), m.index);
      if (!p.weekdayBefore.test(before)) continue;
      // ... and hours before "am"/"pm" or a time zone are opening times ("Sat 8-2pm, Sun 8-12pm")
      if (/^\s?(?:[ap]\.?m\.?(?![\p{L}])|noon|hrs?(?![\p{L}])|o['’]clock|WIB|WITA|WIT(?![\p{L}]))/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    }
    const dmy = lang === 'id' || order === 'dmy';
    // impossible as written; English numeric dates only when impossible in either order (a UK
    // story's "20/10/2025" in a desk set to month/day is a date, not an error)
    const invalid = dmy ? impossibleDate(a, b, year) : impossibleDate(b, a, year);
    // a dash without a year after a weekday is a score as often as a date ("on Saturday, 40-37"):
    // only a possible date is read
    if (invalid && !year && m[2] === '-') continue;
    // ... and figures that make no date in either part ("87/15/16  Variation of Order of
    // Business", a minute's number): a slip changes one part of a date, not both (after a
    // weekday a date was meant all the same: "Sabtu (40/37/2025)")
    if (invalid && Math.min(a, b) > 12 && Math.max(a, b) > 31 && !p.weekdayBefore.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    // ... and dashed figures that go on with another dashed part are a code: a legal land
    // description ("SW 7-50-20-W4": section, township, range, meridian), a part number
    if (invalid && m[2] === '-' && (/^-[\p{L}\d]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) || /[\p{L}\d]-$/u.test(text.slice(Math.max(0, m.index - 2), m.index)))) continue;
    if (invalid && lang === 'en' && !impossibleDate(dmy ? b : a, dmy ? a : b, year)) continue;
    const mention = push(m.index, m.index + m[0].length, dmy ? a : b, dmy ? b : a, year, invalid);
    if (mention && lang === 'en' && !invalid && a !== b && a <= 12 && b <= 12) mention.eitherOrder = true;
  }
  // ISO dates of page furniture and time stamps ("Diperbarui 2024-10-16"): a date, not three figures
  ISO_DATE.lastIndex = 0;
  while ((m = ISO_DATE.exec(text))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // (an impossible one is some other code, not a date to correct)
    if (!impossibleDate(d, mo, y)) push(m.index, m.index + m[0].length, d, mo, y);
  }
  // attach the weekday written right before the date
  for (const d of found) {
    const before = text.slice(Math.max(0, d.dateStart - 24), d.dateStart);
    const wm = p.weekdayBefore.exec(before);
    if (wm) {
      const wStart = d.dateStart - before.length + wm.index;
      const wText = wm[1]!;
      const wv = weekdayValue(wText, lang);
      // English three-letter forms only count when they are capitalised ("Sat" vs "sat")
      if (wv !== undefined && /^\p{Lu}/u.test(wText)) {
        d.weekday = wv;
        d.weekdayStart = wStart;
        d.weekdayEnd = wStart + wText.length;
        d.weekdayText = wText;
        d.start = wStart;
      }
    }
    // the closing bracket of "Rabu (4/12/2024)" belongs to the span
    if (text[d.end] === ')' && d.weekdayStart !== undefined && text.slice(d.weekdayEnd, d.dateStart).includes('(')) d.end += 1;
  }
  found.sort((a, b) => a.start - b.start);
  return found;
}

/** the most common explicit year among dates, to complete "Rabu (4/12)"; none when two tie */
export function dominantYear(dates: Iterable<DateMention>): number | undefined {
  const counts = new Map<number, number>();
  for (const d of dates) if (d.year) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  let tied = false;
  for (const [y, c] of counts) {
    if (c > n) { best = y; n = c; tied = false; }
    else if (c === n) tied = true;
  }
  // two years written as often as each other leave the story's year open: an "On this day, July
  // 12, 2013" widget beside a calendar's "August 6, 2025" said nothing of "Wednesday, Aug 17"
  return tied ? undefined : best;
}

/** the months' names written in full, January first */
export const MONTH_NAMES: Record<'id' | 'en', readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "4 Desember 2024" / "4 December 2024" */
export function formatDate(day: number, month: number, year: number, lang: 'id' | 'en'): string {
  return `${day} ${MONTH_NAMES[lang][month - 1]} ${year}`;
}
