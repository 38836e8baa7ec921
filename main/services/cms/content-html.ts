/**
 * The HTML a CMS post body gets: the shared HTML exporter's body markup (safe by construction,
 * see shared/export/html.ts), preceded by the byline and dateline, because WordPress has no field
 * for either (its "author" is the account that pushes) and the title travels separately.
 */
import { blocksToHtml, datelineText, escapeHtml, oneLine } from '../../../shared/export/html.js';
import { bodyBlocks, type ExportArticle } from '../../../shared/export/model.js';

export function articleBodyHtml(article: ExportArticle): string {
  const lines: string[] = [];
  const byline = oneLine(article.byline);
  if (byline) lines.push(`<p class="byline">${escapeHtml(byline)}</p>`);
  const dateline = oneLine(datelineText(article));
  if (dateline) lines.push(`<p class="dateline">${escapeHtml(dateline)}</p>`);
  const body = blocksToHtml(bodyBlocks(article));
  if (body) lines.push(body);
  return lines.join('\n');
}
