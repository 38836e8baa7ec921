/**
 * Pure helpers over Lexical's serialized JSON, so main, CLI and export can read and build
 * documents without a DOM or an editor instance.
 *
 * "Paragraphs" (the unit every check and every Finding index refers to) are the text blocks of
 * the body in document order: each top-level element is one block, except lists, whose items
 * each count as a block. Horizontal rules, other decorators and private notes are not paragraphs;
 * text suggested for deletion is left out (the checks read the text with every suggestion accepted). The renderer
 * walks live nodes with the same rule (renderer/editor/paragraphs.ts); keep the two in step.
 */
import type { LexicalJson, SerializedNode } from './draft.js';

/**
 * A private note (renderer/editor/notes.ts): a top-level block that is not a paragraph, so no
 * check, word count or export ever reads it.
 */
export const NOTE_TYPE = 'redaksi-note';
/**
 * A suggested edit (renderer/editor/suggestions.ts): an inline element around the suggested text,
 * `kind` 'insert' or 'delete'. The paragraphs read as if every suggestion were accepted: inserted
 * text counts, text suggested for deletion does not.
 */
export const SUGGESTION_TYPE = 'redaksi-suggestion';

export function isSuggestedDeletion(node: SerializedNode): boolean {
  return node.type === SUGGESTION_TYPE && node.kind === 'delete';
}

/**
 * A suggested paragraph split or join is a mark (a suggestion node of kind 'split' or 'join'
 * holding a pilcrow) inside the first of the two paragraphs. A split is stored already split (the
 * two paragraphs read as two); a join is stored as two paragraphs and read as one. The mark's own
 * pilcrow is never text.
 */
export function isParagraphMark(node: SerializedNode): boolean {
  return node.type === SUGGESTION_TYPE && (node.kind === 'split' || node.kind === 'join');
}

/** The block holds a suggested join: it reads as one paragraph with the block after it. */
export function joinsNext(block: SerializedNode): boolean {
  return (block.children ?? []).some((c) => c.type === SUGGESTION_TYPE && c.kind === 'join');
}

export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'quote' | 'bullet' | 'number';

export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  /** link target when this run sits inside a link */
  link?: string;
}

export interface Block {
  kind: BlockKind;
  runs: InlineRun[];
}

// Lexical's text format bit flags (lexical/src/LexicalConstants.ts)
const IS_BOLD = 1;
const IS_ITALIC = 2;
const IS_STRIKETHROUGH = 4;
const IS_UNDERLINE = 8;

function runsOf(node: SerializedNode, link: string | undefined, out: InlineRun[]): void {
  for (const child of node.children ?? []) {
    if (child.type === 'text' || child.type === 'code-highlight') {
      const f = typeof child.format === 'number' ? child.format : 0;
      const run: InlineRun = { text: String(child.text ?? '') };
      if (f & IS_BOLD) run.bold = true;
      if (f & IS_ITALIC) run.italic = true;
      if (f & IS_UNDERLINE) run.underline = true;
      if (f & IS_STRIKETHROUGH) run.strikethrough = true;
      if (link) run.link = link;
      out.push(run);
    } else if (child.type === 'linebreak') {
      out.push({ text: '\n', ...(link ? { link } : {}) });
    } else if (child.type === 'tab') {
      out.push({ text: '\t' });
    } else if (isSuggestedDeletion(child) || isParagraphMark(child)) {
      continue;
    } else if (child.type === 'link' || child.type === 'autolink') {
      runsOf(child, typeof child.url === 'string' ? child.url : undefined, out);
    } else if (child.children) {
      runsOf(child, link, out);
    }
  }
}

function listItems(list: SerializedNode, kind: BlockKind, out: Block[]): void {
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((c) => c.type === 'list');
    const runs: InlineRun[] = [];
    runsOf({ ...item, children: (item.children ?? []).filter((c) => c.type !== 'list') }, undefined, runs);
    if (nested.length === 0 || runs.some((r) => r.text.length > 0)) out.push({ kind, runs });
    for (const n of nested) listItems(n, n.listType === 'number' ? 'number' : 'bullet', out);
  }
}

/** The body's blocks in document order (see the module comment for what counts). */
export function blocksOf(doc: LexicalJson | null | undefined): Block[] {
  const out: Block[] = [];
  // a suggested join: the next block's runs go on the end of this one (see isParagraphMark)
  let joinInto: Block | null = null;
  for (const node of doc?.root?.children ?? []) {
    const before = out.length;
    blockOf(node, out);
    if (out.length === before) continue; // a note or a rule between: the join reads through it
    if (joinInto) {
      const [first, ...rest] = out.splice(before);
      joinInto.runs.push(...first!.runs);
      out.push(...rest);
    }
    joinInto = node.type !== 'list' && joinsNext(node) ? out[out.length - 1]! : null;
  }
  return out;
}

function blockOf(node: SerializedNode, out: Block[]): void {
  switch (node.type) {
    case 'list':
      listItems(node, node.listType === 'number' ? 'number' : 'bullet', out);
      break;
    case 'heading': {
      const tag = node.tag === 'h1' || node.tag === 'h2' || node.tag === 'h3' || node.tag === 'h4' ? node.tag : 'h2';
      const runs: InlineRun[] = [];
      runsOf(node, undefined, runs);
      out.push({ kind: tag, runs });
      break;
    }
    case 'quote': {
      const runs: InlineRun[] = [];
      runsOf(node, undefined, runs);
      out.push({ kind: 'quote', runs });
      break;
    }
    case 'horizontalrule':
    case NOTE_TYPE:
      break;
    default: {
      if (!node.children) break;
      const runs: InlineRun[] = [];
      runsOf(node, undefined, runs);
      out.push({ kind: 'paragraph', runs });
    }
  }
}

export function blockText(block: Block): string {
  return block.runs.map((r) => r.text).join('');
}

/** The paragraph texts every check runs on. */
export function paragraphsOf(doc: LexicalJson | null | undefined): string[] {
  return blocksOf(doc).map(blockText);
}

/** Plain text with paragraphs separated by blank lines (FTS, revisions, txt export). */
export function plainTextOf(doc: LexicalJson | null | undefined): string {
  return paragraphsOf(doc).join('\n\n');
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** 1 a letter or digit, 2 a mark that continues a word ('’.,-), 3 anything else; 0 not yet known */
const CHAR_KIND = new Uint8Array(0x10000);
function charKind(code: number): number {
  if (code < 0x10000) {
    let k = CHAR_KIND[code]!;
    if (k === 0) {
      const ch = String.fromCharCode(code);
      CHAR_KIND[code] = k = LETTER_OR_DIGIT.test(ch) ? 1 : "'’.,-".includes(ch) ? 2 : 3;
    }
    return k;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? 1 : 3;
}

/** ASCII's kinds, read first without a call: news copy is mostly ASCII */
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, code) => charKind(code));

/**
 * The number of matches of /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*\/gu (a word starts with a letter or
 * digit and runs on through letters, digits and '’.,-), counted by a loop over the code points
 * with a table of their kinds: match() built an array of every word, and every save of a story
 * counts its words (about 2 ms of an autosave of the 10,000-word story under load; this loop
 * 0.3 ms, #17). tests/unit/count-words.test.ts holds it to the regular expression.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    if (unit < 0x80) kind = ASCII_KIND[unit]!;
    else {
      const code = text.codePointAt(i)!;
      kind = charKind(code);
      if (code > 0xffff) i++;
    }
    if (inWord) inWord = kind !== 3;
    else if (kind === 1) {
      n++;
      inWord = true;
    }
  }
  return n;
}

function textNode(run: InlineRun): SerializedNode {
  let format = 0;
  if (run.bold) format |= IS_BOLD;
  if (run.italic) format |= IS_ITALIC;
  if (run.strikethrough) format |= IS_STRIKETHROUGH;
  if (run.underline) format |= IS_UNDERLINE;
  return { detail: 0, format, mode: 'normal', style: '', text: run.text, type: 'text', version: 1 };
}

function inlineChildren(runs: InlineRun[]): SerializedNode[] {
  const out: SerializedNode[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i]!;
    if (run.text === '') {
      i++;
      continue;
    }
    if (run.link) {
      const url = run.link;
      const children: SerializedNode[] = [];
      while (i < runs.length && runs[i]!.link === url) {
        if (runs[i]!.text) children.push(textNode(runs[i]!));
        i++;
      }
      out.push({ children, direction: null, format: '', indent: 0, type: 'link', version: 1, rel: 'noopener', target: null, title: null, url });
      continue;
    }
    if (run.text === '\n') out.push({ type: 'linebreak', version: 1 });
    else out.push(textNode(run));
    i++;
  }
  return out;
}

function element(type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode {
  return { children, direction: null, format: '', indent: 0, type, version: 1, ...extra };
}

/** Build a Lexical document from blocks; consecutive list items of one kind become one list. */
export function docFromBlocks(blocks: Block[]): LexicalJson {
  const children: SerializedNode[] = [];
  for (const b of blocks) {
    const inline = inlineChildren(b.runs);
    if (b.kind === 'bullet' || b.kind === 'number') {
      const listType = b.kind === 'bullet' ? 'bullet' : 'number';
      const last = children[children.length - 1];
      const item = element('listitem', inline, { value: 1, checked: undefined });
      if (last && last.type === 'list' && last.listType === listType) {
        item.value = (last.children?.length ?? 0) + 1;
        last.children!.push(item);
      } else {
        children.push(element('list', [item], { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' }));
      }
    } else if (b.kind === 'quote') {
      children.push(element('quote', inline));
    } else if (b.kind === 'paragraph') {
      children.push(element('paragraph', inline, { textFormat: 0, textStyle: '' }));
    } else {
      children.push(element('heading', inline, { tag: b.kind }));
    }
  }
  return { root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 } as SerializedNode };
}

/** One plain paragraph per string. */
export function docFromParagraphs(paragraphs: string[]): LexicalJson {
  return docFromBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, runs: [{ text }] })));
}

export function emptyDoc(): LexicalJson {
  return docFromParagraphs(['']);
}
