import type { ExportTarget } from './export-target.js';

export interface ExportRecord {
  id: number;
  draftId: string;
  revisionId: number | null;
  /** the story's version at export; a later save means "changed since export" */
  draftVersion: number;
  target: ExportTarget;
  at: string;
  who: string;
  remoteId?: string;
  remoteUrl?: string;
  /** the CMS's last-modified time after our push (Ghost's updated_at conflict check) */
  remoteModified?: string;
  /** exported with "export anyway" despite warnings */
  forced: boolean;
  /** the pre-publish warnings that were overridden */
  warnings: string[];
}
