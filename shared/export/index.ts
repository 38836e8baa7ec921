/**
 * The export entry point: one model (ExportArticle), one dispatcher for every file target.
 * `exportTo` is async only because DOCX packing (JSZip) is.
 */
import { exportDocx } from './docx.js';
import { exportHtml } from './html.js';
import { exportMarkdown } from './markdown.js';
import { fileStem, type ExportArticle, type ExportFile, type ExportOptions, type ExportTarget } from './model.js';
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

export const TARGET_FILES: Record<ExportTarget, { ext: string; mime: string }> = {
  html: { ext: 'html', mime: 'text/html; charset=utf-8' },
  md: { ext: 'md', mime: 'text/markdown; charset=utf-8' },
  txt: { ext: 'txt', mime: 'text/plain; charset=utf-8' },
  docx: { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  ninjs: { ext: 'ninjs.json', mime: 'application/json' },
  ninjs1: { ext: 'ninjs1.json', mime: 'application/json' },
  newsml: { ext: 'newsml.xml', mime: 'application/vnd.iptc.g2.newsitem+xml' },
};

export async function exportTo(target: ExportTarget, article: ExportArticle, options: ExportOptions = {}): Promise<ExportFile> {
  const { ext, mime } = TARGET_FILES[target];
  const filename = `${fileStem(article)}.${ext}`;
  let data: string | Uint8Array;
  switch (target) {
    case 'html':
      data = exportHtml(article, options);
      break;
    case 'md':
      data = exportMarkdown(article, options);
      break;
    case 'txt':
      data = exportText(article);
      break;
    case 'docx':
      data = await exportDocx(article, options);
      break;
    case 'ninjs':
      data = exportNinjs(article, options, 3);
      break;
    case 'ninjs1':
      data = exportNinjs(article, options, 1);
      break;
    case 'newsml':
      data = exportNewsml(article, options);
      break;
    default: {
      const never: never = target;
      throw new Error(`unknown export target: ${String(never)}`);
    }
  }
  return { filename, mime, data };
}
