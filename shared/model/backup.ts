/** What the UI sees of the store's safety net (main/store/backup.ts). */

/** One verified backup copy of the whole store. */
export interface BackupSummary {
  /** file name inside the data folder's backups/ (the only thing a restore call accepts) */
  name: string;
  /** ISO time the copy was taken */
  at: string;
  bytes: number;
}

/** What happened to the store at start, for a banner: set when a damaged database was replaced. */
export interface StoreRecovery {
  message: string;
  movedTo: string;
  restoredFrom: string | null;
  at: string;
}

export interface AppStatus {
  dataDir: string;
  recovery: StoreRecovery | null;
  backups: { count: number; newest: BackupSummary | null };
}

export interface RestoreResult {
  restored: BackupSummary;
  /** a backup of the state just before the restore, so the restore itself can be undone */
  safetyCopy: BackupSummary | null;
  /** where the replaced database files were moved */
  movedTo: string;
}

/**
 * Backup file names: `redaksi-<UTC time, ':' and '.' as '-'>[-<n>].db` (n tells apart two copies
 * taken in one millisecond). The store writes and lists them with the two functions below, and
 * nothing else can be named in a restore call.
 */
export const BACKUP_NAME = /^redaksi-(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.db$/;

/** A UTC time as it can stand in a file name on every platform (no ':'), for backups and moved-aside folders. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/:/g, '-').replace('.', '-');
}

export function backupName(at: Date, seq = 0): string {
  return `redaksi-${fileStamp(at)}${seq > 0 ? `-${seq}` : ''}.db`;
}

/** The ISO time and sequence a backup's name carries, or null for a name the store did not write. */
export function parseBackupName(name: string): { at: string; seq: number } | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  return { at: `${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`, seq: Number(m[5] ?? 0) };
}
