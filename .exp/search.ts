import { openDatabase } from '../main/store/database.js';
import { DraftsRepo } from '../main/store/drafts-repo.js';
const db = openDatabase(process.argv[2]!, { readonly: true });
const repo = new DraftsRepo(db);
for (const q of ['"presiden"*', '"jakarta"* "banjir"*', '"pemerintah"*', '"said"*', '"kpk"*']) {
  const n = db.prepare('SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH ?').pluck().get(q);
  const ts: number[] = [];
  for (let i = 0; i < 3; i++) { const t = performance.now(); repo.search(q, 50); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(q.padEnd(24), 'matches', n, 'ms median', ts[1]!.toFixed(1), 'min', ts[0]!.toFixed(1), 'max', ts[2]!.toFixed(1));
}
