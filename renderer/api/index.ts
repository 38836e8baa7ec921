/**
 * The renderer's one door to main. In Electron the preload bridge exposes `window.redaksi`
 * (built from the contract over IPC); in web mode we build the same API over HTTP with the
 * per-run token the server printed in the URL fragment (never sent in a Referer or logged).
 */
import { buildClient, type RedaksiApi, type RedaksiBridge } from '../../shared/api/index.js';
import type { Envelope } from '../../shared/api/errors.js';

declare global {
  interface Window {
    redaksi?: RedaksiBridge;
  }
}

const TOKEN_KEY = 'redaksi.token';

function webToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    // drop the token from the address bar so it is not shared by copy-paste or screenshots
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** calls sent as the tab goes away (pagehide): keepalive lets the request outlive the page */
const FAREWELL_CALLS: ReadonlySet<string> = new Set(['newsroom.lease.release']);

function httpApi(): RedaksiApi {
  const token = webToken();
  return buildClient(async (method, input) => {
    let res: Response;
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-redaksi-token': token },
        body: JSON.stringify(input),
        keepalive: FAREWELL_CALLS.has(method),
      });
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: `The Redaksi server cannot be reached (${String(e)}).` } };
    }
    try {
      return (await res.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${res.status} without a readable reply.` } };
    }
  });
}

function electronApi(bridge: RedaksiBridge): RedaksiApi {
  return buildClient((method, input) => (bridge[method] as (i: unknown) => Promise<Envelope<unknown>>)(input));
}

export const api: RedaksiApi = window.redaksi ? electronApi(window.redaksi) : httpApi();
export const isElectron = Boolean(window.redaksi);
