/**
 * Defence in depth for stored documents: whatever a renderer sends, a link whose URL breaks the
 * one URL rule (url.ts) is unwrapped to its text before the document is saved. The editor already
 * refuses such links on insert and paste; this keeps a compromised or buggy client from storing one.
 */
import type { LexicalJson, SerializedNode } from './draft.js';
import { isSafeUrl } from './url.js';

function isUnsafeLink(node: SerializedNode): boolean {
  return (node.type === 'link' || node.type === 'autolink') && !isSafeUrl(node.url);
}

function hasUnsafeLink(node: SerializedNode): boolean {
  return isUnsafeLink(node) || (node.children?.some(hasUnsafeLink) ?? false);
}

function clean(node: SerializedNode): SerializedNode[] {
  const children = node.children?.flatMap(clean);
  if (isUnsafeLink(node)) return children ?? [];
  return [children ? { ...node, children } : node];
}

/** The document without unsafe links; the same object when it has none (the common case: every autosave passes here). */
export function sanitizeDoc(doc: LexicalJson): LexicalJson {
  if (!hasUnsafeLink(doc.root)) return doc;
  return { ...doc, root: { ...doc.root, children: (doc.root.children ?? []).flatMap(clean) } };
}
