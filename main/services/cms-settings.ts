import { ApiError } from '../../shared/api/errors.js';
import type { CmsSummary, ParsedInputOf } from '../../shared/api/contract.js';
import type { CmsTarget } from '../../shared/model/export-target.js';
import { WEAK_PROTECTION_MESSAGE, type CredentialStore } from './cms/credentials.js';

/** Configure CMS sites from the settings panel; the secret goes to the first writable store only. */
export function cmsServices(stores: CredentialStore[]) {
  const describe = (cms: CmsTarget): CmsSummary => {
    for (const s of stores) {
      const d = s.describe(cms);
      if (d.configured) return { ...d, writable: s.writable };
    }
    const w = stores.find((s) => s.writable);
    return { configured: false, source: w?.source ?? 'none', writable: Boolean(w), ...(w?.weakProtection?.() ? { weakProtection: true } : {}) };
  };
  const writable = () => {
    const w = stores.find((s) => s.writable);
    if (!w) throw new ApiError('read-only', 'Here CMS credentials come from environment variables or a credentials file (start web mode with --credentials FILE to set them from the app).');
    return w;
  };
  return {
    'cms.describe': () => ({ wordpress: describe('wordpress'), ghost: describe('ghost') }),
    'cms.configure': (i: ParsedInputOf<'cms.configure'>) => {
      const store = writable();
      // never store a secret that is only obfuscated without the user saying yes to it
      if (store.weakProtection?.() && !i.acceptWeakProtection) throw new ApiError('conflict', WEAK_PROTECTION_MESSAGE, { detail: { weakProtection: true } });
      if (i.cms === 'wordpress') store.set('wordpress', { url: i.url, user: i.user, appPassword: i.appPassword });
      else store.set('ghost', { url: i.url, adminKey: i.adminKey });
      return describe(i.cms);
    },
    'cms.clear': (i: ParsedInputOf<'cms.clear'>) => {
      writable().clear(i.cms);
      return describe(i.cms);
    },
  };
}
