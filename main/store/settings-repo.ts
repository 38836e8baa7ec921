import type { Db } from './migrations/types.js';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model/draft.js';
import { parseJson } from './json.js';

/** Key/value settings; values are JSON. Unknown keys are kept (later versions may add some). */
export class SettingsRepo {
  private readonly allStmt;
  private readonly putStmt;
  private readonly getStmt;

  constructor(private readonly db: Db) {
    this.allStmt = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
    this.putStmt = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    this.getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  }

  all(): Settings {
    const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const { key, value } of this.allStmt.all()) {
      if (key in DEFAULT_SETTINGS) out[key] = parseJson(value, (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key]);
    }
    return out as unknown as Settings;
  }

  patch(values: Partial<Settings>): Settings {
    this.db.transaction(() => {
      for (const [k, v] of Object.entries(values)) if (v !== undefined) this.putStmt.run(k, JSON.stringify(v));
    })();
    return this.all();
  }

  /** raw access for other modules' own keys (e.g. encrypted CMS credentials) */
  getRaw(key: string): string | undefined {
    return this.getStmt.get(key)?.value;
  }

  putRaw(key: string, value: string): void {
    this.putStmt.run(key, value);
  }
}
