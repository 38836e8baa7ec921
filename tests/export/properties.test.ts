/**
 * Property tests over arbitrary documents (fast-check): the serializers must hold for any text a
 * reporter can paste, not only for the seed.
 *  - HTML export is idempotent through import -> export, and never contains unsafe markup;
 *  - Markdown export reads back to the same (normalized) blocks;
 *  - JSON exports (ninjs 3.0 / 1.6) re-parse losslessly and stay schema-valid;
 *  - NewsML-G2 is always well-formed XML;
 *  - normalization is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleHtml, exportHtml, exportMarkdown, exportNewsml, exportNinjs, ninjs1, ninjs3, normalizeBlocks, type ExportArticle } from '../../shared/export/index.js';
import { bodyBlocks } from '../../shared/export/model.js';
import { oneLine } from '../../shared/export/html.js';
import { blocksToText } from '../../shared/export/text.js';
import { importMarkdown } from '../../shared/export/markdown-import.js';
import { docFromBlocks, type Block, type BlockKind, type InlineRun } from '../../shared/model/lexical-doc.js';
import { importHtml } from '../../main/import/html.js';
import { ninjs1Validator, ninjs3Validator, parseHtml, parseXml, unsafeMarkup, XMLLINT, xmllintNewsml, CMARK, cmarkToHtml } from './helpers.js';

const NASTY = [
  '<script>alert(1)</script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '&lt;',
  '&#0;',
  '"',
  "'",
  '*',
  '**',
  '_',
  '`',
  '[x](javascript:alert(1))',
  '# ',
  '- ',
  '1. ',
  '> ',
  '\\',
  '  ',
  '\n',
  '\t',
  '\r\n',
  '\u00a0',
  '\u2028',
  '\u0000',
  '\u0007',
  '\ud800',
  '\ufffe',
  'TK',
  'Rp 1.500,50',
  ']]>',
  '<!--',
  '-->',
  'javascript:',
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('a', 'b', ' ', '*', '_', '\n', '<', '&', '1', '.', '#'), { maxLength: 8 }).map((a) => a.join('')) },
);

const link = fc.option(
  fc.oneof(
    fc.webUrl(),
    fc.constantFrom('javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'mailto:desk@example.org', 'http://a.b/(x)', 'https://e.org/?q="1"', '/relative', 'vbscript:x', 'https://'),
  ),
  { nil: undefined, freq: 3 },
);

const run: fc.Arbitrary<InlineRun> = fc
  .record({ text, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean(), strikethrough: fc.boolean(), link })
  .map((r) => {
    const out: InlineRun = { text: r.text };
    if (r.bold) out.bold = true;
    if (r.italic) out.italic = true;
    if (r.underline) out.underline = true;
    if (r.strikethrough) out.strikethrough = true;
    if (r.link) out.link = r.link;
    return out;
  });

const kind = fc.constantFrom<BlockKind>('paragraph', 'paragraph', 'paragraph', 'h1', 'h2', 'h3', 'h4', 'quote', 'bullet', 'number');
const block: fc.Arbitrary<Block> = fc.record({ kind, runs: fc.array(run, { maxLength: 6 }) });
const meta = fc.option(text, { nil: undefined });

const article: fc.Arbitrary<ExportArticle> = fc
  .record({
    blocks: fc.array(block, { maxLength: 8 }),
    headline: text,
    kicker: meta,
    byline: meta,
    summary: meta,
    datelinePlace: meta,
    datelineDate: fc.option(fc.constantFrom('2024-12-04', '2025-02-29', 'not a date'), { nil: undefined }),
    tags: fc.array(text, { maxLength: 3 }),
    language: fc.constantFrom<'en' | 'id'>('en', 'id'),
    draftId: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
    embargo: fc.option(fc.constantFrom('2030-01-01T00:00:00Z', 'garbage'), { nil: undefined }),
  })
  .map((r) => {
    const a: ExportArticle = {
      draftId: r.draftId,
      headline: r.headline,
      tags: r.tags,
      slug: 'story',
      language: r.language,
      body: docFromBlocks(r.blocks),
      createdAt: '2024-12-04T08:00:00.000Z',
      updatedAt: '2024-12-04T09:00:00.000Z',
      exportedAt: '2024-12-04T10:00:00.000Z',
    };
    for (const k of ['kicker', 'byline', 'summary', 'datelinePlace', 'datelineDate', 'embargo'] as const) if (r[k] !== undefined) a[k] = r[k];
    return a;
  });

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };

/** the article an import of `html` describes, keeping the fields HTML does not carry */
function fromHtml(a: ExportArticle, html: string): ExportArticle {
  const back = importHtml(html);
  const b: ExportArticle = { ...a, headline: back.headline ?? '', body: docFromBlocks(back.blocks) };
  for (const k of ['kicker', 'byline', 'summary', 'datelinePlace', 'datelineDate'] as const) {
    if (back[k] !== undefined) b[k] = back[k];
    else delete b[k];
  }
  return b;
}

if (!CMARK) console.warn('[export] cmark not found (Debian: apt-get install cmark): CommonMark reference property skipped');
if (!XMLLINT) console.warn('[export] xmllint not found (Debian: apt-get install libxml2-utils): NewsML-G2 XSD property skipped');

describe('export properties (fast-check)', () => {
  it('HTML export is idempotent through import -> export', () => {
    fc.assert(
      fc.property(article, (a) => {
        const first = articleHtml(a);
        const second = articleHtml(fromHtml(a, first));
        expect(second).toBe(first);
      }),
      RUNS,
    );
  });

  it('HTML export never contains unsafe markup (fragment and full page)', () => {
    fc.assert(
      fc.property(article, fc.boolean(), (a, fullPage) => {
        const html = exportHtml(a, { fullPage });
        const doc = parseHtml(html);
        expect(unsafeMarkup(doc)).toEqual([]);
        const scripts = doc.querySelectorAll('script');
        expect(scripts.length).toBe(fullPage ? 1 : 0);
        // the JSON-LD cannot be cut short by the copy: it parses and names the same headline
        if (fullPage) expect((JSON.parse(scripts[0]!.textContent!) as { headline: string }).headline).toBe(doc.querySelector('h1')!.textContent);
        // every link is one we allow, with rel=noopener
        for (const el of Array.from(doc.querySelectorAll('article a'))) {
          expect(el.getAttribute('href')).toMatch(/^(https?:\/\/|mailto:)/i);
          expect(el.getAttribute('rel')).toBe('noopener');
        }
      }),
      RUNS,
    );
  });

  it('Markdown export reads back to the same blocks', () => {
    fc.assert(
      fc.property(article, (a) => {
        const expected = bodyBlocks(a).map((b) =>
          // headings are one line in Markdown: a line break there becomes a space (documented loss)
          // and body headings are written as ## (h1, h2) or ### (h3, h4), like the HTML export
          b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'bullet' || b.kind === 'number'
            ? b
            : { kind: b.kind === 'h1' || b.kind === 'h2' ? ('h2' as const) : ('h3' as const), runs: b.runs.map((r) => (r.text === '\n' ? { text: ' ' } : r)) },
        );
        const back = importMarkdown(exportMarkdown(a));
        expect(back.blocks).toEqual(normalizeBlocks(expected));
      }),
      RUNS,
    );
  });

  it.skipIf(!CMARK)('cmark (the CommonMark reference) reads our Markdown as the same blocks and marks', () => {
    fc.assert(
      fc.property(article, (a) => {
        const expected = normalizeBlocks(
          bodyBlocks(a).map((b) =>
            b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'bullet' || b.kind === 'number'
              ? b
              : { kind: b.kind === 'h1' || b.kind === 'h2' ? ('h2' as const) : ('h3' as const), runs: b.runs.map((r) => (r.text === '\n' ? { text: ' ' } : r)) },
          ),
        );
        const html = cmarkToHtml(exportMarkdown(a, { frontMatter: false }));
        const back = importHtml(html);
        expect(back.headline ?? '').toBe(oneLine(a.headline));
        expect(back.blocks).toEqual(expected);
      }),
      { numRuns: Number(process.env.FC_CMARK_RUNS ?? 60) },
    );
  });

  it('ninjs 3.0 and 1.6 re-parse losslessly and validate against the IPTC schemas', () => {
    const v3 = ninjs3Validator();
    const v1 = ninjs1Validator();
    fc.assert(
      fc.property(article, (a) => {
        const o3 = JSON.parse(exportNinjs(a, {}, 3)) as Record<string, unknown>;
        expect(o3).toEqual(ninjs3(a));
        expect(v3(o3), JSON.stringify(v3.errors)).toBe(true);
        const text = blocksToText(bodyBlocks(a));
        if (text) expect((o3.bodies as Array<{ contentType: string; value: string }>).find((b) => b.contentType === 'text/plain')!.value).toBe(text);
        const o1 = JSON.parse(exportNinjs(a, {}, 1)) as Record<string, unknown>;
        expect(o1).toEqual(ninjs1(a));
        expect(v1(o1), JSON.stringify(v1.errors)).toBe(true);
      }),
      RUNS,
    );
  });

  it('NewsML-G2 is always well-formed XML with the headline intact', () => {
    fc.assert(
      fc.property(article, (a) => {
        const doc = parseXml(exportNewsml(a));
        const h = doc.getElementsByTagNameNS('http://iptc.org/std/nar/2006-10-01/', 'headline')[0]!;
        expect(h.textContent).toBe(oneLine(a.headline));
      }),
      RUNS,
    );
  });

  it.skipIf(!XMLLINT)('NewsML-G2 of arbitrary stories validates against the IPTC XSD (xmllint, sampled)', () => {
    fc.assert(
      fc.property(article, (a) => {
        const r = xmllintNewsml(exportNewsml(a));
        expect(r.ok, r.output).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it('importing arbitrary (hostile) HTML never throws and re-exports as safe HTML', () => {
    const tag = fc.constantFrom('p', 'div', 'b', 'i', 'a href="javascript:alert(1)"', 'a href="https://x.org/"', 'script', 'img src=x onerror=alert(1)', 'svg onload=alert(1)', 'h1', 'h3', 'ul', 'ol', 'li', 'blockquote', 'br', 'style', 'iframe', 'pre', 'table', 'td');
    const piece = fc.oneof(
      text,
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t.split(' ')[0]}>`),
    );
    const html = fc.array(piece, { maxLength: 25 }).map((a) => a.join(''));
    fc.assert(
      fc.property(html, (h) => {
        const back = importHtml(h);
        const a: ExportArticle = { draftId: 'x', headline: back.headline ?? '', tags: [], slug: 'x', language: 'en', body: docFromBlocks(back.blocks), createdAt: '', updatedAt: '', exportedAt: '' };
        const out = exportHtml(a, { fullPage: true });
        expect(unsafeMarkup(parseHtml(out))).toEqual([]);
        // and what we export from it is stable
        expect(articleHtml(fromHtml(a, articleHtml(a)))).toBe(articleHtml(a));
      }),
      { numRuns: 100 },
    );
  });

  it('normalization is idempotent', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const once = normalizeBlocks(blocks);
        expect(normalizeBlocks(once)).toEqual(once);
        for (const b of once) {
          expect(b.runs.length).toBeGreaterThan(0);
          const t = b.runs.map((r) => r.text).join('');
          expect(t).not.toMatch(/^[ \n]|[ \n]$| {2}| \n|\n /);
        }
      }),
      { numRuns: 300 },
    );
  });
});
