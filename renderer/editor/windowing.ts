/**
 * Story windowing: in a long story only the top-level blocks within about a screen of the
 * viewport (and the caret's block) are laid out; the rest stay in the DOM, where
 * Lexical owns them, but with `display: none`, and two blank pseudo-elements of their measured
 * height keep the scroll height and the scrollbar true.
 *
 * Why: measured in Chromium, every keystroke in a 10,000-word story paid about 3 ms more than in
 * an empty one in native work that grows with the laid-out blocks: the layout forced by text
 * insertion, content-visibility's intersection bookkeeping for every paragraph, pre-paint,
 * hit-testing and paint. Lexical has no virtualization, and its reconciler must keep every
 * block's DOM, so the window works through one constructed stylesheet (nth-child ranges) and
 * never adds or removes a node. Editing stays Lexical's: selection, copy, undo and find work on
 * the model, whatever is displayed.
 *
 * What the browser cannot see is not displayed, so the pieces that move the caret or the view
 * far away go through here: Ctrl/Cmd+Home/End (KEY_DOWN_COMMAND), and `$scrollToBlock` for a
 * caller that brings a block into view (find, jump to a warning). A collapsed caret that lands
 * outside the window by other means (undo, a fix) is revealed after the update. Screen readers read the DOM, so the
 * setting "Screen reader mode" keeps the whole story displayed.
 */
import { $getRoot, $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { LOAD_TAG } from './history.js';

/** Stories with fewer top-level blocks are displayed whole (about 2,500 words of news copy). */
export const WINDOW_MIN_BLOCKS = 120;
/** Displayed beyond the viewport on each side, in screen heights: room for arrows, PageUp/Down and wheel scrolling. */
const MARGIN_SCREENS = 1;
/** A window is redrawn only when the viewport comes closer than this to its edge. */
const SLACK_SCREENS = 0.5;
/** Height assumed for a block never laid out (a pasted block far from the caret), until it is shown. */
const UNMEASURED_PX = 90;

const ATTR = 'data-story-window';
let nextId = 1;
const windows = new WeakMap<LexicalEditor, StoryWindow>();

function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if (o === 'auto' || o === 'scroll') return p;
  }
  return null; // the document scrolls
}

type Span = [first: number, last: number];

class StoryWindow {
  private readonly id = String(nextId++);
  private readonly sheet = new CSSStyleSheet();
  /** measured height per top-level block, margins included (distance to the next block's top) */
  private readonly heights = new Map<NodeKey, number>();
  private readonly marginTop = new Map<NodeKey, number>();
  private keys: NodeKey[] = [];
  private index = new Map<NodeKey, number>();
  /** displayed blocks: the range around the viewport, and the caret's block if it is elsewhere */
  private spans: Span[] = [];
  /** the span chosen for the viewport (spans may also hold the caret's block before it) */
  private around: Span | null = null;
  private active = false;
  private frame = 0;
  private resizeTimer = 0;
  private width = 0;
  private pendingMeasure = false;
  private readonly scroller: HTMLElement | null;
  private readonly off: Array<() => void> = [];

  constructor(
    private readonly editor: LexicalEditor,
    private readonly root: HTMLElement,
  ) {
    this.scroller = scrollerOf(root);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    const onScroll = () => this.schedule();
    const target: HTMLElement | Window = this.scroller ?? window;
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    this.off.push(() => {
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    });
    const ro = new ResizeObserver(() => {
      // a new width reflows every block, so the stored heights are stale; laying out the whole
      // story again is costly, so it waits until the width settles
      if (Math.abs(root.clientWidth - this.width) < 0.5) return;
      window.clearTimeout(this.resizeTimer);
      this.resizeTimer = window.setTimeout(() => this.schedule(true), 150);
    });
    ro.observe(root);
    this.off.push(() => ro.disconnect());
    this.off.push(
      editor.registerUpdateListener(({ dirtyElements, tags }) => {
        // 'root' is in every update's dirty set, and Lexical writes the root node on plain
        // typing too: whether blocks were added, removed or moved shows in the keys (a walk of
        // a few hundred keys, only when the root was written)
        const structural = tags.has(LOAD_TAG) ? this.readKeys(true) : dirtyElements.get('root') === true && this.readKeys(false);
        if (!this.active) return;
        // blocks edited while hidden (replace all, a fix) have a new height
        for (const k of dirtyElements.keys()) if (!this.isShown(this.index.get(k))) this.heights.delete(k);
        const caret = this.caretIndex();
        if (caret !== null && !this.isShown(caret)) this.revealCaret(caret);
        else if (structural) this.schedule();
      }),
      editor.registerCommand(KEY_DOWN_COMMAND, (e) => this.onKey(e), COMMAND_PRIORITY_HIGH),
    );
    this.readKeys(true);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    window.clearTimeout(this.resizeTimer);
    for (const f of this.off) f();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.root.removeAttribute(ATTR);
  }

  /** Reads the top-level keys; returns whether they changed. */
  private readKeys(remeasure: boolean): boolean {
    const keys = this.editor.getEditorState().read(() => $getRoot().getChildrenKeys());
    if (!remeasure && keys.length === this.keys.length && keys.every((k, i) => k === this.keys[i])) return false;
    this.keys = keys;
    this.index = new Map(this.keys.map((k, i) => [k, i]));
    // a large paste brings many blocks never laid out: measure them rather than guess
    let unmeasured = 0;
    for (const k of this.keys) if (!this.heights.has(k)) unmeasured++;
    if (remeasure || unmeasured > 40 || (this.keys.length >= WINDOW_MIN_BLOCKS) !== this.active) this.schedule(true);
    return true;
  }

  private isShown(i: number | undefined): boolean {
    return i === undefined || !this.active || this.spans.some(([a, b]) => i >= a && i <= b);
  }

  /** The top-level block holding a collapsed caret (where the browser inserts typed text). */
  private caretIndex(): number | null {
    return this.editor.getEditorState().read(() => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel) || !sel.isCollapsed()) return null;
      const node = sel.focus.getNode();
      const top = node.getKey() === 'root' ? null : node.getTopLevelElement();
      return (top && this.index.get(top.getKey())) ?? null;
    });
  }

  /** Redraw on the next frame; `remeasure` lays the whole story out once to read every height. */
  private schedule(remeasure = false): void {
    this.pendingMeasure ||= remeasure;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const measure = this.pendingMeasure;
      this.pendingMeasure = false;
      this.update(measure);
    });
  }

  private elements(): HTMLElement[] {
    return Array.from(this.root.children) as HTMLElement[];
  }

  private measureAll(): void {
    // everything displayed and laid out (no content-visibility estimates) for one read
    this.sheet.replaceSync('');
    this.root.setAttribute(ATTR, 'measuring');
    const els = this.elements();
    const tops = els.map((el) => el.offsetTop);
    const lastEl = els[els.length - 1];
    const end = lastEl ? lastEl.offsetTop + lastEl.offsetHeight + parseFloat(getComputedStyle(lastEl).marginBottom) : 0;
    this.heights.clear();
    this.marginTop.clear();
    els.forEach((el, i) => {
      const key = this.keys[i];
      if (key === undefined) return;
      this.heights.set(key, (i + 1 < tops.length ? tops[i + 1]! : end) - tops[i]!);
      const mt = parseFloat(getComputedStyle(el).marginTop);
      if (mt) this.marginTop.set(key, mt);
    });
    this.width = this.root.clientWidth;
  }

  /** Heights of the displayed blocks, read from the current layout. */
  private refreshShown(): void {
    const els = this.elements();
    for (const [a, b] of this.spans) {
      for (let i = a; i <= b && i < els.length; i++) {
        const key = this.keys[i];
        if (key === undefined) continue;
        const el = els[i]!;
        const next = i < b ? els[i + 1] : undefined;
        const h = next ? next.offsetTop - el.offsetTop : el.offsetHeight + parseFloat(getComputedStyle(el).marginBottom);
        if (h > 0) this.heights.set(key, h);
      }
    }
  }

  /** Top of every block and the end, in the story's own coordinates. */
  private tops(): number[] {
    const n = this.keys.length;
    const tops: number[] = new Array(n + 1);
    tops[0] = 0;
    for (let i = 0; i < n; i++) tops[i + 1] = tops[i]! + (this.heights.get(this.keys[i]!) ?? UNMEASURED_PX);
    return tops;
  }

  /** The viewport in the story's own coordinates (px from the top of the first block). */
  private viewport(): { top: number; height: number } {
    const view = this.scroller ? this.scroller.getBoundingClientRect() : { top: 0, height: window.innerHeight };
    const first = this.root.getBoundingClientRect().top + parseFloat(getComputedStyle(this.root).paddingTop);
    return { top: view.top - first, height: view.height };
  }

  private update(remeasure: boolean): void {
    if (this.keys.length < WINDOW_MIN_BLOCKS) {
      if (this.active) this.deactivate();
      return;
    }
    if (remeasure || !this.active) this.measureAll();
    else this.refreshShown();
    this.active = true;
    this.place(this.viewport(), !remeasure);
  }

  private deactivate(): void {
    this.active = false;
    this.spans = [];
    this.around = null;
    this.sheet.replaceSync('');
    this.root.removeAttribute(ATTR);
  }

  /** Chooses and applies the displayed blocks for a viewport (and the caret's block). */
  private place(view: { top: number; height: number }, keepIfCovered: boolean, tops: number[] = this.tops()): void {
    const n = this.keys.length;
    const main = this.around;
    const slack = SLACK_SCREENS * view.height;
    const caret = this.caretIndex();
    if (
      keepIfCovered && main && main[1] < n &&
      tops[main[0]]! <= Math.max(0, view.top - slack) && tops[main[1] + 1]! >= Math.min(tops[n]!, view.top + view.height + slack) &&
      this.isShown(caret ?? undefined)
    )
      return;
    const margin = MARGIN_SCREENS * view.height;
    let first = 0;
    while (first < n - 1 && tops[first + 1]! <= view.top - margin) first++;
    let last = first;
    while (last < n - 1 && tops[last + 1]! < view.top + view.height + margin) last++;
    const around: Span = [first, last];
    const spans: Span[] = [around];
    if (caret !== null && (caret < first || caret > last)) {
      // the caret's block stays displayed wherever the reporter scrolled: typed text goes there
      if (caret >= first - 2 && caret < first) around[0] = caret;
      else if (caret <= last + 2 && caret > last) around[1] = caret;
      else spans.push([caret, caret]);
    }
    this.around = around;
    this.apply(spans.sort((x, y) => x[0] - y[0]), tops);
  }

  /**
   * One stylesheet: hidden ranges by nth-child (counted from 1), the hidden height above the
   * first displayed block in ::before, below the last in ::after, and between two displayed
   * ranges as the second range's top margin. No block moves in the DOM.
   */
  private apply(spans: Span[], tops: number[]): void {
    const n = this.keys.length;
    this.spans = spans;
    const sel = `[${ATTR}="${this.id}"]`;
    const hidden: string[] = [];
    const rules: string[] = [];
    let next = 0; // first block not yet placed
    spans.forEach(([a, b], j) => {
      if (a > next) hidden.push(`${sel} > :nth-child(n+${next + 1}):nth-child(-n+${a})`);
      const gap = tops[a]! - tops[next]!;
      if (j === 0) rules.push(`${sel}::before { content: ''; display: block; height: ${Math.max(0, gap - (this.marginTop.get(this.keys[a]!) ?? 0))}px; }`);
      else if (gap > 0) rules.push(`${sel} > :nth-child(${a + 1}) { margin-top: ${gap}px !important; }`);
      next = b + 1;
    });
    if (next < n) hidden.push(`${sel} > :nth-child(n+${next + 1})`);
    rules.push(`${sel}::after { content: ''; display: block; height: ${tops[n]! - tops[next]!}px; }`);
    this.sheet.replaceSync((hidden.length ? `${hidden.join(', ')} { display: none !important; }` : '') + rules.join(''));
    this.root.setAttribute(ATTR, this.id);
  }

  /** Displays block `i` now, with a window centred on it, so the caller can scroll to it. */
  reveal(i: number): void {
    if (this.isShown(i)) return;
    this.refreshShown();
    const tops = this.tops();
    const view = this.viewport();
    this.place({ top: tops[i]! - view.height / 2, height: view.height }, false, tops);
  }

  revealKey(key: NodeKey): void {
    const i = this.index.get(key);
    if (i !== undefined) this.reveal(i);
  }

  /** After undo, a fix or Ctrl+End the caret sits in a hidden block: display it and bring it into view. */
  private revealCaret(i: number): void {
    this.reveal(i);
    const sel = window.getSelection();
    const rect = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
    const view = this.scroller ? this.scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    if (!rect || rect.top < view.top || rect.bottom > view.bottom) this.elements()[i]?.scrollIntoView({ block: 'center' });
  }

  /** Ctrl/Cmd+Home/End: the browser would stop at the last displayed block. */
  private onKey(e: KeyboardEvent): boolean {
    if (!this.active || !(e.ctrlKey || e.metaKey) || e.altKey || (e.key !== 'Home' && e.key !== 'End')) return false;
    e.preventDefault();
    const toEnd = e.key === 'End';
    this.editor.update(
      () => {
        const sel = $getSelection();
        const edge = toEnd ? $getRoot().selectEnd() : $getRoot().selectStart();
        if (e.shiftKey && $isRangeSelection(sel)) {
          const extended = sel.clone();
          extended.focus.set(edge.focus.key, edge.focus.offset, edge.focus.type);
          $setSelection(extended);
        }
      },
      {
        // a range selection is not revealed by the update listener (Ctrl+A must not scroll)
        onUpdate: () => {
          if (!e.shiftKey) return;
          const i = toEnd ? this.keys.length - 1 : 0;
          this.reveal(i);
          this.elements()[i]?.scrollIntoView({ block: toEnd ? 'end' : 'start' });
        },
      },
    );
    return true;
  }
}

/** Starts windowing for an editor's root element; returns the stop function. */
export function startWindowing(editor: LexicalEditor, root: HTMLElement): () => void {
  windows.get(editor)?.destroy();
  const w = new StoryWindow(editor, root);
  windows.set(editor, w);
  return () => {
    w.destroy();
    if (windows.get(editor) === w) windows.delete(editor);
  };
}

/**
 * Brings the block of `node` to the middle of the view (find, jump to a warning), displaying its
 * top-level block first when the story is windowed: a hidden block has no box to scroll to.
 * Call inside a read or an update.
 */
export function $scrollToBlock(editor: LexicalEditor, node: LexicalNode): void {
  const top = node.getKey() === 'root' ? null : node.getTopLevelElement();
  if (top) windows.get(editor)?.revealKey(top.getKey());
  editor.getElementByKey(node.getKey())?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
