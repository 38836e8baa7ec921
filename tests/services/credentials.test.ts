/**
 * CMS credentials: encrypted with (a mock of) Electron safeStorage before they touch the SQLite
 * settings table or a data-dir file; environment variables and a user-named JSON file for web
 * mode and the CLI. The mock really encrypts (AES-256-GCM with a key only it holds), so "the
 * secret is not in the file" is a real check, as it would be with the OS keyring.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.js';
import { openStore } from '../../main/store/index.js';
import { cmsServices } from '../../main/services/cms-settings.js';
import {
  envCredentialStore,
  fileBlobBacking,
  fileCredentialStore,
  firstCredential,
  safeStorageCredentialStore,
  settingsBlobBacking,
  type SafeStorageLike,
} from '../../main/services/cms/credentials.js';

const APP_PASSWORD = 'Zq7m K2pX 9wLt Rr4v Hs8n Bc3y';
const GHOST_KEY = `${randomBytes(12).toString('hex')}:${randomBytes(32).toString('hex')}`;
const WP = { url: 'https://news.example.org', user: 'meja-redaksi', appPassword: APP_PASSWORD };

function mockSafeStorage(opts: { available?: boolean; backend?: string } = {}): SafeStorageLike & { calls: number } {
  const key = randomBytes(32);
  const m = {
    calls: 0,
    isEncryptionAvailable: () => opts.available ?? true,
    encryptString(plain: string) {
      m.calls++;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(enc: Buffer) {
      const d = createDecipheriv('aes-256-gcm', key, enc.subarray(0, 12));
      d.setAuthTag(enc.subarray(12, 28));
      return Buffer.concat([d.update(enc.subarray(28)), d.final()]).toString('utf8');
    },
    ...(opts.backend ? { getSelectedStorageBackend: () => opts.backend! } : {}),
  };
  return m;
}

/** every byte written under dir (DB, WAL, SHM, blobs), as latin1 text for substring checks */
function allBytes(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name)).toString('latin1'))
    .join('\n');
}

/** the secret as plain text, UTF-16, base64 and hex: none may appear */
function leaks(haystack: string, secret: string): string[] {
  const forms = { plain: secret, utf16: Buffer.from(secret, 'utf16le').toString('latin1'), base64: Buffer.from(secret).toString('base64'), hex: Buffer.from(secret).toString('hex') };
  const found = Object.entries(forms)
    .filter(([, f]) => haystack.includes(f))
    .map(([k]) => k);
  // base64 of a longer record (e.g. a JSON blob) need not contain base64(secret) at any aligned
  // offset, so also decode every base64-looking run and look inside
  for (const run of haystack.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
    if (Buffer.from(run, 'base64').toString('latin1').includes(secret)) found.push('inside-base64');
  }
  return found;
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'redaksi-cred-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('safeStorage credential store', () => {
  it('keeps only ciphertext in the SQLite settings table, and reads it back after reopening', () => {
    const dir = tempDir();
    const safe = mockSafeStorage();
    let store = openStore(dir);
    const creds = safeStorageCredentialStore(safe, settingsBlobBacking(store.settings));
    creds.set('wordpress', WP);
    creds.set('ghost', { url: 'https://ghost.example.org', adminKey: GHOST_KEY });
    expect(safe.calls).toBe(2);
    store.close();

    const bytes = allBytes(dir);
    expect(bytes.length).toBeGreaterThan(0);
    expect(leaks(bytes, APP_PASSWORD)).toEqual([]);
    expect(leaks(bytes, GHOST_KEY.split(':')[1]!)).toEqual([]);
    // not even the user name or site: the whole record is encrypted
    expect(bytes).not.toContain('meja-redaksi');

    store = openStore(dir);
    const again = safeStorageCredentialStore(safe, settingsBlobBacking(store.settings));
    expect(again.get('wordpress')).toEqual(WP);
    expect(again.get('ghost')?.adminKey).toBe(GHOST_KEY);
    expect(again.describe('wordpress')).toEqual({ configured: true, source: 'safe-storage', url: WP.url, user: WP.user });
    expect(JSON.stringify(again.describe('wordpress'))).not.toContain(APP_PASSWORD);
    // the settings the UI reads are unaffected by the extra keys
    expect(Object.keys(store.settings.all())).not.toContain('cms.credentials.wordpress');
    again.clear('wordpress');
    expect(again.get('wordpress')).toBeNull();
    expect(again.get('ghost')).not.toBeNull();
    store.close();
  });

  it('keeps only ciphertext in a data-dir file (mode 0600)', () => {
    const dir = tempDir();
    const creds = safeStorageCredentialStore(mockSafeStorage(), fileBlobBacking(path.join(dir, 'credentials')));
    creds.set('wordpress', WP);
    const file = path.join(dir, 'credentials', 'wordpress.bin');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(leaks(allBytes(dir), APP_PASSWORD)).toEqual([]);
    expect(creds.get('wordpress')).toEqual(WP);
  });

  it('refuses to save when no secure storage exists, writing nothing', () => {
    const dir = tempDir();
    const creds = safeStorageCredentialStore(mockSafeStorage({ available: false }), fileBlobBacking(dir));
    const err = (() => {
      try {
        creds.set('wordpress', WP);
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(err).toBeInstanceOf(ApiError);
    expect(err!.message).toMatch(/environment variables or a credentials file/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('warns (or refuses, if asked) on Linux without a keyring (basic_text backend)', () => {
    const warnings: string[] = [];
    const weak = safeStorageCredentialStore(mockSafeStorage({ backend: 'basic_text' }), fileBlobBacking(tempDir()), { warn: (m) => warnings.push(m) });
    weak.set('wordpress', WP);
    expect(warnings.join()).toMatch(/keyring/);
    expect(warnings.join()).not.toContain(APP_PASSWORD);
    const strict = safeStorageCredentialStore(mockSafeStorage({ backend: 'basic_text' }), fileBlobBacking(tempDir()), { weakBackend: 'refuse' });
    expect(() => strict.set('wordpress', WP)).toThrow(/keyring/);
  });

  it('basic_text: the app says so, and asks before storing a credential (issue 16)', () => {
    const dir = tempDir();
    const cms = cmsServices([safeStorageCredentialStore(mockSafeStorage({ backend: 'basic_text' }), fileBlobBacking(dir))]);
    // the settings panel is told before anything is entered
    expect(cms['cms.describe']().wordpress).toMatchObject({ configured: false, source: 'safe-storage', weakProtection: true });
    let refused: unknown;
    try {
      cms['cms.configure']({ cms: 'wordpress', ...WP });
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('conflict');
    expect((refused as ApiError).message).toMatch(/no system keyring .* only obfuscate/);
    expect(readdirSync(dir)).toEqual([]);
    // with the user's yes it is stored, and still described as weakly protected
    expect(cms['cms.configure']({ cms: 'wordpress', ...WP, acceptWeakProtection: true })).toMatchObject({ configured: true, weakProtection: true });
    // a keyring-backed store never asks
    const strong = cmsServices([safeStorageCredentialStore(mockSafeStorage({ backend: 'gnome_libsecret' }), fileBlobBacking(tempDir()))]);
    expect(strong['cms.configure']({ cms: 'wordpress', ...WP })).toMatchObject({ configured: true });
    expect(strong['cms.describe']().wordpress.weakProtection).toBeUndefined();
  });

  it('a blob from another machine or account gives a clear error, not garbage', () => {
    const dir = tempDir();
    safeStorageCredentialStore(mockSafeStorage(), fileBlobBacking(dir)).set('wordpress', WP);
    const elsewhere = safeStorageCredentialStore(mockSafeStorage(), fileBlobBacking(dir));
    expect(() => elsewhere.get('wordpress')).toThrow(/cannot be decrypted .* enter them again/);
  });

  it('rejects incomplete credentials before encrypting anything', () => {
    const safe = mockSafeStorage();
    const creds = safeStorageCredentialStore(safe, fileBlobBacking(tempDir()));
    expect(() => creds.set('wordpress', { ...WP, appPassword: ' ' })).toThrow(/appPassword/);
    expect(safe.calls).toBe(0);
  });

  it('the module loads without Electron (safeStorage is injected)', () => {
    const src = readFileSync(path.resolve(__dirname, '../../main/services/cms/credentials.ts'), 'utf8');
    expect(src).not.toMatch(/^import[^;]*from ['"]electron['"]/m);
  });
});

describe('environment credential store', () => {
  it('reads REDAKSI_WP_* and REDAKSI_GHOST_*; incomplete sets count as absent', () => {
    const env = { REDAKSI_WP_URL: WP.url, REDAKSI_WP_USER: WP.user, REDAKSI_WP_APP_PASSWORD: APP_PASSWORD, REDAKSI_GHOST_URL: 'https://g.example.org' };
    const s = envCredentialStore(env);
    expect(s.get('wordpress')).toEqual(WP);
    expect(s.get('ghost')).toBeNull();
    expect(s.describe('ghost')).toEqual({ configured: false, source: 'env' });
    expect(() => s.set('ghost', { url: 'x', adminKey: 'y' })).toThrow(/environment/);
    expect(envCredentialStore({ ...env, REDAKSI_GHOST_ADMIN_KEY: GHOST_KEY }).get('ghost')).toEqual({ url: 'https://g.example.org', adminKey: GHOST_KEY });
  });
});

describe('JSON file credential store', () => {
  it('writes the file 0600 and reads it back; no warning for 0600', () => {
    const file = path.join(tempDir(), 'cms.json');
    const warnings: string[] = [];
    const s = fileCredentialStore(file, { warn: (m) => warnings.push(m) });
    s.set('wordpress', WP);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(s.get('wordpress')).toEqual(WP);
    expect(warnings).toEqual([]);
    s.set('ghost', { url: 'https://g.example.org', adminKey: GHOST_KEY });
    expect(s.get('wordpress')).toEqual(WP);
    s.clear('wordpress');
    expect(s.get('wordpress')).toBeNull();
    expect(s.get('ghost')?.adminKey).toBe(GHOST_KEY);
  });

  it.skipIf(process.platform === 'win32')('warns when the file is readable by others, naming the file and mode but not the secret', () => {
    const file = path.join(tempDir(), 'cms.json');
    writeFileSync(file, JSON.stringify({ wordpress: WP }));
    chmodSync(file, 0o644);
    const warnings: string[] = [];
    const s = fileCredentialStore(file, { warn: (m) => warnings.push(m) });
    expect(s.get('wordpress')).toEqual(WP);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('0644');
    expect(warnings[0]).toContain('chmod 600');
    expect(warnings[0]).not.toContain(APP_PASSWORD);
  });

  it('a broken file is a clear error; env wins over file when both have credentials', () => {
    const file = path.join(tempDir(), 'cms.json');
    writeFileSync(file, '[1,2', { mode: 0o600 });
    expect(() => fileCredentialStore(file).get('wordpress')).toThrow(/not a JSON object/);
    writeFileSync(file, JSON.stringify({ wordpress: { ...WP, user: 'from-file' } }), { mode: 0o600 });
    const env = envCredentialStore({ REDAKSI_WP_URL: WP.url, REDAKSI_WP_USER: 'from-env', REDAKSI_WP_APP_PASSWORD: 'x' });
    expect(firstCredential([env, fileCredentialStore(file)], 'wordpress')).toMatchObject({ source: 'env', creds: { user: 'from-env' } });
    expect(firstCredential([envCredentialStore({}), fileCredentialStore(file)], 'wordpress')).toMatchObject({ source: 'file', creds: { user: 'from-file' } });
    expect(firstCredential([envCredentialStore({})], 'ghost')).toBeNull();
  });
});
