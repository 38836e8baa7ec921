/**
 * Reads an article file for `import` and `check`: txt (one paragraph per non-blank line, the
 * first line is the headline), md, html. Bad input (missing, a directory, binary, too large,
 * not UTF-8) fails with a clear ImportError before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Block } from '../../shared/model/lexical-doc.js';
import { decodeTextBytes, type DecodedText, type TextEncoding } from './text-encoding.js';

export class ImportError extends Error {}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ArticleFile {
  path: string;
  format: ArticleFormat;
  headline: string;
  /** body blocks (without the headline) */
  blocks: Block[];
  /** every paragraph as `check` numbers them: for txt the first line (headline) included */
  paragraphs: string[];
  /** how the bytes were read: 'windows-1252' for an old single-byte file (say so to the user) */
  encoding: TextEncoding;
}

/** the line a command prints about a file that was not UTF-8 */
export function encodingNotice(file: ArticleFile): string | undefined {
  return file.encoding === 'utf-8' ? undefined : `${file.path}: not UTF-8; read as Windows-1252 (Latin-1). Check accented letters, then save it as UTF-8.`;
}

export function formatOf(file: string): ArticleFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.text') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new ImportError(`${file}: unknown file type "${ext || '(none)'}"; Redaksi reads .txt, .md and .html.`);
}

/**
 * Decodes UTF-8, or Windows-1252/Latin-1 when the bytes are plainly a single-byte text
 * (./text-encoding.ts); anything else is refused rather than silently mangled.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new ImportError(`${file}: the file is empty.`);
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (sample.includes(0)) throw new ImportError(`${file}: this looks like a binary file, not text.`);
  const decoded = decodeTextBytes(bytes);
  if (!decoded) throw new ImportError(`${file}: the file is not valid UTF-8 text. Save it as UTF-8 and try again.`);
  return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: decoded.encoding };
}

export function readBytes(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ImportError(`${file}: no such file.`);
  }
  if (!stat.isFile()) throw new ImportError(`${file}: not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) throw new ImportError(`${file}: ${(stat.size / 1048576).toFixed(1)} MB is more than the ${MAX_IMPORT_BYTES / 1048576} MB an article file may have.`);
  return fs.readFileSync(file);
}

export function parseTxt(text: string): { headline: string; blocks: Block[]; paragraphs: string[] } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const [headline = '', ...body] = lines;
  return { headline, blocks: body.map((t) => ({ kind: 'paragraph' as const, runs: [{ text: t }] })), paragraphs: lines };
}

export type Parser = (text: string, file: string) => { headline: string; blocks: Block[]; paragraphs: string[] };

/** The parser for each format; the full table is ARTICLE_PARSERS in main/import/index.ts. */
export type ArticleParsers = Partial<Record<ArticleFormat, Parser>>;

/** Reads a file with the parsers given (this module stays free of jsdom; index.ts passes them all). */
export function readArticleFileWith(parsers: ArticleParsers, file: string): ArticleFile {
  const format = formatOf(file);
  const { text, encoding } = decodeText(readBytes(file), file);
  const parser = parsers[format];
  if (!parser) throw new ImportError(`${file}: ${format} files are not supported yet.`);
  const parsed = parser(text, file);
  if (parsed.paragraphs.every((p) => p.trim() === '')) throw new ImportError(`${file}: the file has no text.`);
  return { path: file, format, ...parsed, encoding };
}
