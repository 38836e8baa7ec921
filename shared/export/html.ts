/**
 * Clean semantic article HTML, safe by construction: every text goes through `escapeHtml`, the
 * only elements written are the fixed set below, the only attributes are href (checked by
 * safeHref), rel, class, lang, datetime and the page's fixed <meta> names. Nothing from the
 * document can become a tag, an attribute name, a script or an event handler.
 *
 * The body markup is also well-formed XML (`<br />`, only predefined entities), so NewsML-G2 and
 * ninjs reuse `blocksToHtml` for their XHTML bodies.
 */
import type { Block, InlineRun } from '../model/lexical-doc.js';
import { bodyBlocks, datelinePlaceText, datelineText, isoDateTime, langTag, longDate, type ExportArticle, type ExportOptions } from './model.js';
import { cleanText, runsText, safeHref } from './runs.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Metadata field as one clean line of text. */
export function oneLine(s: string | undefined): string {
  return cleanText(s ?? '')
    .replace(/[\s\u0085]+/g, ' ')
    .trim();
}

function wrapMarks(run: InlineRun, inner: string): string {
  let s = inner;
  if (run.strikethrough) s = `<s>${s}</s>`;
  if (run.underline) s = `<u>${s}</u>`;
  if (run.italic) s = `<em>${s}</em>`;
  if (run.bold) s = `<strong>${s}</strong>`;
  return s;
}

/** Inline runs (already normalized) to HTML. Runs sharing one link target share one <a>. */
export function runsToHtml(runs: readonly InlineRun[]): string {
  let out = '';
  let i = 0;
  while (i < runs.length) {
    const link = runs[i]!.link;
    let inner = '';
    while (i < runs.length && runs[i]!.link === link) {
      const r = runs[i]!;
      inner += r.text === '\n' ? '<br />' : wrapMarks(r, escapeHtml(r.text));
      i++;
    }
    out += link ? `<a href="${escapeHtml(link)}" rel="noopener">${inner}</a>` : inner;
  }
  return out;
}

function headingTag(kind: Block['kind']): 'h2' | 'h3' {
  // h1 belongs to the headline; body headings become h2 (h1, h2) or h3 (h3, h4)
  return kind === 'h3' || kind === 'h4' ? 'h3' : 'h2';
}

/** Body blocks (already normalized) to HTML, one block per line. */
export function blocksToHtml(blocks: readonly Block[]): string {
  const lines: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.kind === 'bullet' || b.kind === 'number') {
      const tag = b.kind === 'bullet' ? 'ul' : 'ol';
      const items: string[] = [];
      while (i < blocks.length && blocks[i]!.kind === b.kind) {
        items.push(`<li>${runsToHtml(blocks[i]!.runs)}</li>`);
        i++;
      }
      lines.push(`<${tag}>\n${items.join('\n')}\n</${tag}>`);
      continue;
    }
    const inner = runsToHtml(b.runs);
    if (b.kind === 'paragraph') lines.push(`<p>${inner}</p>`);
    else if (b.kind === 'quote') lines.push(`<blockquote><p>${inner}</p></blockquote>`);
    else {
      const t = headingTag(b.kind);
      lines.push(`<${t}>${inner}</${t}>`);
    }
    i++;
  }
  return lines.join('\n');
}

function headerHtml(a: ExportArticle): string {
  const lines: string[] = [];
  const kicker = oneLine(a.kicker);
  if (kicker) lines.push(`<p class="kicker">${escapeHtml(kicker)}</p>`);
  lines.push(`<h1>${escapeHtml(oneLine(a.headline))}</h1>`);
  const summary = oneLine(a.summary);
  if (summary) lines.push(`<p class="summary">${escapeHtml(summary)}</p>`);
  const byline = oneLine(a.byline);
  if (byline) lines.push(`<p class="byline">${escapeHtml(byline)}</p>`);
  const place = datelinePlaceText(a.datelinePlace);
  const date = a.datelineDate && /^\d{4}-\d{2}-\d{2}$/.test(a.datelineDate) ? a.datelineDate : undefined;
  if (place || date) {
    const time = date ? `<time datetime="${date}">${escapeHtml(longDate(date, a.language))}</time>` : '';
    lines.push(`<p class="dateline">${escapeHtml(place)}${place && time ? ', ' : ''}${time}</p>`);
  }
  return `<header>\n${lines.join('\n')}\n</header>`;
}

/** The <article> element: header (kicker, h1, summary, byline, dateline) and body. */
export function articleHtml(a: ExportArticle, blocks: readonly Block[] = bodyBlocks(a)): string {
  const body = blocksToHtml(blocks);
  return `<article lang="${langTag(a)}">\n${headerHtml(a)}\n${body}${body ? '\n' : ''}</article>\n`;
}

/**
 * JSON for a <script> element: `</script`, `<!--` and friends cannot appear because every
 * `<`, `>` and `&` is written as a \u escape (still the same JSON value). U+2028/2029 are escaped
 * for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function newsArticleJsonLd(a: ExportArticle, blocks: readonly Block[], opts: ExportOptions): Record<string, unknown> {
  const text = blocks.map((b) => runsText(b.runs)).join('\n\n');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: oneLine(a.headline),
    inLanguage: langTag(a),
    identifier: a.draftId,
  };
  const kicker = oneLine(a.kicker);
  if (kicker) ld.alternativeHeadline = kicker;
  const summary = oneLine(a.summary);
  if (summary) ld.description = summary;
  const byline = oneLine(a.byline);
  if (byline) ld.author = [{ '@type': 'Person', name: byline }];
  const created = isoDateTime(a.createdAt);
  if (created) ld.dateCreated = created;
  const modified = isoDateTime(a.updatedAt);
  if (modified) ld.dateModified = modified;
  const published = isoDateTime(a.embargo) ?? isoDateTime(a.exportedAt);
  if (published) ld.datePublished = published;
  const section = oneLine(a.section);
  if (section) ld.articleSection = section;
  const tags = a.tags.map(oneLine).filter(Boolean);
  if (tags.length) ld.keywords = tags;
  const place = oneLine(a.datelinePlace);
  if (place) ld.locationCreated = { '@type': 'Place', name: place };
  const url = publicUrl(opts);
  if (url) {
    ld.url = url;
    ld.mainEntityOfPage = url;
  }
  if (opts.publisher) ld.publisher = { '@type': 'Organization', name: oneLine(opts.publisher) };
  ld.wordCount = words;
  ld.articleBody = text;
  return ld;
}

/** the story's public http(s) URL when the desk gave one */
export function publicUrl(opts: ExportOptions): string | undefined {
  const u = safeHref(opts.url);
  return u && /^https?:/i.test(u) ? u : undefined;
}

function meta(attr: 'name' | 'property', key: string, value: string): string {
  return `<meta ${attr}="${key}" content="${escapeHtml(value)}">`;
}

/** A complete HTML page with <meta> tags and schema.org NewsArticle JSON-LD. */
export function pageHtml(a: ExportArticle, opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): string {
  const head: string[] = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">'];
  const headline = oneLine(a.headline);
  head.push(`<title>${escapeHtml(headline)}</title>`);
  const summary = oneLine(a.summary);
  if (summary) head.push(meta('name', 'description', summary));
  const byline = oneLine(a.byline);
  if (byline) head.push(meta('name', 'author', byline));
  const tags = a.tags.map(oneLine).filter(Boolean);
  if (tags.length) head.push(meta('name', 'keywords', tags.join(', ')));
  head.push(meta('property', 'og:type', 'article'));
  head.push(meta('property', 'og:title', headline));
  if (summary) head.push(meta('property', 'og:description', summary));
  const published = isoDateTime(a.embargo) ?? isoDateTime(a.exportedAt);
  if (published) head.push(meta('property', 'article:published_time', published));
  const modified = isoDateTime(a.updatedAt);
  if (modified) head.push(meta('property', 'article:modified_time', modified));
  const section = oneLine(a.section);
  if (section) head.push(meta('property', 'article:section', section));
  for (const t of tags) head.push(meta('property', 'article:tag', t));
  const url = publicUrl(opts);
  if (url) head.push(`<link rel="canonical" href="${escapeHtml(url)}">`);
  head.push(`<script type="application/ld+json">\n${jsonForScript(newsArticleJsonLd(a, blocks, opts))}\n</script>`);
  return `<!DOCTYPE html>\n<html lang="${langTag(a)}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${articleHtml(a, blocks)}</body>\n</html>\n`;
}

export function exportHtml(a: ExportArticle, opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): string {
  return opts.fullPage ? pageHtml(a, opts, blocks) : articleHtml(a, blocks);
}

export { datelineText };
