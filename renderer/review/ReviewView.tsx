import { useCallback, useEffect, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { api } from '../api/index.js';
import { useMenuAction } from '../api/menu.js';
import { storyFieldsOf } from '../../shared/analysis/story-fields.js';
import { useApp } from '../settings/context.js';
import { hrefOf, navigate } from '../lib/route.js';
import { StatusPill } from '../lib/StatusPill.js';
import { storyText } from '../lib/WordDiff.js';
import { ReviewDiff } from './ReviewDiff.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { formatDateTime } from '../i18n/index.js';
import { RichEditor } from '../editor/RichEditor.js';
import { Workflow } from '../story/Workflow.js';
import { NextStep } from '../story/NextStep.js';
import { ActivityPanel } from '../story/ActivityPanel.js';
import { personName } from '../lib/personName.js';
import { useStoryFindings } from '../editor/findings/useStoryFindings.js';
import { WarningsPanel } from '../editor/findings/WarningsPanel.js';
import { FindingsLayer } from '../editor/findings/FindingsLayer.js';
import type { LiveBlock } from '../editor/paragraphs.js';
import type { Draft, Revision, Status } from '../../shared/model/draft.js';
import { errorMessage } from '../../shared/api/errors.js';

/**
 * The editor's review desk: the story as submitted-and-since, the word diff against the version
 * that was submitted, and every warning in one list. The compare view takes the story column
 * (#14 point 5: a side card was too narrow to read a story in), beside a "Story" view where the
 * warnings point; once approved, the story is exported from here through the export dialog.
 */
export function ReviewView({ id }: { id: string }) {
  const { t, lang, settings } = useApp();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [submitted, setSubmitted] = useState<Revision | null | undefined>(undefined);
  const [error, setError] = useState('');
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [blocks, setBlocks] = useState<LiveBlock[]>([]);
  const [refresh, setRefresh] = useState(0);
  const [view, setView] = useState<'changes' | 'story'>('changes');
  const [exportOpen, setExportOpen] = useState(false);
  const [nextStep, setNextStep] = useState<Status | null>(null);

  const load = useCallback(async () => {
    try {
      const d = await api['drafts.get']({ id });
      setDraft(d);
      const revs = await api['revisions.list']({ draftId: id });
      // the most recent snapshot taken when the story was submitted
      const sub = revs
        .filter((r) => r.reason === 'status' && r.status === 'submitted')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
      setSubmitted(sub ? await api['revisions.get']({ id: sub.id }) : null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load, refresh]);

  // the warnings point into the story: a jump shows it (the editor stays mounted under the compare view)
  const showStory = useCallback(() => setView('story'), []);
  const findingsRes = useStoryFindings(editor, blocks, { draftId: id, enDateOrder: settings.enDateOrder, deskFurniture: settings.deskFurniture, deskSpellings: settings.deskSpellings, uiLanguage: lang, ...(draft ? storyFieldsOf(draft) : { language: 'id', headline: '' }) }, showStory);
  const jump = findingsRes.jump;

  // Story > Warnings from the Electron menu: the list is always shown here; bring it into view
  useMenuAction((action) => {
    if (action === 'warnings') document.getElementById('warn-title')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  });

  if (error) return <p className="error page" role="alert">{t('common.error', { msg: error })}</p>;
  if (!draft || submitted === undefined) return <p className="muted page">{t('common.loading')}</p>;

  const now = storyText(draft.headline, draft.plainText);
  const before = submitted ? storyText(submitted.headline, submitted.plainText) : '';

  return (
    <div className="editor-page review-page">
      <div className="editor-bar">
        <a className="btn ghost back" href={hrefOf({ name: 'desk' })} aria-label={t('nav.back')}>
          ← <span className="back-text">{t('nav.desk')}</span>
        </a>
        <span className="review-badge">{t('review.title')}</span>
        <StatusPill status={draft.status} />
        <span className="bar-spacer" />
        <a className="btn ghost" href={hrefOf({ name: 'editor', id })}>{t('review.edit')}</a>
        {draft.status !== 'approved' ? (
          <button type="button" className="btn" onClick={() => setExportOpen(true)}>{t('exp.open')}</button>
        ) : null}
        <div className="anchor">
          <Workflow
            status={draft.status}
            onMove={async (to: Status, note?: string) => {
              const d = await api['drafts.setStatus']({ id, status: to, ...(note ? { note } : {}) });
              setNextStep(d.status);
              setRefresh((r) => r + 1);
            }}
            onExport={() => setExportOpen(true)}
          />
        </div>
      </div>
      <NextStep status={nextStep} onDismiss={() => setNextStep(null)} />
      <div className="editor-grid review-grid">
        <article className="story-column" aria-label={t('review.text')}>
          <div className="review-views" role="tablist" aria-label={t('review.views')}>
            <button type="button" role="tab" id="changes-title" aria-selected={view === 'changes'} className={view === 'changes' ? 'active' : ''} onClick={() => setView('changes')}>
              {t('review.changes')}
            </button>
            <button type="button" role="tab" aria-selected={view === 'story'} className={view === 'story' ? 'active' : ''} onClick={() => setView('story')}>
              {t('review.storyView')}
            </button>
            <span className="muted small review-since">
              {submitted ? `${formatDateTime(submitted.createdAt, lang)} · ${personName(submitted.author, t)}` : t('review.noSubmitted')}
            </span>
          </div>
          {view === 'changes' ? <ReviewDiff from={before} to={now} headline={Boolean(draft.headline || submitted?.headline)} /> : null}
          <div className="review-story" hidden={view !== 'story'}>
          {draft.meta.kicker ? <p className="kicker-text">{draft.meta.kicker}</p> : null}
          <h1 className="review-headline">{draft.headline || t('desk.untitled')}</h1>
          <p className="byline-line muted">
            {draft.meta.byline ? <span>{t('review.by', { who: draft.meta.byline })}</span> : null}
            {draft.meta.datelinePlace ? <span>{draft.meta.datelinePlace.toUpperCase()}</span> : null}
            <span>{formatDateTime(draft.updatedAt, lang)}</span>
          </p>
          {draft.meta.summary ? <p className="standfirst">{draft.meta.summary}</p> : null}
          <RichEditor key={draft.version} initial={draft.body} editable={false} placeholder="" label={t('review.text')} windowed={!settings.screenReaderMode} onReady={setEditor} onBlocks={setBlocks}>
            <FindingsLayer findings={findingsRes.active} version={0} onPick={jump} />
          </RichEditor>
          </div>
        </article>
        <aside className="side review-side">
          <section className="card review-card" aria-labelledby="warn-title">
            <h2 id="warn-title" className="card-title">{t('warn.title')}</h2>
            <WarningsPanel {...findingsRes.panel} editable={false} />
          </section>
          <section className="card review-card" aria-labelledby="act-title">
            <h2 id="act-title" className="card-title">{t('act.title')}</h2>
            <ActivityPanel draftId={id} refreshKey={refresh} />
          </section>
        </aside>
      </div>
      {exportOpen ? (
        <ExportDialog
          draftId={id}
          prepare={() => Promise.resolve()}
          checksUnavailable={!findingsRes.available}
          onClose={() => setExportOpen(false)}
          onJump={(item) => {
            const f = findingsRes.findings.find((x) => x.fingerprint === item.fingerprint);
            if (f) jump(f);
          }}
          // metadata is edited in the editor, not here
          onField={() => navigate({ name: 'editor', id })}
          onExported={() => {
            setNextStep('exported');
            setRefresh((x) => x + 1);
          }}
        />
      ) : null}
    </div>
  );
}
