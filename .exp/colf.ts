import { openDatabase } from '../main/store/database.js';
const db = openDatabase(process.argv[2]!, { readonly: true });
for (const q of ['{headline} : ("presiden"* "jokowi"*)', 'headline : ("presiden"*)', '{headline}: ("said"*)']) {
  try { const t = performance.now(); const n = db.prepare('SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH ?').pluck().get(q); console.log(q, n, (performance.now() - t).toFixed(1)); } catch (e) { console.log(q, String(e)); }
}
