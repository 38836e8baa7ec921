/**
 * weekday-mismatch: a weekday written next to a date that falls on another day
 * (LanguageTool's date-weekday filter, for Indonesian and English). The finding sits on the
 * weekday, the related range on the date, and the fix writes the computed weekday.
 */
import type { Finding } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { WEEKDAY_NAMES, weekdayOf } from '../../locale/dates.js';
import { ev, tr, type RuleContext } from '../context.js';

export function weekdayMismatch(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const d of p.dates) {
      if (d.weekday === undefined || d.weekdayStart === undefined || d.weekdayEnd === undefined) continue;
      if (d.day === undefined || d.month === undefined) continue;
      const year = d.year ?? ctx.storyYear;
      if (year === undefined) continue;
      const actual = weekdayOf(year, d.month, d.day);
      if (actual === null || actual === d.weekday) continue;
      // no year written: the story's years (and the year after, for a story written in December
      // about January) are all readings; only a weekday that fits none of them is a mismatch
      if (d.year === undefined && (ctx.storyYears ?? []).some((y) => weekdayOf(y, d.month!, d.day!) === d.weekday || weekdayOf(y + 1, d.month!, d.day!) === d.weekday)) continue;
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
