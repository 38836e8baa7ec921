/**
 * HTML -> article blocks (Node side: jsdom + DOMPurify). Used by `redaksi import story.html`, the
 * paste fallback and the export round-trip tests.
 *
 * Untrusted HTML is sanitized by DOMPurify first (scripts, handlers, foreign markup gone), then
 * walked: p/div/section/... and h1-h6, blockquote, ul/ol/li, pre, br become blocks and line
 * breaks; strong/b, em/i, u/ins, s/strike/del and a[href] become marks and links (only
 * http/https/mailto survive `safeHref`). Source whitespace is collapsed the way a browser shows
 * it (newlines in the HTML source are spaces; only <br> and <pre> make line breaks), and the runs
 * go through the same `normalizeBlocks` every exporter uses, so importing our own HTML export and
 * exporting again gives the same bytes.
 *
 * Our export's <header> is read back as metadata: p.kicker, the h1 (headline), p.summary,
 * p.byline, p.dateline (place text + <time datetime>). For other HTML the first h1 before any
 * body text is the headline.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { Block, BlockKind, InlineRun } from '../../shared/model/lexical-doc.js';
import { normalizeBlocks, normalizeRuns, safeHref } from '../../shared/export/runs.js';
import type { ImportedArticle } from '../../shared/export/markdown-import.js';

let purifier: { purify: ReturnType<typeof createDOMPurify>; window: JSDOM['window'] } | undefined;

function getPurifier() {
  if (!purifier) {
    const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    purifier = { purify: createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]), window };
  }
  return purifier;
}

// Node.nodeType values (no DOM globals in Node)
const ELEMENT = 1;
const TEXT = 3;

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'details', 'summary', 'fieldset', 'form', 'center',
]);

interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  link?: string;
}

type El = {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<El>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
  classList?: { contains(c: string): boolean };
  querySelector?(sel: string): El | null;
};

/** marks added or removed by an inline style attribute (font-weight, font-style, text-decoration) */
function styleMarks(style: string | null | undefined, marks: Marks): Marks {
  if (!style) return marks;
  const out: Marks = { ...marks };
  let changed = false;
  const weight = /font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1]?.toLowerCase();
  if (weight) {
    const bold = weight === 'bold' || weight === 'bolder' || (/^\d+$/.test(weight) && Number(weight) >= 600);
    if (bold !== !!out.bold) {
      if (bold) out.bold = true;
      else delete out.bold;
      changed = true;
    }
  }
  const fontStyle = /font-style\s*:\s*([a-z]+)/i.exec(style)?.[1]?.toLowerCase();
  if (fontStyle) {
    const italic = fontStyle === 'italic' || fontStyle === 'oblique';
    if (italic !== !!out.italic) {
      if (italic) out.italic = true;
      else delete out.italic;
      changed = true;
    }
  }
  const deco = /text-decoration(?:-line)?\s*:\s*([^;]+)/i.exec(style)?.[1]?.toLowerCase();
  if (deco) {
    if (deco.includes('underline') && !out.underline) {
      out.underline = true;
      changed = true;
    }
    if (deco.includes('line-through') && !out.strikethrough) {
      out.strikethrough = true;
      changed = true;
    }
  }
  return changed ? out : marks;
}

class Walker {
  blocks: Block[] = [];
  meta: Omit<ImportedArticle, 'blocks'> = {};
  private runs: InlineRun[] = [];
  private kind: BlockKind = 'paragraph';

  private flush() {
    // whitespace-only content (source indentation between tags) is no block
    if (this.runs.some((r) => r.text.trim())) this.blocks.push({ kind: this.kind, runs: this.runs });
    this.runs = [];
  }

  private text(t: string, marks: Marks, pre: boolean) {
    // a browser shows source whitespace (including newlines) as one space, except in <pre>
    const s = pre ? t.replace(/\r\n?/g, '\n') : t.replace(/[ \t\n\r\f]+/g, ' ');
    if (s) this.runs.push({ text: s, ...marks });
  }

  private inlineText(el: El): string {
    const w = new Walker();
    w.walkChildren(el, {}, 'paragraph', false);
    w.flush();
    return w.blocks.map((b) => normalizeRuns(b.runs).map((r) => (r.text === '\n' ? ' ' : r.text)).join('')).join(' ').trim();
  }

  walkChildren(el: El, marks: Marks, kind: BlockKind, pre: boolean) {
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) this.walk(children[i]!, marks, kind, pre);
  }

  private block(el: El, marks: Marks, kind: BlockKind, pre: boolean) {
    this.flush();
    const saved = this.kind;
    this.kind = kind;
    this.walkChildren(el, marks, kind, pre);
    this.flush();
    this.kind = saved;
  }

  private header(el: El, marks: Marks, kind: BlockKind) {
    // our export's header: metadata, not body
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (c.nodeType !== ELEMENT) continue;
      const tag = c.nodeName.toLowerCase();
      const has = (cls: string) => !!c.classList?.contains(cls);
      if (tag === 'h1' && this.meta.headline === undefined) this.meta.headline = this.inlineText(c);
      else if (tag === 'p' && has('kicker')) this.meta.kicker = this.inlineText(c);
      else if (tag === 'p' && has('summary')) this.meta.summary = this.inlineText(c);
      else if (tag === 'p' && has('byline')) this.meta.byline = this.inlineText(c);
      else if (tag === 'p' && has('dateline')) {
        const time = c.querySelector?.('time');
        const date = time?.getAttribute?.('datetime') ?? undefined;
        if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) this.meta.datelineDate = date;
        let place = '';
        for (let j = 0; j < c.childNodes.length; j++) {
          const n = c.childNodes[j]!;
          if (n.nodeType === ELEMENT && n.nodeName.toLowerCase() === 'time') break;
          place += n.textContent ?? '';
        }
        place = place.replace(/\s+/g, ' ').replace(/[,\s]+$/, '').trim();
        if (!time) place = (c.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (place) this.meta.datelinePlace = place;
      } else this.walk(c, marks, kind, false);
    }
  }

  walk(node: El, marks: Marks, kind: BlockKind, pre: boolean) {
    if (node.nodeType === TEXT) {
      this.text(node.textContent ?? '', marks, pre);
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = node.nodeName.toLowerCase();
    // inline styles carry the formatting of pasted Google Docs / Word HTML
    const styled = styleMarks(node.getAttribute?.('style'), marks);
    if (tag !== 'b' && tag !== 'strong') marks = styled;
    switch (tag) {
      case 'br':
        this.runs.push({ text: '\n' });
        return;
      case 'strong':
      case 'b': {
        // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold
        const next = { ...styled };
        if (!/font-weight\s*:\s*(normal|[1-4]00)\b/i.test(node.getAttribute?.('style') ?? '')) next.bold = true;
        this.walkChildren(node, next, kind, pre);
        return;
      }
      case 'em':
      case 'i':
        this.walkChildren(node, { ...marks, italic: true }, kind, pre);
        return;
      case 'u':
      case 'ins':
        this.walkChildren(node, { ...marks, underline: true }, kind, pre);
        return;
      case 's':
      case 'strike':
      case 'del':
        this.walkChildren(node, { ...marks, strikethrough: true }, kind, pre);
        return;
      case 'a': {
        const href = safeHref(node.getAttribute?.('href'));
        const next: Marks = { ...marks };
        if (href) next.link = href;
        else delete next.link;
        this.walkChildren(node, next, kind, pre);
        return;
      }
      case 'hr':
        this.flush();
        return;
      case 'header':
        if (this.blocks.length === 0 && this.meta.headline === undefined && node.querySelector?.('h1')) {
          this.flush();
          this.header(node, marks, kind);
          return;
        }
        break;
      case 'h1':
        if (this.meta.headline === undefined && this.blocks.length === 0 && this.runs.every((r) => !r.text.trim())) {
          this.runs = [];
          this.meta.headline = this.inlineText(node);
          return;
        }
        this.block(node, marks, 'h1', pre);
        return;
      case 'h2':
      case 'h3':
      case 'h4':
        this.block(node, marks, tag, pre);
        return;
      case 'h5':
      case 'h6':
        this.block(node, marks, 'h4', pre);
        return;
      case 'blockquote':
        this.block(node, marks, 'quote', pre);
        return;
      case 'ul':
        this.block(node, marks, 'bullet', pre);
        return;
      case 'ol':
        this.block(node, marks, 'number', pre);
        return;
      case 'li':
        this.block(node, marks, kind === 'number' ? 'number' : 'bullet', pre);
        return;
      case 'pre':
        this.block(node, marks, kind, true);
        return;
      case 'p':
        // a <p> inside a quote or list item keeps that block kind
        this.block(node, marks, kind === 'quote' || kind === 'bullet' || kind === 'number' ? kind : 'paragraph', pre);
        return;
      case 'article': {
        const lang = node.getAttribute?.('lang');
        if (lang && !this.meta.language) this.meta.language = lang.toLowerCase().startsWith('id') ? 'id' : 'en';
        break;
      }
      default:
        break;
    }
    if (BLOCK_TAGS.has(tag)) {
      const k = kind === 'quote' || kind === 'bullet' || kind === 'number' ? kind : 'paragraph';
      this.block(node, marks, k, pre);
    } else this.walkChildren(node, marks, kind, pre);
  }

  finish(): ImportedArticle {
    this.flush();
    return { ...this.meta, blocks: normalizeBlocks(this.blocks) };
  }
}

/** Sanitize and read an HTML document or fragment into blocks (+ metadata from our export's header). */
export function importHtml(html: string): ImportedArticle {
  const { purify } = getPurifier();
  const frag = purify.sanitize(html, { RETURN_DOM_FRAGMENT: true }) as unknown as El;
  const w = new Walker();
  w.walkChildren(frag, {}, 'paragraph', false);
  const result = w.finish();
  // <html lang> is gone after sanitizing; read it from the source when <article> had none
  if (!result.language) {
    const m = /<html[^>]*\slang=["']?([A-Za-z-]+)/i.exec(html);
    if (m) result.language = m[1]!.toLowerCase().startsWith('id') ? 'id' : 'en';
  }
  return result;
}
