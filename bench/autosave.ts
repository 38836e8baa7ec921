/**
 * `npm run bench -- --only autosave` (#17): an acknowledged autosave of a 10,000-word story
 * (drafts.save as the app's transports deliver it: `dispatch` validates the input with the
 * contract's zod schema, then the service writes in one transaction, WAL with synchronous = FULL,
 * and answers only after the commit reached the disk) against the floor any durable save pays: a bare write of
 * the same bytes to a file in the same folder followed by fsync. Rounds are interleaved so a
 * busy moment on a shared machine hits both sides.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../main/store/index.js';
import { createServices } from '../main/services/index.js';
import { dispatch } from '../main/transport/dispatch.js';
import { docFromParagraphs } from '../shared/model/lexical-doc.js';
import { loadCorpus } from '../tests/helpers/corpus.js';
import { storyOf } from './duplicates.js';
import { median, round, spread } from './lib/stats.js';
import { runIfMain } from './run-alone.js';

const ROUNDS = 60;
/**
 * Saves before the measured ones, not timed: an editing session autosaves hundreds of times, and
 * its first saves also write the first interval revision and run code the JIT has not compiled
 * yet (the first ten saves of a run took 2-20 ms where the rest took 1.1-1.3).
 */
const WARMUP = 10;
/** saves typed in one paragraph before the reporter moves to another */
const PLACE_SAVES = 8;

export async function run(): Promise<Record<string, number>> {
  const corpus = loadCorpus();
  if (!corpus) throw new Error('the news corpora are needed (../shared/fixtures/corpus or REDAKSI_CORPUS)');
  const paragraphs = storyOf([...corpus.detik, ...corpus.bbc], 10_000, 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-bench-autosave-'));
  const store = openStore(dir);
  try {
    let clock = Date.parse('2026-12-01T08:00:00Z');
    // the editor saves every pause in typing; a revision is due once per 10 minutes, so most saves write none
    const api = createServices(store, { now: () => new Date((clock += 1500)) });
    const draft = await api['drafts.create']({ headline: 'Bench', body: docFromParagraphs(paragraphs) });
    let version = draft.version;
    const bytes = Buffer.from(JSON.stringify(docFromParagraphs(paragraphs)));
    const floorFile = path.join(dir, 'fsync-floor.bin');
    const pendingEdit = store.db.prepare<[string], string>('SELECT edit FROM draft_edits WHERE draft_id = ?').pluck();
    const save: number[] = [];
    const floor: number[] = [];
    // the story as typed so far: edits accumulate, as in an editing session
    const edited = [...paragraphs];
    let k = 0;
    let fullWrites = 0;
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      // one typed word per save; every PLACE_SAVES saves the reporter moves to another paragraph,
      // anywhere in the story (a fixed sequence of jumps), so an edit spreads and now and then
      // the save writes the body whole again (main/store/body-edits.ts)
      if (i % PLACE_SAVES === 0) k = (k + 37 + i) % edited.length;
      edited[k] = `${edited[k]} kata${i}`;
      // what arrives over IPC: the editor's whole story, already an object (structured clone)
      const input = { id: draft.id, baseVersion: version, body: docFromParagraphs(edited) };
      const editsBefore = pendingEdit.get(draft.id);
      let t = performance.now();
      const r = await dispatch(api, 'drafts.save', input);
      if (i >= WARMUP) save.push(performance.now() - t);
      if (i >= WARMUP && pendingEdit.get(draft.id) === undefined && editsBefore !== undefined) fullWrites++;
      if (!r.ok) throw new Error(`the save failed: ${r.error.message}`);
      version = (r.value as { version: number }).version;
      t = performance.now();
      const fd = fs.openSync(floorFile, 'w');
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      if (i >= WARMUP) floor.push(performance.now() - t);
    }
    const autosave_10k_ms = round(median(save));
    console.log(`[autosave] ${fullWrites} of ${ROUNDS} measured saves wrote the body whole (the edit grew past its limit)`);
    const fsync_10k_ms = round(median(floor));
    const autosave_fsync_ratio = round(autosave_10k_ms / fsync_10k_ms);
    console.log(`[autosave] ${paragraphs.join(' ').split(/\s+/).length} words, ${(bytes.length / 1024).toFixed(0)} KB body: autosave ${spread(save)}; write + fsync of the same bytes ${spread(floor)}; ratio ${autosave_fsync_ratio} (target <= 2)`);
    return { autosave_10k_ms, fsync_10k_ms, autosave_fsync_ratio };
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runIfMain(import.meta.url, run);
