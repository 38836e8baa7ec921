/**
 * IPC transport (electron/fiddle's shape): one channel, every message dropped unless it comes
 * from one of our own windows showing our own page, then validated and dispatched.
 * Electron types are imported as types only, so this module runs under Vitest with a mock.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Services } from '../../shared/api/contract.js';
import { IPC_CHANNEL } from '../../shared/api/client.js';
import type { Envelope } from '../../shared/api/errors.js';
import { dispatch, type Logger } from './dispatch.js';

export interface IpcOptions {
  /** the web contents of our own windows, at the time of the call */
  trustedContents: () => Iterable<WebContents>;
  /** is this URL our renderer (file:// of the built app or the dev server)? */
  isAppUrl: (url: string) => boolean;
  log?: Logger;
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, opts: IpcOptions): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false; // sub-frames never talk to main
  if (![...opts.trustedContents()].includes(event.sender)) return false;
  return opts.isAppUrl(frame.url);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, services: Services, opts: IpcOptions): () => void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, opts)) {
      opts.log?.(`refused IPC from untrusted sender ${event.senderFrame?.url ?? '(none)'}`);
      return { ok: false, error: { code: 'forbidden', message: 'This window may not call Redaksi.' } };
    }
    return dispatch(services, method, input, opts.log);
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
