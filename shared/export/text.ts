/**
 * Plain text: headline first, then byline/dateline lines when present, then the body with
 * paragraphs separated by blank lines. List items keep a "- " or "1. " marker so a list still
 * reads as a list; a line break inside a paragraph stays a single newline.
 */
import type { Block } from '../model/lexical-doc.js';
import { bodyBlocks, datelineText, type ExportArticle } from './model.js';
import { oneLine } from './html.js';
import { runsText } from './runs.js';

export function blocksToText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = runsText(b.runs);
    if (b.kind === 'number') {
      n = blocks[i - 1]?.kind === 'number' ? n + 1 : 1;
      parts.push(`${n}. ${text}`);
    } else if (b.kind === 'bullet') parts.push(`- ${text}`);
    else parts.push(text);
  }
  // list items of one list sit on consecutive lines; everything else is separated by a blank line
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      const same = blocks[i]!.kind === blocks[i - 1]!.kind && (blocks[i]!.kind === 'bullet' || blocks[i]!.kind === 'number');
      out += same ? '\n' : '\n\n';
    }
    out += parts[i];
  }
  return out;
}

export function exportText(a: ExportArticle, blocks: readonly Block[] = bodyBlocks(a)): string {
  const lines: string[] = [oneLine(a.headline)];
  const meta: string[] = [];
  const byline = oneLine(a.byline);
  if (byline) meta.push(byline);
  const dateline = oneLine(datelineText(a));
  if (dateline) meta.push(dateline);
  if (meta.length) lines.push(meta.join('\n'));
  const body = blocksToText(blocks);
  if (body) lines.push(body);
  return lines.join('\n\n') + '\n';
}
