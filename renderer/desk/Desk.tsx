import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/index.js';
import { useApp } from '../settings/context.js';
import { navigate, hrefOf } from '../lib/route.js';
import { snippetParts } from '../lib/text.js';
import { formatRelative } from '../i18n/index.js';
import { STATUSES, type DraftSummary, type Status } from '../../shared/model/draft.js';
import { StatusPill } from '../lib/StatusPill.js';
import { errorMessage } from '../../shared/api/errors.js';
import type { NewsroomDesk } from '../../shared/api/hub-contract.js';
import { DESK_SCOPES, waitingFor, type DeskScope } from '../../shared/model/newsroom.js';
import { useNewsroom } from '../newsroom/useNewsroom.js';
import { WaitingForMe } from './WaitingForMe.js';

/** the newsroom's scopes of the list (signed in to a hub only) */
type Scope = 'all' | DeskScope;
const SCOPES: Scope[] = ['all', ...DESK_SCOPES];

type Sort = 'updated' | 'created' | 'headline' | 'status' | 'words';

export function Desk() {
  const { t, lang, settings } = useApp();
  const [rows, setRows] = useState<DraftSummary[] | null>(null);
  const [all, setAll] = useState<DraftSummary[]>([]);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [language, setLanguage] = useState<'' | 'en' | 'id'>('');
  const [section, setSection] = useState('');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<Sort>('updated');
  const [trash, setTrash] = useState(false);
  const [flash, setFlash] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const [scope, setScope] = useState<Scope>('all');
  const [desk, setDesk] = useState<NewsroomDesk | null>(null);
  // a sync round that brought stories or statuses: the list follows it
  const syncChangedAt = useNewsroom().state?.sync?.changedAt;

  const load = useCallback(async () => {
    try {
      const q = query.trim();
      let list: DraftSummary[];
      if (q && !trash) {
        list = await api['drafts.search']({ query: q, limit: 200 });
        list = list.filter(
          (d) => (!status || d.status === status) && (!language || d.language === language) && (!section || d.section === section) && (!tag || d.tags.includes(tag)),
        );
      } else {
        list = await api['drafts.list']({
          ...(status ? { status } : {}),
          ...(language ? { language } : {}),
          ...(section ? { section } : {}),
          ...(tag ? { tag } : {}),
          trashed: trash,
          sort,
          // the store filters the newsroom's scopes over every story, not only the page loaded here
          ...(scope !== 'all' && !trash ? { scope } : {}),
        });
      }
      setRows(list);
      // the newsroom's owners are extra: without them the list still shows
      setDesk(await api['newsroom.desk']({ ids: list.map((d) => d.id) }).catch(() => null));
      setError('');
    } catch (e) {
      setError(errorMessage(e));
      setRows([]);
    }
  }, [query, status, language, section, tag, sort, trash, scope]);

  useEffect(() => {
    const h = window.setTimeout(() => void load(), query ? 200 : 0);
    return () => window.clearTimeout(h);
  }, [load, query, syncChangedAt]);

  // owners from the hub; a story the hub has not seen yet is this workstation's user's own
  const owners = useMemo(() => new Map((desk?.stories ?? []).map((s) => [s.id, s.owner])), [desk]);
  const ownerOf = useCallback((id: string) => owners.get(id) ?? desk?.me ?? '', [owners, desk]);
  // search results (at most 200) are scoped here; the list came scoped from the store
  const shown = useMemo(() => {
    if (!rows || !desk?.me || !desk.role || scope === 'all' || trash || !query.trim()) return rows;
    const { me, role } = desk;
    return rows.filter((d) => (scope === 'mine' ? ownerOf(d.id) === me : waitingFor(role, me, { owner: ownerOf(d.id), status: d.status })));
  }, [rows, desk, scope, trash, ownerOf, query]);

  // the facet values (sections, tags) come from every live story
  useEffect(() => {
    api['drafts.list']({ limit: 10_000 }).then(setAll, () => undefined);
  }, [rows]);
  const sections = useMemo(() => [...new Set(all.map((d) => d.section).filter(Boolean))].sort(), [all]);
  const tags = useMemo(() => [...new Set(all.flatMap((d) => d.tags))].sort(), [all]);

  function say(msg: string) {
    setFlash(msg);
    window.setTimeout(() => setFlash(''), 2000);
  }

  async function create() {
    const d = await api['drafts.create']({ meta: settings.userName ? { byline: settings.userName } : {} });
    navigate({ name: 'editor', id: d.id });
  }

  const canReview = settings.role !== 'reporter';

  return (
    <section className="page desk" aria-labelledby="desk-title">
      <div className="page-head">
        <h1 id="desk-title" className="page-title">{trash ? t('desk.trashTitle') : t('desk.title')}</h1>
        <div className="page-actions">
          <div className="segmented" role="group" aria-label={t('desk.filters')}>
            <button type="button" aria-pressed={!trash} onClick={() => setTrash(false)}>{t('desk.showDrafts')}</button>
            <button type="button" aria-pressed={trash} onClick={() => setTrash(true)}>{t('desk.showTrash')}</button>
          </div>
          <button type="button" className="btn primary" onClick={() => void create()}>
            <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /></svg>
            {t('desk.new')}
          </button>
        </div>
      </div>

      {desk?.me && !trash ? (
        <div className="segmented desk-scope" role="group" aria-label={t('desk.scope')}>
          {SCOPES.map((k) => (
            <button key={k} type="button" aria-pressed={scope === k} data-scope={k} onClick={() => setScope(k)}>
              {t(`desk.scope.${k}`)}
            </button>
          ))}
        </div>
      ) : null}

      <div className="desk-tools" role="search">
        <label className="search">
          <span className="sr-only">{t('desk.search')}</span>
          <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16"><circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" /><path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" /></svg>
          <input
            ref={searchRef}
            type="search"
            value={query}
            aria-label={t('desk.search')}
            placeholder={t('desk.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label className="filter">
          <span>{t('desk.filter.status')}</span>
          <select aria-label={t('desk.filter.status')} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">{t('desk.filter.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('desk.filter.language')}</span>
          <select aria-label={t('desk.filter.language')} value={language} onChange={(e) => setLanguage(e.target.value as '' | 'en' | 'id')}>
            <option value="">{t('desk.filter.any')}</option>
            <option value="id">{t('lang.id')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </label>
        <label className="filter">
          <span>{t('desk.filter.section')}</span>
          <select aria-label={t('desk.filter.section')} value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t('desk.filter.any')}</option>
            {sections.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('desk.filter.tag')}</span>
          <select aria-label={t('desk.filter.tag')} value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('desk.filter.any')}</option>
            {tags.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('desk.sort')}</span>
          <select aria-label={t('desk.sort')} value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            {(['updated', 'created', 'headline', 'status', 'words'] as const).map((s) => (
              <option key={s} value={s}>{t(`desk.sort.${s}`)}</option>
            ))}
          </select>
        </label>
      </div>

      {trash ? null : <WaitingForMe />}
      <p className="flash" role="status" aria-live="polite">{flash}</p>
      {error ? <p className="error" role="alert">{t('desk.error', { msg: error })}</p> : null}
      {query.trim() && shown ? <p className="muted results-line">{t('desk.results', { n: shown.length, q: query.trim() })}</p> : null}

      {shown === null ? (
        <p className="muted">{t('desk.loading')}</p>
      ) : shown.length === 0 ? (
        <div className="empty card">
          <p>{query.trim() ? t('desk.noResults', { q: query.trim() }) : trash ? t('desk.emptyTrash') : t('desk.empty')}</p>
        </div>
      ) : (
        <ul className="story-list" aria-label={trash ? t('desk.trashTitle') : t('desk.title')}>
          {shown.map((d) => (
            <li key={d.id} className="story-row" data-id={d.id}>
              <div className="story-main">
                <div className="story-line">
                  <StatusPill status={d.status} />
                  {d.section ? <span className="kicker-chip">{d.section}</span> : null}
                  <span className="lang-chip" title={t(`lang.${d.language}`)}>{d.language.toUpperCase()}</span>
                </div>
                {trash ? (
                  <span className="story-headline">{d.headline || t('desk.untitled')}</span>
                ) : (
                  <a className="story-headline" href={hrefOf({ name: 'editor', id: d.id })}>
                    {d.headline || t('desk.untitled')}
                  </a>
                )}
                {d.snippet ? (
                  <p className="snippet">
                    {snippetParts(d.snippet).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                  </p>
                ) : null}
                <div className="story-meta">
                  {desk?.me ? <span className="owner-chip" data-owner={ownerOf(d.id)}>{t('desk.owner', { name: ownerOf(d.id) })}</span> : null}
                  {d.byline ? <span>{d.byline}</span> : null}
                  <span title={d.updatedAt}>{formatRelative(d.updatedAt, lang, t)}</span>
                  <span>{t('desk.words', { n: d.wordCount })}</span>
                  {d.tags.length ? <span className="tags">{d.tags.map((x) => `#${x}`).join(' ')}</span> : null}
                </div>
              </div>
              <div className="story-actions">
                {trash ? (
                  <button
                    type="button"
                    className="btn"
                    onClick={async () => {
                      await api['drafts.restore']({ id: d.id });
                      say(t('desk.restored'));
                      void load();
                    }}
                  >
                    {t('desk.restore')}
                  </button>
                ) : (
                  <>
                    {canReview && d.status !== 'draft' ? (
                      <a className="btn" href={hrefOf({ name: 'review', id: d.id })}>{t('desk.review')}</a>
                    ) : null}
                    <button
                      type="button"
                      className="btn ghost"
                      aria-label={`${t('desk.duplicate')}: ${d.headline || t('desk.untitled')}`}
                      onClick={async () => {
                        await api['drafts.duplicate']({ id: d.id });
                        say(t('desk.duplicated'));
                        void load();
                      }}
                    >
                      {t('desk.duplicate')}
                    </button>
                    <button
                      type="button"
                      className="btn ghost danger"
                      aria-label={`${t('desk.trash')}: ${d.headline || t('desk.untitled')}`}
                      onClick={async () => {
                        await api['drafts.trash']({ id: d.id });
                        say(t('desk.trashed'));
                        void load();
                      }}
                    >
                      {t('desk.trash')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
