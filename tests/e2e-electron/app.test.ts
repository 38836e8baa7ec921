/**
 * The thin Electron suite (actualbudget's split: most flows run in the browser against web mode;
 * only what Electron alone has is tested here). It needs the Electron binary, which cannot be
 * downloaded on CI machines; there it reports itself skipped, by name.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { REPO_ROOT } from '../helpers/tmp.js';

function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) console.log('skipped: tests/e2e-electron (the Electron binary is not installed on this machine; web-mode e2e covers the UI)');

describe.skipIf(!binary)('Electron app (needs the Electron binary)', () => {
  let app: ElectronApplication;
  let userData: string;
  beforeAll(async () => {
    expect(spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], { cwd: REPO_ROOT }).status).not.toBeNull();
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-electron-'));
    app = await electron.launch({ executablePath: binary!, args: [REPO_ROOT, `--user-data-dir=${userData}`] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens one window with the secure preferences', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0]!;
      const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
      return { sandbox: p.sandbox, contextIsolation: p.contextIsolation, nodeIntegration: p.nodeIntegration, count: BrowserWindow.getAllWindows().length };
    });
    expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, count: 1 });
  });

  it('blocks navigation away from the app', async () => {
    const page = await app.firstWindow();
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });

  it('saves a draft through IPC and reopens it', async () => {
    const page = await app.firstWindow();
    const id = await page.evaluate(async () => {
      const api = (window as unknown as { redaksi: { 'drafts.create': (i: unknown) => Promise<{ ok: boolean; value: { id: string } }> } }).redaksi;
      return (await api['drafts.create']({ headline: 'Electron draft' })).value.id;
    });
    const again = await page.evaluate(async (draftId) => {
      const api = (window as unknown as { redaksi: { 'drafts.get': (i: unknown) => Promise<{ ok: boolean; value: { headline: string } }> } }).redaksi;
      return (await api['drafts.get']({ id: draftId })).value.headline;
    }, id);
    expect(again).toBe('Electron draft');
  });
});
