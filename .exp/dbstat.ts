import { openDatabase } from '../main/store/database.js';
const db = openDatabase(process.argv[2]!, { readonly: true });
const n = db.prepare('SELECT count(*) FROM drafts').pluck().get() as number;
const rows = db.prepare('SELECT name, sum(pgsize) AS b, sum(payload) AS p, count(*) AS pages FROM dbstat GROUP BY name ORDER BY b DESC').all() as Array<{ name: string; b: number; p: number; pages: number }>;
console.log('stories', n, 'page_size', db.pragma('page_size', { simple: true }));
for (const r of rows) if (r.b / n >= 1) console.log(r.name.padEnd(36), Math.round(r.b / n), 'payload', Math.round(r.p / n));
console.log('total', Math.round(rows.reduce((a, r) => a + r.b, 0) / n));
