// Builds the desktop app: main and preload bundled by esbuild (CommonJS, as Electron's sandboxed
// preload requires), the renderer by Vite. `--renderer` builds only the renderer (web mode, e2e).
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.includes('--renderer') ? 'renderer' : process.argv.includes('--main') ? 'main' : 'all';

if (only !== 'renderer') {
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
  await esbuild({ ...common, entryPoints: [path.join(root, 'main/index.ts')], outfile: path.join(root, 'out/main/index.cjs'), external: ['electron', 'better-sqlite3', 'jsdom'] });
  await esbuild({ ...common, entryPoints: [path.join(root, 'main/store/archive-worker.ts')], outfile: path.join(root, 'out/main/archive-worker.cjs'), external: ['better-sqlite3'] });
  await esbuild({ ...common, entryPoints: [path.join(root, 'main/store/verify-worker.ts')], outfile: path.join(root, 'out/main/verify-worker.cjs'), external: ['better-sqlite3'] });
  await esbuild({ ...common, entryPoints: [path.join(root, 'preload/index.ts')], outfile: path.join(root, 'out/preload/index.cjs'), external: ['electron'] });
}
if (only !== 'main') {
  await vite({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
console.log(`built ${only}`);
