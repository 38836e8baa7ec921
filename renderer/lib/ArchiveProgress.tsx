import { useEffect, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { ARCHIVE_BACKGROUND_FROM, type ArchiveStatus } from '../../shared/model/archive-status.js';

/** how often the bar asks while a catch-up runs, and while nothing does */
const POLL_RUNNING_MS = 500;
const POLL_IDLE_MS = 5_000;

function duration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * A thin bar under the top bar while the archive index catches up with the stories (after an
 * import of a back catalogue, or an upgrade of the index): the archive-duplicate warnings are
 * incomplete until it is done, so the desk says so, how far it is and how long is left, and
 * lets the user pause it (the next 'archive.catchUp' goes on where it stopped).
 */
export function ArchiveProgress() {
  const { t, lang } = useApp();
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      api['archive.status']({}).then(
        (s) => {
          if (!alive) return;
          setStatus(s);
          // many stories waiting (an import, an upgrade): a catch-up is about to start, and a fast
          // one must not be over between two idle polls with nothing shown
          const soon = s.state === 'catching-up' || (s.state === 'idle' && s.pending > ARCHIVE_BACKGROUND_FROM);
          timer = setTimeout(poll, soon ? POLL_RUNNING_MS : POLL_IDLE_MS);
        },
        () => {
          if (alive) timer = setTimeout(poll, POLL_IDLE_MS);
        },
      );
    };
    poll();
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
  }, []);
  if (!status || status.state === 'idle') return null;
  const act = (call: 'archive.stop' | 'archive.catchUp') => {
    setBusy(true);
    api[call]({}).then(
      (s) => {
        setStatus(s);
        setBusy(false);
      },
      () => setBusy(false),
    );
  };
  const num = (n: number) => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  if (status.state === 'stopped') {
    return (
      <div className="banner info archive-progress" role="status" data-state="stopped">
        <span>{t('arc.stopped', { pending: num(status.pending) })}</span>
        <button type="button" className="btn small" disabled={busy} onClick={() => act('archive.catchUp')}>
          {t('arc.resume')}
        </button>
      </div>
    );
  }
  const pct = status.total ? Math.floor((100 * status.done) / status.total) : 0;
  return (
    <div className="banner info archive-progress" role="status" data-state="catching-up">
      <div className="archive-progress-text">
        <span>
          {t('arc.catchingUp', { done: num(status.done), total: num(status.total), pct })}
          {status.etaMs !== null ? ` · ${t('arc.left', { time: duration(status.etaMs) })}` : ''}
        </span>
        <progress max={status.total || 1} value={status.done} aria-label={t('arc.catchingUp', { done: num(status.done), total: num(status.total), pct })} />
      </div>
      <button type="button" className="btn small" disabled={busy} onClick={() => act('archive.stop')}>
        {t('arc.stop')}
      </button>
    </div>
  );
}
