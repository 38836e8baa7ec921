import zlib from 'node:zlib';
import { loadCorpus } from '/work/wt/storage/tests/helpers/corpus.js';
import { synthesize } from '/work/wt/storage/bench/duplicates.js';
import { docFromParagraphs } from '/work/wt/storage/shared/model/lexical-doc.js';
import { bodyFields } from '/work/wt/storage/main/services/drafts.js';
const corpus = loadCorpus()!;
const gen = synthesize([...corpus.detik, ...corpus.bbc], Number.MAX_SAFE_INTEGER, 20020);
const docs: string[] = [];
for (let i = 0; i < 300; i++) {
  const ps: string[] = []; let w = 0;
  while (w < 780) { const s = gen.next().value!; for (const p of s.paragraphs) { ps.push(p); w += p.split(/\s+/).length; if (w >= 780) break; } }
  const f = bodyFields(docFromParagraphs(ps));
  docs.push(JSON.stringify(f.body) + '\u0000' + f.plainText);
}
const avg = (f: (b: Buffer) => Buffer) => { const t = performance.now(); let s = 0; for (const d of docs) s += f(Buffer.from(d)).length; return [Math.round(s / docs.length), ((performance.now() - t) / docs.length).toFixed(3) + 'ms']; };
console.log('raw', avg((b) => b));
for (const l of [1, 6, 9]) console.log('deflate', l, avg((b) => zlib.deflateRawSync(b, { level: l })));
for (const q of [4, 5, 6, 9, 11]) console.log('brotli', q, avg((b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } })));
const bro = docs.map((d) => zlib.brotliCompressSync(Buffer.from(d), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }));
let t = performance.now(); for (const b of bro) zlib.brotliDecompressSync(b); console.log('brotli dec', ((performance.now() - t) / bro.length).toFixed(3));
const df = docs.map((d) => zlib.deflateRawSync(Buffer.from(d)));
t = performance.now(); for (const b of df) zlib.inflateRawSync(b); console.log('inflate', ((performance.now() - t) / df.length).toFixed(3));
const texts = docs.map((d) => d.slice(d.indexOf('\u0000') + 1));
const avgT = (f: (b: Buffer) => Buffer) => { let s = 0; for (const d of texts) s += f(Buffer.from(d)).length; return Math.round(s / texts.length); };
console.log('text raw', avgT((b) => b), 'deflate6', avgT((b) => zlib.deflateRawSync(b, { level: 6 })), 'brotli5', avgT((b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })), 'brotli11', avgT((b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })));
import Database from 'better-sqlite3';
for (const detail of ['full', 'column']) {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE d(headline TEXT, plain_text TEXT); CREATE VIRTUAL TABLE f USING fts5(headline, plain_text, content='d', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', detail=${detail});`);
  const ins = db.prepare('INSERT INTO d VALUES (?, ?)');
  const fi = db.prepare('INSERT INTO f(rowid, headline, plain_text) VALUES (?, ?, ?)');
  for (let r = 0; r < 10; r++) texts.forEach((t, i) => { const id = ins.run('judul ' + i, t).lastInsertRowid; fi.run(id, 'judul ' + i, t); });
  db.exec("INSERT INTO f(f) VALUES('optimize')");
  const sz = db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'f_%'").pluck().get() as number;
  const q = db.prepare(`SELECT rowid, snippet(f, -1, '[[', ']]', '…', 16) s, bm25(f, 5.0, 1.0) b FROM f WHERE f MATCH ? ORDER BY b LIMIT 3`).all('"presiden"* "jakarta"*');
  console.log(detail, Math.round(sz / (texts.length * 10)), JSON.stringify(q).slice(0, 400));
}
