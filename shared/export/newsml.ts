/**
 * NewsML-G2 newsItem (standard version 2.35, power conformance), validated in tests against
 * IPTC's XSD with xmllint. The text rendition is XHTML in <inlineXML> (the schema accepts any
 * namespace there); metadata follows the order the schema's content model demands:
 * itemMeta (itemClass, provider, versionCreated, firstCreated, embargoed, pubStatus, generator),
 * contentMeta (contentCreated, contentModified, located, creator, language, keyword, subject,
 * slugline, headline, dateline, by, description).
 * All text goes through `escapeHtml` (only XML's predefined entities) after `cleanText` removed
 * the characters XML 1.0 forbids.
 */
import { countWords, type Block } from '../model/lexical-doc.js';
import { bodyBlocks, datelineText, isoDateTime, langTag, storyUri, type ExportArticle, type ExportOptions } from './model.js';
import { articleHtml, escapeHtml as esc, oneLine } from './html.js';
import { blocksToText } from './text.js';

export const NEWSML_NS = 'http://iptc.org/std/nar/2006-10-01/';
export const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';

export function exportNewsml(a: ExportArticle, opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): string {
  const lang = langTag(a);
  const now = isoDateTime(a.exportedAt) ?? isoDateTime(new Date().toISOString())!;
  const created = isoDateTime(a.createdAt) ?? now;
  const modified = isoDateTime(a.updatedAt) ?? created;
  const version = typeof a.revisionId === 'number' && a.revisionId > 0 ? Math.floor(a.revisionId) : /^\d+$/.test(String(a.revisionId ?? '')) ? Number(a.revisionId) || 1 : 1;
  const provider = (opts.provider ?? 'redaksi.local').replace(/[^A-Za-z0-9.-]/g, '') || 'redaksi.local';
  const headline = oneLine(a.headline);
  const byline = oneLine(a.byline);
  const place = oneLine(a.datelinePlace);
  const dateline = oneLine(datelineText(a));
  const summary = oneLine(a.summary);
  const section = oneLine(a.section);
  const embargo = isoDateTime(a.embargo);
  const words = countWords(blocksToText(blocks));

  const L: string[] = [];
  L.push('<?xml version="1.0" encoding="UTF-8"?>');
  L.push(
    `<newsItem xmlns="${NEWSML_NS}" guid="${esc(storyUri(a, opts))}" version="${version}" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="${lang}">`,
  );
  L.push(`  <catalogRef href="${IPTC_CATALOG}"/>`);
  if (opts.publisher) {
    const pub = esc(oneLine(opts.publisher));
    L.push(`  <rightsInfo>`, `    <copyrightHolder>`, `      <name>${pub}</name>`, `    </copyrightHolder>`, `  </rightsInfo>`);
  }
  L.push('  <itemMeta>');
  L.push('    <itemClass qcode="ninat:text"/>');
  L.push(`    <provider literal="${esc(provider)}"/>`);
  L.push(`    <versionCreated>${modified}</versionCreated>`);
  L.push(`    <firstCreated>${created}</firstCreated>`);
  if (embargo) L.push(`    <embargoed>${embargo}</embargoed>`);
  L.push('    <pubStatus qcode="stat:usable"/>');
  L.push('    <generator versioninfo="0.1">Redaksi</generator>');
  L.push('  </itemMeta>');
  L.push('  <contentMeta>');
  L.push(`    <contentCreated>${created}</contentCreated>`);
  L.push(`    <contentModified>${modified}</contentModified>`);
  if (place) L.push(`    <located>`, `      <name>${esc(place)}</name>`, `    </located>`);
  if (byline) L.push(`    <creator>`, `      <name>${esc(byline)}</name>`, `    </creator>`);
  L.push(`    <language tag="${lang}"/>`);
  for (const t of a.tags.map(oneLine).filter(Boolean)) L.push(`    <keyword>${esc(t)}</keyword>`);
  if (section) L.push(`    <subject type="cpnat:abstract">`, `      <name>${esc(section)}</name>`, `    </subject>`);
  if (a.slug) L.push(`    <slugline>${esc(oneLine(a.slug))}</slugline>`);
  L.push(`    <headline>${esc(headline)}</headline>`);
  if (dateline) L.push(`    <dateline>${esc(dateline)}</dateline>`);
  if (byline) L.push(`    <by>${esc(byline)}</by>`);
  if (summary) L.push(`    <description role="drol:summary">${esc(summary)}</description>`);
  L.push('  </contentMeta>');
  L.push('  <contentSet>');
  L.push(`    <inlineXML contenttype="application/xhtml+xml" wordcount="${words}">`);
  L.push(`<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="${lang}" lang="${lang}">`);
  L.push(`<head><title>${esc(headline)}</title></head>`);
  L.push(`<body>\n${articleHtml(a, blocks)}</body>`);
  L.push('</html>');
  L.push('    </inlineXML>');
  L.push('  </contentSet>');
  L.push('</newsItem>');
  return L.join('\n') + '\n';
}
