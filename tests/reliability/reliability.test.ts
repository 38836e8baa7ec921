/**
 * Issue 7's reliability suite in one file so that it can print one summary table at the end:
 * the SIGKILL crash loop (crash.suite.ts) and the storage faults (faults.suite.ts).
 */
import { afterAll } from 'vitest';
import { printSummary } from './harness.js';
import './crash.suite.js';
import './faults.suite.js';

afterAll(() => printSummary());
