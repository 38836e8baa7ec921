/**
 * Every contract call, fuzzed through main/transport/dispatch.ts (the entry point both the IPC
 * and the HTTP transport use): wrong types, huge strings, absurd nesting, prototype-pollution
 * keys. Whatever arrives, dispatch must answer with a structured error or a valid result,
 * never throw, never report an internal crash for bad input, and never pollute Object.prototype.
 * (tests/services/transport.test.ts has the hand-written cases; this is the property version.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { dispatch } from '../../main/transport/dispatch.js';
import { contract, METHOD_NAMES, type MethodName, type Services } from '../../shared/api/contract.js';
import type { ErrorCode } from '../../shared/api/errors.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';

const CODES: ErrorCode[] = ['invalid-argument', 'unknown-method', 'not-found', 'conflict', 'unauthorized', 'forbidden', 'too-large', 'storage-full', 'read-only', 'blocked', 'remote', 'internal'];
const RUNS = Number(process.env.REDAKSI_FUZZ_RUNS ?? 60);

let dir: string;
let store: Store;
let services: Services;
const ids: string[] = [];
const revisionIds: number[] = [];
const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayProtoKeysBefore = Object.getOwnPropertyNames(Array.prototype).sort();
const internalLog: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-fuzz-'));
  store = openStore(dir);
  services = createServices(store);
  for (const h of ['Banjir Jakarta', 'Harga beras']) {
    const d = await services['drafts.create']({ headline: h, body: docFromParagraphs(['Air naik dua meter pada Rabu (4/12/2024).', 'Warga mengungsi.']) });
    ids.push(d.id);
    revisionIds.push((await services['revisions.create']({ draftId: d.id, label: 'fuzz' })).id);
  }
});

afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HUGE = 'x'.repeat(3_000_000);
const POLLUTERS = [
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"__proto__": {"__proto__": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}',
];

/** an object nested `depth` levels through `children` (a hostile Lexical document) */
function deep(depth: number): unknown {
  let node: Record<string, unknown> = { type: 'text', text: 'x' };
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', children: [node] };
  return { root: { type: 'root', children: [node] } };
}

const pollutedObject = fc.constantFrom(...POLLUTERS).map((t) => JSON.parse(t) as unknown);
const specialKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__');
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(HUGE, '', '\u0000', '\uD800', 'javascript:alert(1)', '<script>alert(1)</script>', '../../etc/passwd', 'redaksi-2020-01-01T00-00-00-000Z.db', 'drafts.list'),
  fc.constantFrom(...[0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -0, 1e308]),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('en', 'id', 'draft', 'submitted', 'approved', 'html', 'docx', 'wordpress', 'ghost'),
  fc.constant(null).map(() => ids[0]!),
  fc.constant(null).map(() => revisionIds[0]!),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leaf,
    pollutedObject,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), specialKey), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** inputs shaped like the method's own argument: its real keys, plus pollution keys, with any values */
function shaped(method: MethodName): fc.Arbitrary<unknown> {
  const shape = (contract[method].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const keyArb = keys.length ? fc.oneof(fc.constantFrom(...keys), specialKey) : specialKey;
  const docLike = fc.oneof(
    fc.constant(docFromParagraphs(['teks'])),
    fc.constant(null).map(() => deep(20_000)),
    pollutedObject.map((p) => ({ root: { type: 'root', children: [{ type: 'paragraph', ...(p as object), children: [{ type: 'text', text: 'x' }] }] } })),
  );
  return fc.tuple(fc.dictionary(keyArb, fc.oneof(value, docLike), { maxKeys: keys.length + 2 }), fc.boolean()).map(([o, viaJson]) => {
    // through JSON: "__proto__" becomes an own key, exactly what JSON.parse hands the HTTP transport
    if (!viaJson) return o;
    try {
      return JSON.parse(JSON.stringify(o).replace(/^\{/, '{"__proto__":{"polluted":"yes"},')) as unknown;
    } catch {
      return o;
    }
  });
}

function assertClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeysBefore);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoKeysBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

async function check(method: unknown, input: unknown): Promise<void> {
  const r = await dispatch(services, method, input, (m) => internalLog.push(m));
  expect(typeof r).toBe('object');
  if (r.ok) {
    // a success must be something the transports can send
    expect(() => JSON.stringify(r.value)).not.toThrow();
  } else {
    expect(CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    // bad input is the caller's problem, never a crash inside main
    expect(r.error.code, `${String(method)}: ${r.error.message} ${internalLog.at(-1) ?? ''}`).not.toBe('internal');
  }
  assertClean();
}

describe('every contract call, fuzzed through dispatch', () => {
  it('covers every method in the contract', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(10);
  });

  for (const method of METHOD_NAMES) {
    it(`${method}: any input gives a structured error or a valid result`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(value, shaped(method)), async (input) => check(method, input)),
        { numRuns: RUNS },
      );
    });
  }

  it('absurd nesting (100,000 levels) is refused as invalid-argument, not a stack overflow', async () => {
    for (const method of ['drafts.create', 'drafts.save', 'settings.set', 'findings.dismiss'] as const) {
      const r = await dispatch(services, method, { id: ids[0], body: deep(100_000), meta: deep(100_000) });
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-argument');
    }
  });

  it('unknown and prototype method names are refused; nothing is polluted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), specialKey, value), value, async (m, input) => {
        const r = await dispatch(services, m, input);
        if (typeof m === 'string' && (METHOD_NAMES as string[]).includes(m)) return;
        expect(r.ok ? 'ok' : r.error.code).toBe('unknown-method');
        assertClean();
      }),
      { numRuns: 200 },
    );
  });

  it('a polluting payload stored in a document stays inert data: reading it back pollutes nothing', async () => {
    const body = JSON.parse('{"root":{"type":"root","children":[{"type":"paragraph","__proto__":{"polluted":"yes"},"children":[{"type":"text","text":"aman","constructor":{"prototype":{"polluted":"yes"}}}]}]}}') as unknown;
    const r = await dispatch(services, 'drafts.save', { id: ids[1], body });
    if (r.ok) {
      const again = await dispatch(services, 'drafts.get', { id: ids[1] });
      expect(again.ok).toBe(true);
      const copy = structuredClone((again as { value: unknown }).value);
      Object.assign({}, copy);
    }
    assertClean();
  });
});
