// After each end-to-end test file: no web server of its own still running, no data folder left.
import { afterAll } from 'vitest';
import { cleanupWeb } from './harness.js';

afterAll(cleanupWeb);
