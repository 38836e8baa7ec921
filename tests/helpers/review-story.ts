/**
 * A short Indonesian story as a reporter submitted it and as the editor changed it: three changes
 * (a word replaced in paragraph 2, words added in paragraph 5, a new last paragraph). The review's
 * compare view is tested on it and the screenshot tour shows it.
 */
export const SUBMITTED = [
  'Hujan deras mengguyur Bekasi sejak Senin malam sehingga ratusan rumah di tiga kecamatan terendam air.',
  'Petugas BPBD mengevakuasi warga lanjut usia dan anak-anak ke masjid terdekat menggunakan perahu karet.',
  'Wali kota meminta warga tetap waspada karena hujan diperkirakan turun hingga akhir pekan.',
  'Dinas sosial membuka dapur umum di kantor kecamatan untuk para pengungsi.',
  'Sekolah di dua kelurahan diliburkan sampai air surut.',
  'Warga berharap pemerintah segera memperbaiki tanggul yang jebol di bantaran kali.',
];

export const EDITED = [
  SUBMITTED[0]!,
  SUBMITTED[1]!.replace('perahu karet', 'truk'),
  SUBMITTED[2]!,
  SUBMITTED[3]!,
  SUBMITTED[4]!.replace('sampai air surut', 'sampai air benar-benar surut'),
  SUBMITTED[5]!,
  'Hingga Selasa siang belum ada laporan korban jiwa.',
];
