/**
 * Archive duplicates (issue 4): every other story in the store is the archive. A paragraph that
 * repeats or nearly repeats an archive paragraph gets an 'archive-duplicate' finding naming the
 * other story and paragraph.
 *
 * Lookup never scans the archive: exact repeats come from an index on a 52-bit hash of the
 * normalized text, near repeats from MinHash LSH band keys (shared/analysis/minhash.ts), screened
 * by the b-bit sketch stored on each band row; the survivors are confirmed on their stored word
 * ids with the same test used inside a story (similarity.ts compareShapes). Text is read only for
 * the matches that are reported. `bruteForceMatches` does the full scan on purpose, as the
 * benchmark baseline and test oracle.
 */
import type { ArchiveMatch } from '../../shared/analysis/archive-findings.js';
import { archiveSignature, LSH, SKETCH_MIN, sketchAgreement, type ArchiveSignature } from '../../shared/analysis/minhash.js';
import { shingleIds } from '../../shared/analysis/normalize.js';
import { compareParagraphs, compareShapes, eligible, featuresOf, type ParagraphShape } from '../../shared/analysis/similarity.js';
import type { LexicalJson } from '../../shared/model/draft.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Db } from './migrations/types.js';

export interface ArchiveQueryOptions {
  /** the story being checked (never reported against itself) */
  excludeId?: string;
  /** at most this many other copies listed in `related` (best first); default 3 */
  maxRelated?: number;
}

// the store answers with matches; shared/analysis/archive-findings.ts turns them into findings
export type { ArchiveMatch };

/** uint32s as a little-endian BLOB (MinHash values, word ids) */
function u32Blob(xs: Uint32Array): Buffer {
  const b = Buffer.alloc(xs.length * 4);
  for (let i = 0; i < xs.length; i++) b.writeUInt32LE(xs[i]!, i * 4);
  return b;
}
function u32Of(blob: Buffer): Uint32Array {
  // a view when the bytes are aligned on a little-endian machine (every platform Electron ships on)
  if (LITTLE_ENDIAN && blob.byteOffset % 4 === 0) return new Uint32Array(blob.buffer, blob.byteOffset, blob.length >>> 2);
  const out = new Uint32Array(blob.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const LSH_PLACEHOLDERS = Array.from({ length: LSH.bands }, () => '?').join(', ');

/** A band bucket with more paragraphs than this is boilerplate and is not read. */
const MAX_BUCKET = 200;

/** Candidates confirmed per query paragraph at most (bounded query cost on boilerplate). */
const MAX_CANDIDATES = 64;

/** What a match shows: the other paragraph and its story (read only for reported matches). */
interface ParaRow {
  idx: number;
  text: string;
  story_id: string;
  label: string;
}

type ScanRow = ParaRow & { pid: number; sid: number };

/** A candidate as the index stores it for confirmation (no text). */
interface Candidate extends ParagraphShape {
  sid: number;
}

interface Confirmed {
  pid: number;
  exact: boolean;
  score: number;
}

/** stories per transaction when the archive catches up (syncDrafts) */
const SYNC_CHUNK = 2_000;

export class ArchiveIndex {
  private readonly insStory;
  private readonly getSid;
  private readonly insPara;
  private readonly insBand;
  private readonly delBand;
  private readonly parasOfStory;
  private readonly delParas;
  private readonly delStory;
  private readonly byExact;
  private readonly byBand;
  private readonly byPid;
  private readonly insWords;
  private readonly delWords;
  private readonly wordsByPid;
  private readonly countStmt;
  private readonly pendingStmt;
  private readonly donePending;
  private readonly draftForIndex;
  private readonly indexedAt;

  constructor(private readonly db: Db) {
    this.insStory = db.prepare(
      `INSERT INTO archive_stories (story_id, label, indexed_at) VALUES (?, ?, ?)
       ON CONFLICT(story_id) DO UPDATE SET label = excluded.label, indexed_at = excluded.indexed_at RETURNING sid`,
    );
    this.getSid = db.prepare('SELECT sid FROM archive_stories WHERE story_id = ?').pluck();
    this.insPara = db.prepare('INSERT INTO archive_paragraphs (sid, idx, exact, text) VALUES (?, ?, ?, ?)');
    this.insWords = db.prepare('INSERT INTO archive_words (pid, sid, sentence, words) VALUES (?, ?, ?, ?)');
    this.delWords = db.prepare('DELETE FROM archive_words WHERE pid IN (SELECT pid FROM archive_paragraphs WHERE sid = ?)');
    // all bands of a paragraph in one statement (one call into SQLite instead of LSH.bands)
    this.insBand = db.prepare(`INSERT OR IGNORE INTO archive_bands (band, pid, sketch0, sketch1) VALUES ${Array.from({ length: LSH.bands }, () => '(?, ?, ?, ?)').join(', ')}`);
    this.delBand = db.prepare(`DELETE FROM archive_bands WHERE pid = ? AND band IN (${LSH_PLACEHOLDERS})`);
    this.parasOfStory = db.prepare('SELECT pid, text FROM archive_paragraphs WHERE sid = ?');
    this.delParas = db.prepare('DELETE FROM archive_paragraphs WHERE sid = ?');
    this.delStory = db.prepare('DELETE FROM archive_stories WHERE sid = ?');
    // Lookups for a whole batch of query paragraphs in one statement each (keys as a JSON array,
    // sorted): one call into SQLite instead of one per paragraph, and the seeks walk the B-tree
    // in key order.
    this.byExact = db.prepare('SELECT exact, pid, sid FROM archive_paragraphs WHERE exact IN (SELECT value FROM json_each(?))').raw();
    // each band row carries the candidate's sketch
    this.byBand = db.prepare('SELECT band, pid, sketch0, sketch1 FROM archive_bands WHERE band IN (SELECT value FROM json_each(?))').raw();
    this.wordsByPid = db.prepare('SELECT sid, sentence, words FROM archive_words WHERE pid = ?').raw();
    this.byPid = db.prepare('SELECT p.idx, p.text, s.story_id, s.label FROM archive_paragraphs p JOIN archive_stories s ON s.sid = p.sid WHERE p.pid = ?');
    this.countStmt = db.prepare('SELECT (SELECT count(*) FROM archive_stories) AS stories, (SELECT count(*) FROM archive_paragraphs) AS paragraphs');
    this.pendingStmt = db.prepare('SELECT story_id FROM archive_pending').pluck();
    this.donePending = db.prepare('DELETE FROM archive_pending WHERE story_id = ?');
    this.draftForIndex = db.prepare('SELECT headline, body, updated_at, trashed_at FROM drafts WHERE id = ?');
    this.indexedAt = db.prepare('SELECT indexed_at FROM archive_stories WHERE story_id = ?').pluck();
  }

  /**
   * (Re)indexes one story; call on every save of a draft and on export. `stamp` records which
   * version was indexed (syncDrafts uses the draft's updated_at) and defaults to now.
   */
  indexStory(storyId: string, label: string, paragraphs: readonly string[], stamp: string = new Date().toISOString()): void {
    this.db.transaction(() => {
      this.removeStory(storyId);
      const sid = (this.insStory.get(storyId, label, stamp) as { sid: number }).sid;
      const seen = new Set<string>();
      paragraphs.forEach((text, idx) => {
        const sig = archiveSignature(text);
        if (!sig || seen.has(sig.features.key)) return; // a repeat inside the story adds nothing
        seen.add(sig.features.key);
        const pid = Number(this.insPara.run(sid, idx, sig.exact, text).lastInsertRowid);
        this.insWords.run(pid, sid, sig.features.sentence ? 1 : 0, u32Blob(sig.features.words));
        this.insBand.run(sig.bands.flatMap((band) => [band, pid, sig.sketch[0], sig.sketch[1]]));
      });
    })();
  }

  /** Indexes many stories in one transaction (bulk builds, benchmarks). */
  indexStories(stories: Iterable<{ id: string; label: string; paragraphs: readonly string[] }>): number {
    let n = 0;
    this.db.transaction(() => {
      for (const s of stories) {
        this.indexStory(s.id, s.label, s.paragraphs);
        n++;
      }
    })();
    return n;
  }

  removeStory(storyId: string): void {
    const sid = this.getSid.get(storyId) as number | undefined;
    if (sid === undefined) return;
    this.db.transaction(() => {
      // band rows are keyed (band, pid): recompute the keys from the stored text instead of
      // keeping a second index on pid
      for (const row of this.parasOfStory.all(sid) as Array<{ pid: number; text: string }>) {
        const sig = archiveSignature(row.text);
        if (sig) this.delBand.run(row.pid, ...sig.bands);
      }
      this.delWords.run(sid);
      this.delParas.run(sid);
      this.delStory.run(sid);
    })();
  }

  /**
   * Brings the index up to date with the drafts table: every story that is not in the trash
   * (drafts and exported stories) is indexed at its current version; trashed or deleted ones
   * are removed. Reads only the stories noted in archive_pending (migration 008) since the last
   * catch-up, so a warm call is one empty read instead of two passes over every story.
   */
  syncDrafts(): { indexed: number; removed: number } {
    const pending = this.pendingStmt.all() as string[];
    if (pending.length === 0) return { indexed: 0, removed: 0 };
    let n = 0;
    let removed = 0;
    // A catch-up after a back-catalogue import is tens of thousands of stories: committed in
    // chunks (the WAL of one 95,000-story transaction passed 1.3 GB), with a 256 MB page cache
    // while it runs (band-table inserts land in random order; with the 2 MB default the
    // 95,000-story catch-up ran over 9 minutes, bench/store.ts).
    const bulk = pending.length > SYNC_CHUNK;
    const cacheBefore = bulk ? (this.db.pragma('cache_size', { simple: true }) as number) : 0;
    if (bulk) this.db.pragma('cache_size = -262144');
    try {
      for (let i = 0; i < pending.length; i += SYNC_CHUNK) {
        this.db.transaction(() => {
          for (const id of pending.slice(i, i + SYNC_CHUNK)) {
            this.donePending.run(id);
            const row = this.draftForIndex.get(id) as { headline: string; body: string; updated_at: string; trashed_at: string | null } | undefined;
            if (!row || row.trashed_at !== null) {
              if (this.getSid.get(id) !== undefined) {
                this.removeStory(id);
                removed++;
              }
              continue;
            }
            if (this.indexedAt.get(id) === row.updated_at) continue;
            let paragraphs: string[] = [];
            try {
              paragraphs = paragraphsOf(JSON.parse(row.body) as LexicalJson);
            } catch {
              paragraphs = [];
            }
            this.indexStory(id, row.headline, paragraphs, row.updated_at);
            n++;
          }
        })();
      }
    } finally {
      if (bulk) this.db.pragma(`cache_size = ${cacheBefore}`);
    }
    return { indexed: n, removed };
  }

  stats(): { stories: number; paragraphs: number } {
    return this.countStmt.get() as { stories: number; paragraphs: number };
  }

  /** Raw matches for each paragraph of the story being checked (best first per paragraph). */
  matches(paragraphs: readonly string[], opts: ArchiveQueryOptions = {}): ArchiveMatch[] {
    const excludeSid = opts.excludeId === undefined ? undefined : (this.getSid.get(opts.excludeId) as number | undefined);
    const maxRelated = opts.maxRelated ?? 3;
    // rows read once per query: a candidate or a reported paragraph can recur across paragraphs
    const shapes = new Map<number, Candidate | null>();
    const shapeOf = (pid: number): Candidate | null => {
      let c = shapes.get(pid);
      if (c === undefined) {
        const r = this.wordsByPid.get(pid) as [number, number, Buffer] | undefined;
        c = r ? { sid: r[0], sentence: r[1] === 1, words: u32Of(r[2]) } : null;
        shapes.set(pid, c);
      }
      return c;
    };
    const rows = new Map<number, ParaRow>();
    const rowOf = (pid: number): ParaRow => {
      let r = rows.get(pid);
      if (!r) rows.set(pid, (r = this.byPid.get(pid) as ParaRow));
      return r;
    };
    const sigs = paragraphs.map((text) => archiveSignature(text));
    const exacts = new Set<number>();
    const bands = new Set<number>();
    for (const sig of sigs) {
      if (!sig) continue;
      exacts.add(sig.exact);
      for (const b of sig.bands) bands.add(b);
    }
    const byExact = groupByFirst(this.byExact.all(sortedJson(exacts)) as Array<[number, number, number]>);
    const byBand = groupByFirst(this.byBand.all(sortedJson(bands)) as BandRow[]);
    const out: ArchiveMatch[] = [];
    const seenKeys = new Map<string, ArchiveMatch[]>();
    sigs.forEach((sig, i) => {
      if (!sig) return;
      const again = seenKeys.get(sig.features.key);
      if (again) {
        for (const m of again) out.push({ ...m, paragraph: i });
        return;
      }
      const found = this.matchOne(sig, excludeSid, shapeOf, maxRelated, byExact.get(sig.exact) ?? [], byBand).slice(0, maxRelated);
      const ms = found.map((c) => {
        const row = rowOf(c.pid);
        return { paragraph: i, storyId: row.story_id, label: row.label, otherParagraph: row.idx, otherText: row.text, exact: c.exact, score: c.score };
      });
      seenKeys.set(sig.features.key, ms);
      out.push(...ms);
    });
    return out;
  }

  /**
   * One paragraph: exact repeats by hash, then LSH band collisions screened on the sketch stored
   * with them, then the best estimates confirmed on their stored word ids. No text is read
   * here; only the matches that are reported are (by the caller).
   */
  private matchOne(
    sig: ArchiveSignature,
    excludeSid: number | undefined,
    shapeOf: (pid: number) => Candidate | null,
    want: number,
    exactRows: ReadonlyArray<[number, number, number]>,
    bucketOf: ReadonlyMap<number, BandRow[]>,
  ): Confirmed[] {
    const res = new Map<number, Confirmed>();
    // a 52-bit hash of the normalized text: with a million paragraphs a collision has odds of
    // about 1 in 10^4 over the whole archive, so an equal hash is taken as an exact repeat
    for (const [, pid, sid] of exactRows) {
      if (sid !== excludeSid) res.set(pid, { pid, exact: true, score: 1 });
    }
    if (res.size >= want) return ranked(res);
    // Band buckets larger than MAX_BUCKET hold paragraphs that share two boilerplate minimums,
    // not copies of this one: skip them (bounded cost per band). The sketch on each band row
    // screens the rest before any word ids are read.
    const [q0, q1] = sig.sketch;
    const agree = new Map<number, number>();
    for (const band of sig.bands) {
      const rows = bucketOf.get(band);
      if (!rows || rows.length > MAX_BUCKET) continue;
      for (const [, pid, s0, s1] of rows) {
        if (res.has(pid) || agree.has(pid)) continue;
        const a = sketchAgreement(s0, s1, q0, q1);
        if (a >= SKETCH_MIN) agree.set(pid, a);
      }
    }
    const est = [...agree].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    // best estimates first; stop once enough copies are confirmed (only the best few are listed)
    let near = 0;
    for (const [pid] of est.slice(0, MAX_CANDIDATES)) {
      const c = shapeOf(pid);
      if (!c || c.sid === excludeSid) continue;
      const sim = compareShapes(c, sig.features);
      if (sim.near) {
        res.set(pid, { pid, exact: sim.exact, score: sim.score });
        if (++near >= want) break;
      }
    }
    return ranked(res);
  }

  /**
   * The same answer by scanning every archive paragraph (no index): the benchmark baseline and
   * the oracle for tests. A query word-pair index keeps the per-row work small, but every row
   * is still read and tokenized.
   */
  bruteForceMatches(paragraphs: readonly string[], opts: ArchiveQueryOptions = {}): ArchiveMatch[] {
    const excludeSid = opts.excludeId === undefined ? undefined : (this.getSid.get(opts.excludeId) as number | undefined);
    const maxRelated = opts.maxRelated ?? 3;
    const query = paragraphs.map((t) => featuresOf(t));
    const pairIndex = new Map<number, number[]>();
    query.forEach((f, i) => {
      if (!eligible(f)) return;
      for (const s of new Set(shingleIds(f.words, 2))) {
        const l = pairIndex.get(s);
        if (l) l.push(i);
        else pairIndex.set(s, [i]);
      }
    });
    const perParagraph = new Map<number, Array<{ row: ScanRow; exact: boolean; score: number }>>();
    const all = this.db.prepare(
      'SELECT p.pid, p.sid, p.idx, p.text, s.story_id, s.label FROM archive_paragraphs p JOIN archive_stories s ON s.sid = p.sid',
    );
    for (const row of all.iterate() as Iterable<ScanRow>) {
      if (row.sid === excludeSid) continue;
      const f = featuresOf(row.text);
      const hits = new Map<number, number>();
      for (const s of new Set(shingleIds(f.words, 2))) {
        const l = pairIndex.get(s);
        if (l) for (const i of l) hits.set(i, (hits.get(i) ?? 0) + 1);
      }
      for (const [i] of hits) {
        const sim = compareParagraphs(f, query[i]!);
        if (!sim.near) continue;
        let list = perParagraph.get(i);
        if (!list) perParagraph.set(i, (list = []));
        list.push({ row, exact: sim.exact, score: sim.score });
      }
    }
    const out: ArchiveMatch[] = [];
    for (const i of [...perParagraph.keys()].sort((a, b) => a - b)) {
      const list = perParagraph.get(i)!.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.row.pid - b.row.pid);
      for (const c of list.slice(0, maxRelated)) {
        out.push({ paragraph: i, storyId: c.row.story_id, label: c.row.label, otherParagraph: c.row.idx, otherText: c.row.text, exact: c.exact, score: c.score });
      }
    }
    return out;
  }
}

/** band, pid, sketch0, sketch1 */
type BandRow = [number, number, number, number];

function sortedJson(keys: Set<number>): string {
  return JSON.stringify([...keys].sort((a, b) => a - b));
}

/** Rows grouped by their first column. */
function groupByFirst<R extends [number, ...number[]]>(rows: R[]): Map<number, R[]> {
  const m = new Map<number, R[]>();
  for (const r of rows) {
    const l = m.get(r[0]);
    if (l) l.push(r);
    else m.set(r[0], [r]);
  }
  return m;
}

function ranked(res: Map<number, Confirmed>): Confirmed[] {
  return [...res.values()].sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.pid - b.pid);
}
