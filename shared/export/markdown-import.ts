/**
 * A small CommonMark-subset reader: enough to read back what `exportMarkdown` writes (round-trip
 * tests, `redaksi import story.md`) and ordinary hand-written Markdown. Not a full CommonMark
 * implementation: no nested block structures beyond one list level, no reference links, no HTML
 * blocks, lenient emphasis matching. Returns blocks (normalized like every export) plus the
 * metadata found in YAML front matter (`key: <JSON scalar or array>` lines, as we write them).
 *
 * Blocks: ATX (`#`) and setext headings, `>` quotes, `-`/`+`/`*` and `1.`/`1)` list items with
 * indented or lazy continuation lines, paragraphs, thematic breaks (skipped), fenced code (kept as
 * plain paragraph text). The first level-1 heading before any body text is the headline.
 * Inline: backslash escapes, hard breaks (`\` or two spaces at line end), `*`/`_` emphasis,
 * inline `<strong> <b> <em> <i> <u> <s> <del>` tags, `[text](url)` and `<url>` links (unsafe
 * targets drop to text), code spans (as text), the common character references.
 */
import type { ArticleLanguage } from '../model/finding.js';
import type { DraftMeta } from '../model/draft.js';
import type { Block, BlockKind, InlineRun } from '../model/lexical-doc.js';
import { cleanText, normalizeBlocks, safeHref } from './runs.js';

/** What a Markdown file's front matter and body give: the story's metadata fields as DraftMeta names them, and its blocks. */
export interface ImportedArticle extends Pick<DraftMeta, 'kicker' | 'byline' | 'datelinePlace' | 'datelineDate' | 'section' | 'tags' | 'summary' | 'embargo'> {
  headline?: string;
  slug?: string;
  language?: ArticleLanguage;
  draftId?: string;
  revisionId?: string | number;
  blocks: Block[];
}

const FM_MAP: Record<string, keyof ImportedArticle> = {
  title: 'headline',
  kicker: 'kicker',
  byline: 'byline',
  dateline_place: 'datelinePlace',
  dateline_date: 'datelineDate',
  section: 'section',
  tags: 'tags',
  slug: 'slug',
  summary: 'summary',
  language: 'language',
  embargo: 'embargo',
  draft_id: 'draftId',
  revision_id: 'revisionId',
};

function parseScalar(raw: string): unknown {
  const v = raw.trim();
  try {
    return JSON.parse(v);
  } catch {
    if (/^'.*'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'");
    if (/^\[.*\]$/.test(v))
      return v
        .slice(1, -1)
        .split(',')
        .map((x) => x.trim().replace(/^["']|["']$/g, ''))
        .filter(Boolean);
    return v;
  }
}

function readFrontMatter(lines: string[], out: ImportedArticle): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return 0;
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = FM_MAP[m[1]!.toLowerCase()];
    if (!key) continue;
    const v = parseScalar(m[2]!);
    const target = out as unknown as Record<string, unknown>;
    if (key === 'tags') target.tags = Array.isArray(v) ? v.map(String) : String(v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else if (key === 'language') target.language = v === 'id' ? 'id' : 'en';
    else if (key === 'revisionId') target.revisionId = typeof v === 'number' ? v : String(v);
    else if (v !== null && v !== undefined && v !== '') target[key] = String(v);
  }
  return end + 1;
}

// ---------------------------------------------------------------- inline

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026' };
const PUNCT = /[!-/:-@[-`{-~]/;
const BREAK = '\u0000'; // hard line break marker inside joined paragraph text (input NULs are removed first)

interface Marks {
  bold: number;
  italic: number;
  underline: number;
  strikethrough: number;
}

class InlineParser {
  runs: InlineRun[] = [];
  marks: Marks = { bold: 0, italic: 0, underline: 0, strikethrough: 0 };
  constructor(private link?: string) {}

  emit(text: string) {
    if (!text) return;
    if (text === '\n') {
      this.runs.push({ text: '\n' });
      return;
    }
    const r: InlineRun = { text };
    if (this.marks.bold > 0) r.bold = true;
    if (this.marks.italic > 0) r.italic = true;
    if (this.marks.underline > 0) r.underline = true;
    if (this.marks.strikethrough > 0) r.strikethrough = true;
    if (this.link) r.link = this.link;
    this.runs.push(r);
  }

  parse(s: string): InlineRun[] {
    let buf = '';
    const flush = () => {
      this.emit(buf);
      buf = '';
    };
    let i = 0;
    while (i < s.length) {
      const c = s[i]!;
      if (c === BREAK) {
        flush();
        this.emit('\n');
        i++;
      } else if (c === '\\' && i + 1 < s.length && PUNCT.test(s[i + 1]!)) {
        buf += s[i + 1];
        i += 2;
      } else if (c === '`') {
        const run = /^`+/.exec(s.slice(i))![0];
        const close = s.indexOf(run, i + run.length);
        if (close < 0) {
          buf += run;
          i += run.length;
        } else {
          let code = s.slice(i + run.length, close).replace(new RegExp(BREAK, 'g'), ' ');
          if (/^ .* $/.test(code) && code.trim()) code = code.slice(1, -1);
          buf += code;
          i = close + run.length;
        }
      } else if (c === '&') {
        const m = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(s.slice(i));
        let decoded: string | undefined;
        if (m) {
          const body = m[1]!;
          if (body[0] === '#') {
            const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            decoded = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
          } else decoded = ENTITIES[body];
        }
        if (m && decoded !== undefined) {
          buf += decoded;
          i += m[0].length;
        } else {
          buf += c;
          i++;
        }
      } else if (c === '<') {
        const rest = s.slice(i);
        const tag = /^<(\/?)(strong|b|em|i|u|s|del|strike|ins)\s*>/i.exec(rest);
        const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]*)>/i.exec(rest);
        if (tag) {
          flush();
          const name = tag[2]!.toLowerCase();
          const key: keyof Marks =
            name === 'strong' || name === 'b' ? 'bold' : name === 'em' || name === 'i' ? 'italic' : name === 'u' || name === 'ins' ? 'underline' : 'strikethrough';
          this.marks[key] = Math.max(0, this.marks[key] + (tag[1] ? -1 : 1));
          i += tag[0].length;
        } else if (auto) {
          flush();
          const url = safeHref(auto[1]);
          const sub = new InlineParser(url);
          sub.marks = { ...this.marks };
          sub.emit(auto[1]!);
          this.runs.push(...sub.runs);
          i += auto[0].length;
        } else {
          buf += c;
          i++;
        }
      } else if (c === '[') {
        const link = parseLink(s, i);
        if (link) {
          flush();
          const sub = new InlineParser(safeHref(link.dest));
          sub.marks = { ...this.marks };
          this.runs.push(...sub.parse(link.text));
          i = link.end;
        } else {
          buf += c;
          i++;
        }
      } else if (c === '*' || c === '_') {
        const run = new RegExp(`^\\${c}+`).exec(s.slice(i))![0];
        const before = i > 0 ? s[i - 1]! : ' ';
        const after = s[i + run.length] ?? ' ';
        const ws = (x: string) => /\s/.test(x) || x === BREAK;
        const alnum = (x: string) => /[\p{L}\p{N}]/u.test(x);
        const canOpen = !ws(after) && !(c === '_' && alnum(before));
        const canClose = !ws(before) && !(c === '_' && alnum(after));
        const n = Math.min(run.length, 3);
        const keys: (keyof Marks)[] = n === 3 ? ['bold', 'italic'] : n === 2 ? ['bold'] : ['italic'];
        const open = keys.every((k) => this.marks[k] > 0);
        if (open && canClose) {
          flush();
          for (const k of keys) this.marks[k]--;
          i += run.length;
        } else if (canOpen && s.indexOf(run, i + run.length) > 0) {
          flush();
          for (const k of keys) this.marks[k]++;
          i += run.length;
        } else {
          buf += run;
          i += run.length;
        }
      } else {
        buf += c;
        i++;
      }
    }
    flush();
    return this.runs;
  }
}

/** `[text](dest "title")` starting at s[i] === '['; nested brackets and escapes respected. */
function parseLink(s: string, i: number): { text: string; dest: string; end: number } | undefined {
  let depth = 0;
  let j = i;
  for (; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    }
  }
  if (depth !== 0 || s[j + 1] !== '(') return undefined;
  let k = j + 2;
  while (s[k] === ' ') k++;
  let dest = '';
  if (s[k] === '<') {
    const close = s.indexOf('>', k);
    if (close < 0) return undefined;
    dest = s.slice(k + 1, close);
    k = close + 1;
  } else {
    let parens = 0;
    while (k < s.length && !/[\s\u0000]/.test(s[k]!)) {
      const c = s[k]!;
      if (c === '\\' && k + 1 < s.length) {
        dest += s[k + 1];
        k += 2;
        continue;
      }
      if (c === '(') parens++;
      if (c === ')') {
        if (parens === 0) break;
        parens--;
      }
      dest += c;
      k++;
    }
  }
  while (s[k] === ' ') k++;
  const title = /^("[^"]*"|'[^']*'|\([^)]*\))\s*/.exec(s.slice(k));
  if (title) k += title[0].length;
  if (s[k] !== ')') return undefined;
  return { text: s.slice(i + 1, j), dest: dest.replace(/\\([!-/:-@[-`{-~])/g, '$1'), end: k + 1 };
}

export function parseInlineMarkdown(text: string): InlineRun[] {
  return new InlineParser().parse(text);
}

/** Join a block's source lines: hard breaks become BREAK, soft breaks a space. */
function joinLines(lines: string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^[ \t]+/, '');
    const last = i === lines.length - 1;
    if (!last) {
      const bs = /(\\+)$/.exec(line);
      if (bs && bs[1]!.length % 2 === 1) {
        out += line.slice(0, -1) + BREAK;
        continue;
      }
      if (/ {2,}$/.test(line)) {
        out += line.replace(/ +$/, '') + BREAK;
        continue;
      }
      out += line.replace(/[ \t]+$/, '') + ' ';
    } else {
      line = line.replace(/[ \t]+$/, '');
      out += line;
    }
  }
  return out;
}

// ---------------------------------------------------------------- blocks
// (`s` flag: a line may contain U+2028/U+2029, which `.` would not match otherwise)

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/s;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^ {0,3}([-+*])([ \t]+)(.*)$/s;
const ORDERED = /^ {0,3}(\d{1,9})([.)])([ \t]+)(.*)$/s;
const QUOTE = /^ {0,3}> ?(.*)$/s;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** CommonMark's blank line: spaces and tabs only (a line of no-break spaces is text) */
const blank = (line: string) => /^[ \t]*$/.test(line);

function startsBlock(line: string): boolean {
  return ATX.test(line) || HR.test(line) || BULLET.test(line) || /^ {0,3}1[.)][ \t]/.test(line) || QUOTE.test(line) || FENCE.test(line);
}

export function importMarkdown(markdown: string): ImportedArticle {
  const out: ImportedArticle = { blocks: [] };
  const lines = cleanText(markdown.replace(/^\ufeff/, '')).replace(/\u0000/g, '').split('\n');
  let i = readFrontMatter(lines, out);
  // the first level-1 heading before any body text is the headline (front matter title or not)
  let headingSeen = false;
  const blocks: Block[] = [];
  const push = (kind: BlockKind, src: string[]) => {
    blocks.push({ kind, runs: parseInlineMarkdown(joinLines(src)) });
  };

  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      i++;
      continue;
    }
    if (HR.test(line)) {
      i++;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      const level = atx[1]!.length;
      const text = atx[2] ?? '';
      if (level === 1 && !headingSeen && blocks.length === 0) {
        headingSeen = true;
        out.headline = parseInlineMarkdown(text).map((r) => (r.text === '\n' ? ' ' : r.text)).join('').trim();
      } else {
        push(level <= 1 ? 'h1' : level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4', [text]);
      }
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const src: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) src.push(lines[i++]!);
      i++;
      // code is not a story element: keep its text, one line break per source line
      blocks.push({ kind: 'paragraph', runs: src.flatMap((l, n) => (n ? [{ text: '\n' }, { text: l }] : [{ text: l }])) });
      continue;
    }
    if (QUOTE.test(line)) {
      let src: string[] = [];
      while (i < lines.length && !blank(lines[i]!) && (QUOTE.test(lines[i]!) || !startsBlock(lines[i]!))) {
        const m = QUOTE.exec(lines[i]!);
        const content = m ? m[1]! : lines[i]!;
        if (blank(content)) {
          if (src.length) push('quote', src);
          src = [];
        } else src.push(content);
        i++;
      }
      if (src.length) push('quote', src);
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const kind: BlockKind = bullet ? 'bullet' : 'number';
      while (i < lines.length) {
        const b = BULLET.exec(lines[i]!);
        const o = ORDERED.exec(lines[i]!);
        if ((kind === 'bullet' && !b) || (kind === 'number' && !o)) break;
        const src = [kind === 'bullet' ? b![3]! : o![4]!];
        i++;
        // continuation: indented lines, or lazy lines that do not start another block
        while (i < lines.length && !blank(lines[i]!) && !startsBlock(lines[i]!) && !ORDERED.test(lines[i]!)) {
          src.push(lines[i]!);
          i++;
        }
        push(kind, src);
        // a blank line between items keeps the list going (loose list)
        if (i < lines.length && blank(lines[i]!)) {
          let j = i;
          while (j < lines.length && blank(lines[j]!)) j++;
          const next = lines[j] ?? '';
          if ((kind === 'bullet' && BULLET.test(next)) || (kind === 'number' && ORDERED.test(next))) i = j;
        }
      }
      continue;
    }
    // paragraph (maybe a setext heading)
    const src: string[] = [];
    let setext: BlockKind | undefined;
    while (i < lines.length && !blank(lines[i]!)) {
      const l = lines[i]!;
      if (src.length && /^ {0,3}=+[ \t]*$/.test(l)) {
        setext = 'h1';
        i++;
        break;
      }
      if (src.length && /^ {0,3}-+[ \t]*$/.test(l)) {
        setext = 'h2';
        i++;
        break;
      }
      if (src.length && startsBlock(l)) break;
      src.push(l);
      i++;
    }
    if (setext === 'h1' && !headingSeen && blocks.length === 0) {
      headingSeen = true;
      out.headline = parseInlineMarkdown(joinLines(src)).map((r) => (r.text === '\n' ? ' ' : r.text)).join('').trim();
    } else push(setext ?? 'paragraph', src);
  }
  out.blocks = normalizeBlocks(blocks);
  return out;
}
