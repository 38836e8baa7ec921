/**
 * One archive worker (worker_threads): a read-only connection to the store's file, answering
 * `matches` for a slice of a story's paragraphs (archive-pool.ts) and preparing pending drafts
 * for the catch-up (archive-catch-up.ts). See those modules for why this work runs here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './database.js';
import { ArchiveIndex, paragraphsOfBody, type ArchiveQueryOptions } from './archive-index.js';
import { prepareStory } from './archive-codec.js';
import { EDIT_OF } from './body-edits.js';
import type { ArchiveRequest, ArchiveResponse, ArchiveWorkerData, PrepareRequest, PrepareResponse } from './archive-pool.js';
import { errorMessage } from '../../shared/api/errors.js';

const data = workerData as ArchiveWorkerData;
const db = openDatabase(data.file, { readonly: true, ...(data.mmap === false ? { mmap: false } : {}), ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
const index = new ArchiveIndex(db);
const drafts = db.prepare(`SELECT id, draft_body(body, packed, ${EDIT_OF('drafts')}), updated_at FROM drafts WHERE id IN (SELECT value FROM json_each(?)) AND trashed_at IS NULL`).raw();

function prepare(req: PrepareRequest): PrepareResponse {
  const stories = (drafts.all(JSON.stringify(req.prepare)) as Array<[string, string, string]>).map(([id, body, stamp]) => {
    const p = prepareStory(paragraphsOfBody(body));
    return { id, stamp, slots: new Uint8Array(p.slots.buffer, p.slots.byteOffset, p.slots.byteLength), keys: p.keys, lines: p.lines };
  });
  return { id: req.id, stories };
}

parentPort!.on('message', (req: ArchiveRequest | PrepareRequest) => {
  let res: ArchiveResponse | PrepareResponse;
  try {
    if ('prepare' in req) res = prepare(req);
    else {
      const opts: ArchiveQueryOptions = req.opts;
      res = { id: req.id, matches: index.matches(req.paragraphs, opts) };
    }
  } catch (e) {
    res = { id: req.id, error: errorMessage(e) };
  }
  parentPort!.postMessage(res);
});
parentPort!.postMessage({ ready: true });
