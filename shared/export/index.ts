/**
 * The export entry point: one model (ExportArticle), one dispatcher for every file target.
 * `exportTo` is async only because DOCX packing (JSZip) is.
 */
import { exportDocx } from './docx.js';
import { exportHtml } from './html.js';
import { exportMarkdown } from './markdown.js';
import type { Block } from '../model/lexical-doc.js';
import { bodyBlocks, fileStem, type ExportArticle, type ExportFile, type ExportOptions } from './model.js';
import type { FileTarget } from '../model/export-target.js';
import { exportNewsml } from './newsml.js';
import { exportNinjs } from './ninjs.js';
import { exportText } from './text.js';

export * from './model.js';
export { safeHref, normalizeRuns, normalizeBlocks, cleanText } from './runs.js';
export { exportHtml, articleHtml, pageHtml, blocksToHtml, escapeHtml, jsonForScript } from './html.js';
export { exportMarkdown, blocksToMarkdown } from './markdown.js';
export { exportText, blocksToText } from './text.js';
export { exportNinjs, ninjs1, ninjs3 } from './ninjs.js';
export { exportNewsml } from './newsml.js';
export { exportDocx } from './docx.js';
export { importMarkdown, type ImportedArticle } from './markdown-import.js';
export { prePublishCheck, type PrePublishItem, type PrePublishResult, type PrePublishInput } from './prepublish.js';

export const TARGET_FILES: Record<FileTarget, { ext: string; mime: string }> = {
  html: { ext: 'html', mime: 'text/html; charset=utf-8' },
  md: { ext: 'md', mime: 'text/markdown; charset=utf-8' },
  txt: { ext: 'txt', mime: 'text/plain; charset=utf-8' },
  docx: { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  ninjs: { ext: 'ninjs.json', mime: 'application/json' },
  ninjs1: { ext: 'ninjs1.json', mime: 'application/json' },
  newsml: { ext: 'newsml.xml', mime: 'application/vnd.iptc.g2.newsitem+xml' },
};

export async function exportTo(
  target: FileTarget,
  article: ExportArticle,
  options: ExportOptions = {},
  /** the article's normalized body blocks, when the caller already has them (exportAll) */
  blocks: readonly Block[] = bodyBlocks(article),
): Promise<ExportFile> {
  const { ext, mime } = TARGET_FILES[target];
  const filename = `${fileStem(article)}.${ext}`;
  let data: string | Uint8Array;
  switch (target) {
    case 'html':
      data = exportHtml(article, options, blocks);
      break;
    case 'md':
      data = exportMarkdown(article, options, blocks);
      break;
    case 'txt':
      data = exportText(article, blocks);
      break;
    case 'docx':
      data = await exportDocx(article, options, blocks);
      break;
    case 'ninjs':
      data = exportNinjs(article, options, 3, blocks);
      break;
    case 'ninjs1':
      data = exportNinjs(article, options, 1, blocks);
      break;
    case 'newsml':
      data = exportNewsml(article, options, blocks);
      break;
    default: {
      const never: never = target;
      throw new Error(`unknown export target: ${String(never)}`);
    }
  }
  return { filename, mime, data };
}

/**
 * One story to several targets at once (a desk's "all formats", the dialog's previews): the body
 * is read and normalized once and shared by every serializer.
 */
export async function exportAll(targets: readonly FileTarget[], article: ExportArticle, options: ExportOptions = {}): Promise<ExportFile[]> {
  const blocks = bodyBlocks(article);
  const out: ExportFile[] = [];
  for (const t of targets) out.push(await exportTo(t, article, options, blocks));
  return out;
}
