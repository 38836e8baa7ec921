/** Newsroom users: added and disabled by an admin (or `redaksi hub user` on the database). */
import { ApiError } from '../shared/api/errors.js';
import type { HubUser } from '../shared/api/hub-contract.js';
import type { HubRole } from '../shared/model/newsroom.js';
import type { Pool } from './db.js';
import { hashPassword } from './passwords.js';

interface UserRow {
  id: number;
  name: string;
  role: HubRole;
  disabled: boolean;
}

const asUser = (r: UserRow): HubUser => ({ name: r.name, role: r.role, disabled: r.disabled });

export async function addUser(pool: Pool, name: string, role: HubRole, password: string): Promise<HubUser> {
  const hash = await hashPassword(password);
  const r = await pool.query<UserRow>('INSERT INTO users (name, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING id, name, role, disabled', [name, role, hash]);
  if (!r.rows[0]) throw new ApiError('conflict', `A user named "${name}" already exists.`);
  return asUser(r.rows[0]);
}

export async function listUsers(pool: Pool): Promise<HubUser[]> {
  return (await pool.query<UserRow>('SELECT id, name, role, disabled FROM users ORDER BY name')).rows.map(asUser);
}

/** who can be @mentioned in a comment: every enabled user but admins (they do not work on stories) */
export async function listUserNames(pool: Pool): Promise<string[]> {
  return (await pool.query<{ name: string }>("SELECT name FROM users WHERE NOT disabled AND role <> 'admin' ORDER BY name")).rows.map((r) => r.name);
}

/** a disabled user is out at once: their sessions go, and every call checks the flag */
export async function disableUser(pool: Pool, name: string): Promise<HubUser> {
  const r = await pool.query<UserRow>('UPDATE users SET disabled = true WHERE name = $1 RETURNING id, name, role, disabled', [name]);
  if (!r.rows[0]) throw new ApiError('not-found', `No user named "${name}".`);
  await pool.query('DELETE FROM sessions WHERE user_id = $1', [r.rows[0].id]);
  return asUser(r.rows[0]);
}
