/**
 * IPTC ninjs (News in JSON). Two shapes, both validated against IPTC's official JSON schemas in
 * tests/fixtures/schemas:
 *  - 3.0 (target "ninjs", the default): camelCase properties, arrays of headlines/bodies/subjects;
 *  - 1.6 (target "ninjs1"): the 1.x lowercase shape, `headline`, `body_html`, `subject` ...
 * The bodies carry the same clean HTML as the HTML export (without the header) and the same plain
 * text as the txt export, so a consumer can pick either.
 */
import { countWords, type Block } from '../model/lexical-doc.js';
import { bodyBlocks, isoDateTime, langTag, storyUri, type ExportArticle, type ExportOptions } from './model.js';
import { blocksToHtml, oneLine } from './html.js';
import { blocksToText } from './text.js';

export const NINJS3_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#';
export const NINJS1_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_1.6.json#';

function common(a: ExportArticle, blocks: readonly Block[]) {
  const html = blocksToHtml(blocks);
  const text = blocksToText(blocks);
  return {
    html,
    text,
    words: countWords(text),
    chars: text.length,
    created: isoDateTime(a.createdAt),
    modified: isoDateTime(a.updatedAt),
    embargo: isoDateTime(a.embargo),
    version: a.revisionId !== undefined ? String(a.revisionId) : undefined,
    headline: oneLine(a.headline),
    kicker: oneLine(a.kicker),
    summary: oneLine(a.summary),
    byline: oneLine(a.byline),
    place: oneLine(a.datelinePlace),
    section: oneLine(a.section),
    tags: a.tags.map(oneLine).filter(Boolean),
  };
}

/** Drop undefined values and empty arrays so the JSON has only what the story has. */
function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

/** ninjs 3.0 object (camelCase). */
export function ninjs3(a: ExportArticle, opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): Record<string, unknown> {
  const c = common(a, blocks);
  const headlines: Array<Record<string, string>> = [{ role: 'main', contentType: 'text/plain', value: c.headline }];
  if (c.kicker) headlines.push({ role: 'kicker', contentType: 'text/plain', value: c.kicker });
  const subjects: Array<Record<string, string>> = [];
  if (c.section) subjects.push({ name: c.section, rel: 'section', literal: c.section });
  for (const t of c.tags) subjects.push({ name: t, rel: 'tag', literal: t });
  const altIds = [{ role: 'redaksi-draft', value: a.draftId }];
  if (c.version) altIds.push({ role: 'redaksi-revision', value: c.version });
  return compact({
    uri: storyUri(a, opts),
    standard: { name: 'ninjs', version: '3.0', schema: NINJS3_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    version: c.version,
    firstCreated: c.created,
    versionCreated: c.modified,
    contentCreated: c.created,
    embargoedUntil: c.embargo,
    pubStatus: 'usable',
    language: langTag(a),
    headlines,
    descriptions: c.summary ? [{ role: 'summary', contentType: 'text/plain', value: c.summary }] : undefined,
    bodies: [
      { role: 'main', contentType: 'text/html', charCount: c.chars, wordCount: c.words, value: c.html },
      { role: 'main', contentType: 'text/plain', charCount: c.chars, wordCount: c.words, value: c.text },
    ],
    by: c.byline,
    slugline: a.slug,
    located: c.place,
    subjects,
    copyrightHolder: opts.publisher ? oneLine(opts.publisher) : undefined,
    altIds,
  });
}

/** ninjs 1.6 object (lowercase 1.x shape). */
export function ninjs1(a: ExportArticle, opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): Record<string, unknown> {
  const c = common(a, blocks);
  const subject: Array<Record<string, string>> = [];
  if (c.section) subject.push({ name: c.section, rel: 'section' });
  for (const t of c.tags) subject.push({ name: t, rel: 'tag' });
  const altids: Record<string, string> = { redaksi_draft: a.draftId };
  if (c.version) altids.redaksi_revision = c.version;
  return compact({
    uri: storyUri(a, opts),
    $standard: { name: 'ninjs', version: '1.6', schema: NINJS1_SCHEMA_URI },
    type: 'text',
    mimetype: 'text/html',
    representationtype: 'complete',
    version: c.version,
    firstcreated: c.created,
    versioncreated: c.modified,
    contentcreated: c.created,
    embargoed: c.embargo,
    pubstatus: 'usable',
    language: langTag(a),
    headline: c.headline,
    headline_kicker: c.kicker,
    description_text: c.summary,
    body_html: c.html,
    body_text: c.text,
    byline: c.byline,
    slugline: a.slug,
    located: c.place,
    subject,
    copyrightholder: opts.publisher ? oneLine(opts.publisher) : undefined,
    charcount: c.chars,
    wordcount: c.words,
    altids,
  });
}

export function exportNinjs(a: ExportArticle, opts: ExportOptions = {}, major: 3 | 1 = 3, blocks: readonly Block[] = bodyBlocks(a)): string {
  return JSON.stringify(major === 1 ? ninjs1(a, opts, blocks) : ninjs3(a, opts, blocks), null, 2) + '\n';
}
