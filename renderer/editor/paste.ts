/**
 * Paste that cleans. HTML from web pages, Word and Google Docs goes through DOMPurify (an
 * allowlist of structural and inline tags, links limited to http/https/mailto) before Lexical
 * imports it with $generateNodesFromDOM; plain text becomes one paragraph per line. Scripts,
 * styles, event handlers and javascript:/data: URLs never reach the document.
 */
import DOMPurify from 'dompurify';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $isLinkNode, LinkNode, AutoLinkNode } from '@lexical/link';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { isSafeUrl } from './links.js';

const ALLOWED_TAGS = [
  'p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'blockquote', 'hr', 'span', 'div', 'sub', 'sup', 'section', 'article', 'main', 'header', 'footer',
];

/**
 * The sanitizer's verdict as an element (the sanitized <body>) Lexical can import. Not a
 * DocumentFragment: Lexical's text import needs every text node to have a parentElement, and
 * bare text at the top of a paste ("Hello <b>world</b>") would have none and throw.
 */
export function sanitizeHtml(html: string): HTMLElement {
  const body = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    // style is kept only so Google Docs' <span style="font-weight:700"> reads as bold; the
    // imported text nodes' style is cleared right after import (cleanNodes), so no CSS is kept
    ALLOWED_ATTR: ['href', 'style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
    FORBID_TAGS: ['style', 'script', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'video', 'audio', 'form', 'input', 'button', 'select', 'textarea', 'title', 'meta', 'link'],
    RETURN_DOM: true,
  }) as unknown as HTMLElement | null;
  // HTML whose document has a <frameset> instead of a <body> (one of DOMPurify's own fixtures)
  // comes back as null: there is no body text to paste, and Lexical's import would throw on it
  return body ?? document.createElement('body');
}

function $unwrap(node: LexicalNode & { getChildren(): LexicalNode[] }): void {
  for (const c of node.getChildren()) node.insertBefore(c);
  node.remove();
}

/** Strip styles, unsafe links and off-scheme headings from freshly imported nodes. */
function $cleanNodes(nodes: LexicalNode[]): LexicalNode[] {
  const visit = (n: LexicalNode) => {
    if ($isTextNode(n)) {
      if (n.getStyle()) n.setStyle('');
      return;
    }
    if ($isElementNode(n)) {
      for (const c of n.getChildren()) visit(c);
      // a top-level link has no parent to unwrap into yet: the loop below flattens it
      if ($isLinkNode(n) && !isSafeUrl(n.getURL()) && n.getParent()) $unwrap(n);
      if (n.getFormatType && n.getFormatType() !== '') n.setFormat('');
    }
  };
  const out: LexicalNode[] = [];
  for (const n of nodes) {
    visit(n);
    if ($isLinkNode(n) && !isSafeUrl(n.getURL())) {
      out.push(...n.getChildren());
      continue;
    }
    if ($isHeadingNode(n)) {
      const tag = n.getTag();
      if (tag !== 'h2' && tag !== 'h3') {
        const h = $createHeadingNode(tag === 'h1' ? 'h2' : 'h3');
        h.append(...n.getChildren());
        out.push(h);
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

export function $nodesFromHtml(editor: LexicalEditor, html: string): LexicalNode[] {
  return $cleanNodes($generateNodesFromDOM(editor, sanitizeHtml(html)));
}

/** One paragraph per non-blank line. */
export function $nodesFromText(text: string): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const l = line.replace(/\s+$/u, '');
    if (!l.trim()) continue;
    const p = $createParagraphNode();
    p.append($createTextNode(l));
    out.push(p);
  }
  return out;
}

/**
 * Registers the cleaning paste handler (above the rich-text default) and a node transform that
 * unwraps any link with a disallowed URL however it got in (Markdown shortcut, restored JSON).
 */
export function registerCleanPaste(editor: LexicalEditor, onPasted?: (plain: string) => void): () => void {
  const unwrapUnsafe = (node: LinkNode) => {
    if (!isSafeUrl(node.getURL())) $unwrap(node);
  };
  return mergeRegister(
    editor.registerNodeTransform(LinkNode, unwrapUnsafe),
    editor.registerNodeTransform(AutoLinkNode, unwrapUnsafe),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const dt = 'clipboardData' in event ? event.clipboardData : null;
        if (!dt) return false;
        const html = dt.getData('text/html');
        const text = dt.getData('text/plain');
        if (!html.trim() && !text) return false;
        event.preventDefault();
        editor.update(
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const nodes = html.trim() ? $nodesFromHtml(editor, html) : $nodesFromText(text);
            if (nodes.length === 0) return;
            $insertGeneratedNodes(editor, nodes, selection);
          },
          { tag: 'paste' },
        );
        if (onPasted) onPasted(text || new DOMParser().parseFromString(html, 'text/html').body.textContent || '');
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}
