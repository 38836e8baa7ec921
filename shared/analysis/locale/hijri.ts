/**
 * Hijri dates as Indonesian copy writes them, often beside the Gregorian day they fall on ("12
 * Rabiul Awal 1445 H / 27 September 2023 M", "1 Ramadhan 1445 H bertepatan dengan 11 Maret
 * 2024"). The conversion is ICU's Umm al-Qura calendar (Intl), not hand-written tables; Indonesia
 * fixes its months by sighting, which may fall a day or two from Umm al-Qura, so a pair is only
 * called wrong when no day within two of the Gregorian date has the Hijri date written.
 */

export interface HijriMention {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number;
}

/** each month's spellings, letters only and in lower case ("Rabi'ul Awal" -> "rabiulawal") */
const MONTH_SPELLINGS: string[][] = [
  ['muharram', 'muharam', 'syuro', 'suro'],
  ['safar', 'shafar', 'sapar'],
  ['rabiulawal', 'rabiulawwal', 'rabialawal'],
  ['rabiulakhir', 'rabiutsani', 'rabiultsani', 'rabialakhir'],
  ['jumadilawal', 'jumadilula', 'jumadalulaa', 'jumadilawwal'],
  ['jumadilakhir', 'jumadilakhirah', 'jumadiltsani', 'jumadaltsaniyah'],
  ['rajab'],
  ['syaban', 'syakban', 'sakban'],
  ['ramadan', 'ramadhan', 'romadhon', 'romadon'],
  ['syawal', 'syawwal', 'sawal'],
  ['zulkaidah', 'dzulqadah', 'dzulqaidah', 'zulqaidah', 'dzulkaidah', 'zulkadah'],
  ['zulhijah', 'zulhijjah', 'dzulhijjah', 'dzulhijah'],
];
const MONTH_OF = new Map<string, number>(MONTH_SPELLINGS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** a month's name as typed: one or two words, apostrophes and hyphens allowed ("Rabi'ul Awal", "Dzul-Hijjah") */
const HIJRI_DATE = /(?<![\p{L}\d])(\d{1,2})\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’]*)?)\s+(1[34]\d\d)\s*(?:H|Hijriah|Hijriyah|Hijriyyah|AH)\b\.?/gu;

export function findHijriDates(text: string): HijriMention[] {
  if (!/\d\s*(?:H|Hijri|AH)\b/u.test(text)) return [];
  const out: HijriMention[] = [];
  HIJRI_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIJRI_DATE.exec(text))) {
    const month = MONTH_OF.get(m[2]!.toLowerCase().replace(/[^a-z]/g, ''));
    const day = Number(m[1]);
    if (month === undefined || day < 1 || day > 30) continue;
    out.push({ start: m.index, end: m.index + m[0].length, day, month, year: Number(m[3]) });
  }
  return out;
}

let format: Intl.DateTimeFormat | undefined;

/** the Umm al-Qura date of a Gregorian day */
export function hijriOf(year: number, month: number, day: number): { day: number; month: number; year: number } {
  format ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = format.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const part = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { day: part('day'), month: part('month'), year: part('year') };
}

/** how many days a sighted month may start from Umm al-Qura's */
const SIGHTING_DAYS = 2;

/** the Hijri date written falls within the sighting margin of the Gregorian day */
export function hijriMatches(h: Pick<HijriMention, 'day' | 'month' | 'year'>, year: number, month: number, day: number): boolean {
  for (let k = -SIGHTING_DAYS; k <= SIGHTING_DAYS; k++) {
    const g = new Date(Date.UTC(year, month - 1, day + k));
    const x = hijriOf(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate());
    if (x.day === h.day && x.month === h.month && x.year === h.year) return true;
  }
  return false;
}

export const HIJRI_MONTH_NAMES = ['Muharram', 'Safar', 'Rabiulawal', 'Rabiulakhir', 'Jumadilawal', 'Jumadilakhir', 'Rajab', 'Syakban', 'Ramadan', 'Syawal', 'Zulkaidah', 'Zulhijah'];
