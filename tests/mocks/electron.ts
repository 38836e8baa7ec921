/**
 * A stand-in for the `electron` module (electron/fiddle's tests/mocks idiom) so main-process
 * code runs under Vitest where no Electron binary exists. Only what our code touches.
 */
import { EventEmitter } from 'node:events';

export class MockWebContents extends EventEmitter {
  windowOpenHandler: ((d: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' | 'allow' }) {
    this.windowOpenHandler = h;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors Electron's own listener type
type Listener = (event: any, ...args: any[]) => unknown;

export function mockIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel: string, fn: Listener): void => void handlers.set(channel, fn),
    removeHandler: (channel: string): void => void handlers.delete(channel),
  };
}

export function mockShell() {
  const opened: string[] = [];
  return { opened, openExternal: async (url: string) => void opened.push(url) };
}
