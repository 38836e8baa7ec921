/**
 * date-invalid: a date that cannot exist as written ("Senin (20/20/2025)", "31/4/2025",
 * "29 Februari 2025", "32 Maret", "Senin (15/9/22025)"). Found by the same date reader as
 * weekday-mismatch; numeric forms count only where the reader takes them for dates (with a year,
 * or in brackets after a weekday), so scores, fractions and RT/RW codes are never read as dates.
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { ev, tr, type RuleContext } from '../context.js';
import { impossibleDate } from '../../locale/dates.js';

export function dateInvalid(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const d of p.dates) {
      if (!d.invalid) continue;
      // a week's number before a month's name is no day ("mulai minggu ke 49 Desember", "week 49
      // December"): the count says which week of the year
      if (d.invalid === 'day' && /\b(?:minggu|pekan|week|wk)\s*(?:ke\s*-?\s*)?$/iu.test(p.text.slice(Math.max(0, d.dateStart - 14), d.dateStart))) continue;
      // a time stamp alone on its line, month first ("01/15/2025" on an Indonesian page): the
      // site's software wrote it in its own order; no reporter mistyped it
      if (d.invalid === 'month' && d.day !== undefined && d.month !== undefined && !impossibleDate(d.month, d.day, d.year) && stampAlone(p.text, d.dateStart, d.dateEnd)) continue;
      const text = p.text.slice(d.dateStart, d.dateEnd);
      const why =
        d.invalid === 'month'
          ? tr(ctx.ui, `there is no month ${d.month}`, `tidak ada bulan ke-${d.month}`)
          : d.invalid === 'year'
            ? tr(ctx.ui, 'the year has one figure too many', 'tahunnya kelebihan satu angka')
            : d.invalid === 'short-year'
              ? tr(ctx.ui, 'the year is missing a figure', 'tahunnya kurang satu angka')
            : d.invalid === 'leap'
              ? tr(ctx.ui, `${d.year} is not a leap year`, `${d.year} bukan tahun kabisat`)
              : tr(ctx.ui, `that month has no day ${d.day}`, `bulan itu tidak punya tanggal ${d.day}`);
      out.push({
        rule: 'date-invalid',
        severity: 'error',
        confidence: 'high',
        message: tr(ctx.ui, `${ev(text)} is not a date: ${why}.`, `${ev(text)} bukan tanggal yang mungkin: ${why}.`),
        paragraph: pi,
        start: d.dateStart,
        end: d.dateEnd,
        related: [],
        fingerprint: fingerprintOf('date-invalid', text),
      });
    }
  });
  return out;
}

/** nothing but the date and a time on the line ("01/15/2025", "01/15/2025 10:12 AM") */
function stampAlone(text: string, start: number, end: number): boolean {
  const rest = (text.slice(0, start) + ' ' + text.slice(end)).replace(/\b(?:[ap]\.?m\.?|WIB|WITA|WIT|GMT|UTC)(?![\p{L}])/giu, '');
  return !/\p{L}/u.test(rest);
}
