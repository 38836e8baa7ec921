/**
 * The only bridge between the page and main: an object that `satisfies` the contract's bridge
 * type, built from the contract, over one IPC channel. No raw ipcRenderer, no Node, nothing
 * else reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, IPC_CHANNEL, type RedaksiBridge } from '../shared/api/client.js';
import type { Envelope } from '../shared/api/errors.js';
import { isMenuAction, MENU_CHANNEL, MENU_EVENT } from '../shared/api/menu.js';

const bridge = buildBridge((method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input) as Promise<Envelope<unknown>>) satisfies RedaksiBridge;

contextBridge.exposeInMainWorld('redaksi', bridge);

// Menu actions arrive as a DOM event on the page (known actions only), so the page never sees ipcRenderer.
ipcRenderer.on(MENU_CHANNEL, (_event, action: unknown) => {
  if (isMenuAction(action)) window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: action }));
});
