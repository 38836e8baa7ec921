/**
 * The facts-base calls, typed from the contract entries 'facts.*' ('facts.list', 'facts.add',
 * 'facts.update', 'facts.retire', 'facts.import', 'facts.export'). They go through the one `api`
 * object like every other call; this wrapper only lets the panel say "not available in this
 * build" instead of crashing when main does not serve them (the client only has methods the
 * contract lists).
 */
import { api } from '../api/index.js';
import type { Fact } from '../../shared/analysis/facts/base.js';

export type { Fact };

export interface FactInput {
  subject: string;
  attribute: string;
  value: string;
  unit?: string;
  /** YYYY-MM-DD or '' */
  asOf?: string;
  source?: string;
}

export interface FactsApi {
  'facts.list': (i: { includeRetired?: boolean }) => Promise<Fact[]>;
  'facts.add': (i: FactInput) => Promise<Fact>;
  'facts.update': (i: { id: string; patch: Partial<FactInput> }) => Promise<Fact>;
  'facts.retire': (i: { id: string }) => Promise<Fact>;
  'facts.import': (i: { format: 'csv' | 'json'; text: string }) => Promise<{ added: number; updated?: number; retired?: number }>;
  'facts.export': (i: { format: 'csv' | 'json' }) => Promise<{ text: string }>;
}

const loose = api as unknown as Partial<FactsApi>;

export function factsAvailable(): boolean {
  return typeof loose['facts.list'] === 'function';
}

export const factsApi: FactsApi = new Proxy({} as FactsApi, {
  get(_t, name: string) {
    const fn = (loose as Record<string, unknown>)[name];
    if (typeof fn === 'function') return fn;
    return () => Promise.reject(new Error('The facts base is not available in this build.'));
  },
});
