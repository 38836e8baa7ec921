/**
 * The workstation's client for the newsroom hub (shared/api/hub-contract.ts). Inputs are
 * validated before they leave; the hub's refusals come back as ApiError with the hub's code,
 * message and detail; an unreachable hub is `remote` (offline: the caller keeps working locally).
 */
import { ApiError, type ApiErrorShape } from '../../shared/api/errors.js';
import { HUB_CALLS, type HubCall, type HubInput, type HubResults } from '../../shared/api/hub-contract.js';

export interface HubClient {
  readonly url: string;
  call<K extends HubCall>(name: K, input: HubInput<K>): Promise<HubResults[K]>;
}

export function normaliseHubUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ApiError('invalid-argument', `"${url}" is not a hub address (for example http://hub.newsroom.local:8470).`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ApiError('invalid-argument', 'A hub address starts with http:// or https://.');
  return u.origin;
}

export function createHubClient(url: string, token?: string, timeoutMs = 30_000): HubClient {
  const base = normaliseHubUrl(url);
  return {
    url: base,
    async call(name, input) {
      const valid = HUB_CALLS[name].parse(input);
      let res: Response;
      try {
        res = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(valid),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        const why = (e as { cause?: { code?: string } })?.cause?.code ?? (e instanceof Error ? e.message : String(e));
        throw new ApiError('remote', `The newsroom hub at ${base} is not reachable (${why}); your work stays on this computer and goes up at the next sync.`, { detail: { offline: true } });
      }
      let body: { ok: boolean; value?: unknown; error?: ApiErrorShape };
      try {
        body = (await res.json()) as typeof body;
      } catch {
        throw new ApiError('remote', `${base} answered ${res.status} without a hub answer: is this the address of a Redaksi hub?`, { detail: { offline: true } });
      }
      if (!body.ok) {
        const err = body.error ?? { code: 'remote', message: `The hub answered ${res.status}.` };
        throw new ApiError(err.code, err.message, { detail: { ...err.detail, status: res.status, ...(res.status === 503 ? { offline: true } : {}) } });
      }
      return body.value as HubResults[typeof name];
    },
  };
}

export const isOffline = (e: unknown) => e instanceof ApiError && e.detail?.offline === true;
