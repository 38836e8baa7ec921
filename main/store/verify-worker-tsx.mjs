// Loads the TypeScript verify worker when Redaksi runs from source (web mode under tsx, tests):
// a worker thread does not inherit tsx's loader. The Electron build bundles the worker instead
// (out/main/verify-worker.cjs, scripts/build.mjs).
import { register } from 'tsx/esm/api';

register();
await import(new URL('./verify-worker.ts', import.meta.url).href);
