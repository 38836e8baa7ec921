import { EN_WORDS } from './en-words.js';
import { ID_WORDS } from './id-words.js';
import { BoundedMemo } from '../../bounded-memo.js';

/**
 * Binary search in the sorted, newline-separated list itself: no array or Set of 100,000 words is
 * built (that cost 150-300 ms on the first check of a session), and a lookup is ~17 string
 * comparisons.
 */
function inSorted(list: string, word: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    const w = list.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

/**
 * The titles of Indonesian offices written as one word, and a regency's offices, which newsrooms
 * write daily and no packaged list holds ("Kajari", head of a district prosecutor's office;
 * "Dandim", commander of a district command): words, not names, so name-variant never pairs one with a name a letter
 * away ("Kajari BU Pradhana" beside "Sekdesnya Kamari"), nor two offices a letter apart. The
 * police and army units ("Polres", "Kodim") stay open to slips of the hand, which stories make in
 * them and which no other unit's name is a letter away from.
 */
const OFFICE_TITLES = new Set([
  'kajari', 'kajati', 'kacabjari', 'kasat', 'kasatreskrim', 'kasatlantas', 'kasatnarkoba', 'kasatsamapta', 'kasi', 'kasie', 'kasubag', 'kasubbag', 'kasubsi',
  'kabag', 'kabid', 'kadis', 'kadiv', 'kanit', 'kaur', 'kakan', 'kakanwil', 'kalapas', 'karutan', 'kapus', 'kaprodi', 'kadus', 'kades',
  'kapolri', 'kapolda', 'kapolres', 'kapolresta', 'kapolrestabes', 'kapolsek', 'wakapolri', 'wakapolda', 'wakapolres', 'kapendam', 'kapenrem', 'kasdim', 'kasrem',
  'dandim', 'danrem', 'danramil', 'danyon', 'danlanal', 'danlanud', 'danpomdam', 'pangdam', 'pangkostrad', 'sekda', 'sekdes', 'sekcam', 'sekwan', 'sekjen', 'dirjen', 'kadispora', 'kadinkes',
  // ... and the regional offices themselves, whose names a letter apart are two offices ("Kepala
  // Bapeda ... Kepala Bapenda": planning and revenue)
  'bappeda', 'bapeda', 'bapenda', 'bappenda', 'dispenda', 'disdik', 'dinkes', 'dishub', 'disnaker', 'dispora', 'dukcapil', 'disperindag', 'diskominfo', 'disperkim', 'dispar', 'disparbud', 'bawaslu', 'bumdes', 'bumdesa', 'satpol',
]);

function known(w: string): boolean {
  return inSorted(EN_WORDS, w) || inSorted(ID_WORDS, w) || OFFICE_TITLES.has(w);
}

/*
 * Indonesian morphology, by hand because no packaged stemmer fits the worker (Sastrawi for
 * JavaScript pulls a 30,000-word dictionary of its own and returns one stem, not "is this a
 * word"): hunspell-id lists stems, so "Keuangan" (ke-uang-an), "Pemegang" (peN-pegang) and
 * "Kementerian" (ke-menteri-an) are words only once their affixes are taken off. Affixes are
 * taken off Indonesian stems only: "Tankkan" is no word because English has "tank".
 */
const ID_SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i', 'wan', 'wati', 'isme', 'is'];
/**
 * Prefixes, each with the letter its nasal replaced ("memukul" is meN-pukul, "penulis" peN-tulis)
 * and the stems it goes before (the nasal follows the stem's first sound: "mem" before b, f, v;
 * "men" before d, c, j, z; "meng" before vowels, g, h; "me" before l, r, w, y, m, n; "be" and
 * "pe" for ber- and per- before r or a first syllable in -er: "berenang", "bekerja", "pekerja").
 * Without these conditions "Bemotor" would pass as a word. "pe" also makes the doer of a
 * stem that begins with a consonant the nasal would replace ("pejabat", "petani", "pedagang",
 * "petugas", "pejuang"): the nasal forms ("penjabat", acting official) are other words.
 */
const NASAL: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['', '', /^[lrwymn]/], ['m', '', /^[bfv]/], ['m', 'p', /^p/], ['n', '', /^[dcjz]/], ['n', 't', /^t/],
  ['ng', '', /^[aeiough]/], ['ng', 'k', /^k/], ['ny', 's', /^s/], ['nge', '', /^./],
];
const ID_PREFIXES: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['di', '', /^./], ['ke', '', /^./], ['se', '', /^./], ['ber', '', /^./], ['ter', '', /^./], ['per', '', /^./],
  ['memper', '', /^./], ['be', '', /^(?:r|[^aeiou]er)/], ['bel', '', /^ajar/], ['pe', '', /^(?:r|[^aeiou]er|[bcdgjkpst])/],
  ...NASAL.flatMap(([n, restore, before]) => [['me' + n, restore, before] as const, ['pe' + n, restore, before] as const]),
];
const MIN_STEM = 4;

function knownId(w: string): boolean {
  return w.length >= MIN_STEM && inSorted(ID_WORDS, w);
}

/** the word without up to two suffixes ("kebijakannya": -nya, then -an) */
function withoutSuffixes(w: string): string[] {
  const out = [w];
  for (const s of ID_SUFFIXES) {
    if (!w.endsWith(s) || w.length - s.length < MIN_STEM) continue;
    const v = w.slice(0, -s.length);
    out.push(v);
    for (const t of ID_SUFFIXES) if (v.endsWith(t) && v.length - t.length >= MIN_STEM) out.push(v.slice(0, -t.length));
  }
  return out;
}

function knownIndonesian(w: string): boolean {
  for (const v of withoutSuffixes(w)) {
    if (v !== w && knownId(v)) return true;
    for (const [p, restore, before] of ID_PREFIXES) {
      if (!v.startsWith(p) || v.length - p.length < MIN_STEM) continue;
      const stem = restore + v.slice(p.length);
      if (!before.test(stem)) continue;
      if (knownId(stem)) return true;
      // two prefixes: "diperbaiki" (di-per-baik-i), "keberangkatan" (ke-ber-angkat-an)
      for (const [q, r2, b2] of ID_PREFIXES) {
        if (!stem.startsWith(q) || stem.length - q.length < MIN_STEM) continue;
        const inner = r2 + stem.slice(q.length);
        if (b2.test(inner) && knownId(inner)) return true;
      }
    }
  }
  return false;
}

// A lookup with its affixes costs 10-20 µs, and name-variant asks again for every pair on every
// re-check while the reporter types: answers are kept (bounded) between checks.
const answers = new BoundedMemo<string, boolean>(50_000);
const knownAnyway = (w: string): boolean => known(w) || knownIndonesian(w);

/** a word of English or Indonesian (either: stories mix them), in any case */
export function isKnownWord(word: string): boolean {
  return answers.get(word.toLowerCase().replace(/['’]s$/, ''), knownAnyway);
}

/** a word of the story's own language ("truk" in Indonesian copy, where "truck" is English only) */
export function isWordOf(word: string, lang: 'en' | 'id'): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return lang === 'en' ? inSorted(EN_WORDS, w) : knownId(w) || knownIndonesian(w);
}

/** a word standing in the English or Indonesian list as it is, without taking affixes off */
export function isListedWord(word: string): boolean {
  return known(word.toLowerCase().replace(/['’]s$/, ''));
}

/** spellings of one place or word that are both right ("Sumatra"/"Sumatera", "Ramadan"/"Ramadhan", the "amen" of a prayer quoted from social media) */
const REGIONAL: ReadonlyArray<readonly [string, string]> = [
  ['sumatra', 'sumatera'],
  ['amin', 'amiin'],
  ['amin', 'aamin'],
  ['amiin', 'aamiin'],
  ['aamin', 'aamiin'],
  ['makassar', 'makasar'],
  ['yogyakarta', 'jogjakarta'],
  ['yogya', 'jogja'],
  ['pekanbaru', 'pakanbaru'],
  ['bukittinggi', 'bukitinggi'],
  ['tanjung', 'tanjong'],
  // transliterations from Arabic that Indonesian copy writes both ways (KBBI "Ramadan", common "Ramadhan")
  ['ramadan', 'ramadhan'],
  ['quran', "qur'an"],
  ['quran', 'qur’an'],
  ['muharam', 'muharram'],
  // an Arabic plural Indonesian religious news uses beside its singular ("para Habaib", "Habib Ali")
  ['habib', 'habaib'],
  // the country as Indonesian copy writes it both ways (KBBI "Cina", common "China")
  ['cina', 'china'],
];
/** film industries named after Hollywood, one letter apart from each other and missing from the word list */
const FILM_INDUSTRIES = new Set(['hollywood', 'bollywood', 'tollywood', 'kollywood', 'nollywood', 'lollywood', 'mollywood', 'dhallywood']);

export function regionalPair(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return REGIONAL.some(([p, q]) => (x === p && y === q) || (x === q && y === p)) || (FILM_INDUSTRIES.has(x) && FILM_INDUSTRIES.has(y));
}

/**
 * British and American spellings of one English word, both in the lists ("Centre"/"Center",
 * "Theatre"/"Theater", "Harbour"/"Harbor"): a page may name two halls each its own way (name-variant
 * asks only when one name is written both ways).
 */
export function britishAmerican(x: string, y: string): boolean {
  const one = (b: string, a: string) => (b.endsWith('re') && a === b.slice(0, -2) + 'er') || (b.includes('our') && b.replace('our', 'or') === a);
  return (one(x, y) || one(y, x)) && known(x) && known(y);
}

/**
 * The ranks of the Indonesian armed forces and police as newsrooms abbreviate them. hunspell-id
 * lists none, and several are one letter apart ("Laksda"/"Laksdya", rear and vice admiral;
 * "Serka"/"Serma", "Bripka"/"Bripda"): two ranks in one story are two officers, not a slip.
 */
const ID_RANKS = new Set(
  'jenderal letjen mayjen brigjen kolonel letkol mayor kapten lettu letda peltu pelda serma serka sertu serda kopka koptu kopda praka pratu prada laksamana laksdya laksda laksma marsekal marsdya marsda marsma komjen irjen kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol brigadir briptu bripda abriptu abripda bharaka bharatu bharada'.split(' '),
);
export function isRank(word: string): boolean {
  return ID_RANKS.has(word.toLowerCase());
}

/**
 * The ranks of British and Commonwealth police and councils written before a surname ("DI
 * Gilbin", "Cllr Smith", "Det Sgt ..."): a title, not a first name. The short ones count only in
 * the capitals they are written in ("Di" is a particle of Italian surnames, "Di Giannantonio").
 */
const EN_RANK_WORDS = new Set(['sgt', 'insp', 'supt', 'det', 'cllr', 'inspector', 'sergeant', 'constable', 'detective', 'superintendent', 'councillor', 'alderman', 'alderwoman']);
const EN_RANK_CAPS = new Set(['DI', 'DS', 'DC', 'DCI', 'DSI', 'PC', 'PCSO', 'Cr']);
export function isEnglishRank(word: string): boolean {
  return EN_RANK_CAPS.has(word) || EN_RANK_WORDS.has(word.toLowerCase());
}

