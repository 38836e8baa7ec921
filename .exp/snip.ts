import Database from 'better-sqlite3';
const db = new Database(':memory:');
db.exec(`CREATE TABLE d(headline, t); CREATE VIRTUAL TABLE f USING fts5(headline, t, content='d', content_rowid='rowid', detail=column);
INSERT INTO d VALUES ('Banjir rendam Bekasi','x'),('Cuaca','Hujan memicu banjir di Bekasi'),('Lalu','Banjir menutup jalan di Bekasi'); INSERT INTO f(f) VALUES('rebuild');`);
for (const sql of ["SELECT rowid, snippet(f,-1,'[',']','…',16) s FROM f WHERE f MATCH ? AND rowid = CAST(? AS INTEGER)", "SELECT f.rowid, snippet(f,-1,'[',']','…',16) s FROM f JOIN d ON d.rowid = f.rowid WHERE f MATCH ? AND f.rowid = ?"]) {
  const st = db.prepare(sql);
  console.log([1, 2, 3].map((r) => JSON.stringify(st.get('"banjir"* "bekasi"*', r))).join(' '));
}
