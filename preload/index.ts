/**
 * The only bridge between the page and main: an object that `satisfies` the contract's bridge
 * type, built from the contract, over one IPC channel. No raw ipcRenderer, no Node, nothing
 * else reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, IPC_CHANNEL, type RedaksiBridge } from '../shared/api/client.js';
import type { Envelope } from '../shared/api/errors.js';

const bridge = buildBridge((method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope<unknown>>) satisfies RedaksiBridge;

contextBridge.exposeInMainWorld('redaksi', bridge);

// Menu actions arrive as a DOM event on the page (strings only), so the page never sees ipcRenderer.
ipcRenderer.on('redaksi:menu', (_event, action: unknown) => {
  if (typeof action === 'string') window.dispatchEvent(new CustomEvent('redaksi-menu', { detail: action }));
});
