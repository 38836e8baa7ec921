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

/** Backup file names as the store writes them; nothing else can be named in a restore call. */
export const BACKUP_NAME = /^redaksi-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?\.db$/;
