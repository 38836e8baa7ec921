/**
 * Builds a RedaksiApi from one send function: the preload (over IPC) and the browser
 * shim (over HTTP) both use it, so neither can drift from the contract.
 */
import { ApiError, type Envelope } from './errors.js';
import { METHOD_NAMES, type InputOf, type MethodName, type OutputOf, type RedaksiApi } from './contract.js';

export type Send = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

export function buildClient(send: Send): RedaksiApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (input: unknown) => {
      const reply = await send(method, input ?? {});
      if (reply.ok) return reply.value;
      throw new ApiError(reply.error.code, reply.error.message, { ...(reply.error.issues ? { issues: reply.error.issues } : {}), ...(reply.error.detail ? { detail: reply.error.detail } : {}) });
    };
  }
  return api as RedaksiApi;
}

export const IPC_CHANNEL = 'redaksi:call';

/**
 * What the preload exposes: the same calls, answering envelopes instead of throwing. Electron's
 * contextBridge passes only an error's message across worlds, so the code ('blocked', 'remote',
 * 'conflict'…) would be lost if the preload threw; the renderer turns envelopes into ApiErrors.
 */
export type RedaksiBridge = { [M in MethodName]: (input: InputOf<M>) => Promise<Envelope<OutputOf<M>>> };

export function buildBridge(send: Send): RedaksiBridge {
  const bridge: Record<string, (input: unknown) => Promise<Envelope<unknown>>> = {};
  for (const method of METHOD_NAMES) bridge[method] = (input: unknown) => send(method, input ?? {});
  return bridge as RedaksiBridge;
}
