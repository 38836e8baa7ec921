/**
 * Defence in depth for stored documents: whatever a renderer sends, a link whose URL is not
 * http(s) or mailto is unwrapped to its text before the document is saved. The editor already
 * refuses such links on insert and paste; this keeps a compromised or buggy client from storing one.
 */
import type { LexicalJson, SerializedNode } from './draft.js';

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  // browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:")
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE_URL.test(squeezed) && squeezed === url.trim();
}

function clean(node: SerializedNode): SerializedNode[] {
  const children = node.children?.flatMap(clean);
  if ((node.type === 'link' || node.type === 'autolink') && !isSafeUrl(node.url)) return children ?? [];
  return [children ? { ...node, children } : node];
}

export function sanitizeDoc(doc: LexicalJson): LexicalJson {
  return { ...doc, root: { ...doc.root, children: (doc.root.children ?? []).flatMap(clean) } };
}
