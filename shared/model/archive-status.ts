/** Where the archive index stands against the stories in the store (contract 'archive.status'). */
export interface ArchiveStatus {
  /**
   * 'idle': nothing running; 'catching-up': indexing the stories noted as changed (after an
   * import or an upgrade of the index, tens of thousands); 'stopped': stopped by the user, the
   * rest waits for 'archive.catchUp'
   */
  state: 'idle' | 'catching-up' | 'stopped';
  /** of the current or last catch-up: stories handled and in all */
  done: number;
  total: number;
  /** estimated time left of a running catch-up, from its rate so far */
  etaMs: number | null;
  /** stories noted as changed and not yet indexed */
  pending: number;
}

/** more stories than this waiting, and the archive catches up in the background with a progress bar */
export const ARCHIVE_BACKGROUND_FROM = 500;
