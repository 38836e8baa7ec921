import type { Migration } from './types.js';
import { migration as m001 } from './001_core.js';

/** Every migration, in order. Add the next number at the end; never edit a shipped one. */
export const MIGRATIONS: Migration[] = [m001];
