import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Redaksi';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for this app,
 * so the desktop app, web mode and the CLI open the same drafts by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.REDAKSI_DATA_DIR) return path.resolve(env.REDAKSI_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** `--data-dir DIR` or `--data-dir=DIR` from argv, else the default. */
export function dataDirFromArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i >= 0) {
    const a = argv[i]!;
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
    if (!v) throw new Error('--data-dir needs a folder');
    return path.resolve(v);
  }
  return defaultDataDir(env);
}
