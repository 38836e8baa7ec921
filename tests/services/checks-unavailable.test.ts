/**
 * A crashed analyzer must never look like a clean story (issue 16): the review's server check
 * says "checks unavailable", the pre-publish check blocks the export (even with --force), and
 * the CLI reports the file as not checked with exit 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYZERS, type Analyzer } from '../../shared/analysis/index.js';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { main } from '../../main/cli/index.js';
import { ApiError } from '../../shared/api/errors.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { tempDir } from '../helpers/tmp.js';

const exploding: Analyzer = {
  id: 'exploding',
  create: () => () => {
    throw new RangeError('index out of range in a rule');
  },
};

let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

async function approvedStory(analyzers: readonly Analyzer[]) {
  store = openStore(tempDir());
  const api = createServices(store, { analyzers });
  const d = await api['drafts.create']({ headline: 'Harga beras naik', body: docFromParagraphs(['Harga beras di pasar induk naik menjadi Rp 15.000 per kilogram, kata pedagang.']), meta: { byline: 'Rina' } });
  for (const s of ['submitted', 'in-review', 'approved'] as const) await api['drafts.setStatus']({ id: d.id, status: s });
  return { api, id: d.id };
}

describe('checks unavailable', () => {
  it('the export check blocks and names the failure; a forced export is refused and nothing is recorded', async () => {
    const { api, id } = await approvedStory([...ANALYZERS, exploding]);
    const check = await api['export.check']({ id });
    expect(check.blocking.map((b) => b.code)).toEqual(['checks-unavailable']);
    expect(check.blocking[0]!.message.en).toMatch(/^Checks unavailable \(the exploding check failed: index out of range in a rule\)/);
    const refused = await Promise.resolve(api['export.run']({ id, target: 'html', force: true })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('blocked');
    expect(await api['export.list']({ id })).toEqual([]);
    expect((await api['drafts.get']({ id })).status).toBe('approved');
  });

  it('findings.check fails with "Checks unavailable" rather than an empty list', async () => {
    const { api, id } = await approvedStory([exploding]);
    const e = await Promise.resolve(api['findings.check']({ id })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).message).toMatch(/^Checks unavailable: the exploding check failed/);
  });

  it('the same story with working checks exports (so the block above is the failure, not the story)', async () => {
    const { api, id } = await approvedStory(ANALYZERS);
    expect((await api['export.check']({ id })).blocking).toEqual([]);
  });

  it('the CLI reports the file as not checked and exits 2', async () => {
    const d = tempDir();
    const f = path.join(d, 'berita.txt');
    fs.writeFileSync(f, 'Harga beras naik\nHarga beras di pasar induk naik menjadi Rp 15.000 per kilogram, kata pedagang.\n');
    ANALYZERS.push(exploding);
    let stdout = '';
    let code: number;
    try {
      code = await main(['check', f, '--format', 'json'], { stdout: (t) => (stdout += t), stderr: () => {} });
    } finally {
      ANALYZERS.splice(ANALYZERS.indexOf(exploding), 1);
    }
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ version: 1, files: [{ path: f, error: { code: 'checks-unavailable', message: 'checks unavailable: the exploding check failed: index out of range in a rule' } }] });
  });
});
