/**
 * One archive-query worker (worker_threads): a read-only connection to the store's file and an
 * ArchiveIndex over it, answering `matches` for a slice of a story's paragraphs. See
 * archive-pool.ts for why queries run here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './database.js';
import { ArchiveIndex, type ArchiveQueryOptions } from './archive-index.js';
import type { ArchiveRequest, ArchiveResponse, ArchiveWorkerData } from './archive-pool.js';
import { errorMessage } from '../../shared/api/errors.js';

const data = workerData as ArchiveWorkerData;
const db = openDatabase(data.file, { readonly: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
const index = new ArchiveIndex(db);

parentPort!.on('message', (req: ArchiveRequest) => {
  let res: ArchiveResponse;
  try {
    const opts: ArchiveQueryOptions = req.opts;
    res = { id: req.id, matches: index.matches(req.paragraphs, opts) };
  } catch (e) {
    res = { id: req.id, error: errorMessage(e) };
  }
  parentPort!.postMessage(res);
});
parentPort!.postMessage({ ready: true });
