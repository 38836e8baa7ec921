/** UI-language strings of the duplicate and furniture checks (English, Bahasa Indonesia). */
import type { UiLanguage } from '../model/finding.js';
import type { FurnitureKind } from './furniture-kinds.js';

const FURNITURE_KIND: Record<FurnitureKind, { en: string; id: string }> = {
  loading: { en: 'a loading indicator', id: 'indikator memuat' },
  'font-size': { en: 'a font-size button', id: 'tombol ukuran huruf' },
  teaser: { en: 'a "read more" teaser', id: 'tautan "baca juga"' },
  share: { en: 'a share or follow prompt', id: 'ajakan berbagi atau mengikuti' },
  advert: { en: 'an advertising or scroll marker', id: 'penanda iklan atau gulir' },
  consent: { en: 'a cookie or subscription prompt', id: 'ajakan cookie atau berlangganan' },
  credit: { en: 'a photo credit or publishing note', id: 'keterangan foto atau catatan terbit' },
  byline: { en: 'a reporter or editor credit line', id: 'baris nama wartawan atau editor' },
  embed: { en: 'an embed marker', id: 'penanda sisipan (embed)' },
  breadcrumb: { en: 'a breadcrumb trail', id: 'jejak navigasi (breadcrumb)' },
  pagination: { en: 'a pagination link', id: 'tautan halaman' },
  tags: { en: 'a tag list', id: 'daftar tag' },
  desk: { en: "on your desk's list", id: 'ada di daftar desk Anda' },
};

function quote(s: string, max = 60): string {
  const t = s.length > max ? s.slice(0, max - 1) + '…' : s;
  return `“${t}”`;
}

export const msg = {
  furniture(ui: UiLanguage, kind: FurnitureKind, text: string, wholeLine: boolean): string {
    const k = FURNITURE_KIND[kind][ui];
    if (ui === 'id') {
      return wholeLine
        ? `${quote(text)} adalah sisa tampilan situs (${k}), bukan bagian naskah.`
        : `${quote(text)} di dalam paragraf ini adalah sisa tampilan situs (${k}), bukan bagian naskah.`;
    }
    return wholeLine
      ? `${quote(text)} is website page furniture (${k}), not part of the story.`
      : `${quote(text)} inside this paragraph is website page furniture (${k}), not part of the story.`;
  },
  furnitureFix(ui: UiLanguage, wholeLine: boolean): string {
    if (ui === 'id') return wholeLine ? 'Hapus baris' : 'Hapus bagian itu';
    return wholeLine ? 'Delete line' : 'Delete it';
  },
  duplicate(ui: UiLanguage, other: number, exact: boolean, percent: number): string {
    if (ui === 'id') {
      return exact
        ? `Paragraf ini mengulang paragraf ${other + 1} kata demi kata.`
        : `Paragraf ini hampir sama dengan paragraf ${other + 1} (${percent}% kata sama).`;
    }
    return exact
      ? `This paragraph repeats paragraph ${other + 1} word for word.`
      : `This paragraph nearly repeats paragraph ${other + 1} (${percent}% of the words match).`;
  },
  duplicateInBlock(ui: UiLanguage, base: string, from: number, to: number, origFrom: number, origTo: number): string {
    if (ui === 'id') return `${base} Paragraf ${from + 1}–${to + 1} mengulang blok paragraf ${origFrom + 1}–${origTo + 1}.`;
    return `${base} Paragraphs ${from + 1}–${to + 1} repeat the block of paragraphs ${origFrom + 1}–${origTo + 1}.`;
  },
  duplicateFix(ui: UiLanguage): string {
    return ui === 'id' ? 'Hapus paragraf berulang' : 'Delete the repeated paragraph';
  },
  blockFix(ui: UiLanguage, from: number, to: number): string {
    return ui === 'id'
      ? `Hapus blok berulang (paragraf ${from + 1}–${to + 1})`
      : `Remove the repeated block (paragraphs ${from + 1}–${to + 1})`;
  },
  archive(ui: UiLanguage, label: string, other: number, exact: boolean, percent: number): string {
    const l = quote(label || '?', 80);
    if (ui === 'id') {
      return exact
        ? `Paragraf ini sama persis dengan paragraf ${other + 1} dari ${l} di arsip.`
        : `Paragraf ini hampir sama dengan paragraf ${other + 1} dari ${l} di arsip (${percent}% kata sama).`;
    }
    return exact
      ? `This paragraph repeats paragraph ${other + 1} of ${l} in the archive word for word.`
      : `This paragraph nearly repeats paragraph ${other + 1} of ${l} in the archive (${percent}% of the words match).`;
  },
};
