/**
 * redaksi export (--draft ID | FILE [--byline NAME]) --to TARGET [--out PATH] [--force] [--status draft|pending]
 * redaksi export --all-approved --to TARGET --out DIR [--force]
 * The same pre-publish check as the app: exit 1 when blocked (the message lists why).
 * A FILE is imported into a throw-away store first so it goes through exactly the same path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import type { ExportOutcome, Services } from '../../shared/api/contract.js';
import { ExportTarget } from '../../shared/api/schemas.js';
import { openStore } from '../store/index.js';
import { createServices } from '../services/index.js';
import { importDraft } from './import-draft.js';
import { readArticleFile } from '../import/index.js';
import { nodeCredentialStores } from '../app/credentials-setup.js';
import { dataDirFromArgs } from '../app/paths.js';
import { acquireDataDirLock } from '../app/lock.js';
import { EXIT, parseArgs, UsageError, type CliIo } from './io.js';

function writeOutcome(out: ExportOutcome, dest: string | undefined, io: CliIo): void {
  if (out.remoteUrl) {
    io.stdout(`pushed: ${out.remoteUrl} (id ${out.remoteId})\n`);
    return;
  }
  const data = out.base64 !== undefined ? Buffer.from(out.base64, 'base64') : Buffer.from(out.text ?? '', 'utf8');
  if (!dest || dest === '-') {
    if (out.base64 !== undefined && !dest) throw new UsageError('DOCX is binary: name a file with --out');
    process.stdout.write(data);
    return;
  }
  const isDir = /[\\/]$/.test(dest) || (fs.existsSync(dest) && fs.statSync(dest).isDirectory());
  const file = isDir ? path.join(dest, out.filename) : dest;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, data);
  io.stdout(`wrote ${file}\n`);
}

async function exportOne(services: Services, id: string, target: string, force: boolean, status: string | undefined, dest: string | undefined, io: CliIo): Promise<number> {
  try {
    const out = await services['export.run']({ id, target: target as never, force, ...(status ? { status: status as never } : {}) });
    for (const w of out.check.warnings) io.stderr(`warning: ${w.message.en}\n`);
    writeOutcome(out, dest, io);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ApiError && e.code === 'blocked') {
      io.stderr(`${e.message}\n${e.message.startsWith('Export needs confirmation') ? 'Re-run with --force to export anyway.\n' : ''}`);
      return EXIT.problems;
    }
    throw e;
  }
}

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseArgs(argv, ['force', 'all-approved', 'json']);
  const target = flags.get('to');
  if (typeof target !== 'string' || !ExportTarget.safeParse(target).success) throw new UsageError(`--to must be one of ${ExportTarget.options.join(', ')}`);
  const force = flags.has('force');
  const out = flags.get('out') as string | undefined;
  const status = flags.get('status') as string | undefined;
  const credentials = nodeCredentialStores(argv);

  if (positionals.length > 0) {
    // a file: check and export it through a temporary store
    const file = readArticleFile(positionals[0]!);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-export-'));
    const store = openStore(dir, { damageCheck: 'recent' });
    try {
      const byline = flags.get('byline');
      const draft = importDraft(store, file, typeof byline === 'string' ? { byline } : undefined);
      // a file handed to the CLI is the desk's own copy: it has no review workflow to wait for
      store.drafts.update(draft.id, { status: 'approved' }, new Date().toISOString());
      return await exportOne(createServices(store, { credentials }), draft.id, target, force, status, out, io);
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const dataDir = dataDirFromArgs(argv);
  const lock = acquireDataDirLock(dataDir, 'command line');
  const store = openStore(dataDir, { damageCheck: 'recent' });
  try {
    const services = createServices(store, { credentials });
    if (flags.has('all-approved')) {
      if (!out) throw new UsageError('--all-approved needs --out DIR');
      fs.mkdirSync(out, { recursive: true });
      const approved = await services['drafts.list']({ status: 'approved', limit: 10_000 });
      let worst: number = EXIT.ok;
      for (const d of approved) {
        io.stdout(`${d.id} ${d.headline}\n`);
        worst = Math.max(worst, await exportOne(services, d.id, target, force, status, out, io));
      }
      io.stdout(`${approved.length} approved stories processed\n`);
      return worst;
    }
    const id = flags.get('draft');
    if (typeof id !== 'string') throw new UsageError('export needs --draft ID, a FILE, or --all-approved');
    return await exportOne(services, id, target, force, status, out, io);
  } finally {
    store.close();
    lock.release();
  }
}
