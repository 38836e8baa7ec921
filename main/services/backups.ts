/**
 * app.status, backups.list, backups.create, backups.restore: the store's safety net through the
 * contract, so the UI can show a recovery banner and offer "restore a backup".
 */
import path from 'node:path';
import type { ParsedInputOf } from '../../shared/api/contract.js';
import { ApiError, errorMessage } from '../../shared/api/errors.js';
import type { AppStatus, BackupSummary, RestoreResult } from '../../shared/model/backup.js';
import { createBackup, listBackups, type BackupInfo } from '../store/backup.js';
import type { ServiceContext } from './context.js';
import { closeArchivePool } from './archive.js';

const summary = (b: BackupInfo): BackupSummary => ({ name: b.name, at: b.at, bytes: b.bytes });

export function backupServices(ctx: ServiceContext) {
  return {
    'app.status': (): AppStatus => {
      const list = listBackups(ctx.store.dir);
      const r = ctx.store.recovery;
      return {
        dataDir: ctx.store.dir,
        recovery: r ? { message: r.message, movedTo: r.movedTo, restoredFrom: r.restoredFrom ? path.basename(r.restoredFrom) : null, at: r.at } : null,
        backups: { count: list.length, newest: list[0] ? summary(list[0]) : null },
      };
    },
    'backups.list': (): BackupSummary[] => listBackups(ctx.store.dir).map(summary),
    'backups.create': async (): Promise<BackupSummary> => summary(await createBackup(ctx.store.db, ctx.store.dir)),
    'backups.restore': async (i: ParsedInputOf<'backups.restore'>): Promise<RestoreResult> => {
      // only a name from the list: the UI can never make main read an arbitrary path
      const target = listBackups(ctx.store.dir).find((b) => b.name === i.name);
      if (!target) throw new ApiError('not-found', `No backup named ${i.name}.`);
      const safety = await createBackup(ctx.store.db, ctx.store.dir, { keep: Number.MAX_SAFE_INTEGER });
      await closeArchivePool(ctx); // its workers hold the current file open
      try {
        const { movedTo } = ctx.store.replaceWith(target.file);
        return { restored: summary(target), safetyCopy: summary(safety), movedTo };
      } catch (e) {
        throw new ApiError('internal', `The backup could not be restored: ${errorMessage(e)}. Nothing was changed.`);
      }
    },
  };
}
