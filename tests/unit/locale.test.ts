/**
 * The id/en locale layer on real news sentences (the seed article, detik.com and BBC style):
 * numbers, percentages, currencies, times, dates, weekdays, names and titles.
 */
import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  editDistance,
  findDates,
  findNumbers,
  findPersons,
  nameTokens,
  parseDigits,
  spelledValue,
  titlesAgree,
  weekdayOf,
} from '../../shared/analysis/locale/index.js';
import type { ArticleLanguage } from '../../shared/model/finding.js';

const nums = (text: string, lang: ArticleLanguage) => {
  const dates = findDates(text, lang).map((d) => ({ start: d.dateStart, end: d.dateEnd }));
  return findNumbers(text, lang, dates).map((n) => ({ raw: n.raw, value: n.value, kind: n.kind, ...(n.currency ? { currency: n.currency } : {}) }));
};

describe('numbers, Indonesian', () => {
  it('decimal comma and dot thousands (seed: "dengan nilai 96,45", detik: "Rp 75.000")', () => {
    expect(nums('Pemkot Tangsel meraih penghargaan dengan nilai 96,45 zona hijau kualitas tertinggi.', 'id')).toEqual([{ raw: '96,45', value: 96.45, kind: 'number' }]);
    expect(nums('Sebanyak 1.500 warga menerima bantuan sebesar Rp 75.000 per orang.', 'id')).toEqual([
      { raw: '1.500', value: 1500, kind: 'number' },
      { raw: 'Rp 75.000', value: 75000, kind: 'currency', currency: 'IDR' },
    ]);
  });

  it('scale words and currencies: "1,5 juta", "Rp 2,3 triliun", "Rp700 Triliun", "US$ 1,5 triliun"', () => {
    expect(nums('Jumlah penumpang mencapai 1,5 juta orang, dengan anggaran Rp 2,3 triliun.', 'id')).toEqual([
      { raw: '1,5 juta', value: 1_500_000, kind: 'number' },
      { raw: 'Rp 2,3 triliun', value: 2.3e12, kind: 'currency', currency: 'IDR' },
    ]);
    expect(nums('dari awalnya Rp700 Triliun pada 2013 naik menjadi Rp1.532 triliun', 'id').map((n) => n.value)).toEqual([700e12, 2013, 1532e12]);
    expect(nums('GDP RI berada di rentang US$ 1,5 triliun hingga US$ 1,6 triliun.', 'id').map((n) => [n.currency, n.value])).toEqual([
      ['USD', 1.5e12],
      ['USD', 1.6e12],
    ]);
    // a currency code written without its space; letters before a figure otherwise make a word ("G20")
    expect(nums('Terdiri dari USD900 juta gaji dan GBP20 juta bonus, dibahas di KTT G20.', 'id').map((n) => [n.raw, n.currency, n.value])).toEqual([
      ['USD900 juta', 'USD', 900e6],
      ['GBP20 juta', 'GBP', 20e6],
    ]);
  });

  it('percentages: "5,95 persen", "12,5%"; years are years', () => {
    expect(nums('Saya diberi amanat sejak September 2022, ketika inflasi mencapai 5,95 persen.', 'id')).toEqual([
      { raw: '2022', value: 2022, kind: 'year' },
      { raw: '5,95 persen', value: 5.95, kind: 'percent' },
    ]);
    expect(nums('Pertumbuhan 12,5% pada tahun 2024.', 'id')).toEqual([
      { raw: '12,5%', value: 12.5, kind: 'percent' },
      { raw: '2024', value: 2024, kind: 'year' },
    ]);
  });

  it('"10.30 WIB" and "pukul 14.00" are times, not 10.3 or 14', () => {
    expect(nums('Rapat dimulai pukul 10.30 WIB dan selesai pukul 14.00.', 'id')).toEqual([
      { raw: '10.30 WIB', value: 630, kind: 'time' },
      { raw: '14.00', value: 840, kind: 'time' },
    ]);
  });

  it('spelled-out numbers up to hundreds: "dua puskesmas", "dua ratus lima puluh", "tiga belas", "sebelas"', () => {
    expect(nums('Penghargaan semakin lengkap saat dua puskesmas di Tangsel juga meraih penghargaan.', 'id')).toEqual([{ raw: 'dua', value: 2, kind: 'number' }]);
    expect(spelledValue(['dua', 'ratus', 'lima', 'puluh', 'tiga'], 'id')).toBe(253);
    expect(spelledValue(['tiga', 'belas'], 'id')).toBe(13);
    expect(spelledValue(['sebelas'], 'id')).toBe(11);
    expect(spelledValue(['seratus', 'dua'], 'id')).toBe(102);
    expect(nums('sebanyak tiga ratus orang', 'id')[0]?.value).toBe(300);
  });

  it('parseDigits keeps the conventions apart', () => {
    expect(parseDigits('1.500', 'id')?.value).toBe(1500);
    expect(parseDigits('1.500', 'en')?.value).toBe(1.5);
    expect(parseDigits('1,200', 'en')?.value).toBe(1200);
    expect(parseDigits('1,200', 'id')?.value).toBe(1.2);
    expect(parseDigits('1.234.567,89', 'id')?.value).toBe(1234567.89);
  });
});

describe('numbers, English', () => {
  it('BBC business copy: "jumped 76% to $1.13bn (£600m) ... from $639m"', () => {
    expect(nums('Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.', 'en')).toEqual([
      { raw: '76%', value: 76, kind: 'percent' },
      { raw: '$1.13bn', value: 1.13e9, kind: 'currency', currency: 'USD' },
      { raw: '£600m', value: 6e8, kind: 'currency', currency: 'GBP' },
      { raw: 'three', value: 3, kind: 'number' },
      { raw: '$639m', value: 6.39e8, kind: 'currency', currency: 'USD' },
    ]);
  });

  it('"1,200", "12.5%", "3.4 million", "464,000 subscribers", "2 percentage points"', () => {
    expect(nums('It lost 464,000 subscribers; 1,200 jobs went and 3.4 million users left, a 12.5% fall, or 2 percentage points.', 'en')).toEqual([
      { raw: '464,000', value: 464000, kind: 'number' },
      { raw: '1,200', value: 1200, kind: 'number' },
      { raw: '3.4 million', value: 3.4e6, kind: 'number' },
      { raw: '12.5%', value: 12.5, kind: 'percent' },
      { raw: '2 percentage points', value: 2, kind: 'percent' },
    ]);
  });

  it('an amount grouped by spaces after a currency sign is one amount ("US$548 195 000"); bare figures side by side stay apart', () => {
    expect(nums('Of the US$548 195 000 budget, US$137 335 000 will be spent on capital projects.', 'en')).toEqual([
      { raw: 'US$548 195 000', value: 548195000, kind: 'currency', currency: 'USD' },
      { raw: 'US$137 335 000', value: 137335000, kind: 'currency', currency: 'USD' },
    ]);
    expect(nums('In 2024 100 people came, 12 000 more than expected.', 'en').map((n) => n.raw)).toEqual(['2024', '100', '12', '000']);
  });

  it('a year cut to two digits after an apostrophe is a year ("Festivals \'24:"); a quoted phrase opening with a figure is not', () => {
    expect(nums("Festivals '24: Tomorrowland, Parklife, Afro Nation", 'en')).toEqual([{ raw: '24', value: 24, kind: 'year' }]);
    expect(nums("Warung itu buka '24 jam' setiap hari.", 'id')).toEqual([{ raw: '24', value: 24, kind: 'number' }]);
  });

  it('times: "at 10:30", "10.30am"', () => {
    expect(nums('The meeting starts at 10:30 and the vote at 10.30am.', 'en').map((n) => [n.kind, n.value])).toEqual([
      ['time', 630],
      ['time', 630],
    ]);
  });

  it('spelled-out numbers: "twenty-five", "one hundred and five", "a hundred"', () => {
    expect(nums('Some twenty-five people and one hundred and five firms, a hundred in all.', 'en').map((n) => n.value)).toEqual([25, 105, 100]);
    expect(spelledValue(['two', 'hundred', 'and', 'fifty', 'three'], 'en')).toBe(253);
  });
});

describe('dates and weekdays', () => {
  it('seed: "Rabu (4/12/2024)" is day/month/year and 4 December 2024 was a Wednesday', () => {
    const [d] = findDates('diterima Wali Kota Tangsel Benyamin Davnie di Pendopo Gubernur Banten, KP3B, Serang, Rabu (4/12/2024).', 'id');
    expect(d).toMatchObject({ day: 4, month: 12, year: 2024, weekday: 3, weekdayText: 'Rabu' });
    expect(weekdayOf(2024, 12, 4)).toBe(3);
  });

  it('Indonesian forms: "Kamis, 5 Desember 2024", "Jum\'at (6/12/2024)", "Jumat", "Ahad", "Minggu", old "Pebruari"', () => {
    const text = "Sidang digelar Kamis, 5 Desember 2024, dilanjutkan Jum'at (6/12/2024), Jumat (13/12/2024), Ahad (8/12/2024) dan Minggu (15/12/2024). Pada 4 Pebruari 2023 juga.";
    const ds = findDates(text, 'id');
    expect(ds.map((d) => [d.weekdayText ?? null, d.day, d.month, d.year])).toEqual([
      ['Kamis', 5, 12, 2024],
      ["Jum'at", 6, 12, 2024],
      ['Jumat', 13, 12, 2024],
      ['Ahad', 8, 12, 2024],
      ['Minggu', 15, 12, 2024],
      [null, 4, 2, 2023],
    ]);
    for (const d of ds.filter((x) => x.weekday !== undefined)) expect(weekdayOf(d.year!, d.month!, d.day!)).toBe(d.weekday);
  });

  it('detik: "Selasa (21/10/2025)" and a date without a year "Rabu (10/6)"', () => {
    const ds = findDates('"Kita mampu menjaga inflasi," ujar Prabowo dalam keterangannya, Selasa (21/10/2025). Lalu Rabu (10/6) ia kembali.', 'id');
    expect(ds.map((d) => [d.weekdayText, d.day, d.month, d.year ?? null])).toEqual([
      ['Selasa', 21, 10, 2025],
      ['Rabu', 10, 6, null],
    ]);
  });

  it('English forms: "Wednesday, Dec. 4, 2024", "Thursday 5 December 2024"', () => {
    const ds = findDates('The award was handed over on Wednesday, Dec. 4, 2024, and celebrated on Thursday 5 December 2024.', 'en');
    expect(ds.map((d) => [d.weekdayText, d.day, d.month, d.year])).toEqual([
      ['Wednesday', 4, 12, 2024],
      ['Thursday', 5, 12, 2024],
    ]);
  });

  it('English numeric dates follow the configured order; Indonesian is always day/month', () => {
    const text = 'The report dated 4/12/2024 was published.';
    expect(findDates(text, 'en', 'mdy')[0]).toMatchObject({ month: 4, day: 12 });
    expect(findDates(text, 'en', 'dmy')[0]).toMatchObject({ day: 4, month: 12 });
    expect(findDates('Laporan bertanggal 4/12/2024 terbit.', 'id', 'mdy')[0]).toMatchObject({ day: 4, month: 12 });
  });

  it('a bare fraction or score is not a date; "31/2/2024" is not a real date', () => {
    expect(findDates('Skor akhir 3/1 untuk tuan rumah.', 'id')).toEqual([]);
    // a bowler's figures (overs, maidens, runs, wickets) are four figures, not a date with "day 0"
    expect(findDates('Abrar recorded figures of 4-0-31-2, while Amir went for 4-0-30-1.', 'en')).toEqual([]);
    expect(weekdayOf(2024, 2, 31)).toBeNull();
  });
});

describe('names and titles', () => {
  it('seed: titled people, with the office before the name', () => {
    const ps = findPersons('Penghargaan diserahkan Kepala Kantor Perwakilan Ombudsman Banten Fadli Afriadi dan diterima Wakil Wali Kota Pilar Saga Ichsan.', 'id');
    expect(ps.map((p) => [p.title, p.name])).toEqual([
      ['Kepala Kantor Perwakilan Ombudsman Banten', 'Fadli Afriadi'],
      ['Wakil Wali Kota', 'Pilar Saga Ichsan'],
    ]);
  });

  it('English honorifics: "Mr Blair", "Dr. Jane Smith", "Prime Minister Tony Blair"', () => {
    const ps = findPersons('Mr Blair met Dr. Jane Smith before Prime Minister Tony Blair spoke.', 'en');
    expect(ps.map((p) => [p.title, p.name])).toEqual([
      ['Mr', 'Blair'],
      ['Dr.', 'Jane Smith'],
      ['Prime Minister', 'Tony Blair'],
    ]);
  });

  it('capitalised tokens know their neighbours and whether they open a sentence', () => {
    const t = nameTokens('Usai menerima penghargaan, Wali Kota Benyamin mengucapkan syukur.');
    expect(t.map((x) => [x.text, x.prev ?? null, x.sentenceStart])).toEqual([
      ['Usai', null, true],
      ['Wali', null, false],
      ['Kota', 'Wali', false],
      ['Benyamin', 'Kota', false],
    ]);
  });

  it('offices agree across wording but not across rank: "Kepala Kantor Perwakilan Ombudsman Banten" vs the base', () => {
    expect(titlesAgree('Kepala Kantor Perwakilan Ombudsman Banten', 'Kepala Perwakilan Ombudsman RI Provinsi Banten').agree).toBe(true);
    expect(titlesAgree('Kepala Kantor Perwakilan Ombudsman Banten', 'Wakil Kepala Perwakilan Ombudsman RI Provinsi Banten')).toEqual({ agree: false, why: 'rank' });
    expect(titlesAgree('Ketua Komisi III DPR', 'Kepala Komisi III DPR')).toEqual({ agree: false, why: 'head' });
    expect(titlesAgree('Chief Executive', 'Deputy Chief Executive').agree).toBe(false);
  });

  it('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('davnie', 'davni')).toBe(1);
    expect(editDistance('afriadi', 'afriyadi')).toBe(1);
    expect(editDistance('iwata', 'iwtaa')).toBe(1);
    expect(editDistance('jakarta', 'bandung', 2)).toBe(3);
  });
});

describe('language detection', () => {
  it('tells the seed (Indonesian) from BBC copy (English)', () => {
    expect(detectLanguage(['Usai menerima penghargaan, Wali Kota Benyamin mengucapkan rasa syukur atas penghargaan yang diberikan Ombudsman.'])).toBe('id');
    expect(detectLanguage(['The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.'])).toBe('en');
  });
});
