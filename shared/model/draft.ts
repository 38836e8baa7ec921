import type { ArticleLanguage } from './finding.js';

import type { Status } from './status.js';

export { STATUSES, type Status } from './status.js';

export const ROLES = ['reporter', 'editor', 'desk'] as const;
export type Role = (typeof ROLES)[number];

/** Story metadata besides the headline; every field optional so old rows stay readable. */
export interface DraftMeta {
  kicker?: string;
  byline?: string;
  datelinePlace?: string;
  /** ISO date (YYYY-MM-DD) */
  datelineDate?: string;
  section?: string;
  tags?: string[];
  summary?: string;
  /** ISO date-time, or absent */
  embargo?: string;
  editorsNote?: string;
}

/** A stored Lexical editor state (`editor.getEditorState().toJSON()`); kept opaque on purpose. */
export type LexicalJson = { root: SerializedNode };

export interface SerializedNode {
  type: string;
  children?: SerializedNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  [key: string]: unknown;
}

export interface DraftSummary {
  id: string;
  headline: string;
  slug: string;
  status: Status;
  language: ArticleLanguage;
  byline: string;
  section: string;
  tags: string[];
  wordCount: number;
  /** body paragraphs as every check counts them (shared/model/lexical-doc.ts) */
  paragraphs: number;
  createdAt: string;
  updatedAt: string;
  trashedAt: string | null;
  /** a highlighted FTS snippet, only on search results; [[ and ]] mark the hit */
  snippet?: string;
}

export interface Draft extends DraftSummary {
  meta: DraftMeta;
  body: LexicalJson;
  plainText: string;
  /** increases on every save; a save names the version it was based on */
  version: number;
}

export interface Revision {
  id: number;
  draftId: string;
  createdAt: string;
  /** why it was recorded: autosave interval, a status change, a named version, a restore */
  reason: 'interval' | 'status' | 'manual' | 'restore' | 'import' | 'export' | 'conflict';
  label: string;
  author: string;
  headline: string;
  status: Status;
  body: LexicalJson;
  plainText: string;
  meta: DraftMeta;
}

export type RevisionSummary = Omit<Revision, 'body' | 'meta' | 'plainText'> & { wordCount: number };

export interface HistoryEvent {
  id: number;
  draftId: string;
  at: string;
  who: string;
  kind: 'created' | 'status' | 'revision' | 'restore' | 'dismiss' | 'undismiss' | 'verify' | 'export' | 'trash' | 'restore-trash' | 'import' | 'comment' | 'resolve-comment' | 'reopen-comment' | 'delete-comment' | 'restore-comment';
  from?: string;
  to?: string;
  note?: string;
}

/**
 * Allowed workflow moves, for the workstation and the hub alike; "back to draft" is allowed from
 * anywhere and wants a note. "exported" is not among them: only a recorded export (after the
 * pre-publish check) moves a story there, so the status always has an export record behind it.
 */
export const WORKFLOW_NEXT: Readonly<Record<Status, readonly Status[]>> = {
  draft: ['submitted'],
  submitted: ['in-review', 'draft'],
  'in-review': ['approved', 'draft'],
  approved: ['draft'],
  exported: ['draft'],
};

/** bounds of the desk's list of website leftovers (Settings.deskFurniture) */
export const DESK_FURNITURE_MAX_LINES = 2000;
export const DESK_FURNITURE_MAX_LENGTH = 300;
/** bounds of the desk's list of spellings that are right as written (Settings.deskSpellings) */
export const DESK_SPELLINGS_MAX = 2000;
export const DESK_SPELLING_MAX_LENGTH = 60;
/** a desk spelling is one word: letters (any script, with their marks), inner apostrophes, hyphens and dots */
export const DESK_SPELLING_PATTERN = /^[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}])?$/u;

export interface Settings {
  userName: string;
  role: Role;
  uiLanguage: 'en' | 'id';
  theme: 'system' | 'light' | 'dark';
  headlineSoftLimit: number;
  summarySoftLimit: number;
  /** how en dates like 4/12/2024 are read */
  enDateOrder: 'mdy' | 'dmy';
  /** the desk allows exports to create CMS categories/tags that do not exist yet */
  cmsCreateTerms: boolean;
  /** the status a CMS push creates posts with */
  cmsPostStatus: 'draft' | 'pending';
  /** publisher name for exports (JSON-LD, NewsML-G2 copyright) */
  publisher: string;
  /**
   * keep every paragraph of a long story in the page for screen readers (the editor otherwise
   * lays out only what is near the viewport: renderer/editor/windowing.ts)
   */
  screenReaderMode: boolean;
  /** lines this desk always treats as website leftovers (shared/analysis/desk-furniture.ts) */
  deskFurniture: string[];
  /** names and words this desk has confirmed as right as written (shared/analysis/desk-spellings.ts) */
  deskSpellings: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  userName: '',
  role: 'reporter',
  uiLanguage: 'en',
  theme: 'system',
  headlineSoftLimit: 90,
  summarySoftLimit: 200,
  enDateOrder: 'mdy',
  cmsCreateTerms: false,
  cmsPostStatus: 'draft',
  publisher: '',
  screenReaderMode: false,
  deskFurniture: [],
  deskSpellings: [],
};
