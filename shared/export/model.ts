/**
 * The one export model every target reads: the stored Lexical JSON plus the story's metadata.
 * Built once from a Draft (or a Revision) and handed to pure serializers; no DOM, no Node APIs,
 * so the renderer (preview), the main process and the CLI all produce byte-identical files.
 */
import type { ArticleLanguage } from '../model/finding.js';
import type { Draft, DraftMeta, LexicalJson, Revision } from '../model/draft.js';
import { blocksOf, type Block } from '../model/lexical-doc.js';
import { cleanText, normalizeBlocks, safeHref } from './runs.js';
import { slugify as slugifyHeadline } from '../model/slug.js';

export interface ExportArticle {
  draftId: string;
  /** the stored revision that goes out (recorded with the export), when known */
  revisionId?: number | string;
  headline: string;
  kicker?: string;
  byline?: string;
  datelinePlace?: string;
  /** ISO date YYYY-MM-DD */
  datelineDate?: string;
  section?: string;
  tags: string[];
  slug: string;
  summary?: string;
  language: ArticleLanguage;
  /** ISO date-time; absent when the story is not embargoed */
  embargo?: string;
  body: LexicalJson;
  /** ISO date-times */
  createdAt: string;
  updatedAt: string;
  exportedAt: string;
}

export { FILE_TARGETS, type FileTarget } from '../model/export-target.js';

export interface ExportFile {
  filename: string;
  mime: string;
  data: string | Uint8Array;
}

export interface ExportOptions {
  /** html: a complete page with <meta> tags and schema.org NewsArticle JSON-LD (default false) */
  fullPage?: boolean;
  /** md: YAML front matter with the metadata (default true); false gives bare CommonMark */
  frontMatter?: boolean;
  /** the provider/authority used in guids and URIs, e.g. "redaksi.example.org" (default "redaksi.local") */
  provider?: string;
  /** public URL of the story, when the desk knows it (canonical link, JSON-LD url) */
  url?: string;
  /** organisation name for the JSON-LD publisher and NewsML-G2 copyright */
  publisher?: string;
}

function clean(s: string | undefined): string | undefined {
  const t = (s ?? '').trim();
  return t ? t : undefined;
}

/** A URL-safe slug from a headline; never empty, so every export has a file name. */
export function slugify(text: string): string {
  return slugifyHeadline(text) || 'story';
}

export interface ExportSource {
  id: string;
  headline: string;
  slug?: string;
  language: ArticleLanguage;
  byline?: string;
  section?: string;
  tags?: string[];
  meta: DraftMeta;
  body: LexicalJson;
  createdAt: string;
  updatedAt: string;
}

/** Build the export model from a stored draft (and optionally the revision that goes out). */
export function exportArticleFrom(
  draft: Draft | ExportSource,
  opts: { revision?: Pick<Revision, 'id' | 'body' | 'headline' | 'meta'>; exportedAt?: string } = {},
): ExportArticle {
  const meta: DraftMeta = opts.revision ? { ...draft.meta, ...opts.revision.meta } : draft.meta;
  const headline = (opts.revision?.headline ?? draft.headline ?? '').trim();
  const tags = (meta.tags ?? draft.tags ?? []).map((t) => t.trim()).filter(Boolean);
  const a: ExportArticle = {
    draftId: draft.id,
    headline,
    tags: [...new Set(tags)],
    slug: clean(draft.slug) ?? slugify(headline),
    language: draft.language,
    body: opts.revision?.body ?? draft.body,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    exportedAt: opts.exportedAt ?? new Date().toISOString(),
  };
  if (opts.revision) a.revisionId = opts.revision.id;
  const byline = clean(meta.byline) ?? clean(draft.byline);
  if (byline) a.byline = byline;
  const section = clean(meta.section) ?? clean(draft.section);
  if (section) a.section = section;
  for (const k of ['kicker', 'datelinePlace', 'datelineDate', 'summary', 'embargo'] as const) {
    const v = clean(meta[k]);
    if (v) a[k] = v;
  }
  return a;
}

/** The body's blocks after whitespace/link normalization: what every serializer writes. */
export function bodyBlocks(article: ExportArticle): Block[] {
  return normalizeBlocks(blocksOf(article.body));
}

const MONTHS: Record<ArticleLanguage, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};

/** "4 December 2024" / "4 Desember 2024" from YYYY-MM-DD; the input itself when it is not such a date. */
export function longDate(iso: string, lang: ArticleLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[lang][Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** the dateline place as one line, without the trailing comma a date would add */
export function datelinePlaceText(place: string | undefined): string {
  return cleanText(place ?? '')
    .replace(/[\s\u0085]+/g, ' ')
    .replace(/[,\s]+$/, '')
    .trim();
}

/** "TANGERANG SELATAN, 4 Desember 2024" (either part may be absent); '' when both are. */
export function datelineText(a: ExportArticle): string {
  const parts: string[] = [];
  const place = datelinePlaceText(a.datelinePlace);
  if (place) parts.push(place);
  if (a.datelineDate) parts.push(longDate(a.datelineDate, a.language));
  return parts.join(', ');
}

/** A well-formed ISO date-time (RFC 3339) or undefined; schema "date-time" fields need the zone. */
export function isoDateTime(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** BCP 47 tag for the article language. */
export function langTag(a: ExportArticle): string {
  return a.language === 'id' ? 'id' : 'en';
}

/** A stable URI for the story: the given public URL or a urn built from provider and draft id. */
export function storyUri(a: ExportArticle, opts: ExportOptions): string {
  const url = safeHref(opts.url);
  if (url && /^https?:/i.test(url)) return url;
  const provider = (opts.provider ?? 'redaksi.local').replace(/[^A-Za-z0-9.-]/g, '') || 'redaksi.local';
  return `urn:newsml:${provider}:${encodeURIComponent(a.draftId).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())}`;
}

/** File name stem: the slug, or "story". */
export function fileStem(a: ExportArticle): string {
  return slugify(a.slug || a.headline);
}
