/**
 * Quotation rules.
 * - quote-mismatch: the same quotation given twice with different words. Two quotes are "the
 *   same" when most of the shorter one's words appear in order in the other (LCS over words);
 *   an exact fragment of a longer quote is a legitimate partial re-quote and passes.
 * - quote-unattributed: a paragraph that is only a quotation, with no speaker around it (see
 *   quoteUnattributed for why so narrow).
 * - quote-unbalanced: quotation marks that do not pair. A paragraph that opens a quote and
 *   leaves it open is fine when the next paragraph opens again (the multi-paragraph convention).
 */
import type { Finding, RelatedRange } from '../../../model/finding.js';
import { fingerprintOf } from '../../../model/fingerprint.js';
import { holdsAttribution, type ParaX, type QuoteX } from '../extract.js';
import { furnitureOfCached } from '../../furniture.js';
import { BoundedMemo } from '../../bounded-memo.js';
import { normalizeForMatch } from '../../normalize.js';
import { ev, tr, type RuleContext } from '../context.js';

const MIN_QUOTE_WORDS = 5;
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'cannot', 'tidak', 'tak', 'bukan', 'belum', 'jangan', 'tiada', 'enggak', 'nggak', 'gak']);

interface QOcc {
  p: number;
  q: QuoteX;
}

function lcsAlign(a: string[], b: string[]): { len: number; onlyA: string[]; onlyB: string[] } {
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = [];
  for (let i = 0; i <= n; i++) dp.push(new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = dp[i]!;
    const next = dp[i + 1]!;
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
  }
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { i++; j++; }
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) onlyA.push(a[i++]!);
    else onlyB.push(b[j++]!);
  }
  while (i < n) onlyA.push(a[i++]!);
  while (j < m) onlyB.push(b[j++]!);
  return { len: dp[0]![0]!, onlyA, onlyB };
}

// alignments depend only on the two quotes: keep them between checks
const alignCache = new BoundedMemo<string, ReturnType<typeof lcsAlign>>(20_000);
function alignCached(na: string, nb: string, a: string[], b: string[]): ReturnType<typeof lcsAlign> {
  return alignCache.get(`${na}\u0000${nb}`, () => lcsAlign(a, b));
}

function containsRun(long: string, short: string): boolean {
  return (' ' + long + ' ').includes(' ' + short + ' ');
}

export function quoteMismatch(ctx: RuleContext): Finding[] {
  const all: QOcc[] = [];
  ctx.paras.forEach((p, pi) => {
    for (const q of p.quotes) if (q.words.length >= MIN_QUOTE_WORDS) all.push({ p: pi, q });
  });
  // distinct texts with their occurrences
  const byNorm = new Map<string, QOcc[]>();
  for (const o of all) {
    const l = byNorm.get(o.q.norm);
    if (l) l.push(o);
    else byNorm.set(o.q.norm, [o]);
  }
  const distinct = [...byNorm.entries()].map(([norm, occ]) => ({ norm, occ, words: occ[0]!.q.words, set: new Set(occ[0]!.q.words) }));
  const out: Finding[] = [];
  const flagged = new Set<string>();
  const pairs = candidatePairs(ctx, distinct);
  for (const [i, j] of pairs) {
    {
      const A = distinct[i]!;
      const B = distinct[j]!;
      const small = A.words.length <= B.words.length ? A : B;
      const big = small === A ? B : A;
      // quick filter: most distinct words shared
      let shared = 0;
      for (const w of small.set) if (big.set.has(w)) shared++;
      if (shared < 0.6 * small.set.size) continue;
      if (containsRun(big.norm, small.norm)) continue; // a fragment re-quoted word for word
      const al = alignCached(A.norm, B.norm, A.words, B.words);
      // the same quote given twice: nearly every word in order, a few changed. Two different
      // quotes of one speaker share many words too, and were the rule's wrong warnings on
      // unseen news, so a restatement may differ in at most a few words on each side.
      if (al.len < 4 || al.len < 0.85 * small.words.length) continue;
      const fewChanged = Math.max(3, Math.ceil(0.15 * small.words.length));
      if (al.onlyA.length > fewChanged || al.onlyB.length > fewChanged) continue;
      // words only left out on one side is an abridged quote, which newsrooms do on purpose;
      // it counts only when the words left out change the meaning (a negation)
      if (al.onlyA.length === 0 || al.onlyB.length === 0) {
        const dropped = al.onlyA.length ? al.onlyA : al.onlyB;
        if (!dropped.some((w) => NEGATIONS.has(w))) continue;
      }
      // when the shorter quote is a part of the longer one, only its own span counts:
      // words of the longer quote outside the aligned window are not "changed words"
      // the odd one: fewer occurrences, or written later
      const aFirst = A.occ[0]!;
      const bFirst = B.occ[0]!;
      const odd = A.occ.length < B.occ.length || (A.occ.length === B.occ.length && (aFirst.p > bFirst.p || (aFirst.p === bFirst.p && aFirst.q.start > bFirst.q.start))) ? A : B;
      const ref = odd === A ? B : A;
      if (flagged.has(odd.norm)) continue;
      flagged.add(odd.norm);
      const oddOnly = (odd === A ? al.onlyA : al.onlyB).slice(0, 6).join(' ');
      const refOnly = (odd === A ? al.onlyB : al.onlyA).slice(0, 6).join(' ');
      const related: RelatedRange[] = ref.occ.slice(0, 5).map((o) => ({ paragraph: o.p, start: o.q.start, end: o.q.end }));
      for (const o of odd.occ) {
        out.push({
          rule: 'quote-mismatch',
          severity: 'warning',
          message: tr(
            ctx.ui,
            `This quotation differs from the same quote in paragraph ${ref.occ[0]!.p + 1}: ${oddOnly ? ev(oddOnly) : '(words missing)'} here, ${refOnly ? ev(refOnly) : '(nothing)'} there.`,
            `Kutipan ini berbeda dari kutipan yang sama di paragraf ${ref.occ[0]!.p + 1}: ${oddOnly ? ev(oddOnly) : '(ada kata hilang)'} di sini, ${refOnly ? ev(refOnly) : '(tidak ada)'} di sana.`,
          ),
          paragraph: o.p,
          start: o.q.start,
          end: o.q.end,
          related,
          fingerprint: fingerprintOf('quote-mismatch', odd.norm, ref.norm),
        });
      }
    }
  }
  return out;
}

interface Distinct {
  norm: string;
  set: Set<string>;
}

/**
 * Candidate pairs of distinct quotes, through an index of their words that leaves out words
 * most quotes share ("yang", "the"): two versions of one quote share most of their rarer words.
 * The pairs depend only on the set of quotes, so they are kept until a quote changes (an edit
 * outside quotation marks re-uses them).
 */
function candidatePairs(ctx: RuleContext, distinct: Distinct[]): Array<[number, number]> {
  const sig = distinct.map((d) => d.norm).join('\u0001');
  const kept = ctx.state?.get('quote-mismatch') as { sig: string; pairs: Array<[number, number]> } | undefined;
  if (kept && kept.sig === sig) return kept.pairs;
  const byWord = new Map<string, number[]>();
  distinct.forEach((d, i) => {
    for (const w of d.set) {
      if (w.length < 3) continue;
      const l = byWord.get(w);
      if (l) l.push(i);
      else byWord.set(w, [i]);
    }
  });
  const common = Math.max(8, distinct.length * 0.2);
  const pairs: Array<[number, number]> = [];
  const rare = distinct.map((d) => {
    let n = 0;
    for (const w of d.set) if (w.length >= 3 && (byWord.get(w)?.length ?? 0) <= common) n++;
    return n;
  });
  for (let i = 0; i < distinct.length; i++) {
    const counts = new Map<number, number>();
    for (const w of distinct[i]!.set) {
      if (w.length < 3) continue;
      const l = byWord.get(w)!;
      if (l.length > common) continue;
      for (const j of l) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    // most of the shorter quote's rarer words must be shared before the word-by-word alignment
    for (const [j, n] of counts) if (n >= 2 && n >= 0.5 * Math.min(rare[i]!, rare[j]!)) pairs.push([i, j]);
  }
  ctx.state?.set('quote-mismatch', { sig, pairs });
  return pairs;
}

/** a direct quote: a clause of some length, not a scare-quoted term like "zona hijau" */
function isDirectQuote(q: QuoteX, text: string): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd);
  // a quoted web address or code is not speech
  if (/https?:\/\/|www\./i.test(inner)) return false;
  // a quoted headline ("Baca juga" links, titles of works) is Title Case and ends without a
  // full stop; a spoken sentence full of names ("Pemeriksaan dilakukan di Gedung Merah Putih
  // KPK.") ends like a sentence
  const words = inner.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length >= 3 && caps / words.length >= 0.6 && !/[.,]\s*$/.test(inner)) return false;
  if (q.words.length >= 8) return true;
  return q.words.length >= MIN_QUOTE_WORDS && /[.,!?]\s*$/.test(text.slice(q.innerStart, q.innerEnd));
}

/**
 * Whether a neighbouring paragraph has someone speaking: a speech verb with its speaker ("kata
 * Budi", "ujarnya", "menurut Ani", "mengatakan"), or an English speech verb. Stricter than the
 * paragraph's own `attributed`, whose word list also holds "jelas" (clear), "tambah" (more),
 * "harap" (hope) — words that name no speaker in a neighbour. English copy also names the
 * speaker by the occasion after the quotation ("Museveni was speaking in Lyakajjula village"),
 * and radio copy by its introduction ("Meghan Rosso, a crops specialist, talks about the seeding").
 */
/** the tag's verb, also capitalised where it opens the sentence before its speaker ("Tambah Idris, ...") */
const ID_TAG_VERB = 'kata ujar ucap tutur jelas ungkap tegas imbuh tambah lanjut sebut terang papar pungkas tutup tandas kenang cerita keluh urai bilang'
  .split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
const ID_SPEAKER = new RegExp(String.raw`(?<![\p{L}-])(?:(?:${ID_TAG_VERB}|aku)(?:nya(?![\p{L}-])|\s+\p{Lu})|[Mm]enurut(?:nya|\s+\p{Lu})|mengatakan|menyampaikan|menjelaskan|menegaskan|menambahkan|menuturkan|mengungkapkan|menyebut(?:kan)?|mengaku|berkata|bertanya|mengabarkan|mengumumkan|menulis(?:kan)?|mengunggah|memposting|berpesan|dikutip|melansir|dilansir|di(?:sampaikan|katakan|ungkapkan|jelaskan|tegaskan|tuturkan|ucapkan)|kata\s+\p{L}+nya)`, 'u');
const EN_SPEAKER = /\b(?:said|says|told|tells|added|adds|remind(?:s|ed)|asking|according to|explained|explains|asked|wrote|writes|posted|tweeted|stated|states|warned|warns|argued|argues|insisted|replied|continued|quoted|noted|notes|stressed|stresses|recalled|recalls|admitted|admits|lamented|laments|remarked|commented|emphasi[sz]ed|acknowledged|conceded|indicated|indicates|revealed|reveals|disclosed|discloses|announced|announces|urged|urges|reiterated|reiterates|assured|assures|observed|observes|highlighted|highlights|(?:statement|remarks|words|message)\s+(?:of|from|by)|(?:was|were|is|are)\s+(?:speaking|talking)\s+(?:at|in|to|during|on|after|before|from)|spoke\s+(?:at|in|to|during|on|after|before|from)|(?:talks|speaks)\s+(?:about|to|with))\b/u;

/** a page's label of a display field or of a blog's description, left above its text by the scraper */
const DISPLAY_LABEL = /^(?:sub-?head(?:line)?|standfirst|deck|dek|kicker|pull ?quote|excerpt|teaser|summary|ringkasan|kutipan|about(?: (?:us|me|this blog|the blog|the author))?|tentang (?:blog|kami|saya|penulis))\s*:?$/iu;

/** a heading that names a document: a warrant's article, a motion, a clause of a law */
const DOC_HEADING = /^(?:warrant article|article \d+|motion|the motion|resolution|amendment|clause \d+|section \d+|pasal \d+|bunyi pasal \d+|petition|proclamation)\b[^.!?]{0,40}$/iu;

/** a paragraph left open, without its stop, on someone's words: "Sesuai pesan dari pendiri Perisai Diri, bapak Raden Mas Soebandiman" */
const WORDS_OF_OPEN = /\b(?:pesan|kata-kata|ucapan|semboyan|motto|moto|nasi[hk]at|petuah|wejangan|amanat|message|words|saying|advice)\b[^.!?"“”]*[\p{L}\p{N}]$/iu;

/**
 * "... sebagai berikut.", "... as follows.", or a paragraph whose sentence has a person as its
 * subject ("Ia berjalan ...", "She said ...", "Politisi Partai Golkar itu juga mengapresiasi
 * ...": a person named again by a description and "itu"/"tersebut").
 */
function introduces(text: string): boolean {
  if (/(?:berikut|as follows|the following)\s*[.:]?\s*$/i.test(text.trim())) return true;
  // "ia"/"he" is whoever the sentence right before the quotation is about, not a person met
  // earlier in the paragraph; a person named again by a description ("Pria asal Spanyol itu
  // juga memerintahkan ...") leads the paraphrase that the quotation goes on with
  return /(?:^|[.;]\s+|,\s*)(?:ia|dia|beliau|he|she)\s+\p{L}/iu.test(lastSentence(text)) || DESCRIBED_PERSON.test(text);
}

/** the last sentence of a paragraph (a full stop after a short word may be an abbreviation: good enough here) */
function lastSentence(text: string): string {
  const t = text.trim();
  const cut = t.slice(0, -1).search(/[.!?]["”’]?\s+\p{Lu}[^.!?]*[.!?]?["”’]?$/u);
  return cut < 0 ? t : t.slice(cut + 1).trim().replace(/^["”’]\s*/, '');
}

/** an attribution at the end of a quotation's own words: a tag and a name (or "-nya") */
const TAG_INSIDE = /[,.]\s*(?:[Tt]utup|[Kk]ata|[Uu]jar|[Uu]cap|[Uu]ngkap|[Jj]elas|[Tt]utur|[Tt]egas|[Ii]mbuh|[Tt]ambah|[Ll]anjut|[Pp]ungkas|[Ss]ambung|[Tt]andas|[Tt]erang|[Pp]apar|said|says|added)(?:nya\s*[.!]?\s*$|\s+\p{Lu}[\p{L}.'’ -]{1,40}[.!]?\s*$)/u;

/** a tag that says its speaker goes on from a quotation before */
const GOES_ON = /(?:\b(?:added|adds|continued|went on)\b|(?<![\p{L}])(?:tambah|imbuh|lanjut|sambung)(?:nya)?(?![\p{L}]))[^"“”]{0,40}$/u;

/** a closing tag whose speaker is a pronoun ('," terang dia.', '," katanya.', '," he said.') */
const PRONOUN_TAG = new RegExp(String.raw`["”]\s*[,.]?\s*(?:(?:${ID_TAG_VERB})(?:nya|\s+(?:dia|ia|beliau))|(?:he|she)\s+(?:said|says|added|adds|explained|told\s+\p{L}+)|(?:said|says|added)\s+(?:he|she))(?![\p{L}])[^"“”]{0,60}$`, 'u');

/** the first sentence of a paragraph */
function firstSentence(text: string): string {
  const m = /[.!?]["”’]?\s+\p{Lu}/u.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

/** a quotation in the first person: someone speaking of themselves */
const FIRST_PERSON_EN = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)(?![\p{L}])/u;
/** ... and in Indonesian */
const FIRST_PERSON_ID = /(?<![\p{L}])(?:[Ss]aya|[Aa]ku|[Kk]ami|[Kk]ita)(?![\p{L}])/u;
/**
 * A sentence whose subject is a named person: a name right before its verb ("Hale was", "James
 * McCarthy reflected", "Leo McLoone led"), where the name is a person's: after a first name or a
 * role ("manager Steven O'Brien"), or the sentence speaks of "his"/"her" ("Hale was still pleased
 * with his second place"). "Search giant Google launched its desktop search tool" names no speaker.
 */
/** a verb helped by a modal, negated or not ("couldn't believe", "did not expect", "will miss") */
const MODAL_VERB_EN = String.raw`(?:(?:could|would|did|does|can|will|should|must)(?:n['’]t|\s+not)?|cannot|won['’]t)\s+\p{Ll}+`;
const NAMED_SUBJECT_EN = new RegExp(String.raw`(?:^|,\s+|\s)(?!(?:The|This|That|These|Those|It|There|He|She|They|We|I|A|An|But|And)\s)\p{Lu}[\p{Ll}'’][\p{L}'’-]*\s+(?:(?:is|was|has|had)\s+(?:been\s+|still\s+|also\s+|now\s+)?\p{Ll}+|${MODAL_VERB_EN}|\p{Ll}{3,}ed|led|won|took|made|felt|kept|gave|got|came|went|left|lost|ran|thought|knew|spoke|struck|scored)\b`, 'u');
const PERSON_BEFORE_EN = new RegExp(String.raw`(?:\b(?:manager|coach|selector|captain|boss|veteran|chairman|chairwoman|chief|director|minister|president|player|striker|goalkeeper|skipper|trainer|jockey|rider|driver|spokesman|spokeswoman|spokesperson|[Cc]aptain|[Mm]anager|[Cc]oach)|\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’][\p{L}'’-]*\s+(?:is|was|has|had|${MODAL_VERB_EN}|\p{Ll}{3,}ed|led|won|took|made|felt|kept|gave|got|came|went|left|lost|ran|thought|knew|spoke|struck|scored)\b`, 'u');
const NAMED_ATTITUDE_ID = /^(?:\p{Lu}[\p{L}.'’]+\s+){1,2}\p{Lu}[\p{L}'’]+(?:\s*,\s*[^,]{3,80}?,?)?\s+(?:(?:juga|pun|pun juga)\s+)?(?:mengapresiasi|berharap|mengharapkan|menilai|menyambut|menyayangkan|meminta|mengajak|mengimbau|bersyukur|mengeluhkan|mengakui|mengungkapkan|menuturkan)\b/u;
/** a sentence about an office holder by the office: "At the last meeting of council, the mayor started the meeting by thanking ..." */
const ROLE_SUBJECT_EN = /(?:^|[,.;]\s+)(?:[\p{Lu}][\p{L}'’ -]{0,40},\s+)?the\s+(?:mayor|deputy mayor|reeve|warden|chair(?:man|woman|person)?|president|premier|minister|governor|councillor|chief|director|coach|captain|principal|headteacher|superintendent|sheriff|commissioner|manager|bishop|pastor|priest)\s+\p{Ll}+(?:ed|s)\b/iu;

function personSubject(sentence: string, people: ReadonlySet<string>): boolean {
  if (ROLE_SUBJECT_EN.test(sentence)) return true;
  const subject = NAMED_SUBJECT_EN.exec(sentence);
  if (!subject) return false;
  // ... or a surname the story gives elsewhere with its first name ("Mulqueen gave immense praise
  // to both sets of teams ..." after "manager John Mulqueen")
  return /\b(?:his|her)\b/i.test(sentence) || PERSON_BEFORE_EN.test(sentence) || people.has(subject[0].replace(/^[\s,]+/, '').split(/\s/)[0]!);
}

/** surnames a story writes after a first name inside a sentence ("... for manager John Mulqueen as ...") */
function surnamesOf(paras: readonly ParaX[]): Set<string> {
  const out = new Set<string>();
  for (const p of paras) for (const w of surnamesIn(p)) out.add(w);
  return out;
}
/** one paragraph's, kept per extraction: a re-check reads only the edited paragraph's */
const surnames = new WeakMap<ParaX, string[]>();
function surnamesIn(p: ParaX): string[] {
  let found = surnames.get(p);
  if (found) return found;
  found = [...p.text.matchAll(/(?<=\p{Ll}\s)\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{Ll}'’][\p{L}'’-]+)\b/gu)].map((m) => m[1]!);
  surnames.set(p, found);
  return found;
}

/** nouns that name a person by role, the heads of "Politisi Partai Golkar itu ..." */
const PERSON_NOUNS = [
  'politisi', 'politikus', 'legislator', 'anggota', 'ketua', 'wakil', 'kepala', 'direktur', 'menteri', 'presiden', 'gubernur', 'bupati',
  'wali', 'wakil', 'camat', 'lurah', 'jenderal', 'kapolri', 'kapolda', 'kapolres', 'kapolsek', 'kasat', 'jaksa', 'hakim', 'pengacara',
  'kuasa', 'juru', 'jubir', 'pejabat', 'petugas', 'pegawai', 'karyawan', 'pekerja', 'buruh', 'petani', 'nelayan', 'pedagang', 'pengusaha',
  'warga', 'pria', 'wanita', 'perempuan', 'lelaki', 'laki-laki', 'ibu', 'ayah', 'bapak', 'anak', 'remaja', 'bocah', 'siswa', 'siswi',
  'mahasiswa', 'mahasiswi', 'guru', 'dosen', 'rektor', 'dekan', 'dokter', 'perawat', 'bidan', 'pasien', 'korban', 'saksi', 'tersangka',
  'terdakwa', 'terpidana', 'pelaku', 'pemain', 'pelatih', 'atlet', 'pebulu', 'pevoli', 'pesepak', 'petinju', 'pembalap', 'kiper', 'bek',
  'gelandang', 'striker', 'penyerang', 'kapten', 'artis', 'aktor', 'aktris', 'penyanyi', 'musisi', 'pedangdut', 'komedian', 'selebritas',
  'selebgram', 'influencer', 'youtuber', 'penulis', 'sutradara', 'produser', 'pengamat', 'peneliti', 'pakar', 'ahli', 'ekonom', 'analis',
  'sosok', 'tokoh', 'ulama', 'kiai', 'ustaz', 'pendeta', 'pastor', 'biksu', 'relawan', 'aktivis', 'pendiri', 'pemilik', 'pimpinan',
  'komisioner', 'senator', 'diplomat', 'duta', 'raja', 'ratu', 'pangeran', 'putri', 'istri', 'suami', 'kakak', 'adik', 'orang',
].join('|');
const DESCRIBED_PERSON = new RegExp(
  `(?:^|[.;]\\s+)(?:(?:mantan|eks|sang|si)\\s+)?(?:${PERSON_NOUNS})\\b[\\p{L} -]{0,60}?\\s(?:itu|tersebut)\\s+(?:(?:juga|pun|pula|lalu|kemudian)\\s+)?(?:me|ber)\\p{L}{3,}`,
  'iu',
);

/** a sentence of capitalised words only, a title and a name at most eight words long, ending on a stop or colon */
const SPEAKER_LABEL = /^(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,7}\p{Lu}[\p{L}'’-]*[.:]$/u;
/** a photo's credit ending a quotation's words ("..., Foto/hmsbasarnasMaluku,", "... (Photo: Ist)") */
const CREDIT_INSIDE = /\b(?:foto|photo|pic|dok)\s*[/:]\s*[\p{L}\d@._ -]{2,40}\)?[\s,.]*$/iu;

/**
 * a line of a meeting's minutes that names who moved a motion or that it passed (Irish councils
 * write them in Irish: "Ar moladh Councillor A. Norton", "Cuidithe ag Councillor M. Howard agus glacadh leis")
 */
const MOTION_LINE = /^(?:(?:proposed|seconded|moved)\s+by\b.{0,80}|(?:and\s+)?(?:agreed|resolved|carried)\.?|(?:diusulkan|didukung)\s+oleh\b.{0,80}|(?:ar moladh|cuidithe ag)\s.{2,80})$/iu;
/**
 * a name of two to four capitalised words, a comma, and an office of up to ten words without a
 * stop; a broadcast transcript puts how the speaker was heard before it ("On the Phone: Alredo
 * Ortega, President, Belize Sugarcane Farmers Association")
 */
const NAME_AND_OFFICE = /^(?:(?:[Oo]n (?:[Tt]he )?(?:[Pp]hone|[Cc]amera|[Ll]ine|Zoom|Skype)|[Vv]ia (?:[Pp]hone|Zoom|Skype|[Vv]ideo)|VO|SOT)\s*:\s*)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+\p{Lu}[^!?"“”]{1,80}[^.!?"“”:,\s]$/u;

/**
 * the speaker's credit on the line after the quotation, led by a dash: a press release's and a
 * pull quote's form ("- Fisheries and Communities Minister Jamie Fox", "— Bupati Sleman")
 */
const DASH_CREDIT = /^[-–—―]\s*\p{Lu}[^.!?"“”]{2,100}\.?$/u;
/**
 * a source credited on its own line in brackets, capitalised, of two words or more, without a
 * sentence inside (not the story's own credit: "(ANT)", "(Editor: ...)", "(Foto: ...)")
 */
const BRACKET_CREDIT = /^\((?![Ee]ditor|EDITOR|[Pp]enulis|[Rr]eporter|[Ww]artawan|[Ff]oto|FOTO|[Pp]hoto|[Rr]ed\b|[Aa]dv\b)\s*\p{Lu}[^()!?"“”\s]*\s[^()!?"“”]{1,80}\)\.?$/u;
/**
 * the next paragraph reports more of what the speaker said, by a pronoun: "He thanked China for
 * ...", "Ia juga mengajak ..." (not what they did: "He played in the club's last premiership")
 */
const PRONOUN_GOES_ON =
  /^(?:(?:He|She)\s+(?:also\s+|further\s+|then\s+)?(?:thanked|acknowledged|added|urged|noted|said|stated|stressed|explained|appealed|praised|warned|announced|pointed out|highlighted|assured|expressed|commended|congratulated|encouraged|told|emphasi[sz]ed|revealed|reiterated|promised|pledged|argued|insisted|recalled|called on|called for|asked)\b|(?:Ia|Dia|Beliau)\s+(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?(?:mengatakan|menyampaikan|menjelaskan|mengajak|menyoroti|menegaskan|berharap|mengharapkan|mengimbau|menambahkan|mengungkapkan|menuturkan|meminta|mengapresiasi|berterima\s+kasih|menilai|menyebut(?:kan)?|memaparkan|mengingatkan|mendorong|menekankan)\b)/u;
/** ... or names what was quoted, a headline or a slogan, not speech ("That's the headline but ...", "Itulah tema ...") */
const NAMES_QUOTED_TEXT = /^(?:(?:that|this|it)(?:'s|’s|\s+is|\s+was)\s+(?:the|a|their|its|our)\s+(?:headline|title|slogan|motto|theme|caption|tagline)\b|(?:itulah|inilah|begitulah|demikian(?:lah)?)\s+(?:bunyi\s+)?(?:judul|tema|slogan|semboyan|moto|motto|tajuk|spanduk)\b)/iu;

/**
 * most of a long quotation's words (of four letters or more) stand again in the paragraph after
 * it, and all its figures (a report's next sentence of the same formula with other figures, "...
 * pukul 01.05 WIB ... durasi 116 detik" then "... pukul 03.29 WIB ... durasi 104 detik", tells
 * another event)
 */
function toldAgainAfter(quoted: string, after: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const mine = words(quoted);
  if (mine.size < 8) return false;
  const figuresThere = new Set(after.match(/\d+(?:[.,:]\d+)*/g) ?? []);
  if ((quoted.match(/\d+(?:[.,:]\d+)*/g) ?? []).some((n) => !figuresThere.has(n))) return false;
  const there = words(after);
  let shared = 0;
  for (const w of mine) if (there.has(w)) shared++;
  return shared >= 0.6 * mine.size;
}

function namesSpeaker(text: string, lang: 'en' | 'id'): boolean {
  return (lang === 'id' ? ID_SPEAKER : EN_SPEAKER).test(text);
}

/** a capitalised word inside a sentence (not its first word, not an acronym or "Rp"): someone or somewhere named */
function namesSomeone(p: ParaX): boolean {
  return p.names.some((n) => {
    if (n.text.length < 3 || n.text === n.text.toUpperCase()) return false;
    const before = p.text.slice(0, n.start).trimEnd();
    return before.length > 0 && !/[.!?]["”’)]*$/u.test(before) && !/["“‘(]$/u.test(before);
  });
}

/** a short line that ends no sentence and holds no quotation: a caption or a headline left in the text */
function looseLine(p: ParaX): boolean {
  // (a sub-heading set in single marks, "‘Massive tick’", is one too)
  const text = p.text.trim().replace(/^[‘'](.{1,60})[’']$/u, '$1');
  if (p.quotes.length > 0 || p.unpaired.length > 0 || text.split(/\s+/).length > 16) return false;
  // (and a picture's label left where the picture stood, "Oxford Mail:": a few capitalised words and a colon)
  return !/[.!?:;,"”’)\]]\s*$/u.test(text) || namesCaption(text) || /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*:$/u.test(text);
}

/**
 * A photo's caption that only names who is in it ("Mid Ulster MLA Keith Buchanan, Edith
 * Richardson, and Minister Edwin Poots."): capitalised words and the words that join names, with
 * a comma or an "and" between names; a sentence of a quotation has words in lower case.
 */
function namesCaption(text: string): boolean {
  const words = text.replace(/\.$/u, '').split(/,?\s+/u);
  return words.length >= 3 && /,|\s(?:and|dan|&)\s/u.test(text) && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:and|dan|serta|&|with)$/u.test(w));
}

/**
 * A quotation nobody is said to have said: a paragraph that is nothing but the quotation, with
 * no speaker before it either (no speech verb, no introducing colon, no quote the paragraph
 * could continue) and no attribution in the paragraph after. Any words outside the marks are
 * taken as attribution: newsrooms attribute in too many forms to list ("tutupnya", "ceplos
 * Neymar Sr", "bunyi beleid tersebut", "begitulah keterangan dalam situs itu", a name glued
 * to its verb by a scraper), and a quote inside a sentence is a partial quote whose sentence
 * names its speaker. Unseen news showed every looser reading to be wrong (0/25).
 */
export function quoteUnattributed(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { paras } = ctx;
  let narrative: Array<string | undefined> | undefined;
  let people: Set<string> | undefined;
  const quotedWithSpeaker = (quoted: string, pi: number) => {
    const mine = normalizeForMatch(quoted);
    if (mine.split(' ').length < 6) return false;
    const opening = mine.split(' ').slice(0, 4).join(' ');
    return paras.some((x, i) => i > pi && x.attributed && normalizeForMatch(x.text).includes(opening));
  };
  /** the first paragraph of the story proper: the first of a sentence or more after the page's short lines */
  const firstStoryLine = () => {
    const i = paras.findIndex((x) => x.quotes.length === 0 && x.sentences.length >= 1 && x.text.split(/\s+/).length >= 15);
    return i < 0 ? paras.length : i;
  };
  const narratedElsewhere = (quoted: string, pi: number) => {
    const mine = normalizeForMatch(quoted);
    if (mine.split(' ').length < 6) return false;
    narrative ??= paras.map((x) => (x.quotes.length === 0 ? ` ${normalizeForMatch(x.text)} ` : undefined));
    return narrative.some((w, i) => i !== pi && w?.includes(` ${mine} `));
  };
  paras.forEach((p, pi) => {
    if (p.quotes.length === 0 || p.attributed || !p.startsWithQuote) return;
    // words outside the quotation marks: an attribution of some form
    let outside = '';
    let last = 0;
    for (const q of p.quotes) {
      outside += p.text.slice(last, q.start);
      last = q.end;
    }
    outside += p.text.slice(last);
    if (/\p{L}{2,}/u.test(outside) || p.unpaired.length > 0) return;
    // the story's neighbours: scraped junk lines ("Advertisement", "Baca Juga") stand between
    // a quote and its speaker without separating them, and so do a photo's caption and a related
    // story's headline that a scraper left in the text: short lines without a full stop ("The
    // national average turnout was 35.6%", "Barcelona beat Napoli to make Champions League
    // quarter-finals"), where a paragraph of the story ends its sentence
    const storyAt = (from: number, step: 1 | -1): number => {
      for (let i = from + step, seen = 0; i >= 0 && i < paras.length && seen < 3; i += step, seen++) if (!furnitureOfCached(paras[i]!.text) && !looseLine(paras[i]!)) return i;
      return -1;
    };
    const story = (from: number, step: 1 | -1): ParaX | undefined => paras[storyAt(from, step)];
    const next = story(pi, 1);
    // a paragraph that opens in lower case goes on with the one above it, which a page broke in
    // two ("Yan Takayetou menjelaskan ... dana kampung." / "serta dasar program seperti BLT ..."):
    // the speaker named there is the one before the quotation
    const prevAt = storyAt(pi, -1);
    const above = prevAt > 0 && /^\p{Ll}/u.test(paras[prevAt]!.text) ? paras[storyAt(prevAt, -1)] : undefined;
    if (above && namesSpeaker(above.text, ctx.lang)) return;
    const prev = paras[prevAt];
    if (next && !next.startsWithQuote && namesSpeaker(next.text, ctx.lang)) return;
    // ... or credits it on its own line led by a dash (the line right below, short as a caption's
    // line is), or says what the quoted words were
    if (paras[pi + 1] && DASH_CREDIT.test(paras[pi + 1]!.text.trim())) return;
    // ... or in brackets, a report's or a testimonial's source under it ("(WPPA OFSTED June 2015)")
    if (paras[pi + 1] && BRACKET_CREDIT.test(paras[pi + 1]!.text.trim())) return;
    if (next && NAMES_QUOTED_TEXT.test(next.text.trim())) return;
    // ... or goes on about the speaker of the quotations before by a pronoun ("He thanked China
    // ..." after a Prime Minister's speech, the quotation between two lines about the hospital)
    if (next && PRONOUN_GOES_ON.test(next.text.trim()) && paras.slice(Math.max(0, pi - 6), pi).some((x) => x.attributed || namesSpeaker(x.text, ctx.lang))) return;
    // ... or by the next quotation's tag: "Sejak seminggu terakhir." // "Sempat Rp50 ribu, tapi
    // naik lagi," kata Isah: one speaker over two paragraphs, named once at the end. Not a
    // first-person quote after a paragraph about someone ("Toprak lalu pindah ke BMW."): it reads
    // as theirs until the tag, and a copy editor names the speaker at the break (a quote telling
    // what happened, after a paragraph naming a bus company, is the tagged speaker's)
    if (next && next.startsWithQuote && next.attributed && !(prev && namesSomeone(prev) && (FIRST_PERSON_EN.test(p.text) || FIRST_PERSON_ID.test(p.text)))) return;
    // ... and whatever stands before, when that tag says the speaker goes on ("..., it added.",
    // "..., imbuhnya."): the quotation before is theirs too
    if (next && next.startsWithQuote && next.attributed && GOES_ON.test(next.text.slice(-60))) return;
    // ... and a tag that names its speaker only by a pronoun ('"...," terang dia.', '"...," he
    // said.'): the pronoun is the person the reader has in mind, who is speaking since the
    // quotation before it too; only a tag that names someone new takes the run from them
    if (next && next.startsWithQuote && next.attributed && PRONOUN_TAG.test(next.text.slice(-90))) return;
    // introduced before ("He said:", "... sebagai berikut."), or continuing what a speaker said
    // there, or the person the paragraph before is about ("ia", "she") is the one speaking
    if (prev && (prev.endsWithColon || prev.opensUnclosed || prev.quotes.length > 0 || namesSpeaker(prev.text, ctx.lang) || introduces(prev.text))) return;
    // ... or a heading above names a document whose text it is ("Warrant Article" over '"To see if
    // the district will vote to raise and appropriate ..."')
    if (pi > 0 && DOC_HEADING.test(paras[pi - 1]!.text.trim())) return;
    // ... or the line right above is a page's field label ("Subhead", "Pull quote"): display
    // type the page left labelled, a quotation set large beside the story that names its speaker
    if (pi > 0 && DISPLAY_LABEL.test(paras[pi - 1]!.text.trim())) return;
    // ... or the line right above leads into it, left open on someone's words (a short line the
    // neighbours above pass over as a caption's)
    if (pi > 0 && WORDS_OF_OPEN.test(paras[pi - 1]!.text.trim())) return;
    // a first-person quotation beside a sentence whose subject is a named person ("Hale was still
    // pleased with his second place ..." above it, "Castlehaven selector James McCarthy reflected
    // on ..." below it): the set-up sentence of sports and feature writing names the speaker
    if (ctx.lang === 'en' && FIRST_PERSON_EN.test(p.text) && ((prev && personSubject(lastSentence(prev.text), (people ??= surnamesOf(paras)))) || (next && !next.startsWithQuote && personSubject(firstSentence(next.text), (people ??= surnamesOf(paras)))))) return;
    // ... and in Indonesian a set-up sentence whose subject is a named person saying what they
    // think ("Edi Subagio, salah satu pesilat PSHT dari Sudimoro mengapresiasi positif ... dan
    // berharap ..." above the quotation)
    if (ctx.lang === 'id' && prev && NAMED_ATTITUDE_ID.test(lastSentence(prev.text))) return;
    // ... and a broadcast script's speaker label ending the paragraph before: a title and a name
    // and nothing else ("Agriculture MEC, Dr Ivan Meyer." above the soundbite)
    if (prev && SPEAKER_LABEL.test(lastSentence(prev.text).trim())) return;
    // ... or a lower third of its own line: a name, a comma and the speaker's office, no stop
    // ("Roy Cayetano, P.S, Ministry Rural Development and Culture", "Julio Ruano, Chairman, El
    // Progresso Village Council")
    // (the line right above: a page's reader may take it for a caption and pass over it)
    if (pi > 0 && NAME_AND_OFFICE.test(paras[pi - 1]!.text.trim())) return;
    // ... and a council's minutes: the motion's words under who proposed and seconded it ("Proposed
    // by Councillor ..." / "Seconded by ..." / "AND AGREED" over '"That a vote of sympathy be ..."')
    if (paras.slice(Math.max(0, pi - 4), pi).some((x) => MOTION_LINE.test(x.text.trim()))) return;
    for (const q of p.quotes) {
      if (!isDirectQuote(q, p.text)) continue;
      const quoted = p.text.slice(q.innerStart, q.innerEnd);
      // the story's own narrative set in quotation marks by the page (" Seorang kakek bernama
      // Musali ... " above "KENDARI - Seorang kakek bernama Musali ..."): a summary, not speech.
      // (A quotation given twice is still asked for its speaker where it stands without one.)
      if (narratedElsewhere(quoted, pi)) continue;
      // ... and a brief's summary in quotation marks that the paragraph after it tells in its own
      // words ('"An event for distributing educational materials ... was organized by the Kakulia
      // Forest Department ..."' over 'At the conference hall ..., an event was organized by the
      // Kakulia Forest Department ... for the distribution of educational materials'): a page of
      // news briefs, not speech
      if (next && !next.startsWithQuote && toldAgainAfter(quoted, next.text)) continue;
      // ... and a pull quote set above the story, that the story gives again with its speaker
      // (the duplicate check already asks to delete the copy): the reader is told who said it
      if (pi < firstStoryLine() && quotedWithSpeaker(quoted, pi)) continue;
      // the tag typed inside the closing mark (", Tutup Darsun Awalmi.”"): named, marks misplaced
      if (TAG_INSIDE.test(quoted)) continue;
      // a photo's caption the page set in quotation marks, its credit inside them ('"Operasi Hari
      // Ketujuh ..., Foto/hmsbasarnasMaluku,"'): no one's words
      if (CREDIT_INSIDE.test(quoted)) continue;
      out.push({
        rule: 'quote-unattributed',
        severity: 'warning',
        confidence: 'medium',
        message: tr(
          ctx.ui,
          `The quotation ${ev(quoted, 50)} stands alone with no speaker here or around it: say who said it.`,
          `Kutipan ${ev(quoted, 50)} berdiri sendiri tanpa menyebut siapa yang mengatakannya: sebutkan narasumbernya.`,
        ),
        paragraph: pi,
        start: q.start,
        end: q.end,
        related: [],
        fingerprint: fingerprintOf('quote-unattributed', q.norm),
      });
    }
  });
  return out;
}

/** a paragraph cut by its page inside a clause, an ellipsis glued to its last word or comma */
const CUT_WITH_ELLIPSIS = /[\p{Ll},]\s?(?:…|\.\.\.|\[\s?(?:…|\.\.\.)\s?\])\s*$/u;

/** a photo's credit in a caption ("Credit:DFES", "Photo: Fortuna", "Foto/Ist") */
const CAPTION_CREDIT = /\b(?:credit|photo|picture|image|foto|gambar)\s*[:/|]\s*\S/iu;

/** a short line without quotation marks that carries a photo's credit, or that the line after it gives again with one */
function creditedCaption(paras: readonly ParaX[], i: number): boolean {
  const p = paras[i]!;
  if (p.quotes.length > 0 || p.unpaired.length > 0 || p.text.split(/\s+/).length > 30) return false;
  const after = paras[i + 1]?.text;
  return CAPTION_CREDIT.test(p.text) || (after !== undefined && after.length > p.text.length && after.startsWith(p.text.trim()) && CAPTION_CREDIT.test(after));
}

/** a listing page's link to the rest of an excerpt, on a line of its own */
const READ_MORE_LINE = /^(?:read (?:more|the (?:full|whole|rest of the) (?:story|article)|on)|continue reading|more|baca (?:selengkapnya|lebih lanjut|lanjutannya)|selengkapnya|lanjut baca)\s*(?:[.…»>›→]+|\.\.\.)?$/iu;

/** a related story's prompt opening a paragraph, its excerpt glued on */
const TEASER_PROMPT = /^\s*(?:[Rr]ead (?:the )?full (?:story|article)|[Rr]ead [Mm]ore|[Cc]ontinue [Rr]eading|[Bb]aca (?:juga|selengkapnya|lainnya))(?!\p{Ll})/u;

/** a line that ends inside a sentence, continued by a line that begins inside one */
const brokenLine = (text: string, next: string) => /[\p{L}\p{N},]\s*$/u.test(text) && /^\s*[\p{Ll}\p{N}]/u.test(next);

/**
 * Quotations that run over paragraphs without being reopened: a paragraph that closes a quote it
 * never opened, after a paragraph (with only mark-less paragraphs or junk lines between) that
 * opened one and left it open. Newsrooms and the portals they copy from often skip the
 * reopening mark of the house style ("... kata dia: "Kami ... \n ... selesai," ujarnya."), and
 * a quoted post, letter or hoax message is laid out over many short lines with one pair of
 * marks around all of them; the two marks are a pair to a reader. Reading the dev split, the
 * earlier "goes on without reopening" warning was a quoted post in 7 of 8 cases, so neither end
 * is reported: reopening is house style, not a mark without its pair.
 */
const ACROSS_PARAGRAPHS = 12;

function quotesAcrossParagraphs(paras: readonly ParaX[]): { closes: Set<number>; opens: Set<number> } {
  const closes = new Set<number>();
  const opens = new Set<number>();
  paras.forEach((p, pi) => {
    // the first mark that closes without an opener, or a closing mark typed facing the wrong way
    // with nothing open ('... rumah saudara Haryanto ini, “ucap Sekdes.'), reported as such already
    const unpairedClose = p.unpaired[0]?.mark === '”' ? p.unpaired[0].start : undefined;
    const firstAt = unpairedClose ?? (p.unpaired.length === 0 ? p.reversedClosers.find((at) => !p.quotes.some((q) => q.start <= at && at < q.end)) : undefined);
    if (firstAt === undefined || p.quotes.some((q) => q.start < firstAt)) return;
    for (let i = pi - 1, seen = 0; i >= 0 && seen < ACROSS_PARAGRAPHS; i--, seen++) {
      const q = paras[i]!;
      // (a wrong-facing close ends only a quotation that opens its paragraph: a term in marks
      // left open inside a sentence, 'program “Rumah tak layak huni (RTLH) merupakan ...', is its own slip)
      if (q.opensUnclosed && (unpairedClose !== undefined || q.startsWithQuote)) {
        if (!opens.has(i)) {
          opens.add(i);
          closes.add(pi);
        }
        return;
      }
      // a paragraph between must be part of the quotation (no marks) or page junk
      if (q.quotes.length > 0 || q.unpaired.length > 0) if (!furnitureOfCached(q.text)) return;
    }
  });
  return { closes, opens };
}

export function quoteUnbalanced(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { paras } = ctx;
  const across = quotesAcrossParagraphs(paras);
  /** paragraphs whose opening mark was typed at the end of the paragraph above (one card there) */
  const openedAbove = new Set<number>();
  /** one mark of paragraph `pi` at `start`..`end`; the fields that differ come in `rest` */
  const report = (pi: number, start: number, end: number, rest: Pick<Finding, 'message' | 'fingerprint'> & Partial<Pick<Finding, 'confidence' | 'related' | 'fix'>>) =>
    out.push({ rule: 'quote-unbalanced', severity: 'warning', paragraph: pi, start, end, related: [], ...rest });
  // marks of the wrong shape, gathered by kind: a story that uses one all through ("”Stop
  // Intimidasi ...” ”Naikkan Gaji ...”", seven openers on one page) has one habit to mend, not seven
  // warnings; each mark gets its own when there are few
  const wrong = new Map<string, Array<{ pi: number; at: number; length: number; shown: string; print: string; right: string; unclosed?: boolean; partner?: RelatedRange }>>();
  const mark = (kind: string, pi: number, at: number, length: number, shown: string, print: string, right = WRONG_MARK[kind]!) => {
    let list = wrong.get(kind);
    if (!list) wrong.set(kind, (list = []));
    list.push({ pi, at, length, shown, print, right });
  };
  paras.forEach((p, pi) => {
    // (a script's code or an embed marker left in the text is deleted whole: its marks are no
    // quotations, nor are a comment box's ('1 thought on “Vandalism at Park', cut by the page); a
    // teaser's quoted title is typography, its marks are read)
    const junk = furnitureOfCached(p.text)?.kind;
    if (junk === 'embed' || junk === 'share') return;
    for (const at of p.reversedOpeners) mark('reversed', pi, at, 1, p.text.slice(at, at + 30), p.text.slice(at, at + 40));
    for (const at of p.doubledOpeners) mark('doubled-open', pi, at, 2, p.text.slice(at, at + 30), p.text.slice(at, at + 40));
    for (const at of p.reversedClosers) mark('reversed-close', pi, at, 1, p.text.slice(Math.max(0, at - 29), at + 1), p.text.slice(Math.max(0, at - 39), at + 1));
    for (const e of p.entityMarks) mark('entity', pi, e.start, e.end - e.start, p.text.slice(e.start, e.end), p.text.slice(e.start, e.end + 30), e.mark);
    if (p.unpaired.length === 0) return;
    // the next paragraph of the story: an advert's label or a sub-heading between two paragraphs
    // of one quotation ("Hide Ad", "‘Massive tick’") does not end it
    // (and a photo's caption, known by its credit or given again with it: "Fitzroy Crossing Bridge
    // was damaged by floods." / "... floods.Credit:DFES/Main Roads WA")
    let nextAt = pi + 1;
    while (nextAt <= pi + 3 && paras[nextAt] && (furnitureOfCached(paras[nextAt]!.text) || looseLine(paras[nextAt]!) || creditedCaption(paras, nextAt))) nextAt++;
    const next = paras[nextAt];
    /** this paragraph's last card for a closing mark without an opening one */
    let closerCard: Finding | undefined;
    for (const u of p.unpaired) {
      // the next paragraph's opening mark typed at the end of this one ('... to the President. ”'
      // over 'As coffee farmers we have ... to him,” said the chairman.'): one mark in the wrong
      // place, one card with the move, and the next paragraph's closing mark is left in peace
      if (u === p.unpaired[0] && openedAbove.has(pi)) continue;
      if (u.mark === '”' && u === p.unpaired[p.unpaired.length - 1] && /[.!?]\s+$/u.test(p.text.slice(0, u.start)) && !p.text.slice(u.end).trim() && next && !next.startsWithQuote) {
        const closes = next.unpaired[0];
        if (closes?.mark === '”' && !next.quotes.some((q) => q.start < closes.start)) {
          openedAbove.add(nextAt);
          const from = p.text.slice(0, u.start).trimEnd().length;
          report(pi, u.start, u.end, {
            message: tr(
              ctx.ui,
              `This mark ends the paragraph but opens the quotation of the next one, which closes without an opening mark (${ev(next.text.slice(0, closes.end), 50)}): move it there.`,
              `Tanda kutip ini ada di akhir paragraf, padahal membuka kutipan paragraf berikutnya yang ditutup tanpa tanda kutip pembuka (${ev(next.text.slice(0, closes.end), 50)}): pindahkan ke sana.`,
            ),
            related: [{ paragraph: nextAt, start: closes.start, end: closes.end }],
            fix: {
              label: tr(ctx.ui, 'Move the mark to the next paragraph', 'Pindahkan ke paragraf berikutnya'),
              edits: [
                { paragraph: pi, start: from, end: u.end, text: '' },
                { paragraph: nextAt, start: 0, end: 0, text: '“' },
              ],
            },
            fingerprint: fingerprintOf('quote-unbalanced', 'opener-above', normalizeForMatch(next.text).slice(0, 60)),
          });
          continue;
        }
      }
      const isLastOpen = p.opensUnclosed && u === p.unpaired[p.unpaired.length - 1] && u.mark !== '”' && !holdsAttribution(p.text, u.start);
      // multi-paragraph quotation: left open here, reopened at the start of the next paragraph
      // (the reopening mark may face the wrong way, '”Love them or hate them ...', which is
      // reported there)
      // (not when a whole quotation after it ends the paragraph, '“This whole thing started ... In
      // a widely shared video, one of the dealers bemoaned that “they have increased cess.”': the
      // first was left open in the middle, not run on to the next paragraph; a title quoted inside
      // the running quotation, '"When I was first elected ... he was the "Father of the House" and
      // ...', leaves it running)
      if (isLastOpen && next && (next.startsWithQuote || next.reversedOpeners[0] === next.text.length - next.text.trimStart().length) && !p.quotes.some((q) => q.start > u.start && !p.text.slice(q.end).trim())) continue;
      // ... or a page that broke its lines inside a sentence ('According to him, “A total' / 'of
      // 923,486 (nine hundred'): the quotation goes on in the next line
      if (isLastOpen && paras[pi + 1] && brokenLine(p.text, paras[pi + 1]!.text)) continue;
      // ... or closed further down without reopening: left open is the convention (see below)
      if (isLastOpen && across.opens.has(pi)) continue;
      // ... or a teaser the page cut inside a clause ('“Our goal is to reduce carbon emissions,
      // keep jobs here, and…', a related article's excerpt): the closing mark is in the part cut off
      if (isLastOpen && CUT_WITH_ELLIPSIS.test(p.text)) continue;
      // ... or a related story's excerpt glued to its prompt ("Read the full storyErgon Energy
      // Network is urging ... “Bamboo is one of the worst offenders because it g"), cut by the page
      if (isLastOpen && TEASER_PROMPT.test(p.text)) continue;
      // ... or a listing page's excerpt, cut before its "Read More" line: the rest of the
      // statement, and its closing mark, is on the story's own page
      if (isLastOpen && paras[pi + 1] && READ_MORE_LINE.test(paras[pi + 1]!.text.trim())) continue;
      // the closing end of a quotation opened paragraphs before: a pair to a reader (see above)
      if (u === p.unpaired[0] && across.closes.has(pi)) continue;
      // a closing mark opening a quotation never closed has its card already ('” Bersama
      // Pemerintahan ...'): one warning per mark, which says the quotation is never closed too
      const reversed = u.mark === '”' ? undefined : wrong.get('reversed')?.find((x) => x.pi === pi && x.at === u.start);
      if (reversed) {
        reversed.unclosed = true;
        continue;
      }
      // a closing mark a few words after a wrong mark already carded, with no sentence between
      // (”Esron Tarigan,S.S”, “paparnya”, .”Jelasnya”): the two marks wrap a name or a tag, one
      // slip, told on the first mark's card
      if (u.mark === '”') {
        const reversedBefore = wrong.get('reversed-close')?.findLast((x) => x.pi === pi && x.at < u.start);
        const lastAt = Math.max(closerCard?.start ?? -1, reversedBefore?.at ?? -1);
        if (lastAt >= 0 && WRAPPED.test(p.text.slice(lastAt + 1, u.start))) {
          const partner = { paragraph: pi, start: u.start, end: u.end };
          if (closerCard && closerCard.start === lastAt) closerCard.related.push(partner);
          else reversedBefore!.partner = partner;
          continue;
        }
      }
      const after = p.text.slice(u.end, u.end + 40);
      const before = p.text.slice(Math.max(0, u.start - 40), u.start);
      const ctxText = u.mark === '”' ? before + u.mark : u.mark + after;
      report(pi, u.start, u.end, {
        message: tr(
          ctx.ui,
          u.mark === '”'
            ? `This closing quotation mark has no opening mark before it (${ev(ctxText, 50)}).`
            : `This quotation mark is never closed in the paragraph (${ev(ctxText, 50)}).`,
          u.mark === '”'
            ? `Tanda kutip penutup ini tidak punya tanda kutip pembuka (${ev(ctxText, 50)}).`
            : `Tanda kutip ini tidak pernah ditutup di paragraf ini (${ev(ctxText, 50)}).`,
        ),
        fingerprint: fingerprintOf('quote-unbalanced', u.mark, ctxText),
      });
      if (u.mark === '”') closerCard = out[out.length - 1];
    }
    // many marks without a partner in one paragraph are one thing to look at (a line of markup
    // the page printed, a paste that lost its marks), not a card for each
    const mine = out.filter((f) => f.paragraph === pi && !f.fix);
    if (mine.length >= UNPAIRED_MANY) {
      const [first, ...others] = mine as [Finding, ...Finding[]];
      out.splice(out.indexOf(first), mine.length, {
        ...first,
        message: tr(ctx.ui, `${mine.length} quotation marks in this paragraph have no partner: its marks do not pair up.`, `${mine.length} tanda kutip di paragraf ini tidak berpasangan.`),
        related: others.map((f) => ({ paragraph: pi, start: f.start, end: f.end })),
        // (by the paragraph's words, not its place: a dismissal survives a paragraph added above)
        fingerprint: fingerprintOf('quote-unbalanced', 'unpaired', normalizeForMatch(p.text).slice(0, 80)),
      });
    }
  });
  const neverClosed = tr(ctx.ui, ' It is never closed in the paragraph either.', ' Kutipan ini juga tidak ditutup di paragraf ini.');
  const times = (n: number) => tr(ctx.ui, ` The story does this ${n} times.`, ` Naskah ini melakukannya ${n} kali.`);
  /** the story types the right mark nowhere: its wrong marks of a shape are the page's habit */
  const neverTyped = (mark: string) => !paras.some((p) => p.text.includes(mark));
  for (const [kind, all] of wrong) {
    const text = (m: string, x: { shown: string; right: string }) =>
      tr(ctx.ui, WRONG_MARK_EN[kind]!.replace('%s', () => ev(x.shown, 40)).replace('%m', x.right) + m, WRONG_MARK_ID[kind]!.replace('%s', () => ev(x.shown, 40)).replace('%m', x.right) + m);
    /** one mark's own card, with its fix */
    const single = (x: (typeof all)[number], more: string, ...print: string[]) =>
      report(x.pi, x.at, x.at + x.length, {
        confidence: 'medium',
        message: text(more, x),
        ...(x.partner ? { related: [x.partner] } : {}),
        fix: { label: tr(ctx.ui, `Use ${x.right}`, `Ganti dengan ${x.right}`), edits: [{ paragraph: x.pi, start: x.at, end: x.at + x.length, text: x.right }] },
        fingerprint: fingerprintOf('quote-unbalanced', kind, ...print),
      });
    /** one card for a page's habit: on its first mark, the others related, one fix for all */
    const habit = (marks: readonly (typeof all)[number][], more: string, ...print: string[]) => {
      const [first, ...rest] = marks as [(typeof all)[number], ...(typeof all)[number][]];
      report(first.pi, first.at, first.at + first.length, {
        confidence: 'medium',
        message: text(more + times(marks.length), first),
        related: rest.map((x) => ({ paragraph: x.pi, start: x.at, end: x.at + x.length })),
        fix: {
          label: kind === 'entity' ? tr(ctx.ui, `Use the marks (all ${marks.length})`, `Ganti dengan tanda kutip (semua ${marks.length})`) : tr(ctx.ui, `Use ${first.right} (all ${marks.length})`, `Ganti dengan ${first.right} (semua ${marks.length})`),
          edits: marks.map((x) => ({ paragraph: x.pi, start: x.at, end: x.at + x.length, text: x.right })),
        },
        fingerprint: fingerprintOf('quote-unbalanced', kind, ...print),
      });
    };
    // (a mark that also leaves its quotation open is a slip of its own, not part of a habit)
    const unclosed = all.filter((y) => y.unclosed);
    const list = all.filter((y) => !y.unclosed);
    // ... but on a page that never types the right mark, its card speaks for the page's other
    // marks of that shape too ('” Kapal Basarnas ... sesuai informasi warga, tutur Ariyanto' left
    // open, then '” Kapal hanya ..., ” terang Ferry.'): one habit, told once
    // (when the mark left open comes first: a later one's card stays where the habit began)
    const before = (x: (typeof all)[number], y: (typeof all)[number]) => x.pi < y.pi || (x.pi === y.pi && x.at < y.at);
    const fold = unclosed.length > 0 && list.length > 0 && list.length < WRONG_MARK_HABIT && kind !== 'entity' && before(unclosed[0]!, list[0]!) && neverTyped(unclosed[0]!.right);
    for (const x of unclosed) {
      if (fold && x === unclosed[0]) habit([x, ...list], neverClosed, 'unclosed', x.print);
      else single(x, neverClosed, 'unclosed', x.print);
    }
    if (list.length === 0 || fold) continue;
    // (two are a habit too when the story never types the right mark: '”Pasar Induk ...,” ujar
    // GSVL' and '”Khusus bagi ...,” kata Wali Kota' on a page with no “ at all)
    const neverRight = list.length >= 2 && kind !== 'entity' && neverTyped(list[0]!.right);
    if (list.length < WRONG_MARK_HABIT && !neverRight) {
      for (const x of list) single(x, '', x.print);
      continue;
    }
    habit(list, '', 'throughout');
  }
  return out;
}

/** the words between two marks that wrap a name or a tag: four words at most, no sentence ending */
const WRAPPED = /^(?![^“”"]*[.!?]\s)[^“”"\s]+(?:\s+[^“”"\s]+){0,3}$/u;
/** unpaired marks in one paragraph reported as one card from this many */
const UNPAIRED_MANY = 3;
/** three or more marks of one wrong shape in a story are one habit, reported once */
const WRONG_MARK_HABIT = 3;
/** the mark each wrong shape should be */
const WRONG_MARK: Record<string, string> = { reversed: '“', 'doubled-open': '“', 'reversed-close': '”', entity: '“' };
const WRONG_MARK_EN: Record<string, string> = {
  reversed: 'This quotation opens with a closing mark (%s): the opening mark is “.',
  'doubled-open': 'This quotation opens with two single marks (%s): the opening mark is “.',
  'reversed-close': 'This quotation closes with an opening mark (%s): the closing mark is ”.',
  entity: 'This quotation mark is HTML code left by a website (%s): the mark is %m.',
};
const WRONG_MARK_ID: Record<string, string> = {
  reversed: 'Kutipan ini dibuka dengan tanda kutip penutup (%s): tanda kutip pembuka adalah “.',
  'doubled-open': 'Kutipan ini dibuka dengan dua tanda kutip tunggal (%s): tanda kutip pembuka adalah “.',
  'reversed-close': 'Kutipan ini ditutup dengan tanda kutip pembuka (%s): tanda kutip penutup adalah ”.',
  entity: 'Tanda kutip ini berupa kode HTML sisa situs (%s): tanda kutipnya adalah %m.',
};
