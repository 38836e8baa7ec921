import { describe, expect, it, afterEach } from 'vitest';
import { openStore } from '../../main/store/index.js';
import { createServices } from '../../main/services/index.js';
import { registerIpc } from '../../main/transport/ipc.js';
import { IPC_CHANNEL } from '../../shared/api/client.js';
import { secureWebPreferences } from '../../main/app/window-options.js';
import { hardenContents } from '../../main/app/security.js';
import { CONTENT_SECURITY_POLICY } from '../../main/app/csp.js';
import { MockWebContents, mockIpcMain, mockShell } from '../mocks/electron.js';
import { tempDir } from '../helpers/tmp.js';
import type { WebContents } from 'electron';

const APP_URL = 'file:///app/out/renderer/index.html';

describe('Electron security (electron mocked)', () => {
  const stores: Array<{ close(): void }> = [];
  afterEach(() => stores.splice(0).forEach((s) => s.close()));

  it('window preferences: sandbox, contextIsolation, no nodeIntegration, webSecurity', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
  });

  it('CSP has no unsafe-eval and no inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('denies window.open and foreign navigation; web links go to the browser only', () => {
    const wc = new MockWebContents();
    const shell = mockShell();
    hardenContents(wc as unknown as WebContents, shell, (u) => u === APP_URL);
    expect(wc.windowOpenHandler!({ url: 'https://example.org/a' }).action).toBe('deny');
    expect(wc.windowOpenHandler!({ url: 'file:///etc/passwd' }).action).toBe('deny');
    const nav = (url: string) => {
      let prevented = false;
      wc.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(nav('https://evil.example/')).toBe(true);
    expect(nav('javascript:alert(1)')).toBe(true);
    expect(nav(APP_URL)).toBe(false);
    expect(shell.opened).toEqual(['https://example.org/a', 'https://evil.example/']);
  });

  it('IPC drops calls from other senders and sub-frames, validates the rest', async () => {
    const store = openStore(tempDir());
    stores.push(store);
    const ipc = mockIpcMain();
    const ours = new MockWebContents();
    registerIpc(ipc, createServices(store), { trustedContents: () => [ours as unknown as WebContents], isAppUrl: (u) => u === APP_URL });
    const handler = ipc.handlers.get(IPC_CHANNEL)!;
    const call = (sender: unknown, url: string, parent: unknown, method: string, input: unknown) => handler({ sender, senderFrame: { url, parent } }, method, input) as Promise<{ ok: boolean; error?: { code: string } }>;
    expect((await call(ours, APP_URL, null, 'drafts.list', {})).ok).toBe(true);
    expect((await call(new MockWebContents(), APP_URL, null, 'drafts.list', {})).error?.code).toBe('forbidden');
    expect((await call(ours, 'https://evil.example/', null, 'drafts.list', {})).error?.code).toBe('forbidden');
    expect((await call(ours, APP_URL, { url: APP_URL }, 'drafts.list', {})).error?.code).toBe('forbidden');
    expect((await call(ours, APP_URL, null, 'drafts.get', { id: 5 })).error?.code).toBe('invalid-argument');
  });
});
