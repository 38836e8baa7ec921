/**
 * Where a story's own text begins on a scraped page: the paragraph that opens with a dateline
 * ("KENDARI, TELISIK.ID - Seorang ...", "JOHANNESBURG - Tensions ...", "MANILA, Philippines —
 * Health ...", or "Jakarta, CNN Indonesia --" on a line of its own). What a page puts above it
 * (a summary, a photo caption) is not the story's text.
 *
 * Three shapes: a place in capitals, with the outlet after a comma or in brackets if any
 * ("JAKARTA (BeritaTrans.com) -", "BLANTYRE-(MaraviPost)-"); a place in title case that must then
 * name its outlet, after a comma ("Situbondo,(afederasi.com) -") or in brackets, after its
 * province if any ("Jakarta (ANTARA) -", "Muara Enim, Sumsel (ANTARA) -", "Bojonegoro (Media
 * Center) –", "Bojonegoro (beritajatim.com) -"), since a
 * title-case word before a dash is also how sentences about pairs begin ("Prabowo - Gibran");
 * (not a sentence's opening word before its comma: "Diketahui, SKK Migas – PetroChina turut ...")
 * or the outlet's domain first ("Liputan6.com, Jakarta -").
 */
import { isListedWord } from './locale/lexicon/index.js';

const PLACE_IN_CAPITALS = String.raw`\p{Lu}{3,}(?:[ .'’-]+\p{Lu}{2,})*(?:\s*,\s*[^,\n]{2,40}?|\s*-?\s*\((?=[^()]*\p{L})[\p{L}\d.' ]{2,40}\))?`;
const PLACE_WITH_OUTLET = String.raw`(?!(?:Diketahui|Namun|Sementara|Selain|Menurut|Kemudian|Sedangkan|Adapun|Bahkan|Terkait|Sebelumnya|Selanjutnya|Meski|However|Meanwhile|Also|But)\b)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:\s*,\s*\(?[\p{L}\d.]+(?:\s\p{Lu}[\p{L}.]*)*\)?|(?:\s*,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?\s*\((?:\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+){0,2}|\p{Ll}[\p{L}\d-]*\.(?:com|co\.id|id|net))\))`;
// (the address in capitals too: "FOOTBALL265.COM -", where the place-in-capitals reading stops at the figures)
const OUTLET_FIRST = String.raw`[\p{L}\d-]+\.(?:com|co\.id|id|co|net|org|COM|CO\.ID|ID|CO|NET|ORG)(?:\s*,\s*\p{Lu}[\p{L} ]{1,30}?)?`;
// (a scraper may glue the dash to the first word: "Jakarta -PTBank")
const DATELINE = new RegExp(String.raw`^\s*(?:${PLACE_IN_CAPITALS}|${PLACE_WITH_OUTLET}|${OUTLET_FIRST})\s*(?:-{1,2}|–|—)(?:\s|$|(?=\p{Lu}))`, 'u');
/** ... or a place and its outlet on a line of their own, without the dash ("Batu Bara, Ucup News.com") */
const DATELINE_LINE = new RegExp(String.raw`^\s*${PLACE_WITH_OUTLET}\s*$`, 'u');
/** ... but a weekday and its date ("Sabtu, 14 September") heads a day of fixtures, not a story */
const WEEKDAY_FIRST = /^\s*(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iu;

/**
 * The words after the place's comma name an outlet: its address, brackets, an acronym ("CNN
 * Indonesia") or a name no word list holds ("Pasuruan, Bhirawa"). "Daniel Burson, Selectboard
 * Vice Chair" on a line of its own is a name and a title in a meeting's minutes.
 */
function outletNamed(line: string): boolean {
  const after = line.slice(line.indexOf(',') + 1);
  return /\.(?:com|co\.id|id|net|org|co)\b|\(|\b\p{Lu}{2,}\b/u.test(after) || !after.split(/[\s.]+/).some((w) => w.length > 1 && isListedWord(w));
}

/** the dateline a paragraph opens with ("JOHANNESBURG -"), undefined when it opens with none */
export function datelineOf(paragraph: string): string | undefined {
  // (a dateline's dash stands in the first words: most paragraphs are ruled out without the pattern)
  if (paragraph.length <= 60 && paragraph.includes(',') && DATELINE_LINE.test(paragraph) && !WEEKDAY_FIRST.test(paragraph) && outletNamed(paragraph)) return paragraph.trim();
  const head = paragraph.slice(0, 90);
  if (!head.includes('-') && !head.includes('–') && !head.includes('—')) return undefined;
  const m = DATELINE.exec(paragraph);
  // a hyphen inside a word is no dateline's dash ("John Lewis, Non-Executive Chairman, said")
  if (!m || /\p{Ll}-\p{L}/u.test(paragraph.slice(m[0].length - 2, m[0].length + 1))) return undefined;
  // ... nor one that joins a single letter to an acronym ("PML-N adopted ...", "PDI-P")
  if (/^\s*\p{Lu}{2,}-\p{Lu}(?![\p{L}])/u.test(paragraph)) return undefined;
  return m[0].trim();
}
