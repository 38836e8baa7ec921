/**
 * Archive duplicates (issue 4): every other story in the store is the archive. A paragraph that
 * repeats or nearly repeats an archive paragraph gets an 'archive-duplicate' finding naming the
 * other story and paragraph.
 *
 * Lookup never scans the archive: exact repeats come from an index on a 52-bit hash of the
 * normalized text, near repeats from MinHash LSH band keys (shared/analysis/minhash.ts); the
 * candidates are then confirmed on their stored text with the same test used inside a story.
 * `bruteForceQuery` does the full scan on purpose, as the benchmark baseline and test oracle.
 */
import type { Finding, RelatedRange, UiLanguage } from '../../shared/model/finding.js';
import { fingerprintOf } from '../../shared/model/fingerprint.js';
import { msg } from '../../shared/analysis/messages.js';
import { archiveSignature, estimateJaccard, LSH, MIN_ESTIMATE, type ArchiveSignature } from '../../shared/analysis/minhash.js';
import { shingleIds, trimmedRange } from '../../shared/analysis/normalize.js';
import { compareParagraphs, eligible, featuresOf, type ParagraphFeatures } from '../../shared/analysis/similarity.js';
import type { LexicalJson } from '../../shared/model/draft.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import type { Db } from './migrations/types.js';

export interface ArchiveQueryOptions {
  /** the story being checked (never reported against itself) */
  excludeId?: string;
  uiLanguage?: UiLanguage;
  /** at most this many other copies listed in `related` (best first); default 3 */
  maxRelated?: number;
}

export interface ArchiveMatch {
  paragraph: number;
  storyId: string;
  label: string;
  otherParagraph: number;
  otherText: string;
  exact: boolean;
  score: number;
}

function sigBlob(sig: Uint32Array): Buffer {
  const b = Buffer.alloc(sig.length * 4);
  for (let i = 0; i < sig.length; i++) b.writeUInt32LE(sig[i]!, i * 4);
  return b;
}
function sigOf(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}

const LSH_PLACEHOLDERS = Array.from({ length: LSH.bands }, () => '?').join(', ');

/** A band bucket with more paragraphs than this is boilerplate and is not read. */
const MAX_BUCKET = 200;

/** Candidates confirmed per query paragraph at most (bounded query cost on boilerplate). */
const MAX_CANDIDATES = 64;

interface ParaRow {
  pid: number;
  sid: number;
  idx: number;
  text: string;
  story_id: string;
  label: string;
}

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
  private readonly sigByPid;
  private readonly insSig;
  private readonly delSigs;
  private readonly countStmt;

  constructor(private readonly db: Db) {
    this.insStory = db.prepare(
      `INSERT INTO archive_stories (story_id, label, indexed_at) VALUES (?, ?, ?)
       ON CONFLICT(story_id) DO UPDATE SET label = excluded.label, indexed_at = excluded.indexed_at RETURNING sid`,
    );
    this.getSid = db.prepare('SELECT sid FROM archive_stories WHERE story_id = ?').pluck();
    this.insPara = db.prepare('INSERT INTO archive_paragraphs (sid, idx, exact, text) VALUES (?, ?, ?, ?)');
    this.insSig = db.prepare('INSERT INTO archive_sigs (pid, sig) VALUES (?, ?)');
    this.delSigs = db.prepare('DELETE FROM archive_sigs WHERE pid IN (SELECT pid FROM archive_paragraphs WHERE sid = ?)');
    // all bands of a paragraph in one statement (one call into SQLite instead of LSH.bands)
    this.insBand = db.prepare(`INSERT OR IGNORE INTO archive_bands (band, pid) VALUES ${Array.from({ length: LSH.bands }, () => '(?, ?)').join(', ')}`);
    this.delBand = db.prepare(`DELETE FROM archive_bands WHERE pid = ? AND band IN (${LSH_PLACEHOLDERS})`);
    this.parasOfStory = db.prepare('SELECT pid, text FROM archive_paragraphs WHERE sid = ?');
    this.delParas = db.prepare('DELETE FROM archive_paragraphs WHERE sid = ?');
    this.delStory = db.prepare('DELETE FROM archive_stories WHERE sid = ?');
    const paraCols = 'p.pid, p.sid, p.idx, p.text, s.story_id, s.label';
    this.byExact = db.prepare(`SELECT ${paraCols} FROM archive_paragraphs p JOIN archive_stories s ON s.sid = p.sid WHERE p.exact = ?`);
    // one statement per query paragraph for all its bands, one for the candidates' MinHash values
    this.byBand = db.prepare(`SELECT band, pid FROM archive_bands WHERE band IN (${LSH_PLACEHOLDERS})`).raw();
    this.sigByPid = db.prepare('SELECT pid, sig FROM archive_sigs WHERE pid IN (SELECT value FROM json_each(?))').raw();
    this.byPid = db.prepare(`SELECT ${paraCols} FROM archive_paragraphs p JOIN archive_stories s ON s.sid = p.sid WHERE p.pid = ?`);
    this.countStmt = db.prepare('SELECT (SELECT count(*) FROM archive_stories) AS stories, (SELECT count(*) FROM archive_paragraphs) AS paragraphs');
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
        this.insSig.run(pid, sigBlob(sig.sig));
        this.insBand.run(sig.bands.flatMap((band) => [band, pid]));
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
      this.delSigs.run(sid);
      this.delParas.run(sid);
      this.delStory.run(sid);
    })();
  }

  /**
   * Brings the index up to date with the drafts table: every story that is not in the trash
   * (drafts and exported stories) is indexed at its current version; trashed or deleted ones
   * are removed. Cheap when nothing changed (one pass over ids and timestamps).
   */
  syncDrafts(): { indexed: number; removed: number } {
    const drafts = this.db.prepare('SELECT id, updated_at FROM drafts WHERE trashed_at IS NULL').all() as Array<{ id: string; updated_at: string }>;
    const indexed = new Map(
      (this.db.prepare('SELECT story_id, indexed_at FROM archive_stories').all() as Array<{ story_id: string; indexed_at: string }>).map((r) => [r.story_id, r.indexed_at]),
    );
    const one = this.db.prepare('SELECT headline, body, updated_at FROM drafts WHERE id = ?');
    let n = 0;
    let removed = 0;
    this.db.transaction(() => {
      const live = new Set<string>();
      for (const d of drafts) {
        live.add(d.id);
        if (indexed.get(d.id) === d.updated_at) continue;
        const row = one.get(d.id) as { headline: string; body: string; updated_at: string };
        let paragraphs: string[] = [];
        try {
          paragraphs = paragraphsOf(JSON.parse(row.body) as LexicalJson);
        } catch {
          paragraphs = [];
        }
        this.indexStory(d.id, row.headline, paragraphs, row.updated_at);
        n++;
      }
      for (const id of indexed.keys()) {
        if (!live.has(id)) {
          this.removeStory(id);
          removed++;
        }
      }
    })();
    return { indexed: n, removed };
  }

  stats(): { stories: number; paragraphs: number } {
    return this.countStmt.get() as { stories: number; paragraphs: number };
  }

  /** Raw matches for each paragraph of the story being checked (best first per paragraph). */
  matches(paragraphs: readonly string[], opts: ArchiveQueryOptions = {}): ArchiveMatch[] {
    const excludeSid = opts.excludeId === undefined ? undefined : (this.getSid.get(opts.excludeId) as number | undefined);
    const maxRelated = opts.maxRelated ?? 3;
    const rowCache = new Map<number, { row: ParaRow; f: ParagraphFeatures } | null>();
    const load = (pid: number) => {
      let v = rowCache.get(pid);
      if (v === undefined) {
        const row = this.byPid.get(pid) as ParaRow | undefined;
        v = row && row.sid !== excludeSid ? { row, f: featuresOf(row.text) } : null;
        rowCache.set(pid, v);
      }
      return v;
    };
    const out: ArchiveMatch[] = [];
    const seenKeys = new Map<string, ArchiveMatch[]>();
    paragraphs.forEach((text, i) => {
      const sig = archiveSignature(text);
      if (!sig) return;
      const again = seenKeys.get(sig.features.key);
      if (again) {
        for (const m of again) out.push({ ...m, paragraph: i });
        return;
      }
      const found = this.matchOne(sig, excludeSid, load, maxRelated).slice(0, maxRelated);
      const ms = found.map((c) => ({
        paragraph: i,
        storyId: c.row.story_id,
        label: c.row.label,
        otherParagraph: c.row.idx,
        otherText: c.row.text,
        exact: c.exact,
        score: c.score,
      }));
      seenKeys.set(sig.features.key, ms);
      out.push(...ms);
    });
    return out;
  }

  private matchOne(
    sig: ArchiveSignature,
    excludeSid: number | undefined,
    load: (pid: number) => { row: ParaRow; f: ParagraphFeatures } | null,
    want: number,
  ): Array<{ row: ParaRow; exact: boolean; score: number }> {
    const res = new Map<number, { row: ParaRow; exact: boolean; score: number }>();
    // a 52-bit hash of the normalized text: with a million paragraphs a collision has odds of
    // about 1 in 10^4 over the whole archive, so an equal hash is taken as an exact repeat
    for (const row of this.byExact.all(sig.exact) as ParaRow[]) {
      if (row.sid === excludeSid) continue;
      res.set(row.pid, { row, exact: true, score: 1 });
    }
    if (res.size >= want) return this.ranked(res);
    // Band buckets larger than MAX_BUCKET hold paragraphs that share two boilerplate minimums,
    // not copies of this one: skip them (bounded cost per band). Then screen the collisions on
    // the stored MinHash values before reading any text.
    const buckets = new Map<number, number[]>();
    for (const [band, pid] of this.byBand.all(...sig.bands) as Array<[number, number]>) {
      const b = buckets.get(band);
      if (b) b.push(pid);
      else buckets.set(band, [pid]);
    }
    const wanted = new Set<number>();
    for (const pids of buckets.values()) {
      if (pids.length > MAX_BUCKET) continue;
      for (const pid of pids) if (!res.has(pid)) wanted.add(pid);
    }
    const est = new Map<number, number>();
    if (wanted.size > 0) {
      for (const [pid, blob] of this.sigByPid.all(JSON.stringify([...wanted])) as Array<[number, Buffer]>) {
        const e = estimateJaccard(sigOf(blob), sig.sig);
        if (e >= MIN_ESTIMATE) est.set(pid, e);
      }
    }
    const cands = [...est].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES);
    // best estimates first; stop once enough copies are confirmed (only the best few are listed)
    let near = 0;
    for (const [pid] of cands) {
      const c = load(pid);
      if (!c) continue;
      const sim = compareParagraphs(c.f, sig.features);
      if (sim.near) {
        res.set(pid, { row: c.row, exact: sim.exact, score: sim.score });
        if (++near >= want) break;
      }
    }
    return this.ranked(res);
  }

  private ranked(res: Map<number, { row: ParaRow; exact: boolean; score: number }>): Array<{ row: ParaRow; exact: boolean; score: number }> {
    return [...res.values()].sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.row.pid - b.row.pid);
  }

  /** 'archive-duplicate' findings: one per paragraph, naming the best other copy first. */
  query(paragraphs: readonly string[], opts: ArchiveQueryOptions = {}): Finding[] {
    return archiveFindings(paragraphs, this.matches(paragraphs, opts), opts.uiLanguage ?? 'en');
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
    const perParagraph = new Map<number, Array<{ row: ParaRow; exact: boolean; score: number }>>();
    const all = this.db.prepare(
      'SELECT p.pid, p.sid, p.idx, p.text, s.story_id, s.label FROM archive_paragraphs p JOIN archive_stories s ON s.sid = p.sid',
    );
    for (const row of all.iterate() as Iterable<ParaRow>) {
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

/** Turns raw matches into findings (one per query paragraph; related lists the other copies). */
export function archiveFindings(paragraphs: readonly string[], matches: ArchiveMatch[], ui: UiLanguage): Finding[] {
  const byParagraph = new Map<number, ArchiveMatch[]>();
  for (const m of matches) {
    const l = byParagraph.get(m.paragraph);
    if (l) l.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  const out: Finding[] = [];
  for (const [i, ms] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    const text = paragraphs[i]!;
    const here = trimmedRange(text);
    const first = ms[0]!;
    const related: RelatedRange[] = ms.map((m) => {
      const r = trimmedRange(m.otherText);
      return { paragraph: m.otherParagraph, start: r.start, end: r.end, article: m.storyId, label: m.label };
    });
    out.push({
      rule: 'archive-duplicate',
      severity: 'warning',
      message: msg.archive(ui, first.label, first.otherParagraph, first.exact, Math.round(first.score * 100)),
      paragraph: i,
      start: here.start,
      end: here.end,
      related,
      fingerprint: fingerprintOf('archive-duplicate', featuresOf(text).key, first.storyId, featuresOf(first.otherText).key),
    });
  }
  return out;
}
