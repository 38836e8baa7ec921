/**
 * The only bridge between the page and main: an object that `satisfies` the contract, built
 * from it, over one IPC channel. No raw ipcRenderer, no Node, nothing else reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildClient, IPC_CHANNEL } from '../shared/api/client.js';
import type { RedaksiApi } from '../shared/api/contract.js';
import type { Envelope } from '../shared/api/errors.js';

const api = buildClient((method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope<unknown>>) satisfies RedaksiApi;

contextBridge.exposeInMainWorld('redaksi', api);

// Menu actions arrive as a DOM event on the page (strings only), so the page never sees ipcRenderer.
ipcRenderer.on('redaksi:menu', (_event, action: unknown) => {
  if (typeof action === 'string') window.dispatchEvent(new CustomEvent('redaksi-menu', { detail: action }));
});
