import type { DB } from './open.ts';

export function readSettings(db: DB): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[]) {
    out[r.key] = JSON.parse(r.value);
  }
  return out;
}

export function writeSetting(db: DB, key: string, value: unknown): void {
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}
