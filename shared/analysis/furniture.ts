/**
 * Page furniture: website chrome that a scraper or a careless copy-paste carries into copy
 * ("loading...", font-size buttons "A A A", "Baca juga: ...", "ADVERTISEMENT", "SCROLL TO
 * CONTINUE WITH CONTENT", share prompts, cookie banners, breadcrumbs, photo credits glued to
 * the first sentence). Indonesian and English patterns are both applied whatever the story's
 * language, because Indonesian sites carry English chrome (detik's "SCROLL TO CONTINUE...").
 *
 * Precision matters more than recall here: a false "delete line" on real copy is worse than a
 * missed banner. So almost every rule matches a WHOLE short line, and prefix rules ("Baca juga")
 * only fire on lines short enough to be a teaser rather than a sentence.
 */
import type { Finding, UiLanguage } from '../model/finding.js';
import { fingerprintOf } from '../model/fingerprint.js';
import { datelineOf } from './dateline.js';
import { BoundedMemo } from './bounded-memo.js';
import { removalEdit } from './fix.js';
import { isListedWord } from './locale/lexicon/index.js';
import { msg } from './messages.js';
import { canonicalText, normalizeForMatch, trimmedRange } from './normalize.js';
import type { FurnitureKind } from './furniture-kinds.js';
import { DESK_FURNITURE_MAX_LENGTH, normalizeFurnitureLine } from './desk-furniture.js';

export type { FurnitureKind };

export interface FurnitureMatch {
  kind: FurnitureKind;
  /** UTF-16 range inside the ORIGINAL paragraph text */
  start: number;
  end: number;
  /** the whole paragraph is furniture (fix deletes the line) */
  wholeLine: boolean;
}

/** Whole-line rules: [kind, pattern, max words]. The pattern is tested on the canonical line. */
const LINE_RULES: Array<[FurnitureKind, RegExp, number]> = [
  ['loading', /^(?:loading|memuat|sedang memuat|please wait|mohon tunggu|tunggu sebentar)\s*(?:\.{2,}|…)?\s*$/i, 4],
  // "A", "A A A", "A- A A+", "AA", "A+" and the labelled forms
  ['font-size', /^(?:a{1,2}\s*[+-]?\s*){1,4}$/i, 4],
  ['font-size', /^(?:font size|text size|change (?:text |font )?size|ukuran (?:huruf|teks|font)|perbesar teks|perkecil teks)\b.{0,20}$/i, 6],
  // teasers: "Baca juga: ...", "Simak juga Video '...':", "Tonton juga video ... di sini:", "Read more: ..."
  [
    'teaser',
    /^(?:baca juga|baca pula|baca lagi|baca selengkapnya|lihat juga|simak juga|tonton juga|saksikan juga|simak video|tonton video|lihat video|saksikan live|berita terkait|artikel terkait|baca artikel|read more|read next|up next|read also|also read|more on this story|see also|related (?:articles?|stories|news|content)|recommended for you|pilihan redaksi|editor'?s picks?)\b/i,
    30,
  ],
  ['teaser', /^(?:related|terkait|watch|video|baca|read|recommended)\s*:/i, 25],
  // share / follow prompts: lines made only of network names, or explicit prompts
  [
    'share',
    // (each with its button's "icon" label, or its "Share on" glued on: "facebook icon twitter
    // icon ... copy", "Share on FacebookShare on Twitter")
    /^(?:(?:(?:share|bagikan)\s+(?:on|via|to|ke)\s+)?(?:share|bagikan|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|tumblr|flipboard|messenger|sms|line|e-?mail|print|cetak|copy link|copy|salin tautan|tweet)(?:\s+icon)?\s*[|·•,/:.]?\s*){1,8}$/i,
    12,
  ],
  ['share', /^[•·]?\s*(?:follow us|ikuti kami|follow (?:\S+ )?on (?:twitter|x|facebook|instagram|tiktok|youtube)|share this|bagikan (?:artikel|berita) ini)\b/i, 20],
  ['share', /^(?:dapatkan|dapatkan update|get the latest|download|unduh|install)\b.{0,200}\b(?:google news|telegram|whatsapp channel|aplikasi|app store|google play|apps?)\b/i, 40],
  ['share', /^(?:klik di sini|click here)\b/i, 12],
  // a blog's comment form and its notices, in the languages of the pages read ("Tinggalkan
  // Balasan", "Your email address will not be published. Required fields are marked *",
  // "Laisser un commentaire", "Comments are closed.", "%d bloggers like this:")
  ['share', /^(?:leave a (?:reply|comment)|tinggalkan (?:balasan|komentar)(?: anda)?|laisser un commentaire|posting komentar|kirim komentar|write a (?:facebook )?comment|view all comments|lihat semua komentar|tulis(?:kan)? komentar\b.{0,50}|comments? (?:are|is) closed|komentar (?:ditutup|dinonaktifkan)|share (?:your )?thoughts|%d bloggers like this|spread the love|close this search box|(?:previous|next) arrow|expand (?:image|slideshow)|\d+ comments?:?|silah?kan berkomentar|terima ?kasih telah memberikan komentar|belum ada komentar|be the first to comment|comments: our rules|you must be logged in to post a comment(?: login)?|please enter your (?:comment|name here)|this site uses akismet to reduce spam\b.{0,80}|back to top|kembali ke atas|you might also like|pos(?:t)? terkait|post published in:?.{0,30}|(?:avatar|author) photo|\p{L}+ author photo|-?a a \+a)\W*$/iu, 16],
  ['consent', /^(?:your email address will not be published|alamat email anda tidak akan|votre adresse (?:e-)?mail ne sera pas publiée|you must have javascript enabled|please enable javascript|javascript (?:is )?(?:disabled|required)|hold tight\W+we.re checking permissions)\b.{0,140}$/iu, 30],
  // the note a share button leaves ("URL berhasil dicopy", "Link copied")
  ['share', /^(?:url|link|tautan)\s+(?:berhasil\s+)?(?:di\s?copy|di\s?salin|disalin|copied)\W*$/i, 4],
  [
    'advert',
    // (one marker, or two or three run together: "Advertisement Hide Ad")
    /^[-–—~\s]*(?:(?:advertisements?|advertisment|advertising|advert|iklan|pariwara|sponsor(?:ed)? ad|usap untuk melanjutkan|geser untuk melanjutkan|sponsored(?: content)?|konten bersponsor|ads|hide ad|scroll to continue(?: with content| reading)?|scroll untuk melanjutkan(?: membaca)?|gulir (?:ke bawah )?untuk melanjutkan|lanjutkan membaca|continue reading(?: below)?|story continues below(?: advertisement)?|artikel dilanjutkan di bawah|(?:article )?ad ?box)\W*){1,3}$/i,
    8,
  ],
  ['consent', /\b(?:we use cookies|this (?:site|website) uses cookies|kami menggunakan cookie|situs ini menggunakan cookie|accept (?:all )?cookies|terima (?:semua )?cookie|cookie (?:policy|settings|preferences)|kebijakan cookie)\b/i, 60],
  [
    'consent',
    /^(?:subscribe (?:to|now|for)|sign up (?:for|to|now)|berlangganan (?:sekarang|newsletter|untuk)|daftar (?:newsletter|sekarang untuk)|already a subscriber|sudah berlangganan|log ?in to (?:continue|read)|masuk untuk (?:melanjutkan|membaca)|this (?:article|content) is for subscribers)\b/i,
    30,
  ],
  ['credit', /^(?:foto|photos?|images?|pictures?|pics?|gambar|ilustrasi|illustration|sumber foto|image copyright|image caption|copyright)\s*:\s*\S.{0,100}$/i, 12],
  ['credit', /^(?:image copyright|getty images|reuters|afp|ap photo|antara foto)\s*$/i, 4],
  // a caption that opens with its label ("IMAGE: Delhi batter Lalit Yadav celebrates ...",
  // "ILUSTRASI. Sebuah balon ...", "Ilustrasi - internet", PA's "File photo dated 22/10/2012 of
  // ..."), and a logo's alt text ("Sporting News Logo")
  ['caption', /^(?:(?:IMAGE|PICTURE|ILUSTRASI|ILLUSTRATION)\s*[:.]\s*\S|(?:Ilustrasi|ilustrasi)(?:\s*[.:–—-]|$)|File (?:photo|picture) (?:dated|of)\b)/u, 45],
  ['caption', /^\p{Lu}[\p{L}\d .&'’-]{1,40}\s[Ll]ogo$/u, 6],
  ['pagination', /^(?:halaman|page)\s*\d+(?:\s*(?:dari|of|\/)\s*\d+)?\s*$/i, 5],
  ['pagination', /^(?:selanjutnya|sebelumnya|berikutnya|halaman selanjutnya|halaman berikutnya|next page|previous page|next|prev|previous)\s*(?:»|›|>|«|‹|<)?\s*$/i, 3],
  ['pagination', /^(?:\d+\s+){2,}(?:selanjutnya|next|berikutnya)?\s*$/i, 12],
  ['tags', /^(?:tags?|topik|topics?|kata kunci)\s*:\s*\S/i, 20],
  // Structural shapes of junk, not lines seen on one portal (issue 12): a call to action that
  // names a platform, a CMS embed marker, a credit line, a caption marker, a syndication note.
  [
    'share',
    /^\(?(?:(?:yuk|ayo|mari)\s+)?(?:ikuti|follow|simak|baca|update|dapatkan|gabung|bergabung|join|subscribe|berlangganan|download|unduh|install|pantau|klik|tonton|saksikan|dengarkan|listen)\b.{0,160}\b(?:google news|whatsapp|wa channel|telegram|instagram|youtube|tiktok|facebook|twitter|x\.com|line today|apple news|aplikasi|app store|google play|channel|saluran|podcast|spotify)\b/i,
    40,
  ],
  ['share', /^(?:dengarkan|listen to|putar|play)\s+(?:artikel|berita|this article|this story|audio)\b/i, 12],
  ['embed', /^\[[^[\]]{1,160}\]$/, 25],
  // a WordPress shortcode the page printed instead of running, however long ("[ngg_images
  // source=”galleries” container_ids=”99″ ... maximum_entity_count=”500″]")
  ['embed', /^\[[a-z][\w-]*(?:\s+[\w-]+\s*=\s*["”″'][^"”″'\n]{0,200}["”″']{1,2})+\s*\]$/, 200],
  // the end of an HTML tag left alone on a line ('"/>', '</div>')
  ['embed', /^(?:["'”]?\s*\/?>|<\/?[a-z][^<>]{0,120}>)$/i, 3],
  ['embed', /^\[(\w+)[^\]]*\].{0,300}\[\/\1\]$/, 25],
  ['embed', /^(?:\[|\()?(?:gambas|embed|iframe|instagram post|twitter post|tiktok post)\s*:/i, 25],
  ['byline', /^(?:reporter|report|penulis|writer|words|editor|redaktur|penyunting|pewarta|kontributor|contributor|sumber|source)\s*:\s*\S.{0,80}$/i, 12],
  ['byline', /^(?:reporting by|written by|editing by|additional reporting by|laporan wartawan|laporan reporter|laporan oleh|(?:video )?report by|review by|words by|interview by)\s+\S.{0,80}$/i, 12],
  // (a desk's initials joined by slashes or hyphens: "(kha/ray)", "(Gb--Raf)")
  ['byline', /^\(\s*[a-z]{2,8}(?:\s*(?:-{1,2}|\/)\s*[a-z]{2,8}){1,3}\s*\)\.?$/i, 4],
  ['credit', /^\(?(?:(?:dok|ist)\.\s*|(?:foto|video|photo|ilustrasi|illustration|grafis|infografis|dokumentasi|istimewa|screenshot|tangkapan layar)\s*[:(/]).{0,140}\)?$/i, 12],
  ['credit', /^(?:artikel ini (?:telah )?(?:tayang|terbit|dipublikasikan|diterbitkan)|berita ini (?:telah )?(?:tayang|terbit)|this (?:article|story) (?:was|has been) (?:first |originally )?(?:published|posted))\b/i, 40],
  ['credit', /^(?:copyright|hak cipta|©)\s*(?:©\s*)?\d{0,4}\b.{0,120}$/i, 20],
  // a caption that ends on its agency and photographer ("Inspektur Jenderal Djoko Susilo.
  // TEMPO/Dhemas Reviyanto", "- ANTARA FOTO/Wahyu Putro"): the credit makes the line a caption
  ['credit', /(?:^|[\s.(-])(?:ANTARA(?: FOTO)?|Antara(?: Foto)?|TEMPO|Tempo|VIVA|Viva|REUTERS|Reuters|AFP|AP|KOMPAS(?:\.com|\.COM)?|Kompas(?:\.com)?|[Dd]etik(?:com)?|Getty Images|[Dd]ok\.?)\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}\)?$/u, 30],
  // ... or on a photo credit in brackets ("Kepala Dinas Pertanian Kabupaten Dairi, Robot
  // Simanullang. (Foto/Dody).")
  ['credit', /\((?:[Ff]oto|FOTO|[Pp]hoto|[Dd]ok|[Ii]st|[Ii]stimewa)\s*[:/]\s*\p{Lu}[\p{L}.'’ -]{1,40}\)\.?$/u, 30],
  // page metadata no story is written in: reading time, view counts, icon names of share buttons
  ['meta', /^[·•|-]?\s*(?:bacaan|waktu baca|lama baca|estimasi (?:waktu )?baca|reading time|read time)\s*:?\s*\d+\s*(?:menit|min(?:ute)?s?)\b.{0,12}$/i, 6],
  // ... and its template left empty ("... menit baca")
  ['meta', /^(?:\.{3}|…|\d+)\s*(?:menit baca|min(?:ute)?s? read)$/i, 4],
  ['meta', /^\d+\s*(?:min(?:ute)?s?|menit)\s+(?:read|baca|bacaan)\s*$/i, 4],
  ['meta', /^(?:by\s*)?[-–]?\s*\p{L}*\d[\d.,]*\s*(?:views?|kali (?:dibaca|dilihat)|pembaca|dilihat)\s*$/iu, 4],
  ['meta', /^dibaca\s+\d[\d.,]*\s*(?:kali|x)\s*$/i, 4],
  ['meta', /^[a-z]+(?:-[a-z]+)*-(?:white|black|circle|vertical|horizontal|outline|icon|filled|solid|alt)(?:\p{Lu}\p{Ll}+)?$/u, 1],
  ['meta', /^(?:sosmed|icon|ico|share|copy|zoom|more)-[a-z]+(?:-[a-z]+)*(?:\p{Lu}\p{Ll}+)?$/u, 1],
  // an ad-free offer of the portal ("Baca berita dengan sedikit iklan, klik di sini", "Baca berita tanpa iklan. Gabung Kompas.com+")
  ['consent', /^(?:baca|nikmati|read)\b.{0,40}\b(?:tanpa iklan|sedikit iklan|bebas iklan|ad-free|without ads|fewer ads)\b/i, 14],
  // a label without its content: "Halaman:", "Daftar Isi", "Rekomendasi untuk anda", "Tim Redaksi"
  ['pagination', /^(?:halaman|page)\s*:\s*$/i, 1],
  ['teaser', /^(?:daftar isi|table of contents|rekomendasi(?: untuk (?:anda|kamu))?|recommended(?: for you)?|berita lainnya|bacaan lainnya|artikel lainnya|more stories|most read|terpopuler|paling banyak dibaca|you may also (?:like|want to (?:watch|read|see)))\s*:?\s*$/i, 7],
  ['byline', /^-?\s*(?:tim redaksi|reporter|penulis|editor|redaksi|pewarta|writer|written by|author|oleh|by)\s*:?\s*$/i, 2],
  // a label and its name in a table the scraper flattened ("Pewarta | : M. Marhaban |")
  ['byline', /^(?:reporter|penulis|editor|redaktur|pewarta|author|writer)\s*\|\s*:?\s*\S.{0,60}$/i, 10],
  // "By Joe Crann", "ByABC News", "Rep: Muhammad Nursyamsi/ Red: Andi Nur Aminah"
  ['byline', /^[Bb][Yy]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u, 5],
  ['byline', /^(?:rep|red)\s*:\s*\S.{0,80}$/i, 14],
  // a photographer and the agency ("Richard Drew/AP"), a video's length and source ("01:17 - Source: CNN")
  ['credit', /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*\/\s*(?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|PA|PA Wire|PA Images|Bloomberg|ANTARA|Antara|INPHO|Sportsfile|Motorsport Images|Shutterstock|Alamy|Corbis|REX|Rex Features)$/u, 6],
  ['credit', /^\d{1,2}:\d{2}\s*[-–]\s*(?:source|sumber)\s*:\s*\S.{0,40}$/i, 6],
  // an image's file name left by a scraper ("afp_qm59q_70062805.jpg", "_600x400.jpg)")
  ['credit', /^[\w.-]*\.(?:jpe?g|png|gif|webp)\)?$/i, 1],
  // a teaser in brackets ("(baca: Tips Mudik Nyaman Via Bandara Soekarno-Hatta)")
  ['teaser', /^\(\s*(?:baca|baca juga|lihat|lihat juga|simak juga|read more|see also)\s*:.{3,160}\)$/i, 30],
  ['pagination', /^\d+\s+(?:dari|of)\s+\d+\s+(?:halaman|pages?)$/i, 5],
  ['teaser', /^(?:saksikan|simak|tonton|watch)\s+(?:juga\s+)?video\b.{0,40}(?:di bawah ini|berikut ini|below)\s*:?$/i, 10],
  // a widget's error or loading text ("• Oops!", "Something went wrong.", "Loading Boxscore...")
  ['loading', /^[•·]?\s*(?:oops!?|something went wrong\.?|please try again later\.?|terjadi kesalahan\.?|silakan coba lagi(?: nanti)?\.?)$/i, 5],
  ['loading', /^(?:loading|memuat)\b.{0,30}(?:\.{2,}|…)$/i, 5],
  // a lone label of the page: "Breaking News", "Now playing", "View Comments", "Media caption,"
  ['meta', /^[•·]?\s*(?:breaking(?: news)?:?|live(?: report| updates| blog)?|now playing|view comments|comments?|latest|the latest|in this article:?|media caption,?|image caption,?|save story|published|updated|last updated|diperbarui|diterbitkan|view larger map|download|lainnya di \p{L}+|berita terkini|terpopuler|trending)\s*$/iu, 4],
  ['meta', /^[·•]?\s*(?:[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+)?\d+(?:-\d+)?\s*(?:min(?:ute)?s?|menit)\s+(?:read|baca)$/iu, 9],
  ['meta', /^(?:estimated )?read(?:ing)? time\s*:?\s*\d+(?:\s*-\s*\d+)?\s*(?:min(?:ute)?s?)$/i, 6],
  ['share', /^(?:facebook|twitter|reddit|whatsapp|linkedin|email|telegram|pinterest|flipboard){2,}$/i, 1],
  ['share', /\b(?:listening to our audio|listen to (?:our|more) (?:audio|podcasts)|more audio and podcasts)\b/i, 16],
  ['consent', /^(?:act now to keep your subscription|your subscription (?:is due to|will) (?:terminate|expire|end)|update your payment details)\b/i, 12],
  // Shapes read on set 4 of unseen news (186 portals; set 5 kept apart to measure them).
  // a label whose content a scraper put on the next line ("Sumber :", "Photo :")
  ['credit', /^(?:sumber|source|photo|foto|caption|keterangan foto)\s*:\s*$/i, 3],
  // a photographer and the portal or agency, on a line of their own ("VIVA.co.id/Nur Faishal
  // (Surabaya)", "Dede Idrus (Bandung)/ VIVA", "Instagram / pdamsuryasembada")
  ['credit', /^(?!(?:Dear|Kepada|Yth\.?)\s)(?:[\p{Lu}@][\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s*\([\p{L} ]+\))?\s*\/\s*[\p{L}@][\p{L}\d.'’_-]*|[\p{Lu}@][\p{L}.'’-]*\s*\/\s*\p{Lu}[\p{L}\d.'’_-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})(?:\s*\([\p{L} ]+\))?$/u, 8],
  ['credit', /^(?:foto|photo)\s+\p{L}+\s*:\s*\S.{0,100}$/iu, 12],
  // an image's alt text kept URL-encoded ("With+the+state+trophy+in+their+hands%2C+...")
  ['credit', /^[\p{L}\d%'.-]+(?:\+[\p{L}\d%'.-]+){4,}$/u, 1],
  // bylines: "By Allen Cone, UPI", "By Naalir Jamaldeen | Published: 2:00 AM Jun 19 2021", "May
  // 27, 2010|By Mary Gail Hare, The Baltimore Sun", "Nicole Glennon and David Young, PA", a
  // reporter's one-line biography (an e-mail address alone is not: a reader's letter signs with one)
  ['byline', /^(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}\s*\|\s*)?[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*(?:\s*\|\s*.{0,60})?$/u, 16],
  ['byline', /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})*\s*,\s*(?:PA|AP|AFP|Reuters|UPI|Bernama|AAP|dpa|CNN|Xinhua|PNA|ANI|IANS|PTI)(?: Media)?$/u, 12],
  ['byline', /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+is\s+(?:a|an)\s+.{0,60}\b(?:journalist|reporter|correspondent|columnist)\b(?:\s+(?:based|at|for|with|covering)\b.{0,60})?\.?$/u, 20],
  ['byline', /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+(?:a|an)\s+[^,]{0,60}\b(?:journalist|reporter|editor|writer|correspondent)\b[^,]{0,40},\s+(?:brings|has)\b.{0,200}\bexperience\b/u, 60],
  // page notes: an archive's age, share and comment counts, a link to visit, a badge of the
  // press council, a widget's apology
  ['meta', /^this (?:article |story )?was published (?:\d+|one|two|three|more than \d+) (?:years?|months?) ago\.?$/i, 9],
  ['meta', /^\d*\s*(?:shares?|comments?|komentar)$/i, 2],
  ['meta', /^featured[- ]image$/i, 2],
  ['meta', /^terverifikasi (?:administratif|faktual)\b.{0,40}\bdewan pers$/i, 10],
  ['share', /^(?:visit|kunjungi)\s+(?:www\.)?[\w-]+\.(?:com|org|net|id|co\.\w+|go\.id)\S*\.?$/i, 3],
  ['teaser', /^(?:must read|more to read|recommended stories|top stories|more from \S+)$/i, 4],
  ['loading', /^we(?:'|’)re sorry,? this feature is currently unavailable\b/i, 25],
  // Shapes read on sets 4 and 5 of unseen news (set 6 kept apart to measure them).
  // paywalls and promotions: "Unlock unlimited access for just $1", "Please log in to continue |",
  // "BUY TICKETS TO ROUND 11", "Watch more of our videos on Shots!", "Spread This News"
  ['consent', /^(?:unlock|get|enjoy)\b.{0,40}\b(?:unlimited|full|digital|premium)\s+access\b/i, 20],
  ['consent', /^please\s+(?:log ?in|sign ?in|subscribe|register)\s+to\s+(?:continue|read)\b/i, 10],
  ['share', /^(?:buy|get|book)\s+(?:your\s+)?tickets\b/i, 15],
  ['share', /^(?:watch more (?:of )?(?:our )?videos|have your say|spread this news|share this (?:article|story|news))\b/i, 12],
  ['share', /^(?:free news updates\b.{0,20})?follow\s+(?:\S+\s+){0,4}on\s+(?:twitter|x|facebook|instagram|tiktok|youtube)\W*$/i, 16],
  // bylines: "Author: Staff Report", "(By Joshua W. Amlanu)", "By James Ditchfield / Roar Rookie",
  // "April Warren Staff writer"
  ['byline', /^author\s*:\s*\S.{0,60}$/i, 10],
  ['byline', /^\(\s*by\s+\p{Lu}[\p{L}.'’ -]{2,60}\)$/iu, 10],
  ['byline', /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[\p{L} ]{2,40}$/u, 12],
  ['byline', /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:staff writer|staff reporter|senior reporter|correspondent|contributor)$/iu, 8],
  // an image's alt text ("Image for Rovers Come From Behind To Win", "Thumbnail") and a separator
  // or an ellipsis standing alone
  ['caption', /^(?:image for|thumbnail(?: for)?|article image)\b.{0,120}$/i, 20],
  ['caption', /^!\[[^\]]{0,200}\]\([^)]{0,300}\)/, 40],
  // Shapes read on set 6 (set 7 kept apart to measure them).
  // an agency's credit alone ("(IANS)", "(NAN)", "(With inputs from ANI)")
  ['credit', /^\(\s*(?:with inputs from\s+[^()]{2,40}|NAN|IANS|ANI|PTI|UNI|AFP|AP|Reuters|Bernama|Xinhua|PNA|AAP|dpa|KNA)\s*\)\.?$/i, 6],
  // a byline in Indonesian ("Oleh humaspmk on August 31, 2014"), a follow button ("Follow Sarah"),
  // a share box ("Share Email this article to a friend ...")
  ['byline', /^oleh\s+[\p{L}@][\p{L}\d._@-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+on\s+.{4,30})?$/iu, 8],
  ['share', /^[Ff]ollow\s+\p{Lu}\p{Ll}+$/u, 2],
  ['share', /^share\s+(?:e-?mail|this (?:article|story))\b/i, 25],
  // a page's address slug ("tak-ada-akhlak-undang-bupati-rapat-paripurna") and a tweet embedded
  // as text ("... pic.twitter.com/4TTTfIaxV3", "- GO-JEK (@gojekindonesia) June 13, 2016")
  ['meta', /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/, 1],
  ['embed', /\bpic\.twitter\.com\/\w+\s*$/, 60],
  ['embed', /^-\s*[^()]{1,60}\(@\w+\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u, 12],
  // (a row of dashes stays: it is how a story sets off its editor's note or a section)
  ['meta', /^(?:[|…·•]|\.{3})$/u, 1],
  // Shapes read on sets 6-8 (set 9 kept apart to measure them).
  // an advert's slot and marker ("banner 468x60", "SCROLL TO RESUME CONTENT"), a widget's rating
  // or contents box ("Rate this post", "Konten [Tampil]"), a print or video prompt
  ['advert', /^(?:banner\s*\d{2,4}\s*[x×]\s*\d{2,4}|scroll to resume(?: content)?)$/i, 4],
  ['meta', /^rate this (?:post|article)$/i, 3],
  ['teaser', /^(?:konten|contents|daftar isi|table of contents)\s*\[\s*(?:tampil|sembunyikan|show|hide)\s*\]$/i, 4],
  ['share', /^(?:print this (?:page|article)\b.{0,30}|scroll down for (?:the )?video)$/i, 8],
  ['pagination', /^(?:lanjut(?:kan)? ke halaman (?:berikutnya|selanjutnya)|continue to (?:the )?next page)\W*$/i, 6],
  // a teaser behind the page's bullet or bold marks ("**Baca Juga: ...", "| Baca juga: ..."), a
  // list's label ("Baca Lainnya :", "Related Links: ...")
  ['teaser', /^[*|•>–-]+\s*(?:baca juga|baca pula|read more|read also|also read|lihat juga|simak juga)\b/i, 30],
  ['teaser', /^(?:baca lainnya|related links?)\s*:/i, 20],
  // a source alone in brackets ("(Sumber: Antara)"); a reporter's initials alone ("(jon)") stay,
  // the sign-off the seed article keeps
  ['credit', /^\(\s*(?:sumber|source)\s*:?\s*[^()]{2,40}\)\.?$/i, 6],
  // a byline's label in Indonesian ("Laporan : Rajap", "Jurnalis: Dila Nurfadila", "Oleh : Arman
  // Saidi – Junior Epidemiologist"), the label alone ("Artikel ini ditulis oleh:", "Staff writer")
  ['byline', /^(?:laporan|jurnalis|wartawan|oleh|fotografer|photographer)\s*:\s*\p{Lu}.{0,60}$/iu, 8],
  ['byline', /^(?:artikel ini ditulis oleh|ditulis oleh|(?:senior )?staff (?:writer|reporter|report))\s*:?\s*$/i, 5],
  // Shapes read on set 9 (measured before them).
  // an advert's marker ("Article continues after advertisement", "SKIP ADVERTISEMENT"), a
  // template tag or a CMS's debug dump ("{{more}}", "[post_type] => post", "Array"), a lone label
  // ("Enlarge", "PUBLISHED: | UPDATED:"), a desk's byline ("ESPNscrum Staff", "Cricinfo staff")
  ['advert', /^(?:(?:the )?(?:article|story) continues (?:after|below) (?:the )?advertisement|skip advertisement)$/i, 6],
  ['embed', /^(?:\{\{[^{}]{1,40}\}\}|\[\w+\]\s*=>.{0,60}|Array|[()])$/u, 8],
  ['meta', /^(?:enlarge|(?:published|updated|diperbarui|diterbitkan)\s*:?(?:\s*\|\s*(?:published|updated|diperbarui|diterbitkan)\s*:?)*)$/i, 4],
  ['byline', /^\p{Lu}[\p{L}]+\s+staff$/iu, 2],
  // a share or follow prompt ("Please share this Article if you like", "Follow and Subscribe Nyasa TV :"),
  // a credit alone in brackets ("(Image: Dave Kendall)", "(Pic by Google Maps)", "IMAGES VIA @kyobesarah")
  ['share', /^(?:please share this (?:article|story|post)\b.{0,60}|follow and subscribe\b.{0,40})$/i, 16],
  ['credit', /^\(\s*(?:image|images|photo|picture|pic|foto)\s*(?::|by)\s*[^()]{2,50}\)\.?$/i, 8],
  ['credit', /^(?:images?|photos?|pictures?)\s+via\s+\S.{0,40}$/i, 6],
  // Shapes read on set 12 (after its measurement).
  // bylines: "By: Ismail Manjang", "Reviewed by Paul Davies", "(tim redaksi)", a desk's sign-off
  // after the portal's address ("NEWS24.CO.ID/RED/DEV")
  ['byline', /^[Bb][Yy]\s*:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u, 6],
  ['byline', /^reviewed by\s+\p{Lu}.{0,50}$/iu, 8],
  ['byline', /^\(\s*(?:tim redaksi|redaksi)\s*\)$/i, 3],
  ['byline', /^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net)(?:\s*\/\s*[a-z]{2,6}){1,3}$/i, 3],
  // page widgets: "Sebarkan artikel ini", "×", "Bookmark the permalink.",
  // "Exit mobile version", "Open in App", "Register for free to read more ...", "advertorial"
  ['share', /^sebarkan (?:artikel|berita) ini\W*$/i, 4],
  ['meta', /^×$/u, 1],
  ['share', /^(?:this entry was posted in\b.{0,80})?bookmark the permalink\.?$/i, 20],
  ['meta', /^(?:exit mobile version|open in app)$/i, 3],
  ['consent', /^register (?:for free )?to (?:read|continue)\b.{0,100}$/i, 25],
  ['advert', /^advertorial$/i, 1],
  // file names of pictures ("Img 20241122 Wa0091", "23958856_web1_210120_YKN_news_ProceduresBylaw-wb_1",
  // "/cloudfront-us-east-1.images.arcpublishing.com/gray/PRIPOIMRDZL5BGOTY6M77KWTAM.jpg)")
  ['caption', /^img[\s_-]?\d{8}\b.{0,20}$/i, 4],
  ['caption', /^\d{6,}_\w*[_-][\w-]+$/u, 1],
  ['credit', /^\/?[\w.-]+(?:\/[\w.-]+)+\.(?:jpe?g|png|gif|webp)\)?$/i, 1],
  // Shapes read on set 11 (after its measurement).
  // labels and prompts alone ("Date:", "Share post:", "SHARE ME", "News Desk:", "About Author",
  // "Become a member of Shetland News", "... content JUBI TV, click here!", "... Klik di Bawah Ini")
  ['meta', /^(?:date|tanggal)\s*:$/i, 1],
  ['share', /^(?:share (?:post|me|this)|bagikan)\s*:?!?$/i, 3],
  ['byline', /^(?:news desk|about (?:the )?author)\s*:?\s*(?:\(\s*\))?$/i, 4],
  ['consent', /^become a (?:member|subscriber|supporter)\b.{0,40}$/i, 10],
  // (a sentence of the story may end on its link: "While the event is free, ... groups are asked
  // to register in advance – click here.")
  ['share', /\b(?:click here|klik di (?:sini|bawah ini))\W*$/i, 14],
  ['consent', /\b(?:read our privacy policy|protection of your data)\b/i, 20],
  // a relative time or a vote count ("35 mins ago | Views", "2 jam yang lalu", "0 Votes (0)")
  ['meta', /^\d+\s+(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|jam|menit|hari|minggu|bulan|tahun)\s+(?:ago|yang lalu|lalu)\b.{0,20}$/i, 6],
  ['meta', /^\d+\s+votes?\b.{0,10}$/i, 4],
  // credits: "Photos by Matangi Tonga.", "- Photo / Supplied", "Sumber Video : Jello", a
  // syndication note ("this story has not been edited by NDTV staff"), "Local Journalism Initiative"
  ['credit', /^(?:photos?|pictures?|pics?|images?)\s+by\s+\S.{0,60}$/i, 10],
  ['credit', /^[-–—]\s*(?:photo|picture|image|foto)\s*[/:]\s*\S.{0,30}$/i, 6],
  ['credit', /^sumber\s+(?:video|foto|berita|gambar|artikel)\b.{0,40}$/i, 8],
  ['credit', /\bthis (?:story|article) has not been edited by\b/i, 40],
  ['credit', /^local journalism initiative$/i, 3],
  // bylines: "By SANDRA MWILA –", "Friday 30 December 2022 | Written by Al Williams | Published in ..."
  ['byline', /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[-–—]$/u, 6],
  ['byline', /\|\s*[Ww]ritten by\s+\p{Lu}/u, 20],
  // an image's alt text or file name ("admin's picture", "fb img 1769928923521")
  ['caption', /^\w+['’]s (?:picture|photo|avatar)$/i, 2],
  ['caption', /^[a-z]{2,5}(?:[\s_-][a-z]{2,5})?[\s_-]\d{8,}$/i, 3],
  // Shapes read on set 10 (measured before them; set 11 kept apart to measure them).
  // a newsletter's sign-up box and an audio player's loading line ("Sign up to our daily
  // newsletter Sign up Thank you for signing up! ...", "Getting your Trinity Audio player ready...")
  ['consent', /^sign up (?:to|for) (?:our|the)\b.{0,40}\bnewsletter\b/i, 60],
  ['loading', /^getting (?:your|the)\b.{0,30}\bready\W*$/i, 8],
  // a follow prompt after its lead-in ("Stay current - Follow FMT on WhatsApp, Google news and
  // Telegram"), a channel's promotion ("Catch all our latest shows on our YouTube channel"), a
  // reactions box ("What do you think of this story?", "• Angry (0%)")
  ['share', /^[\p{L}' ]{1,24}\s[-–—:]\s*(?:follow|ikuti|join|gabung|subscribe)\b.{0,80}\b(?:whatsapp|telegram|google news|facebook|twitter|instagram|youtube|tiktok)\b[^.!?]*$/iu, 20],
  ['share', /^(?:catch|watch|see|find)\s+(?:all\s+)?(?:of\s+)?(?:our|more)\b.{0,60}\b(?:youtube|channel|app|podcast)\b.{0,30}$/i, 20],
  ['share', /^what do you think (?:of|about) (?:this|the) (?:story|article|news|post)\??$/i, 9],
  ['meta', /^[•·]?\s*\p{L}+\s*\(\d{1,3}(?:[.,]\d+)?%\)$/u, 3],
  // a desk's or a service's byline ("Our Correspondent", "Herald Correspondent", "Himalayan News
  // Service"), a name and its role ("Hazel Nunez, Reporter"), a name and a date label ("Anita
  // Nkonki|Published"), a byline with the reporter's handle and address or the date ("By Louis
  // Kolumbia @Collouis1999 lkolumbia@...", "by Sally Blundell / 19 April, 2016"), a CMS's own
  // ("Submitted by Editor on")
  ['byline', /^(?:our|staff|special|\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+(?:\(\p{Lu}\p{Ll}+\)\s+)?(?:correspondent|reporter|contributor|news service|news desk|bureau)\s*:?$/iu, 5],
  ['byline', /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s*(?:reporter|staff writer|correspondent|editor|contributor|photographer)$/iu, 7],
  ['byline', /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*\|\s*(?:published|updated|posted)\b.{0,40}$/iu, 12],
  ['byline', /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+@\w+)?\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, 10],
  ['byline', /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[/|]\s*\d{1,2}\s+\p{L}+,?\s+\d{4}$/u, 10],
  ['byline', /^(?:submitted|posted|written|published|uploaded|compiled|edited)\s+by\b.{0,40}$/i, 8],
  // an agency's name alone, and a page's source link ("Bernama", "Source link")
  ['credit', /^(?:Bernama|BERNAMA|AFP|AP|Reuters|REUTERS|IANS|PTI|ANI|NAN|Xinhua|XINHUA|AAP|dpa|PNA|RSS|KNA|Antara|ANTARA)$/u, 1],
  ['credit', /^source link$/i, 2],
  // a category and a row of hashtags ("Categories Macau", "#fire #homeless #longhouse #Miri")
  // (without its colon not a contest's class heading a results list: "Kategori Putra", "Category U-14")
  ['tags', /^(?:categor(?:y|ies)|kategori)(?:\s*:\s*|\s+(?!(?:putra|putri|pria|wanita|umum|anak|remaja|dewasa|pelajar|mahasiswa|beregu|perorangan|tunggal|ganda|kelas|men|women|boys|girls|junior|senior|open)(?!\p{L})|u-?\d))\p{L}.{0,40}$/iu, 6],
  ['tags', /^(?:#[\p{L}\d_]+[\s,]*){2,}$/u, 12],
  // an image's placeholder or alt text ("Default Thumbnail", "Headshot of Cally Dupe")
  ['caption', /^(?:default (?:thumbnail|image)|headshot of\b.{0,40})$/i, 8],
  // a label alone ("Published on", "VIEWS"), a camera's file name for a picture ("DSC_0199"), a
  // sign-off in brackets: the desk's capitals or a reporter's name ("(REGITA/HUMAS SATPOL PP)",
  // "(Ronal Fajar)"; initials alone stay, as the seed article keeps "(jon)")
  ['meta', /^(?:published on|posted on|diterbitkan pada|views?|dilihat)\s*:?$/i, 3],
  ['caption', /^(?:DSC|IMG|DCIM|PXL|DJI)[_-]?\d{3,}(?:\.\w{3,4})?$/iu, 1],
  // ... a phone's ("WhatsApp Image 2025 06 11 at 12.11.15 0f0eb488", "Oplus_131072") and a
  // CMS's empty caption ("No Caption ABCDE EMN-191125-094856001")
  ['caption', /^(?:WhatsApp Image \d{4}[\s-]\d\d[\s-]\d\d at \d\d?[.:]\d\d[.:]\d\d(?:\s+\w+)?|Oplus_\d+|No caption(?:\s+[\p{Lu}\d-]+){0,3})$/iu, 12],
  ['credit', /^\(\s*[\p{Lu}\d .-]{2,30}\/[\p{Lu}\d ./-]{2,30}\)\.?$/u, 6],
  ['byline', /^\(\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s*\)\.?$/u, 3],
  // a script left in the text ('"); jQuery("#212 h3").html("', "jQuery(document).ready(function() {",
  // "(adsbygoogle = window.adsbygoogle || []).push({});")
  ['embed', /\badsbygoogle\b|\bgoogletag\.|\bjQuery\s*\(|\bfunction\s*\(\s*\)\s*\{|\bdocument\.(?:getElementById|querySelector|write)\s*\(|^["']?\)\s*;/u, 400],
  // Shapes of the software small portals share, not of the pages read (sets 13-16 showed them
  // on hosts of their own, each once): the comment box and notices of WordPress, Jetpack and
  // Disqus, and a theme's navigation labels ("2 thoughts on “Harvest Festival”", "You are
  // commenting using your Google account. Log Out / Change )", "Back to top button")
  ['share', /^(?:\d+\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s+\S.{0,120}|no comments(?: yet)?|comments are (?:disabled|closed)(?:,? but trackbacks and pingbacks are open)?\.?|you are commenting using your\b.{0,60}|fill in your details below or click an icon to log in\b.{0,20}|connecting to %s|notify me of (?:new|follow-up) (?:comments|posts)\b.{0,40}|save my name,? email,? and website\b.{0,80}|comments are posted from viewers like you\b.{0,120}|what['’]s your reaction\??|skip to (?:main )?content|back to top button|show more|load more|like this:|like loading\.{0,3}|share this:)$/iu, 30],
  // ... and of Blogger, Wix, Mobirise and a few WordPress plugins, in the languages of the pages
  // read ("Tidak ada komentar", "Diberdayakan oleh Blogger.", "top of page", "Made with Mobirise",
  // "Silakan masukkan komentar anda!", "error: Content is protected !!", "Please follow and like us:")
  ['share', /^(?:tidak ada komentar:?|no comments:|(?:gambar tema oleh\s+\S+\.?\s*)?diberdayakan oleh blogger\.?|(?:theme images by\s+\S+\.?\s*)?powered by blogger\.?|silakan masukkan (?:komentar|nama) anda(?: di sini)?\s*!?|please enter your comment\s*!?|this (?:article|post|story) has no comments yet\.?(?:\s*be the first to (?:leave a )?comment\.?)?|error:\s*content is protected\s*!*|menu close menu|please follow and like us:?|(?:top|bottom) of page|made with mobirise|free web page builder|autoplay|show (?:thumbnails|captions)|[•·]\s*(?:whatsapp|facebook|twitter|telegram|line|e-?mail|copy link))$/iu, 14],
  // an advert's slot left without its advert ("Example 728x250"), a scroll prompt ("Scroll untuk baca artikel")
  ['advert', /^(?:example\s+\d{2,4}\s*[x×]\s*\d{2,4}|scroll untuk (?:baca|membaca) (?:artikel|berita)(?: selengkapnya)?)$/i, 6],
  // a notice of copyright, a share count with its buttons ("PERINGATAN !!! hak cipta dilindungi
  // undang-undang", "332 SHARES Share Tweet"), a byline in brackets with its labels ("(penulis dan
  // foto: Frangki Noldy Lontaan. Editor: ...)")
  ['credit', /^(?:\p{L}+\s*!*\s*)?(?:hak cipta dilindungi undang-undang|all rights reserved)\.?$/iu, 8],
  ['share', /^\d[\d.,]*k?\s+shares?\s+(?:share|tweet|facebook|twitter|whatsapp|email|pin)(?:\s+(?:share|tweet|facebook|twitter|whatsapp|email|pin))*$/i, 8],
  ['byline', /^\(\s*(?:penulis|editor|reporter|pewarta|foto|teks|text|words)\b[^()]{0,20}:\s*\p{Lu}[^()]{2,120}\)\.?$/iu, 25],
  // a teaser's label before its headline, the label alone ("Berita Lainnya  Ketua Fraksi ...", "Berita Terbaru")
  // (the headline after a colon or a capital, without a stop: "Berita lainnya menyebutkan ..."
  // opens a sentence)
  ['teaser', /^(?:[Bb]erita [Ll]ainnya|[Bb]erita [Tt]erbaru|[Aa]rtikel [Tt]erbaru|BERITA LAINNYA|BERITA TERBARU)(?:(?:\s*:\s*|\s+(?=\p{Lu}))\S.{0,160}[^.!?]|\s*:)?$/u, 25],
  // ... of TownNews' BLOX comment rules, of the village sites' SID (Sistem Informasi Desa), of a
  // page that needs JavaScript and of search and menu widgets ("Keep it Clean. Please avoid
  // obscene ...", "Formulir Penulisan Komentar", "Isikan kode Captcha di atas", "Invalid Date",
  // "You need to enable javaScript to run this app.", "Lihat Semua Hasil", "(0) comments")
  ['share', /^(?:welcome to the discussion\.?|keep it clean\. please avoid\b.{0,80}|don't threaten\. threats of\b.{0,80}|be truthful\. don't knowingly\b.{0,60}|be nice\. no racism\b.{0,80}|be proactive\. use the\b.{0,80}|share with us\. we'd love to hear\b.{0,80}|\(\d+\) comments?|formulir penulisan komentar|isikan kode captcha(?: di atas)?|website desa ini berbasis aplikasi sistem informasi desa\b.{0,160}|situs ini menggunakan akismet\b.{0,120}|you need to enable javascript\b.{0,30}|invalid date|lihat semua hasil|tidak ada hasil|menu|logo|close|notifications?|add images)$/iu, 30],
  // a caption's or a credit's label ("Caption: Antrean warga ...", "Ket foto: Kondisi rumah ...",
  // "Dokumentasi dan Vidio : Team Obama", "(Humas Polres Metro Jakarta Pusat)", "(Reprinted from
  // the June 2009 newsletter)"), a byline with the CMS's label ("Ditulis oleh Administrator"), a
  // view count after a category ("TNI & Polri221 Dilihat", "Dilihat 2 kali")
  ['caption', /^(?:caption|ket(?:\.|erangan)?\s*(?:foto|gambar))\s*:\s*\S.{0,400}$/iu, 70],
  ['credit', /^(?:dokumentasi(?:\s+dan\s+\p{L}+)?\s*:\s*\S.{0,60}|\(\s*humas\b[^()]{2,60}\)\.?|\(?(?:reprinted|republished) (?:from|with)\b[^()]{0,80}\)?)$/iu, 12],
  ['byline', /^ditulis oleh\s+\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,2}$/iu, 5],
  ['meta', /^(?:[\p{L}&]+\s*){0,4}?\d[\d.,]*\s*dilihat$|^dilihat\s+\d[\d.,]*\s*(?:kali|x)$/iu, 6],
  // a sign-off in brackets: a reporter's or desk's initials and the portal or an editor's
  // ("(Arul/PorosLombok)", "(Kawit/beritasampit.co.id)", "(***/rds)"); a date "(5/8)" has no letters
  ['byline', /^\(\s*(?:\*{3}|\p{L}{2,20})(?:\s*\/\s*(?:\*{3}|\p{L}[\p{L}\d.-]{1,30})){1,3}\s*\)\.?$/u, 3],
  // code left by a theme: an identifier ("spot_img", "GRID_STYLE") or a token ("74HssqAmpAieSQYdpeY0UH...")
  ['embed', /^(?:[A-Za-z]+(?:_[A-Za-z\d]+)+|(?=\S*\d)(?=\S*\p{Ll})(?=\S*\p{Lu})[A-Za-z\d]{20,})$/u, 1],
  // Shapes of shared software and of the wires, read on set 20 (each on pages of several hosts
  // or written by a CMS, not a page's own menu): the comment rules of Reach plc's sites, Blogger's
  // and Gannett's comment and share lines, the JNews theme's search box, Kompasiana's notices, the
  // wires' sign-offs ("This report by The Canadian Press was first published ..."), paywall
  // prompts, a player's labels, an ISO "Last Updated" stamp, a millisecond stamp as a file name
  ['share', /^(?:we want our comments to be a lively and valuable part of our community\b.{0,200}|please report any comments that break our rules\.?|read the rules here\s*(?:comments are closed on this article\.?)?|(?:show|hide|view) comments?|post a comment|\d+ komentar:?|read or share this story:?.{0,80}|help keep family (?:&|and) friends informed by sharing this article|send this (?:page|article|story) to someone via e-?mail|connect with us|no results?|view all results?|laporkan (?:konten|akun|komentar)|video duration|skip to main content|you are here:?|close x|\(more…?\)|[-–]\s*newsletter\s*[-–]|article excerpt|lihat foto)$/iu, 40],
  ['share', /^(?:\d+\s+)?(?:facebook|twitter|reddit|whatsapp|linkedin|email|telegram|pinterest|flipboard|comment|more|print)(?:facebook|twitter|reddit|whatsapp|linkedin|email|telegram|pinterest|flipboard|comment|more|print)+$/i, 2],
  // ... and on set 23: a newsletter box, Blogger's ticker widget, a calendar widget's rows of days,
  // labels alone, bylines and credits with their labels
  ['consent', /^(?:get the latest news (?:to|in) your (?:e-?mail )?inbox\b.{0,20}|register|subscribe just\b.{0,160})$/iu, 30],
  ['embed', /^\d+\/recent\/[\w-]+$/u, 1],
  ['meta', /^(?:\d{1,2}\s+){2,6}\d{1,2}$/u, 7],
  ['share', /^(?:in summary|leave comments?|pengarang\s*:?)$/iu, 2],
  ['byline', /^(?:[Ss]tory and (?:[Pp]ix|[Pp]ics|[Pp]ictures|[Pp]hotos) by\s+\p{Lu}.{0,40}|(?:[Cc]redit|CREDIT)\s*:\s*\p{Lu}.{0,100})$/u, 16],
  ['credit', /^(?:this (?:report|story|article) by\s+.{2,40}\s+was (?:first )?published\b.{0,40}|(?:the )?(?:canadian press|associated press|australian associated press)|published in\s+\p{Lu}[\p{L} ]{1,30},\s*\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}\.?)$/iu, 20],
  ['credit', /\bkonten ini menjadi tanggung jawab\b.{0,120}$/iu, 30],
  ['consent', /^(?:your (?:subscription|premium access|free trial|access)\b.{0,40}\b(?:end|ended|ending|expired?|expiring)\b.{0,160}|(?:reclaim|renew) (?:your )?(?:full )?access\b.{0,60}|renew now\b.{0,80}|disclaimer\s*:\s*the views,? comments,? opinions\b.{0,400}|.{0,40}\bjavascript is disabled in your browser\.?)$/iu, 70],
  ['advert', /^advt\.?$/i, 1],
  ['byline', /^(?:byline\s*:\s*\p{Lu}.{0,60}|(?:admin\s+)?by\s+admin)$/iu, 8],
  ['byline', /^[-–•|]\s*(?:penulis|editor|reporter|pewarta|sumber)\s*:\s*\S.{0,120}$/iu, 20],
  ['caption', /^dok(?:umentasi)?\s*:\s*\S.{0,200}$/iu, 40],
  ['meta', /\blast updated\s*:?\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z?$/iu, 20],
  ['caption', /^\d{12,}$/, 1],
  // a portal's address and its photographer ("TribunPadang.com/NadiaNazar", "Kompas.com/Garry Lotulung")
  ['credit', /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|co\.id|id|net|org)\s*\/\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/iu, 5],
  ['meta', /^(?:posted|published|updated)\s*,\s*(?:posted|published|updated)?$|^Â$/iu, 3],
  // ... and on set 22: paywall and app prompts, comment rules and buttons, a CMS's stamp and
  // archive labels, the lead-ins of teaser lists, a credit and bylines with their labels
  ['consent', /^(?:please log ?in for (?:premium|subscriber|full) content\b.{0,120}|not yet a subscriber\?.{0,40}|click here to download our\b.{0,160}|advertise (?:here|with us)\W*)$/iu, 40],
  ['share', /^(?:post (?:a )?comment|house rules|\d+\.\s+(?:we welcome reader comments|please understand that comments are moderated|we ask that comments are)\b.{0,200}|skip to (?:main )?content\W*|more news|see more\s*[-–—]?|more on|what you need to know:)$/iu, 40],
  ['meta', /^(?:added|posted|created?|updated)(?: at \d{1,2}[:.]\d{2})?\s*:?\s*(?:on\s+)?(?:\p{L}{3},?\s+)?\d{1,2}(?:[/.]\d{1,2}[/.]\d{2,4}|\s+\p{L}+\s+\d{4})(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?$|^[-–—]\s*end\s*[-–—]$/iu, 10],
  ['tags', /^(?:tag archives?|category archives?)\s*:\s*\S.{0,40}$|^recently in\b.{1,40}\bcategory$/iu, 10],
  ['credit', /^(?:published in\s+(?:the\s+)?\p{Lu}[\p{L} ]{1,40}\s+(?:on|from)\s+\p{L}+\.?\s+\d{1,2},?\s+\d{4}(?:\s+to\s+\p{L}+\.?\s+\d{1,2},?\s+\d{4})?\.?|(?:photo|foto|picture)\s*\|\s*\p{Lu}[\p{L}.'’ -]{1,40})$/iu, 20],
  ['byline', /^(?:reported by\s*:\s*\S.{0,40}\|\s*edited by\s*:\s*\S.{0,40}|special to (?:the\s+)?\p{Lu}[\p{L}.' -]{1,40}|editor\.\s*:\s*\S.{0,40})$/iu, 14],
  ['share', /^(?:muat lebih(?: banyak)?|discussion about this post|isi komentar sepenuhnya (?:adalah )?tanggung jawab\b.{0,120}|(?:dapatkan|ikuti)\b[^,.]{0,100}\bdi ?sini\W*|>+\s*selengkapnya\b.{0,60}|tags?)$/iu, 25],
  // (a table's rule left by a scraper, "---|"; a row of dashes alone stays: a story sets off a note with it)
  ['meta', /^(?=[-: ]*\|)[-|: ]*-{3,}[-|: ]*$|\bdi ?baca\s*:?\s*\d[\d.,]*\s*kali$/iu, 25],
  ['credit', /^all rights? reserved\.?$|\(\s*ft\s*[:.]\s*[^()]{2,40}\)\.?$/iu, 30],
  // ... and on set 24: a line with no word that a page left between blocks ("_", "|") and a
  // press release's end mark ("# # #", "-30-"; a feature's "* * *" break stays); skip links,
  // search boxes, comment prompts and widget headings in both languages; the "Previous article" /
  // "Next article" links glued to their titles; an image's file name for its caption
  // ("HNCK8306-730x487", "Bonzo.jpeg DCE for ..."); an author's contact line ("Reach Rosemary
  // Shinohara at ...@adn.com", "E-mail: ...@gmail.com"); audio-player prompts; a release's stamp
  // and number; a bar of reporter and editor labels; a date stamp whose next field was cut
  // ("Senin, 16 Maret 2026 -"); a site's address alone; a photo's "net"/"ist" source alone
  // (not a lone dash or bullet, nor a full stop: a scraper splits a list's marks from their items,
  // and a sentence's stop from the quotation it ends)
  ['meta', /^(?:[_|]|#(?:\s*#){2}|-\s*30\s*-)$/u, 3],
  ['share', /^(?:[•·*-]\s*)?(?:(?:lompat ke (?:konten|sidebar|footer|navigasi|menu)\s*)+|(?:skip to (?:content|main content|sidebar|footer|navigation|primary sidebar)\s*)+|(?:cari berita|cari artikel|search for|ketik (?:kata kunci|dan tekan enter))\s*(?:\.{3}|…)?|komentar (?:tentang (?:post|berita|artikel)|via facebook|anda)\s*:?|(?:tulis|berikan|kirim) komentar(?: anda)?\s*:?|(?:latest|recent|top) comments|no comments(?: yet| to display)?|(?:start|join) the conversation|be the first to comment|(?:popular|recent|related) posts|most (?:viewed|read|popular|shared)|(?:[\p{L}\d.]+\s+)?(?:more )?top stories|stay connected|(?:berita|artikel) (?:terpopuler|terkait|lainnya|pilihan)|categories|author avatar|(?:header|sidebar|footer|top|bottom) ad|iklan semua halaman|access keys\s*:?|tags\s*:|premium|[×x]\s*image|halaman)$/iu, 10],
  ['teaser', /^(?:[Pp]revious|[Nn]ext) (?:article|post)(?:\s*:\s*|(?=\p{Lu}))\S.{0,160}$/u, 30],
  ['teaser', /^(?:\*\s*)?(?:please )?click here to read\b.{0,80}$|^(?:>>\s*)?(?:apply|click|klik|daftar) (?:here|di ?sini)\s*(?:<<)?$/iu, 16],
  ['byline', /^(?:[Bb]y\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s+in\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|\|\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u, 7],
  ['caption', /^(?:[\w-]+-\d{2,4}x\d{2,4}|(?:\S+\s+){0,3}[^\s/]{1,60}\.(?:jpe?g|png|webp|gif)\b.{0,240}|image result for\b.{0,80}|(?:foto|photo|ilustrasi)\s*[:.]?\s*(?:net|ist|istimewa|internet|google)\.?)$/iu, 45],
  ['byline', /^(?:[-—]\s*)?.{0,160}\b(?:can be (?:reached|e-?mailed|contacted) at|reach (?:him|her|them|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}) at)\s+[^\s@]+@[^\s@]+\.\S+.{0,120}$|^e-?mail\s*:\s*[^\s@]+@[^\s@]+\.\S+$|^(?=[^|]*\|)(?=.*\breporter\s*:)(?=.*\beditor\s*:).{0,200}$|^(?:staf|staff|tim) redaksi\b.{0,40}$/iu, 45],
  ['share', /^(?:to listen to (?:the broadcast of )?this (?:story|article)\b.{0,60}|have you listened to this article\b.{0,60}|listen to this (?:story|article)\b.{0,30}|dengarkan (?:berita|artikel) ini\b.{0,30})$/iu, 20],
  ['meta', /^(?:for immediate release\b.{0,60}|release id\s*:\s*\S{1,20}|date created\s*:.{0,100})$/iu, 20],
  ['meta', /^(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2},?)\s+\d{4}\s*[-|]$/iu, 7],
  // (written as an address, "www." or "https://": "Topindonesia.id" alone above a story is its dateline's, see below)
  ['credit', /^(?:https?:\/\/(?:www\.)?|www\.)[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|co\.id|id|net|org|co\.uk|news|info|co)\/?$/iu, 1],
  ['breadcrumb', /^(?:home|beranda)\s*(?:\/|»|>)\s*[^/»>]{1,40}$/iu, 6],
  // ... and on set 25: a teaser's label in capitals without its colon ("BACA  Mahesa Prabu ...");
  // more widget headings and share labels; a comment form's field; a bar of reporter and editor
  // labels with slashes; a relative or labelled publication stamp ("Published 5h ago",
  // "Published: Nov. 25, 2022"); a page's telephone line; an image's data address; a theme's
  // credit; a syndication note; Blogger's comment notice; a tag archive's heading
  ['teaser', /^BACA\s+(?=\p{Lu})\S.{0,160}$/u, 30],
  ['share', /^(?:terkait|terkini|berita populer|news feed|latest news|popular categories|search the website|sebarkan\s*:?|print more|follow by e-?mail|visit us|share news tips with us\b.{0,40}|(?:name|e-?mail|website|nama|komentar)\s*\*|note:\s*only a member of this blog may post a comment\.?)$/iu, 12],
  ['meta', /^(?:\[\s*\]\s*)+$|^(?:published|updated|posted|diterbitkan|diperbarui)\s*:?\s*(?:\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+ago|\d+\s+(?:detik|menit|jam|hari)\s+(?:yang\s+)?lalu)$|^(?:published|updated|posted|last updated|diterbitkan|diperbarui|dipublikasikan)(?:\s+on)?\s*:?\s*(?:\p{L}{3,9},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$/iu, 8],
  ['byline', /^(?=.*\b(?:reporter|jurnalis|wartawan|penulis|pewarta)\s*:)(?=.*\beditor\s*:).{0,200}$/iu, 30],
  ['meta', /^(?:call us(?: now)?|telp?\.?|tel|phone|hp|whatsapp)\s*:?\s*\+?[\d\s().-]{7,22}$/iu, 6],
  ['caption', /^(?:<image>\s*)?data:image\/|^(?:editorial|stock|file|library) (?:image|photo|picture)$/iu, 40],
  ['credit', /^(?:theme by\s+\S.{0,80}|published by\s+\S.{0,60}\bwith permission from\s+[\p{L}\d .&'’-]{1,60}?\.*)$/iu, 20],
  ['tags', /^all posts tagged\s+\S.{0,60}$/iu, 12],
  // ... and on set 26: a reporter's or editor's label without its colon before a name ("Penulis
  // Rudi", "Peliput : Dirga", "FROM James Quansah, Kumasi", "By Laleye Dipo:"); Blogger's and
  // the portals' navigation and widget headings; comment rules that cite the ITE law; a
  // copyright notice; an affiliate disclosure; a date glued to a reading time
  ['byline', /^(?:(?:[Pp]enulis|[Ee]ditor|[Rr]eporter|[Pp]ewarta|[Pp]eliput|[Ww]artawan)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|FROM\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s*\p{Lu}[\p{L}-]+|[Bb]y\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*:)$/u, 6],
  ['share', /^(?:lebih baru\s+lebih lama|trending now|pilihan video|semua berita|popular posts from this blog|if you enjoy this story, please do not forget to check out our other\b.{0,40}|komentar dilarang melanggar uu ite\.?|komentar yang tampil sepenuhnya tanggung jawab komentator\b.{0,80})$/iu, 25],
  ['credit', /^(?:dilarang (?:mengambil|mengutip|menayangkan|menyalin|memperbanyak)\b.{0,80}\b(?:sebagian atau (?:seluruh|keseluruhan)|tanpa (?:seizin|izin))\b.{0,160}|.{0,80}\bas an amazon associate,? i earn from qualifying purchases\.?)$/iu, 45],
  ['meta', /^\d{1,2}\/\d{1,2}\/\d{4}\s*\d{1,2}\s*min(?:ute)?s?\s+read$/iu, 4],
  // ... and on set 27: Blogger's and WordPress's comment prompts and plugins' credits, a Google
  // News button and its prompt after a footnote mark, a bare category label, an advert's swipe
  // prompt and banner size, a labelled publication date, a desk's byline without a name, a print
  // edition's teaser, a style sheet left in the text
  ['share', /^(?:posting komentar untuk\b.{0,120}|tinggalkan pesan(?:an)?|email kami rahasiakan|tombol google news|return to (?:the )?home ?page|\*+\)?\s*ikuti\b.{0,120}\bgoogle news\b.{0,120})$/iu, 40],
  ['credit', /^verified by monsterinsights$/iu, 3],
  ['tags', /^kategori\s*:$/iu, 2],
  ['advert', /^(?:iklan\b.{0,40}\b(?:geser|scroll|gulir)\b.{0,40}|[\p{L}\d -]{0,40}\b(?:\d{3}\s?x\s?\d{2,3}|\d{4}\s?x\s?\d{3,4}))$/iu, 10],
  ['meta', /^(?:date published|tanggal terbit|publication date)\s*:?\s*\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}$/iu, 6],
  // (not a bare address: a reader's letter signs with its writer's, which is the letter's)
  ['byline', /^by (?:a|an|our) [\p{L} ]{1,30}(?:reporter|correspondent|staff writer|staff)$/iu, 8],
  ['teaser', /^read the full story in (?:this|next|last) week'?s\b.{0,80}$/iu, 25],
  ['embed', /^[.#]?[\w-]+(?:\s*[.#>:][\w-]+)*\s*\{\s*[\w-]+\s*:[^}]{0,400}\}?$/u, 120],
  // ... and on set 28: skip links, widget and comment labels of English-language CMSs (Postmedia's
  // "Article content", "Read Later", "Comments (3)", Disqus), newsletter and WhatsApp prompts,
  // moderation notices, advertisers' prompts, syndication notes ("This article appeared in ...",
  // "Information from: ..."), a most-read list's numbered items ("- 1 Norfolk's first ..."), icons
  // after a bullet, captions closed by a picture desk's number or credit ("(14848926)",
  // "EMN-211111-172454001", "PHOTO | NAME | NATION MEDIA GROUP", "(all pictures by ...)"), an
  // accessibility plugin's notice, Kompas's "Lihat Foto" caption, Google News prompts with
  // "Follow Kami", "KLIK DISINI", desk labels, and a desk's initials alone in brackets
  ['share', /^(?:jump to (?:main )?(?:content|navigation)|article content|send (?:this article )?to a friend\.?|read later|would you recommend this article\??|suggested (?:news )?articles|scroll to top|load mobile navigation|view our mobile site|video loading|current temperature|comments powered by disqus|kindly drop a comment below\.?|if you wish to comment,? please log ?in\.?|comments?\s*\(\s*(?:s|\d+)\s*\)|tag terkait\s*:?|emoticonemoticon)$/iu, 10],
  ['share', /^(?:(?:get|sign up|subscribe)\b.{0,80}\b(?:sent|delivered)(?: straight)? to your inbox\b.{0,140}|(?:close\s+)?thanks for signing up!?.{0,60}|.{0,120}\bjoin our whatsapp (?:group|channel)\b.{0,40}|.{0,80}\b(?:follow|ikuti)\s+kami\s+di\s+google news\b.{0,80}|.{0,60}\bklik di ?sini\W*)$/iu, 40],
  ['share', /^\(?comments are moderated\b.{0,100}\)?$|^[•·]\s*(?:ig|x|youtube|facebook|twitter|instagram|tiktok|linkedin|whatsapp|telegram)$/iu, 20],
  ['advert', /^(?:advertise on\s+\S+\s+to reach\b.{0,80}|article continues below\.*)$/iu, 16],
  ['credit', /^(?:[Tt]his article (?:first )?appeared in (?:the )?\p{Lu}[\p{L} ]{1,40},?\s+\d{1,2}\s+\p{L}+\s+\d{4}\.?|[Ii]nformation from\s*:\s*(?:[Tt]he\s+)?\p{Lu}[\p{L}.' -]{1,40},\s*https?:\/\/\S+)$/u, 20],
  // (not a dated list of events: "- 4 September 2025: Wali Kota menyerahkan ...", nor a short list of
  // counts: "- 54 Profesi Dokter", "- 79 Magister (S2)"; a listicle's title runs three words and more)
  // (nor a schedule: "- 11 a.m. Monday: Holstein American Legion ...", "- 8 a.m.: Mount Pleasant")
  ['teaser', /^-\s\d{1,2}\s+(?!(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\p{L}*\b|[ap]\.?m\b|[ap]\.m\.|pagi|siang|sore|malam|wib|wita|wit\b)\S+(?:\s+\S+){2}.{0,160}$/iu, 30],
  ['caption', /^(?:.{3,240}\s\([1-9]\d{6,8}\)|.{3,240}\s[A-Z]{2,4}-\d{6}-\d{9}|.{3,300}\.\s+PHOTO\s*\|\s*[\p{Lu} .'’-]+\|\s*[\p{Lu}& ]+|.{3,240}\((?:all )?(?:pictures?|photos?|images?) by\s+\p{Lu}[\p{L}.'’ -]{1,40}\)|Lihat Foto\s+\S.{0,300})$/u, 60],
  ['loading', /^please ensure javascript is enabled for purposes of website accessibility$/iu, 12],
  ['breadcrumb', /^(?:home|beranda)(?:\s*(?:\/|»|>)\s*[^/»>]{1,120}){2,6}$/iu, 30],
  ['byline', /^(?:(?:[Ll]aporan [Rr]edaksi|[Ee]ditor\s*\/\s*(?:[Ff]t|[Ff]oto))\s*:\s*\S.{0,40}|\((?:\p{Lu}\.?){2,4}\)|\(\s*\p{L}{1,6}(?:\s*\/\s*\p{L}{1,6}){2,6}\s*\)|\p{Lu}\p{Ll}{2,15}\/(?:adv|red|ant)|About [a-z\d_]{3,30})$/u, 12],
  // ... and on set 29: advertisers' slots ("Pasang Iklan Disini", "Ads by ..."), an office's
  // opening hours, a source's address, a language switch, photo-tag and sign-in prompts, paywall
  // prompts, "Best viewed in" (its banner's size, "1024 x 800", is set 27's shape), teaser labels ("Read Full Post »", "Check Also",
  // "MORE: ...", "Promosi ..."), the AP's copyright line and an archive notice, icon labels, empty
  // HTML left by a CMS, "Pictured:" captions and captions ending in their photo credit, a stamp
  // between an outlet's name and its place, a date with its category
  ['advert', /^(?:pasang iklan\b.{0,80}|ads by\s+\S.{0,40}|advertise with\s+\S.{0,30}|get in front of tomorrow's news\b.{0,30}|read now|best viewed (?:in|with)\b.{0,40})$/iu, 20],
  ['meta', /^(?:jam (?:operasional|pelayanan|kerja)\s*:.{0,60}|media files\s*:|archive for\s+\p{L}+,?\s+\d{4}|this is an archived article and the information in the article may be outdated\b.{0,160}|\d{1,2}\s+\p{L}{3,9}\s+\d{4}\s*\/\s*[\p{L} ]{2,30}|[\p{L} .]{2,40}\|\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\p{L}+\s+\d{1,2},?\s+\d{4}\s*\|\s*[\p{L} ]{2,30})$/iu, 40],
  ['credit', /^(?:sumber\s*:?\s*(?:https?:\/\/)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:co\.id|go\.id|com|id|net|org)\/?|sumber dan (?:foto|poto)\s*:\s*\S.{0,30}|\(?copyright \d{4} (?:the )?associated press\b.{0,200}\)?)$/iu, 40],
  ['share', /^(?:(?:english|indonesian|bahasa indonesia)(?:\s+(?:english|indonesian|bahasa indonesia)){1,5}|there doesn't appear to be any tagged photos\.?|upload and tag photos|you must be signed in to add comments|(?:google|twitter|facebook|instagram|linkedin)\s+(?:photo|picture|image|icon)|you might be interested in|check also)$/iu, 12],
  ['consent', /^(?:log ?in or register for free to continue reading\.?|it only takes a moment and you'll get access to more news\b.{0,120})$/iu, 30],
  ['teaser', /^(?:[Rr]ead (?:the )?[Ff]ull (?:[Aa]rticle|[Pp]ost|[Ss]tory)\b.{0,20}|MORE:\s+\S.{0,120}|Promosi\s+\p{Lu}.{0,160})$/u, 30],
  ['embed', /^(?:<!--.{0,80}-->|<(\w+)[^>]*>\s*<\/\1>)$/u, 8],
  ['caption', /^(?:[Pp]ictured\s*:\s*\S.{0,160}|.{3,300}\S\s?Foto\s*:\s*\p{Lu}[\p{L} .]{1,40}\/\s*[\p{L}\d.]{2,40})$/u, 60],
  // ... and on set 30: ad slots' names and labels ("Mobile_AP_Rectangle 2", "- Periklanan -",
  // "Iklan Google AdSense"), captions by their label or credit ("Ketgam:", "Poto:", "Foto
  // istimewa :", "-Foto: Ist.-", "PICTURED ABOVE —", "(stock)", "(Wikipedia map)"), an image's
  // Markdown, a logo's alt text, emoticon codes of a comment box, comment and sign-in prompts,
  // teaser and widget headings, an audio player's labels, a subscription prompt, contact,
  // copyright and advertising lines, labelled stamps, a byline with its date and time
  ['advert', /^(?:(?:mobile|desktop|web)_[\w]+(?:\s+\d+)?|-\s*(?:periklanan|iklan|advertisements?)\s*-|iklan (?:bersponsor|google)\b.{0,30}|for advertising inquiries\s*:.{0,80})$/iu, 16],
  ['caption', /^(?:ketgam\s*[:.]\s*\S.{0,300}|(?:poto|foto istimewa)\s*:\s*\S.{0,300}|.{3,300}\s-\s?foto\s*:\s*[\p{L}.]{2,20}\s?-|pictured(?: above| below| left| right)?\s*[—–:-]\s*\S.{0,300}|.{3,120}\((?:stock|file|file photo|stock image|archive|wikipedia map)\)|!\[.{0,300}?\]\(\S+\)?|ilustrasi\.?|logo(?:\s+[\p{L}\d-]+){1,5})$/iu, 60],
  ['share', /^(?:⚠️?\s*peringatan plagiarisme|[•·]\s*bagikan|anda harus login untuk berkomentar\b.{0,60}|(?::[a-z\d]{1,3}:\s*){5,}|(?:<<\s*)?(?:back|home|pages)|latest from\b.{0,20}|also in the news:?|other news stories|latest stories|play live radio|next up:?|available on air stations|(?:\d{1,2}:\d{2}\s*){2}|see video|site icon\s+\S.{0,40}|learn more about this story by clicking here\.?|google\+ (?:photo|picture|image)|follow\b.{0,60}\bon your favou?rite social media|we have a brand new\b.{0,30}\bwebsite!?.{0,40}|read here for more\b.{0,120})$/iu, 30],
  ['consent', /^our journalists work hard to provide local, up-to-date news to the community\b.{0,120}$/iu, 30],
  ['credit', /^(?:all the content on this website is copyright protected\b.{0,160}|contact us at\s+[^\s@]+@[^\s@]+\.\S+|send news\s*:\s*[^\s@]+@[^\s@]+\.\S+.{0,60})$/iu, 40],
  ['meta', /^(?:originally published on\s+\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?(?:,?\s+\d{1,2}:\d{2}\s?[ap]\.?m\.?)?|last updated at \d{3,4} on \d{1,2}\/\d{1,2}\/\d{4})$/iu, 12],
  ['byline', /^By\s+\p{Lu}.{2,60}\s\d{1,2}\s+\p{L}+\s+\d{4},?\s+\d{1,2}:\d{2}\s?[AP]M$/u, 16],
  // ... and on set 31: comment headings and Blogger's reply controls, a stray HTML or script
  // comment, previous/next article labels in Indonesian, a scroll prompt, "selengkapnya...",
  // newsletter and notification forms, a video block's lead-in and title, a Wix byline, a
  // caption's "(Image Source: ...)"
  ['share', /^(?:reaksi & komentar|add your comment|artikel (?:sebelumnya|berikutnya)|scroll untuk (?:membaca|melanjutkan)\b.{0,30}|selengkapnya\s*(?:\.{3}|…|»|>>)?|check this out\s*:.{0,160}|subscribe\s*:\s*posts\s*\|\s*comments|be sociable, share!?|newsletter|today's breaking news and more in your inbox|i'm interested in \(please check all that apply\)|are you a paying subscriber to the newspaper\?\s*\*?|starting at \$\d+(?:\.\d{2})?\/week\.?|subscribe today|register your email address for\b.{0,60}|already receiving bulletins\?.{0,60})$/iu, 30],
  ['share', /^(?:Balas)?Hapus(?=\p{Ll}|$).{0,300}$/u, 60],
  ['consent', /^(?:web notifications|.{2,60} would like to send you notifications\b.{0,60}|activate notifications\?)$/iu, 20],
  ['advert', /^story continues below\b.{0,40}$/iu, 8],
  ['embed', /^(?:-->|<!--|\/\/\s*\S.{0,40}|watch on youtube\b.{0,160})$/iu, 30],
  ['byline', /^[•·]?\s*writer's picture\S.{0,40}$/iu, 8],
  ['caption', /^.{3,300}\((?:image|photo|foto|gambar)\s+source\s*:\s*[^()]{2,40}\)$/iu, 60],
  // ... and on set 32: a paywall's offer lines, WordPress's feed footer ("The post ... appeared
  // first on ..."), Drupal's rating and comment prompts, a feed reader's
  // and a radio site's widgets, a print edition's "full story" pointer, a donation appeal, thanks
  // for the photos, "Story by ...", and a line of five or more short parts between bars (a site's
  // keywords or menu: "Gandaki News | GandakiNews | News Gandaki | ...")
  ['share', /^(?:read this article for free:?|already have an account\?\s*(?:log|sign) in\b.{0,20}|to continue reading,? please (?:subscribe|log in|sign in)\b.{0,20}|(?:monthly|annual|yearly|weekly) digital subscription|\$\d+(?:\.\d{2})?\s*(?:\/\s*|per\s+)(?:week|month|year)\b.{0,30}|\*?(?:billed as \$|your next subscription payment\b).{0,300}|read unlimited articles\b.{0,40}|if you value\b.{0,100}\bplease consider supporting\b.{0,200}|have a story\?.{0,40})$/iu, 60],
  ['meta', /^the post\s.{3,300}\sappeared first on\s.{2,120}$/iu, 70],
  ['share', /^(?:share button|rate this article:?|no votes yet|add new comment|this content has been locked\b.{0,80}|sponsored links|article \d+ of \d+|viewing all articles|browse latest(?: browse all \d+)?|trending articles|more\s?(?:\.{3}|…)|more from\s.{2,60}|just played(?: songs)?|other news in\s.{2,30}|additional reading|view e-?paper|listen live\b.{0,160})$/iu, 30],
  ['teaser', /^(?:(?:pick up|check out|see|read)\b.{0,60}\b(?:print|issue|edition|newspaper)\b.{0,40}\b(?:full|complete) story.{0,10}|for the (?:full|complete) story,?\s.{0,80})$/iu, 30],
  ['caption', /^thanks to\s.{2,60}\sfor the (?:photos?|pictures?|images?)(?: above| below)?\.?$/iu, 16],
  ['byline', /^[Ss]tory (?:and photos? )?by\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}(?:,?\s+[Ss]ubmitted photos?)?$/u, 10],
  ['breadcrumb', /^(?:[^|]{1,40}\|){4,}[^|]{1,60}$/u, 40],
  // ... and on sets 32-33: rows of platform names, spaced or glued ("Facebook Twitter Google Plus
  // Email", "TwitterFacebookGoogle PlusInstagramRSS FeedEmail"), calls to check a story on them
  // ("Cek Berita ... di Google News"), an ad-free subscription, a blog's archive, a font control, related and
  // comment headings, Instagram's embed text, donation prompts, a contact and a captcha widget,
  // a date with a reading time or with its category, Joomla's "Details" and "Category:" lines
  ['share', /^(?:(?:(?:facebook|twitter|tweeter|google\s?plus|google\+|instagram|youtube|tiktok|rss(?:\s?feed)?|e-?mail|whatsapp|linkedin|pinterest|reddit|telegram|print)\s*[-|•]?\s*){3,}|(?:cek|lihat|baca)\s.{0,60}\bdi\s+(?:google news|wa channel|whatsapp channel|telegram).{0,40}|nyaman tanpa iklan\b.{0,40}|arsip blog|blog archive|share on:?|(?:a\s+a\s+a\s+)?pengaturan font|halaman selanjutnya\s*(?:\.{2,}|…)?|berita populer(?: minggu ini| hari ini)?|rekomendasi kami|konten premium|komentar\s*:|view this post on instagram|a post shared by\s.{2,80}|facebook comments(?: box)?|you may also like\.{0,3}…?|similar (?:articles|posts|stories)|more media releases from\s.{2,60}|(?:support\s.{2,40}\s-\s)?please donate(?: here| now| today)?\.?|donate now|we're not around right now\.?.{0,120}|not readable\? change text\.?.{0,30}|accessibility links|«\s*back|•\s*search)$/iu, 30],
  ['meta', /^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?\s+\d{4}\s+(?:\d+\s*(?:minutes?|mins?)\s+read|\|\s*[\p{L} ]{2,30})|diterbitkan pada\s+\d{1,2}\s+\p{L}+\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2})?|-?\s*details|-?\s*category:\s*[\p{L} ]{2,40})$/iu, 12],
  ['byline', /^authored by\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$/iu, 8],
  ['caption', /^\((?:ki-ka|ka-ki|kiri ke kanan|l-r|l to r|from left)\)\s.{3,300}$/iu, 60],
  // ... and on set 35: a line of a page's script printed as text ('echo str_repeat(" ", 2);')
  ['embed', /^(?:echo|print|var|let|const|document\.\w+|window\.\w+|\$\w+\s*=|function\b)[^;]{0,200}\);?\s*;?\s*$/u, 30],
  // ... and on set 37: a related list's date glued to its headline ("14 Apr, 2022Three new cases
  // ..."), a search widget's "No Result" / "View All Result", the paywall of local papers' sites
  // ("This item is available in full to subscribers.", "Log in", "You can cancel anytime."), a
  // shop's cart, tracking pixels' names, headings of teaser lists, a story-teaser label, a time
  // stamp's label, an e-mail address behind a bullet (alone, it may sign a reader's letter)
  ['teaser', /^\d{1,2}\s+\p{Lu}\p{Ll}{2,8},?\s+(?:19|20)\d\d(?=\p{Lu})\S.{0,200}$/u, 40],
  ['breadcrumb', /^(?:no result|view all result)$/iu, 4],
  ['advert', /^(?:this item is available in full to subscribers\.?|subscribe to continue reading\.?.{0,60}|you can cancel any ?time\.?|log ?in|sign in|shopping cart|your cart is empty)$/iu, 12],
  ['embed', /^(?:fbpx|alexametrics|image alt)$/iu, 2],
  ['teaser', /^(?:topik terkait|video pilihan|berita utama|related stor(?:y|ies)\s*:.{0,160})$/iu, 30],
  ['meta', /^(?:publish(?:ed)? date\s*:\s*.{4,40}|posted:\s*updated:)$/iu, 12],
  ['share', /^[•·]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, 2],
  // ... and on set 38: icon names a page's font printed before their labels ("- account_circle
  // Rossa", "• calendar_month Senin, 18 Agt 2025", "• visibility 27", "badge-check"), "Updated: 2
  // hours 32 min ago", numbered advert slots, Blogger's widgets ("Total Tayangan Halaman", "Foto
  // saya", "Diposting Unknown jam 19.09"), "no comments yet" in both languages, a comment form's
  // rules, a theme's dark-mode and back-to-top buttons, "Read the rest of this entry »", "Filed
  // under ...", a gallery's swipe prompt, trending headings, placeholder Latin
  ['meta', /^(?:[-•·]\s*)?(?:[a-z]+_[a-z_]+|visibility|badge-check)(?:\s.{0,80})?$/u, 16],
  ['meta', /^(?:updated|diperbarui):?\s+(?:\d+\s+(?:hours?|hrs?|min(?:ute)?s?|days?|jam|menit|hari)\s*){1,2}(?:ago|lalu|yang lalu)$/iu, 8],
  ['advert', /^(?:advertisement|iklan)\s+\d{1,2}$/iu, 2],
  ['meta', /^(?:total tayangan halaman|foto saya|diposting (?:oleh\s+)?\S+(?:\s+\S+)?\s+(?:jam|pada|di)\s+.{1,30})$/iu, 10],
  ['advert', /^(?:(?:saat ini )?belum ada komentar\.?|komentar\s*\(\d+\)|comments?\s*\(\d+\)|no comments yet\.?|basic html is allowed\.?.{0,80}|mode gelap|dark mode|go up|back to top|kembali ke atas)$/iu, 14],
  ['teaser', /^(?:read the rest of this (?:entry|post)\s*»?|filed under\s.{2,120}|swipe (?:left|right) for more (?:photos|images)|trending (?:video|videos|tags|now|topics)|lorem ipsum\b.{0,80})$/iu, 20],
  // ... and on sets 41 and 42: the controls of common themes and widgets (a platform's name alone
  // under its icon, WordPress's post navigation and its empty-list notices, WordAds' "Report this
  // ad", a comment box's prompts, "Powered by ..." of a CMS), a portal's "other news" prefix, a
  // post's author left as the CMS's default account
  ['share', /^(?:share now|email this link|social plugin|google\+|instagram|youtube|facebook|twitter|whatsapp|telegram|linkedin|pinterest)$/iu, 3],
  ['teaser', /^(?:previous post|next post|no posts to display|no results found\.?|mungkin anda menyukai|berita terhangat|baca berita lainnya\b.{0,160})$/iu, 25],
  ['advert', /^(?:report this ad|klik gambar|add (?:a )?comment|be the first to comment on\s.{2,160}|please turn off your caps lock\.?|powered by \p{Lu}[\p{L}.]{1,30})$/iu, 30],
  ['byline', /^(?:(?:posted (?:on )?)?by (?:editor|admin)|admin|posted(?: on)?|jointly reported by:?)$/iu, 4],
];

/** a quotation's closing mark and its speaker's tag after it ('...,” terang Sudayana', '...,” ujar Wenny'): the story's words */
const QUOTE_WITH_TAG = /[,.!?]["”]\s*\p{Ll}/u;

/** month names and their short forms, Indonesian and English, as a time stamp writes them */
const MONTHS = 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec';
const WEEKDAY_OR_MONTH = new RegExp(`\\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|${MONTHS})\\b\\.?`, 'giu');

/** a month by name beside a day's number ("3 September", "Jun 25", "Mar 8,") */
// (the month first in Indonesian too, as Blogger's templates write it: "Senin, Maret 2, 2026")
const MONTH_DAY = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'iu');

/**
 * A time stamp line: a date with a time ("Selasa, 3 September 2013 16:14 WIB", "Kompas.com -
 * 31/10/2019, 10:48 WIB", "Minggu 25 Jun 2023, 12:01 WIB"), maybe after a portal's name or an
 * "updated" label, and nothing else. A date alone may head a chronology, so the time is required.
 */
function isTimestamp(line: string, words: number): boolean {
  if (words > 12 || !/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\b|(?=[ap]m\b))/i.test(line)) return false;
  // from one time to another ("8:00 pm Friday 6 April – 6:00 am Monday 9 April"): a notice's
  // closing hours, not the moment a page was stamped
  if (/\d[:.]\d{2}.{0,40}\s[–—-]\s.{0,30}\d[:.]\d{2}/u.test(line) && !/updated|published|posted|modified|diperbarui|terbit/iu.test(line)) return false;
  // with a time, a place may stand after it or before an "Updated" label ("2022 May 27, 12:54,
  // Pokhara", "Phagwara, Updated At : 04:51 AM Aug 22, 2025 IST")
  const placeless = line.replace(/,\s*\p{Lu}\p{Ll}+$/u, '').replace(/\s+[-–|]\s+\p{L}[\p{L}\d.]*$/u, '').replace(/^\p{Lu}\p{Ll}+,\s*(?=(?:updated|published|posted)\b)/iu, '');
  return isDateOnly(placeless, words);
}

/**
 * A line that is a date and nothing else but a time, a weekday, a portal's name and labels such
 * as "Published" or "Updated" ("19 September 2024", "Published Sep 27, 2025 12:37 pm | Updated
 * ..."). Without a time it is a time stamp only at the top of a page (checkFurniture), since a
 * date alone may head a day of a chronology.
 */
function isDateOnly(text: string, words: number): boolean {
  if (words > 16) return false;
  // an ISO time stamp's "T" and "Z" ("Last Updated 2018-05-14T09:06:30Z")
  const line = text.replace(/(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(?:Z|[+-]\d{2}:?\d{2})?\b/g, '$1 $2');
  if (!/\b\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/.test(line) && !MONTH_DAY.test(line)) return false;
  const rest = line
    .replace(/^[\p{L}\d.-]+\.(?:com|co\.id|id|net|org|co\.uk|co)\b/iu, '')
    // a portal's or a reporter's name before the date ("Kompas.com - 31/10/2019", "Azhar 14 Feb
    // 2021, 22:02"); not a place with a comma ("Jakarta, 5 Desember 2025" opens a press release)
    .replace(/^(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*(?:\s*[|–-]\s*(?=\p{L}*,?\s*\d)|\s+(?=\d))/u, '')
    .replace(/(\d)(?:st|nd|rd|th)\b/giu, '$1')
    .replace(/(?<![\p{L}'’])(?:posted on|posted|on|at)\b/giu, '')
    // the time glued to its half of the day ("9:23:22AM", "07:49PM")
    .replace(/(\d)(?:am|pm)\b/giu, '$1')
    // (time zones of the places the sets of unseen news came from: "PKT", "HKT", "MYT", "IST")
    .replace(/\b(?:diperbarui|updated|last updated|last modified|modified|update|published|dipublikasikan|diterbitkan|diposting|tanggal|released|count|by|terbit|comments?|komentar|posted|pukul|jam|wib|wita|wit|gmt|utc|uk|bst|et|est|edt|pt|pst|pdt|cst|cdt|mst|mdt|hst|akst|cet|cest|eet|aest|aedt|acst|awst|nzst|nzdt|sast|eat|wat|pkt|ist|hkt|myt|sgt|pht|ict|jst|kst|npt|bdt|am|pm|a\.m\.|p\.m\.)\b\.?/giu, '')
    .replace(WEEKDAY_OR_MONTH, '')
    .replace(/[\d\s,|/:.()·•–+-]+/gu, '');
  return rest.length === 0;
}

/**
 * Junk glued to the end of a story paragraph ("... kata dia. Baca juga: Harga Cabai Naik"): the
 * teaser marker after a sentence end, and what follows it to the paragraph's end, when that is
 * short. Found as a span, so the fix removes the teaser and keeps the sentence.
 */
// (its length is counted in letters with their accents, "é" as one whether typed as one code
// point or two, so that NFC and NFD copy give the same finding)
const GLUED_TEASER = /(?<=[.!?"”'’)]\s{0,3})(?:baca juga|baca pula|simak juga|lihat juga|tonton juga|read more|read also|also read|related)\s*:\s*(?:[^.!?\p{M}]\p{M}*){3,160}[.!?]?\s*$/iu;

/**
 * A caption ending on its photo's credit (shapes read on set 4 of unseen news): "... pemadaman
 * dini. Foto: KLHK", "Picture: DENISE BRADLEY", "Photo courtesy of UPI", "./Ayu Mumpuni",
 * "[ANTARA]", "Dokumentasi/Istimewa", "(Foto ilustrasi).", and in brackets "(NIall Carson/PA)",
 * "(IDN Times/Indiana Malia)". A caption is one sentence: a paragraph of two or more that ends
 * on a credit is a story paragraph signed off ("... kebocoran anggaran. (red/foto:ist)").
 */
const CAPTION_CREDITS = [
  // "... at Hungaroring. Credit: REX", "(Credit: SM Entertainment)", "Image source: Getty Images.",
  // "(Dok PBVSI)", "(f: ist/mistar)", "(foto Istimewa/Niaga.Asia)", "(ISTIMEWA/RADAR SAMPIT)",
  // "(Source: Getty)", "REUTERS/Adnan Abidi/File Photo", a caption closed by the page's "|"
  /(?:^|[\s.(-])(?:[Cc]redit|CREDIT|[Kk]redit|[Ii]mage source|[Pp]hoto source)\s*:\s*[\p{L}@][\p{L}\d.'’ /&@_-]{0,40}\)?\.?$/u,
  /\(\s*[Dd]o[ck]\s*[.:-]\s*\p{L}[^()]{0,40}\)\.?$/u,
  /[.!?]\s+File (?:photo|picture)\.?$/u,
  /\(\s*(?:[Dd]ok\s*[.:]?\s*\p{Lu}|[Ff]\s*:\s*(?:ist|\p{Lu})|[Ff]oto\s+(?:ist|dok|\p{Lu})|[Ii]stimewa|ISTIMEWA)[^()]{0,40}\)\.?$/u,
  /\(\s*[Ss]ource\s*:\s*(?:Getty|Reuters|AP|AFP|PA|PTI|ANI|EPA|Shutterstock|Alamy|[\p{L}]+ Images)[^()]{0,30}\)\.?$/u,
  /(?:^|\s)(?:REUTERS|Reuters|AFP|AP|EPA|ANTARA FOTO)\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}\/\s*File Photo\.?$/u,
  // the agency's photographer and the desk's initials ("ANTARA FOTO/Muhammad Adimaja/hp.")
  /(?:^|[\s.])ANTARA FOTO\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}\/\s*\p{Ll}{1,4}\.?$/u,
  // (one "|" only: a row of a table closes with one too; and words, not a row of figures: "$59.00 to $72.00 |")
  /^(?=(?:[^|]*?\p{L}{2,}){4})[^|]*\s\|$/u,
  // "... at Madhubani district in Bihar. (PTI Photo)", "(Courtesy of OCD livestream)",
  // "Photograph: Eamon Ward", "Digital image by Charles Knight"
  /\(\s*(?:PTI|ANI|AP|AFP|Reuters|IANS|Bernama|EPA|PA|Xinhua)\s+(?:[Ff]ile\s+)?(?:[Pp]hoto|[Ii]mage|[Pp]icture)\s*\)\.?$/u,
  /\(\s*[Cc]ourtesy(?: of)?\s+[^()]{2,50}\)\.?$/u,
  // the picture's source or the word for a handout after it, in brackets ("... Kabupaten Deli
  // Serdang. (Analisadaily/Istimewa)", "(Antara-Istimewa)", "... Kota Pasuruan. (foto/duta.co/abdul aziz)", "(ist)",
  // "(Photo - Raphael/Mauvoo)", "(Dokumentasi warga)"); not after a desk's initials ("(red/foto:ist)")
  /\((?![a-z]{2,5}\s*\/)(?:[^()]{1,40}(?:\/|(?<=\p{L})-)\s*)?(?:ist|istimewa|dok|dokumentasi|foto|photo|picture|pic|file pix)\b[^()]{0,40}\)\.?$/iu,
  // (also in capitals with the date it was taken: "PIC BY ROB LOCK 25-5-2019")
  /(?:^|[\s.])(?:\p{Lu}{2,6}\s+)?(?:[Pp]hotograph(?:er)?|[Dd]igital image|[Ii]mage|[Pp]icture|Photo|Pic|PHOTO|PIC|PICTURE)\s*(?:by|BY|:)\s*\p{Lu}[\p{L}.'’ /,-]{1,60}(?:\s\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?\.?$/u,
  // a picture's source after the caption without a stop ("The trawler rescue off Start Point Pic
  // Torbay RNLI"), an agency's picture in brackets ("(Bernama pic)")
  /\s(?:Pic|PIC)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}$/u,
  /\(\s*\p{Lu}[\p{L}]+\s+pic\s*\)\.?$/u,
  // the copyright sign and its holder at a caption's end ("(© Athelstan Bellamy)", "© Getty Images")
  /\(?\s*©\s*\p{Lu}[\p{L}.'’ -]{1,40}\)?\.?$/u,
  // "Nairobi Securities Exchange CEO Geoffrey Odundo. FILE PHOTO | NMG"
  /(?:^|\s)(?:FILE PHOTO|File [Pp]hoto)\s*[|/]\s*\p{Lu}[\p{L}. ]{1,30}$/u,
  // the photographer glued to the caption's stop ("... Nov. 19, 2015.Richard Drew / AP file",
  // "... Monday April 7, 2014.Kevin Van Paassen/The Globe and Mail")
  /[.!?]\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*\/\s*\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,4}$/u,
  // the photo's account ("(Instagram @paula_verhoeven)"), the portal's archive ("Dok.Jatimnet.com")
  /\(\s*(?:Instagram|Twitter|X|Facebook|TikTok|YouTube)\s*[:/]?\s*@[\w.]+\s*\)\.?$/u,
  /(?:^|\s)Dok\.\s?[\p{L}\d-]+\.(?:com|co\.id|id|net)\.?$/u,
  // (the paper's initials may lead the label: "... their stall. ST PHOTO: SAHIBA CHAWDHARY")
  /(?:^|[\s.(/])(?:\p{Lu}{2,6}\s+)?(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Pp]icture|PICTURE|[Gg]ambar)\s*:\s*[\p{L}@][\p{L}\d.'’ /&@_-]{0,40}\)?\.?$/u,
  /\bphoto courtesy(?: of)?\b.{1,60}$/i,
  /\.\s*\/\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3}\.?$/u,
  // (an agency's name alone in brackets, written as a name, is the story's sign-off: "... atas
  // kepergian mendiang. [Antara]"; a picture's credit is in capitals, says so or names the
  // photographer: "[ANTARA]", "[ANTARA FOTO/...]", "[Antara/Budi]")
  /\[(?:(?:ANTARA|Antara|AFP|Reuters|REUTERS|AP)(?:\s+(?:FOTO|Foto|Photo))?\s*[/:][^\]]{1,40}|(?:ANTARA|Antara)\s+(?:FOTO|Foto)[^\]]{0,40}|ANTARA|AFP|REUTERS|AP|(?:Istimewa|Ist|Dok)[^\]]{0,40})\]\.?$/u,
  // a photographer's studio in brackets ("... the big sit down challenge on Friday (Tanya Thomas
  // Photography)") and a credit with the day the picture was taken ("... – The Malaysian Insight
  // pic by Seth Akmal, October 19, 2018.")
  /\(\s*\p{Lu}[\p{L}.'’ -]{1,40}\s(?:Photography|Photos|Pictures|Images)\s*\)\.?$/u,
  /(?:^|\s)(?:pic|photo|picture)s?\s+by\s+\p{Lu}[\p{L}.'’ -]{1,40},\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}\.?$/u,
  // "... shot dead at Damien Bay on Saturday. – SUREASH CHOLAI" (the photographer in capitals)
  // (after a sentence's stop, not an abbreviation's: "7:00 P.M. – CALL TO ORDER" heads minutes)
  /\p{Ll}[.!?]\s+-\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,2}$/u,
  // "... without beds in any emergency department in the country. Picture Dan Linehan"
  /[.!?]\s+(?:Picture|Pic|Photo)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\.?$/u,
  // the portal and its photographer in square brackets ("[Suara.com/Arief Hermawan P]")
  /\[\s*[\p{L}\d.]+\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}\]\.?$/u,
  // an archive picture ("... were built in 2024 (stock image)", "(file photo)")
  /\(\s*(?:stock|file|library|archive)\s+(?:image|photo|picture)\s*\)\.?$/iu,
  /(?:^|\s)(?:Dokumentasi|Dok\.?|Istimewa|Ist\.?)\s*\/\s*(?:Istimewa|\p{Lu}[\p{L} ]{1,30})\.?$/u,
  /(?:^|\s)\(?\s*[Ff]oto [Ii]lustrasi\s*\)?\.?(?:\s*\(\*\))?$/u,
  // "... Johnson Sakaja. PHOTO/Courtesy", "... PHOTO/File"
  /[.!?]\s+(?:PHOTO|Photo|FOTO|Foto)\s*\/\s*\p{L}[\p{L} .]{1,30}$/u,
  // the national agency's picture and its source after a slash, however many ("(ANTARA/HO/Diskominfo)",
  // "(ANTARA/HO-Humas Pemkab)", "(ANTARA FOTO/Nova Wahyudi)"): the agency's caption credit, not a sign-off
  /\(\s*(?:ANTARA|Antara)(?:\s+(?:FOTO|Foto))?\s*\/\s*[^()]{1,60}\)\.?$/u,
];
function captionWithCredit(line: string, words: number): boolean {
  if (words > 45) return false;
  // a credit stands in the last words: the patterns read only the tail of the line (cut at a
  // space, so a pattern's "^" still meets a word's start), which keeps this cheap on every paragraph
  const cut = line.length > 100 ? line.indexOf(' ', line.length - 100) + 1 : 0;
  const tail = cut > 0 ? line.slice(cut) : line;
  // a story's sentence ends on a word in lower case and its stop; of the credits only a labelled
  // one ("Foto: ist.", "photo courtesy of ...") can, so most paragraphs stop here
  if (/\p{Ll}["”'’]?[.!?]["”'’]?$/u.test(tail) && !tail.includes(':') && !/courtesy|\/\s*\p{Ll}{1,4}\.$|\bFile (?:photo|picture)\.$/iu.test(tail)) return false;
  const credit = creditAtEnd(tail);
  if (!credit) return false;
  // the words before the credit: one sentence at most, and not a quotation with its speaker's tag
  // ("“Kami mengimbau ...,” terang I Putu Sudayana. (zkl/foto: Ist)" is the story's, signed off)
  const before = line.slice(0, cut + credit.index);
  if (QUOTE_WITH_TAG.test(before)) return false;
  return !/[.!?]["'”’)]?\s+\p{Lu}/u.test(before.replace(/[.!?]["'”’)]?\s*$/u, ''));
}

/** a photo's credit ending the line (its tail: the last hundred characters are enough) */
function creditAtEnd(tail: string): RegExpExecArray | null {
  for (const re of CAPTION_CREDITS) {
    const credit = re.exec(tail);
    if (credit) return credit;
  }
  return bracketCredit(tail);
}

/**
 * A paragraph that ends on a photo's credit, however many sentences come before it: a caption to
 * the duplicate check, which asks which of two copies is the page's and which the story's
 * ("Semporna MP Shafie Apdal at the Dewan Rakyat this morning. He says no one should feel
 * marginalised ... – The Malaysian Insight pic by Seth Akmal, October 19, 2018.")
 */
export function endsOnPhotoCredit(text: string): boolean {
  const line = text.trim();
  const cut = line.length > 100 ? line.indexOf(' ', line.length - 100) + 1 : 0;
  return creditAtEnd(cut > 0 ? line.slice(cut) : line) !== null;
}

/**
 * Photographer and agency in brackets at a caption's end ("(NIall Carson/PA)", "(IDN
 * Times/Indiana Malia)", "(Ridho Hidayat/JawaPos.com)"), not a term and its abbreviation
 * ("(Sovereign Wealth Fund/SWF)", "(UMK/UMP)"): one side is a name written in lower-case letters
 * after its capitals, and the other side is not the initials of its words.
 */
function bracketCredit(line: string): RegExpExecArray | null {
  const m = /\(\s*@?(\p{Lu}[\p{L}\d.'’ -]{1,40}?)\s*\/\s*@?(\p{Lu}[\p{L}\d.'’ -]{1,40}?)\s*\)\.?$/u.exec(line);
  if (!m) return null;
  const [left, right] = [m[1]!, m[2]!];
  // (a portal's domain names its side too: "(Suara.com/Sumarni)")
  // (words of letters: "(Pendim 1607/Sumbawa)", a unit's number and its town, signs off a story)
  const named = (side: string) => (/\p{Lu}\p{Ll}/u.test(side) && side.trim().split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= 2) || /^\p{Lu}[\p{L}\d-]*\.(?:com|co\.id|id|net)$/u.test(side.trim());
  const initials = (side: string) => side.split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase();
  const abbreviates = (long: string, short: string) => /^\p{Lu}{2,6}$/u.test(short.trim()) && initials(long).includes(short.trim());
  return (named(left) || named(right)) && !abbreviates(left, right) && !abbreviates(right, left) ? m : null;
}

/**
 * A line that says the same words twice in a row ("Kallum Watkins dives over for the Rhinos'
 * first try.Kallum Watkins dives over for the Rhinos' first try.", "Vice President John Dramani
 * MahamaVice President John Dramani Mahama"): a caption a page renders twice, as alt text and as
 * caption. No sentence of a story repeats itself whole.
 */
function doubledLine(line: string): boolean {
  if (line.length < 24 || line.length > 600) return false;
  const half = line.length >> 1;
  // (the line's first words stand again near its middle, or it is no double: most lines stop here)
  const again = line.indexOf(line.slice(0, 12), half - 3);
  if (again < 0 || again > half + 3) return false;
  // the second copy starts near the middle, after at most a space or a stop between the two
  for (let cut = half - 2; cut <= half + 2; cut++) {
    const a = line.slice(0, cut).replace(/[\s.]+$/u, '');
    const b = line.slice(cut).replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
    if (a.length >= 12 && a === b && /\s/.test(a)) return true;
  }
  return false;
}

const BREADCRUMB_SEP = /\s*(?:>|»|›|\||\/)\s*/;

/** "By Les Dunford", "by Bowls ACT", "By: INSEC", "by Saharareporters," (a month's name ends it: "New York Sep 03") */
const CAPITAL_MONTHS = MONTHS.split('|').map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}|${m.toUpperCase()}`).join('|');
const BY_NAME = new RegExp(`(?:^|\\s)(?:[Bb]y|BY|[Oo]leh|OLEH):?\\s+(?:(?!(?:${CAPITAL_MONTHS})\\b)\\p{Lu}[\\p{L}.'’-]*(?:\\s+|,\\s*|$)){1,4}`, 'u');

/**
 * A reporter's name with the date, and maybe the paper's name, and nothing else ("January 26,
 * 2016 By Victoria Saffa", "May 01, 2012 06:00 am | By Les Dunford | The Westlock News").
 */
/**
 * A time stamp among a few short labels between bars ("Senin, 22 Januari 2018 01:00 WITA | 1775
 * kali dibaca", "Sabtu, 07 Februari 2026 | Berita Pimpinan", "Oleh : | 03 Februari 2026 | Dibaca :
 * 3 Pengunjung"): a page's line of meta data, not a sentence.
 */
function stampWithLabels(line: string, words: number): boolean {
  if (words > 20 || !line.includes('|')) return false;
  const parts = line.split(/\s*\|\s*/u).filter((x) => x.length > 0);
  if (parts.length < 2 || parts.length > 4) return false;
  const dated = parts.findIndex((x) => isDateOnly(x, roughWords(x)));
  return dated >= 0 && parts.every((x, i) => i === dated || (roughWords(x) <= 4 && !/[.!?]$/u.test(x)));
}

function bylineWithDate(line: string, words: number): boolean {
  if (words > 16 || !/(?:^|[\s|])(?:by|oleh):?\s+\p{Lu}/iu.test(line)) return false;
  const rest = line
    .split(/\s+[|•·]\s+/u)
    // the name after "By" (two to four capitalised words), and the paper's name in its own part
    .map((part) => part.replace(BY_NAME, ' ').trim())
    .filter((part, i) => !(i > 0 && /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u.test(part)))
    .join(' ');
  return rest !== line && rest.length > 0 && isDateOnly(rest, roughWords(rest));
}

/** "Home > News > Politics", "Beranda » Berita » Nasional": 3+ short lettered segments. */
function isBreadcrumb(line: string, words: number): boolean {
  if (/[.!?]$/.test(line)) return false;
  const sepCount = (line.match(/\s(?:>|»|›|\||\/)\s|»|›/g) ?? []).length;
  // (the separators are no words: "Home / Berita / Bisnis & Ekonomi / Papua Barat / Sosial Budaya")
  if (sepCount < 2 || words - sepCount > 12) return false;
  const parts = line.split(BREADCRUMB_SEP).filter((p) => p.length > 0);
  // (more than six cells is a table's row: "No | Tim | Main | Menang | Seri | Kalah | ...")
  // (figures in several cells are a table's: "3 th: 2.637,52 | 4 th: 2.944,68 | ...")
  return parts.length >= 3 && parts.length <= 6 && parts.every((p) => /\p{L}/u.test(p) && p.split(' ').length <= 3) && parts.filter((p) => /\d[.,]\d/.test(p)).length <= 1;
}

// "Foto: Antara/Rivan AwalJakarta - Pemerintah ..." : a credit glued to the first sentence.
// The glue is a lower-case letter (or ')') immediately followed by an upper-case letter.
// The same mark opens a photo caption ("FOTO : Kecelakaan maut di ..."): duplicates.ts reads it.
export const CAPTION_MARK = /^(?:foto|photo|ilustrasi|image|gambar)\s*:\s*/i;

/** Word count by spaces, stopping early: enough to rule out whole-line rules. */
function roughWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= 61; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}


/** The furniture in one paragraph, or null. Offsets refer to `text` as given. */
export function furnitureOf(text: string): FurnitureMatch | null {
  if (text.length > 2000) return null; // no chrome line is this long; bounded cost
  const rough = roughWords(text);
  // Fast path for ordinary copy (this runs on every paragraph on every keystroke): beyond 40
  // words only a cookie banner or a glued photo credit can match.
  if (rough > 40 && !/cookie/i.test(text) && !CAPTION_MARK.test(text.trimStart()) && !/(?:juga|more|also|related)\s*:|jQuery|function\s*\(|newsletter/i.test(text)) return null;
  const line = canonicalText(text);
  if (line.length === 0) return null;
  const words = roughWords(line);
  const whole = trimmedRange(text);
  for (const [kind, re, maxWords] of LINE_RULES) {
    if (words <= maxWords && re.test(line)) return { kind, ...whole, wholeLine: true };
  }
  if (isBreadcrumb(line, words)) return { kind: 'breadcrumb', ...whole, wholeLine: true };
  if (doubledLine(line)) return { kind: 'caption', ...whole, wholeLine: true };
  if (captionWithCredit(line, words)) return { kind: 'credit', ...whole, wholeLine: true };
  if (isTimestamp(line, words)) return { kind: 'meta', ...whole, wholeLine: true };
  if (bylineWithDate(line, words)) return { kind: 'byline', ...whole, wholeLine: true };
  if (stampWithLabels(line, words)) return { kind: 'meta', ...whole, wholeLine: true };
  // a date, maybe a name, and a view count ("March 31, 2024 Bernard Galang 136 views")
  if (words <= 12 && /\b\d[\d,.]*\s+views?$/i.test(line) && (MONTH_DAY.test(line) || /\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b/.test(line))) return { kind: 'meta', ...whole, wholeLine: true };
  const glued = GLUED_TEASER.exec(text);
  if (glued && glued.index > 0 && roughWords(glued[0]) <= 30) {
    let end = glued.index + glued[0].length;
    while (end > glued.index && /\s/.test(text[end - 1]!)) end--;
    // the space before the teaser goes with it, so the paragraph ends on its sentence
    let start = glued.index;
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    return { kind: 'teaser', start, end, wholeLine: false };
  }
  // Glued credit: search in the ORIGINAL text so offsets are exact.
  const lead = text.length - text.trimStart().length;
  const body = text.slice(lead);
  const m = CAPTION_MARK.exec(body);
  if (m && words > 12) {
    const rest = body.slice(m[0].length, m[0].length + 120);
    // \p{M}* so that an NFD "é" (e + combining accent) before the glue still counts
    const glue = /[\p{Ll})]\p{M}*(?=\p{Lu})/u.exec(rest);
    if (glue) {
      const end = lead + m[0].length + glue.index + glue[0].length;
      return { kind: 'credit', start: lead, end, wholeLine: false };
    }
  }
  return null;
}

// A small memo shared by every caller (the furniture check and the duplicate check's features
// both ask about every paragraph on every keystroke). Cleared when full: bounded memory.
const memo = new BoundedMemo<string, FurnitureMatch | null>(20_000);

/** Empties the memo (benchmarks measuring a cold check). */
export function clearFurnitureMemo(): void {
  memo.clear();
}

/** furnitureOf, memoized by text (the result is a pure function of the text). */
export function furnitureOfCached(text: string): FurnitureMatch | null {
  return memo.get(text, furnitureOf);
}

/** the lines a page puts above a story are few and short: a byline, a date, a caption's name */
const PAGE_HEAD_LINES = 4;
const PAGE_HEAD_WORDS = 10;

/** two to four capitalised words and nothing else ("Nicole-Marie Ng", "Tribune Chronicle") */
const NAME_LINE = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:[\s-]+\p{Lu}[\p{Ll}'’-]*\p{Ll}|\s+\p{Lu}{2,3}){1,3}$/u;

/** the index of a story's first paragraph of PAGE_HEAD_WORDS words or more (its length when none), the headline repeated aside */
function firstLongParagraph(paragraphs: readonly string[], repeatsHeadline: (i: number) => boolean): number {
  const i = paragraphs.findIndex((p, j) => roughWords(p) >= PAGE_HEAD_WORDS && !repeatsHeadline(j));
  return i < 0 ? paragraphs.length : i;
}

/** a menu's item: a bullet and up to four words, no figure, no stop */
const BULLETED_ITEM = /^[•·▪‣◦]\s*[\p{L}&'’ -]+$/u;
/** how many bulleted items in a row make a menu (a story's list of three or four is a list) */
const MENU_RUN = 5;
/** the lines above `end` that stand in a run of MENU_RUN bulleted items or more */
function bulletedRuns(paragraphs: readonly string[], end: number): Set<number> {
  const out = new Set<number>();
  let from = -1;
  for (let i = 0; i <= end; i++) {
    const t = i < end ? paragraphs[i]!.trim() : '';
    const item = i < end && BULLETED_ITEM.test(t) && roughWords(t) <= 5;
    if (item && from < 0) from = i;
    if (!item && from >= 0) {
      if (i - from >= MENU_RUN) for (let j = from; j < i; j++) out.add(j);
      from = -1;
    }
  }
  return out;
}

/** a label, a colon and a figure: a row of a table or a price list */
const LABEL_AND_FIGURE = /\s:\s*(?:Rp\.?\s?|\$|£|€)?\d/u;
/** a row of a schedule or a diary, its date first */
const DATED_ROW = /^[-–—]\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s/u;
/** a related story's headline after a dash: six words or more, not ended by a full stop or a list's comma */
const DASHED_TITLE = /^[-–—]\s+[\p{Lu}\d][^\n]*[^.;:,…\s]$/u;
/** a paragraph of the story: a sentence or more, ended by its stop */
const STORY_SENTENCES = /[.!?]["”’)]?$/u;
/**
 * The lines of a run of four headlines or more after a dash ("- Kapolri Lantik Komjen Pol Dedi
 * Prasetyo sebagai Wakapolri", "- Four arrested over alleged Grand Pass shooting plot") with no
 * paragraph of the story above it or none below it: the page's lists of other stories. (A dashed
 * list inside the story, its demands or its winners, has the story on both sides.)
 */
function dashedTeaserRuns(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  const titled = paragraphs.map((p) => {
    const t = p.trim();
    const words = t.length > 12 && (t[0] === '-' || t[0] === '–' || t[0] === '—') ? roughWords(t) : 0;
    // (not a table's row of a label and its value, "- Umur 3 tahun : Rp 1.142,63", nor a schedule's
    // row led by its date, "- 15/4/2018 Persekat Tegal vs Persipa Pati")
    return words >= 7 && words <= 27 && DASHED_TITLE.test(t) && !LABEL_AND_FIGURE.test(t) && !DATED_ROW.test(t);
  });
  if (titled.filter(Boolean).length < 4) return out;
  const sentence = paragraphs.map((p, i) => !titled[i] && roughWords(p) >= 12 && STORY_SENTENCES.test(p.trim()));
  const [firstSentence, lastSentence] = [sentence.indexOf(true), sentence.lastIndexOf(true)];
  for (let i = 0; i < paragraphs.length; ) {
    if (!titled[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < paragraphs.length && titled[j]) j++;
    // (a list the story introduces, "... di antaranya:", or whose last item ends the sentence, is the story's)
    // (a page's own label is no introduction: "Baca Lainnya :")
    const introduced = i > 0 && /:\s*$/u.test(paragraphs[i - 1]!) && !furnitureOf(paragraphs[i - 1]!);
    const endsStory = j < paragraphs.length && /^[-–—]\s.*\.$/u.test(paragraphs[j]!.trim());
    if (j - i >= 4 && !introduced && !endsStory && (firstSentence < 0 || firstSentence > i || lastSentence < j)) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/** a line the page cut short with an ellipsis glued to a word ("Jatim Fair 2017 Ditutup, Transaksi …", "Surabaya-Kopi| Pameran Ja...") */
const CUT_LINE = /\p{L}[,]?\s?(?:…|\.{3})$/u;

/**
 * A list of other stories that gives each headline whole and then cut short by the page ("Jatim
 * Fair 2017 Ditutup, Transaksi Capai 54,3 Milyar Rupiah" / "Jatim Fair 2017 Ditutup, Transaksi
 * …"), two such pairs or more, and the cut excerpts between them (read on set 47 of unseen
 * news). A story never follows a line with a cut copy of its own start. (Lines cut short alone
 * are no sign: a page's list of a budget's items cuts them too, and a story's last line is often cut.)
 */
function cutTitlePairs(paragraphs: readonly string[]): Set<number> {
  const pairs: number[] = [];
  const cutLines: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    // (the last characters first: most paragraphs end on a stop, not an ellipsis)
    const end = paragraphs[i]!.trimEnd();
    if (!end.endsWith('…') && !end.endsWith('...')) continue;
    const cut = end.trimStart();
    if (roughWords(cut) > 14 || !CUT_LINE.test(cut)) continue;
    cutLines.push(i);
    if (i === 0) continue;
    const stem = cut.replace(/\s?(?:…|\.{3})$/u, '').trim();
    if (stem.length < 12) continue;
    const whole = paragraphs[i - 1]!.trim();
    if (whole.length > stem.length && whole.startsWith(stem)) pairs.push(i - 1, i);
  }
  const out = new Set<number>();
  if (pairs.length < 4) return out;
  const [from, to] = [pairs[0]!, pairs[pairs.length - 1]!];
  for (const i of pairs) out.add(i);
  for (const i of cutLines) if (i >= from && i <= to) out.add(i);
  return out;
}

/** a related story's headline: a few words, no stop, no quotation */
const TEASER_TITLE = /^[\p{Lu}\d][^.!?…"“”]*[^.!?…:"“”\s]$/u;
/** its excerpt, cut by the page with an ellipsis right after a word ("... allowances for its…") */
const CUT_EXCERPT = /\p{L},?(?:…|\.{3})$/u;
/** the lines of two pairs or more of a headline and its cut excerpt */
function teaserPairs(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    // (the excerpt's last characters first: on a long story most paragraphs stop here)
    const excerpt = paragraphs[i + 1]!.trimEnd();
    if (!(excerpt.endsWith('…') || excerpt.endsWith('...')) || !CUT_EXCERPT.test(excerpt.slice(-6))) continue;
    const title = paragraphs[i]!.trim();
    const words = roughWords(title);
    if (words >= 3 && words <= 20 && TEASER_TITLE.test(title) && roughWords(excerpt) >= 6) out.add(i).add(i + 1);
  }
  return out.size >= 4 ? out : new Set();
}

/** two paragraphs of the story's length above line i that are no page furniture */
function storyAbove(paragraphs: readonly string[], i: number, repeatsHeadline: (j: number) => boolean, match: (text: string) => FurnitureMatch | null): boolean {
  let n = 0;
  for (let j = 0; j < i && n < 2; j++) if (roughWords(paragraphs[j]!) >= PAGE_HEAD_WORDS && !repeatsHeadline(j) && !match(paragraphs[j]!)) n++;
  return n >= 2;
}

/** where a page repeats the headline: the first lines of its text */
const HEADLINE_REPEAT_LINES = 6;

/**
 * The headline's words, and those of the headline without the site's name a page title adds
 * ("Police arrest more - Solomon Star News"), for comparing with a line of the story's text.
 */
function headlineKeys(headline: string | undefined): Set<string> {
  const keys = new Set<string>();
  if (!headline) return keys;
  const whole = normalizeForMatch(headline);
  if (whole.split(' ').length >= 3) keys.add(whole);
  const cut = /\s+[|–—-]\s+[^|–—-]{2,40}$/u.exec(headline);
  if (cut) {
    const bare = normalizeForMatch(headline.slice(0, cut.index));
    if (bare.split(' ').length >= 3) keys.add(bare);
  }
  return keys;
}

/** a section's name alone at the top of a page ("News", "Local Goa News", "Berita Daerah") */
const SECTION_LINE = /^(?:\p{Lu}[\p{L}]+\s+){0,2}(?:News|NEWS|Berita|BERITA)$|^(?:Berita|BERITA)(?:\s+\p{Lu}[\p{L}]+){1,2}$/u;

/**
 * Where a scraped page's story opens with its dateline ("KENDARI, TELISIK.ID - Seorang ..."), what
 * the page put above it is not the story: on five sets of unseen news (1,000 excerpts) the lines
 * above a dateline were captions, bylines, date stamps, view counts and decks, and never a
 * story's sentence once two false datelines were mended (dateline.ts). The dateline must come
 * early, and the lines above it be short: a long one, or one ending on a comma (a page broken
 * mid-sentence), means the story began above what only looks like a dateline ("ICE-µ juga ...",
 * a ticker's "AKRA - Buy 1110-1125").
 */
const ABOVE_DATELINE_MAX = 6;
const ABOVE_DATELINE_WORDS = 60;
/** the fewest words of the sentence a dateline opens on its line */
const DATELINE_SENTENCE_WORDS = 5;
/** the most words of a line in a page's head (a caption, a deck); a longer one is the story's */
const HEAD_LINE_WORDS = 30;

/**
 * The index of the paragraph that opens with a dateline, among the first few; -1 when none. Only
 * on a page: the dateline names its outlet ("KENDARI, TELISIK.ID -", "Liputan6.com, Jakarta -"),
 * or a line above is furniture by its shape (a byline, a time stamp). A reporter's own draft
 * ("JAKARTA -" under a line they typed) is left alone.
 */
function datelineParagraph(paragraphs: readonly string[], match: (text: string) => FurnitureMatch | null): number {
  const n = Math.min(paragraphs.length, ABOVE_DATELINE_MAX + 1);
  // a page whose first line opens with its dateline has nothing above the story ("SERAMBIJAMBI.ID,
  // Jambi – ..." over "Diketahui, SKK Migas – PetroChina turut ..."; the second only looks like one)
  if (paragraphs.length > 0 && datelineOf(paragraphs[0]!)) return -1;
  for (let i = 1; i < n; i++) {
    const dateline = datelineOf(paragraphs[i]!);
    if (!dateline) continue;
    // a dateline ends on its place or its outlet, not on a full stop: a caption that reads like
    // one ("Bupati Lebak, Iti Octavia Jayabaya." under the story's first paragraphs) is none
    if (/\.\s*$/.test(dateline)) continue;
    // ... and stands alone on its line or opens a sentence: a few words after it are a table's
    // row or a fragment ("Bryan Munday (Worthing) - 40 Points"), not a story's first sentence
    const rest = paragraphs[i]!.slice(paragraphs[i]!.indexOf(dateline) + dateline.length).trim();
    const restWords = roughWords(rest);
    // (what follows may be the outlet, in capitals or as an address: "BARONG TONGKOK – KABARKUBAR.COM")
    const outlet = /^[\p{Lu}\d\s.-]+$/u.test(rest) || /\.\w{2,3}\b/.test(rest);
    if (restWords > 0 && restWords < DATELINE_SENTENCE_WORDS && !outlet) continue;
    // ... a sentence: a few words without a stop after it are a heading ("DRINKING WATER WARNING -
    // Boil Your Water Before Using"); a dateline that names its outlet is one all the same
    if (!/[.,(]/.test(dateline) && restWords > 0 && restWords < 2 * DATELINE_SENTENCE_WORDS && !/[.!?…"”]\s*$/.test(rest) && !outlet) continue;
    const above = paragraphs.slice(0, i);
    if (above.some((p) => /,\s*$/.test(p) || roughWords(p) > ABOVE_DATELINE_WORDS)) return -1;
    // a quotation with its speaker's tag above: the story began there, and this is a caption
    // that reads like a dateline ("Wenny Setianingsih, Ketua Khitanan Massal BJJS" under
    // "“Tahun ini menjadi gelombang ke II ...,” ujar Wenny.")
    if (above.some((p) => QUOTE_WITH_TAG.test(p))) return -1;
    // ... and so does a run of the story's sentences above a line that stands alone: a sub-heading
    // ("Dawn Service, Sydney" under five paragraphs about Anzac Day), where a page head holds one
    // caption or deck at most; or above the dateline of a page's next brief ("MOSS POINT,
    // Mississippi -- ..." under four paragraphs of the brief before it)
    if (above.filter((p) => roughWords(p) >= 10 && /[.!?]["”’)]?\s*$/.test(p)).length >= 3) return -1;
    // (furniture counts only above the story's first paragraph: "Hide Ad" after a district
    // column's first items is an advert inside the story, not the top of the page)
    return /[.,(]/.test(dateline) || above.some((p, j) => match(p) !== null && above.slice(0, j).every((q) => roughWords(q) < HEAD_LINE_WORDS)) ? i : -1;
  }
  return -1;
}

/**
 * A line above the dateline that the story says again is its summary, which the duplicate check
 * reports with its own fix ("Delete the summary"); a long one is no page head.
 */
function abovePageText(text: string, paragraphs: readonly string[], storyStart: number): boolean {
  if (roughWords(text) === 0) return false;
  const own = new Set(normalizeForMatch(text).split(' '));
  if (own.size < 4) return true;
  for (let j = storyStart; j < paragraphs.length; j++) {
    const later = new Set(normalizeForMatch(paragraphs[j]!).split(' '));
    let shared = 0;
    for (const w of own) if (later.has(w)) shared++;
    if (shared >= own.size * 0.8) return false;
  }
  return true;
}

/** a date alone on its line ("19 September 2024", "Dec 13, 2020") */
/** the longest line read as a date alone ("Last Updated on Tuesday, 6 August 2024, 21:15 by Writer") */
const DATE_LINE_CHARS = 80;

/**
 * Three headlines or more, each followed by a line that is its date and nothing else, outside the
 * story's sentences (below its last or above its first): a list of other stories. A chronology
 * heads its days with dates too, but tells each day in sentences, and inside the story.
 */
function datedHeadlineList(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  // (a re-check runs this on every edit: the short lines with a figure first, the rest only when three are dates)
  const dated = paragraphs.map((p) => p.length <= DATE_LINE_CHARS && /\d/.test(p) && datedLine(p));
  if (dated.filter(Boolean).length < 3) return out;
  const sentence = paragraphs.map((p) => roughWords(p) >= 12 && STORY_SENTENCES.test(p.trim()));
  const [firstSentence, lastSentence] = [sentence.indexOf(true), sentence.lastIndexOf(true)];
  const headline = (j: number) => {
    const t = paragraphs[j]!;
    const w = roughWords(t);
    return w >= 3 && w <= 20 && !/[.!?:;,]["”’)]?$/u.test(t.trim()) && !dated[j];
  };
  const pairs: number[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    if (!dated[i] || !headline(i - 1)) continue;
    if (firstSentence >= 0 && i - 1 <= lastSentence && i >= firstSentence) continue;
    pairs.push(i);
  }
  if (pairs.length < 3) return out;
  for (const i of pairs) out.add(i - 1).add(i);
  return out;
}

function datedLine(text: string): boolean {
  const line = canonicalText(text);
  return isDateOnly(line, roughWords(line));
}

export interface FurnitureOptions {
  uiLanguage?: UiLanguage;
  /** the story's headline: a page repeats it above the story's text */
  headline?: string;
  /** the desk's own lines, normalised (desk-furniture.ts) */
  desk?: ReadonlySet<string>;
}

/** how long a caption printed twice may be, in words */
const CAPTION_TWICE_WORDS = 20;

/** paragraph i and a neighbour are one short line without a closing stop, written alike */
function captionTwice(paragraphs: readonly string[], i: number): boolean {
  const text = paragraphs[i]!.trim();
  if (!/\p{L}/u.test(text) || /[.!?…:;"“”'’]$/u.test(text) || roughWords(text) > CAPTION_TWICE_WORDS) return false;
  const key = normalizeForMatch(text);
  const same = (j: number) => j >= 0 && j < paragraphs.length && normalizeForMatch(paragraphs[j]!) === key;
  return same(i - 1) || same(i + 1);
}

export function checkFurniture(
  paragraphs: readonly string[],
  opts: FurnitureOptions = {},
  match: (text: string) => FurnitureMatch | null = furnitureOf,
): Finding[] {
  const ui = opts.uiLanguage ?? 'en';
  const out: Finding[] = [];
  const desk = opts.desk && opts.desk.size > 0 ? opts.desk : null;
  let headEnd: number | undefined;
  let storyStart: number | undefined;
  let navRuns: Set<number> | undefined;
  let teasers: Set<number> | undefined;
  let dashedRuns: Set<number> | undefined;
  let cutPairs: Set<number> | undefined;
  let datedList: Set<number> | undefined;
  const headline = headlineKeys(opts.headline);
  const repeatsHeadline = (i: number): boolean => headline.size > 0 && i < HEADLINE_REPEAT_LINES && headline.has(normalizeForMatch(paragraphs[i]!));
  paragraphs.forEach((text, i) => {
    let m = match(text);
    // the headline said again above the story ("Police arrest more" under "Police arrest more -
    // Solomon Star News"): the editor has it in its own field
    // (not below the story's own paragraphs: a sentence of the story the headline was made of,
    // "Satgas TMMD ke-124 memberikan apresiasi tinggi ..." after four paragraphs of it)
    if (!m && repeatsHeadline(i) && !storyAbove(paragraphs, i, repeatsHeadline, match)) m = { kind: 'headline', ...trimmedRange(text), wholeLine: true };
    // the desk's list is asked only about lines the shape rules left alone, and only whole lines
    if (!m && desk && text.length <= DESK_FURNITURE_MAX_LENGTH * 2 && desk.has(normalizeFurnitureLine(text))) {
      m = { kind: 'desk', ...trimmedRange(text), wholeLine: true };
    }
    // only short lines before it: the page's head, above the story's first long paragraph
    const inHead = i < PAGE_HEAD_LINES && i <= (headEnd ??= firstLongParagraph(paragraphs, repeatsHeadline));
    if (!m && inHead && i < headEnd! && SECTION_LINE.test(text.trim())) m = { kind: 'breadcrumb', ...trimmedRange(text), wholeLine: true };
    // a portal's address alone after the story's start: its sign-off ("suaraindo.id"); above it,
    // a dateline broken over lines ("PEKANBARU" / "Topindonesia.id" / "- ...") is the story's
    if (!m && i > headEnd! && /^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co\.uk|co)$/i.test(text.trim())) m = { kind: 'credit', ...trimmedRange(text), wholeLine: true };
    // a time alone above the story ("7:40am")
    if (!m && inHead && i < headEnd! && /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|wib|wita|wit)?$/i.test(text.trim())) m = { kind: 'meta', ...trimmedRange(text), wholeLine: true };
    // a count alone above the story: views, comments, shares ("1067", "0")
    if (!m && inHead && i < headEnd! && /^\d{1,7}$/.test(text.trim())) m = { kind: 'meta', ...trimmedRange(text), wholeLine: true };
    // a date alone among the lines above the story ("19 September 2024" under the byline), when
    // it is the story's only such line besides time stamps: a chronology heads its days with
    // dates, one after another
    if (!m && inHead && datedLine(text) && !paragraphs.some((p, j) => j !== i && datedLine(p) && !match(p))) {
      m = { kind: 'meta', ...trimmedRange(text), wholeLine: true };
    }
    // a name alone among the lines above the story: the reporter's ("Sarah Spickernell", "CNN
    // Indonesia") or the person in the photo ("Jack Dorsey"), with the story's long paragraphs
    // after it. A name is words the dictionaries mostly do not hold: a title above the story
    // ("Memimpikan Dunia Tanpa Tambang") is words they do. Not a dateline, which opens the story
    // ("JAKARTA", "Jakarta, CNN Indonesia --")
    if (!m && inHead && headEnd! < paragraphs.length && NAME_LINE.test(text.trim()) && !datelineOf(text) && text.trim().split(/[\s-]+/).filter(isListedWord).length <= 1) {
      m = { kind: 'label', ...trimmedRange(text), wholeLine: true };
    }
    // a link alone on its line: an embed the page could not show ("https://youtube.com/watch?v=..."),
    // unless the story leads to it ("... dapat dicek di link di bawah ini:")
    if (!m && /^https?:\/\/\S+$/i.test(text.trim()) && !/:\s*$/.test(paragraphs[i - 1] ?? '')) m = { kind: 'embed', ...trimmedRange(text), wholeLine: true };
    // a short line without a full stop printed twice in a row: a photo's alt text and its
    // caption ("Car going through flood water" twice; "Masvingo mayor Hubert Fidze" twice). A
    // sentence of the story ends with a stop; a repeated one is the duplicate check's. Medium,
    // like the next: where and how often it stands, not its words, say what it is
    let byShape = false;
    if (!m && captionTwice(paragraphs, i)) {
      // (a name alone printed twice is the reporter's: "Lorne Stelmach" / "Lorne Stelmach")
      m = { kind: NAME_LINE.test(text.trim()) ? 'byline' : 'caption', ...trimmedRange(text), wholeLine: true };
      byShape = true;
    }
    // headlines each with an excerpt cut by an ellipsis, two such pairs or more: a list of
    // related stories ("Federal Government Plans 25% Salary Hike ..." / "The federal government
    // is set to implement ... for its…"). Medium: by shape
    if (!m && (teasers ??= teaserPairs(paragraphs)).has(i)) {
      m = { kind: 'teaser', ...trimmedRange(text), wholeLine: true };
      byShape = true;
    }
    // ... and so are runs of headlines after dashes above the story or below it
    if (!m && (dashedRuns ??= dashedTeaserRuns(paragraphs)).has(i)) {
      m = { kind: 'teaser', ...trimmedRange(text), wholeLine: true };
      byShape = true;
    }
    // ... and a list of other stories below the story or above it, each headline with its date
    // on the line after ("Bookmark staff being consulted on future" / "27 Jun 2025")
    if (!m && (datedList ??= datedHeadlineList(paragraphs)).has(i)) {
      m = { kind: datedLine(text) ? 'meta' : 'teaser', ...trimmedRange(text), wholeLine: true };
      byShape = true;
    }
    // ... and headlines given whole and then cut short
    if (!m && (cutPairs ??= cutTitlePairs(paragraphs)).has(i)) {
      m = { kind: 'teaser', ...trimmedRange(text), wholeLine: true };
      byShape = true;
    }
    // a run of bulleted words above the story ("• Tentang Kami", "• Kaltara", "• Hukum & Kriminal",
    // ...): the page's menus. Medium, like the next: by shape and place
    if (!m && i < (headEnd ??= firstLongParagraph(paragraphs, repeatsHeadline)) && (navRuns ??= bulletedRuns(paragraphs, headEnd)).has(i)) {
      m = { kind: 'breadcrumb', ...trimmedRange(text), wholeLine: true };
      byShape = true;
    }
    // a line above the paragraph that opens with the dateline: the page's caption, byline, date
    // or deck. Medium: the line's words say nothing of it, only where it stands
    if (!m && i < ABOVE_DATELINE_MAX && i < (storyStart ??= datelineParagraph(paragraphs, match)) && abovePageText(text, paragraphs, storyStart)) {
      m = { kind: 'above-dateline', ...trimmedRange(text), wholeLine: true };
      byShape = true;
    }
    if (!m) return;
    const evidence = text.slice(m.start, m.end);
    out.push({
      rule: 'page-furniture',
      severity: 'warning',
      message: msg.furniture(ui, m.kind, canonicalText(evidence), m.wholeLine),
      paragraph: i,
      start: m.start,
      end: m.end,
      related: [],
      fix: {
        label: msg.furnitureFix(ui, m.wholeLine),
        edits: [m.wholeLine ? removalEdit(i, text) : { paragraph: i, start: m.start, end: m.end, text: '' }],
      },
      fingerprint: fingerprintOf('page-furniture', canonicalText(evidence)),
      ...(byShape ? { confidence: 'medium' as const } : {}),
    });
  });
  return out;
}

/** the furniture check for the editor: memoized per paragraph text */
export function createFurnitureChecker(): (paragraphs: readonly string[], opts?: FurnitureOptions) => Finding[] {
  return (paragraphs, opts = {}) => checkFurniture(paragraphs, opts, furnitureOfCached);
}
