/**
 * CommonMark export. Text is escaped so that nothing in the copy turns into markup: backslash,
 * `*`, `_`, backtick, brackets, `<`, `~` everywhere; `&` when it would start an entity; `#`, `>`,
 * `-`, `+`, `=` and "1." / "1)" at the start of a line (headings, quotes, lists, setext rules).
 *
 * Emphasis: `**bold**` / `*italic*` only where CommonMark's flanking rules are sure to apply
 * (the marked text starts and ends with a letter or digit and no marked neighbour touches it);
 * otherwise inline HTML `<strong>`/`<em>`, which CommonMark passes through. Underline and
 * strikethrough have no CommonMark syntax and are always `<u>`/`<s>`.
 *
 * Metadata goes into YAML front matter (every value written as a JSON scalar, which YAML 1.2
 * reads unchanged); `frontMatter: false` gives bare CommonMark with the headline as `# `.
 * Known losses: a line break inside a heading becomes a space (headings are one line).
 */
import type { Block, InlineRun } from '../model/lexical-doc.js';
import { bodyBlocks, isoDateTime, type ExportArticle, type ExportOptions } from './model.js';
import { oneLine } from './html.js';

const LINE_START = /^([#>+\-=]|\d{1,9}[.)])/;

/** Escape one line of copy (no newline inside). */
export function escapeMarkdownLine(text: string, atLineStart: boolean, heading = false): string {
  // in a heading every "#" is escaped (a trailing " #" would be read as the closing sequence)
  let s = text.replace(heading ? /[\\`*_[\]<~#]/g : /[\\`*_[\]<~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (atLineStart) {
    const m = LINE_START.exec(s);
    if (m) {
      const tok = m[1]!;
      s = /^\d/.test(tok) ? tok.slice(0, -1) + '\\' + tok.slice(-1) + s.slice(tok.length) : '\\' + s;
    }
  }
  return s;
}

const ALNUM_EDGES = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su;

function hasEmphasis(r: InlineRun | undefined): boolean {
  return !!r && r.text !== '\n' && !!(r.bold || r.italic);
}

function runsToMarkdown(runs: readonly InlineRun[], heading: boolean): string {
  let out = '';
  let lineStart = true;
  const text = (s: string) => {
    // s has no newline
    const esc = escapeMarkdownLine(s, lineStart, heading);
    if (s) lineStart = false;
    return esc;
  };
  let i = 0;
  while (i < runs.length) {
    const link = runs[i]!.link;
    let inner = '';
    while (i < runs.length && runs[i]!.link === link) {
      const r = runs[i]!;
      if (r.text === '\n') {
        inner += heading ? ' ' : '\\\n';
        lineStart = !heading;
        i++;
        continue;
      }
      // marks wrap the whole run, spaces included, so they read back exactly; `*` syntax only
      // where CommonMark's flanking rules surely apply (alphanumeric edges, no marked neighbour)
      const core = r.text;
      let s = text(core);
      if (r.strikethrough) s = `<s>${s}</s>`;
      if (r.underline) s = `<u>${s}</u>`;
      const mdOk = !r.underline && !r.strikethrough && ALNUM_EDGES.test(core) && !hasEmphasis(runs[i - 1]) && !hasEmphasis(runs[i + 1]);
      if (r.italic) s = mdOk ? `*${s}*` : `<em>${s}</em>`;
      if (r.bold) s = mdOk ? `**${s}**` : `<strong>${s}</strong>`;
      inner += s;
      i++;
    }
    if (link) {
      const dest = /[()]/.test(link) ? `<${link}>` : link;
      out += `[${inner}](${dest})`;
    } else out += inner;
  }
  return out;
}

function indentContinuation(md: string, indent: string): string {
  return md.replace(/\n/g, '\n' + indent);
}

/** Body blocks (normalized) to CommonMark, blocks separated by blank lines. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.kind === 'bullet' || b.kind === 'number') {
      const items: string[] = [];
      let n = 1;
      while (i < blocks.length && blocks[i]!.kind === b.kind) {
        const marker = b.kind === 'bullet' ? '- ' : `${n}. `;
        items.push(marker + indentContinuation(runsToMarkdown(blocks[i]!.runs, false), ' '.repeat(marker.length)));
        n++;
        i++;
      }
      parts.push(items.join('\n'));
      continue;
    }
    const md = runsToMarkdown(b.runs, b.kind !== 'paragraph' && b.kind !== 'quote');
    if (b.kind === 'paragraph') parts.push(md);
    else if (b.kind === 'quote') parts.push('> ' + md.replace(/\n/g, '\n> '));
    else parts.push((b.kind === 'h3' || b.kind === 'h4' ? '### ' : '## ') + md);
    i++;
  }
  return parts.join('\n\n');
}

/** Front matter keys in the order written; the importer reads the same names. */
export const FRONT_MATTER_KEYS = [
  'title',
  'kicker',
  'byline',
  'dateline_place',
  'dateline_date',
  'section',
  'tags',
  'slug',
  'summary',
  'language',
  'embargo',
  'draft_id',
  'revision_id',
  'created_at',
  'updated_at',
  'exported_at',
] as const;

function frontMatter(a: ExportArticle): string {
  const v: Record<string, unknown> = {
    title: oneLine(a.headline),
    kicker: oneLine(a.kicker) || undefined,
    byline: oneLine(a.byline) || undefined,
    dateline_place: oneLine(a.datelinePlace) || undefined,
    dateline_date: a.datelineDate,
    section: oneLine(a.section) || undefined,
    tags: a.tags.map(oneLine).filter(Boolean),
    slug: a.slug,
    summary: oneLine(a.summary) || undefined,
    language: a.language,
    embargo: isoDateTime(a.embargo),
    draft_id: a.draftId,
    revision_id: a.revisionId,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    exported_at: a.exportedAt,
  };
  const lines = ['---'];
  // JSON scalars are valid YAML; `<`, `>` and `&` as \u escapes so a renderer that does not know
  // front matter (and shows it as text or raw HTML) can never see a tag in it
  for (const k of FRONT_MATTER_KEYS)
    if (v[k] !== undefined) lines.push(`${k}: ${JSON.stringify(v[k]).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}`);
  lines.push('---');
  return lines.join('\n');
}

export function exportMarkdown(a: ExportArticle, opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): string {
  const parts: string[] = [];
  if (opts.frontMatter !== false) parts.push(frontMatter(a));
  parts.push('# ' + escapeMarkdownLine(oneLine(a.headline), true, true));
  const body = blocksToMarkdown(blocks);
  if (body) parts.push(body);
  return parts.join('\n\n') + '\n';
}
