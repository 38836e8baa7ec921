import { describe, expect, it } from 'vitest';
import { buildBridge, buildClient } from '../../shared/api/client.js';
import { ApiError } from '../../shared/api/errors.js';
import { METHOD_NAMES } from '../../shared/api/contract.js';

describe('contract clients', () => {
  it('the bridge (preload) and the client (renderer) cover every call and keep error codes across', async () => {
    const bridge = buildBridge(async (method) => (method === 'export.run' ? { ok: false, error: { code: 'blocked', message: 'byline missing', detail: { n: 1 } } } : { ok: true, value: method }));
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    const api = buildClient((m, i) => (bridge[m] as (x: unknown) => Promise<never>)(i));
    await expect(api['drafts.list']({})).resolves.toBe('drafts.list');
    const err = await api['export.run']({ id: 'x', target: 'html' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'blocked', message: 'byline missing', detail: { n: 1 } });
  });
});
