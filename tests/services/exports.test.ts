import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore, type Store } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { envCredentialStore } from '../../main/services/cms/credentials.js';
import type { Services } from '../../shared/api/contract.js';
import { docFromParagraphs } from '../../shared/model/lexical-doc.js';
import { tempDir } from '../helpers/tmp.js';
import { rejection } from '../helpers/rejection.js';

let store: Store;
let api: Services;

async function approvedStory(services: Services, extra: Partial<{ byline: string; paragraphs: string[] }> = {}) {
  const d = await services['drafts.create']({
    headline: 'Harga beras naik di Jakarta',
    body: docFromParagraphs(extra.paragraphs ?? ['Harga beras di pasar induk naik menjadi Rp 15.000 per kilogram, kata pedagang.', 'Pemerintah berjanji menambah pasokan, ujar Menteri Perdagangan.']),
    meta: { byline: extra.byline ?? 'Rina Wulandari' },
  });
  for (const s of ['submitted', 'in-review', 'approved'] as const) await services['drafts.setStatus']({ id: d.id, status: s });
  return d;
}

beforeEach(() => {
  store = openStore(tempDir());
  api = createServices(store);
});
afterEach(() => store.close());

describe('export service', () => {
  it('exports an approved story, records the revision that went out and moves it to exported', async () => {
    const d = await approvedStory(api);
    const out = await api['export.run']({ id: d.id, target: 'html' });
    expect(out.text).toContain('<h1>Harga beras naik di Jakarta</h1>');
    expect(out.record?.target).toBe('html');
    const rev = await api['revisions.get']({ id: out.record!.revisionId! });
    expect(rev.plainText).toContain('Rp 15.000');
    const after = await api['drafts.get']({ id: d.id });
    expect(after.status).toBe('exported');
    expect(out.record!.draftVersion).toBe(after.version);
    expect((await api['drafts.history']({ id: d.id })).some((e) => e.kind === 'export' && e.to === 'html')).toBe(true);
  });

  it('blocks a story without byline and changes nothing', async () => {
    const d = await approvedStory(api, { byline: '' });
    const e = await rejection(() => api['export.run']({ id: d.id, target: 'md', force: true }));
    expect(e.code).toBe('blocked');
    expect(e.message).toMatch(/byline/i);
    expect((await api['drafts.get']({ id: d.id })).status).toBe('approved');
    expect(await api['export.list']({ id: d.id })).toEqual([]);
  });

  it('needs "export anyway" for warnings, then records that it was forced', async () => {
    const d = await approvedStory(api, { paragraphs: ['Jumlah korban TK orang menurut polisi.', 'Polisi masih mendata korban di lokasi, kata juru bicara.'] });
    const e = await rejection(() => api['export.run']({ id: d.id, target: 'txt' }));
    expect(e.code).toBe('blocked');
    expect(e.message).toMatch(/TK/);
    const out = await api['export.run']({ id: d.id, target: 'txt', force: true });
    expect(out.record?.forced).toBe(true);
    expect(out.record?.warnings.join(' ')).toMatch(/TK/);
  });

  it('says "changed since export" after a later edit', async () => {
    const d = await approvedStory(api);
    await api['export.run']({ id: d.id, target: 'md' });
    expect((await api['export.check']({ id: d.id })).warnings.map((w) => w.code)).not.toContain('changed-since-export');
    await api['drafts.save']({ id: d.id, body: docFromParagraphs(['Harga beras turun lagi, kata pedagang.']) });
    expect((await api['export.check']({ id: d.id })).warnings.map((w) => w.code)).toContain('changed-since-export');
  });

  it('a CMS that answers 500 leaves the story untouched and shows its message', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal_server_error', message: 'Database connection lost' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const services = createServices(store, { credentials: [envCredentialStore({ REDAKSI_WP_URL: `http://127.0.0.1:${port}`, REDAKSI_WP_USER: 'desk', REDAKSI_WP_APP_PASSWORD: 'abcd efgh ijkl mnop qrst uvwx' })] });
      const d = await approvedStory(services);
      const versionBefore = (await services['drafts.get']({ id: d.id })).version;
      const e = await rejection(() => services['export.run']({ id: d.id, target: 'wordpress' }));
      expect(e.code).toBe('remote');
      expect(e.message).toContain('Database connection lost');
      const after = await services['drafts.get']({ id: d.id });
      expect(after.status).toBe('approved');
      expect(after.version).toBe(versionBefore);
      expect(await services['export.list']({ id: d.id })).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('without a configured CMS a push says how to configure one', async () => {
    const d = await approvedStory(api);
    const e = await rejection(() => api['export.run']({ id: d.id, target: 'ghost' }));
    expect(e.message).toMatch(/REDAKSI_GHOST_URL/);
  });
});
