/**
 * Background sync for the app and web mode: a round every few seconds while signed in, one soon
 * after each save, one at a time, backing off while the hub is unreachable (so a laptop on a
 * train does not hammer a dead address) and coming back to the normal pace on the first
 * success. It only schedules; a round is `syncOnce` (sync.ts), the same as `redaksi sync`.
 */
import type { SyncReport } from '../../shared/api/hub-contract.js';
import type { NewsroomConflict, SyncPhase, SyncRefusal, SyncStatus } from '../../shared/api/hub-contract.js';
import { errorMessage } from '../../shared/api/errors.js';
import { isOffline } from './hub-client.js';

export interface SchedulerOptions {
  /** one round; rejects when the hub is unreachable (isOffline) or refuses */
  round(): Promise<SyncReport>;
  signedIn(): boolean;
  /** the conflicting copies not yet read (the store keeps them across restarts; sync.ts adds them) */
  conflicts?: () => NewsroomConflict[];
  intervalMs?: number;
  /** the longest wait between attempts while offline */
  maxBackoffMs?: number;
  /** a save is followed by a round this much later (saves during it join the same round) */
  afterSaveMs?: number;
  now?: () => Date;
  /** where the refusals not yet read are kept across restarts (the store's settings in the app) */
  keptRefusals?: { load(): SyncRefusal[]; save(list: SyncRefusal[]): void };
}

export interface SyncScheduler {
  /** a round soon (after a save) */
  nudge(): void;
  /** a round now, or the one running; resolves with its report */
  runNow(): Promise<SyncReport>;
  status(): SyncStatus;
  /** the user has read the refusals shown */
  dismissRefusals(): void;
  stop(): void;
}

/**
 * What a round's report says the hub refused, besides story texts. A refused change leaves the
 * outbox (it would be refused again), so the report names it once: the scheduler keeps it.
 */
export function refusalsOf(report: SyncReport, at: string): SyncRefusal[] {
  return [
    ...(report.decisions?.refused ?? []).map((r) => ({ kind: 'decision' as const, id: r.id, storyId: r.id.split('/')[0] ?? null, message: r.message, at })),
    ...(report.facts?.refused ?? []).map((r) => ({ kind: 'fact' as const, id: r.id, storyId: null, message: r.message, at })),
    ...(report.comments?.refused ?? []).map((r) => ({ kind: 'comment' as const, id: r.id, storyId: r.storyId, message: r.message, at })),
  ];
}

export const SYNC_INTERVAL_MS = 5_000;
export const MAX_BACKOFF_MS = 60_000;

export function startSyncScheduler(opts: SchedulerOptions): SyncScheduler {
  const interval = opts.intervalMs ?? SYNC_INTERVAL_MS;
  const maxBackoff = opts.maxBackoffMs ?? MAX_BACKOFF_MS;
  const afterSave = opts.afterSaveMs ?? 500;
  const now = opts.now ?? (() => new Date());
  let phase: SyncPhase = 'synced';
  let lastSyncAt: string | null = null;
  let changedAt: string | null = null;
  let commentsChangedAt: string | null = null;
  let lastError: string | null = null;
  const refusalKey = (r: SyncRefusal) => `${r.kind}:${r.id}`;
  const refused = new Map<string, SyncRefusal>((opts.keptRefusals?.load() ?? []).map((r) => [refusalKey(r), r]));
  const keep = () => opts.keptRefusals?.save([...refused.values()]);
  let failures = 0;
  let running: Promise<SyncReport> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const delay = () => (failures === 0 ? interval : Math.min(maxBackoff, interval * 2 ** failures));

  function schedule(ms: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref?.();
  }

  function tick(): void {
    timer = null;
    if (!opts.signedIn()) return schedule(interval);
    runNow().then(
      () => undefined,
      () => undefined,
    );
  }

  async function round(): Promise<SyncReport> {
    phase = 'syncing';
    try {
      const report = await opts.round();
      const at = now().toISOString();
      if (report.down.length || report.conflicts.length) changedAt = at;
      if (report.comments?.down) commentsChangedAt = at;
      const news = refusalsOf(report, at);
      for (const r of news) refused.set(refusalKey(r), r);
      if (news.length) keep();
      failures = 0;
      lastError = null;
      lastSyncAt = at;
      return report;
    } catch (e) {
      lastError = errorMessage(e);
      // a refusal that is not about reachability (signed out on the hub, say) is shown, not retried fast
      failures = Math.min(failures + 1, 16);
      if (!isOffline(e)) phase = 'error';
      throw e;
    } finally {
      if (phase === 'syncing') phase = lastError ? 'offline' : 'synced';
    }
  }

  function runNow(): Promise<SyncReport> {
    if (running) {
      again = true;
      return running;
    }
    const p = round().finally(() => {
      running = null;
      if (again) {
        again = false;
        schedule(0);
      } else schedule(delay());
    });
    running = p;
    return p;
  }

  schedule(0);

  return {
    nudge() {
      if (!opts.signedIn()) return;
      if (running) again = true;
      else schedule(afterSave);
    },
    runNow,
    status() {
      const list = opts.conflicts?.() ?? [];
      // signed in but no round finished yet: say so rather than "synced"
      const settled: SyncPhase = phase === 'synced' && !lastSyncAt ? 'syncing' : phase;
      const shown: SyncPhase = settled === 'synced' && list.length ? 'conflict' : settled;
      return { phase: opts.signedIn() ? shown : 'signed-out', lastSyncAt, changedAt, commentsChangedAt, error: lastError, conflicts: list, refused: [...refused.values()] };
    },
    dismissRefusals() {
      refused.clear();
      keep();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
