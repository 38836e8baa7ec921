/**
 * One test per migration (Signal Desktop's idiom): build the database at N-1, insert rows the
 * way the older version wrote them, migrate to N, check the old rows survived and the new
 * schema works.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../main/store/migrate.js';
import { DraftsRepo } from '../../main/store/drafts-repo.js';

function at(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}

describe('migration 2 (exports)', () => {
  it('keeps existing drafts and records exports that cascade with their draft', () => {
    const db = at(1);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Old story', '{}', '2024-01-01', '2024-01-01')").run();
    db.prepare("INSERT INTO revisions (draft_id, created_at, reason, status, body) VALUES ('d1', '2024-01-01', 'manual', 'draft', '{}')").run();
    migrate(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT headline FROM drafts WHERE id = 'd1'").get()).toEqual({ headline: 'Old story' });
    db.prepare("INSERT INTO exports (draft_id, revision_id, draft_version, target, at) VALUES ('d1', 1, 1, 'html', '2024-01-02')").run();
    db.prepare('DELETE FROM revisions').run();
    expect(db.prepare('SELECT revision_id FROM exports').get()).toEqual({ revision_id: null }); // history outlives pruned revisions
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM exports').get()).toEqual({ n: 0 });
  });
});

describe('migration 3 (decisions)', () => {
  it('keeps drafts and exports, stores one decision per finding, cascades with the draft', () => {
    const db = at(2);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Old story', '{}', '2024-01-01', '2024-01-01')").run();
    db.prepare("INSERT INTO exports (draft_id, draft_version, target, at) VALUES ('d1', 1, 'md', '2024-01-02')").run();
    migrate(db, 3);
    expect(db.prepare('SELECT count(*) AS n FROM exports').get()).toEqual({ n: 1 });
    const put = db.prepare("INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, at) VALUES ('d1', 'fp', 'name-variant', ?, 'ok', '2024-01-03')");
    put.run('dismissed');
    expect(() => put.run('verified')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, at) VALUES ('d1', 'fp2', 'x', 'ignored', '', '')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM decisions').get()).toEqual({ n: 0 });
  });
});

describe('migration 7 (list order indexes)', () => {
  it('keeps drafts and lets every list order read an index instead of sorting the table', () => {
    const db = at(6);
    db.prepare("INSERT INTO drafts (id, headline, body, word_count, created_at, updated_at) VALUES ('d1', 'Old story', '{}', 12, '2024-01-01', '2024-01-02')").run();
    migrate(db, 7);
    expect(db.prepare('SELECT headline FROM drafts').pluck().all()).toEqual(['Old story']);
    const plan = (order: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM drafts WHERE trashed_at IS NULL ORDER BY ${order} LIMIT 50`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    expect(plan('created_at DESC')).toMatch(/USING INDEX drafts_created/);
    expect(plan('headline COLLATE NOCASE ASC')).toMatch(/USING INDEX drafts_headline/);
    expect(plan('word_count DESC')).toMatch(/USING INDEX drafts_words/);
    expect(plan("CASE status WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'in-review' THEN 2 WHEN 'approved' THEN 3 ELSE 4 END, updated_at DESC")).toMatch(/USING INDEX drafts_status_order/);
  });
});

describe('migration 8 (archive pending stories)', () => {
  it('notes every existing and every indexed story once, then each story whose text or trash state changes', () => {
    const db = at(7);
    const ins = db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, 'h', '{}', '2024-01-01', '2024-01-01')");
    ins.run('d1');
    ins.run('d2');
    db.prepare("INSERT INTO archive_stories (story_id, label, indexed_at) VALUES ('gone', 'deleted before the upgrade', '2023-01-01')").run();
    migrate(db, 8);
    const pending = () => db.prepare('SELECT story_id FROM archive_pending ORDER BY story_id').pluck().all();
    expect(pending()).toEqual(['d1', 'd2', 'gone']);
    db.prepare('DELETE FROM archive_pending').run();
    db.prepare("UPDATE drafts SET word_count = 3 WHERE id = 'd1'").run();
    expect(pending()).toEqual([]); // a column the archive does not read
    db.prepare("UPDATE drafts SET body = '{\"root\":1}' WHERE id = 'd1'").run();
    db.prepare("UPDATE drafts SET body = '{}' WHERE id = 'd1'").run();
    expect(pending()).toEqual(['d1']); // one row per story, not per save
    db.prepare("UPDATE drafts SET trashed_at = '2024-02-01' WHERE id = 'd2'").run();
    ins.run('d3');
    db.prepare("DELETE FROM drafts WHERE id = 'd3'").run();
    expect(pending()).toEqual(['d1', 'd2', 'd3']);
  });
});

describe('migration 9 (packed revisions)', () => {
  it('packs existing revision bodies and text, and the repository reads old and new rows alike', async () => {
    const { RevisionsRepo } = await import('../../main/store/revisions-repo.js');
    const { docFromParagraphs } = await import('../../shared/model/lexical-doc.js');
    const db = at(8);
    const body = docFromParagraphs(['Paragraf satu tentang banjir di Jakarta.', 'Paragraf dua tentang banjir di Jakarta.']);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Banjir', '{}', '2024-01-01', '2024-01-01')").run();
    db.prepare("INSERT INTO revisions (draft_id, created_at, reason, headline, status, body, plain_text, word_count) VALUES ('d1', '2024-01-01', 'import', 'Banjir', 'draft', ?, ?, 12)").run(
      JSON.stringify(body),
      'Paragraf satu tentang banjir di Jakarta.\n\nParagraf dua tentang banjir di Jakarta.',
    );
    migrate(db, 9);
    expect(db.prepare('SELECT body, plain_text, length(packed) > 0 AS packed FROM revisions').get()).toEqual({ body: '', plain_text: '', packed: 1 });
    migrate(db); // the repository reads the latest shape (migration 16 adds revisions.in_draft)
    const repo = new RevisionsRepo(db);
    expect(repo.get(1)).toMatchObject({ headline: 'Banjir', body, plainText: 'Paragraf satu tentang banjir di Jakarta.\n\nParagraf dua tentang banjir di Jakarta.' });
    const id = repo.add({ draftId: 'd1', at: '2024-01-02', reason: 'manual', label: '', author: 'x', headline: 'Banjir lagi', status: 'draft', meta: {}, body, plainText: 'baru', wordCount: 1 });
    expect(repo.get(id)).toMatchObject({ body, plainText: 'baru' });
    expect(repo.latest('d1')).toMatchObject({ id, headline: 'Banjir lagi', plain_text: 'baru' });
    expect(db.prepare('SELECT count(*) FROM revisions WHERE packed IS NULL').pluck().get()).toBe(0);
  });
});

describe('migration 10 (search catches up after saves)', () => {
  // rank = 1: FTS5 also compares the index with its content table (the drafts rows)
  const indexMatchesDrafts = (db: Database.Database) => () => db.prepare("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)").run();
  const hits = (db: Database.Database, word: string) => (db.prepare('SELECT count(*) AS n FROM drafts_fts WHERE drafts_fts MATCH ?').get(word) as { n: number }).n;

  it('keeps the existing index; an edit waits until catch-up, which indexes the new text and forgets the old', () => {
    const db = at(9);
    db.prepare("INSERT INTO drafts (id, headline, body, plain_text, created_at, updated_at) VALUES ('d1', 'Banjir', '{}', 'Air naik setinggi dua meter', '2024-01-01', '2024-01-01')").run();
    migrate(db, 10);
    expect(hits(db, 'setinggi')).toBe(1);
    // the repository reads the latest shape: migration 16 rebuilds this index from the same text
    migrate(db);
    expect(hits(db, 'setinggi')).toBe(1);
    const repo = new DraftsRepo(db);
    expect(repo.searchBehind()).toBe(false);
    // two saves before a search: the first noted text is the one the index holds (written as
    // rows were before migration 16, text in plain_text and packed NULL)
    db.prepare("UPDATE drafts SET plain_text = 'Air mulai surut', packed = NULL WHERE id = 'd1'").run();
    db.prepare("UPDATE drafts SET plain_text = 'Air surut pagi ini', packed = NULL, headline = 'Banjir reda' WHERE id = 'd1'").run();
    expect(repo.searchBehind()).toBe(true);
    expect(hits(db, 'setinggi')).toBe(1);
    expect(indexMatchesDrafts(db)).toThrow();
    db.transaction(() => repo.catchUpSearch())();
    expect(repo.searchBehind()).toBe(false);
    expect(hits(db, 'setinggi')).toBe(0);
    expect(hits(db, 'mulai')).toBe(0);
    expect(hits(db, 'pagi')).toBe(1);
    expect(hits(db, 'reda')).toBe(1);
    expect(indexMatchesDrafts(db)).not.toThrow();
  });

  it('a story deleted while it waits leaves the index at once, with the text the index held', () => {
    const db = at(10);
    db.prepare("INSERT INTO drafts (id, headline, body, plain_text, created_at, updated_at) VALUES ('d1', 'Banjir', '{}', 'Air naik setinggi dua meter', '2024-01-01', '2024-01-01')").run();
    migrate(db); // the repository reads the latest shape
    db.prepare("UPDATE drafts SET plain_text = 'Air surut', packed = NULL WHERE id = 'd1'").run();
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(hits(db, 'setinggi')).toBe(0);
    expect(hits(db, 'surut')).toBe(0);
    expect(new DraftsRepo(db).searchBehind()).toBe(false);
    expect(indexMatchesDrafts(db)).not.toThrow();
  });
});

describe('migration 11 (compact archive index)', () => {
  it('drops the old archive tables, keeps every draft, and marks them all pending so the next catch-up rebuilds the index', async () => {
    const { ArchiveIndex } = await import('../../main/store/archive-index.js');
    const { docFromParagraphs } = await import('../../shared/model/lexical-doc.js');
    const db = at(10);
    const paragraphs = [
      'Pemerintah kota menaikkan anggaran perbaikan jalan dua kali lipat setelah banjir besar merusak puluhan ruas di pinggiran kota bulan lalu.',
      'Warga di tiga kecamatan mengeluhkan lubang yang dibiarkan berbulan-bulan meski sudah dilaporkan berkali-kali kepada dinas terkait.',
    ];
    const ins = db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, ?, ?, '2024-01-01', '2024-01-01')");
    ins.run('d1', 'Jalan rusak', JSON.stringify(docFromParagraphs(paragraphs)));
    ins.run('d2', 'Kosong', '{}');
    // the rows version 10 still has (written by version 9) for d1, fully caught up
    db.prepare("INSERT INTO archive_stories (sid, story_id, label, indexed_at) VALUES (1, 'd1', 'Jalan rusak', '2024-01-01')").run();
    db.prepare('INSERT INTO archive_paragraphs (pid, sid, idx, exact, text) VALUES (1, 1, 0, 7, ?)').run(paragraphs[0]);
    db.prepare('INSERT INTO archive_words (pid, sid, sentence, words) VALUES (1, 1, 1, ?)').run(Buffer.alloc(40));
    db.prepare('INSERT INTO archive_bands (band, pid, sketch0, sketch1) VALUES (42, 1, 0, 0)').run();
    db.prepare('DELETE FROM archive_pending').run();
    migrate(db, 11);
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'archive_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['archive_keys', 'archive_pending', 'archive_stories', 'archive_texts']);
    for (const t of ['archive_keys', 'archive_stories', 'archive_texts']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    expect(db.prepare('SELECT id, headline FROM drafts ORDER BY id').all()).toEqual([
      { id: 'd1', headline: 'Jalan rusak' },
      { id: 'd2', headline: 'Kosong' },
    ]);
    expect(db.prepare('SELECT story_id FROM archive_pending ORDER BY story_id').pluck().all()).toEqual(['d1', 'd2']);
    migrate(db); // the index code reads the latest shape
    const index = new ArchiveIndex(db);
    expect(index.syncDrafts()).toEqual({ indexed: 2, removed: 0 });
    expect(index.matches([paragraphs[1]!])[0]).toMatchObject({ storyId: 'd1', label: 'Jalan rusak', otherParagraph: 1, exact: true, otherText: paragraphs[1] });
    // the text is read from the draft, not kept a second time
    expect(db.prepare('SELECT count(*) FROM archive_texts').pluck().get()).toBe(0);
  });
});

describe('migration 12 (archive short lines)', () => {
  it('adds the short-line table and marks every indexed story for re-indexing; drafts untouched', () => {
    const db = at(11);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Banjir', '{}', '2024-01-01', '2024-01-01')").run();
    db.prepare("INSERT INTO archive_stories (sid, story_id, label, indexed_at, slots) VALUES (1, 'd1', 'Banjir', '2024-01-01', x'00')").run();
    db.prepare('DELETE FROM archive_pending').run();
    migrate(db, 12);
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT count(*) FROM archive_lines').pluck().get()).toBe(0);
    expect(db.prepare('SELECT indexed_at, lines FROM archive_stories').get()).toEqual({ indexed_at: '', lines: null });
    expect(db.prepare('SELECT story_id FROM archive_pending').pluck().all()).toEqual(['d1']);
    expect(db.prepare('SELECT headline FROM drafts').pluck().all()).toEqual(['Banjir']);
  });
});

describe('migration 13 (comments)', () => {
  it('keeps drafts, stores threads and replies, checks resolved, reads by story through its index, cascades with the draft', () => {
    const db = at(12);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Old story', '{}', '2024-01-01', '2024-01-01')").run();
    migrate(db, 13);
    expect(db.prepare('SELECT headline FROM drafts').pluck().all()).toEqual(['Old story']);
    const put = db.prepare("INSERT INTO comments (id, draft_id, thread_id, author, text, quote, created_at, updated_at) VALUES (?, 'd1', ?, 'Ana', ?, '', '2024-01-02', '2024-01-02')");
    put.run('t1', 't1', 'source?');
    put.run('r1', 't1', 'BPBD');
    expect(() => put.run('t1', 't1', 'again')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("UPDATE comments SET resolved = 2 WHERE id = 't1'").run()).toThrow(/CHECK/);
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT * FROM comments WHERE draft_id = 'd1' AND deleted_at IS NULL ORDER BY created_at, rowid").all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    expect(plan).toMatch(/USING INDEX comments_draft/);
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
  });
});

describe('migration 14 (newsroom sync)', () => {
  it('puts every existing story in the hub outbox, notes each text or status change once, and links cascade with their story', () => {
    const db = at(13);
    const ins = db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, 'h', '{}', '2024-01-01', '2024-01-01')");
    ins.run('d1');
    ins.run('d2');
    migrate(db, 14);
    const outbox = () => db.prepare('SELECT draft_id FROM hub_outbox ORDER BY draft_id').pluck().all();
    expect(outbox()).toEqual(['d1', 'd2']);
    db.prepare('DELETE FROM hub_outbox').run();
    db.prepare("UPDATE drafts SET word_count = 3, updated_at = '2024-02-01' WHERE id = 'd1'").run();
    expect(outbox()).toEqual([]); // nothing the hub keeps
    db.prepare("UPDATE drafts SET body = '{\"root\":1}' WHERE id = 'd1'").run();
    db.prepare("UPDATE drafts SET headline = 'h2' WHERE id = 'd1'").run();
    db.prepare("UPDATE drafts SET status = 'submitted' WHERE id = 'd2'").run();
    ins.run('d3');
    expect(outbox()).toEqual(['d1', 'd2', 'd3']);
    db.prepare("INSERT INTO hub_stories (draft_id, hub_version, owner, status) VALUES ('d1', 4, 'rina', 'draft')").run();
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) FROM hub_stories').pluck().get()).toBe(0);
  });
});

describe('migration 15 (comment mentions and sync)', () => {
  it('keeps comments, puts every existing message in the comments outbox, notes each synced change once, mentions cascade', () => {
    const db = at(14);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Old story', '{}', '2024-01-01', '2024-01-01')").run();
    const put = db.prepare("INSERT INTO comments (id, draft_id, thread_id, author, text, quote, created_at, updated_at) VALUES (?, 'd1', ?, 'Ana', ?, '', '2024-01-02', '2024-01-02')");
    put.run('t1', 't1', 'source?');
    put.run('r1', 't1', 'BPBD');
    migrate(db, 15);
    const outbox = () => db.prepare('SELECT comment_id FROM comments_outbox ORDER BY comment_id').pluck().all();
    expect(outbox()).toEqual(['r1', 't1']);
    db.prepare('DELETE FROM comments_outbox').run();
    db.prepare("UPDATE comments SET updated_at = '2024-02-01' WHERE id = 't1'").run();
    expect(outbox()).toEqual([]); // a reply touching its thread is no change to sync
    db.prepare("UPDATE comments SET resolved = 1 WHERE id = 't1'").run();
    db.prepare("UPDATE comments SET resolved = 0 WHERE id = 't1'").run();
    db.prepare("UPDATE comments SET deleted_at = '2024-02-02' WHERE id = 'r1'").run();
    put.run('t2', 't2', 'new');
    expect(outbox()).toEqual(['r1', 't1', 't2']);
    // an upsert (a pulled message) over a row already waiting is no constraint error
    db.prepare("INSERT INTO comments (id, draft_id, thread_id, text, created_at, updated_at) VALUES ('t1', 'd1', 't1', 'x', '2024-01-02', '2024-03-01') ON CONFLICT (id) DO UPDATE SET text = excluded.text").run();
    db.prepare("INSERT INTO comment_mentions (name, comment_id) VALUES ('Dewi', 't1')").run();
    expect(db.prepare("SELECT comment_id FROM comment_mentions WHERE name = 'dewi'").pluck().all()).toEqual(['t1']);
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM comments) + (SELECT count(*) FROM comment_mentions) + (SELECT count(*) FROM comments_outbox)').pluck().get()).toBe(0);
  });
});

describe('migration 16 (packed drafts)', () => {
  it('packs every draft in batches, keeps them reading the same, rebuilds search, and keeps revisions equal to their story as references until the story changes', async () => {
    const { RevisionsRepo } = await import('../../main/store/revisions-repo.js');
    const { docFromParagraphs } = await import('../../shared/model/lexical-doc.js');
    const db = at(15);
    const plain = docFromParagraphs(['Air naik setinggi dua meter di Kampung Melayu.', 'Warga mengungsi ke masjid.']);
    const plainText = 'Air naik setinggi dua meter di Kampung Melayu.\n\nWarga mengungsi ke masjid.';
    // a body with formatting: its JSON is kept whole
    const bold = { root: { type: 'root', children: [{ type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Judul tebal', format: 1 }] }] } };
    const ins = db.prepare("INSERT INTO drafts (id, headline, body, plain_text, created_at, updated_at) VALUES (?, ?, ?, ?, '2024-01-01', '2024-01-01')");
    // more than one batch of 500
    for (let i = 0; i < 1_203; i++) ins.run(`p${i}`, `Banjir ${i}`, JSON.stringify(plain), plainText);
    ins.run('b1', 'Tebal', JSON.stringify(bold), 'Judul tebal');
    db.prepare('DELETE FROM archive_pending').run();
    db.prepare('DELETE FROM hub_outbox').run();
    migrate(db, 16);

    expect(db.prepare("SELECT count(*) FROM drafts WHERE packed IS NULL OR body <> '' OR plain_text <> ''").pluck().get()).toBe(0);
    // the conversion is not an edit: no story goes to the archive catch-up or the hub outbox
    expect(db.prepare('SELECT count(*) FROM archive_pending').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM hub_outbox').pluck().get()).toBe(0);
    // a plain story stores its text only (format byte 1), far smaller than its JSON
    const p0 = db.prepare("SELECT packed FROM drafts WHERE id = 'p0'").pluck().get() as Buffer;
    expect(p0[0]).toBe(1);
    expect(p0.length).toBeLessThan(JSON.stringify(plain).length / 3);
    expect((db.prepare("SELECT packed FROM drafts WHERE id = 'b1'").pluck().get() as Buffer)[0]).toBe(2);

    // the repositories are written for the newest schema (migration 20 adds the edits they read)
    migrate(db);
    const drafts = new DraftsRepo(db);
    expect(drafts.get('p1202')).toMatchObject({ body: plain, plainText });
    expect(drafts.get('b1')).toMatchObject({ body: bold, plainText: 'Judul tebal' });
    expect(drafts.body('b1')).toEqual(bold);
    expect(drafts.saveState('p7')?.plainText).toBe(plainText);
    // search: the rebuilt index answers with snippets from the packed text, and matches its content
    const found = drafts.search('"mengungsi"*', 5000);
    expect(found).toHaveLength(1_203);
    expect(found[0]!.snippet).toContain('[[mengungsi]]');
    expect(() => db.prepare("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();

    // an import-style revision is a reference; the story's next change writes it out first
    const revisions = new RevisionsRepo(db);
    const revId = revisions.add({ draftId: 'p3', at: '2024-01-02', reason: 'import', label: '', author: 'x', headline: 'Banjir 3', status: 'draft', meta: {}, body: plain, plainText, wordCount: 14, inDraft: true });
    expect(db.prepare('SELECT packed IS NULL AS ref, in_draft FROM revisions WHERE id = ?').get(revId)).toEqual({ ref: 1, in_draft: 1 });
    expect(revisions.get(revId)).toMatchObject({ body: plain, plainText });
    drafts.update('p3', { headline: 'Banjir tiga' }, '2024-01-03'); // headline only: the reference stays
    expect(db.prepare('SELECT in_draft FROM revisions WHERE id = ?').pluck().get(revId)).toBe(1);
    const edited = docFromParagraphs(['Air surut.']);
    drafts.update('p3', { body: edited, plainText: 'Air surut.' }, '2024-01-04');
    expect(db.prepare('SELECT packed IS NOT NULL AS own, in_draft FROM revisions WHERE id = ?').get(revId)).toEqual({ own: 1, in_draft: 0 });
    expect(revisions.get(revId)).toMatchObject({ body: plain, plainText });
    expect(drafts.get('p3')).toMatchObject({ body: edited, plainText: 'Air surut.' });
    // the edit went to the archive catch-up and the hub outbox as edits always did
    expect(db.prepare("SELECT count(*) FROM archive_pending WHERE story_id = 'p3'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM hub_outbox WHERE draft_id = 'p3'").pluck().get()).toBe(1);
    // and search catches up with it
    db.transaction(() => drafts.catchUpSearch())();
    expect(drafts.search('"surut"*', 10).map((d) => d.id)).toEqual(['p3']);
    expect(drafts.search('"mengungsi"*', 5000)).toHaveLength(1_202);
    expect(() => db.prepare("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });
});

describe('migration 17 (sync conflicts)', () => {
  it('keeps stories and revisions; an unread conflicting copy is kept by story, replaced by a later one, and goes with its story or its revision', async () => {
    const { packRevision } = await import('../../main/store/revision-packing.js');
    const { HubSyncRepo } = await import('../../main/store/hub-sync-repo.js');
    const { docFromParagraphs } = await import('../../shared/model/lexical-doc.js');
    const db = at(16);
    const ins = db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES (?, ?, '{}', '2024-01-01', '2024-01-01')");
    for (const id of ['d1', 'd2']) ins.run(id, `Berita ${id}`);
    const doc = docFromParagraphs(['Teks.']);
    // a revision as version 16 wrote one (RevisionsRepo is written for the newest schema)
    const insRev = db.prepare("INSERT INTO revisions (draft_id, created_at, reason, label, author, headline, status, meta, body, plain_text, word_count, packed) VALUES (?, '2024-01-02', 'conflict', 'conflicting copy by tono', 'tono', 'h', 'draft', '{}', '', '', 1, ?)");
    const rev = (draftId: string) => Number(insRev.run(draftId, packRevision(JSON.stringify(doc), 'Teks.')).lastInsertRowid);
    const [r1, r2, r3] = [rev('d1'), rev('d1'), rev('d2')];
    migrate(db, 17);
    expect(db.prepare('SELECT id, headline FROM drafts ORDER BY id').all()).toEqual([{ id: 'd1', headline: 'Berita d1' }, { id: 'd2', headline: 'Berita d2' }]);
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(3);
    const hub = new HubSyncRepo(db);
    const conflict = (id: string, revisionId: number) => ({ id, revisionId, headline: 'h', keptAs: 'conflicting copy by tono, 2024-01-02 10:00 UTC', message: 'stale', currentBy: 'rina', user: 'tono', at: `2024-01-02T10:00:0${revisionId % 10}.000Z` });
    hub.putConflict(conflict('d1', r1));
    hub.putConflict(conflict('d1', r2)); // the later copy's banner
    hub.putConflict(conflict('d2', r3));
    expect(hub.conflicts()).toEqual([conflict('d1', r2), conflict('d2', r3)].sort((a, b) => a.at.localeCompare(b.at)));
    db.prepare('DELETE FROM revisions WHERE id = ?').run(r2);
    expect(hub.conflicts().map((c) => c.id)).toEqual(['d2']);
    db.prepare("DELETE FROM drafts WHERE id = 'd2'").run();
    expect(hub.conflicts()).toEqual([]);
    hub.putConflict(conflict('d1', r1));
    hub.dismissConflict('d1');
    expect(hub.conflicts()).toEqual([]);
  });

  it('puts existing decisions and facts in their outboxes, then notes each change, a reopening with its rule', () => {
    const db = at(16);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'h', '{}', '2024-01-01', '2024-01-01')").run();
    db.prepare("INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, who, at) VALUES ('d1', 'a', 'number-mismatch', 'dismissed', 'ok', 'rina', '2024-01-02')").run();
    db.prepare("INSERT INTO facts (id, subject, attribute, value, created_at, updated_at) VALUES ('f1', 'BPS', 'inflasi', '2,1', '2024-01-01', '2024-01-01')").run();
    migrate(db, 17);
    const decisions = () => db.prepare('SELECT draft_id, fingerprint, rule FROM decisions_outbox ORDER BY fingerprint').all();
    const facts = () => db.prepare('SELECT fact_id FROM facts_outbox ORDER BY fact_id').pluck().all();
    expect(decisions()).toEqual([{ draft_id: 'd1', fingerprint: 'a', rule: 'number-mismatch' }]);
    expect(facts()).toEqual(['f1']);
    db.exec('DELETE FROM decisions_outbox; DELETE FROM facts_outbox');
    db.prepare("DELETE FROM decisions WHERE fingerprint = 'a'").run();
    db.prepare("INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, who, at) VALUES ('d1', 'b', 'claim-needs-source', 'verified', 'src', 'edi', '2024-01-03')").run();
    db.prepare("UPDATE facts SET retired = 1 WHERE id = 'f1'").run();
    db.prepare("INSERT INTO facts (id, subject, attribute, value, created_at, updated_at) VALUES ('f2', 'BPS', 'ekspor', '5', '2024-01-01', '2024-01-01')").run();
    expect(decisions()).toEqual([{ draft_id: 'd1', fingerprint: 'a', rule: 'number-mismatch' }, { draft_id: 'd1', fingerprint: 'b', rule: 'claim-needs-source' }]);
    expect(facts()).toEqual(['f1', 'f2']);
  });
});

describe('migration 18 (unnamed actor, #14)', () => {
  it("turns every recorded 'unknown' actor into '' (not named) and leaves real names, including one spelled Unknown, alone", () => {
    const db = at(17);
    db.prepare("INSERT INTO drafts (id, headline, body, created_at, updated_at) VALUES ('d1', 'Old story', '{}', '2024-01-01', '2024-01-01')").run();
    const hist = db.prepare("INSERT INTO history (draft_id, at, who, kind) VALUES ('d1', '2024-01-01', ?, 'created')");
    hist.run('unknown');
    hist.run('Ana');
    hist.run('Unknown');
    db.prepare("INSERT INTO revisions (draft_id, created_at, reason, author, status, body) VALUES ('d1', '2024-01-01', 'manual', 'unknown', 'draft', '{}')").run();
    db.prepare("INSERT INTO exports (draft_id, draft_version, target, at, who) VALUES ('d1', 1, 'md', '2024-01-02', 'unknown')").run();
    db.prepare("INSERT INTO decisions (draft_id, fingerprint, rule, kind, note, who, at) VALUES ('d1', 'fp', 'name-variant', 'dismissed', '', 'unknown', '2024-01-03')").run();
    db.prepare("INSERT INTO facts (id, subject, attribute, value, verified_by, verified_at, created_at, updated_at) VALUES ('f1', 's', 'a', 'v', 'unknown', '2024-01-03', '2024-01-03', '2024-01-03')").run();
    db.prepare("INSERT INTO comments (id, draft_id, thread_id, author, text, quote, resolved, resolved_by, created_at, updated_at) VALUES ('t1', 'd1', 't1', 'unknown', 'source?', '', 1, 'unknown', '2024-01-02', '2024-01-02')").run();
    db.prepare('DELETE FROM comments_outbox').run();
    migrate(db, 18);
    expect(db.prepare('SELECT who FROM history ORDER BY id').pluck().all()).toEqual(['', 'Ana', 'Unknown']);
    const rest = db.prepare("SELECT (SELECT author FROM revisions) || '|' || (SELECT who FROM exports) || '|' || (SELECT who FROM decisions) || '|' || (SELECT verified_by FROM facts) || '|' || (SELECT author || ',' || resolved_by FROM comments)").pluck().get();
    expect(rest).toBe('||||,');
    expect(db.prepare('SELECT count(*) FROM comments_outbox').pluck().get()).toBe(0); // the hub is not sent every old comment again
  });
});

describe('migration 19 (search index merges, #20)', () => {
  it('merges search segments 16 at a time instead of 4; stories stay findable, new ones too', () => {
    const db = at(18);
    const add = db.prepare("INSERT INTO drafts (id, headline, body, plain_text, created_at, updated_at) VALUES (?, ?, '{}', ?, '2024-01-01', '2024-01-01')");
    add.run('d1', 'Banjir di Kampung Melayu', 'Air setinggi satu meter merendam rumah warga.');
    const automerge = () => db.prepare("SELECT v FROM drafts_fts_config WHERE k = 'automerge'").pluck().get();
    expect(automerge()).toBeUndefined(); // FTS5's default, 4
    migrate(db, 19);
    expect(automerge()).toBe(16);
    add.run('d2', 'Harga beras', 'Harga beras naik di pasar Kampung Melayu.');
    expect(db.prepare("SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH 'melayu' ORDER BY rowid").pluck().all()).toEqual([1, 2]);
  });
});

describe('migration 20 (draft edits, #17)', () => {
  it('keeps stories as they read; search, a revision kept by reference and a deletion then take a story with its pending edit', async () => {
    const { packBody } = await import('../../main/store/body-packing.js');
    const { docFromParagraphs } = await import('../../shared/model/lexical-doc.js');
    const db = at(19);
    const body = docFromParagraphs(['Air naik dua meter.', 'Warga mengungsi ke masjid.']);
    const text = 'Air naik dua meter.\n\nWarga mengungsi ke masjid.';
    db.prepare("INSERT INTO drafts (id, headline, body, plain_text, packed, created_at, updated_at) VALUES ('d1', 'Banjir', '', '', ?, '2024-01-01', '2024-01-01')").run(packBody(JSON.stringify(body), text));
    migrate(db, 20);
    const drafts = new DraftsRepo(db);
    expect(drafts.get('d1')).toMatchObject({ body, plainText: text });
    // an edit as an autosave writes it (the row's update first, its triggers see the old content): the second paragraph replaced
    const edited = docFromParagraphs(['Air naik dua meter.', 'Warga kembali ke rumah.']);
    db.prepare("UPDATE drafts SET body = '', plain_text = '', version = version + 1 WHERE id = 'd1'").run();
    db.prepare("INSERT INTO draft_edits (draft_id, edit) VALUES ('d1', ?)").run(JSON.stringify({ at: 1, drop: 1, children: edited.root.children!.slice(1) }));
    expect(drafts.get('d1')).toMatchObject({ body: edited, plainText: 'Air naik dua meter.\n\nWarga kembali ke rumah.' });
    db.transaction(() => drafts.catchUpSearch())();
    expect(drafts.search('"kembali"*', 5)[0]?.snippet ?? '').toContain('[[kembali]]');
    expect(drafts.search('"mengungsi"*', 5)).toEqual([]);
    // a revision kept by reference; the next change writes it out with the text it referred to, edit included
    db.prepare("INSERT INTO revisions (draft_id, created_at, reason, headline, status, meta, body, plain_text, word_count, in_draft) VALUES ('d1', '2024-01-01', 'interval', 'Banjir', 'draft', '{}', '', '', 7, 1)").run();
    drafts.update('d1', { body: docFromParagraphs(['Baru.']), plainText: 'Baru.' }, '2024-01-02');
    expect(db.prepare('SELECT count(*) FROM draft_edits').pluck().get()).toBe(0);
    const { RevisionsRepo } = await import('../../main/store/revisions-repo.js');
    expect(new RevisionsRepo(db).get(1)!.plainText).toBe('Air naik dua meter.\n\nWarga kembali ke rumah.');
    expect(drafts.get('d1')?.plainText).toBe('Baru.');
    db.prepare("INSERT INTO draft_edits (draft_id, edit) VALUES ('d1', '{\"at\":0,\"drop\":0,\"children\":[]}')").run();
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) FROM draft_edits').pluck().get()).toBe(0);
    expect(() => db.prepare("INSERT INTO drafts_fts (drafts_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });
});
