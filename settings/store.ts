import type { DB } from '../db/open.ts';
import { readSettings, writeSetting } from '../db/settings.ts';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema.ts';

/** Stored keys over the defaults: a file from an older version still reads as complete settings. */
export function getSettings(db: DB): Settings {
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...readSettings(db) });
}

export function updateSettings(db: DB, patch: Partial<Settings>): Settings {
  const next = settingsSchema.parse({ ...getSettings(db), ...patch });
  db.transaction(() => {
    for (const [k, v] of Object.entries(patch)) writeSetting(db, k, (next as Record<string, unknown>)[k] ?? v);
  })();
  return next;
}
