/**
 * Archive duplicates (issue 4; compact since #18): every other story in the store is the
 * archive. The index answers matches: a paragraph that repeats or nearly repeats an
 * archive paragraph, with the other story and paragraph (shared/analysis/archive-findings.ts
 * turns them into 'archive-duplicate' findings).
 *
 * What is stored (migration 011, archive-codec.ts): per story one row with a BLOB of slots (per
 * indexed paragraph: its position, b-bit MinHash sketch and keys), and per slot LSH.bands + 1
 * rows (key, ref) in one WITHOUT ROWID table, the keys being 32-bit MinHash LSH band hashes
 * plus a hash of the normalized text for exact repeats. A ref is sid * MAX_SLOTS + slot, so a
 * bucket read names the story and slot without another table. Nothing recomputable is kept:
 * candidates that survive the sketch screen are confirmed on the story's own text, read from
 * the drafts table (one row per candidate story, parsed once per query), with the same test
 * used inside a story (similarity.ts compareParagraphs). A story indexed under an id that is not
 * a draft (a test, a story fed from elsewhere) keeps its paragraphs in archive_texts.
 * `bruteForceMatches` does the full scan on purpose, as the benchmark baseline and test oracle.
 */
import type { UiLanguage } from '../../shared/model/finding.js';
import type { ArchiveMatch } from '../../shared/analysis/archive-findings.js';
import { LEARNED_COUNT_CAP, learnedLineHash } from '../../shared/analysis/learned-furniture.js';
import { archiveSignature, ROW_SKETCH_MIN, rowSketch, rowSketchAgreement, SKETCH_MIN, sketchAgreement, type ArchiveSignature } from '../../shared/analysis/minhash.js';
import { shingleIds } from '../../shared/analysis/normalize.js';
import { compareParagraphs, DUP_PARAMS, eligible, featuresOf, type ParagraphFeatures } from '../../shared/analysis/similarity.js';
import type { LexicalJson } from '../../shared/model/draft.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import { FLAG_OWN_TEXT, flagsOf, KEYS_PER_SLOT, MAX_SLOTS, prepareStory, slotCount, slotKeys, slotParagraph, slotSketch, type PreparedStory } from './archive-codec.js';
import type { Db } from './migrations/types.js';
import { cameBefore, isSettledStatus, type StoryTimes } from '../../shared/analysis/archive-order.js';
import type { Status } from '../../shared/model/draft.js';
import { registerBodyFunctions } from './body-packing.js';
import { EDIT_OF } from './body-edits.js';

export interface ArchiveQueryOptions {
  /** the story being checked (never reported against itself) */
  excludeId?: string;
  uiLanguage?: UiLanguage;
  /** at most this many other copies listed in `related` (best first); default 3 */
  maxRelated?: number;
}

export type { ArchiveMatch };

/** A band bucket with more paragraphs than this is boilerplate and is not read. */
const MAX_BUCKET = 200;

/** Candidates confirmed per query paragraph at most (bounded query cost on boilerplate). */
const MAX_CANDIDATES = 64;

/** stories per transaction when the archive catches up (syncDrafts) */
const SYNC_CHUNK = 2_000;

/** key rows per INSERT statement */
const KEY_BATCH = 64;

/** (key, ref) rows gathered for one sorted write (ArchiveIndex.writeKeys). */
export class KeyRows {
  keys = new Int32Array(1024);
  refs = new Int32Array(1024);
  sks = new Int32Array(1024);
  length = 0;

  push(key: number, ref: number, sk: number): void {
    if (this.length === this.keys.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.keys = grow(this.keys);
      this.refs = grow(this.refs);
      this.sks = grow(this.sks);
    }
    this.keys[this.length] = key;
    this.sks[this.length] = sk;
    this.refs[this.length++] = ref;
  }

  /** Row positions in (key, ref) order. */
  sortedOrder(): Uint32Array {
    const order = new Uint32Array(this.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const { keys, refs } = this;
    return order.sort((a, b) => keys[a]! - keys[b]! || refs[a]! - refs[b]!);
  }
}

/** story_id, label, slots, indexed_at, then the draft's headline, status, created_at, rowid, first settled time (null without a draft) */
type StoryBySidRow = [string, string, Buffer, string, string | null, Status | null, string | null, number | null, string | null];

function timesOf(status: Status, createdAt: string, order: number, firstSettled: string | null): StoryTimes {
  // a settled story with no status step in its history (imported, older rows) counts as settled
  // when it was created: the earliest it can have been
  return { createdAt, order, settledAt: isSettledStatus(status) ? (firstSettled ?? createdAt) : null };
}

/** The row of a candidate story, or null when it did not come before `self`. */
function storyRowOf(r: StoryBySidRow, self: StoryTimes | null): StoryRow | null {
  const [storyId, label, slots, indexedAt, headline, status, createdAt, order, firstSettled] = r;
  if (status === null || createdAt === null || order === null) {
    // no draft: a story fed from elsewhere is archive, older than anything being written
    return { storyId, label, date: indexedAt, status: null, slots, admitted: true, features: new Map() };
  }
  const times = timesOf(status, createdAt, order, firstSettled);
  if (self && !cameBefore(times, self)) return null;
  return { storyId, label: headline ?? label, date: times.settledAt ?? times.createdAt, status, slots, admitted: true, features: new Map() };
}

/** A story without a headline is named by the first words of its text, never left blank. */
function untitledName(paragraphs: readonly string[]): string {
  const first = paragraphs.find((p) => p.trim() !== '')?.trim() ?? '';
  const words = first.split(/\s+/).filter(Boolean);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : first;
}

const sidOf = (ref: number): number => Math.floor(ref / MAX_SLOTS);
const slotOf = (ref: number): number => ref % MAX_SLOTS;

/** An archive story as one query reads it (once, whatever the number of its candidates). */
interface StoryRow {
  storyId: string;
  /** how the story is named: its current headline, else the label it was indexed with */
  label: string;
  /** its date for the reader: when it was settled, else created (indexed, for a story that is no draft) */
  date: string;
  /** null for a story that is no draft (fed from elsewhere) */
  status: Status | null;
  slots: Buffer;
  /**
   * whether it came before the story checked; undefined until its first candidate is confirmed
   * (label, date and status are the draft's from then on)
   */
  admitted?: boolean;
  /** its paragraphs, read on the first confirmation */
  text?: string[];
  /** features per paragraph position, computed on demand */
  features: Map<number, ParagraphFeatures>;
}

interface Confirmed {
  ref: number;
  exact: boolean;
  score: number;
}

/** the columns syncDrafts reads of a draft */
interface DraftForIndex {
  headline: string;
  body: string;
  updated_at: string;
  trashed_at: string | null;
}

/** A story prepared on a worker thread from the draft version stamped `stamp`. */
export interface ReadyStory {
  stamp: string;
  prepared: PreparedStory;
}

/** A draft's paragraphs from its stored body (an unreadable body indexes as empty). */
export function paragraphsOfBody(body: string): string[] {
  try {
    return paragraphsOf(JSON.parse(body) as LexicalJson);
  } catch {
    return [];
  }
}

export class ArchiveIndex {
  private readonly insStory;
  private readonly getSid;
  private readonly insKey;
  private readonly insKeyBatch;
  private readonly delKey;
  private readonly storyBySid;
  private readonly slotsOfSid;
  private readonly delStory;
  private readonly insText;
  private readonly delText;
  private readonly textOfSid;
  private readonly draftBody;
  private readonly draftExists;
  private readonly byKey;
  private readonly byKeyCounted;
  private readonly storiesBySids;
  /** keys whose bucket held more than MAX_BUCKET refs when this connection last read it */
  private readonly bigKeys = new Set<number>();
  private bigKeysLearned = false;
  private readonly someOfKey;
  private readonly countStmt;
  private readonly pendingStmt;
  private readonly pendingCountStmt;
  private readonly maxSidStmt;
  private readonly donePending;
  private readonly draftStamp;
  private readonly indexedAt;
  private readonly setLines;
  private readonly linesOfSid;
  private readonly insLine;
  private readonly delLine;
  private readonly storiesWithLine;
  private readonly draftTimes;

  constructor(private readonly db: Db) {
    // draftBody reads packed bodies through it (migration 016); a test may hand a bare connection
    registerBodyFunctions(db);
    this.insStory = db.prepare(
      `INSERT INTO archive_stories (story_id, label, indexed_at, slots) VALUES (?, ?, ?, ?)
       ON CONFLICT(story_id) DO UPDATE SET label = excluded.label, indexed_at = excluded.indexed_at, slots = excluded.slots RETURNING sid`,
    );
    this.getSid = db.prepare('SELECT sid FROM archive_stories WHERE story_id = ?').pluck();
    this.insKey = db.prepare('INSERT OR IGNORE INTO archive_keys (key, ref, sk) VALUES (?, ?, ?)');
    // KEY_BATCH rows per statement: one call into SQLite instead of KEY_BATCH
    this.insKeyBatch = db.prepare(`INSERT OR IGNORE INTO archive_keys (key, ref, sk) VALUES ${Array.from({ length: KEY_BATCH }, () => '(?, ?, ?)').join(', ')}`);
    this.delKey = db.prepare('DELETE FROM archive_keys WHERE key = ? AND ref = ?');
    // the draft's current name, status and times come with the row: a match names the story as it
    // is now, and only stories that came before the one checked are candidates (archive-order.ts)
    this.storyBySid = db
      .prepare(
        `SELECT a.story_id, a.label, a.slots, a.indexed_at, d.headline, d.status, d.created_at, d.rowid,
                (SELECT min(h.at) FROM history h WHERE h.draft_id = d.id AND h.kind = 'status' AND h.to_value IN ('approved', 'exported'))
         FROM archive_stories a LEFT JOIN drafts d ON d.id = a.story_id WHERE a.sid = ?`,
      )
      .raw();
    this.draftTimes = db
      .prepare(
        `SELECT d.status, d.created_at, d.rowid,
                (SELECT min(h.at) FROM history h WHERE h.draft_id = d.id AND h.kind = 'status' AND h.to_value IN ('approved', 'exported')),
                d.headline
         FROM drafts d WHERE d.id = ?`,
      )
      .raw();
    this.slotsOfSid = db.prepare('SELECT slots FROM archive_stories WHERE sid = ?').pluck();
    this.delStory = db.prepare('DELETE FROM archive_stories WHERE sid = ?');
    this.insText = db.prepare('INSERT OR REPLACE INTO archive_texts (sid, paragraphs) VALUES (?, ?)');
    this.delText = db.prepare('DELETE FROM archive_texts WHERE sid = ?');
    this.textOfSid = db.prepare('SELECT paragraphs FROM archive_texts WHERE sid = ?').pluck();
    this.draftBody = db.prepare(`SELECT draft_body(body, packed, ${EDIT_OF('drafts')}) FROM drafts WHERE id = ?`).pluck();
    this.draftExists = db.prepare('SELECT 1 FROM drafts WHERE id = ?').pluck();
    // Buckets for a whole batch of query paragraphs in one statement (keys as a JSON array,
    // sorted): one call into SQLite instead of one per key, and the seeks walk the B-tree in
    // key order. A bucket of more than MAX_BUCKET refs is boilerplate and is not used; this
    // connection remembers such keys (bigKeys), so that only they are counted (byKeyCounted:
    // counting to MAX_BUCKET + 1 costs that many steps, reading one whole cost most of a query;
    // at 100,000 stories two such buckets held 7,830 of the 9,120 rows one query read) and every
    // other key is one seek instead of a count and a seek (the statement's CPU time halved,
    // 7.5 to 3.9 ms at 100,000 stories). A bucket over MAX_BUCKET comes back as one row with
    // ref -1. Each row carries the 16-field row sketch.
    this.byKey = db.prepare('SELECT q.value, k.ref, k.sk FROM json_each(?) q JOIN archive_keys k ON k.key = q.value').raw();
    this.byKeyCounted = db
      .prepare(
        `WITH q AS MATERIALIZED (
           SELECT value AS key, (SELECT count(*) FROM (SELECT 1 FROM archive_keys c WHERE c.key = value LIMIT ${MAX_BUCKET + 1})) AS n FROM json_each(?)
         )
         SELECT q.key, k.ref, k.sk FROM q JOIN archive_keys k ON k.key = q.key WHERE q.n <= ${MAX_BUCKET}
         UNION ALL SELECT key, -1, 0 FROM q WHERE n > ${MAX_BUCKET}`,
      )
      .raw();
    // the story rows of a query's candidates in one statement instead of one call each (672
    // calls per query at 100,000 stories, the largest cost of a query before)
    // the same columns as storyBySid, for many stories in one statement
    this.storiesBySids = db
      .prepare(
        `SELECT a.sid, a.story_id, a.label, a.slots, a.indexed_at FROM archive_stories a WHERE a.sid IN (SELECT value FROM json_each(?))`,
      )
      .raw();
    // an exact-text bucket that large is one paragraph repeated verbatim in many stories: the
    // first few are still reported
    this.someOfKey = db.prepare(`SELECT ref FROM archive_keys WHERE key = ? LIMIT ${MAX_CANDIDATES}`).pluck();
    this.countStmt = db.prepare('SELECT slots FROM archive_stories').pluck();
    this.pendingStmt = db.prepare('SELECT story_id FROM archive_pending').pluck();
    this.pendingCountStmt = db.prepare('SELECT count(*) FROM archive_pending').pluck();
    this.maxSidStmt = db.prepare('SELECT max(sid) FROM archive_stories').pluck();
    this.donePending = db.prepare('DELETE FROM archive_pending WHERE story_id = ?');
    this.draftStamp = db.prepare('SELECT headline, updated_at, trashed_at FROM drafts WHERE id = ?');
    this.indexedAt = db.prepare('SELECT indexed_at FROM archive_stories WHERE story_id = ?').pluck();
    this.setLines = db.prepare('UPDATE archive_stories SET lines = ? WHERE sid = ?');
    this.linesOfSid = db.prepare('SELECT lines FROM archive_stories WHERE sid = ?').pluck();
    this.insLine = db.prepare('INSERT OR IGNORE INTO archive_lines (key, sid) VALUES (?, ?)');
    this.delLine = db.prepare('DELETE FROM archive_lines WHERE key = ? AND sid = ?');
    // counted up to a bound: "in 1,000+ earlier stories" says all a reader needs, and a line in
    // every story of a million would otherwise be a million steps
    this.storiesWithLine = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM archive_lines WHERE key = ? AND sid IS NOT ? LIMIT ${LEARNED_COUNT_CAP})`).pluck();
  }

  /**
   * (Re)indexes one story; call on every save of a draft and on export. `stamp` records which
   * version was indexed (syncDrafts uses the draft's updated_at) and defaults to now. The text is
   * read back from the drafts table when a match is confirmed; a story whose id is not a draft
   * keeps `paragraphs` in archive_texts instead.
   */
  indexStory(storyId: string, label: string, paragraphs: readonly string[], stamp: string = new Date().toISOString()): void {
    this.writeStory(storyId, label, stamp, prepareStory(paragraphs), paragraphs);
  }

  /**
   * Writes a story prepared elsewhere (archive-codec.ts prepareStory, e.g. on a worker thread).
   * `paragraphs` are needed only when the story is not a draft. With `keys`, its key rows are
   * added there instead of written (a bulk catch-up writes them sorted, see writeKeys).
   */
  writeStory(storyId: string, label: string, stamp: string, prepared: PreparedStory, paragraphs?: readonly string[], keys?: KeyRows): void {
    this.db.transaction(() => {
      this.removeStory(storyId);
      const ownText = this.draftExists.get(storyId) === undefined;
      const slots = Buffer.from(prepared.slots.buffer, prepared.slots.byteOffset, prepared.slots.byteLength);
      if (slots.length > 0) slots[0] = ownText ? FLAG_OWN_TEXT : 0;
      const sid = (this.insStory.get(storyId, label, stamp, slots) as { sid: number }).sid;
      const rows = keys ?? new KeyRows();
      const k = prepared.keys;
      for (let slot = 0; slot * KEYS_PER_SLOT < k.length; slot++) {
        const sk = rowSketch(slotSketch(slots, slot));
        for (let j = 0; j < KEYS_PER_SLOT; j++) rows.push(k[slot * KEYS_PER_SLOT + j]!, sid * MAX_SLOTS + slot, sk);
      }
      if (!keys) this.writeKeys(rows);
      if (ownText) this.insText.run(sid, JSON.stringify(paragraphs ?? []));
      const lines = prepared.lines ?? [];
      for (const key of lines) this.insLine.run(key, sid);
      if (lines.length > 0) this.setLines.run(Buffer.from(Float64Array.from(lines).buffer), sid);
    })();
  }

  /**
   * Inserts key rows in key order: a bulk catch-up's rows then walk the B-tree once from left to
   * right instead of landing on random pages, each page is dirtied once per transaction, and
   * the pages fill up instead of splitting at random.
   */
  writeKeys(rows: KeyRows): void {
    const order = rows.sortedOrder();
    const args = new Array<number>(3 * KEY_BATCH);
    let i = 0;
    for (; i + KEY_BATCH <= order.length; i += KEY_BATCH) {
      for (let j = 0; j < KEY_BATCH; j++) {
        const r = order[i + j]!;
        args[3 * j] = rows.keys[r]!;
        args[3 * j + 1] = rows.refs[r]!;
        args[3 * j + 2] = rows.sks[r]!;
      }
      this.insKeyBatch.run(args);
    }
    for (; i < order.length; i++) this.insKey.run(rows.keys[order[i]!]!, rows.refs[order[i]!]!, rows.sks[order[i]!]!);
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
      // the keys come from the stored slots, not from the text, which may have changed since
      const keys = slotKeys(this.slotsOfSid.get(sid) as Buffer);
      for (let i = 0; i < keys.length; i++) this.delKey.run(keys[i]!, sid * MAX_SLOTS + Math.floor(i / KEYS_PER_SLOT));
      const lines = this.linesOfSid.get(sid) as Buffer | null | undefined;
      if (lines) for (const key of new Float64Array(lines.buffer.slice(lines.byteOffset, lines.byteOffset + lines.byteLength))) this.delLine.run(key, sid);
      this.delText.run(sid);
      this.delStory.run(sid);
    })();
  }

  /**
   * Brings the index up to date with the drafts table: every story that is not in the trash
   * (drafts and exported stories) is indexed at its current version; trashed or deleted ones
   * are removed. Reads only the stories noted in archive_pending (migration 008) since the last
   * catch-up, so a warm call is one empty read instead of two passes over every story. Work is
   * committed in chunks: stopped half-way, the next call goes on with what is still pending.
   */
  syncDrafts(): { indexed: number; removed: number } {
    const pending = this.pendingStmt.all() as string[];
    if (pending.length === 0) return { indexed: 0, removed: 0 };
    let n = 0;
    let removed = 0;
    for (let i = 0; i < pending.length; i += SYNC_CHUNK) {
      this.db.transaction(() => {
        const keys = new KeyRows();
        for (const id of pending.slice(i, i + SYNC_CHUNK)) {
          const r = this.applyPending(id, undefined, keys);
          if (r === 'indexed') n++;
          else if (r === 'removed') removed++;
        }
        this.writeKeys(keys);
      })();
    }
    return { indexed: n, removed };
  }

  /**
   * One pending story: removed if gone or trashed, indexed if changed since it was indexed, and
   * its pending mark cleared. `ready` is the story as a worker thread prepared it; it is used
   * only if the draft has not changed since (same updated_at), else the story is prepared here.
   * Call inside a transaction.
   */
  applyPending(id: string, ready?: ReadyStory, keys?: KeyRows): 'indexed' | 'removed' | 'unchanged' {
    this.donePending.run(id);
    const row = this.draftStamp.get(id) as Omit<DraftForIndex, 'body'> | undefined;
    if (!row || row.trashed_at !== null) {
      if (this.getSid.get(id) === undefined) return 'unchanged';
      this.removeStory(id);
      return 'removed';
    }
    if (this.indexedAt.get(id) === row.updated_at) return 'unchanged';
    const prepared = ready && ready.stamp === row.updated_at ? ready.prepared : prepareStory(paragraphsOfBody(this.draftBody.get(id) as string));
    this.writeStory(id, row.headline, row.updated_at, prepared, undefined, keys);
    return 'indexed';
  }

  /** Stories noted as changed since the index last caught up with them. */
  pendingIds(): string[] {
    return this.pendingStmt.all() as string[];
  }

  /** About how many stories are indexed (the highest sid; stories removed leave gaps), without a scan. */
  storyCountEstimate(): number {
    return (this.maxSidStmt.get() as number | null) ?? 0;
  }

  pendingCount(): number {
    return this.pendingCountStmt.get() as number;
  }

  stats(): { stories: number; paragraphs: number } {
    let stories = 0;
    let paragraphs = 0;
    for (const slots of this.countStmt.iterate() as Iterable<Buffer>) {
      stories++;
      paragraphs += slotCount(slots);
    }
    return { stories, paragraphs };
  }

  /**
   * In how many archive stories (other than `excludeId`) each short line stands, for learned
   * boilerplate (shared/analysis/learned-furniture.ts); counts stop at LEARNED_COUNT_CAP.
   */
  storiesWithLines(keys: readonly string[], excludeId?: string): Map<string, number> {
    const excludeSid = excludeId === undefined ? null : ((this.getSid.get(excludeId) as number | undefined) ?? null);
    const out = new Map<string, number>();
    for (const k of keys) if (!out.has(k)) out.set(k, this.storiesWithLine.get(learnedLineHash(k), excludeSid) as number);
    return out;
  }

  /** Raw matches for each paragraph of the story being checked (best first per paragraph). */
  matches(paragraphs: readonly string[], opts: ArchiveQueryOptions = {}): ArchiveMatch[] {
    const excludeSid = opts.excludeId === undefined ? undefined : (this.getSid.get(opts.excludeId) as number | undefined);
    const maxRelated = opts.maxRelated ?? 3;
    // a stored story is compared with what came before it only; a text that is no stored story
    // (a file checked from the CLI) is new, so everything came before it
    const self = opts.excludeId === undefined ? null : this.timesOfDraft(opts.excludeId);
    // stories read once per query: a story can hold candidates for many paragraphs; a story
    // that did not come before the one checked reads as absent
    const stories = new Map<number, StoryRow | null>();
    const storyOf = (sid: number): StoryRow | null => {
      let s = stories.get(sid);
      if (s === undefined) {
        const r = this.storyBySid.get(sid) as StoryBySidRow | undefined;
        s = r ? storyRowOf(r, self) : null;
        stories.set(sid, s);
      }
      return s;
    };
    const sigs = paragraphs.map((text) => archiveSignature(text));
    const keys = new Set<number>();
    for (const sig of sigs) {
      if (!sig) continue;
      keys.add(sig.exactKey);
      for (const b of sig.bands) keys.add(b);
    }
    const buckets = this.buckets([...keys].sort((a, b) => a - b));
    this.loadStories(sigs, buckets, excludeSid, stories);
    const admit = (s: StoryRow): boolean => (s.admitted ??= this.admitStory(s, self));
    const out: ArchiveMatch[] = [];
    const seenKeys = new Map<string, ArchiveMatch[]>();
    sigs.forEach((sig, i) => {
      if (!sig) return;
      const again = seenKeys.get(sig.features.key);
      if (again) {
        for (const m of again) out.push({ ...m, paragraph: i });
        return;
      }
      const found = this.matchOne(sig, excludeSid, storyOf, admit, maxRelated, buckets).slice(0, maxRelated);
      const ms = found.map((c) => {
        const s = storyOf(sidOf(c.ref))!;
        const idx = slotParagraph(s.slots, slotOf(c.ref));
        const text = this.textOf(sidOf(c.ref), s);
        const label = s.label || untitledName(text);
        return { paragraph: i, storyId: s.storyId, label, date: s.date, status: s.status, otherParagraph: idx, otherText: text[idx] ?? '', exact: c.exact, score: c.score };
      });
      seenKeys.set(sig.features.key, ms);
      out.push(...ms);
    });
    return out;
  }

  /**
   * Whether a story read for its slots came before the one checked (a story that is no draft
   * always did); the draft's headline, date and status replace the archive's on the row.
   */
  private admitStory(s: StoryRow, self: StoryTimes | null): boolean {
    const r = this.draftTimes.get(s.storyId) as [Status, string, number, string | null, string] | undefined;
    if (!r) return true;
    const times = timesOf(r[0], r[1], r[2], r[3]);
    if (self && !cameBefore(times, self)) return false;
    s.label = r[4];
    s.date = times.settledAt ?? times.createdAt;
    s.status = r[0];
    return true;
  }

  /** The creation and settling times of a stored draft, or null when there is no such draft. */
  timesOfDraft(id: string): StoryTimes | null {
    const r = this.draftTimes.get(id) as [Status, string, number, string | null] | undefined;
    return r ? timesOf(r[0], r[1], r[2], r[3]) : null;
  }

  /**
   * key -> [ref, row sketch, ref, row sketch, ...] for the given keys (sorted); a bucket of more
   * than MAX_BUCKET refs is [-1, 0]. Keys this connection knows to be boilerplate are counted
   * first (they may have shrunk since); the rest are read whole, and one found over MAX_BUCKET
   * joins bigKeys (the index grows between queries).
   */
  private buckets(keys: readonly number[]): Map<number, number[]> {
    const out = new Map<number, number[]>();
    const add = (rows: Array<[number, number, number]>) => {
      for (const [key, ref, sk] of rows) {
        const l = out.get(key);
        if (l) l.push(ref, sk);
        else out.set(key, [ref, sk]);
      }
    };
    // a connection's first query counts every key, learning the boilerplate ones: read whole,
    // they made the first query at 1,000,000 stories twice as slow (1,010 ms instead of 502)
    const known = this.bigKeysLearned ? keys.filter((k) => this.bigKeys.has(k)) : keys;
    this.bigKeysLearned = true;
    const rest = known === keys ? [] : known.length === 0 ? keys : keys.filter((k) => !this.bigKeys.has(k));
    if (rest.length > 0) add(this.byKey.all(JSON.stringify(rest)) as Array<[number, number, number]>);
    for (const [key, rows] of out) {
      if (rows.length <= 2 * MAX_BUCKET) continue;
      this.bigKeys.add(key);
      out.set(key, [-1, 0]);
    }
    if (known.length > 0) {
      for (const k of known) this.bigKeys.delete(k);
      const counted = this.byKeyCounted.all(JSON.stringify(known)) as Array<[number, number, number]>;
      for (const [key, ref] of counted) if (ref === -1) this.bigKeys.add(key);
      add(counted);
    }
    return out;
  }

  /**
   * Reads, in one statement, the story rows a query will need: those of the refs in its exact
   * buckets and of the band collisions that pass the row-sketch screen (matchOne screens them
   * again, which costs a few bit operations). Stories not found are noted as null.
   */
  private loadStories(sigs: ReadonlyArray<ArchiveSignature | null>, buckets: ReadonlyMap<number, number[]>, excludeSid: number | undefined, stories: Map<number, StoryRow | null>): void {
    const want = new Set<number>();
    for (const sig of sigs) {
      if (!sig) continue;
      const exactRows = buckets.get(sig.exactKey);
      if (exactRows && exactRows[0] !== -1) for (let k = 0; k < exactRows.length; k += 2) want.add(sidOf(exactRows[k]!));
      const qRow = rowSketch(sig.sketch);
      for (const band of sig.bands) {
        const rows = buckets.get(band);
        if (!rows || rows[0] === -1) continue;
        for (let k = 0; k < rows.length; k += 2) if (rowSketchAgreement(rows[k + 1]!, qRow) >= ROW_SKETCH_MIN) want.add(sidOf(rows[k]!));
      }
    }
    if (excludeSid !== undefined) want.delete(excludeSid);
    for (const sid of stories.keys()) want.delete(sid);
    if (want.size === 0) return;
    // The archive's own columns only: most of these stories are screened out on their slots'
    // sketches, and reading each one's draft (headline, status, dates) cost two thirds of this
    // statement at 1,000,000 stories (50 against 15 ms for 2,500 stories). A story's draft is
    // read once a candidate of it is about to be confirmed (admit).
    for (const [sid, storyId, label, slots, indexedAt] of this.storiesBySids.all(JSON.stringify([...want].sort((a, b) => a - b))) as Array<[number, string, string, Buffer, string]>) {
      stories.set(sid, { storyId, label, date: indexedAt, status: null, slots, features: new Map() });
      want.delete(sid);
    }
    for (const sid of want) stories.set(sid, null);
  }

  /** A story's paragraphs: its draft's current text, or archive_texts for a story that is no draft. */
  private textOf(sid: number, s: StoryRow): string[] {
    if (s.text) return s.text;
    if (flagsOf(s.slots) & FLAG_OWN_TEXT) {
      const json = this.textOfSid.get(sid) as string | undefined;
      s.text = json ? (JSON.parse(json) as string[]) : [];
    } else {
      const body = this.draftBody.get(s.storyId) as string | undefined;
      s.text = body === undefined ? [] : paragraphsOfBody(body);
    }
    return s.text;
  }

  private featuresAt(sid: number, s: StoryRow, idx: number): ParagraphFeatures | null {
    let f = s.features.get(idx);
    if (f === undefined) {
      const text = this.textOf(sid, s)[idx];
      f = text === undefined ? undefined : featuresOf(text);
      if (f) s.features.set(idx, f);
    }
    return f && eligible(f) ? f : null;
  }

  /**
   * One paragraph: exact repeats by their key, then LSH band collisions screened on the sketch
   * of their slot, then the best estimates confirmed on the other story's text.
   */
  private matchOne(sig: ArchiveSignature, excludeSid: number | undefined, storyOf: (sid: number) => StoryRow | null, admit: (s: StoryRow) => boolean, want: number, buckets: ReadonlyMap<number, number[]>): Confirmed[] {
    const res = new Map<number, Confirmed>();
    const confirm = (ref: number): boolean => {
      const sid = sidOf(ref);
      const s = storyOf(sid);
      if (!s || !admit(s)) return false;
      const f = this.featuresAt(sid, s, slotParagraph(s.slots, slotOf(ref)));
      if (!f) return false;
      const sim = compareParagraphs(f, sig.features);
      if (sim.near) res.set(ref, { ref, exact: sim.exact, score: sim.score });
      return sim.near;
    };
    // an exact key may collide by chance (32 bits): each is confirmed on the text like the rest
    let exact = 0;
    const exactRows = buckets.get(sig.exactKey) ?? [];
    const exactRefs = exactRows[0] === -1 ? (this.someOfKey.all(sig.exactKey) as number[]) : exactRows.filter((_, k) => k % 2 === 0);
    for (const ref of exactRefs) {
      if (sidOf(ref) === excludeSid) continue;
      if (confirm(ref) && ++exact >= want) return ranked(res);
    }
    // Band buckets larger than MAX_BUCKET hold paragraphs that share two boilerplate minimums,
    // not copies of this one: they were not read. The rest are screened twice before any text
    // is read: on the row sketch that came with the bucket (no read at all), then on the slot's
    // full sketch (one read of the story's row, shared by all its candidates in this query).
    const [q0, q1] = sig.sketch;
    const qRow = rowSketch(sig.sketch);
    const agree = new Map<number, number>();
    for (const band of sig.bands) {
      const rows = buckets.get(band);
      if (!rows || rows[0] === -1) continue;
      for (let k = 0; k < rows.length; k += 2) {
        const ref = rows[k]!;
        if (res.has(ref) || agree.has(ref) || sidOf(ref) === excludeSid) continue;
        if (rowSketchAgreement(rows[k + 1]!, qRow) < ROW_SKETCH_MIN) {
          agree.set(ref, -1);
          continue;
        }
        const s = storyOf(sidOf(ref));
        if (!s || slotOf(ref) >= slotCount(s.slots)) continue;
        const [s0, s1] = slotSketch(s.slots, slotOf(ref));
        const a = sketchAgreement(s0, s1, q0, q1);
        agree.set(ref, a >= SKETCH_MIN ? a : -1);
      }
    }
    const est = [...agree].filter(([, a]) => a >= 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    // best estimates first; stop once enough copies are confirmed (only the best few are listed).
    // Stories that did not come before the one checked are passed over without counting.
    let near = 0;
    let tried = 0;
    for (const [ref] of est) {
      if (!admit(storyOf(sidOf(ref))!)) continue;
      if (++tried > MAX_CANDIDATES) break;
      if (confirm(ref) && ++near >= want) break;
    }
    return ranked(res);
  }


  /**
   * The same answer by scanning every indexed paragraph (no index): the benchmark baseline and
   * the oracle for tests. A query word-pair index keeps the per-row work small, but every
   * story's text is still read and every indexed paragraph tokenized.
   */
  bruteForceMatches(paragraphs: readonly string[], opts: ArchiveQueryOptions = {}): ArchiveMatch[] {
    const excludeSid = opts.excludeId === undefined ? undefined : (this.getSid.get(opts.excludeId) as number | undefined);
    const maxRelated = opts.maxRelated ?? 3;
    const query = paragraphs.map((t) => featuresOf(t));
    const pairIndex = new Map<number, number[]>();
    const queryPairs: number[] = [];
    query.forEach((f, i) => {
      if (!eligible(f)) return;
      const pairs = new Set(shingleIds(f.words, 2));
      queryPairs[i] = pairs.size;
      for (const s of pairs) {
        const l = pairIndex.get(s);
        if (l) l.push(i);
        else pairIndex.set(s, [i]);
      }
    });
    const perParagraph = new Map<number, Array<{ ref: number; m: Omit<ArchiveMatch, 'paragraph'>; exact: boolean; score: number }>>();
    const self = opts.excludeId === undefined ? null : this.timesOfDraft(opts.excludeId);
    const all = this.db.prepare('SELECT sid FROM archive_stories').pluck();
    for (const sid of all.all() as number[]) {
      if (sid === excludeSid) continue;
      // the same story row and the same "came before" rule as the indexed query
      const s = storyRowOf(this.storyBySid.get(sid) as StoryBySidRow, self);
      if (!s) continue;
      const { storyId, slots } = s;
      const text = this.textOf(sid, s);
      const label = s.label || untitledName(text);
      for (let slot = 0; slot < slotCount(slots); slot++) {
        const idx = slotParagraph(slots, slot);
        const t = text[idx];
        if (t === undefined) continue;
        const f = featuresOf(t);
        if (!eligible(f)) continue;
        const pairs = new Set(shingleIds(f.words, 2));
        const hits = new Map<number, number>();
        for (const sh of pairs) for (const i of pairIndex.get(sh) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
        for (const [i, shared] of hits) {
          // the test needs at least half of the shorter paragraph's distinct word pairs shared
          // (similarity.ts shingleContainment; an exact repeat shares all): skipping the rest
          // gives the same answer without comparing every paragraph that shares a stock pair
          if (shared < DUP_PARAMS.shingleContainment * Math.min(pairs.size, queryPairs[i]!)) continue;
          const sim = compareParagraphs(f, query[i]!);
          if (!sim.near) continue;
          let list = perParagraph.get(i);
          if (!list) perParagraph.set(i, (list = []));
          list.push({ ref: sid * MAX_SLOTS + slot, m: { storyId, label, date: s.date, status: s.status, otherParagraph: idx, otherText: t, exact: sim.exact, score: sim.score }, exact: sim.exact, score: sim.score });
        }
      }
    }
    const out: ArchiveMatch[] = [];
    for (const i of [...perParagraph.keys()].sort((a, b) => a - b)) {
      const list = perParagraph.get(i)!.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.ref - b.ref);
      for (const c of list.slice(0, maxRelated)) out.push({ paragraph: i, ...c.m });
    }
    return out;
  }
}

function ranked(res: Map<number, Confirmed>): Confirmed[] {
  return [...res.values()].sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.ref - b.ref);
}
