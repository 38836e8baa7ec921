/**
 * Sign-in: scrypt-checked passwords, rate-limited attempts, and sessions as random tokens of
 * which the hub keeps only a SHA-256 (a copy of the database does not let anyone sign in).
 * Everything lives in PostgreSQL, so any hub behind a load balancer can answer any call.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from '../shared/api/errors.js';
import type { HubResults } from '../shared/api/hub-contract.js';
import type { Actor, HubRole } from '../shared/model/newsroom.js';
import type { Pool } from './db.js';
import { dummyHash, verifyPassword } from './passwords.js';

export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
/** failed sign-ins allowed per user name and per address within the window */
export const LOGIN_LIMIT = { perName: 10, perAddress: 50, windowMinutes: 15 } as const;

export interface AuthedActor extends Actor {
  id: number;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest();

async function tooManyFailures(pool: Pool, name: string, address: string): Promise<boolean> {
  const r = await pool.query<{ by_name: string; by_address: string }>(
    `SELECT count(*) FILTER (WHERE key = $1) AS by_name, count(*) FILTER (WHERE key = $2) AS by_address
       FROM login_failures WHERE key IN ($1, $2) AND at > now() - make_interval(mins => $3)`,
    [`name:${name}`, `addr:${address}`, LOGIN_LIMIT.windowMinutes],
  );
  const row = r.rows[0]!;
  return Number(row.by_name) >= LOGIN_LIMIT.perName || Number(row.by_address) >= LOGIN_LIMIT.perAddress;
}

export async function login(pool: Pool, name: string, password: string, address: string): Promise<HubResults['session.login']> {
  if (await tooManyFailures(pool, name, address)) {
    throw new ApiError('rate-limited', `Too many failed sign-ins; wait ${LOGIN_LIMIT.windowMinutes} minutes and try again.`);
  }
  const r = await pool.query<{ id: number; role: HubRole; password_hash: string; disabled: boolean }>('SELECT id, role, password_hash, disabled FROM users WHERE name = $1', [name]);
  const user = r.rows[0];
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
  if (!user || !ok || user.disabled) {
    await pool.query('INSERT INTO login_failures (key) VALUES ($1), ($2)', [`name:${name}`, `addr:${address}`]);
    // one message for all three: it must not tell an attacker which names exist
    throw new ApiError('unauthorized', 'Wrong user name or password, or the account is disabled.');
  }
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_TTL_MS);
  await pool.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash(token), user.id, expires]);
  // old failures and expired sessions are kept small here rather than by a timer the hub would own
  await pool.query("DELETE FROM login_failures WHERE at < now() - interval '1 day'");
  await pool.query('DELETE FROM sessions WHERE expires_at < now()');
  return { token, user: { name, role: user.role }, expiresAt: expires.toISOString() };
}

/** the signed-in user behind a token; 401 for a missing, unknown, expired or disabled one */
export async function authenticate(pool: Pool, token: string | undefined): Promise<AuthedActor> {
  if (!token) throw new ApiError('unauthorized', 'Sign in to the newsroom hub first (redaksi login).');
  const r = await pool.query<{ id: number; name: string; role: HubRole }>(
    `SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [tokenHash(token)],
  );
  if (!r.rows[0]) throw new ApiError('unauthorized', 'Your newsroom session has ended (expired, signed out or account disabled); sign in again.');
  return r.rows[0];
}

export async function logout(pool: Pool, token: string): Promise<void> {
  await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}
