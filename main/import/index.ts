/**
 * Reading story files: every format's parser in one table (ARTICLE_PARSERS), and
 * `readArticleFile` reading with it. read-file.ts holds the format-independent part (bytes,
 * legacy encodings, the "no text" refusal) and stays free of jsdom.
 */
import { blockText } from '../../shared/model/lexical-doc.js';
import { importMarkdown } from '../../shared/export/markdown-import.js';
import type { ImportedArticle } from '../../shared/export/markdown-import.js';
import { importHtml } from './html.js';
import { parseTxt, readArticleFileWith, type ArticleFile, type ArticleParsers } from './read-file.js';

function toParsed(a: ImportedArticle) {
  return { headline: a.headline ?? '', blocks: a.blocks, paragraphs: a.blocks.map(blockText) };
}

export const ARTICLE_PARSERS: ArticleParsers = {
  txt: (text) => parseTxt(text),
  md: (text) => toParsed(importMarkdown(text)),
  html: (text) => toParsed(importHtml(text)),
};

export function readArticleFile(file: string): ArticleFile {
  return readArticleFileWith(ARTICLE_PARSERS, file);
}

export * from './read-file.js';
export { importHtml } from './html.js';
export { importMarkdown } from '../../shared/export/markdown-import.js';
