import path from 'node:path';
import { envCredentialStore, fileCredentialStore, type CredentialStore } from '../services/cms/credentials.js';

/**
 * Where web mode and the CLI read CMS credentials (Electron uses safeStorage instead):
 * environment variables first, then a JSON file the user names with --credentials FILE or
 * REDAKSI_CMS_CREDENTIALS. Never the database.
 */
export function nodeCredentialStores(argv: string[], env: NodeJS.ProcessEnv = process.env, warn: (m: string) => void = (m) => process.stderr.write(`warning: ${m}\n`)): CredentialStore[] {
  const stores: CredentialStore[] = [envCredentialStore(env)];
  const i = argv.indexOf('--credentials');
  const file = i >= 0 ? argv[i + 1] : env.REDAKSI_CMS_CREDENTIALS;
  if (file) stores.push(fileCredentialStore(path.resolve(file), { warn }));
  return stores;
}
