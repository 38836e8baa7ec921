/**
 * Where CMS credentials live. Three stores behind one interface:
 *
 * - safeStorageCredentialStore: the desktop app. The secret is encrypted with Electron's
 *   safeStorage (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux) and only the
 *   ciphertext is written, either into the settings table (SettingsRepo.getRaw/putRaw) or a file
 *   in the data directory. safeStorage is INJECTED (this module never imports electron), so it
 *   runs under Node/Vitest with a mock, and the CLI never loads Electron.
 * - envCredentialStore: web mode / CLI / CI. REDAKSI_WP_URL, REDAKSI_WP_USER,
 *   REDAKSI_WP_APP_PASSWORD, REDAKSI_GHOST_URL, REDAKSI_GHOST_ADMIN_KEY. Read-only.
 * - fileCredentialStore: web mode / CLI. A JSON file the user names; we warn when its mode lets
 *   anyone but the owner read it, and write it 0600.
 *
 * Nothing here logs; warnings name files and modes, never values. `describe()` is what a UI may
 * show: the address and user, and whether a secret is set, never the secret.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { CmsTarget } from '../../../shared/model/export-target.js';


export interface WordPressCredentials {
  url: string;
  user: string;
  appPassword: string;
}
export interface GhostCredentials {
  url: string;
  adminKey: string;
}
export interface CmsCredentialMap {
  wordpress: WordPressCredentials;
  ghost: GhostCredentials;
}

export interface CredentialSummary {
  configured: boolean;
  source: CredentialStore['source'];
  url?: string;
  user?: string;
  /** the secret is only obfuscated (safeStorage's basic_text backend on Linux without a keyring) */
  weakProtection?: boolean;
}

export interface CredentialStore {
  readonly source: 'safe-storage' | 'env' | 'file';
  readonly writable: boolean;
  get<K extends CmsTarget>(cms: K): CmsCredentialMap[K] | null;
  set<K extends CmsTarget>(cms: K, creds: CmsCredentialMap[K]): void;
  clear(cms: CmsTarget): void;
  describe(cms: CmsTarget): CredentialSummary;
  /** true when what `set` writes is only obfuscated, not encrypted with the user's login */
  weakProtection?(): boolean;
}

/** what the app says, and asks about, when the secret would only be obfuscated */
export const WEAK_PROTECTION_MESSAGE =
  'This computer has no system keyring (GNOME Keyring or KWallet), so Electron can only obfuscate the CMS password with a key built into the program: anyone who can read your data folder can recover it. Install or unlock a keyring for real protection, or store it anyway.';

/** The part of Electron's `safeStorage` we use (so a mock can stand in for it). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron; 'basic_text' means a fixed, built-in key (obfuscation, not secrecy) */
  getSelectedStorageBackend?(): string;
}

export type Warn = (message: string) => void;

// ------------------------------------------------------------------ validation

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** Checks and normalises a credential object; throws invalid-argument naming the missing field. */
export function validCredentials<K extends CmsTarget>(cms: K, raw: unknown): CmsCredentialMap[K] {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const need = (k: string) => {
    const v = k === 'appPassword' ? String(o[k] ?? '') : str(o[k]);
    if (!v.trim()) throw new ApiError('invalid-argument', `${cms === 'wordpress' ? 'WordPress' : 'Ghost'} credentials need "${k}"`, { issues: [{ path: k, message: 'required' }] });
    return v;
  };
  if (cms === 'wordpress') return { url: need('url'), user: need('user'), appPassword: need('appPassword') } as CmsCredentialMap[K];
  return { url: need('url'), adminKey: need('adminKey') } as CmsCredentialMap[K];
}

function summary(source: CredentialStore['source'], creds: WordPressCredentials | GhostCredentials | null): CredentialSummary {
  if (!creds) return { configured: false, source };
  return { configured: true, source, url: creds.url, ...('user' in creds ? { user: creds.user } : {}) };
}

// ------------------------------------------------------------------ safeStorage

/** Where the encrypted blobs go: the settings table, or files in the data directory. */
export interface BlobBacking {
  read(key: string): Buffer | null;
  write(key: string, blob: Buffer): void;
  remove(key: string): void;
}

/** Blobs in the settings table (SettingsRepo satisfies the argument): JSON {v, alg, data: base64}. */
export function settingsBlobBacking(settings: { getRaw(key: string): string | undefined; putRaw(key: string, value: string): void }): BlobBacking {
  const k = (key: string) => `cms.credentials.${key}`;
  return {
    read(key) {
      const raw = settings.getRaw(k(key));
      if (!raw) return null;
      try {
        const v = JSON.parse(raw) as { data?: unknown } | null;
        return v && typeof v.data === 'string' ? Buffer.from(v.data, 'base64') : null;
      } catch {
        return null;
      }
    },
    write(key, blob) {
      settings.putRaw(k(key), JSON.stringify({ v: 1, alg: 'electron-safeStorage', data: blob.toString('base64') }));
    },
    remove(key) {
      settings.putRaw(k(key), 'null');
    },
  };
}

/** Blobs as files `<dir>/<key>.bin`, mode 0600, replaced atomically. */
export function fileBlobBacking(dir: string): BlobBacking {
  const file = (key: string) => path.join(dir, `${key}.bin`);
  return {
    read(key) {
      return existsSync(file(key)) ? readFileSync(file(key)) : null;
    },
    write(key, blob) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const tmp = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(tmp, blob, { mode: 0o600 });
      renameSync(tmp, file(key));
    },
    remove(key) {
      rmSync(file(key), { force: true });
    },
  };
}

export interface SafeStorageStoreOptions {
  /** what to do when Linux has no keyring and safeStorage falls back to its fixed key */
  weakBackend?: 'warn' | 'refuse';
  warn?: Warn;
}

export function safeStorageCredentialStore(safeStorage: SafeStorageLike, backing: BlobBacking, opts: SafeStorageStoreOptions = {}): CredentialStore {
  const warn = opts.warn ?? (() => undefined);
  const weak = () => safeStorage.getSelectedStorageBackend?.() === 'basic_text';
  const usable = () => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new ApiError('internal', 'This system offers no secure storage for secrets (safeStorage unavailable), so CMS credentials cannot be saved. Use REDAKSI_WP_*/REDAKSI_GHOST_* environment variables or a credentials file instead.');
    }
    if (weak()) {
      if (opts.weakBackend === 'refuse') throw new ApiError('internal', WEAK_PROTECTION_MESSAGE);
      warn(WEAK_PROTECTION_MESSAGE);
    }
  };
  const store: CredentialStore = {
    source: 'safe-storage',
    writable: true,
    get(cms) {
      const blob = backing.read(cms);
      if (!blob || blob.length === 0) return null;
      if (!safeStorage.isEncryptionAvailable()) throw new ApiError('internal', 'Secure storage is unavailable right now, so the saved CMS credentials cannot be read.');
      let plain: string;
      try {
        plain = safeStorage.decryptString(blob);
      } catch {
        // encrypted by another OS user or machine (copied data dir), or a changed keyring
        throw new ApiError('internal', `The saved ${cms} credentials cannot be decrypted on this computer or account; enter them again.`);
      }
      return validCredentials(cms, JSON.parse(plain));
    },
    set(cms, creds) {
      const clean = validCredentials(cms, creds);
      usable();
      backing.write(cms, safeStorage.encryptString(JSON.stringify(clean)));
    },
    clear(cms) {
      backing.remove(cms);
    },
    describe(cms) {
      return { ...summary('safe-storage', store.get(cms)), ...(weak() ? { weakProtection: true } : {}) };
    },
    weakProtection: weak,
  };
  return store;
}

/**
 * Electron's safeStorage, loaded only when called (inside the Electron main process). Keeping the
 * import dynamic is what lets this module load under plain Node.
 */
export async function electronSafeStorage(): Promise<SafeStorageLike> {
  const electron = (await import('electron')) as unknown as { safeStorage: SafeStorageLike };
  return electron.safeStorage;
}

// ------------------------------------------------------------------ environment

export const CREDENTIAL_ENV = {
  wordpress: { url: 'REDAKSI_WP_URL', user: 'REDAKSI_WP_USER', appPassword: 'REDAKSI_WP_APP_PASSWORD' },
  ghost: { url: 'REDAKSI_GHOST_URL', adminKey: 'REDAKSI_GHOST_ADMIN_KEY' },
} as const;

export function envCredentialStore(env: Record<string, string | undefined> = process.env): CredentialStore {
  const store: CredentialStore = {
    source: 'env',
    writable: false,
    get(cms) {
      const names = CREDENTIAL_ENV[cms] as Record<string, string>;
      const o: Record<string, string> = {};
      for (const [field, name] of Object.entries(names)) {
        const v = env[name];
        if (!v || !v.trim()) return null;
        o[field] = v;
      }
      return validCredentials(cms, o);
    },
    set() {
      throw new ApiError('read-only', 'CMS credentials come from environment variables here; change them in the environment');
    },
    clear() {
      throw new ApiError('read-only', 'CMS credentials come from environment variables here; unset them in the environment');
    },
    describe(cms) {
      return summary('env', store.get(cms));
    },
  };
  return store;
}

// ------------------------------------------------------------------ JSON file

/**
 * A JSON file `{"wordpress": {url, user, appPassword}, "ghost": {url, adminKey}}` named by the
 * user. Reading warns (once per read) when group/other may read it; writing creates it 0600.
 */
export function fileCredentialStore(file: string, opts: { warn?: Warn } = {}): CredentialStore {
  const warn = opts.warn ?? (() => undefined);
  const readAll = (): Partial<Record<CmsTarget, unknown>> => {
    if (!existsSync(file)) return {};
    if (process.platform !== 'win32') {
      const mode = statSync(file).mode & 0o777;
      if (mode & 0o077) warn(`Credentials file ${file} is readable by other users (mode ${mode.toString(8).padStart(4, '0')}); run: chmod 600 ${file}`);
    }
    try {
      const v = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
      return v as Partial<Record<CmsTarget, unknown>>;
    } catch {
      throw new ApiError('invalid-argument', `Credentials file ${file} is not a JSON object like {"wordpress": {"url", "user", "appPassword"}, "ghost": {"url", "adminKey"}}`);
    }
  };
  const writeAll = (all: Partial<Record<CmsTarget, unknown>>) => {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(all, null, 2) + '\n', { mode: 0o600 });
    chmodSync(tmp, 0o600); // the umask cannot widen it, but an existing tmp could have another mode
    renameSync(tmp, file);
  };
  const store: CredentialStore = {
    source: 'file',
    writable: true,
    get(cms) {
      const v = readAll()[cms];
      return v ? validCredentials(cms, v) : null;
    },
    set(cms, creds) {
      const all = readAll();
      all[cms] = validCredentials(cms, creds);
      writeAll(all);
    },
    clear(cms) {
      const all = readAll();
      if (!(cms in all)) return;
      delete all[cms];
      writeAll(all);
    },
    describe(cms) {
      return summary('file', store.get(cms));
    },
  };
  return store;
}

/** The first store that has credentials for a CMS wins (e.g. env over file for the CLI). */
export function firstCredential<K extends CmsTarget>(stores: CredentialStore[], cms: K): { creds: CmsCredentialMap[K]; source: CredentialStore['source'] } | null {
  for (const s of stores) {
    const creds = s.get(cms);
    if (creds) return { creds, source: s.source };
  }
  return null;
}
