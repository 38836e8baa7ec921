/**
 * `redaksi import FILE|DIR... [--json] [--batch N]`: stories into the store through the same
 * service as the app (createDraft, origin "import").
 *
 * A back catalogue is tens of thousands of files, so folders are streamed: files are read and
 * parsed `--batch` at a time (default 500) and each batch is one transaction, with each story in
 * its own savepoint inside it, so a story that fails to store leaves nothing of itself behind and
 * the others go in. Memory holds one batch of parsed files, never the whole folder. Progress
 * with the rate and the time left goes to stderr after each batch.
 *
 * Files named on the command line are read first and refused as a whole when one is bad (exit 2,
 * nothing stored): the user chose each of them. Bad files found in folders are reported on
 * stderr and skipped; the exit code is then 1.
 */
import { acquireDataDirLock } from '../app/lock.js';
import { dataDirFromArgs } from '../app/paths.js';
import { encodingNotice, readArticleFile, type ArticleFile } from '../import/index.js';
import { importSources } from '../import/walk.js';
import { openStore, type Store } from '../store/index.js';
import { paragraphsOf } from '../../shared/model/lexical-doc.js';
import { importDraft } from './import-draft.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';
import { errorMessage } from '../../shared/api/errors.js';

const DEFAULT_BATCH = 500;

interface Imported {
  id: string;
  path: string;
  headline: string;
  paragraphs: number;
}
interface Skipped {
  path: string;
  error: string;
}


function storeBatch(store: Store, files: ArticleFile[], skipped: Skipped[]): Imported[] {
  const done: Imported[] = [];
  store.tx(() => {
    for (const f of files) {
      try {
        // nested: a savepoint per story, rolled back alone when this story fails
        const d = store.tx(() => importDraft(store, f));
        done.push({ id: d.id, path: f.path, headline: d.headline, paragraphs: paragraphsOf(d.body).length });
      } catch (e) {
        skipped.push({ path: f.path, error: errorMessage(e) });
      }
    }
  });
  return done;
}

function progressLine(done: number, total: number, startedMs: number): string {
  const seconds = (performance.now() - startedMs) / 1000;
  const rate = done / Math.max(seconds, 1e-3);
  const left = rate > 0 ? (total - done) / rate : 0;
  return `redaksi import: ${done}/${total} files, ${rate.toFixed(0)}/s, about ${left < 60 ? `${left.toFixed(0)} s` : `${(left / 60).toFixed(1)} min`} left\n`;
}

export function runImport(argv: string[], io: CliIo): number {
  const { flags, positionals } = parseArgs(argv, ['json']);
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE or folder (.txt, .md or .html)');
  const batch = flags.has('batch') ? Number(flags.get('batch')) : DEFAULT_BATCH;
  if (!Number.isInteger(batch) || batch < 1) throw new UsageError('--batch needs a whole number of files, 1 or more');
  const sources = importSources(positionals);
  const named = sources.named.map((p) => readArticleFile(p));
  // an old archive in Windows-1252 is read, but the user is told how, in case the guess is wrong
  const tellEncoding = (f: ArticleFile) => {
    const notice = encodingNotice(f);
    if (notice) io.stderr(`redaksi import: ${notice}\n`);
  };
  named.forEach(tellEncoding);

  const imported: Imported[] = [];
  const skipped: Skipped[] = [];
  const total = named.length + sources.found.length;
  const started = performance.now();
  const dir = dataDirFromArgs(argv);
  const lock = acquireDataDirLock(dir, 'command line');
  // no memory map: an import only writes, and mapped pages would count as its memory
  const store = openStore(dir, { mmap: false, damageCheck: 'recent' });
  try {
    if (named.length) imported.push(...storeBatch(store, named, skipped));
    for (let i = 0; i < sources.found.length; i += batch) {
      const files: ArticleFile[] = [];
      for (const p of sources.found.slice(i, i + batch)) {
        try {
          const f = readArticleFile(p);
          tellEncoding(f);
          files.push(f);
        } catch (e) {
          skipped.push({ path: p, error: errorMessage(e) });
        }
      }
      imported.push(...storeBatch(store, files, skipped));
      io.stderr(progressLine(named.length + Math.min(i + batch, sources.found.length), total, started));
    }
  } finally {
    store.close();
    lock.release();
  }
  for (const s of skipped) io.stderr(`redaksi import: skipped ${s.error.startsWith(s.path) ? s.error : `${s.path}: ${s.error}`}\n`);
  const seconds = (performance.now() - started) / 1000;
  if (flags.has('json')) {
    io.stdout(JSON.stringify({ imported, skipped, summary: { files: total, imported: imported.length, skipped: skipped.length, ignored: sources.ignored, seconds: Number(seconds.toFixed(2)) } }) + '\n');
  } else {
    for (const c of imported) io.stdout(`imported ${c.path} as ${c.id}: "${c.headline}" (${c.paragraphs} paragraphs)\n`);
    if (sources.found.length) io.stdout(`${imported.length} imported, ${skipped.length} skipped, ${sources.ignored} other files ignored, in ${seconds.toFixed(1)} s\n`);
  }
  return skipped.length ? EXIT.problems : EXIT.ok;
}
