/**
 * Suggesting mode (issue 15; Google Docs' "Suggesting", Superdesk's suggestions): while it is on,
 * typing inserts suggested text, deleting marks text as a suggested deletion, and replacing a
 * selection does both. Each suggestion is an inline SuggestionNode around its text with a kind,
 * an id, the author and the time; accepting or rejecting one unwraps or removes it in one editor
 * update, so undo and redo (HistoryPlugin) work across them.
 *
 * The checks read the text as it would be with every suggestion accepted: lexical-doc.ts and
 * paragraphs.ts leave the text of deletions out and keep insertions.
 *
 * Paragraph splits and joins are suggestions too (kinds 'split' and 'join'): a mark holding a
 * pilcrow at the end of the first of the two paragraphs. Enter splits the paragraph for real and
 * marks the split (reject joins the two back); Backspace at a paragraph's start, or Delete at its
 * end, only marks a join (accept joins them). The readers treat a join as one paragraph
 * (lexical-doc.ts isParagraphMark). Backspace just after one's own suggested split withdraws it.
 *
 * A paste makes one suggested paragraph per line: each break a suggested split.
 *
 * Not tracked: line breaks (Shift+Enter is refused), joins into or out of list items (refused),
 * formatting, IME composition.
 */
import { mergeRegister, $dfs, $findMatchingParent } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  $createTextNode,
  $getEditor,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  createCommand,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  ElementNode,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { NOTE_TYPE, SUGGESTION_TYPE } from '../../shared/model/lexical-doc.js';
import { $paragraphMarkOf } from './paragraphs.js';
import { addSuggestionPart, suggestionKindOf, type SuggestionKind, type SuggestionSummary } from '../../shared/model/review-marks.js';

export type SerializedSuggestionNode = Spread<{ kind: SuggestionKind; sid: string; author: string; at: string }, SerializedElementNode>;

export class SuggestionNode extends ElementNode {
  __kind: SuggestionKind;
  __sid: string;
  __author: string;
  __at: string;

  static override getType(): string {
    return SUGGESTION_TYPE;
  }

  static override clone(node: SuggestionNode): SuggestionNode {
    return new SuggestionNode(node.__kind, node.__sid, node.__author, node.__at, node.__key);
  }

  constructor(kind: SuggestionKind = 'insert', sid = '', author = '', at = '', key?: NodeKey) {
    super(key);
    this.__kind = kind;
    this.__sid = sid;
    this.__author = author;
    this.__at = at;
  }

  getKind(): SuggestionKind {
    return this.getLatest().__kind;
  }
  getSid(): string {
    return this.getLatest().__sid;
  }
  getAuthor(): string {
    return this.getLatest().__author;
  }
  getAt(): string {
    return this.getLatest().__at;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const k = this.__kind;
    const el = document.createElement(k === 'insert' || k === 'split' ? 'ins' : 'del');
    const theme = config.theme as { suggestionInsert?: string; suggestionDelete?: string; suggestionSplit?: string; suggestionJoin?: string };
    el.className = (k === 'insert' ? theme.suggestionInsert : k === 'delete' ? theme.suggestionDelete : k === 'split' ? theme.suggestionSplit : theme.suggestionJoin) ?? '';
    el.dataset.kind = k;
    el.dataset.sid = this.__sid;
    el.title = `${this.__author} · ${this.__at.slice(0, 16).replace('T', ' ')}`;
    return el;
  }

  override updateDOM(prev: SuggestionNode): boolean {
    return prev.__kind !== this.__kind || prev.__sid !== this.__sid || prev.__author !== this.__author || prev.__at !== this.__at;
  }

  static override importJSON(json: SerializedSuggestionNode): SuggestionNode {
    return new SuggestionNode(suggestionKindOf(json.kind), String(json.sid ?? ''), String(json.author ?? ''), String(json.at ?? '')).updateFromJSON(json);
  }

  override exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), type: SUGGESTION_TYPE, version: 1, kind: this.getKind(), sid: this.getSid(), author: this.getAuthor(), at: this.getAt() };
  }

  override isInline(): true {
    return true;
  }
  override canBeEmpty(): false {
    return false;
  }
  // plain typing at its edges (suggesting mode off) is plain text, not part of the suggestion
  override canInsertTextBefore(): false {
    return false;
  }
  // ... except for the author typing on at the end of their own suggested text in suggesting
  // mode: the browser then types natively, as in normal mode. Inserting it from code instead cost
  // every key a DOM selection change and a forced layout (setBaseAndExtent and Lexical's
  // scroll-into-view measuring: about 2 ms a key at 10,000 words, in a CPU profile of the
  // keystroke bench)
  override canInsertTextAfter(): boolean {
    return this.getKind() === 'insert' && typingOn.get($getEditor())?.(this.getAuthor()) === true;
  }
}

/** per editor: whether suggesting mode is on for this author (read by SuggestionNode.canInsertTextAfter) */
const typingOn = new WeakMap<LexicalEditor, (author: string) => boolean>();

export function $createSuggestionNode(kind: SuggestionKind, sid: string, author: string, at: string): SuggestionNode {
  return new SuggestionNode(kind, sid, author, at);
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}

/** The pilcrow a paragraph mark shows; a token, so the caret steps over it whole. */
const PILCROW = '¶';

function $isParagraphMark(node: LexicalNode | null | undefined): boolean {
  return $isSuggestionNode(node) && (node.getKind() === 'split' || node.getKind() === 'join');
}

/** The paragraph mark in a block (at its end; typing after it may push it back a little). */
function $markOf(block: LexicalNode | null): SuggestionNode | null {
  const mark = $isElementNode(block) ? $paragraphMarkOf(block) : null;
  return $isSuggestionNode(mark) ? mark : null;
}

function $appendMark(block: ElementNode, kind: 'split' | 'join', who: Who): SuggestionNode {
  const mark = $createSuggestionNode(kind, newId(), who.author, who.at);
  mark.append($createTextNode(PILCROW).setMode('token'));
  block.append(mark);
  return mark;
}

/** A top-level text block (not a list, a note, a rule): the only blocks a split or join may touch. */
function $isPlainBlock(n: LexicalNode | null | undefined): n is ElementNode {
  return $isElementNode(n) && !n.isInline() && n.getParent() === $getRoot() && n.getType() !== 'list' && n.getType() !== NOTE_TYPE;
}

/** Enter: split the paragraph at the caret and mark the split as a suggestion. */
function $suggestSplit(who: Who): void {
  let sel = $selectionAsSeen();
  if (!$isRangeSelection(sel)) return;
  if (!sel.isCollapsed()) {
    const { last } = $markDeletion(sel, who);
    if (last?.isAttached()) $caretBy(last, false);
    sel = $getSelection();
    if (!$isRangeSelection(sel)) return;
  }
  const owner = $findMatchingParent(sel.anchor.getNode(), $isSuggestionNode);
  // never split inside a mark or a deletion: the caret goes after it
  if (owner && owner.getKind() !== 'insert') {
    owner.selectNext(0, 0);
    sel = $getSelection();
    if (!$isRangeSelection(sel)) return;
  }
  const block = sel.anchor.getNode().getTopLevelElement();
  if (!$isPlainBlock(block)) return;
  // a join mark stays with the text after the split: that is where the join is
  const carried = $markOf(block);
  const after = sel.insertParagraph();
  if (!after) return;
  const before = after.getPreviousSibling();
  if (!$isElementNode(before)) return;
  if (carried && carried.isAttached() && carried.getTopLevelElement()?.is(before)) after.append(carried);
  $appendMark(before, 'split', who);
  after.selectStart();
}

/**
 * Backspace at a paragraph's start (first = the paragraph before) or Delete at its end: mark the
 * join. When the two blocks cannot be joined the key does nothing.
 */
function $suggestJoin(first: ElementNode, who: Who): void {
  const second = first.getNextSibling();
  if (!$isPlainBlock(first) || !$isPlainBlock(second)) return;
  const mark = $markOf(first);
  if (mark?.getKind() === 'join') return; // already suggested
  if (mark?.getKind() === 'split') {
    // withdrawing one's own split is not a suggestion: the paragraphs go back together
    if (mark.getAuthor() === who.author) {
      const caret = first.getChildrenSize() > 1 ? mark.getPreviousSibling() : null;
      $settle(mark, false);
      if ($isTextNode(caret)) caret.select(caret.getTextContentSize(), caret.getTextContentSize());
      else first.selectStart();
    }
    return;
  }
  $appendMark(first, 'join', who);
}

function newId(): string {
  return crypto.randomUUID();
}

interface Who {
  author: string;
  at: string;
}

/**
 * Wrap the selected text in deletion suggestions; text that is itself a suggested insertion is
 * simply removed (withdrawing a suggestion is not a suggestion). Returns the first and last
 * deletion made.
 */
function $markDeletion(sel: RangeSelection, who: Who, sid: string = newId()): { first: SuggestionNode | null; last: SuggestionNode | null } {
  let first: SuggestionNode | null = null;
  let last: SuggestionNode | null = null;
  for (const node of sel.extract()) {
    if (!$isTextNode(node) || !node.isAttached()) continue;
    const owner = $findMatchingParent(node, $isSuggestionNode);
    if (owner) {
      if (owner.getKind() === 'insert') node.remove();
      continue; // already suggested for deletion
    }
    const del = $createSuggestionNode('delete', sid, who.author, who.at);
    node.insertBefore(del);
    del.append(node);
    first ??= del;
    last = del;
  }
  return { first, last };
}

/** Where a deletion leaves the caret: before it (Backspace) or after it (Delete, typing over). */
function $caretBy(node: SuggestionNode, before: boolean): void {
  if (before) node.selectPrevious();
  else node.selectNext(0, 0);
}

/**
 * The caret the reader sees. Delete keys reach Lexical as keydown commands, which act on Lexical's
 * own selection; that selection follows the browser's only when the browser's `selectionchange`
 * for the previous caret move has been handled. A key that comes first (a loaded machine, fast
 * keys, Arrow then Backspace) would delete from where the caret was before: with a word selected
 * and then the caret moved past it, the word itself. The browser's selection is what the reader
 * sees, so a suggested deletion starts from it.
 */
function $selectionAsSeen(): ReturnType<typeof $getSelection> {
  const editor = $getEditor();
  const root = editor.getRootElement();
  const dom = root?.ownerDocument.defaultView?.getSelection() ?? null;
  const inside = (n: Node | null | undefined) => !!n && !!root && root.contains(n);
  if (dom && inside(dom.anchorNode) && inside(dom.focusNode)) {
    const seen = $createRangeSelectionFromDom(dom, editor);
    if (seen) $setSelection(seen);
  }
  return $getSelection();
}

function $suggestDelete(granularity: 'character' | 'word' | 'lineboundary', backward: boolean, who: Who): void {
  const sel = $selectionAsSeen();
  if (!$isRangeSelection(sel)) return;
  if (sel.isCollapsed()) {
    const caret = sel.clone();
    // text already suggested for deletion is stepped over: Backspace after it deletes what is before it
    for (let tries = 0; tries < 3; tries++) {
      const owner = $findMatchingParent(sel.anchor.getNode(), $isSuggestionNode);
      if (owner?.getKind() === 'delete') $caretBy(owner, backward);
      else {
        const edge = $deletedNeighbour(sel, backward);
        if (!edge) break;
        $caretBy(edge, backward);
      }
      const moved = $getSelection();
      if (!$isRangeSelection(moved)) return;
      sel.anchor.set(moved.anchor.key, moved.anchor.offset, moved.anchor.type);
      sel.focus.set(moved.anchor.key, moved.anchor.offset, moved.anchor.type);
      $setSelection(sel);
    }
    if (granularity === 'character') $extendByCharacter(sel, backward);
    else sel.modify('extend', backward, granularity);
    if (sel.isCollapsed()) return;
    // across a paragraph boundary: a suggested join (Backspace at a start, Delete at an end)
    const a = sel.anchor.getNode().getTopLevelElement();
    const f = sel.focus.getNode().getTopLevelElement();
    if (!a || !f || !a.is(f)) {
      $setSelection(caret);
      if (a && f && granularity === 'character') $suggestJoin(backward ? f : a, who);
      return;
    }
  }
  const { first, last } = $markDeletion(sel, who);
  const edge = backward ? first : last;
  if (edge?.isAttached()) $caretBy(edge, backward);
  else {
    // nothing new to delete (the range was deleted text already): leave the caret at its far end
    const end = backward ? (sel.isBackward() ? sel.focus : sel.anchor) : sel.isBackward() ? sel.anchor : sel.focus;
    const p = { key: end.key, offset: end.offset, type: end.type };
    const again = $getSelection();
    if ($isRangeSelection(again)) {
      again.anchor.set(p.key, p.offset, p.type);
      again.focus.set(p.key, p.offset, p.type);
    }
  }
}

/**
 * Extends the selection by one character inside its text node from Lexical's own state.
 * RangeSelection.modify asks the browser's selection, which lags behind when keys come faster
 * than the editor paints (a held Backspace on a busy machine): five Backspaces then marked eight
 * characters. At a node's edge the browser's answer is used (it is up to date there: nothing
 * typed is pending in that node).
 */
function $extendByCharacter(sel: RangeSelection, backward: boolean): void {
  const node = sel.focus.getNode();
  if ($isTextNode(node)) {
    const text = node.getTextContent();
    let o = sel.focus.offset;
    const low = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
    if (backward && o > 0) {
      o -= low(o - 1) && o > 1 ? 2 : 1;
      sel.focus.set(node.getKey(), o, 'text');
      return;
    }
    if (!backward && o < text.length) {
      o += low(o + 1) ? 2 : 1;
      sel.focus.set(node.getKey(), o, 'text');
      return;
    }
  }
  sel.modify('extend', backward, 'character');
}

/** A deleted-text suggestion right beside a collapsed caret on the side it deletes towards. */
function $deletedNeighbour(sel: RangeSelection, backward: boolean): SuggestionNode | null {
  const node = sel.anchor.getNode();
  const offset = sel.anchor.offset;
  let sibling: LexicalNode | null = null;
  if ($isTextNode(node)) {
    if (backward && offset === 0) sibling = node.getPreviousSibling();
    else if (!backward && offset === node.getTextContentSize()) sibling = node.getNextSibling();
  } else if ($isElementNode(node)) {
    sibling = backward ? node.getChildAtIndex(offset - 1) : node.getChildAtIndex(offset);
  }
  return $isSuggestionNode(sibling) && sibling.getKind() === 'delete' ? sibling : null;
}

/** Type `text` as a suggested insertion at the selection (a selection is suggested for deletion first). */
function $suggestInsert(text: string, who: Who): void {
  let sel = $getSelection();
  if (!$isRangeSelection(sel)) return;
  let sid = newId();
  if (!sel.isCollapsed()) {
    // typing over a selection is one replacement: the deletion and the insertion share an id
    const { last } = $markDeletion(sel, who, sid);
    if (last?.isAttached()) $caretBy(last, false);
    else sid = newId();
    sel = $getSelection();
    if (!$isRangeSelection(sel)) return;
  }
  const anchor = sel.anchor.getNode();
  const owner = $findMatchingParent(anchor, $isSuggestionNode);
  if (owner && owner.getKind() === 'insert' && owner.getAuthor() === who.author && $isTextNode(anchor)) {
    // typing on inside one's own suggestion
    anchor.spliceText(sel.anchor.offset, 0, text, true);
    return;
  }
  if (owner && owner.getKind() !== 'insert') {
    // never inside a deletion or a paragraph mark: typing goes after it
    owner.selectNext(0, 0);
    sel = $getSelection();
    if (!$isRangeSelection(sel)) return;
  }
  const ins = $createSuggestionNode('insert', sid, who.author, who.at);
  const t = $createTextNode(text);
  ins.append(t);
  const point = sel.anchor;
  const at = point.getNode();
  if ($isTextNode(at)) {
    t.setFormat(at.getFormat());
    if (point.offset === 0) at.insertBefore(ins);
    else if (point.offset >= at.getTextContentSize()) at.insertAfter(ins);
    else at.splitText(point.offset)[0]!.insertAfter(ins);
  } else if ($isElementNode(at)) {
    const child = at.getChildAtIndex(point.offset);
    if (child) child.insertBefore(ins);
    else at.append(ins);
  }
  t.select(text.length, text.length);
}

/**
 * Pasted text: one suggested paragraph per line, as a paste outside suggesting mode makes one
 * paragraph per line. Each break is a suggested split, so rejecting everything gives back the
 * paragraph as it was. Where a split cannot be suggested (a list item, a note) the lines are
 * joined with spaces, as before.
 */
function $suggestPaste(text: string, who: Who): void {
  // blank space around a break goes with it; the paste's own first and last spaces stay
  const lines = text.split(/[^\S\r\n]*(?:\r\n?|\n)\s*/).filter(Boolean);
  if (!lines.length) return;
  const sel = $getSelection();
  const block = $isRangeSelection(sel) ? sel.anchor.getNode().getTopLevelElement() : null;
  if (lines.length === 1 || !$isPlainBlock(block)) {
    $suggestInsert(lines.join(' '), who);
    return;
  }
  lines.forEach((line, i) => {
    if (i > 0) $suggestSplit(who);
    $suggestInsert(line, who);
  });
}

/** A collapsed caret inside (not at the start of) the text of the author's own suggested insertion. */
function $caretInsideOwnInsertion(author: string): boolean {
  const sel = $getSelection();
  if (!$isRangeSelection(sel) || !sel.isCollapsed() || sel.anchor.type !== 'text' || sel.anchor.offset === 0) return false;
  const text = sel.anchor.getNode();
  const owner = text.getParent();
  return $isTextNode(text) && text.isSimpleText() && $isSuggestionNode(owner) && owner.getKind() === 'insert' && owner.getAuthor() === author;
}

/** Accept (keep the suggested change) or reject (keep the text as it was) one suggestion node. */
function $settle(node: SuggestionNode, accept: boolean): void {
  const kind = node.getKind();
  if (kind === 'split' || kind === 'join') {
    // accepting a join, or rejecting a split, puts the two paragraphs back together
    const block = node.getParent();
    node.remove();
    if (!$isElementNode(block)) return;
    const next = block.getNextSibling();
    if ((kind === 'join') === accept) {
      if ($isElementNode(next) && !next.isInline()) {
        for (const c of next.getChildren()) block.append(c);
        next.remove();
      }
      return;
    }
    // Removing only the mark dirties one text leaf, the unchanged text before it, and Lexical's
    // history merges such an update into the step before (it takes it for a transform that
    // undid itself): the settle would then not be an undo step. The text on the other side of
    // the break is marked too, so it is one.
    const after = $isElementNode(next) ? next.getFirstDescendant() : null;
    if ($isTextNode(after)) after.markDirty();
    return;
  }
  const keepText = node.getKind() === 'insert' ? accept : !accept;
  if (keepText) {
    for (const c of node.getChildren()) node.insertBefore(c);
  }
  node.remove();
}

export interface SuggestingOptions {
  /** suggesting mode is on (read on every edit) */
  enabled: () => boolean;
  /** the workstation's user name */
  author: () => string;
  /** the open suggestions changed */
  onSuggestions: (list: SuggestionSummary[]) => void;
}

/** Accept or reject one suggestion (by id), or every one (sid null): one undoable change. */
export const SETTLE_SUGGESTIONS_COMMAND = createCommand<{ sid: string | null; accept: boolean }>('SETTLE_SUGGESTIONS_COMMAND');

export function registerSuggesting(editor: LexicalEditor, opts: SuggestingOptions): () => void {
  // '' while nobody is named (#14): the lists read it as "someone on this computer"
  const author = () => opts.author().trim();
  const who = (): Who => ({ author: author(), at: new Date().toISOString() });
  const keys = new Set<NodeKey>();
  typingOn.set(editor, (a) => opts.enabled() && a === author());

  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSignature = '[]';
  const report = () => {
    reportTimer = undefined;
    const byId = new Map<string, SuggestionSummary>();
    const list: SuggestionSummary[] = [];
    editor.getEditorState().read(() => {
      // document order, so the list reads like the story
      const nodes = [...keys].map((k) => $getNodeByKey(k)).filter($isSuggestionNode);
      nodes.sort((a, b) => (a.isBefore(b) ? -1 : b.isBefore(a) ? 1 : 0));
      for (const n of nodes) addSuggestionPart(byId, list, { id: n.getSid(), author: n.getAuthor(), at: n.getAt(), kind: n.getKind(), text: $isParagraphMark(n) ? '' : n.getTextContent() });
    });
    // typing on inside a suggestion changes its text: the page re-renders only when the list did
    const signature = JSON.stringify(list);
    if (signature === lastSignature) return;
    lastSignature = signature;
    opts.onSuggestions(list);
  };
  // typing inside a suggestion changes its text, not the node: the list follows when typing pauses
  const scheduleReport = () => {
    globalThis.clearTimeout(reportTimer);
    reportTimer = globalThis.setTimeout(report, 150);
  };

  const onBeforeInput = (e: InputEvent) => {
    if (!opts.enabled() || e.isComposing) return;
    const type = e.inputType;
    if (type === 'insertText' || type === 'insertReplacementText') {
      const data = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
      if (!data) return;
      // Typing on inside one's own suggested text: the browser's own insertion lands in the
      // suggestion's text node, so Lexical may let it type natively, as in normal mode
      // (SuggestionNode.canInsertTextAfter; the keystroke bench says why).
      if (type === 'insertText' && editor.getEditorState().read(() => $caretInsideOwnInsertion(author()))) return;
      // Lexical would let the browser type natively; the text must become a suggestion instead
      e.preventDefault();
      e.stopImmediatePropagation();
      editor.update(() => $suggestInsert(data, who()));
    } else if (type.startsWith('delete')) {
      // deletions come through Lexical's key commands (below); anything else must not slip through untracked
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };

  const whenOn = (fn: () => void) => () => {
    if (!opts.enabled()) return false;
    fn();
    return true;
  };

  return mergeRegister(
    () => typingOn.delete(editor),
    editor.registerCommand(
      SETTLE_SUGGESTIONS_COMMAND,
      ({ sid, accept }) => {
        // a walk of the story, not the mutation-tracked keys: a rare click may cost a pass, and it
        // settles exactly what is in the document
        const found = $dfs($getRoot())
          .map((d) => d.node)
          .filter((n): n is SuggestionNode => $isSuggestionNode(n) && (sid === null || n.getSid() === sid));
        for (const n of found) $settle(n, accept);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerRootListener((root, prev) => {
      prev?.removeEventListener('beforeinput', onBeforeInput as EventListener, true);
      // capture: runs before Lexical's own beforeinput handler on the same element
      root?.addEventListener('beforeinput', onBeforeInput as EventListener, true);
    }),
    () => editor.getRootElement()?.removeEventListener('beforeinput', onBeforeInput as EventListener, true),
    editor.registerMutationListener(
      SuggestionNode,
      (mutations) => {
        for (const [k, m] of mutations) {
          if (m === 'destroyed') keys.delete(k);
          else keys.add(k);
        }
        scheduleReport();
      },
      { skipInitialization: false },
    ),
    editor.registerUpdateListener(({ dirtyLeaves }) => {
      if (keys.size > 0 && dirtyLeaves.size > 0) scheduleReport();
    }),
    () => globalThis.clearTimeout(reportTimer),
    // one suggestion for one run of typing or deleting: neighbours of one author and kind merge
    editor.registerNodeTransform(SuggestionNode, (node) => {
      const next = node.getNextSibling();
      if ($isSuggestionNode(next) && next.getKind() === node.getKind() && next.getAuthor() === node.getAuthor() && !$isParagraphMark(node)) {
        for (const c of next.getChildren()) node.append(c);
        next.remove();
      }
    }),
    editor.registerCommand(DELETE_CHARACTER_COMMAND, (backward: boolean) => whenOn(() => $suggestDelete('character', backward, who()))(), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(DELETE_WORD_COMMAND, (backward: boolean) => whenOn(() => $suggestDelete('word', backward, who()))(), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(DELETE_LINE_COMMAND, (backward: boolean) => whenOn(() => $suggestDelete('lineboundary', backward, who()))(), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (input: InputEvent | string) =>
        whenOn(() => {
          const text = typeof input === 'string' ? input : (input.data ?? '');
          if (text) $suggestInsert(text, who());
          else {
            // replacing with nothing (a fix that removes a word): a suggested deletion
            const sel = $getSelection();
            if ($isRangeSelection(sel) && !sel.isCollapsed()) $markDeletion(sel, who());
          }
        })(),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (e: ClipboardEvent | InputEvent | KeyboardEvent) =>
        whenOn(() => {
          const data = 'clipboardData' in e ? e.clipboardData : 'dataTransfer' in e ? e.dataTransfer : null;
          const text = data?.getData('text/plain') ?? '';
          e.preventDefault();
          if (text) $suggestPaste(text, who());
        })(),
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, whenOn(() => $suggestSplit(who())), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, whenOn(() => undefined), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      CUT_COMMAND,
      (e: ClipboardEvent | KeyboardEvent | null) =>
        whenOn(() => {
          // the text is copied, and suggested for deletion rather than removed
          const sel = $getSelection();
          if (!$isRangeSelection(sel) || sel.isCollapsed()) return;
          if (e && 'clipboardData' in e && e.clipboardData) {
            e.preventDefault();
            e.clipboardData.setData('text/plain', sel.getTextContent());
          }
          const { last } = $markDeletion(sel, who());
          if (last?.isAttached()) $caretBy(last, false);
        })(),
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

