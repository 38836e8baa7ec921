/**
 * The newsroom session file (main/newsroom/session-file.ts): the one place the token lives for
 * the CLI, web mode and (sealed with safeStorage) the desktop app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSession, removeSession, safeStorageSealer, SESSION_FILE, writeSession, type NewsroomSession } from '../../main/newsroom/session-file.js';
import { tempDir } from '../helpers/tmp.js';

const SESSION: NewsroomSession = { hubUrl: 'http://127.0.0.1:8470', token: 'tok-0123456789abcdefghijklmnop', user: 'rina', role: 'reporter', expiresAt: '2026-12-18T10:00:00.000Z' };

/** a stand-in for Electron's safeStorage: reversible, and visibly not the plain text */
const fakeSafeStorage = (available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (s: string) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
  decryptString: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
});

describe('newsroom session file', () => {
  it('keeps the token in a file only its owner can read (CLI, web mode)', () => {
    const dir = tempDir();
    expect(readSession(dir)).toBeNull();
    writeSession(dir, SESSION);
    const file = path.join(dir, SESSION_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readSession(dir)).toEqual(SESSION);
    removeSession(dir);
    expect(readSession(dir)).toBeNull();
  });

  it('with safeStorage the file holds only the sealed token; without the keyring it says how to sign in', () => {
    const dir = tempDir();
    const sealer = safeStorageSealer(fakeSafeStorage())!;
    writeSession(dir, SESSION, sealer);
    const text = fs.readFileSync(path.join(dir, SESSION_FILE), 'utf8');
    expect(text).not.toContain(SESSION.token);
    expect(JSON.parse(text)).toMatchObject({ user: 'rina', sealedToken: expect.any(String) });
    expect(readSession(dir, sealer)).toEqual(SESSION);
    expect(() => readSession(dir)).toThrow(/desktop app.*redaksi login/);
    expect(safeStorageSealer(fakeSafeStorage(false))).toBeUndefined();
  });

  it('a damaged file is a clear error, and signing out still removes it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, SESSION_FILE), '{"hubUrl": 3', { mode: 0o600 });
    expect(() => readSession(dir)).toThrow(/damaged.*redaksi logout/);
    removeSession(dir);
    expect(readSession(dir)).toBeNull();
  });
});
