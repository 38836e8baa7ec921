/**
 * Placeholders. "TK" (to come) and "XX" are what editors type for a fact still missing; "[tk]"
 * (any case, in square brackets) is the bracketed form some desks use, unambiguous by its
 * brackets. The editor highlights and counts them (renderer/editor/placeholders.ts), the
 * pre-publish check warns about them. Only the bare standalone uppercase tokens count: "TKI", "Atk", "XXL", "tk" are words. Two real-word uses are
 * excused because they are common in our copy:
 *  - Indonesian "TK" = Taman Kanak-kanak (kindergarten): "TK Negeri 2", "TK Pertiwi", "TK/SD",
 *    "PAUD dan TK" — TK next to a slash, before a capitalized word or a number, or in a sentence
 *    naming other school levels is the word, not a placeholder;
 *  - Roman numeral XX(X): "abad XX", "abad ke-XX", "Bab XX", "Pasal XX", "Chapter XX", "century".
 */
const TOKEN = /(\[\s*tk\s*\])|(?<![\p{L}\p{N}_])(TK(?:TK)*|X{2,3})(?![\p{L}\p{N}_])/giu;
const SCHOOL = /\b(PAUD|SD|SMP|SMA|SMK|MI|MTs|RA|sekolah|guru|murid|siswa|kindergarten)\b/u;
const ROMAN_CONTEXT = /(?:abad|ke-|bab|pasal|chapter|century|jilid|volume|vol\.|part|seri|kongres|muktamar|olimpiade|pekan olahraga nasional|super bowl)\s*$/iu;

export function findPlaceholders(text: string, language: 'en' | 'id' = 'en'): Array<{ token: string; start: number; end: number }> {
  const out: Array<{ token: string; start: number; end: number }> = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[1]) {
      out.push({ token: m[1], start, end });
      continue;
    }
    const token = m[2]!;
    // the bare tokens are uppercase only (the i flag is for the bracketed form): "tk", "xx" are words
    if (token !== token.toUpperCase()) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    if (token.startsWith('TK') && token.length === 2) {
      if (/\/\s*$/.test(before) || /^\s*\//.test(after)) continue; // TK/SD
      if (/^\s+(\p{Lu}|\d)/u.test(after) && language === 'id') continue; // TK Negeri, TK 2
      if (language === 'id' && (SCHOOL.test(before) || SCHOOL.test(after))) continue;
    } else if (token.startsWith('X')) {
      if (ROMAN_CONTEXT.test(before)) continue;
    }
    out.push({ token, start, end });
  }
  return out;
}

