import zlib from 'node:zlib';
import { packBody } from '../main/store/body-packing.js';
import { loadCorpus } from '../tests/helpers/corpus.js';
import { docFromParagraphs } from '../shared/model/lexical-doc.js';
import { bodyFields } from '../main/services/drafts.js';
const c = loadCorpus()!;
const ps: string[] = []; let w = 0;
for (const s of [...c.detik, ...c.bbc]) { for (const p of s.paragraphs) { ps.push(p); w += p.split(/\s+/).length; } if (w > 10000) break; }
const f = bodyFields(docFromParagraphs(ps));
const json = JSON.stringify(f.body);
const fmt = { ...f.body, root: { ...(f.body as any).root, format: 'x' } };
const jf = JSON.stringify(fmt);
console.log('words', w, 'json', json.length);
const time = (name: string, fn: () => Buffer) => { const ts: number[] = []; let n = 0; for (let i = 0; i < 15; i++) { const t = performance.now(); n = fn().length; ts.push(performance.now() - t); } ts.sort((a, b) => a - b); console.log(name.padEnd(20), n, ts[7]!.toFixed(2), 'ms'); };
time('packBody plain', () => packBody(json, f.plainText));
time('packBody lexical', () => packBody(jf, f.plainText));
for (const q of [1, 3, 4, 5]) time('brotli q' + q, () => zlib.brotliCompressSync(Buffer.from(jf + '\0' + f.plainText), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q } }));
time('deflate 1', () => zlib.deflateRawSync(Buffer.from(jf + '\0' + f.plainText), { level: 1 }));
time('deflate 6', () => zlib.deflateRawSync(Buffer.from(jf + '\0' + f.plainText), { level: 6 }));
