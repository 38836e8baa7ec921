import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeStory, applyFix, checkDuplicates, checkFurniture, createDuplicateChecker, detectLanguage } from '../../shared/analysis/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = join(here, '../fixtures/articles/000_29685aeed6ed132a.txt');
// txt reading rule of the CLI: one paragraph per non-blank line, the first line (headline) included
const seed = readFileSync(SEED, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');

// Other analyzers (fact checks) share analyzeStory; these tests look at the rules of issue 4.
const MINE = new Set(['duplicate-paragraph', 'page-furniture', 'archive-duplicate']);
const mine = (fs: ReturnType<typeof analyzeStory>) => fs.filter((f) => MINE.has(f.rule));

describe('seed article (issue 4 acceptance)', () => {
  const findings = mine(analyzeStory({ paragraphs: seed, uiLanguage: 'en' }));
  const dups = findings.filter((f) => f.rule === 'duplicate-paragraph');
  const furniture = findings.filter((f) => f.rule === 'page-furniture');

  it('has 27 paragraphs and is detected as Indonesian', () => {
    expect(seed).toHaveLength(27);
    expect(detectLanguage(seed.join('\n'))).toBe('id');
  });

  it('flags page furniture on paragraphs 1-4 and nowhere else, each with a delete-line fix', () => {
    expect(furniture.map((f) => f.paragraph)).toEqual([1, 2, 3, 4]);
    for (const f of furniture) {
      expect(f.fix?.edits).toEqual([{ paragraph: f.paragraph, start: 0, end: seed[f.paragraph]!.length, text: '' }]);
      expect(applyFix(seed, f.fix!)).toHaveLength(26);
    }
  });

  it('flags paragraphs 16-25 as duplicates of 6-15, one group, none on 0-15 or "(jon)"', () => {
    expect(dups.map((f) => f.paragraph)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    for (const f of dups) {
      expect(f.related).toHaveLength(1);
      expect(f.related[0]!.paragraph).toBe(f.paragraph - 10);
      expect(f.severity).toBe('error');
      expect(f.start).toBe(0);
      expect(f.end).toBe(seed[f.paragraph]!.length);
    }
    const groups = new Set(dups.map((f) => f.group));
    expect(groups.size).toBe(1);
    expect([...groups][0]).toBeTruthy();
    expect(seed[26]).toBe('(jon)');
    expect(findings.some((f) => f.paragraph === 26)).toBe(false);
  });

  it('applying the block fix leaves 17 paragraphs: the body once, headline and sign-off kept', () => {
    const after = applyFix(seed, dups[0]!.fix!);
    expect(after).toHaveLength(17);
    expect(after[0]).toBe(seed[0]);
    expect(after[16]).toBe('(jon)');
    expect(checkDuplicates(after)).toEqual([]);
  });

  it('reports no duplicate or furniture finding in the headline or the body', () => {
    expect(findings.filter((f) => f.paragraph === 0 || (f.paragraph >= 5 && f.paragraph <= 15))).toEqual([]);
  });

  it('gives unique fingerprints that do not depend on paragraph position', () => {
    const fps = findings.map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
    // insert an unrelated paragraph at the top: same fingerprints. (The new line stands among the
    // page's junk above the dateline, so it is reported too, quietly: see "lines above".)
    const shifted = mine(analyzeStory({ paragraphs: ['Paragraf baru yang sama sekali tidak berhubungan dengan isi berita di bawah ini.', ...seed] }));
    expect(shifted.filter((f) => f.paragraph === 0).map((f) => f.confidence)).toEqual(['medium']);
    expect(shifted.filter((f) => f.paragraph > 0).map((f) => f.fingerprint).sort()).toEqual(fps.slice().sort());
  });

  it('writes messages in the UI language', () => {
    const id = mine(analyzeStory({ paragraphs: seed, uiLanguage: 'id' }));
    expect(id.find((f) => f.rule === 'duplicate-paragraph')!.message).toMatch(/Paragraf ini mengulang paragraf 7/);
    expect(id.find((f) => f.rule === 'page-furniture')!.fix!.label).toBe('Hapus baris');
    expect(dups[0]!.message).toMatch(/repeats paragraph 7/);
  });
});

describe('near duplicates and short paragraphs', () => {
  const a =
    'The central bank raised its benchmark interest rate by a quarter of a percentage point on Thursday, citing stubborn inflation in food and energy prices.';
  const b =
    'The central bank raised its key interest rate by a quarter of a percentage point on Thursday, citing persistent inflation in food and fuel prices.';
  const other =
    'Opposition lawmakers said the decision would hurt small businesses that are already struggling with higher costs, and called for a parliamentary inquiry.';

  it('flags a paragraph with a few words changed as a near duplicate (warning)', () => {
    const f = checkDuplicates([a, other, b]);
    expect(f).toHaveLength(1);
    expect(f[0]!.paragraph).toBe(2);
    expect(f[0]!.related[0]!.paragraph).toBe(0);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.message).toMatch(/nearly repeats paragraph 1/);
  });

  it('two near-alike paragraphs with a figure changed are parallel statements, not a repeat; a copy that keeps the figures is one', () => {
    const demand = 'Jaksa menuntut agar majelis hakim menjatuhkan pidana terhadap terdakwa dengan pidana penjara selama 14 tahun dan denda Rp 750 juta subsider enam bulan kurungan.';
    const verdict = 'Jaksa menuntut agar majelis hakim menjatuhkan pidana terhadap terdakwa dengan pidana penjara selama 4 tahun dan denda Rp 750 juta subsider enam bulan kurungan.';
    expect(checkDuplicates([demand, other, verdict])).toEqual([]);
    const cut = demand.replace(' subsider enam bulan kurungan', '');
    expect(checkDuplicates([demand, other, cut]).map((x) => x.paragraph)).toEqual([2]);
  });

  it('flags a paragraph with a sentence dropped', () => {
    const long = `${a} Analysts had expected the move after last month's figures showed prices rising at the fastest pace in a decade.`;
    const f = checkDuplicates([long, other, a]);
    expect(f.map((x) => [x.paragraph, x.related[0]!.paragraph])).toEqual([[2, 0]]);
  });

  it('does not flag two different paragraphs sharing a stock phrase', () => {
    const p1 = 'Menurut dia, pemerintah akan segera menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir, kata dia kepada wartawan di Jakarta.';
    const p2 = 'Ia menambahkan bahwa polisi masih memeriksa tiga orang saksi terkait kecelakaan tersebut, kata dia kepada wartawan di Jakarta.';
    expect(checkDuplicates([p1, p2])).toEqual([]);
  });

  it('never flags short paragraphs on their own', () => {
    expect(checkDuplicates(['(jon)', a, '(jon)', 'Setuju.', other, 'Setuju.'])).toEqual([]);
  });

  it('a schedule line repeated for each game is short: its figures are not words', () => {
    const venue = 'Stadion Si Jalak Harupat, pukul 15.30 WIB';
    expect(checkDuplicates(['1. Persib Bandung vs Port FC', venue, '1. Liga Indonesia All Star vs Arema FC', venue, '1. Dewa United vs Port FC', venue])).toEqual([]);
  });

  it('includes a short line inside a repeated block', () => {
    const c = 'Analysts had expected the move after last month figures showed prices rising at the fastest pace in a decade, the bank said.';
    const f = checkDuplicates([a, 'Reaksi pasar', c, other, a, 'Reaksi pasar', c]);
    expect(f.map((x) => x.paragraph)).toEqual([4, 5, 6]);
    expect(new Set(f.map((x) => x.group)).size).toBe(1);
  });

  it('a photo caption repeating the lead is the copy to delete, before or after it; a lead with a glued photo credit is not a caption', () => {
    const lead = 'TABANAN - Kecelakaan maut terjadi di jalur utama Denpasar-Gilimanuk, tepatnya di depan Toko Dayu Collection, Desa Berembeng, Kecamatan Selemadeg, Rabu (8/10/2025) sore.';
    const caption = 'FOTO : Kecelakaan maut di jalur utama Denpasar-Gilimanuk, tepatnya di depan Toko Dayu Collection, Desa Berembeng, Kecamatan Selemadeg, Rabu (8/10/2025) sore.';
    for (const story of [[caption, lead, other], [lead, other, caption]]) {
      const f = checkDuplicates(story);
      expect(f).toHaveLength(1);
      expect(story[f[0]!.paragraph]).toBe(caption);
      expect(story[f[0]!.related[0]!.paragraph]).toBe(lead);
      expect(f[0]!.message).toMatch(/^This photo caption nearly repeats paragraph/);
      expect(f[0]!.fix!.label).toBe('Delete the caption');
      expect(applyFix(story, f[0]!.fix!)).toEqual(story.filter((p) => p !== caption));
    }
    const glued = `Foto: Antara/Budi ${lead}`;
    const f = checkDuplicates([glued, other, lead]);
    expect(f.map((x) => [x.paragraph, x.related[0]!.paragraph])).toEqual([[2, 0]]);
    expect(f[0]!.message).toMatch(/^This paragraph/);
  });

  it('a caption credited to the national agency (\'(ANTARA/HO/Diskominfo)\') is furniture, and the lead it repeats is the story (set 24)', () => {
    const caption = 'Asisten I Setda Muara Enim melepas kontingen kafilah kabupaten menuju MTQ tingkat provinsi di Sekayu, Kabupaten Musi Banyuasin, (ANTARA/HO/Diskominfo)';
    const lead = 'Muara Enim, Sumsel (ANTARA) - Asisten I Setda Muara Enim melepas kontingen kafilah kabupaten menuju MTQ tingkat provinsi di Sekayu, Kabupaten Musi Banyuasin, Kamis (02/05/2024).';
    const story = [caption, lead, other];
    const found = analyzeStory({ paragraphs: story, language: 'id', uiLanguage: 'en' });
    expect(found.filter((f) => f.paragraph === 1)).toEqual([]);
    expect(found.some((f) => f.rule === 'page-furniture' && f.paragraph === 0)).toBe(true);
    // (the duplicate check leaves furniture to its own card, and never marks the lead)
    expect(checkDuplicates(story).filter((f) => f.paragraph === 1)).toEqual([]);
    // the agency's name with a slash inside a sentence is no credit
    expect(checkFurniture(['Kerja sama ANTARA/HO dengan pemerintah daerah diperpanjang tahun ini sampai 2027, kata direktur.'])).toEqual([]);
  });

  it('knows the teaser labels, stamps, form fields, telephone lines and syndication notes of set 25\'s pages, and leaves the story lines that look like them', () => {
    const junk = [
      'BACA  Mahesa Prabu Febriyanto Sabet 3 Penghargaan Tingkat Jawa Barat', 'Baca lagi:Rapat Paripurna, Bupati Sampaikan 2 Raperda', 'terkait', 'Terkini', 'Berita Populer',
      'News Feed', 'Latest News', 'Popular Categories', 'Search the website', 'Sebarkan:', 'Print More', 'Follow by Email', 'Visit Us', 'Share news tips with us here at Hivisasa',
      '[][][]', 'Name *', 'Jurnalis : Ishak Kusrant / Editor : ME. Bijo Dirajo / Foto : Ishak Kusrant', 'Published 5h ago', 'Published: Nov. 25, 2022', 'Updated: 57 sec ago',
      'Published 1st Oct 2024', 'Call Us Now +233 0302432980', 'Telp: +62 475 3322584', 'editorial image', '<image>data:image/s3,"s3://crabby-images/bcb76/bcb76bf47d7e2e29ee5faea7a17c3ba0e2c1b7db" alt=""</image>',
      'Theme by Danetsoft and Danang Probo Sayekti inspired by Maksimer', 'Published by HT Digital Content Services with permission from Hiru News....',
      'Note: Only a member of this blog may post a comment.', 'All posts tagged barn destroyed by fire',
    ];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = [
      'Baca buku itu sampai habis, kata guru kepada murid-muridnya.', 'Terkait hal itu, polisi masih menyelidiki.', 'Published in 1998, the book became a bestseller.',
      'Updated figures show the fund grew 4% last year.', 'Tel Aviv police said the suspect was arrested.', 'The theme by the organisers was the harvest, and children dressed as farmers.',
      'Published by the council with permission from the landowners, the map shows the new path.', 'Posted on 12 May 2024 the letter reached the council a week later.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the label-and-name bylines, navigation, comment rules and notices of set 26\'s pages, and leaves the story lines that look like them', () => {
    const junk = ['Penulis Rudi', 'Editor Ardes', 'Peliput : Dirga', 'FROM James Quansah, Kumasi', 'By Laleye Dipo:', 'Lebih baru Lebih lama', 'Trending Now', 'Pilihan Video',
      'Popular posts from this blog', 'If you enjoy this story, please do not forget to check out our other news stories:', 'Komentar Dilarang Melanggar UU ITE',
      'Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel', 'Please note that articles may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.', '2/29/20242 min read'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = ['Penulis buku itu hadir di acara peluncuran.', 'Editor senior itu menolak berkomentar.', 'By Friday the river had risen two metres.', 'Dilarang mengambil foto di area sekolah, kata kepala sekolah.', 'Trending topics on the forum were about the flood.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the paywall, feed footers, rating prompts, widgets and keyword lines of set 32\'s pages, and leaves the story lines that look like them', () => {
    const junk = ['Read this article for free:', 'Already have an account? Log in here »', 'To continue reading, please subscribe:', 'Monthly Digital Subscription', '$1 per week for 24 weeks*', '$4.99/week*',
      '*Billed as $19.95 plus GST every four weeks. Cancel any time.', 'The post Clear your snow for quicker trash pickup, City of Iqaluit says appeared first on Nunatsiaq News.', 'Share Button',
      'Facebook Twitter Google Plus Email', 'Rate this article:', 'No votes yet', 'Add new comment', 'Sponsored Links', 'Article 1 of 52', 'Browse latest Browse all 24722', 'More ...',
      'Pick up the Nov. 28th print issue for full story….', 'For the complete story, check out the Observer later this week.', 'Thanks to Megan Ranson for the photos above.', 'Story by Paul South Submitted photos',
      'If you value what this story gives you, please consider supporting the Thetford and Brandon Times. Click the link in the yellow box below for details.',
      'Gandak News: Gandaki News | GandakiNews | News Gandaki | News Gandak | Gandaki Samachar | Leading News Pokhara'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const closed = ['The Department of State Growth recently commenced works to strengthen the bridge, and a series of weekend closures are required for them.', '8:00 pm Friday 6 April – 6:00 am Monday 9 April'];
    expect(checkFurniture(closed)).toEqual([]);
    const story = ['Dear Parents / Carers', 'The post office will close at noon, the council said.', 'More than 200 people attended the meeting.',
      'Readers who value what this story gives them wrote to the editor.', 'The full story of the flood is told in the council minutes.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the platform rows, embed texts, donation, contact and captcha widgets and labelled stamps of sets 32-33, and leaves the story lines that look like them', () => {
    const junk = ['Cek Berita dan Artikel yang lain di Google News dan WA Channel', 'Nyaman tanpa iklan. Langganan BisnisPro', 'TwitterFacebookGoogle PlusInstagramRSS FeedEmail', 'Arsip Blog',
      'A   A   A   Pengaturan Font', 'Halaman Selanjutnya....', 'BERITA Populer Minggu Ini', 'Komentar :', 'View this post on Instagram', 'A post shared by Laureta Wallace (@laureta_wallace) on',
      'Facebook Comments Box', 'You may also like...', 'Similar Posts', 'More Media Releases from Mark Shelton', 'Support our Nation today - please donate here', 'Donate now',
      "We're not around right now. But you can send us an email and we'll get back to you, asap.", 'Not readable? Change text. captcha txt', '15 Mar 2024 4 minute read',
      '3rd Sep 2019 | Local News', 'Diterbitkan pada 14 April 2025 14:50', '- Category: Srilanka', 'Authored by Huw Oxburgh',
      '(Ki-ka) Kadis Peternakan Kab. Bone (drh. Aris Handono), Kadis Peternakan dan Keswan Prov. Sulsel'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = ['Warga diminta mengecek berita resmi di situs pemerintah, bukan di grup WhatsApp.', 'The charity asked residents to donate now that winter has come to the valley.',
      'Komentar warga soal jalan rusak itu ramai di media sosial.', 'Details of the plan will be published next week, the council said.', 'Similar articles appeared in three papers last year.'];
    for (const line of story) expect(checkFurniture(['Bupati meresmikan jembatan baru di desa itu pada Senin pagi bersama ratusan warga yang datang dari kampung sekitarnya.', line]).filter((f) => f.paragraph === 1), line).toEqual([]);
  });

  it('a story sentence like the headline below the story\'s paragraphs is the story\'s; a unit\'s number and town in brackets sign a story off (set 37)', () => {
    const headline = 'Satgas TMMD ke-124 Memberikan Apresiasi Tinggi terhadap Semangat Kebersamaan dan Partisipasi Aktif Warga';
    const story = [
      'Gorontalo Utara - Kodim 1314 terus menggenjot progres fisik program TNI Manunggal Membangun Desa ke-124 di Desa Ombulodata.',
      'Kegiatan ini melibatkan 12 personel Satgas TMMD di bawah pimpinan Serda Mohamad Andi Safri dan 13 warga desa setempat.',
      'Satgas TMMD ke-124 memberikan apresiasi tinggi terhadap semangat kebersamaan dan partisipasi aktif warga.',
    ];
    expect(checkFurniture(story, { headline })).toEqual([]);
    // above the story it is still the page's headline said again
    expect(checkFurniture([story[2]!, story[0]!, story[1]!], { headline }).map((f) => f.paragraph)).toEqual([0]);
    const signed = 'Babinsa juga berharap kegiatan seperti ini dapat terus dilaksanakan untuk memperkuat persatuan antarwarga di Desa Baru Bangka. (Pendim 1607/Sumbawa).';
    expect(checkFurniture([signed])).toEqual([]);
    expect(checkFurniture(['Warga memadati alun-alun kota saat pawai budaya berlangsung. (IDN Times/Indiana Malia)']).map((f) => f.paragraph)).toEqual([0]);
  });

  it('related headlines with excerpts cut by an ellipsis, a date glued to a headline, a paywall, a search widget and pixels are furniture (set 37)', () => {
    const pairs = [
      'Federal Government Plans 25% Salary Hike and New Allowances for Employees',
      'The federal government is set to implement significant salary increases and new allowances for its…',
      'Full Justice for May 9 Riots Dependent on Punishing Masterminds: ISPR',
      'Complete justice over the May 9 incidents would be served when the masterminds and planners…',
    ];
    expect(checkFurniture(pairs).map((f) => f.paragraph)).toEqual([0, 1, 2, 3]);
    // one headline over a paragraph trailing off is a story's sub-heading and its quotation
    expect(checkFurniture(pairs.slice(0, 2))).toEqual([]);
    for (const line of ['14 Apr, 2022Three new cases, 44 recoveries in 24 hours', 'View All Result', 'This item is available in full to subscribers.', 'Log in', 'fbpx', 'RELATED STORY: Pedestrian Bridge Construction and Detour Maps', 'Publish Date : 14 June 2023 14:09 PM', '• info@pesisirselatan.go.id']) {
      expect(checkFurniture([line]).map((f) => f.paragraph), line).toEqual([0]);
    }
    expect(checkFurniture(['On 14 Apr, 2022 the council met again and the mayor resigned.'])).toEqual([]);
  });

  it('a stamp between labels and bars, icon names before their labels, Blogger\'s widgets and empty-comment lines are furniture; a sentence with a bar is not (set 38)', () => {
    for (const line of ['Senin, 22 Januari 2018 01:00 WITA | 1775 kali dibaca', 'Sabtu, 07 Februari 2026 | Berita Pimpinan', 'Oleh : | 03 Februari 2026 | Dibaca : 3 Pengunjung', '- calendar_month Senin, 18 Agt 2025', '• visibility 27', 'Updated: 2 hours 32 min ago', 'Advertisement 2', 'Saat ini belum ada komentar', 'Diposting Unknown jam 19.09', 'Berita Terbaru :', 'Filed under Barbados, Crime & Law, Human Rights, Police']) {
      expect(checkFurniture([line]).map((f) => f.paragraph), line).toEqual([0]);
    }
    for (const line of ['Rapat digelar Senin, 22 Januari 2018 | kata Budi kepada wartawan di kantornya.', 'Updated figures show 2 hours of delays on the line.']) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('a block the page put above the dateline, given again where the story tells it, is the copy to cut (set 44)', () => {
    const block = ['Koordinator acara, Antono menyatakan, persiapan sudah dilakukan sejak beberapa hari lalu demi kelancaran kegiatan malam nanti.', '”Kami sudah siapkan panggung utama, pengamanan, serta jalur pengalihan arus lalu lintas untuk menghindari kemacetan,” ujarnya.', 'Acara malam ini merupakan bagian dari rangkaian halalbihalal yang digelar oleh Pemerintah Kabupaten Kudus dan terbuka untuk umum.'];
    const lead = 'Murianews, Kudus – Rangkaian acara halalbihalal warga Kudus kembali digelar malam ini, Minggu (13/4/2025), di Alun-Alun Simpang 7 Kudus.';
    const found = checkDuplicates([...block, lead, ...block, 'Acara akan berlangsung mulai pukul 19.30 WIB di alun-alun.']);
    expect(found.map((f) => f.paragraph)).toEqual([0, 1, 2]);
    const after = applyFix([...block, lead, ...block], found[0]!.fix!);
    expect(after[0]).toBe(lead);
    // a block repeated inside the story keeps its card on the later copy
    expect(checkDuplicates([lead, ...block, 'Acara akan berlangsung mulai pukul 19.30 WIB di alun-alun.', ...block]).map((f) => f.paragraph)).toEqual([5, 6, 7]);
  });

  it('a copy put above the lead, which tells the headline, is the one to cut; so is a caption above a title line (sets 46-47)', () => {
    const copy = 'The project is a joint initiative between the Kakamega County Government and Jacaranda Health, under the Tutunze strategy.';
    const lead = 'Expectant mothers in Kakamega are set to benefit from a new maternity ward built in a Sh90 million project aimed at reducing maternal deaths.';
    const next = 'Speaking during the groundbreaking ceremony, Governor Fernandes Barasa said the 80-bed facility will be the largest in the county.';
    const headline = 'Kakamega to get Sh90 million modern maternity facility in bid to curb maternal deaths';
    const found = analyzeStory({ paragraphs: [copy, lead, copy, next], headline, language: 'en' }).filter((f) => f.rule === 'duplicate-paragraph');
    expect(found.map((f) => f.paragraph)).toEqual([0]);
    // without a headline, or with one the top copy tells, the later copy keeps the card
    expect(checkDuplicates([copy, lead, copy, next]).map((f) => f.paragraph)).toEqual([2]);
    const told = analyzeStory({ paragraphs: [copy, lead, copy, next], headline: 'Kakamega County Government and Jacaranda Health launch joint initiative', language: 'en' });
    expect(told.filter((f) => f.rule === 'duplicate-paragraph').map((f) => f.paragraph)).toEqual([2]);
    const poster = [
      'Join Healthwatch Eden Meeting Tuesday 18th November 2014 at The Parish Rooms, St Andrews Churchyard, Penrith',
      'the invitation poster for our next Healthwatch Eden District meeting, to be held on Tuesday 18th November 2014.   The venue is The Parish Rooms, St Andrews Churchyard, Penrith',
      'Come along to find out more and have your say!',
      'Here’s the invitation poster for the next Healthwatch Eden District meeting, to be held on Tuesday 18th November 2014 at The Parish Rooms, St Andrews Churchyard, Penrith with tea available from 9.45am.',
    ];
    expect(checkDuplicates(poster).map((f) => f.paragraph)).toEqual([1]);
  });

  it('headlines given whole and then cut short by the page are a list of other stories; a story\'s list cut short is not (set 47)', () => {
    const list = [
      'Jatim Fair 2017 Ditutup, Transaksi Capai 54,3 Milyar Rupiah',
      'Jatim Fair 2017 Ditutup, Transaksi …',
      'Surabaya-Kopi| Pameran Ja...',
      'Gubernur Jatim Minta Badan Pendapatan Daerah (Bapenda) Lakukan Research dan Development',
      'Gubernur Jatim Minta Badan Pendapat…',
    ];
    const story = 'Pameran itu diikuti ratusan pelaku usaha dari 38 kabupaten dan kota di Jawa Timur selama lima hari berturut-turut.';
    expect(checkFurniture([story, ...list]).map((f) => f.paragraph)).toEqual([1, 2, 3, 4, 5]);
    const budget = ['DAFTAR KEGIATAN - DARATAN HALMAHERA (2026)', '1. Pembangunan Jembatan Yef (Payehe-Dehepodo), panjang 12 m…', '2. Pembangunan Jembatan Sigela I (Payaye-Dehepodo), panjang…', '3. Pembangunan Jembatan Sigela II (Payaye-Dehepodo), panjan…'];
    expect(checkFurniture([story, ...budget])).toEqual([]);
  });

  it('a copy with a byline glued to it without a space is the one to cut; a pull quote above the story cut whole gets no card for its marks (set 48)', () => {
    const text = 'The government is asking everyone not to drive unless absolutely necessary. People can no longer use the car parks at the park.';
    const found = checkDuplicates(['Access to Park', `Posted by admin on Sunday, 29 March 2020${text}`, text, 'Please see the latest government advice on the website of the council.']);
    expect(found.map((f) => f.paragraph)).toEqual([1]);
    const pull = 'Untuk pemain yang dibutuhkan dan pemain yang akan dijual sepenuhnya akan diserahkan ke pelatih, paling lambat dalam bulan Ramadhan ini akan diumumkan,"';
    const story = [
      'Selasa, 24 Juli 2012',
      pull,
      'Manajemen tim Semen Padang akan melakukan evaluasi untuk menghadapi kompetisi Liga Premier Indonesia musim 2012-2013 dan tetap mempertahankan pelatihnya.',
      'Lebih lanjut Toto Sudibyo mengatakan, penambahan pemain baru berdasarkan rekomendasi pelatih, sementara manajemen hanya memfasilitasi.',
      `"${pull} katanya.`,
    ];
    const cards = analyzeStory({ paragraphs: story, language: 'id' }).filter((f) => f.paragraph === 1 && f.rule !== 'page-furniture');
    expect(cards.map((f) => f.rule)).toEqual(['duplicate-paragraph']);
  });

  it('dashed rows of a schedule, each led by its date, are the story\'s, not a list of other stories (set 54)', () => {
    const rows = ['- 15/4/2018 Persekat Tegal vs Persipa Pati', '- 15/4/2018 Persiku Kudus vs PSIK Klaten', '- 18/4/2018 Persipa Pati vs Persibara Banjarnegara', '- 18/4/2018 Persekat Tegal vs Persiku Kudus', '- 22/4/2018 Persibara Banjarnegara vs Persekat Tegal'];
    expect(checkFurniture([...rows, 'Jadwal itu disusun panitia liga untuk putaran pertama grup B di Jawa Tengah tahun ini.'])).toEqual([]);
    // the same rows without their dates read as a run of other stories' headlines below the story
    expect(checkFurniture(['Jadwal itu disusun panitia liga untuk putaran pertama grup B di Jawa Tengah tahun ini.', ...rows.map((r) => r.replace(/\d+\/4\/2018 /, 'Prediksi Skor Laga '))])).not.toEqual([]);
  });

  it('dashed rows of a price list are the story\'s table, not a list of other stories (set 48)', () => {
    const rows = ['- Umur 3 tahun : Rp 1.142,63', '- Umur 4 tahun : Rp 1.239,41', '- Umur 5 tahun : Rp 1.332,15', '- Umur 6 tahun : Rp 1.369,25', '- Umur 7 tahun : Rp 1.419,02'];
    expect(checkFurniture(['Berikut harga TBS kelapa sawit periode ini menurut umur tanaman di Provinsi Riau pekan ini.', ...rows])).toEqual([]);
  });

  it('a notice\'s title given again after its stamp: the stamped copy is cut; two notices of one formula with other months are no copies (set 50)', () => {
    const notice = ['Public Notices', 'Media Release - Narrogin Locomotive PM706 Returns to its Forever Home', 'Posted 06 November 2024 Media Release - Narrogin Locomotive PM706 Returns to its Forever Home', 'The Shire of Narrogin is thrilled to announce the arrival of the beloved PM706 locomotive back at the Historic Goods Shed.'];
    expect(checkDuplicates(notice).map((f) => f.paragraph)).toEqual([2]);
    const formula = (date: string, ward: string) => `If by ${date}, 2020, a request for an election to fill the vacancy is made in writing to the Returning Officer by ten electors for the ${ward} ward of Llangattock-vibon-avel Community Council, an election will be held, otherwise the vacancy will be filled by co-option.`;
    expect(checkDuplicates([formula('3 February', 'St Maughans and Rockfield'), 'Notice of Vacancy for Llangattock ward', formula('3 March', 'Llangattock')])).toEqual([]);
    expect(checkDuplicates([formula('3 February', 'St Maughans and Rockfield'), 'Notice of Vacancy for Llangattock ward', formula('3 February', 'Llangattock')])).toHaveLength(1);
  });

  it('a scraped line that holds the lead whole with junk is the copy to cut, not the lead (set 43)', () => {
    const lead = 'KAILUA-KONA — It was a first for a row of students looking around the corner at their future — and a first for a new campus.';
    const paras = [`${lead} ADVERTISING KAILUA-KONA — It was a first for a row of students looking around`, lead, 'Hawaii Community College graduated its inaugural cohort on Saturday, and nearly 70 graduates did the walk.'];
    const [f, ...rest] = checkDuplicates(paras);
    expect(rest).toEqual([]);
    expect(f!.paragraph).toBe(0);
  });

  it('runs of headlines after dashes above or below the story are lists of other stories; a dashed list the story introduces is the story\'s (sets 41-42)', () => {
    const teasers = ['- Kapolri Lantik Komjen Pol Dedi Prasetyo sebagai Wakapolri di Jakarta', '- Polres Rohil Gelar Olahraga Bersama dan Lomba Rakyat Meriahkan HUT RI ke-80', '- Gajah Sumatera Ikut Meriahkan Upacara HUT ke-80 RI di BBKSDA Riau', '- BMKG Rilis Prospek Cuaca Kalsel 7–13 Januari 2026, Warga Diminta Waspada!'];
    const story = ['DUMAI – Kebakaran cukup besar kembali melanda lahan gambut di Kelurahan Tanjung Penyebal, kata petugas pada hari Sabtu.', 'Tim pemadam dari Manggala Agni masih berjibaku melakukan pemadaman dan pendinginan di lokasi itu hingga malam hari.'];
    expect(checkFurniture([...teasers, ...story]).map((f) => f.paragraph)).toEqual([0, 1, 2, 3]);
    expect(checkFurniture([...story, 'Baca Lainnya :', ...teasers]).map((f) => f.paragraph)).toEqual([2, 3, 4, 5, 6]);
    // a list the story introduces, or one in its middle, is the story's
    expect(checkFurniture([...story, 'Kinerja Ditjen Imigrasi terlihat dari sejumlah penghargaan di antaranya:', ...teasers])).toEqual([]);
    expect(checkFurniture([story[0]!, ...teasers, story[1]!])).toEqual([]);
    // three are a list
    expect(checkFurniture([...teasers.slice(0, 3), ...story])).toEqual([]);
  });

  it('a story\'s sentence ending on its link, and a minutes\' heading after a time, are the story\'s; a theme\'s controls are not (sets 41-42)', () => {
    expect(checkFurniture(['While the event is free, Tidy Towns groups and volunteers are asked to register in advance – click here.'])).toEqual([]);
    expect(checkFurniture(['7:00 P.M. – CALL TO ORDER'])).toEqual([]);
    expect(checkFurniture(['The man was shot dead at Damien Bay on Saturday. – SUREASH CHOLAI'])).toHaveLength(1);
    const chrome = ['Previous Post', 'No posts to display', 'Report this ad', 'Instagram', 'Be the first to comment on "Suspect flees SC Karachi registry after bail rejection"', 'Powered by Frankly', 'Baca Berita Lainnya  Safari Ramadan, Pemerintah Babel dan Basel Perkuat Ukhuwah Islamiyah', 'Posted on by editor'];
    for (const line of chrome) expect(checkFurniture([line]), line).toHaveLength(1);
  });

  it('two short rows of one formula with a word swapped are two items of minutes; a copy with a slip is a repeat (set 42)', () => {
    const rows = ['The finance committee made several requests, all of which were approved:', 'Approved to pay Covington Sales and Service $1,851.20 to repair a safety shield on the boom axe tractor.', 'The road committee made several requests, all of which were approved.'];
    expect(checkDuplicates(rows)).toEqual([]);
    expect(checkDuplicates([rows[0]!, rows[1]!, 'The finance committee made several requests, all of which were aproved.']).length).toBeGreaterThan(0);
  });

  it('a short question asked again before another answer is a vox pop\'s format, not a repeat (set 42)', () => {
    const q = 'What was your biggest frustration playing club football this year?';
    const paras = ['Ruairi Keenan', q, 'The uncertainty surrounding club fixtures, which nobody can plan a summer around.', 'Sean Quinn', q, 'Losing the county final to a late goal after leading for most of the game.'];
    expect(checkDuplicates(paras)).toEqual([]);
    // the same question and the same answer twice is a paste
    expect(checkDuplicates([...paras.slice(0, 3), paras[0]!, q, paras[2]!]).length).toBeGreaterThan(0);
  });

  it('a schedule\'s lines after a dash are the story\'s, not listicle teasers (set 38)', () => {
    for (const line of ['- 11 a.m. Monday: Holstein American Legion Post No. 305 and Auxiliary will conduct services at the fire hall.', '- 8 a.m.: Mount Pleasant', '- 10 a.m.: Concordia (Christ Lutheran)']) expect(checkFurniture([line]), line).toEqual([]);
    expect(checkFurniture(['- 5 Tips Merawat Motor di Musim Hujan']).map((f) => f.paragraph)).toEqual([0]);
  });

  it('a run of five bulleted words or more above the story is the page\'s menu; a bulleted list in the story is the story\'s (set 37)', () => {
    const menu = ['• Tentang Kami', '• Pedoman Media Siber', '• Kaltara', '• Tarakan', '• Hukum & Kriminal', '• Opini'];
    const lede = 'TARAKAN – Penyakit DBD masih menjadi masalah kesehatan dan ancaman serius di sejumlah wilayah di Indonesia pada tahun ini.';
    expect(checkFurniture([...menu, lede]).map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4, 5]);
    // four in a row are a list, and below the story's first paragraph a list is the story's
    expect(checkFurniture([...menu.slice(0, 4), lede])).toEqual([]);
    expect(checkFurniture([lede, '• Kaltara', '• Tarakan', '• Bulungan', '• Nunukan', '• Malinau', 'Kasus tertinggi ada di Tarakan, kata kepala dinas kesehatan setempat kemarin.'])).toEqual([]);
  });

  it('a short list of counts under a line that introduces it is the story\'s; a listicle\'s title after a dash is a teaser (set 36)', () => {
    const grads = ['Acara wisuda Unpatti periode ini mencatat 923 lulusan dari berbagai jenjang:', '- 783 Sarjana (S1)', '- 54 Profesi Dokter', '- 2 Guru Profesional', '- 79 Magister (S2)', '- 5 Doktor (S3)', other];
    expect(checkFurniture(grads)).toEqual([]);
    expect(checkFurniture([other, '- 5 Fakta Menarik Soal Banjir Kudus']).map((f) => f.paragraph)).toEqual([1]);
  });

  it('a deck the later paragraph holds whole with a few words more gets the card; a page\'s script line is furniture; a next brief\'s dateline under four paragraphs is no page head (set 35)', () => {
    const deck = 'Wimmera league started on Good Friday with Stawell collecting four points after a win against last year’s premiers Ararat, the season proper begins this weekend.';
    const page = ['By Lauren Henry', deck, 'After 214 days, Wimmera Football Netball League action returns in its entirety on Saturday, with many pundits predicting a tight season.', `While technically the ${deck}`, other];
    expect(checkDuplicates(page).map((f) => f.paragraph)).toEqual([1]);
    expect(checkFurniture(['echo str_repeat(" ", 2);', other]).map((f) => f.paragraph)).toEqual([0]);
    const briefs = ['ESCATAWPA -- A 43-year-old Escatawpa man was found on a roadside Wednesday night, suffering from a gunshot wound.', 'Jackson County Sheriff Mike Ezell said Thursday deputies found the man about 10 p.m. Wednesday night on the side of the roadway.',
      'The victim was transported to Singing River Hospital before being transferred to a medical center in Mobile.', 'Investigators have released no other information and Ezell said the case is under investigation.',
      'MOSS POINT, Mississippi -- Local officials broke ground Monday on a $650,000 road improvement project on Martin Luther King Road.'];
    expect(checkFurniture(['date 2020-06-04 ' + briefs[0]!, ...briefs.slice(1)])).toEqual([]);
  });

  it('a name and a title on a line of their own in a meeting\'s minutes are no dateline, so the lines above them are no page head (set 34)', () => {
    const minutes = ['Special Selectboard Meeting', 'January 26, 2021 at 6:00 pm', '“In accordance with the recent amendments to the open meeting law, this meeting will be held via conference call.”',
      'Present via Remote Conference Calling:', 'Megan O’Toole, Selectboard Chairperson', 'Daniel Burson, Selectboard Vice Chair', 'Ms. O’Toole called the meeting to order at 6:00pm. A roll call was done to confirm what members were in attendance.'];
    expect(checkFurniture(minutes).filter((f) => f.paragraph >= 2)).toEqual([]);
  });

  it('two lines a page broke inside their sentences share a phrase, not a paragraph; a long paragraph opening in lower case is still compared (set 34)', () => {
    const broken = ['ada 3 (tiga) mata lomba yang digelar, yaitu: Lomba Dimas Diajeng, Lomba Geguritan', 'dan Lomba Membuat Sketsa Wajah R.A. Kartini di aula.', 'Pelaksanaan lomba dimulai sekitar', 'lomba membuat sketsa wajah R.A. Kartini dilaksanakan di aula sekolah.', other];
    expect(checkDuplicates(broken)).toEqual([]);
    const long = 'kondisi Raja Ampat saat ini memang terlihat baik dari sisi pariwisata, tetapi nelayan di kampung-kampung kecil masih kesulitan menjual hasil tangkapan mereka ke pasar kota.';
    expect(checkDuplicates([long, other, long.replace('baik', 'bagus')])).toHaveLength(1);
  });

  it('a photo\'s caption credited "(Antara-Istimewa)" above the lede gets the card, not the lede (set 33)', () => {
    const caption = 'SOLOPOS.COM - Para pemain dan official tim Persiku Kudus, Jawa Tengah, berfoto bersama merayakan gelar juara dalam kompetisi Liga 3 Jateng setelah menang dalam laga final melawan Persekat Kabupaten Tegal dengan skor 2-1 di Stadion Wijaya Kusuma Cilacap, Jateng, Kamis (24/10/2019).  (Antara-Istimewa)';
    const lede = 'Solopos.com, KUDUS — Persiku Kudus merebut gelar juara dalam kompetisi Liga 3 Jateng setelah menang dalam laga final melawan Persekat Kabupaten Tegal dengan skor 2-1 di Stadion Wijaya Kusuma Cilacap, Jateng, Kamis (24/10/2019).';
    expect(checkDuplicates([caption, lede, other]).map((f) => f.paragraph)).toEqual([0]);
  });

  it('a teaser cut with an ellipsis above the full text gets the card, wherever it stands (set 32)', () => {
    const lede = 'Clear your snow so municipal workers can remove your trash. That’s the message the City of Iqaluit’s public works department sent to residents Monday.';
    const page = ['Northern News', `${lede} Residents an ...`, 'More ...', lede, 'Residents and businesses are responsible for clearing a path through the snow to their trash bins.', other];
    const cards = checkDuplicates(page);
    expect(cards.map((f) => f.paragraph)).toEqual([1]);
  });

  it('knows the comment controls, stray HTML, newsletter and notification forms and video lead-ins of set 31\'s pages, and leaves the story lines that look like them', () => {
    const junk = ['Reaksi & Komentar', 'Artikel Sebelumnya', 'Scroll untuk membaca artikel', 'selengkapnya...', 'BalasHapus', 'Hapusminum kopi di pagi hari menyegarkan pikiran', '-->',
      '//EMPTY DIV!!', 'Subscribe Today', 'Starting at $4.62/week.', 'Are you a paying subscriber to the newspaper? *', 'SaltWire.com would like to send you notifications for breaking news alerts.',
      'STORY CONTINUES BELOW THESE SALTWIRE VIDEOS', 'Watch on YouTube: "Calling Chard: asparagus and leek risotto"', "• Writer's pictureGCI Auckland",
      'Tim Persipura Jayapura di Stadion Mandara (Image Source: Liga Indonesia)', 'Register your email address for Farmers Guardian e-bulletins'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = ['Hapus tato itu butuh biaya besar, kata dokter.', 'Newsletter readers told the council about the flood.', 'Selengkapnya akan diumumkan pekan depan oleh panitia.', 'The story continues below the fold in print editions, the editor said.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('two captions of one gallery that name other people are two captions; a caption above the lead, itself a copy, leaves the lead without a card (set 31)', () => {
    const gallery = ['Lynn Tobey, of Guilford, Vt., submits her ballot at the Guilford polling site during a modified Town Meeting Day in Vermont on Tuesday, March 2, 2021.',
      'Tanya Balsley, of Guilford, Vt., looks over her ballot at the Guilford polling site during a modified Town Meeting Day in Vermont on Tuesday, March 2, 2021.', other];
    expect(checkDuplicates(gallery)).toEqual([]);
    // one word changed in a copy is still a copy
    expect(checkDuplicates([gallery[0]!, gallery[0]!.replace('submits', 'hands in'), other])).toHaveLength(1);
    const lead = 'Persebaya Surabaya berhasil menutup laga Liga 1 2019 terakhirnya dengan kemenangan, dalam hasil pertandingan 2-1 melawan Perseru Badak Lampung, Sabtu (21/12/19).';
    const page = [`${lead} Copyright: © Fitra Herdian/Indosport.com`, lead, `FOOTBALL265.COM - ${lead}`, other];
    const cards = checkDuplicates(page).map((f) => f.paragraph);
    expect(cards).toHaveLength(1);
    expect(cards).not.toContain(2);
  });

  it('knows the ad slots, labelled and credited captions, comment boxes, players and contact lines of set 30\'s pages, and leaves the story lines that look like them', () => {
    const junk = ['Mobile_AP_Rectangle 2', '- Periklanan -', 'Iklan Google AdSense', 'Ketgam: Wakil Bupati Konsel Rasyid (tengah) bersama para pemenang Sabulakoa Cup I',
      'Poto: sumarsono/ petani Kopi Dataran Tinggi Gayo', 'Foto istimewa : Kondisi longsor tutup jalan buat 6 desa terisolir di Mamasa.',
      'Terdakwa korupsi dana desa sumringah usai divonis. -Foto: Ist.-', 'PICTURED ABOVE — Minister Dwight Sutherland ( at right ) and the Attorney General',
      'Average Speed Camera (stock)', '![Aksi Walk Out Puluhan ASN (foto. Ist.])](https://example.id/wp-content/uploads/2023/05/3-3-300x178.jpg)', 'ILUSTRASI', 'Logo AMSI',
      ':a: :b: :c: :d: :e: :f: :g:', 'Anda Harus Login untuk berkomentar. Belum Punya Akun ? Daftar Gratis', 'ALSO IN THE NEWS:', 'Play Live Radio', '0:00 0:00',
      'Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:',
      'Contact us at editorial@example.com.au', 'Originally published on October 26th, 6:00 am', 'Last updated at 1715 on 03/11/2023',
      "By Matai'a Lanuola Tusani T - Ah Tong 23 November 2023, 6:46PM", 'Follow Ghana Football News On Your Favorite Social Media'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = ['Foto-foto kegiatan itu dipamerkan di balai desa.', 'Logo baru kabupaten itu diluncurkan bupati pada Senin pagi di depan ratusan warga.', 'Back in 2019 the council voted to close the road.',
      'Pictured in the photo are the two winners of the cup.', 'The mayor said residents could contact us at the town hall.', 'Latest figures show the river has fallen.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the advertisers\' slots, paywall and sign-in prompts, teaser labels, copyright and archive notices, empty HTML and credited captions of set 29\'s pages, and leaves the story lines that look like them', () => {
    const junk = ['Pasang Iklan Disini Hub. 0813 6687 8833', 'Ads by Iklan The Jambi Times', 'Jam Operasional : Senin - Jum’at 08.00 - 16.00 WITA', 'sumber rri.co.id',
      'English English Indonesian Indonesian', 'You must be signed in to add comments', 'Advertise with NZME.', 'Log in or register for FREE to continue reading.', '1024 x 800',
      'Read Full Post »', 'Check Also', 'MORE: Burlington mayoral hopefuls vie for edge', '(Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.)',
      'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.',
      'Twitter picture', 'Archive for September, 2010', '<!-- wp:paragraph -->', '<p></p>', 'Pictured: Last year’s Christmas Lights Switch On',
      'Melo News | Sunday, April 14, 2024 | Lusaka', '19 September 2022 / Club News', 'Risvirenol saat masih menjadi Ketua KPUD SultengFoto: Caesar DP/Eranesia.id',
      'Promosi Primata, Permata Indonesia yang Terancam Hilang'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = ['Promosi jabatan itu diumumkan Senin.', 'More than 300 people attended the meeting.', 'Sumber dana proyek itu berasal dari APBD.', 'Jam operasional pasar diperpanjang hingga pukul 22.00, kata kepala dinas.',
      'Pictured in the photo are the two winners.', 'Read the full report on the council website, the mayor said.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the widget labels, newsletter prompts, syndication notes, numbered most-read items and picture-desk captions of set 28\'s pages, and leaves the story lines that look like them', () => {
    const junk = ['Jump to main content', 'Article content', 'Read Later', 'Would you recommend this article?', 'Comments (3)', 'comments powered by Disqus',
      "Get the Ross-shire Journal sent to your inbox every week and swipe through an exact replica of the day's newspaper", 'Close Thanks for signing up! Watch for us in your inbox.',
      '(Comments are moderated. Clean comments will be approved immediately)', 'Advertise on NigerianEye.com to reach thousands of our daily users', 'Article continues below...',
      'This article appeared in the Murray Pioneer, 14 August 2024.', 'Information from: The Register-Guard, http://www.registerguard.com',
      "- 1 Norfolk's first mass Covid vaccination centre to open in food court", '• youtube', 'Careby Village Hall (14848926)',
      'Timberland Village Hall is an old military hut. EMN-211111-172454001', 'Speaker Joel Maina Kairu conducts a session. PHOTO | FRANCIS MUREITHI | NATION MEDIA GROUP',
      'Melrose captain David Colvine shows off the Cup (all pictures by Bill McBurnie)', 'Please ensure Javascript is enabled for purposes of website accessibility',
      'Mau Berita Terbaru Lainnya dari Warta Ekonomi? Yuk Follow Kami di Google News dengan Klik Simbol Bintang.', 'Simak GOSERU Live Radio, KLIK DISINI', 'Laporan Redaksi : Bams',
      'Editor/Ft : EmZad', 'Lihat Foto Aksi protes ratusan warga terkait pembagian BLT di Desa Mompang Julu, Senin (29/6/2020)', '(jr/lin/hdi/das/JPR)', '(LDS)', 'Indra/adv',
      'Home / News / Local News / Mfantseman Municipal Assembly fails to meet project deadline', 'EmoticonEmoticon', 'Tag Terkait:'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = ['- 4 September 2025: Wali Kota menyerahkan Hantaran Ranperda Perubahan APBD 2025.', 'Readers told us the newsletter was delivered late.',
      'The article continues a series on the harbour.', 'Lihat foto-foto banjir itu di galeri kami, kata dia.', 'He was fined for the offence (case 2019-1234).',
      'Comments from residents were mixed, the council said.', 'The mayor said: "Advertise on the radio to reach more voters."'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the comment prompts, plugin credits, banners, style sheets and contact lines of set 27\'s pages, and leaves the story lines that look like them', () => {
    const junk = ['Posting Komentar untuk "Petani Resah, Panen Padi Semakin Menurun"', 'Tinggalkan pesanan', 'email kami rahasiakan', 'Verified by MonsterInsights',
      'Tombol Google News', '**) Ikuti berita terbaru TIMES Indonesia di Google News klik link ini dan jangan lupa di follow.', 'Kategori :', 'Iklan - Geser ke atas untuk melanjutkan.',
      'Coronavirus 628x90', 'Date published: 25 January 2022', 'Return to home page', 'By a Courier reporter',
      "Read the full story in this week's Courier or see the Courier online:", '.embed-container { position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden; }',
      'Nairobi Governor-elect Johnson Sakaja. PHOTO/Courtesy'];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = ['By a narrow margin the council voted to close the library.', 'Iklan rokok dilarang di sekitar sekolah, kata wali kota.', 'The screen measures 1920x1080 and costs £300, the shop said.',
      'Readers can email the desk at news@example.com with tips, the editor said.', 'Kategori lomba dibagi menjadi dua: putra dan putri.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('a dateline that names its outlet in words ("Bojonegoro (Media Center) –") marks the summary above it as the copy to cut; a first line with its dateline has nothing above it (set 25)', () => {
    const summary = 'Memasuki panen raya di berbagai wilayah di Kabupaten Bojonegoro dibarengi dengan turunnya harga gabah di kalangan petani.';
    const story = ['Share', summary, `Bojonegoro (Media Center) – ${summary}`, other];
    const dup = checkDuplicates(story);
    expect(dup.map((f) => f.paragraph)).toEqual([1]);
    const page = ['SERAMBIJAMBI.ID, Jambi – Universitas Jambi pada 24 Juli 2021 akan memulai pelaksanaan dua program Kuliah Kerja Nyata.', 'Diketahui, SKK Migas – PetroChina turut ambil peran dalam mendukung kegiatan itu bersama kampus.', other];
    expect(checkFurniture(page).filter((f) => f.paragraph === 0)).toEqual([]);
  });

  it('knows the widgets, skip links, contact lines and file-name captions of set 24\'s pages, and leaves the story lines that look like them', () => {
    const junk = [
      '_', '# # #', '-30-', 'Lompat ke konten Lompat ke sidebar Lompat ke footer', 'Cari Berita …', 'Komentar tentang post', 'Komentar Via Facebook :',
      'Iklan Semua Halaman', 'Home / TTS', 'HNCK8306-730x487', 'Hon. Kwasi Bonzo.jpeg DCE for the Ellembelle District, Hon. Kwasi Bonzo', '× Image',
      'contoh-portal.co.id|Reporter: Siti Halimah|Editor: Risza Bassar|Selasa 25-02-2025,11:10 WIB', 'Staff Redaksi Media DPR', 'foto net', 'www.terasriau.com',
      'For Immediate Release: Thursday, May 18, 2017', 'Release ID: 17-439', 'Reach Rosemary Shinohara at rshinohara@example.com or 257-4340.',
      '— Chance Hoener is a staff writer for the Morning Sun. He can be emailed at choener@example.net or follow him on Twitter.', 'E-mail: newsdesk@example.com',
      'Previous articleAir Selangor: Unscheduled Water Cut In 472 Areas', 'Next articleTNB Shuts Down 333 Power Substations', 'MORE TOP STORIES', '• Most Viewed',
      'Popular Posts', 'Latest Comments', 'Start the conversation', 'No comments to display', 'Stay Connected', 'Header Ad', 'Tags :', 'Categories',
      'To listen to the broadcast of this story, press play below.', 'Have you listened to this article via the audio player?', '>> Apply here <<',
      '* Click here to read more news.', 'Image result for health workers strike', 'By Des Cryan in Dublin', '| James Day', 'CTVNews.ca Top Stories', 'Senin, 16 Maret 2026 -',
    ];
    for (const line of junk) expect(checkFurniture([line]).filter((f) => f.fix?.edits[0]?.start === 0), line).toHaveLength(1);
    const story = [
      '-', '.', '* * *', 'Next article in this series will look at the harbour.', 'The mayor said the next article of the charter was never adopted.',
      'Warga bisa menghubungi posko melalui email posko@example.id atau telepon.', 'Reach the top of the hill at dawn and you will see the sea.',
      'By the end of the day the market was empty.', 'Popular posts on the forum were about the flood.', 'Halaman sekolah dipenuhi siswa.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('a contest\'s class heading a results list ("Kategori Putra") is the story; a category label with its colon is the page\'s', () => {
    for (const line of ['Kategori Putra', 'Kategori Putri', 'Category U-14']) expect(checkFurniture([line]), line).toEqual([]);
    for (const line of ['Kategori: Berita Daerah', 'Kategori Berita Daerah', 'Category: News']) expect(checkFurniture([line]), line).toHaveLength(1);
  });

  it('a short deck whose words all stand again in a longer paragraph after it is the copy to delete; a table header repeated above each table is no repeat', () => {
    const deck = 'Polda Maluku berhasil mengungkap dan menangani sebanyak 15 kasus perkara tindak pidana korupsi.';
    const lead = 'Radar BI, Maluku | Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Maluku berhasil mengungkap dan menangani sebanyak 15 kasus perkara tindak pidana korupsi yang terjadi sepanjang tahun 2021.';
    const f = checkDuplicates([deck, lead, other]);
    expect(f.map((x) => [x.paragraph, x.related[0]!.paragraph])).toEqual([[0, 1]]);
    expect(f[0]!.message).toBe('Paragraph 2 says all of this paragraph again (100% of its words) and more.');
    expect(applyFix([deck, lead, other], f[0]!.fix!)).toEqual([lead, other]);
    // the later copy stays the one reported when it is the shorter, or as long
    expect(checkDuplicates([lead, other, deck]).map((x) => x.paragraph)).toEqual([2]);
    const header = 'No | Tim | Main | Menang | Seri | Kalah | Selisih Gol | Nilai |';
    expect(checkDuplicates(['Grup A', header, '1 | Persik | 3 | 2 | 1 | 0 | 4 | 7 |', 'Grup B', header, '1 | Arema | 3 | 1 | 1 | 1 | 0 | 4 |'])).toEqual([]);
  });

  it('a summary above the story that the story repeats is the copy to delete: before the dateline, or at the top of a page with furniture between; a draft\'s repeated paste stays the later copy', () => {
    const summary = 'Some residents said they were angry about power cuts, while others wanted their ward councillor removed from office.';
    const lead = 'JOHANNESBURG - Tensions were high in the township on Tuesday morning where residents barricaded roads with burning tyres.';
    const story = [summary, lead, summary, other];
    const f = checkDuplicates(story);
    expect(f.map((x) => [x.paragraph, x.related[0]!.paragraph])).toEqual([[0, 2]]);
    expect(f[0]!.message).toBe('This summary above the story is repeated word for word in paragraph 3, where the story tells it.');
    expect(f[0]!.fix!.label).toBe('Delete the summary');
    expect(applyFix(story, f[0]!.fix!)).toEqual([lead, summary, other]);
    // a dateline on a line of its own, the lead repeating a summary above it
    const deck = 'Seorang kakek bernama Musali (60) menjadi tulang punggung keluarga sebagai penjual pisang keliling hingga bisa menguliahkan anaknya.';
    expect(checkDuplicates([deck, 'Jakarta, CNN Indonesia --', `KENDARI - ${deck}`, other]).map((x) => x.paragraph)).toEqual([0]);
    // no dateline: a page's opening summary, then the photo's credit line, then the story
    expect(checkDuplicates([summary, 'Baca juga: Warga blokade jalan', summary, other]).map((x) => x.paragraph)).toEqual([0]);
    // a draft that repeats a paragraph further down, with nothing between but the story: the later copy
    expect(checkDuplicates([summary, other, summary]).map((x) => x.paragraph)).toEqual([2]);
    // the lead with its dateline is never the summary
    expect(checkDuplicates([lead, other, lead]).map((x) => x.paragraph)).toEqual([2]);
  });

  it('read on set 10: a dateline with its outlet in brackets opens the lead, which is never the summary to delete', () => {
    const lead = 'JAKARTA (BeritaTrans.com) - Kapal-kapal feri di Pelabuhan Merak sempat tidak diizinkan berlayar imbas cuaca buruk. Otoritas pelabuhan menunda sementara keberangkatan kapal hingga cuaca dinyatakan aman untuk pelayaran.';
    const again = 'Sebelumnya otoritas pelabuhan menunda sementara keberangkatan kapal hingga cuaca dinyatakan aman untuk pelayaran.';
    const f = checkDuplicates(['Oleh : Fahmi', lead, other, 'Baca juga: Kapal Feri Nabrak Pepohonan Bakau', again]);
    expect(f.map((x) => x.paragraph)).toEqual([4]);
  });

  it('read on set 9: at the top of a page, a teaser cut before its stop and a summary that also says the next paragraph are the copies to delete', () => {
    const lead = 'The man, who is in his 60s, was on Baldwin Street at around 1.30am when it is believed he was assaulted causing him to fall and bang his head.';
    const next = 'They fled into the street for safety and some walked a few yards to the fire station in the same street to raise the alarm.';
    const teaser = lead.replace('The man, who is in his 60s,', 'A man in his 60s').slice(0, -1);
    expect(checkDuplicates([teaser, lead, next, other]).map((x) => [x.paragraph, x.fix!.label])).toEqual([[0, 'Delete the summary']]);
    expect(checkDuplicates([`${lead} ${next}`, 'Mike Brooke', lead, next, other]).map((x) => x.paragraph)).toEqual([0]);
    // a draft's repeated paste, both whole sentences and nothing more: still the later copy
    expect(checkDuplicates([lead, next, other, lead]).map((x) => x.paragraph)).toEqual([3]);
  });

  it('a dateline standing alone ("Batu Bara, Ucup News.com") marks the summary above it; a paragraph repeated by a caption and by the lead is reported once', () => {
    const summary = 'Kecelakaan maut kembali terjadi di jalur lintas Sumatera. Seorang pengendara sepeda motor meregang nyawa di tempat setelah menabrak truk tronton.';
    const f = checkDuplicates([summary, 'Batu Bara, Ucup News.com', `${summary.slice(0, -1)}, Sabtu malam.`, other]);
    expect(f.map((x) => [x.paragraph, x.message.slice(0, 34)])).toEqual([[0, 'This summary above the story is ne']]);
    const deck = 'Harga getah karet Jambi terpuruk cukup parah, dan sekarang hanya dihargai Rp 5.000 per kilo ke petani di desa.';
    const twice = checkDuplicates([deck, `${deck} poto/pelita.co/ist`, `JAMBI, Pelita.co – ${deck}`, other]);
    expect(twice.filter((x) => x.paragraph === 0)).toHaveLength(1);
  });

  it('does not treat whitespace, quotes, dashes or case differences as a difference', () => {
    const f = checkDuplicates([`“${a}” — he said`, `"${a.toUpperCase()}"  -  he   said`]);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
  });
});

describe('incremental checker', () => {
  it('gives the same result as a fresh check after an edit', () => {
    const checker = createDuplicateChecker();
    const story = [...seed];
    checker.check(story);
    story[20] = story[20] + ' Tambahan kalimat baru di akhir paragraf ini.';
    expect(checker.check(story)).toEqual(checkDuplicates(story));
    story.splice(3, 1);
    expect(checker.check(story)).toEqual(checkDuplicates(story));
  });
});

describe('page furniture', () => {
  const cases: Array<[string, boolean]> = [
    ['loading...', true],
    ['A', true],
    ['A A A', true],
    ['SCROLL TO CONTINUE WITH CONTENT', true],
    ['ADVERTISEMENT', true],
    ['Baca juga: Pemkot Tangsel Raih Penghargaan Lagi', true],
    ["Simak juga Video 'Purbaya Ungkap Rahasia Soeharto Bertahan 32 Tahun: Harga Stabil':", true],
    ['Read more: Bank raises rates again', true],
    ['Share this article', true],
    ['Facebook Twitter WhatsApp', true],
    ['We use cookies to improve your experience. Accept all cookies', true],
    ['Home > News > Politics', true],
    ['Beranda » Berita » Nasional', true],
    ['Foto: Dok. Humas Pemkot Tangsel', true],
    ['Facebook said on Tuesday it would buy the start-up for $1bn, its largest deal in two years.', false],
    ['A spokesman for the ministry declined to comment.', false],
    ['Lalu bagaimana hasilnya?', false],
    ['Skor: 2,1', false],
    ['(jon)', false],
  ];
  it.each(cases)('%s -> furniture %s', (line, expected) => {
    expect(checkFurniture([line]).length > 0).toBe(expected);
  });

  it('flags a photo credit glued to the first sentence and deletes only the credit', () => {
    const p = 'Foto: Antara/Rivan AwalJakarta - Pemerintah menaikkan harga bahan bakar mulai pekan depan, kata menteri energi dalam jumpa pers.';
    const [f] = checkFurniture([p]);
    expect(f).toBeDefined();
    expect(p.slice(f!.start, f!.end)).toBe('Foto: Antara/Rivan Awal');
    expect(applyFix([p], f!.fix!)).toEqual(['Jakarta - Pemerintah menaikkan harga bahan bakar mulai pekan depan, kata menteri energi dalam jumpa pers.']);
  });

  it('knows junk by its shape, not by a list of portals (issue 12): calls to action with a platform, embed markers, credit lines, syndication notes', () => {
    const junk = [
      'Ikuti kanal WhatsApp kami untuk kabar terbaru dari kota Anda',
      'Follow our newsroom on Google News for the latest updates',
      'Dapatkan berita pilihan setiap pagi lewat Telegram',
      '[Gambas:Video Berita Terkini]',
      '[embed]https://contoh.example/video/123[/embed]',
      'Reporter: Rina Wulandari',
      'Editor: Budi Santoso',
      '(abc/xyz)',
      '(Dok. Humas Pemkot)',
      'Artikel ini telah tayang di Portal Contoh dengan judul "Harga Cabai Naik"',
      'Copyright © 2025 Portal Contoh. All rights reserved.',
      'Dengarkan artikel ini',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = [
      'Cek Fakta Contoh mendapati klaim pendaftaran lowongan kerja yang diunggah di Facebook pada Senin ternyata palsu.',
      'Reporter senior itu mengikuti rombongan presiden ke Papua.',
      'Warga diminta mengikuti imbauan petugas dan tidak menyebarkan kabar bohong di WhatsApp.',
      'Editor buku itu menolak berkomentar soal revisi naskah yang diminta penerbit.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows page metadata of portals it has not seen: time stamps, reading times, view counts, icon labels, captions with their credit', () => {
    const junk = [
      'Selasa, 3 September 2013 16:14 WIB',
      'Kompas.com - 31/10/2019, 10:48 WIB',
      'Minggu 25 Jun 2023, 12:01 WIB',
      "Jum'at, 24 Oktober 2025 | 11:38 WIB",
      'Jan 3, 2023, 10:56 AM | Updated: Jan 4, 2023, 1:31 am',
      '·Bacaan 2 menit',
      'waktu baca 2 menit',
      '4 min read',
      'Olahraga157 views',
      'Dibaca 1.204 kali',
      'copy-link-circle',
      'sosmed-whatsapp-white',
      'Inspektur Jenderal Djoko Susilo. TEMPO/Dhemas Reviyanto',
      '- ANTARA FOTO/Wahyu Putro',
      'Kepala Dinas Pertanian Ketahanan Pangan dan Perikanan Kabupaten Dairi, Robot Simanullang. (Foto/Dody).',
      'Baca berita dengan sedikit iklan, klik di sini',
      'Baca berita tanpa iklan. Gabung Kompas.com+',
      'Halaman:',
      'Daftar Isi',
      'Tim Redaksi',
      'CNN Indonesia | Selasa, 24/09/2019 14:22 WIB',
      'Published 8th Aug 2024, 17:01 GMT',
      'Posted on: 11/2/2021 10:10 PM',
      '·27 min read',
      'by Wisden Staff 5 minute read',
      'Estimated read time: 3-4 minutes',
      'By Joe Crann',
      'Rep: Muhammad Nursyamsi/ Red: Andi Nur Aminah',
      'Richard Drew/AP',
      '01:17 - Source: CNN',
      'afp_qm59q_70062805.jpg',
      '(baca: Tips Mudik Nyaman Via Bandara Soekarno-Hatta)',
      '2 dari 2 halaman',
      'Saksikan video pilihan di bawah ini:',
      '• Oops!',
      'Something went wrong.',
      'Loading Boxscore...',
      'Breaking News',
      'Media caption,',
      'facebooktwitterreddit',
      'Your subscription is due to terminate',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = [
      // a chronology heads its entries with a day and a time
      'Friday, 8.30 am',
      'Pukul 10.00 WIB, massa mulai berkumpul di depan gedung DPR, Selasa (3/9/2013).',
      'Rapat digelar di Jakarta, Selasa, 3 September 2013 pukul 16.14 WIB.',
      'Warga bergotong-royong membersihkan sisa-sisa banjir.',
      'Video itu ditonton 157 ribu kali dalam sehari.',
      'By Monday the river had burst its banks in three places.',
      'Breaking the deadlock took another four hours of talks.',
      'Ia membaca 5 menit sebelum tidur setiap malam.',
      // a story sentence that mentions a photograph is no credit
      'Polisi menyita kamera berisi ratusan foto (foto/video dari ponsel korban juga diperiksa).',
      '(Baca: halaman 5 laporan itu memuat daftar nama pejabat yang diperiksa KPK dan saksi lain yang dipanggil pekan depan dalam kasus yang sama, kata juru bicara lembaga itu)',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the captions, credits and bylines of portals read on set 4 of unseen news, and leaves terms, lists and story lines alone', () => {
    const junk = [
      'Manggala Agni melakukan pemadaman dini. Foto: KLHK',
      'Firefighters have been tackling a "significant" blaze in a warehouse in Narborough. Picture: DENISE BRADLEY',
      'Some mandatory evacuation orders were lifted. Photo courtesy of Cal Fire',
      'Stock images of Garda scene tape (NIall Carson/PA)',
      'Pada operasi yang dilakukan di seluruh daerah, Bulog menggelontorkan 15.000 ton beras medium./Ayu Mumpuni',
      'Listrik padam lebih dari 24 jam di Desa Ujung Padang, Kabupaten Mukomuko, Bengkulu. [ANTARA]',
      'Penjabat Wali Kota Yogyakarta Sugeng Purwanto. Dokumentasi/Istimewa',
      'Seorang petugas Basarnas di tengah laut. (Foto ilustrasi).',
      'Sumber :',
      'Photo :',
      'VIVA.co.id/Nur Faishal (Surabaya)',
      'Dede Idrus (Bandung)/ VIVA',
      'Photo unrelated: Mckoy’s News file photo',
      'With+the+state+trophy+in+their+hands%2C+the+basketball+team+celebrates',
      'By Allen Cone, UPI',
      'By Naalir Jamaldeen | Published: 2:00 AM Jun 19 2021',
      'May 27, 2010|By Mary Gail Hare, The Baltimore Sun',
      'Nicole Glennon and David Young, PA',
      'Matthew Backhouse is a NZME. News Service journalist based in Auckland.',
      'This was published 20 years ago',
      '7 Shares',
      'Featured-Image',
      'Terverifikasi Administratif dan Faktual oleh Dewan Pers',
      'Visit MBteach.org',
      'Must read',
      'We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.',
      'Hide Ad',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = [
      // a term and its abbreviation in brackets are no photographer and agency
      'Pemerintah RI bakal mengadaptasikan beberapa kebijakan Singapura, semisal dalam mengelola dana kekayaan negara (Sovereign Wealth Fund/SWF).',
      'Kemnaker bakal melibatkan lembaga negara dalam program magang nasional bergaji upah minimum kabupaten/kota atau provinsi (UMK/UMP).',
      'Busway/TransJakarta',
      // a story paragraph of two sentences signed off with a credit is no caption
      'Polda Kalteng mengimbau masyarakat untuk tidak ragu melaporkan dugaan korupsi. Partisipasi publik dinilai penting guna mencegah kebocoran anggaran. (red/foto:ist)',
      // a reader's letter signs with its writer's address
      'Adamadamnurfauzan@gmail.com',
      'John Smith, a former journalist, said the council had ignored the warnings for years.',
      'By Friday, Smith said, the road would reopen.',
      'Ia menunjukkan foto: rumahnya rusak berat setelah diterjang banjir pada malam itu dan belum diperbaiki sampai sekarang.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows paywalls, bylines, doubled captions and credits read on sets 4 and 5 of unseen news; a date alone is a time stamp only above the story', () => {
    const junk = [
      'Unlock unlimited access for just $1 for your first month',
      'Please log in to continue |',
      'BUY TICKETS TO ROUND 11 OF THE A-LEAGUE!',
      'Watch more of our videos on Shots!',
      'Spread This News',
      'FREE NEWS UPDATES 24/7...FOLLOW THE SCOTTISH EXPRESS ON TWITTER',
      'Author: Staff Report',
      '(By Joshua W. Amlanu)',
      'By James Ditchfield / Roar Rookie',
      'April Warren Staff writer',
      'Image for Rovers Come From Behind To Win',
      'Thumbnail',
      '|',
      '…',
      "Kallum Watkins dives over for the Rhinos' first try at St Helens.Kallum Watkins dives over for the Rhinos' first try at St Helens.",
      'Vice President John Dramani MahamaVice President John Dramani Mahama',
      'Water gushes through a partially inundated railway track at Madhubani district in Bihar. (PTI Photo)',
      'Chief Executive of Clare County Council, Pat Dowling. Photograph: Eamon Ward',
      "Matt Bowen didn't let his lack of size hurt his chances. Digital image by Charles Knight",
      'Published Sep 27, 2025 12:37 pm  |  Updated Sep 27, 2025 01:09 pm',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = [
      'By Friday the team had bought tickets for the whole squad, the coach said.',
      'Get well soon, the crowd sang as he was carried off.',
      'The court heard the photograph was taken by a neighbour on the night of the fire.',
      'Warga diminta mengikuti arahan petugas di lapangan.',
      // a sentence that says a thing twice is not a line rendered twice
      'Dia berlari dan berlari tanpa henti.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
    // a date alone above the story is its time stamp; in the story it may head a day of a chronology
    const lead = 'Police in St Catherine are investigating the murder of a man on Friday night in the parish.';
    expect(checkFurniture(['Henry Bucknor, Crime Reporter', 'January 5, 2018', lead]).map((f) => f.paragraph)).toEqual([1]);
    // a place and a date opening a press release is its dateline, not the page's
    expect(checkFurniture(['Jakarta, 5 Desember 2025', lead])).toEqual([]);
    expect(checkFurniture(['Jakarta, 5 Desember 2025 pukul 10.00 WIB', lead])).toEqual([]);
    expect(checkFurniture([lead, 'The funeral was held on Saturday at the parish church in Spanish Town.', 'January 5, 2018', 'The first arrest was made.'])).toEqual([]);
    // ... and a chronology's first day is a heading even at the top
    expect(checkFurniture(['Senin, 12 Juni 2025', 'Tim SAR mulai menyisir sungai sejak pagi.', 'Selasa, 13 Juni 2025', 'Korban ditemukan.'])).toEqual([]);
  });

  it('knows the credits, bylines, prompts and page labels read on set 6 of unseen news; a name above the story is a label, a title is not', () => {
    const junk = [
      'Anggota DPRD menemui massa mahasiswa |',
      'Max Verstappen took his maiden F1 pole position at the Hungarian Grand Prix Credit: REX',
      'The company has performed badly since its results (Source: Getty)',
      'Timnas voli putri meraih medali perunggu usai tundukkan Filipina. (Dok PBVSI)',
      'Ilustrasi. (f: ist/mistar)',
      'Kondisi banjir di kantor desa, Minggu (18/2/2024). (ISTIMEWA/RADAR SAMPIT)',
      'A woman walks past the logo of Google during an event in New Delhi. REUTERS/Adnan Abidi/File Photo',
      'Zak Mauger/Motorsport Images',
      '(IANS)',
      '(With inputs from ANI)',
      'Laporan oleh Farid Kusuma',
      'Review by Daz Gale',
      'Pewarta | : M. Marhaban |',
      '- Pewarta',
      'Oleh humaspmk on August 31, 2014',
      'Follow Sarah',
      'Share Email this article to a friend To send a link to this page you must be logged in.',
      '• Share this on:',
      'You may also want to watch:',
      'Bacaan Lainnya',
      'READ: 7 regions report sharp hike in dengue cases',
      'ARTICLE AD BOX',
      'Change text size',
      'View larger map',
      'Updated',
      '0 dilihat',
      'Article image',
      '![]() Justin dan Hailey Bieber',
      'tak-ada-akhlak-undang-bupati-rapat-paripurna',
      'Di bulan Ramadan ini, mari berdonasi. Info: https://t.co/yd5vmOOJ6f pic.twitter.com/4TTTfIaxV3',
      '— GO-JEK (@gojekindonesia) June 13, 2016',
      'Yuk gabung channel whatsapp Bola.com untuk mendapatkan berita-berita terbaru tentang Timnas Indonesia, BRI Liga 1, Liga Champions, Liga Inggris, Liga Italia, Liga Spanyol, bola dunia, MotoGP dan lainnya',
      'Saturday, Dec. 25, 2004 Posted: 9:23:22AM PST',
      'Posted on March 26, 2014 at 6:39 AM',
      'Azhar 14 Feb 2021, 22:02',
      'Some 63 patients were waiting for beds at the emergency department at Cork University Hospital. Picture Dan Linehan',
      'A man pleads with an officer to see the body of one of four men shot dead on Saturday. – SUREASH CHOLAI',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = [
      'Oleh karena itu, warga diminta waspada.',
      'Polisi menyita kamera berisi ratusan foto (foto/video dari ponsel korban juga diperiksa).',
      'Harga cabai naik menjadi Rp 50 ribu per kilogram (Source: BPS).',
      'No | Tim | Main | Menang | Seri | Kalah | Selisih Gol | Nilai |',
      '--------',
      'The council meets at 6:30 pm on Tuesday to vote on the budget.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
    const lead = 'Twitter on Wednesday reported better-than-expected earnings and revenue after several quarters of disappointing results.';
    const label = checkFurniture(['Sarah Spickernell', lead]);
    expect(label.map((f) => f.paragraph)).toEqual([0]);
    expect(label[0]!.message).toBe('“Sarah Spickernell” is website page furniture (a name the page shows above the story), not part of the story.');
    // a title of dictionary words, a dateline alone, and a name inside the story are not labels
    expect(checkFurniture(['Memimpikan Dunia Tanpa Tambang', lead])).toEqual([]);
    expect(checkFurniture(['Jakarta, CNN Indonesia --', lead])).toEqual([]);
    expect(checkFurniture([lead, lead.replace('Twitter', 'Square'), 'Sarah Spickernell', lead.replace('Twitter', 'Meta'), lead.replace('Twitter', 'Apple')])).toEqual([]);
  });

  it('knows the credits, captions, bylines and prompts read on sets 6-8 of unseen news', () => {
    const junk = [
      'Pedagang sayuran menata cabai dagangannya di Pasar Minggu, Jakarta, Senin (2/10/2023). ANTARA FOTO/Muhammad Adimaja/hp.',
      'Fire and rescue service operate a humanitarian ferry boat across flooded Somerset Levels. Photograph: Steven May/ Steven May/Demotix/Corbis',
      'Nairobi Securities Exchange CEO Geoffrey Odundo. FILE PHOTO | NMG',
      'Electricity Minister Dr Kgosientsho Ramokgopa at a media briefing. Photographer: Henk Kruger / Independent Newspapers',
      'Cocoa is the backbone of Ghana’s economy. Pic: Barry Callebaut',
      'Square CEO Jack Dorsey is interviewed on the floor of the New York Stock Exchange on Nov. 19, 2015.Richard Drew / AP file',
      'Acara 7 bulanan Paula Verhoeven dan Baim Wong (Instagram @paula_verhoeven)',
      'Baim Wong dan Paula Verhoeven (Suara.com/Sumarni)',
      'Ilustrasi tenggelam. Dok.Jatimnet.com',
      'Konser Sheila On 7 Ditonton 22.000 penonton, kredit: detik',
      'IMAGE: Delhi batter Lalit Yadav celebrates scoring his maiden first-class hundred on Day 2 of the Ranji Trophy match.',
      'ILUSTRASI. Sebuah balon terbang di langit di atas Billings, Montana, AS.',
      'Ilustrasi - internet',
      'File photo dated 22/10/2012 of Peter Preston, former Editor of the Guardian, who has died at the age of 79.',
      'Sporting News Logo',
      'banner 468x60',
      'SCROLL TO RESUME CONTENT',
      'Rate this post',
      'Konten [Tampil]',
      'Print this page Email A Friend!',
      'Lanjut ke halaman berikutnya...',
      '**Baca Juga: Api Masih Muncul dari Kebakaran Gudang',
      '| Baca juga: Akrab dengan Musisi Amerika, Luna Maya Sukses',
      'Baca Lainnya :',
      '(Sumber: Antara)',
      'Laporan : Rajap',
      'Jurnalis: Dila Nurfadila',
      'Artikel ini ditulis oleh:',
      'Staff writer',
      'Update : 21 Nov 2017, 10:55 PM',
      'Diposting : 25 September 2020 01:29',
      'Tanggal: 24 Apr 2025 08:46 wib.',
      'Thursday, December 19th, 2019 00:00 | By',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = [
      'The exhibition opens on Friday with a photograph of the harbour taken in 1923.',
      'Ilustrasi yang dipakai dalam buku itu digambar oleh siswa kelas enam.',
      '(bersambung)',
      'Laporan keuangan perusahaan dirilis pada Senin pekan depan.',
      'The company, he said, had grown to 40 staff (UMK/UMP).',
      'Kevin Van Paassen said the council would vote on Tuesday.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the prompts, tags, bylines and credits read on set 9 of unseen news', () => {
    const junk = [
      'Article continues after advertisement',
      'SKIP ADVERTISEMENT',
      '{{more}}',
      '[post_type] => post',
      'Array',
      'Enlarge',
      'PUBLISHED: | UPDATED:',
      'ESPNscrum Staff',
      'Please share this Article if you like Email This Post Email This Post',
      'Follow and Subscribe Nyasa TV :',
      '(Image: Dave Kendall)',
      '(Pic by Google Maps)',
      'IMAGES VIA @kyobesarah',
      'Firefighters tackling a house fire in Long Commons, Coleraine early this morning. Pic by Matt Steele, McAuley Multimedia',
      'Kishane Thompson on his way to 100m victory at the Jamaican Championships (© Athelstan Bellamy)',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['The staff were told on Friday that the plant would close.', 'Array of sensors found a leak in the tank on Monday, officials said.', '(Image rights belong to the family, who asked the council to remove the photographs from its website.)'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the prompts, bylines, time stamps, credits and debris read on set 10 of unseen news', () => {
    const junk = [
      'Advertisement Hide Ad',
      'advert',
      'READ NEXT:',
      'Sign up to our daily newsletter Sign up Thank you for signing up! Did you know with a Digital Subscription to the paper, you can get unlimited access to the website including our premium content, as well as benefiting from fewer ads, loyalty rewards and much more.',
      'Getting your Trinity Audio player ready...',
      'Twitter Facebook Reddit Pinterest Email',
      'Share.',
      'Stay current - Follow FMT on WhatsApp, Google news and Telegram',
      'Catch all our latest shows on our YouTube channel at Switch media.',
      'What do you think of this story?',
      '• Angry (0%)',
      'Sun, 24 Mar 2024 01:38:14 PKT',
      '2019-07-06 HKT 16:32',
      'September 29, 2016 03:37 MYT',
      'Phagwara, Updated At : 04:51 AM Aug 22, 2025 IST',
      '2022 May 27, 12:54, Pokhara',
      'Last updated',
      'Published on',
      'VIEWS',
      'March 31, 2024 Bernard Galang 136 views',
      'Our Correspondent',
      'Himalayan News Service',
      'Hazel Nunez, Reporter',
      'Anita Nkonki|Published',
      'By Louis Kolumbia @Collouis1999 lkolumbia@tz.nationmedia.com',
      'by Sally Blundell / 19 April, 2016',
      'Submitted by Editor on',
      'oleh',
      'Report: Michael Dundon at FBD Semple Stadium',
      'Photos: Bridget Delaney',
      'Bernama',
      'Source link',
      'Categories Macau',
      '#fire #homeless #longhouse #Miri',
      'Default Thumbnail',
      'Headshot of Cally Dupe',
      'DSC_0199',
      '(REGITA/HUMAS SATPOL PP)',
      '(Ronal Fajar)',
      '( Sumber Diskominfo Prabumulih)',
      'Ms Francesca Ung and her business partner Darrel Krishnan at their stall. ST PHOTO: SAHIBA CHAWDHARY',
      'Twenty-five relief centres have been opened in the three affected districts. (Bernama pic)',
      'Carus bowler Matthew Timms in action against Penwortham. PIC BY ROB LOCK 25-5-2019',
      'The trawler rescue off Start Point Pic Torbay RNLI',
      '"); jQuery("#212 h3").html("',
    ];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = [
      'Our correspondent in Jakarta said the talks would resume on Monday.',
      'He was published on the front page of the paper in 1998.',
      'The video drew 136 views in its first week, the council said.',
      'Submitted by the council, the plan was approved on Tuesday.',
      'The pupils followed the story on Facebook and WhatsApp during the holidays.',
      '(jon)',
      '(bersambung)',
      'Warga memotret banjir dengan kamera DSC lamanya.',
      'Categories of land use were set out in the 2018 plan, the report said.',
      'The function of the committee is to advise the minister.',
    ];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the prompts, credits and labels read on set 11 of unseen news', () => {
    const junk = ['- Advertisement -', 'pariwara', 'usap untuk melanjutkan', 'SPONSOR AD', '(adsbygoogle = window.adsbygoogle || []).push({});', 'Date:', 'Share post:', 'SHARE ME', 'News Desk:', 'About Author', 'Become a member of Shetland News', 'Untuk melihat lebih banyak content JUBI TV, click here!', 'We care about the protection of your data. Read our Privacy Policy.', '35 mins ago | Views', '0 Votes (0)', 'Mon, 06 Mar 2017 12:52:12 +0000', 'Photos by Matangi Tonga.', '- Photo / Supplied', 'Sumber Video : Jello', '(Except for the title, this story has not been edited by NDTV staff and is published from a syndicated feed.)', 'Local Journalism Initiative', 'By SANDRA MWILA –', 'Friday 30 December 2022 | Written by Al Williams | Published in Local, National', "admin's picture", 'fb img 1769928923521'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['Click here is what the old sign said, and the council kept it.', 'The club wants members to become a member of the league by May, the chairman said.', 'Photos by the late Mr Smith were shown at the exhibition on Friday, his daughter said.', 'PML-N adopted an aggressive strategy in the Punjab Assembly session while opposition members surrounded the speaker.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
    // a portal's address alone: the sign-off after the story, but part of a dateline broken over lines above it
    const lead = 'Pemerintah kota meresmikan jembatan baru di pusat kota pada Senin pagi bersama warga dan tokoh masyarakat setempat.';
    expect(checkFurniture(['PEKANBARU', 'Topindonesia.id', lead, lead.replace('Senin', 'Selasa'), 'suaraindo.id']).map((f) => f.paragraph)).toEqual([4]);
    // a count alone above the story
    expect(checkFurniture(['1067', '0', lead]).map((f) => f.paragraph)).toEqual([0, 1]);
  });

  it('knows the bylines, widgets, credits and file names read on set 12 of unseen news', () => {
    const junk = ['By: Ismail Manjang', 'Reviewed by Paul Davies', '(tim redaksi)', '(Gb--Raf)', 'NEWS24.CO.ID/RED/DEV', 'About the Author ()', '302 kali dilihat', 'Sebarkan artikel ini', '×', 'Bookmark the permalink.', 'Exit mobile version', 'Open in App', "Register for free to read more of the latest local news. It's easy and will only take a moment.", '* Ingin Beli / Transaksi, Klik di Bawah Ini', 'advertorial', 'Img 20241122 Wa0091', '23958856_web1_210120_YKN_news_ProceduresBylaw-wb_1', '/cloudfront-us-east-1.images.arcpublishing.com/gray/PRIPOIMRDZL5BGOTY6M77KWTAM.jpg)', 'Suasana Lomba Perahu Naga HUT Kutim (doc. merdeka)', "The government has taken over roads that were previously councils' responsibility. File photo.", 'Rabu, 08 Mei 2024 - 11:52 WIT - Papua60Detik'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['By: the numbers, the council spent more than it raised.', 'Warga diminta klik di sini untuk mendaftar, kata lurah, namun banyak yang tidak punya ponsel.', 'The advertorial standards board met on Tuesday.', '(pra-kondisi dan pasca-kondisi)'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
    const lead = 'Slips caused damage to the road at Otoko, northwest of Gisborne, and the highway will stay closed until Friday.';
    expect(checkFurniture(['7:40am', lead, lead.replace('Friday', 'Monday')]).map((f) => f.paragraph)).toEqual([0]);
  });

  it('knows the share rows, file names and empty captions read on set 13 of unseen news', () => {
    const junk = ['facebook twitter whatsapp telegram line copy', 'facebook icon twitter icon whatsapp icon telegram icon line icon copy', 'URL berhasil dicopy', 'Share on FacebookShare on TwitterShare on TelegramShare on Whatsapp', 'Advertisements', 'WhatsApp Image 2025 06 11 at 12.11.15 0f0eb488', 'Oplus_131072', 'No Caption ABCDE EMN-191125-094856001'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['Copy the link from the council website, the clerk told residents.', 'Link copied to the petition was shared 300 times by Friday, organisers said.', 'No caption competition has drawn so many entries, the editor said.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('a short line without a stop printed twice in a row is a caption (a name alone: a byline); a sentence printed twice is not', () => {
    const lead = 'Rice farmers in Region Two continue to struggle with excessive water in their fields, and many blame the regional administration.';
    const body = 'Hundreds of acres of rice lands are reportedly under water, and farmers say the drainage trenches have not been cleared for months.';
    const f = checkFurniture([lead, 'The condition of the dams in the area leading to the rice fields', 'The condition of the dams in the area leading to the rice fields', body, 'Lorne Stelmach', 'Lorne Stelmach']);
    expect(f.map((x) => [x.paragraph, x.confidence])).toEqual([[1, 'medium'], [2, 'medium'], [4, 'medium'], [5, 'medium']]);
    expect(f[0]!.message).toContain('photo caption');
    expect(f[2]!.message).toContain('reporter');
    // once is a sub-heading or a caption nobody can tell; a sentence printed twice is the duplicate check's
    expect(checkFurniture([lead, 'The condition of the dams', body])).toEqual([]);
    expect(checkFurniture([lead, body, body])).toEqual([]);
  });

  it('a caption that reads like a dateline ("Bupati Lebak, Iti Octavia Jayabaya.") does not make the story above it a page head', () => {
    const ps = ['Kawasan tempat tinggal Masyarakat Baduy di Desa Kanekes telah ditetapkan menjadi salah satu destinasi wisata unggulan di Kabupaten Lebak.', 'Foto: Dudut Suhendra Putra.', '“Namun kelestarian budaya harus selalu dijaga,” kata Bupati Lebak, Iti Octavia Jayabaya.', 'Bupati Lebak, Iti Octavia Jayabaya.', 'Setiap tahun masyarakat Baduy turun dari permukiman mereka di pegunungan untuk bertemu dengan pimpinan daerah.'];
    expect(checkFurniture(ps).map((f) => f.paragraph)).toEqual([1]);
  });

  it('knows the comment forms, widget labels, bylines with dates and breadcrumbs read on set 14 of unseen news', () => {
    const junk = ['Tinggalkan Balasan', 'Alamat email Anda tidak akan di', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *', 'Posting Komentar', 'Write a Facebook Comment', 'View all comments', 'Comments are closed.', '%d bloggers like this:', 'Spread the love', 'Close this search box.', 'next arrow', 'expand slideshow', 'You must have JavaScript enabled in order to use this theme. Please enable JavaScript and then reload this page in order to continue.', '~ Advertisements ~', 'Kategori : News', '... menit baca', 'Last modified: April 23, 2021', 'January 26, 2016 By Victoria Saffa', 'May 01, 2012 06:00 am | By Les Dunford | The Westlock News', 'Home / Berita / Bisnis & Ekonomi / Papua Barat / Sosial Budaya'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['Leave a comment at the council office if you object, the clerk said.', 'By January 26, 2016 the council had spent the whole budget.', 'No | Tim | Main | Menang | Seri | Kalah | Selisih Gol | Nilai |', 'Comments are closed to the public until the inquiry ends, the minister said.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
    // a link alone is an embed the page could not show, unless the story leads to it
    const link = 'https://drive.google.com/drive/folders/17HGQMelk9AgjpZ9Mte0y';
    expect(checkFurniture(['Daftar jamaah yang berhak berangkat dapat dicek di link di bawah ini:', link]).map((f) => f.paragraph)).toEqual([]);
    expect(checkFurniture(['Daftar jamaah yang berhak berangkat sudah diumumkan kemarin.', link]).map((f) => f.paragraph)).toEqual([1]);
  });

  it('knows the comment notices and bylines with dates read on set 15 of unseen news; a table row and a district column stay', () => {
    const junk = ['"/>', '</div>', '0 comments:', 'Silahkan Berkomentar...', 'Terimakasih Telah Memberikan Komentar.', 'Belum ada komentar', 'You must be logged in to post a comment Login', 'This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'Please enter your name here', 'back to top', 'You might also like', '-A A +A', 'Zulkarnaen author photo', 'by Bowls ACT on February 8, 2019', 'September 29, 2021 By: INSEC', 'By Ilia L Likou 10 November 2017, 12:00AM', 'by Saharareporters, New York Sep 03, 2021'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['3 th: 2.637,52 | 4 th: 2.944,68 | 5 th: 3.163,50 | 6 th: 3.286,36', 'Back to top of the league went Rovers after the win, the manager said.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
    // "Hide Ad" after a district column's first items is an advert inside the story, not a page head above "EGM - ..."
    const column = ['LOCHS', 'Annual Dinner - The Kinloch Senior Citizens’ annual dinner will be in Balallan Hall on Saturday 5th March at 2pm. There will be a three course dinner, a wee dram, tea and coffee, and entertainment.', 'Everyone over the age of sixty residing in Keose, Laxay, Balallan or Arivruach is very welcome to attend.', 'Hide Ad', 'EGM - At the North Lochs Community Association Annual General Meeting last week, the committee were unable to elect a chairman.'];
    expect(checkFurniture(column).map((f) => f.paragraph)).toEqual([3]);
  });

  it('knows the comment boxes of the software small portals share, sign-offs in brackets and credited captions (read on sets 13-16)', () => {
    const junk = ['2 thoughts on “Harvest Festival in the parish”', 'No comments', 'Comments are disabled.', 'Comments are closed, but trackbacks and pingbacks are open.', 'You are commenting using your Google account. Log Out /  Change )', 'Fill in your details below or click an icon to log in: Logo', 'Connecting to %s', "What's Your Reaction?", 'Skip to content', 'Back to top button', 'Show More', 'Breaking News:', '3 Years Ago', '(Arul/PorosLombok)', '(Kawit/beritasampit.co.id)', '(***/rds)', 'Staff report', 'Times Contributor', 'Sylhet Bureau :', 'Munshiganj (South) Correspondent', 'compiled by Samoa News staff', 'Edited by R.Wamochie', 'spot_img', 'GRID_STYLE', '74HssqAmpAieSQYdpeY0UHJ3eJx0ro2Bjc2BCzNj', 'Jembatan penghubung Desa Tanjung Rejo dengan Desa Paluh Merbau di Kecamatan Percut Seituan, Kabupaten Deli Serdang. (Analisadaily/Istimewa)', 'Kebakaran di Nagari Cupak, Kabupaten Solok (ist)'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    // a date in brackets, a story paragraph ending on the desk's sign-off, a quotation with a credit
    const story = ['Sidang lanjutan digelar Jumat (5/8).', 'Polda mengimbau masyarakat untuk tidak ragu melapor. Partisipasi publik dinilai penting guna mencegah kebocoran anggaran. (red/foto:ist)', 'Warga bergotong royong. Jembatan itu kini bisa dilalui lagi. (Dokumentasi warga)', '“Kami mengimbau masyarakat tetap waspada,” terang I Putu Sudayana. (zkl/foto: Ist)', 'Comments are closed to the public until the inquiry ends, the minister said.', 'Show more respect to the volunteers, the mayor told the meeting.', 'The 2 thoughts on the budget were both rejected.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the notices of Blogger, Wix, Mobirise and WordPress plugins, copyright notices and Blogger\'s dates (read on set 17)', () => {
    const junk = ['Tidak ada komentar', 'Tidak ada komentar:', 'Diberdayakan oleh Blogger.', 'Gambar tema oleh kelvinjay. Diberdayakan oleh Blogger.', 'Silakan masukkan komentar anda!', 'Silakan masukkan nama Anda di sini', 'This article has no comments yet. Be the first to leave a comment.', 'error: Content is protected !!', 'Menu Close Menu', 'Please follow and like us:', 'top of page', 'bottom of page', 'Made with Mobirise', 'Free Web Page Builder', '• Whatsapp', 'Example 728x250', 'Scroll untuk baca artikel', 'PERINGATAN !!! hak cipta dilindungi undang-undang', '332 SHARES Share Tweet', '(penulis dan foto: Frangki Noldy Lontaan. Editor: Pdt. Janny Ch. Rende, M.Th)', 'Berita Lainnya  Ketua Fraksi Gerindra DPRD Gunungkidul Serahkan Bantuan Traktor', 'Berita Terbaru', 'Senin, Mei 14, 2018, 16:06 WIB', 'Last Updated 2018-05-14T09:06:30Z'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['Tidak ada komentar dari pihak kepolisian hingga berita ini diturunkan.', 'The top of page one carried the mayor\'s apology.', 'Berita lainnya menyebutkan jumlah korban bertambah menjadi 12 orang setelah tim SAR menemukan dua jenazah di hilir sungai pada Senin pagi.', 'Berita lainnya menyebutkan jumlah korban bertambah menjadi 12 orang'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
    // a heading that starts like a dateline ("DRINKING WATER WARNING - ...") does not make the lines above it the page head
    const notice = ['top of page', 'BOIL WATER NOTICE 10-23-17 @ 5:11 pm', 'DRINKING WATER WARNING - Boil Your Water Before Using', 'Due to loss of water pressure in the distribution system on October 23, 2017, potentially harmful bacteria could be present in the water supply.'];
    expect(checkFurniture(notice).map((f) => f.paragraph)).toEqual([0]);
  });

  it('knows TownNews\' comment rules, the village sites\' SID forms, caption and credit labels, CMS bylines and view counts (read on set 18)', () => {
    const junk = ['Welcome to the discussion.', 'Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.', "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.", '(0) comments', 'Formulir Penulisan Komentar', 'Isikan kode Captcha di atas', 'Situs ini menggunakan Akismet untuk mengurangi spam. Pelajari bagaimana data', 'You need to enable javaScript to run this app.', 'Invalid Date', 'Lihat Semua Hasil', 'Menu', 'Caption: Antrean warga di operasi pasar murah di depan Taman Makam Pahlawan, Senin (16/10/2023). Doc: Anis', 'Ket foto: Kondisi rumah Made Supatra (60) pascakebakaran di Dusun Kangin Teben.', 'Dokumentasi dan Vidio : Team Obama', '(Humas Polres Metro Jakarta Pusat)', '(Reprinted from the June 2009 newsletter)', 'Ditulis oleh Administrator', 'TNI & Polri221 Dilihat', 'Dilihat 2 kali', '(Lihat: Galeri Pernak Pernik Karnaval HUT RI ke 72)'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['Be nice to the volunteers, the organisers asked.', 'The menu was cooked by pupils of the catering school.', 'Ditulis oleh warga sendiri, surat itu dikirim ke bupati pekan lalu.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the comment rules, wires\' sign-offs, paywall prompts and CMS labels read on set 20; a story line signed "[Antara]" stays', () => {
    const junk = ['We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most important local issues.', 'Please report any comments that break our rules.', 'Read the rules hereComments are closed on this article', 'Show comment', 'Post a Comment', '0 komentar:', 'LINKEDINCOMMENTMORE', 'Read or Share this story: https://tspne.ws/2IghFPU', 'Help keep family & friends informed by sharing this article', 'Send this page to someone via email', 'This report by The Canadian Press was first published June 18, 2023.', 'The Canadian Press', 'Published in Dawn, December 22th, 2014', 'Your subscription is almost coming to an end. Don’t miss out on the great content on Nation.Africa', 'Reclaim your full access. Click below to renew.', 'ADVT', 'Byline: Louise Day', 'Admin by Admin', '- Penulis : Fadjeriansyah - Editor : Rian - Sumber : Gema Saijaan Online', 'Dok : Gubernur dan rombongan melihat stan-stan UMKM', 'Jumat, 23 Januari 2026 | Januari 23, 2026 WIB Last Updated 2026-01-23T00:42:14Z', '1744129950993', 'Posted , updated', 'No Result', 'View All Result', 'Laporkan Konten', 'Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.', 'Poll Options are limited because JavaScript is disabled in your browser.', 'Some pupils of Ysgol Gymraeg Pwll Coch taking part in the big sit down challenge on Friday (Tanya Thomas Photography)', 'Listrik padam lebih dari 24 jam di Desa Ujung Padang, Kabupaten Mukomuko, Bengkulu. [ANTARA]'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['Sementara warga dari kota dan luar daerah secara bergantian melayat sebagai simpati turut berduka atas "kepergian" mendiang. [Antara]', 'Disclaimer: Ingat, bahwa segala analisis dan rekomendasi saham dalam artikel ini bersifat informatif.', 'Show comments from the public were read out at the hearing.', 'The Canadian Press reported the fire had grown overnight.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the paywall and app prompts, comment rules, CMS stamps, archive labels and labelled bylines read on set 22', () => {
    const junk = ['PLEASE LOG IN FOR PREMIUM CONTENT. Our website requires visitors to log in to view the best local news.', 'Not yet a subscriber? Subscribe today!', 'Click here to download our free news, weather and smart TV apps.', 'ADVERTISE HERE', 'Post Comment', 'HOUSE RULES', '2. Please understand that comments are moderated and it is not always possible to publish all that have been submitted.', 'Skip to content ↓', 'More News', 'SEE MORE –', 'What you need to know:', 'Added at 08:06 on 08 May 2024', 'Create: Wed, 06/07/2023 - 15:08', '– end –', 'Tag Archive: civil defense', 'Recently in Yard News Category', 'Published in The Hamilton Spectator on May 8, 2020.', 'photo | Bakari Kiango', 'Reported by: Ijeoma G | Edited by: Gabriel Osa', 'Special to the Press-Citizen', 'TribunPadang.com/NadiaNazar', 'Muat Lebih', 'Discussion about this post', 'Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.', 'Dapatkan Informasi Terkini dari Tribun Pontianak via SW disini', '>>>Selengkapnya baca Harian Riau Pos', 'Tags', '---|', '• Kamis, 24 Mei 2018 - 16:35:08 WIB | Di Baca : 1572 Kali', 'All Right Reserved', 'Kapolres Banggai, AKBP Budi Priyanto (Ft : SultimNews.id)', 'Editor. : Red. Minakonews'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['More on the budget will follow next week, the mayor said.', 'Post comment cards were handed to every visitor at the fair.', 'Special to the town, the fair has run since 1854.', 'Published in the journal Nature on May 8, the study followed 400 farms for ten years.', '--------', 'Ikuti terus perkembangan kasus ini, kata Kapolres, karena penyidik masih bekerja di sini.'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('knows the newsletter boxes, widget code, calendar rows, labels and labelled credits read on set 23', () => {
    const junk = ['Get the latest news to your email inbox FREE!', 'REGISTER', 'subscribe Just R20 for the first month. Support independent journalism by subscribing to our digital news package.', '6/recent/ticker-posts', '4 5 6 7 8 9 10', 'In Summary', 'Leave Comments', 'Pengarang :', 'Story and Pix by Romesh Madusanka', 'Credit: Kincardineshire Observer, www.kincardineshireobserver.co.uk 28 December 2011', '35 LINKEDINCOMMENTMORE'];
    for (const line of junk) expect(checkFurniture([line]).map((f) => f.rule), line).toEqual(['page-furniture']);
    const story = ['Register now for the county fair, the organisers said, before places run out.', 'In summary, the council agreed to every point of the plan.', 'Credit: the farmers who kept the market going for forty years.', '2 - 1'];
    for (const line of story) expect(checkFurniture([line]), line).toEqual([]);
  });

  it('a caption ending on its credit that holds a story quotation is the copy to cut; a key point above the story is one card (set 20)', () => {
    const caption = 'Semporna MP Shafie Apdal at the Dewan Rakyat this morning. He says no one should feel marginalised from mainstream development. – The Malaysian Insight pic by Seth Akmal, October 19, 2018.';
    const ps = ['Jason Santos', caption, 'TWO Sabah MPs hailed a number of key initiatives in the midterm review of the 11th Malaysia Plan.', 'Shafie, who is also Sabah chief minister, said the prime minister expressed his desire for shared prosperity.', '“No one should feel marginalised from mainstream development.', '“Development should also not be neglected in certain states or regions,” he said.'];
    expect(checkDuplicates(ps).map((x) => x.paragraph)).toEqual([1]);
    const point = '•  County Executive Committee Member for Trade, Stephen Kuria, notes that labor for the construction works would be sourced locally, as a deliberate effort to involve the community.';
    const story = ['Nakuru County has stepped up its commitment to improving market infrastructure and creating better trading conditions for residents.', 'Speaking during the event, County Executive Committee Member for Trade, Stephen Kuria, noted that labor for the construction works would be sourced locally, as a deliberate effort to involve the community.', '“Labor for the construction works would be sourced locally, as a deliberate effort to involve the community, ”he said.'];
    expect(checkDuplicates([point, ...story]).map((x) => x.paragraph)).toEqual([0]);
  });

  it('a sub-heading under the story\'s first sentences is no dateline; a row of figures closed by "|" is no caption (set 18)', () => {
    const anzac = ['AS THE sun rises on April 25, thousands of Australians will attend a solemn ceremony.', 'The Anzac Day dawn service is usually held at a town cenotaph, a memorial park, and the Australian War Memorial in Canberra.', 'Later in the day, people will join the Anzac Day march and parade, alongside relatives wearing medals bestowed to loved ones.', 'In the afternoon, people may indulge in a game of two-up at their local pub or club.', 'Dawn Service, Sydney', 'The official NSW Anzac Day Dawn Service will be held at the Cenotaph in Martin Place, Sydney on April 25 at 4.30am.'];
    expect(checkFurniture(anzac)).toEqual([]);
    expect(checkFurniture(['Crossbred ewes sold as follows:', '$59.00 to $72.00 |'])).toEqual([]);
    // a caption closed by the page's "|" still is one
    expect(checkFurniture(['Warga bergotong royong membersihkan saluran irigasi di Desa Pagedangan |']).map((f) => f.rule)).toEqual(['page-furniture']);
  });

  it('two short headings a word apart are two headings, not a repeat (set 17)', () => {
    const ps = ['Your support is crucial in maintaining the accessibility of our village footpaths this summer.', 'Details of Paths included on First Cut Schedule', 'Details of Paths included on Second Cut Schedule'];
    expect(checkDuplicates(ps)).toEqual([]);
    // written twice word for word they are still one repeated
    expect(checkDuplicates([ps[0]!, ps[1]!, ps[1]!]).map((x) => x.paragraph)).toEqual([2]);
  });

  it('a caption or a results row that starts like a dateline below the story\'s first paragraphs does not make them the page head (set 17)', () => {
    const story = ['SANGATTA – Komunitas Berbagi Jamaah Jumat Sangatta menggelar khitanan massal gratis bagi kaum dhuafa, Sabtu (25/6/2022) di BPU Kecamatan Sangatta Utara.', 'Sebanyak 50 anak mendapatkan layanan khitanan massal ini, terdiri dari 35 anak dikhitan secara gratis dan 15 anak secara mandiri.', '“Tahun ini menjadi gelombang ke II kegiatan khitanan massal untuk kaum dhuafa,” ujar Wenny.', 'Wenny Setianingsih, Ketua Khitanan Massal BJJS', 'Dirinya menambahkan para peserta ini ada anak yang berkhitan secara mandiri karena tergolong keluarga mampu.'];
    expect(checkFurniture(story)).toEqual([]);
    const golf = ['What can we say about Captains Day without running out of superlatives? It was brilliant, even the weather played its part.', 'A big thank you to Ian for putting on a splendid day.', 'Here is Bryan Mundy from Worthing receiving the trophy from Ian Potter.', 'Bryan Munday (Worthing) - 40 Points', 'Nigel Wates (Nevill) - 38 Points', 'Even the President went home with something, a prize for the nearest to the pin on the seventh.'];
    expect(checkFurniture(golf)).toEqual([]);
    // a dateline alone on its line under a caption and a byline still marks the page head
    const page = ['Warga mengecek air PDAM di Kelurahan Kebonsari, Kota Pasuruan.', 'Pasuruan, Bhirawa', 'Selama Lebaran air PDAM tidak mengalir di sejumlah kelurahan, sehingga warga harus membeli air bersih dari penjual keliling.'];
    expect(checkFurniture(page).map((f) => f.paragraph)).toEqual([0]);
  });

  it('the headline said again above the story, and a section name at the top, are the page\'s', () => {
    const lead = 'Police have arrested 12 more people in connection with the unrest in the capital, Commissioner Matthew Varley said on Tuesday.';
    const f = checkFurniture(['Police arrest more', lead], { headline: 'Police arrest more - Solomon Star News' });
    expect(f.map((x) => [x.paragraph, x.message.includes('headline repeated')])).toEqual([[0, true]]);
    expect(checkFurniture(['Local Goa News', lead]).map((x) => x.paragraph)).toEqual([0]);
    // a story's paragraph that happens to share the headline's words further down stays
    const story = Array.from({ length: 7 }, (_, i) => `${lead} (${i})`);
    expect(checkFurniture([...story, 'Police arrest more'], { headline: 'Police arrest more' })).toEqual([]);
    // ... and the date under a repeated headline is still the page's time stamp
    expect(checkFurniture(['Police arrest more', '30/07/2023', lead], { headline: 'Police arrest more' }).map((x) => x.paragraph)).toEqual([0, 1]);
  });

  it('lines above the paragraph that opens with the dateline are the page head (medium), unless the story began above it', () => {
    const lead = 'KENDARI, TELISIK.ID - Seorang kakek bernama Musali menjadi tulang punggung keluarga sebagai penjual pisang keliling hingga bisa menguliahkan anaknya sampai sarjana di kota ini.';
    const body = 'Setiap hari ia berjalan belasan kilometer membawa pisang dari kebun tetangga yang ia beli dengan harga murah untuk dijual kembali di pasar.';
    const caption = 'Musali menjual pisang keliling di sebuah jalan di Kendari';
    const f = checkFurniture([caption, lead, body]);
    expect(f.map((x) => [x.paragraph, x.confidence])).toEqual([[0, 'medium']]);
    expect(f[0]!.message).toContain('above the dateline');
    expect(applyFix([caption, lead, body], f[0]!.fix!)).toEqual([lead, body]);
    // a summary the story repeats is the duplicate check's; a page broken mid-sentence, a long
    // paragraph above, a hyphenated word and a day of fixtures are no dateline
    expect(checkFurniture(['Seorang kakek bernama Musali menjadi tulang punggung keluarga sebagai penjual pisang', lead, body])).toEqual([]);
    expect(checkFurniture(['West African', 'Examinations Council,', 'NIGERIA - The council released the results.', body])).toEqual([]);
    expect(checkFurniture([[body, body, body].join(' '), caption, lead])).toEqual([]);
    expect(checkFurniture([caption, 'John Lewis, Non-Executive Chairman, said the figures include a profit on the sale of a building.'])).toEqual([]);
    const above = (ps: string[]) => checkFurniture(ps).filter((x) => x.message.includes('above the dateline'));
    expect(above([caption, 'Sabtu, 14 September', body])).toEqual([]);
    // a reporter's draft: a dateline without its outlet, and no page junk above it
    expect(checkFurniture([caption, 'KENDARI - Seorang kakek bernama Musali menjadi tulang punggung keluarga.', body])).toEqual([]);
    expect(checkFurniture(['Rabu, 18 Desember 2024 - 14:48', caption, 'KENDARI - Seorang kakek bernama Musali menjadi tulang punggung keluarga.', body]).map((x) => x.paragraph)).toEqual([0, 1]);
  });

  it('a teaser glued to the end of a story paragraph is a span: the fix keeps the sentence', () => {
    const p = 'Harga cabai di pasar induk naik dua kali lipat, kata pedagang. Baca juga: Harga Bawang Merah Ikut Naik';
    const [f, ...rest] = checkFurniture([p]);
    expect(rest).toEqual([]);
    expect(p.slice(f!.start, f!.end).trim()).toBe('Baca juga: Harga Bawang Merah Ikut Naik');
    expect(applyFix([p], f!.fix!)).toEqual(['Harga cabai di pasar induk naik dua kali lipat, kata pedagang.']);
  });
});

describe('sets 54 and 55 of unseen news', () => {
  it('rows of a list under one recurring label ("- Kondisi listrik:") are two records, not a near repeat; a whole long row pasted again still is', () => {
    const rows = [
      'Rincian dampak angin kencang di tiga dusun:',
      'Dusun Mekar (Sukamaju):',
      '- Rumah rusak: 12 rumah (18 KK).',
      '- Kondisi listrik: Padam sejak pagi, sebagian sudah menyala kembali di rumah warga dan sekolah dasar.',
      'Dusun Harapan (Sukamaju):',
      '- Rumah rusak: 30 rumah (41 KK).',
      '- Kondisi listrik: Sebagian sudah menyala kembali di rumah warga dan sekolah dasar.',
      'Dusun Jaya (Sukamaju):',
      '- Kondisi listrik: Padam total, petugas masih memperbaiki tiang yang roboh di jalan desa.',
    ];
    expect(checkDuplicates(rows)).toEqual([]);
    const pasted = [...rows, rows[3]!];
    expect(checkDuplicates(pasted).map((f) => [f.paragraph, f.related[0]!.paragraph, f.severity])).toEqual([[9, 3, 'error']]);
  });

  it('a teaser line that is a label or a score and a colon before the lead ("Riverside 2, Hill Rovers 0: Two ...") is the copy to cut, above the story', () => {
    const headline = 'Riverside 2, Hill Rovers 0';
    const lead = 'Two second-half goals from Sam Okoro gave Riverside a deserved win over Hill Rovers in the First Division.';
    const story = [
      `${headline}: ${lead}`,
      lead,
      'Okoro opened the scoring five minutes after the break when he met a low cross from the right at the near post.',
      'Hill Rovers pressed for an equaliser but Riverside doubled their lead from the penalty spot with ten minutes left.',
    ];
    const f = checkDuplicates(story, { headline });
    expect(f.map((x) => [x.paragraph, x.related[0]!.paragraph])).toEqual([[0, 1]]);
    expect(f[0]!.message).toContain('This summary above the story is');
    expect(applyFix(story, f[0]!.fix!)).toEqual(story.slice(1));
  });

  it('a standfirst under the page\'s headline that the story retells in its own words gets no card; one copied word for word is the summary to cut', () => {
    const headline = 'Planning appeals to be heard in Welsh';
    const standfirst = 'Several planning appeals were repeatedly postponed at the county hall because the applicants asked for them to be heard in Welsh.';
    const retold = 'Both appeals are among several planning appeals which have been repeatedly postponed at the county hall in Mold, because the applicants wanted them to be heard in Welsh.';
    const page = [
      'Local news 4 March 2021',
      'By Ann Jones',
      headline,
      standfirst,
      'A special sitting will be arranged so that the committee can hear the planning appeals in Welsh.',
      'The chairman said an interpreter had been booked and the sitting would be held in the spring.',
      retold,
      'The applicants include a farmer who wants to build two holiday cottages on his land near the village.',
    ];
    expect(checkDuplicates(page, { headline })).toEqual([]);
    const copied = page.map((p) => (p === retold ? standfirst : p));
    const f = checkDuplicates(copied, { headline });
    expect(f.map((x) => [x.paragraph, x.related[0]!.paragraph])).toEqual([[3, 6]]);
    expect(f[0]!.message).toContain('This summary above the story is repeated word for word in paragraph 7');
    expect(applyFix(copied, f[0]!.fix!)).toEqual(copied.filter((_, i) => i !== 3));
    // a draft without the page's headline line keeps the card on the later paragraph
    expect(checkDuplicates(page.slice(3), { headline }).map((x) => x.paragraph)).toEqual([3]);
  });
});

describe('sets 58 and 59 of unseen news', () => {
  it('a title given again over another notice is the format, not a paste; the same title right after itself still is', () => {
    const notice = (name: string, date: string) => ['Cherwell District Council - Notice of a Parish Councillor Vacancy', `Cherwell District Council have issued a Parish Councillor Vacancy Notice following the notification of the resignation of ${name}.`, `An election to fill the vacancy shall be held if, no later than ${date}, ten electors ask for it in writing.`];
    expect(checkDuplicates(['Notices', ...notice('Robin Stafford Allen', '21st August 2023'), ...notice('Jane Smith', '4th May 2023')])).toEqual([]);
    expect(checkDuplicates(['KFN may have lost up to 10 public housing units to wildfire', 'KFN may have lost up to 10 public housing units to wildfire', 'Ten public housing units on the First Nation have been damaged or burned down following the recent wildfire, the minister says.'])).toHaveLength(1);
  });

  it('an agenda item and, under "Minutes:", its minute are the format of a council page, not a repeat', () => {
    const item = 'To confirm the Minutes of the 253rd meeting of the Rutland County Council District Council held on 11 July 2016.';
    const minute = 'The minutes of the 253rd meeting of the Rutland County Council District Council held on 11 July 2016 were confirmed by the Council and signed by the Chairman.';
    expect(checkDuplicates(['245.', 'MINUTES OF PREVIOUS MEETING', item, 'Minutes:', minute, '246.'])).toEqual([]);
    expect(checkDuplicates(['245.', 'MINUTES OF PREVIOUS MEETING', item, 'Then the council moved on.', minute, '246.'])).toHaveLength(1);
  });
});

describe('sets 60 and 61 of unseen news', () => {
  it('two notices of one formula, each under its own title, are entries of the page; the same formula without titles is still a near repeat', () => {
    const f = (why: string) => `Please note that due to ${why} it will be necessary in the interests of public safety to apply the following restriction to traffic:`;
    expect(checkDuplicates(['Temporary road closure near Echt', f('drainage works and forming an access road'), 'CLOSURE on B977 for 5 days.', 'Temporary restriction on Westhill Drive, Westhill', f('an Olympic Celebration'), 'CLOSURE on Westhill Drive on Sunday for 3 hours.'])).toEqual([]);
    expect(checkDuplicates(['The council met on Monday to discuss the roads.', f('drainage works and forming an access road'), 'CLOSURE on B977 for 5 days.', 'Councillors then heard from residents about the plan.', f('drainage works and forming a new access road'), 'CLOSURE on Westhill Drive for 3 hours.'])).toHaveLength(1);
  });

  it('headlines each dated on the line below, three or more outside the story, are a list of other stories; a chronology inside the story is not', () => {
    const story = ['The first village fair held to raise funds for a new village community centre was a scorching success on Saturday.', 'The £900 raised will go towards kitting out the new hall with items including tables and chairs.'];
    const list = ['Spalding store under new ownership granted alcohol license', '27 Jun 2025', 'Bookmark staff being consulted on future', '27 Jun 2025', 'Job cuts at county’s mental health teams', '26 Jun 2025'];
    expect(checkFurniture([...story, 'more >', ...list]).map((f) => f.paragraph)).toEqual(expect.arrayContaining([3, 4, 5, 6, 7, 8]));
    const diary = ['The expedition kept a diary, and these were its first three days on the ice.', 'Arrival at base camp', '3 March 2024', 'The team set up its tents and checked the sledges before the storm came in.', 'First crossing', '4 March 2024', 'They crossed the first glacier in six hours and camped on the far side of it.', 'Storm day', '5 March 2024', 'Nobody left the tents all day while the wind blew at ninety kilometres an hour.'];
    expect(checkFurniture(diary)).toEqual([]);
  });

  it('a pull quote opening the page, given again in the story, is the copy to cut', () => {
    const q = '“The average rate increase is significantly higher than the 4.59% forecast in our Long Term Plan, but a lot has changed since the plan was adopted two years ago.”';
    const found = checkDuplicates([q, 'Gore and Mataura residents will pay between $4.75 and $6.86 a week more in rates after the council adopted its annual plan.', 'The plan delivers a 10.97% district-wide average rate increase.', 'The general manager said the revaluation had a knock-on effect for lower value properties.', q, 'Mayor Ben Bell commended staff for their work.']);
    expect(found.map((f) => f.paragraph)).toEqual([0]);
  });
});
