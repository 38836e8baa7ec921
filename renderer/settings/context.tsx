import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model/draft.js';
import { translator, type Translate, type UiLang } from '../i18n/index.js';

interface AppCtx {
  settings: Settings;
  /** applies the patch at once and then as stored; with `wait`, only once it is stored */
  updateSettings: (patch: Partial<Settings>, opts?: { wait?: boolean }) => Promise<void>;
  /** puts a line on the desk's list of website leftovers (keep) or takes it off */
  deskFurnitureLine: (line: string, keep: boolean) => Promise<void>;
  /** puts a spelling on the desk's list of spellings that are right as written (keep) or takes it off */
  deskSpelling: (word: string, keep: boolean) => Promise<void>;
  t: Translate;
  lang: UiLang;
  loaded: boolean;
}

const Ctx = createContext<AppCtx | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    api['settings.get']({}).then(
      (s) => {
        setSettings({ ...DEFAULT_SETTINGS, ...s });
        setLoaded(true);
      },
      () => setLoaded(true),
    );
  }, []);

  // theme: "system" leaves the attribute off so prefers-color-scheme decides (styles.css)
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
    root.lang = settings.uiLanguage;
  }, [settings.theme, settings.uiLanguage]);

  const updateSettings = useCallback(async (patch: Partial<Settings>, opts?: { wait?: boolean }) => {
    if (!opts?.wait) setSettings((s) => ({ ...s, ...patch }));
    let next: Settings;
    try {
      next = await api['settings.set'](patch);
    } catch (e) {
      // the patch shown at once was not stored: show what is (the caller reports the error)
      if (!opts?.wait) api['settings.get']({}).then((s) => setSettings({ ...DEFAULT_SETTINGS, ...s }), () => undefined);
      throw e;
    }
    setSettings({ ...DEFAULT_SETTINGS, ...next });
  }, []);

  const deskFurnitureLine = useCallback(async (line: string, keep: boolean) => {
    const next = await api[keep ? 'settings.deskFurniture.add' : 'settings.deskFurniture.remove']({ line });
    setSettings({ ...DEFAULT_SETTINGS, ...next });
  }, []);

  const deskSpelling = useCallback(async (word: string, keep: boolean) => {
    const next = await api[keep ? 'settings.deskSpellings.add' : 'settings.deskSpellings.remove']({ word });
    setSettings({ ...DEFAULT_SETTINGS, ...next });
  }, []);

  const value = useMemo<AppCtx>(
    () => ({ settings, updateSettings, deskFurnitureLine, deskSpelling, t: translator(settings.uiLanguage), lang: settings.uiLanguage, loaded }),
    [settings, updateSettings, deskFurnitureLine, deskSpelling, loaded],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useApp(): AppCtx {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside SettingsProvider');
  return v;
}
