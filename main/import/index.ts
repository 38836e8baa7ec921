/**
 * Registers the Markdown and HTML readers with read-file.ts (kept separate so read-file stays
 * free of jsdom). Import this module once before `readArticleFile` reads .md or .html files.
 */
import { blockText } from '../../shared/model/lexical-doc.js';
import { importMarkdown } from '../../shared/export/markdown-import.js';
import type { ImportedArticle } from '../../shared/export/markdown-import.js';
import { importHtml } from './html.js';
import { registerParser } from './read-file.js';

function toParsed(a: ImportedArticle) {
  return { headline: a.headline ?? '', blocks: a.blocks, paragraphs: a.blocks.map(blockText) };
}

registerParser('md', (text) => toParsed(importMarkdown(text)));
registerParser('html', (text) => toParsed(importHtml(text)));

export * from './read-file.js';
export { importHtml } from './html.js';
export { importMarkdown } from '../../shared/export/markdown-import.js';
