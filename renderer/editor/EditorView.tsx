import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { api } from '../api/index.js';
import { useMenuAction } from '../api/menu.js';
import { storyFieldsOf } from '../../shared/analysis/story-fields.js';
import { useApp } from '../settings/context.js';
import { hrefOf } from '../lib/route.js';
import { StatusPill } from '../lib/StatusPill.js';
import { countWords, guessLanguage, readingMinutes } from '../lib/text.js';
import { formatDateTime } from '../i18n/index.js';
import { RichEditor } from './RichEditor.js';
import { Toolbar } from './Toolbar.js';
import { FindReplace } from './FindReplace.js';
import { MetaPanel } from './MetaPanel.js';
import { HistoryPanel } from './HistoryPanel.js';
import { ActivityPanel } from '../story/ActivityPanel.js';
import { Workflow } from '../story/Workflow.js';
import { NextStep } from '../story/NextStep.js';
import { clearBackup, readBackup, useAutosave, type Backup, type SaveState } from './autosave.js';
import { useStoryFindings } from './findings/useStoryFindings.js';
import { WarningsPanel } from './findings/WarningsPanel.js';
import { FindingsLayer } from './findings/FindingsLayer.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { focusField } from '../export/fields.js';
import { ChangedSinceExport } from '../export/ChangedSinceExport.js';
import type { LiveBlock } from './paragraphs.js';
import type { Draft, DraftMeta, LexicalJson, Status } from '../../shared/model/draft.js';
import { countFindings, problemCount as problemCountOf } from '../../shared/model/finding-counts.js';
import { errorMessage } from '../../shared/api/errors.js';
import { registerPlaceholders } from './placeholders.js';
import { CommentsPanel, useComments } from './CommentsPanel.js';
import { ReviewBar } from './ReviewBar.js';
import { SuggestionsList, useSuggestions } from './SuggestionsList.js';
import { useNewsroom } from '../newsroom/useNewsroom.js';
import { useEditLease } from '../newsroom/useEditLease.js';
import { SyncIndicator } from '../newsroom/SyncIndicator.js';
import { ConflictBanner, LeaseBanner, RefusalBanner } from '../newsroom/NewsroomBanners.js';
import { LOAD_TAG } from './history.js';

type Tab = 'meta' | 'warnings' | 'comments' | 'versions' | 'activity';
const TABS: Tab[] = ['meta', 'warnings', 'comments', 'versions', 'activity'];

/** the live paragraphs (counts, checks, badges) follow once typing pauses this long (RichEditor) */
const BLOCKS_IDLE_MS = 150;

export function EditorView({ id }: { id: string }) {
  const { t } = useApp();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api['drafts.get']({ id }).then(setDraft, (e: unknown) => setError(errorMessage(e)));
  }, [id]);
  if (error) return <p className="error page" role="alert">{t('common.error', { msg: error })}</p>;
  if (!draft) return <p className="muted page">{t('common.loading')}</p>;
  return <LoadedEditor initial={draft} />;
}

function SaveIndicator({ state, error }: { state: SaveState; error: string }) {
  const { t } = useApp();
  const text =
    state === 'saved' ? t('save.saved') : state === 'saving' ? t('save.saving') : state === 'pending' ? t('save.pending') : state === 'conflict' ? t('save.unsaved') : t('save.unsaved');
  return (
    <span className={`save-state save-${state}`} role="status" aria-live="polite" aria-label={t('save.state')} data-state={state} title={state === 'conflict' ? t('save.conflict') : error ? t('save.failed', { msg: error }) : undefined}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

function LoadedEditor({ initial }: { initial: Draft }) {
  const { t, settings, lang } = useApp();
  const id = initial.id;
  const [status, setStatus] = useState<Status>(initial.status);
  const [headline, setHeadline] = useState(initial.headline);
  const [meta, setMeta] = useState<DraftMeta>(initial.meta ?? {});
  const [language, setLanguage] = useState<'en' | 'id'>(initial.language);
  const [languageDetected, setLanguageDetected] = useState(false);
  const [slug, setSlug] = useState(initial.slug);
  const slugOverride = useRef<string | null>(null);
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [blocks, setBlocks] = useState<LiveBlock[]>([]);
  const [version, setVersion] = useState(0);
  const [selText, setSelText] = useState('');
  const [tab, setTab] = useState<Tab>('meta');
  const [findOpen, setFindOpen] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const [recover, setRecover] = useState<Backup | null>(null);
  const [versionAsk, setVersionAsk] = useState(false);
  const [versionLabel, setVersionLabel] = useState('');
  const [flash, setFlash] = useState('');
  const [exportOpen, setExportOpen] = useState(false);
  const [nextStep, setNextStep] = useState<Status | null>(null);
  // the newsroom: another user's edit lease opens the story read-only; taking it back reloads the text
  const lease = useEditLease(id, () => void api['newsroom.sync']({}).catch(() => undefined).then(() => reloadFromStore()));
  const editable = lease.editable;
  const newsroom = useNewsroom();
  const conflict = newsroom.state?.sync?.conflicts.find((c) => c.id === id) ?? null;
  const refused = newsroom.state?.sync?.refused.filter((r) => r.storyId === id) ?? [];
  // (useState's lazy initialiser: counting a 10,000-word story must not run on every render)
  const [openedEmpty] = useState(() => countWords(initial.plainText) === 0);
  const bodyWasEmpty = useRef(openedEmpty);

  const state = useRef({ headline, meta, language, slug });
  state.current = { headline, meta, language, slug };

  const snapshot = useCallback(() => {
    if (!editor) return null;
    const s = state.current;
    return {
      headline: s.headline,
      body: editor.getEditorState().toJSON() as unknown as LexicalJson,
      language: s.language,
      meta: s.meta,
      ...(slugOverride.current !== null ? { slug: slugOverride.current } : {}),
    };
  }, [editor]);
  // the save result carries the slug main settled on (derived from the headline, or pinned)
  const onSaved = useCallback((r: { slug: string }) => {
    slugOverride.current = null;
    setSlug(r.slug);
  }, []);
  const autosave = useAutosave(id, initial.version, snapshot, onSaved);
  // the editor holds the story as opened: that is what "unchanged" means for autosave
  const setBaseline = autosave.setBaseline;
  useEffect(() => {
    if (editor) setBaseline(snapshot());
  }, [editor, setBaseline, snapshot]);

  // unsaved text from an earlier session (crash, closed tab, failed save)
  useEffect(() => {
    const b = readBackup(id);
    if (!b) return;
    const same = JSON.stringify(b.body) === JSON.stringify(initial.body) && b.headline === initial.headline && JSON.stringify(b.meta) === JSON.stringify(initial.meta);
    if (same) clearBackup(id);
    else setRecover(b);
  }, [id, initial]);

  const say = (m: string) => {
    setFlash(m);
    window.setTimeout(() => setFlash(''), 2500);
  };

  const loadBody = useCallback(
    (body: LexicalJson) => {
      if (!editor) return;
      editor.setEditorState(editor.parseEditorState(JSON.stringify(body)), { tag: LOAD_TAG });
    },
    [editor],
  );

  // Typing must not re-render the page per key: the live paragraphs (counts, checks, badges)
  // reach React state when typing pauses (BLOCKS_IDLE_MS) or at least once a second while it
  // goes on (RichEditor gathers the changes in between); Lexical has already painted the
  // character.
  const onBlocks = useCallback((b: LiveBlock[]) => {
    setBlocks(b);
    setVersion((v) => v + 1);
  }, []);

  const onChange = useCallback(() => {
    autosave.markDirty();
  }, [autosave]);

  const onPasted = useCallback(
    (plain: string) => {
      if (!bodyWasEmpty.current) return;
      bodyWasEmpty.current = false;
      const guess = guessLanguage(plain);
      if (guess) {
        setLanguage(guess);
        setLanguageDetected(true);
      }
    },
    [],
  );

  // keyboard: Ctrl/Cmd+F opens find, Ctrl/Cmd+S saves now
  useEffect(() => {
    const k = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && (e.key === 'f' || e.key === 'h')) {
        e.preventDefault();
        setFindOpen(true);
      }
      if (mod && e.key === 's') {
        e.preventDefault();
        void autosave.flush();
      }
    };
    window.addEventListener('keydown', k);
    return () => window.removeEventListener('keydown', k);
  }, [autosave]);

  // counts
  const counts = useMemo(() => {
    let words = 0;
    let chars = 0;
    let paras = 0;
    for (const b of blocks) {
      words += b.words;
      chars += b.text.length;
      if (b.text.trim()) paras++;
    }
    return { words, chars, paras };
  }, [blocks]);
  const selWords = useMemo(() => (selText ? countWords(selText) : 0), [selText]);
  const [placeholderCount, setPlaceholderCount] = useState(0);
  useEffect(() => (editor ? registerPlaceholders(editor, { language, onCount: setPlaceholderCount, idleMs: BLOCKS_IDLE_MS }) : undefined), [editor, language]);

  // findings: a jump opens the Warnings tab
  const showWarnings = useCallback(() => setTab('warnings'), []);
  const findingsRes = useStoryFindings(editor, blocks, { draftId: id, uiLanguage: lang, enDateOrder: settings.enDateOrder, deskFurniture: settings.deskFurniture, deskSpellings: settings.deskSpellings, ...storyFieldsOf({ headline, language, meta }) }, showWarnings);
  const { active: activeFindings, jump } = findingsRes;

  async function moveStatus(to: Status, note?: string) {
    await autosave.flush();
    try {
      const d = await api['drafts.setStatus']({ id, status: to, ...(note ? { note } : {}) });
      setStatus(d.status);
      // an editor taking the story into review starts suggesting, as when opening it in review
      if (d.status === 'in-review' && settings.role !== 'reporter') setSuggesting(true);
      autosave.adopt(d.version);
      setRefresh((r) => r + 1);
      say(t('wf.changed', { s: t(`status.${d.status}`) }));
      setNextStep(d.status);
    } catch (e) {
      say(t('common.error', { msg: errorMessage(e) }));
    }
  }

  async function saveVersion() {
    await autosave.flush();
    await api['revisions.create']({ draftId: id, ...(versionLabel.trim() ? { label: versionLabel.trim() } : {}) });
    setVersionAsk(false);
    setVersionLabel('');
    setRefresh((r) => r + 1);
    say(t('save.versionSaved'));
  }

  // the version last loaded from the store, so following another user's edits reloads only on a change
  const shownVersion = useRef(initial.version);
  async function reloadFromStore(onlyIfChanged = false) {
    const d = await api['drafts.get']({ id });
    if (!onlyIfChanged || d.version !== shownVersion.current) adoptDraft(d);
  }

  // A sync round kept this editor's text as a conflicting copy and made the newsroom's version
  // current: show that version (the copy is in the history and the banner's compare view).
  // With edits not yet saved, the save's own conflict banner and the window's backup take over.
  const conflictRevision = conflict?.revisionId;
  const saveState = autosave.state;
  const syncChangedAt = newsroom.state?.sync?.changedAt;
  const reloadRef = useRef(reloadFromStore);
  reloadRef.current = reloadFromStore;
  useEffect(() => {
    if (conflictRevision !== undefined && saveState === 'saved') void reloadRef.current();
    // once per new conflict: not again on every change of the save state
  }, [conflictRevision]);
  // read-only while another user edits: follow their text as the sync brings it
  useEffect(() => {
    if (!editable && syncChangedAt) void reloadRef.current(true);
  }, [editable, syncChangedAt]);

  function adoptDraft(d: Draft) {
    shownVersion.current = d.version;
    setHeadline(d.headline);
    setMeta(d.meta ?? {});
    setLanguage(d.language);
    setSlug(d.slug);
    setStatus(d.status);
    loadBody(d.body);
    autosave.adopt(d.version);
    setRefresh((r) => r + 1);
  }

  const markDirty = autosave.markDirty;
  const editMeta = useCallback(
    (patch: Partial<DraftMeta>) => {
      setMeta((m) => ({ ...m, ...patch }));
      markDirty();
    },
    [markDirty],
  );
  const metaState = useMemo(() => ({ meta, language, slug, languageDetected }), [meta, language, slug, languageDetected]);
  const onMetaLanguage = useCallback(
    (l: 'en' | 'id') => {
      setLanguage(l);
      setLanguageDetected(false);
      markDirty();
    },
    [markDirty],
  );
  const onMetaSlug = useCallback(
    (s: string) => {
      slugOverride.current = s;
      setSlug(s);
      markDirty();
    },
    [markDirty],
  );
  const onMetaSlugReset = useCallback(() => {
    slugOverride.current = '';
    markDirty();
  }, [markDirty]);
  const openFind = useCallback(() => setFindOpen(true), []);
  const showComments = useCallback(() => setTab('comments'), []);
  const comments = useComments(id, editor, showComments, newsroom.state?.sync?.commentsChangedAt ?? null);
  const requestComment = comments.request;
  // suggesting mode: on by default for an editor reviewing the story, off for its author
  const [suggesting, setSuggesting] = useState(() => settings.role !== 'reporter' && initial.status === 'in-review');
  const suggestions = useSuggestions(editor, suggesting, settings.userName);
  const closeFind = useCallback(() => setFindOpen(false), []);
  // the toolbar and find bar, as one element that stays the same while the reporter types (so the
  // memoized editor is not re-rendered by the live counts); find follows the text only when open
  const findVersion = findOpen ? version : 0;
  const chrome = useMemo(
    () =>
      editor ? (
        <div className="editor-chrome">
          <Toolbar editor={editor} editable={editable} onFind={openFind} />
          <ReviewBar editable={editable} onComment={requestComment} suggesting={suggesting} onSuggesting={setSuggesting} />
          {findOpen ? <FindReplace editor={editor} editable={editable} version={findVersion} onClose={closeFind} /> : null}
        </div>
      ) : null,
    [editor, editable, openFind, findOpen, findVersion, closeFind, requestComment, suggesting],
  );

  // File/Story menu actions (App handles 'new-story')
  useMenuAction((action) => {
    if (action === 'save-version') setVersionAsk(true);
    else if (action === 'export') setExportOpen(true);
    else if (action === 'warnings') setTab('warnings');
    else if (action === 'history') setTab('versions');
    else if (action === 'submit') {
      if (status === 'draft') void moveStatus('submitted');
      else say(t('menu.alreadySubmitted', { s: t(`status.${status}`) }));
    }
  });

  // grow the headline box with its text (measuring forces layout: only when the headline changes)
  const headlineRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = headlineRef.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [headline]);

  const headLen = headline.length;
  const over = headLen - settings.headlineSoftLimit;
  // the tab's red count is what needs fixing; claims to verify only show when nothing else does
  const findingCounts = countFindings(activeFindings);
  const problemCount = problemCountOf(findingCounts);
  const claimCount = findingCounts.claims;

  return (
    <div className="editor-page">
      <div className="editor-bar">
        <a className="btn ghost back" href={hrefOf({ name: 'desk' })} aria-label={t('nav.back')}>
          ← <span className="back-text">{t('nav.desk')}</span>
        </a>
        <StatusPill status={status} />
        <ChangedSinceExport draftId={id} status={status} saveState={autosave.state} />
        <SaveIndicator state={autosave.state} error={autosave.error} />
        <SyncIndicator sync={newsroom.state?.sync} />
        <span className="bar-spacer" />
        <p className="flash inline" role="status" aria-live="polite">{flash}</p>
        {settings.role !== 'reporter' && status !== 'draft' ? (
          <a className="btn ghost" href={hrefOf({ name: 'review', id })}>{t('desk.review')}</a>
        ) : null}
        <button type="button" className="btn" onClick={() => setExportOpen(true)}>{t('exp.open')}</button>
        <div className="anchor">
          <button type="button" className="btn" onClick={() => setVersionAsk(true)}>{t('save.version')}</button>
          {versionAsk ? (
            <form
              className="popover version-pop"
              role="dialog"
              aria-label={t('save.version')}
              onSubmit={(e) => {
                e.preventDefault();
                void saveVersion();
              }}
            >
              <label className="field">
                <span className="field-label">{t('save.versionLabel')}</span>
                <input autoFocus type="text" aria-label={t('save.versionLabel')} placeholder={t('save.versionPlaceholder')} value={versionLabel} onChange={(e) => setVersionLabel(e.target.value)} />
              </label>
              <div className="row-end">
                <button type="button" className="btn ghost" onClick={() => setVersionAsk(false)}>{t('common.cancel')}</button>
                <button type="submit" className="btn primary">{t('common.save')}</button>
              </div>
            </form>
          ) : null}
        </div>
        <div className="anchor">
          <Workflow status={status} onMove={moveStatus} onExport={() => setExportOpen(true)} />
        </div>
      </div>

      <NextStep status={nextStep} onDismiss={() => setNextStep(null)} />
      {autosave.state === 'conflict' ? (
        <div className="banner warn" role="alert">
          <span>{t('save.conflict')}</span>
          <button type="button" className="btn small" onClick={async () => adoptDraft(await api['drafts.get']({ id }))}>{t('save.reload')}</button>
        </div>
      ) : autosave.state === 'error' ? (
        <div className="banner warn" role="alert">
          <span>{t('save.failed', { msg: autosave.error })}</span>
          <button type="button" className="btn small" onClick={() => void autosave.flush()}>{t('save.retry')}</button>
        </div>
      ) : null}
      <LeaseBanner lease={lease.lease} onTakeOver={lease.takeOver} />
      {conflict ? (
        <ConflictBanner
          conflict={conflict}
          onDismiss={() => {
            void api['newsroom.dismissConflict']({ id }).then(() => newsroom.refresh());
          }}
        />
      ) : null}
      <RefusalBanner refused={refused} scope="story" onDismiss={() => void api['newsroom.dismissRefusals']({}).then(() => newsroom.refresh())} />
      {/* above the text, whatever side tab is open: an unchecked story must not pass for a clean one */}
      {!findingsRes.available ? (
        <div className="banner warn checks-unavailable" role="alert" data-checks="unavailable">
          <span>{t('warn.unavailable')}</span>
        </div>
      ) : null}
      {recover ? (
        <div className="banner info" role="alert">
          <div>
            <strong>{t('save.recoverTitle')}</strong> {t('save.recoverBody', { when: formatDateTime(recover.at, lang) })}
          </div>
          <div className="row-end">
            <button type="button" className="btn small ghost" onClick={() => { clearBackup(id); setRecover(null); }}>{t('save.discard')}</button>
            <button
              type="button"
              className="btn small primary"
              onClick={() => {
                setHeadline(recover.headline);
                setMeta(recover.meta ?? {});
                setLanguage(recover.language);
                loadBody(recover.body);
                setRecover(null);
                autosave.markDirty();
              }}
            >
              {t('save.recover')}
            </button>
          </div>
        </div>
      ) : null}

      <div className="editor-grid">
        <article className={`story-column${suggesting ? ' suggesting' : ''}`} aria-label={t('editor.body')} style={{ '--note-label': JSON.stringify(t('note.label')) } as React.CSSProperties}>
          <input
            className="kicker-input"
            type="text"
            aria-label={t('editor.kicker')}
            placeholder={t('editor.kickerPlaceholder')}
            value={meta.kicker ?? ''}
            readOnly={!editable}
            onChange={(e) => editMeta({ kicker: e.target.value })}
          />
          <div className="headline-wrap">
            <textarea
              className="headline-input"
              rows={1}
              aria-label={t('editor.headline')}
              placeholder={t('editor.headlinePlaceholder')}
              value={headline}
              readOnly={!editable}
              ref={headlineRef}
              onChange={(e) => {
                setHeadline(e.target.value.replace(/\n/g, ' '));
                autosave.markDirty();
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  editor?.focus();
                }
              }}
            />
            <span className={`counter headline-counter ${over > 0 ? 'over' : ''}`} aria-live="polite" title={over > 0 ? t('editor.overLimit', { n: over }) : undefined}>
              {headLen}/{settings.headlineSoftLimit}
              {over > 0 ? <span className="sr-only"> {t('editor.overLimit', { n: over })}</span> : null}
            </span>
          </div>
          {meta.byline || meta.datelinePlace ? (
            <p className="byline-line muted">
              {meta.byline ? <span>{meta.byline}</span> : null}
              {meta.datelinePlace ? <span>{meta.datelinePlace.toUpperCase()}</span> : null}
            </p>
          ) : null}

          <RichEditor
            initial={initial.body}
            editable={editable}
            placeholder={t('editor.placeholder')}
            label={t('editor.body')}
            windowed={!settings.screenReaderMode}
            onReady={setEditor}
            onChange={onChange}
            onBlocks={onBlocks}
            blocksIdleMs={BLOCKS_IDLE_MS}
            onPasted={onPasted}
            onSelectionText={setSelText}
            chrome={chrome}
          >
            <FindingsLayer findings={activeFindings} version={version} onPick={jump} />
          </RichEditor>

          <footer className="counts" aria-label={t('counts.label')}>
            <span data-count="words">{t('counts.words', { n: counts.words })}</span>
            <span data-count="chars">{t('counts.chars', { n: counts.chars })}</span>
            <span data-count="paragraphs">{t('counts.paragraphs', { n: counts.paras })}</span>
            <span data-count="reading">{t('counts.reading', { n: readingMinutes(counts.words) })}</span>
            {placeholderCount > 0 ? (
              <span className="placeholder-count" data-count="placeholders" title={t('counts.placeholdersHint')}>
                {t(placeholderCount === 1 ? 'counts.placeholders.one' : 'counts.placeholders', { n: placeholderCount })}
              </span>
            ) : null}
            {selText ? <span className="sel-count" data-count="selection">{t('counts.selection', { w: selWords, c: selText.length })}</span> : null}
          </footer>
        </article>

        <aside className="side">
          <div className="tabs" role="tablist" aria-label={t('panel.tabs')}>
            {TABS.map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                id={`tab-${k}`}
                aria-selected={tab === k}
                aria-controls={`tabpanel-${k}`}
                tabIndex={tab === k ? 0 : -1}
                className="tab"
                onClick={() => setTab(k)}
                onKeyDown={(e) => {
                  const i = TABS.indexOf(k);
                  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                    const n = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
                    setTab(n);
                    document.getElementById(`tab-${n}`)?.focus();
                  }
                }}
              >
                {t(k === 'meta' ? 'panel.meta' : k === 'warnings' ? 'panel.warnings' : k === 'comments' ? 'panel.comments' : k === 'versions' ? 'panel.versions' : 'panel.activity')}
                {k === 'comments' && comments.unresolved + suggestions.count > 0 ? <span className="tab-count quiet">{comments.unresolved + suggestions.count}</span> : null}
                {k === 'warnings' && problemCount > 0 ? <span className="tab-count">{problemCount}</span> : null}
                {k === 'warnings' && problemCount === 0 && claimCount > 0 ? (
                  <span className="tab-count quiet" title={t('warn.claimsCount', { n: claimCount })}>
                    {claimCount}
                  </span>
                ) : null}
              </button>
            ))}
          </div>
          <div className="tabpanel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'meta' ? (
              <MetaPanel state={metaState} editable={editable} onMeta={editMeta} onLanguage={onMetaLanguage} onSlug={onMetaSlug} onSlugReset={onMetaSlugReset} />
            ) : null}
            {tab === 'warnings' && suggestions.count > 0 ? (
              <p className="suggestions-note" data-note="suggestions-accepted">
                {suggestions.count === 1 ? t('sg.checksNote.one') : t('sg.checksNote', { n: suggestions.count })}
              </p>
            ) : null}
            {tab === 'warnings' ? (
              <WarningsPanel {...findingsRes.panel} editable={editable} />
            ) : null}
            {tab === 'comments' ? (
              <>
                <SuggestionsList state={suggestions} editable={editable} />
                <CommentsPanel state={comments} editable={editable} />
              </>
            ) : null}
            {tab === 'versions' ? (
              <HistoryPanel
                draftId={id}
                refreshKey={refresh}
                current={() => ({ headline: state.current.headline, plainText: blocks.map((b) => b.text).join('\n\n') })}
                onRestored={adoptDraft}
              />
            ) : null}
            {tab === 'activity' ? <ActivityPanel draftId={id} refreshKey={refresh} /> : null}
          </div>
        </aside>
      </div>
      {exportOpen ? (
        <ExportDialog
          draftId={id}
          prepare={autosave.flush}
          checksUnavailable={!findingsRes.available}
          onClose={() => setExportOpen(false)}
          // an item from the pre-publish list: its finding when there is one, else the paragraph
          onJump={(item) =>
            jump(findingsRes.findings.find((f) => f.fingerprint === item.fingerprint) ?? { rule: item.rule ?? 'page-furniture', severity: 'info', message: '', paragraph: item.paragraph ?? 0, start: 0, end: 0, related: [], fingerprint: '' })
          }
          onField={(f) => {
            setTab('meta');
            focusField(f, t);
          }}
          onExported={(r) => {
            setStatus('exported');
            setNextStep('exported');
            autosave.adopt(r.draftVersion);
            setRefresh((x) => x + 1);
          }}
        />
      ) : null}
    </div>
  );
}
