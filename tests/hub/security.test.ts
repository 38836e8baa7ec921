/** The hub's door: sessions, passwords, the rate limit, and bad requests that must not hurt it. */
import { describe, expect, it } from 'vitest';
import { HUB_CALLS } from '../../shared/api/hub-contract.js';
import { LOGIN_LIMIT } from '../../hub/sessions.js';
import { MAX_BODY_BYTES } from '../../hub/server.js';
import { freshHub, hubPost, passwordOf } from '../helpers/hub.js';
import { PG_BIN_DIR, PG_MISSING } from '../helpers/postgres.js';

describe.skipIf(!PG_BIN_DIR)(`hub security${PG_BIN_DIR ? '' : ` (skipped: ${PG_MISSING})`}`, () => {
  it('answers every call but login with 401 without a valid session (none, made up, signed out)', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    const signedOut = await hub.login('rina');
    expect((await hubPost(hub.url, 'session.logout', {}, signedOut)).status).toBe(200);
    const calls = Object.keys(HUB_CALLS).filter((c) => c !== 'session.login');
    for (const call of calls) {
      for (const token of [undefined, 'x'.repeat(43), signedOut]) {
        const r = await hubPost(hub.url, call, {}, token);
        expect(r.status, `${call} with ${token === signedOut ? 'a signed-out' : token ? 'a made-up' : 'no'} token`).toBe(401);
        expect(r.body.error?.code).toBe('unauthorized');
      }
    }
  });

  it('signs in with the right password only, stores no password or token in clear, and a disabled user is out at once', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    await hub.user('ada', 'admin');
    const wrong = await hubPost(hub.url, 'session.login', { name: 'rina', password: 'not-her-password' });
    expect(wrong.status).toBe(401);
    const unknown = await hubPost(hub.url, 'session.login', { name: 'nobody', password: 'whatever-123' });
    expect(unknown.status).toBe(401);
    // one message: it must not reveal which names exist
    expect(unknown.body.error?.message).toBe(wrong.body.error?.message);

    const token = await hub.login('rina');
    expect((await hubPost(hub.url, 'session.whoami', {}, token)).body.value).toEqual({ name: 'rina', role: 'reporter' });
    const stored = JSON.stringify((await hub.pool.query('SELECT u.password_hash, s.token_hash FROM users u JOIN sessions s ON s.user_id = u.id')).rows);
    expect(stored).not.toContain(passwordOf('rina'));
    expect(stored).not.toContain(token);
    expect((await hub.pool.query("SELECT password_hash FROM users WHERE name = 'rina'")).rows[0].password_hash).toMatch(/^scrypt\$/);

    const admin = await hub.login('ada');
    expect((await hubPost(hub.url, 'users.disable', { name: 'rina' }, admin)).status).toBe(200);
    expect((await hubPost(hub.url, 'session.whoami', {}, token)).status).toBe(401);
    expect((await hubPost(hub.url, 'session.login', { name: 'rina', password: passwordOf('rina') })).status).toBe(401);
  });

  it('an expired session is refused', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    const token = await hub.login('rina');
    await hub.pool.query("UPDATE sessions SET expires_at = now() - interval '1 second'");
    expect((await hubPost(hub.url, 'session.whoami', {}, token)).status).toBe(401);
  });

  it(`rate-limits sign-in: after ${LOGIN_LIMIT.perName} failures even the right password waits`, async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    for (let i = 0; i < LOGIN_LIMIT.perName; i++) expect((await hubPost(hub.url, 'session.login', { name: 'rina', password: `guess-${i}-xx` })).status).toBe(401);
    const r = await hubPost(hub.url, 'session.login', { name: 'rina', password: passwordOf('rina') });
    expect(r.status).toBe(429);
    expect(r.body.error?.message).toMatch(/Too many failed sign-ins/);
  });

  it('malformed JSON, invalid input, unknown calls and oversized bodies get a 4xx, and the hub keeps answering', async () => {
    const hub = await freshHub();
    await hub.user('rina', 'reporter');
    const token = await hub.login('rina');
    expect((await hubPost(hub.url, 'sync.pull', null, token, '{"since": ')).status).toBe(400);
    const invalid = await hubPost(hub.url, 'sync.pull', { since: -1, extra: true }, token);
    expect(invalid.status).toBe(400);
    expect(invalid.body.error?.code).toBe('invalid-argument');
    expect((await hubPost(hub.url, 'nothing.here', {}, token)).status).toBe(404);
    const huge = await hubPost(hub.url, 'sync.pull', null, token, JSON.stringify({ since: 0, pad: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(huge.status).toBe(413);
    const get = await fetch(`${hub.url}/api/sync.pull`);
    expect(get.status).toBe(400);
    expect((await hubPost(hub.url, 'session.whoami', {}, token)).status).toBe(200);
  });

  it('passwords shorter than 8 characters are refused when adding a user', async () => {
    const hub = await freshHub();
    await hub.user('ada', 'admin');
    const admin = await hub.login('ada');
    const r = await hubPost(hub.url, 'users.add', { name: 'budi', role: 'editor', password: 'short' }, admin);
    expect(r.status).toBe(400);
    expect((await hubPost(hub.url, 'users.add', { name: 'budi', role: 'editor', password: 'long-enough' }, admin)).status).toBe(200);
    expect((await hubPost(hub.url, 'users.add', { name: 'budi', role: 'editor', password: 'long-enough' }, admin)).status).toBe(409);
  });
});
