/**
 * DOCX through the `docx` package (pure JS, no DOM): named paragraph styles for kicker, headline
 * (Title), summary, byline, dateline, body text and quote, so a desk's Word template can restyle
 * the whole story by style name; bullet and numbered lists (each numbered list restarts at 1);
 * bold/italic/underline/strike runs; links as external hyperlinks (only the safe ones survive
 * normalization). Returns the .docx bytes as a Uint8Array.
 */
import { AlignmentType, Document, ExternalHyperlink, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Block, InlineRun } from '../model/lexical-doc.js';
import { bodyBlocks, datelineText, type ExportArticle, type ExportOptions } from './model.js';
import { oneLine } from './html.js';

const FONT = 'Georgia';

function textRuns(r: InlineRun, isLink = false): TextRun {
  if (r.text === '\n') return new TextRun({ break: 1 });
  if (!r.bold && !r.italic && !r.underline && !r.strikethrough && !isLink) return new TextRun(r.text);
  // only the properties a run has: docx builds an element for every option it is given
  const o: { text: string; bold?: boolean; italics?: boolean; underline?: object; strike?: boolean; color?: string } = { text: r.text };
  if (r.bold) o.bold = true;
  if (r.italic) o.italics = true;
  if (r.underline || isLink) o.underline = {};
  if (r.strikethrough) o.strike = true;
  if (isLink) o.color = '0563C1';
  return new TextRun(o);
}

function inlineChildren(runs: readonly InlineRun[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let i = 0;
  while (i < runs.length) {
    const link = runs[i]!.link;
    if (!link) {
      out.push(textRuns(runs[i]!));
      i++;
      continue;
    }
    const children: TextRun[] = [];
    while (i < runs.length && runs[i]!.link === link) {
      children.push(textRuns(runs[i]!, true));
      i++;
    }
    out.push(new ExternalHyperlink({ link, children }));
  }
  return out;
}

function bodyParagraphs(blocks: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  let listInstance = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const children = inlineChildren(b.runs);
    switch (b.kind) {
      case 'bullet':
        out.push(new Paragraph({ children, style: 'ListParagraph', numbering: { reference: 'redaksi-bullet', level: 0 } }));
        break;
      case 'number':
        if (blocks[i - 1]?.kind !== 'number') listInstance++;
        out.push(new Paragraph({ children, style: 'ListParagraph', numbering: { reference: 'redaksi-number', level: 0, instance: listInstance } }));
        break;
      case 'quote':
        out.push(new Paragraph({ children, style: 'Quote' }));
        break;
      case 'h1':
      case 'h2':
        out.push(new Paragraph({ children, style: 'Heading2' }));
        break;
      case 'h3':
      case 'h4':
        out.push(new Paragraph({ children, style: 'Heading3' }));
        break;
      default:
        out.push(new Paragraph({ children, style: 'BodyText' }));
    }
  }
  return out;
}

export function docxDocument(a: ExportArticle, _opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): Document {
  const head: Paragraph[] = [];
  const kicker = oneLine(a.kicker);
  if (kicker) head.push(new Paragraph({ style: 'Kicker', children: [new TextRun(kicker)] }));
  head.push(new Paragraph({ style: 'Title', children: [new TextRun(oneLine(a.headline))] }));
  const summary = oneLine(a.summary);
  if (summary) head.push(new Paragraph({ style: 'Summary', children: [new TextRun(summary)] }));
  const byline = oneLine(a.byline);
  if (byline) head.push(new Paragraph({ style: 'Byline', children: [new TextRun(byline)] }));
  const dateline = oneLine(datelineText(a));
  if (dateline) head.push(new Paragraph({ style: 'Dateline', children: [new TextRun(dateline)] }));

  const para = (id: string, name: string, run: Record<string, unknown>, paragraph: Record<string, unknown> = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'BodyText',
    quickFormat: true,
    run: { font: FONT, ...run },
    paragraph: { spacing: { after: 160 }, ...paragraph },
  });

  return new Document({
    title: oneLine(a.headline),
    creator: byline || 'Redaksi',
    description: summary || undefined,
    keywords: a.tags.map(oneLine).filter(Boolean).join(', ') || undefined,
    subject: oneLine(a.section) || undefined,
    styles: {
      // the story's language on every run, so Word spell-checks Indonesian copy as Indonesian
      default: { document: { run: { font: FONT, size: 22, language: { value: a.language === 'id' ? 'id-ID' : 'en-US' } } } },
      paragraphStyles: [
        para('Title', 'Title', { size: 44, bold: true }, { spacing: { after: 200 } }),
        para('Kicker', 'Kicker', { size: 20, bold: true, allCaps: true, color: '9A1B1B' }, { spacing: { after: 80 } }),
        para('Summary', 'Summary', { size: 26, italics: true }),
        para('Byline', 'Byline', { size: 20, bold: true }, { spacing: { after: 40 } }),
        para('Dateline', 'Dateline', { size: 20, color: '555555' }, { spacing: { after: 240 } }),
        para('BodyText', 'Body Text', { size: 22 }, { spacing: { after: 160, line: 300 } }),
        para('Heading2', 'Heading 2', { size: 30, bold: true }, { spacing: { before: 240, after: 120 } }),
        para('Heading3', 'Heading 3', { size: 26, bold: true }, { spacing: { before: 200, after: 100 } }),
        para('Quote', 'Quote', { size: 22, italics: true }, { indent: { left: 720, right: 720 } }),
        para('ListParagraph', 'List Paragraph', { size: 22 }, { spacing: { after: 80 } }),
      ],
    },
    numbering: {
      config: [
        {
          reference: 'redaksi-bullet',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
        {
          reference: 'redaksi-number',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children: [...head, ...bodyParagraphs(blocks)] }],
  });
}

export async function exportDocx(a: ExportArticle, opts: ExportOptions = {}, blocks: readonly Block[] = bodyBlocks(a)): Promise<Uint8Array> {
  return Packer.pack(docxDocument(a, opts, blocks), 'uint8array');
}
