// Builds the renderer once for the whole e2e run; each test's server serves it with --no-build.
import { build } from 'vite';
import path from 'node:path';

export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would bundle React's development build (slow, and not what
  // users run); build the production renderer like `npm run web` does.
  const prev = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.resolve(__dirname, '..', '..', 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (prev === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = prev;
  }
}
