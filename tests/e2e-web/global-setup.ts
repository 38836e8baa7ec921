// Builds the renderer once for the whole e2e run; each test's server serves it with --no-build.
import { build } from 'vite';
import path from 'node:path';

export default async function setup(): Promise<void> {
  await build({ configFile: path.resolve(__dirname, '..', '..', 'vite.config.ts'), logLevel: 'warn' });
}
