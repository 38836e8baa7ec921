/**
 * Inline-run normalization shared by every serializer and both importers.
 *
 * Why: HTML collapses whitespace when it renders, Markdown cannot express a trailing line break
 * or an empty paragraph, and XML forbids most control characters. If each serializer coped on
 * its own, the formats would disagree and an import -> export round trip would drift. So every
 * exporter writes `normalizeRuns(runs)` and every importer returns `normalizeRuns(parsed)`;
 * normalization is idempotent, which is what makes "export(import(export(x))) == export(x)" hold.
 *
 * What it does, in order:
 *  - text cleanup: CR/CRLF -> line break, form feed -> space, other C0 controls (except tab and
 *    newline), U+FFFE/U+FFFF removed, lone surrogates -> U+FFFD (none of these survive XML);
 *  - links: only targets that pass the one URL rule (shared/model/url.ts: http(s) and mailto,
 *    nothing to escape) survive; anything else (javascript:, data:, relative paths) is dropped
 *    and its text kept;
 *  - whitespace: runs of ASCII space/tab collapse to one space (as a browser shows them), no space
 *    at the start or end of a block or next to a line break, no line break at a block's edges;
 *  - structure: empty runs dropped, neighbouring runs with identical marks merged, blocks with
 *    no visible character (empty or only spaces such as U+00A0) dropped. A line break run is always `{ text: '\n' }` with no marks.
 */
import type { Block, InlineRun } from '../model/lexical-doc.js';
import { safeHref } from '../model/url.js';

// the one URL rule (shared/model/url.ts), re-exported where the serializers and importers look for it
export { safeHref };

/** Text safe for HTML, XML and JSON alike (see the module comment). */
const NEEDS_CLEANING = /[\r\f\u0000-\u0008\u000b\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text; // the common case: one scan, no copies
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function markKey(r: InlineRun): string {
  return `${r.bold ? 'b' : ''}${r.italic ? 'i' : ''}${r.underline ? 'u' : ''}${r.strikethrough ? 's' : ''}|${r.link ?? ''}`;
}

function withMarks(template: InlineRun, text: string): InlineRun {
  const run: InlineRun = { text };
  if (template.bold) run.bold = true;
  if (template.italic) run.italic = true;
  if (template.underline) run.underline = true;
  if (template.strikethrough) run.strikethrough = true;
  if (template.link) run.link = template.link;
  return run;
}

/** Normalize one block's runs (idempotent; see the module comment). */
export function normalizeRuns(runs: readonly InlineRun[]): InlineRun[] {
  // Work on pieces (text + owning template) and decide whitespace character by character.
  const texts: string[] = [];
  const owners: (InlineRun | null)[] = []; // null = line break
  let lastCh = ''; // last emitted char ('' at block start)

  const popTrailingSpaces = () => {
    while (texts.length > 0) {
      const i = texts.length - 1;
      const t = texts[i]!;
      if (owners[i] === null) break;
      const trimmed = t.replace(/ +$/, '');
      if (trimmed.length === t.length) break;
      if (trimmed) {
        texts[i] = trimmed;
        break;
      }
      texts.pop();
      owners.pop();
    }
    const i = texts.length - 1;
    lastCh = i < 0 ? '' : owners[i] === null ? '\n' : texts[i]!.slice(-1);
  };

  for (const raw of runs) {
    const link = safeHref(raw.link);
    const template = withMarks({ ...raw, link }, '');
    const text = cleanText(raw.text ?? '');
    // string-level, not per character: this runs for every block of every export
    const lines = text.indexOf('\n') >= 0 ? text.split('\n') : [text];
    for (let li = 0; li < lines.length; li++) {
      if (li > 0) {
        popTrailingSpaces();
        if (lastCh !== '') {
          texts.push('\n');
          owners.push(null);
          lastCh = '\n';
        }
      }
      let seg = lines[li]!.replace(/[ \t]+/g, ' ');
      if (seg.startsWith(' ') && (lastCh === '' || lastCh === ' ' || lastCh === '\n')) seg = seg.slice(1);
      if (seg) {
        texts.push(seg);
        owners.push(template);
        lastCh = seg[seg.length - 1]!;
      }
    }
  }
  // no space or line break at the end of the block
  for (;;) {
    popTrailingSpaces();
    if (texts.length > 0 && owners[texts.length - 1] === null) {
      texts.pop();
      owners.pop();
      continue;
    }
    break;
  }
  // merge neighbours with identical marks
  const out: InlineRun[] = [];
  let prevKey = '';
  for (let i = 0; i < texts.length; i++) {
    const owner = owners[i]!;
    if (owner === null) {
      out.push({ text: '\n' });
      prevKey = '\n';
      continue;
    }
    const key = markKey(owner);
    const last = out[out.length - 1];
    if (last && key === prevKey) last.text += texts[i]!;
    else out.push(withMarks(owner, texts[i]!));
    prevKey = key;
  }
  return out;
}

/** Normalize every block; blocks with no text left are dropped. */
export function normalizeBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const runs = normalizeRuns(b.runs);
    // a block of only (Unicode) spaces, e.g. a pasted "&nbsp;" spacer paragraph, is empty too
    if (runs.some((r) => /\S/.test(r.text))) out.push({ kind: b.kind, runs });
  }
  return out;
}

/** The marks a run carries, as a small comparable record (used by the serializers). */
export function sameMarks(a: InlineRun, b: InlineRun): boolean {
  return markKey(a) === markKey(b);
}

export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((r) => r.text).join('');
}
