/** UI-language strings of the duplicate and furniture checks (English, Bahasa Indonesia). */
import type { UiLanguage } from '../model/finding.js';
import { tr, type Bilingual } from '../model/bilingual.js';
import type { FurnitureKind } from './furniture-kinds.js';

const FURNITURE_KIND: Record<FurnitureKind, Bilingual> = {
  loading: { en: 'a loading indicator', id: 'indikator memuat' },
  'font-size': { en: 'a font-size button', id: 'tombol ukuran huruf' },
  teaser: { en: 'a "read more" teaser', id: 'tautan "baca juga"' },
  share: { en: 'a share or follow prompt', id: 'ajakan berbagi atau mengikuti' },
  advert: { en: 'an advertising or scroll marker', id: 'penanda iklan atau gulir' },
  consent: { en: 'a cookie or subscription prompt', id: 'ajakan cookie atau berlangganan' },
  credit: { en: 'a photo credit or publishing note', id: 'keterangan foto atau catatan terbit' },
  caption: { en: 'a photo caption', id: 'keterangan foto' },
  label: { en: 'a name the page shows above the story', id: 'nama yang ditampilkan halaman di atas naskah' },
  'above-dateline': { en: 'a line the page shows above the dateline: a caption, byline, date or summary', id: 'baris yang ditampilkan halaman di atas dateline: keterangan foto, nama penulis, tanggal, atau ringkasan' },
  byline: { en: 'a reporter or editor credit line', id: 'baris nama wartawan atau editor' },
  embed: { en: 'an embed marker', id: 'penanda sisipan (embed)' },
  breadcrumb: { en: 'a breadcrumb trail', id: 'jejak navigasi (breadcrumb)' },
  pagination: { en: 'a pagination link', id: 'tautan halaman' },
  tags: { en: 'a tag list', id: 'daftar tag' },
  headline: { en: 'the headline repeated', id: 'judul yang diulang' },
  meta: { en: 'a time stamp, reading time, view count or icon label', id: 'cap waktu, lama baca, jumlah pembaca atau label ikon' },
  desk: { en: "on your desk's list", id: 'ada di daftar desk Anda' },
};

function quote(s: string, max = 60): string {
  const t = s.length > max ? s.slice(0, max - 1) + '…' : s;
  return `“${t}”`;
}

export const msg = {
  furniture(ui: UiLanguage, kind: FurnitureKind, text: string, wholeLine: boolean): string {
    const k = FURNITURE_KIND[kind][ui];
    return wholeLine
      ? tr(ui, `${quote(text)} is website page furniture (${k}), not part of the story.`, `${quote(text)} adalah sisa tampilan situs (${k}), bukan bagian naskah.`)
      : tr(ui, `${quote(text)} inside this paragraph is website page furniture (${k}), not part of the story.`, `${quote(text)} di dalam paragraf ini adalah sisa tampilan situs (${k}), bukan bagian naskah.`);
  },
  furnitureFix(ui: UiLanguage, wholeLine: boolean): string {
    return wholeLine ? tr(ui, 'Delete line', 'Hapus baris') : tr(ui, 'Delete it', 'Hapus bagian itu');
  },
  duplicate(ui: UiLanguage, other: number, exact: boolean, percent: number): string {
    return exact
      ? tr(ui, `This paragraph repeats paragraph ${other + 1} word for word.`, `Paragraf ini mengulang paragraf ${other + 1} kata demi kata.`)
      : tr(ui, `This paragraph nearly repeats paragraph ${other + 1} (${percent}% of the words match).`, `Paragraf ini hampir sama dengan paragraf ${other + 1} (${percent}% kata sama).`);
  },
  duplicateInBlock(ui: UiLanguage, base: string, from: number, to: number, origFrom: number, origTo: number): string {
    return tr(ui, `${base} Paragraphs ${from + 1}–${to + 1} repeat the block of paragraphs ${origFrom + 1}–${origTo + 1}.`, `${base} Paragraf ${from + 1}–${to + 1} mengulang blok paragraf ${origFrom + 1}–${origTo + 1}.`);
  },
  duplicateCaption(ui: UiLanguage, other: number, exact: boolean, percent: number): string {
    return exact
      ? tr(ui, `This photo caption repeats paragraph ${other + 1} word for word; the story already says it.`, `Keterangan foto ini mengulang paragraf ${other + 1} kata demi kata; naskah sudah memuatnya.`)
      : tr(ui, `This photo caption nearly repeats paragraph ${other + 1} (${percent}% of the words match); the story already says it.`, `Keterangan foto ini hampir sama dengan paragraf ${other + 1} (${percent}% kata sama); naskah sudah memuatnya.`);
  },
  duplicateWithin(ui: UiLanguage, other: number, percent: number): string {
    return tr(ui, `Paragraph ${other + 1} says all of this paragraph again (${percent}% of its words) and more.`, `Paragraf ${other + 1} memuat ulang isi paragraf ini (${percent}% katanya) dan lebih.`);
  },
  duplicateSummary(ui: UiLanguage, other: number, exact: boolean, percent: number): string {
    return exact
      ? tr(ui, `This summary above the story is repeated word for word in paragraph ${other + 1}, where the story tells it.`, `Ringkasan di atas naskah ini diulang kata demi kata di paragraf ${other + 1}, tempat naskah menceritakannya.`)
      : tr(ui, `This summary above the story is nearly repeated in paragraph ${other + 1} (${percent}% of the words match), where the story tells it.`, `Ringkasan di atas naskah ini hampir sama dengan paragraf ${other + 1} (${percent}% kata sama), tempat naskah menceritakannya.`);
  },
  duplicateSummaryFix(ui: UiLanguage): string {
    return tr(ui, 'Delete the summary', 'Hapus ringkasan');
  },
  duplicateCaptionFix(ui: UiLanguage): string {
    return tr(ui, 'Delete the caption', 'Hapus keterangan foto');
  },
  duplicateFix(ui: UiLanguage): string {
    return tr(ui, 'Delete the repeated paragraph', 'Hapus paragraf berulang');
  },
  blockFix(ui: UiLanguage, from: number, to: number): string {
    return tr(ui, `Remove the repeated block (paragraphs ${from + 1}–${to + 1})`, `Hapus blok berulang (paragraf ${from + 1}–${to + 1})`);
  },
  archive(ui: UiLanguage, label: string, other: number, exact: boolean, percent: number): string {
    // a story with neither headline nor text is still named, never "?"
    const l = label ? quote(label, 80) : tr(ui, 'an untitled story', 'berita tanpa judul');
    return exact
      ? tr(ui, `This paragraph repeats paragraph ${other + 1} of ${l} in the archive word for word.`, `Paragraf ini sama persis dengan paragraf ${other + 1} dari ${l} di arsip.`)
      : tr(ui, `This paragraph nearly repeats paragraph ${other + 1} of ${l} in the archive (${percent}% of the words match).`, `Paragraf ini hampir sama dengan paragraf ${other + 1} dari ${l} di arsip (${percent}% kata sama).`);
  },
};
