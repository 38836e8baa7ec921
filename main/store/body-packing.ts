/**
 * A draft's body JSON and plain text as stored since migration 015 (#20): one `drafts.packed`
 * blob instead of two text columns. At 780 words the two columns cost 14.4 KB per story (the
 * JSON wraps every paragraph in about 250 bytes of Lexical node fields and repeats the text);
 * packed they cost about 2.8 KB (see docs/storage.md).
 *
 * The first byte says how the rest reads:
 * - PARAGRAPHS: brotli of the plain text alone. Used when the body is exactly the plain
 *   paragraphs document `paragraphsDocJson` writes for that text (every imported story, every
 *   story without formatting), so the JSON need not be stored at all.
 * - LEXICAL: brotli of body JSON + NUL + plain text, for any other body.
 * `paragraphsDocJson` is part of the file format and must never change: it is a copy of what
 * shared/model/lexical-doc.ts builds today, kept here so a later change there can only make new
 * bodies fall back to LEXICAL, never change how stored ones read back.
 *
 * Rows written before migration 015 (or by tools that write the text columns) have `packed`
 * NULL and their body and text in `body` and `plain_text`; every reader takes either.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Db } from './migrations/types.js';
import { packRevision } from './revision-packing.js';
import { applyEdit } from './body-edits.js';

const PARAGRAPHS = 1;
const LEXICAL = 2;
/** JSON.stringify escapes control characters, so a raw NUL cannot occur in the JSON and can separate the parts. */
const SEP = '\u0000';
/**
 * Quality 5: within 1% of the size of quality 9 at a fifth of its time (0.25 ms for a 780-word
 * story). Above LONG bytes quality 1: an autosave of a 10,000-word story (150 KB of JSON) would
 * spend about 3 ms in quality 5 and 0.7 in quality 1, for a blob 20% larger; long stories are
 * few, their saves many. Reading does not depend on the quality.
 */
const LONG = 32 * 1024;
const quality = (bytes: number) => ({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: bytes > LONG ? 1 : 5 } });

/**
 * The JSON of a document of plain paragraphs, one per string (an empty one has no text node).
 * Built by JSON.stringify of the objects, keys in this order: V8's native serializer writes the
 * 10,000-word story in about 0.4 ms, where joining the same JSON from string pieces took 6 ms
 * under load (and the comparison in packBody then had to flatten the joined rope). The bytes
 * are the format's: tests/store/body-packing.test.ts holds them to the piecewise definition.
 */
export function paragraphsDocJson(paragraphs: string[]): string {
  return JSON.stringify({
    root: {
      children: paragraphs.map((p) => ({
        children: p === '' ? [] : [{ detail: 0, format: 0, mode: 'normal', style: '', text: p, type: 'text', version: 1 }],
        direction: null,
        format: '',
        indent: 0,
        type: 'paragraph',
        version: 1,
        textFormat: 0,
        textStyle: '',
      })),
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
}

const ROOT_KEYS = ['children', 'direction', 'format', 'indent', 'type', 'version'];
const PARAGRAPH_KEYS = ['children', 'direction', 'format', 'indent', 'type', 'version', 'textFormat', 'textStyle'];
const TEXT_KEYS = ['detail', 'format', 'mode', 'style', 'text', 'type', 'version'];

function plainObject(v: unknown, keys: readonly string[]): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const own = Object.keys(v);
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

function plainArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype;
}

/**
 * Whether JSON.stringify(body) would be paragraphsDocJson(paragraphs), decided on the objects:
 * the same keys in the same order with the same values, so neither string is built (for the
 * 10,000-word story the stringify, the build and the comparison cost about 2.7 ms of a save,
 * #17). It may say no where the strings would agree (a key whose value is undefined, which
 * JSON leaves out): that body is then stored whole, as any formatted one, and reads back the same.
 */
export function isParagraphsDoc(body: unknown, paragraphs: string[]): boolean {
  if (!plainObject(body, ['root'])) return false;
  const root = body.root;
  if (!plainObject(root, ROOT_KEYS) || root.direction !== null || root.format !== '' || root.indent !== 0 || root.type !== 'root' || root.version !== 1) return false;
  const children = root.children;
  if (!plainArray(children) || children.length !== paragraphs.length) return false;
  return paragraphs.every((p, i) => {
    const node = children[i];
    if (!plainObject(node, PARAGRAPH_KEYS)) return false;
    if (node.direction !== null || node.format !== '' || node.indent !== 0 || node.type !== 'paragraph' || node.version !== 1 || node.textFormat !== 0 || node.textStyle !== '') return false;
    const inline = node.children;
    if (!plainArray(inline) || inline.length !== (p === '' ? 0 : 1)) return false;
    if (p === '') return true;
    const t = inline[0];
    return plainObject(t, TEXT_KEYS) && t.detail === 0 && t.format === 0 && t.mode === 'normal' && t.style === '' && t.text === p && t.type === 'text' && t.version === 1;
  });
}

/** What a body is packed as: its format and the text brotli compresses for it. */
interface ToPack {
  format: number;
  text: string;
}

function jsonToPack(bodyJson: string, plainText: string): ToPack {
  return bodyJson === paragraphsDocJson(plainText.split('\n\n')) ? { format: PARAGRAPHS, text: plainText } : { format: LEXICAL, text: bodyJson + SEP + plainText };
}

/** for a body still an object (a save, an import): a plain-paragraphs one is never serialized */
function docToPack(body: unknown, plainText: string): ToPack {
  return isParagraphsDoc(body, plainText.split('\n\n')) ? { format: PARAGRAPHS, text: plainText } : jsonToPack(JSON.stringify(body), plainText);
}

function packed(p: ToPack): Buffer {
  const bytes = Buffer.from(p.text, 'utf8');
  return Buffer.concat([Buffer.of(p.format), zlib.brotliCompressSync(bytes, quality(bytes.length))]);
}

export function packBody(bodyJson: string, plainText: string): Buffer {
  return packed(jsonToPack(bodyJson, plainText));
}

/** packBody for a body still an object (a save, an import). */
export function packDoc(body: unknown, plainText: string): Buffer {
  return packed(docToPack(body, plainText));
}

const brotliOffThread = promisify(zlib.brotliCompress);

/**
 * packDoc with the compression on libuv's thread pool, for the autosave: the save counts the
 * story's words while its text is compressed, where the two one after the other were about
 * 0.75 ms of an autosave of the 10,000-word story (#17). The bytes are packDoc's.
 */
export async function packDocOffThread(body: unknown, plainText: string): Promise<Buffer> {
  const p = docToPack(body, plainText);
  const bytes = Buffer.from(p.text, 'utf8');
  // one chunk in and out: the default 16 KB chunks cost a round trip to the main thread each
  const compressed = await brotliOffThread(bytes, { ...quality(bytes.length), chunkSize: Math.max(64 * 1024, bytes.length + 1024) });
  return Buffer.concat([Buffer.of(p.format), compressed]);
}

function contentOf(packed: Uint8Array): { format: number; s: string } {
  const format = packed[0];
  if (format !== PARAGRAPHS && format !== LEXICAL) throw new Error(`unknown draft body format ${String(format)}`);
  return { format, s: zlib.brotliDecompressSync(packed.subarray(1)).toString('utf8') };
}

export function unpackBody(packed: Uint8Array): { bodyJson: string; plainText: string } {
  const { format, s } = contentOf(packed);
  if (format === PARAGRAPHS) return { bodyJson: paragraphsDocJson(s.split('\n\n')), plainText: s };
  const cut = s.indexOf(SEP);
  return { bodyJson: s.slice(0, cut), plainText: s.slice(cut + 1) };
}

/** The plain text alone: for a PARAGRAPHS row no JSON is built. */
export function unpackText(packed: Uint8Array): string {
  const { format, s } = contentOf(packed);
  return format === PARAGRAPHS ? s : s.slice(s.indexOf(SEP) + 1);
}

/** A drafts row's content, either format, with its pending edit (body-edits.ts) when it has one. */
export function draftContent(row: { body: string; plain_text: string; packed: Uint8Array | null; edit?: string | null }): { readonly bodyJson: string; readonly plainText: string } {
  const base = row.packed ? unpackBody(row.packed) : { bodyJson: row.body, plainText: row.plain_text };
  return typeof row.edit === 'string' ? applyEdit(base.bodyJson, row.edit) : base;
}

/**
 * SQL functions the schema's view and triggers call (migration 015): the search index reads a
 * story's text through `draft_text`, and the trigger that writes out a revision kept as a
 * reference packs the old content with `draft_as_revision`. Registered on every connection the
 * app, the CLI, the workers and the migrations open (database.ts, DraftsRepo); re-registering is
 * harmless. A plain sqlite3 shell lacks them: it can read the tables but not search or edit drafts.
 */
export function registerBodyFunctions(db: Db): void {
  // ArrayBuffer.isView, not instanceof Uint8Array: a blob is a Buffer of the addon's realm, which
  // need not be the caller's (under the test runner, after a test had loaded jsdom, every blob
  // failed instanceof and the archive silently read each story as empty)
  const blob = (v: unknown) => (ArrayBuffer.isView(v) ? (v as Uint8Array) : null);
  // the third argument, the row's pending edit (EDIT_OF in body-edits.ts, migration 020), is
  // optional: migration 016's triggers and view, which a store may still run, pass two
  const content = (bodyJson: unknown, plainText: unknown, packed: unknown, edit: unknown) =>
    draftContent({ body: String(bodyJson ?? ''), plain_text: String(plainText ?? ''), packed: blob(packed), edit: typeof edit === 'string' ? edit : null });
  db.function('draft_text', { deterministic: true, varargs: true }, (plainText: unknown, packed: unknown, edit?: unknown) => {
    if (typeof edit === 'string') return content('', plainText, packed, edit).plainText;
    // the search index reads every story's text through this: a PARAGRAPHS row builds no JSON
    const b = blob(packed);
    return b ? unpackText(b) : plainText;
  });
  db.function('draft_body', { deterministic: true, varargs: true }, (bodyJson: unknown, packed: unknown, edit?: unknown) => content(bodyJson, '', packed, edit).bodyJson);
  db.function('draft_as_revision', { deterministic: true, varargs: true }, (bodyJson: unknown, plainText: unknown, packed: unknown, edit?: unknown) => {
    const c = content(bodyJson, plainText, packed, edit);
    return packRevision(c.bodyJson, c.plainText);
  });
}
