/**
 * The packed body format (main/store/body-packing.ts, migration 016): a PARAGRAPHS row stores
 * only the text and rebuilds the JSON with paragraphsDocJson, so that function's bytes are part
 * of the file format. They are held here to the format's piecewise definition (the
 * implementation before the autosave cut, #17), for any text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isParagraphsDoc, packBody, packDoc, packDocOffThread, paragraphsDocJson, unpackBody, unpackText } from '../../main/store/body-packing.js';
import { docFromParagraphs, paragraphsOf } from '../../shared/model/lexical-doc.js';

const TEXT_NODE_HEAD = '{"detail":0,"format":0,"mode":"normal","style":"","text":';
const TEXT_NODE_TAIL = ',"type":"text","version":1}';
const PARAGRAPH_TAIL = '],"direction":null,"format":"","indent":0,"type":"paragraph","version":1,"textFormat":0,"textStyle":""}';
const ROOT_HEAD = '{"root":{"children":[';
const ROOT_TAIL = '],"direction":null,"format":"","indent":0,"type":"root","version":1}}';
function formatDefinition(paragraphs: string[]): string {
  const nodes = paragraphs.map((p) => '{"children":[' + (p === '' ? '' : TEXT_NODE_HEAD + JSON.stringify(p) + TEXT_NODE_TAIL) + PARAGRAPH_TAIL);
  return ROOT_HEAD + nodes.join(',') + ROOT_TAIL;
}

const paragraphs = fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constant('')), { minLength: 1, maxLength: 12 });

describe('packed draft bodies', () => {
  it('paragraphsDocJson writes the format, byte for byte, for any paragraphs', () => {
    expect(paragraphsDocJson(['Satu "dua"', ''])).toBe(
      '{"root":{"children":[{"children":[{"detail":0,"format":0,"mode":"normal","style":"","text":"Satu \\"dua\\"","type":"text","version":1}],"direction":null,"format":"","indent":0,"type":"paragraph","version":1,"textFormat":0,"textStyle":""},{"children":[],"direction":null,"format":"","indent":0,"type":"paragraph","version":1,"textFormat":0,"textStyle":""}],"direction":null,"format":"","indent":0,"type":"root","version":1}}',
    );
    fc.assert(fc.property(paragraphs, (ps) => paragraphsDocJson(ps) === formatDefinition(ps)), { numRuns: 500 });
  });

  it('a plain-paragraphs body is stored as text alone and reads back as the same JSON; any other body whole', () => {
    fc.assert(
      fc.property(paragraphs, (ps) => {
        const json = JSON.stringify(docFromParagraphs(ps));
        const text = ps.join('\n\n');
        const packed = packBody(json, text);
        expect(unpackBody(packed)).toEqual({ bodyJson: json, plainText: text });
        expect(unpackText(packed)).toBe(text);
      }),
      { numRuns: 200 },
    );
    const plain = packBody(JSON.stringify(docFromParagraphs(['Harga beras naik.'])), 'Harga beras naik.');
    expect(plain[0]).toBe(1);
    const bold = JSON.stringify({ root: { ...docFromParagraphs(['Harga']).root, format: 'center' } });
    const packed = packBody(bold, 'Harga');
    expect(packed[0]).toBe(2);
    expect(unpackBody(packed)).toEqual({ bodyJson: bold, plainText: 'Harga' });
  });

  it('isParagraphsDoc says yes only when the JSON would be the plain-paragraphs JSON, and packDoc packs as packBody of the JSON', async () => {
    const offThread: [unknown, string][] = [];
    // a plain-paragraphs document, then one change to it: a value, a key added, one removed, two swapped
    type Change = { path: number; kind: 'value' | 'add' | 'remove' | 'swap' | 'undefined' | 'none'; value: unknown };
    const change = fc.record({
      path: fc.nat(),
      kind: fc.constantFrom<Change['kind']>('value', 'add', 'remove', 'swap', 'undefined', 'none'),
      value: fc.oneof(fc.constant(null), fc.constant(''), fc.constant(0), fc.constant(1), fc.constant(-0), fc.constant('1'), fc.string(), fc.constant([]), fc.constant({})),
    });
    const mutate = (doc: unknown, c: Change) => {
      const objects: Record<string, unknown>[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          objects.push(v as Record<string, unknown>);
          Object.values(v).forEach(walk);
        }
      };
      walk(doc);
      const o = objects[c.path % objects.length]!;
      const keys = Object.keys(o);
      const k = keys[c.path % keys.length]!;
      if (c.kind === 'value') o[k] = c.value;
      else if (c.kind === 'add') o.extra = c.value;
      else if (c.kind === 'undefined') o.extra = undefined;
      else if (c.kind === 'remove') delete o[k];
      else if (c.kind === 'swap' && keys.length > 1) {
        const v = o[keys[0]!];
        delete o[keys[0]!];
        o[keys[0]!] = v;
      }
    };
    let plainSeen = 0;
    fc.assert(
      fc.property(paragraphs, change, (ps, c) => {
        const doc = JSON.parse(paragraphsDocJson(ps)) as unknown;
        mutate(doc, c);
        const text = ps.join('\n\n');
        const sameJson = JSON.stringify(doc) === paragraphsDocJson(text.split('\n\n'));
        const yes = isParagraphsDoc(doc, text.split('\n\n'));
        if (yes) plainSeen++;
        // never yes when the JSON differs; yes for every unchanged document
        expect(yes && !sameJson).toBe(false);
        if (c.kind === 'none' && sameJson) expect(yes).toBe(true);
        expect(packDoc(doc, text).equals(packBody(JSON.stringify(doc), text))).toBe(true);
        offThread.push([doc, text]);
      }),
      { numRuns: 1000 },
    );
    expect(plainSeen).toBeGreaterThan(100);
    // the autosave's packing on the thread pool writes the same bytes, short bodies and long ones
    const long = docFromParagraphs(Array.from({ length: 400 }, (_, i) => `Paragraf ${i} tentang harga beras yang naik lagi pekan ini.`));
    offThread.push([long, paragraphsOf(long).join('\n\n')], [{ root: { ...long.root, format: 'center' } }, paragraphsOf(long).join('\n\n')]);
    for (const [doc, text] of offThread) expect((await packDocOffThread(doc, text)).equals(packDoc(doc, text))).toBe(true);
  });

  it("the SQL functions read a packed blob whatever realm its Buffer comes from (a test runner's, jsdom's)", async () => {
    const { default: Database } = await import('better-sqlite3');
    const { registerBodyFunctions } = await import('../../main/store/body-packing.js');
    const db = new Database(':memory:');
    registerBodyFunctions(db);
    db.exec('CREATE TABLE t (packed BLOB)');
    db.prepare('INSERT INTO t VALUES (?)').run(packDoc(docFromParagraphs(['Air naik.', 'Warga mengungsi.']), 'Air naik.\n\nWarga mengungsi.'));
    const Real = globalThis.Uint8Array;
    // the blob no longer passes `instanceof Uint8Array`, as a Buffer of another realm does not
    globalThis.Uint8Array = class extends Real {} as Uint8ArrayConstructor;
    try {
      expect(db.prepare("SELECT draft_text('', packed) FROM t").pluck().get()).toBe('Air naik.\n\nWarga mengungsi.');
      expect(paragraphsOf(JSON.parse(db.prepare("SELECT draft_body('', packed) FROM t").pluck().get() as string))).toEqual(['Air naik.', 'Warga mengungsi.']);
    } finally {
      globalThis.Uint8Array = Real;
      db.close();
    }
  });
});
