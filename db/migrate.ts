import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

let cached: Migration[] | undefined;

/** Read once per process: the files ship with the program and do not change while it runs. */
export function loadMigrations(): Migration[] {
  return (cached ??= readdirSync(migrationsDir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(migrationsDir, f), 'utf8') })));
}

export const latestVersion = (): number => Math.max(0, ...loadMigrations().map((m) => m.version));

/**
 * Applies pending migrations, all in one transaction, after copying the file aside:
 * a failed or interrupted migration leaves the old file untouched and a copy beside it.
 */
export function migrate(db: Database, opts: { upTo?: number; backupPath?: string } = {}): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = loadMigrations().filter((m) => m.version > current && m.version <= (opts.upTo ?? Infinity));
  if (pending.length === 0) return current;
  if (current > 0 && opts.backupPath) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(db.name, opts.backupPath);
  }
  const target = pending[pending.length - 1]!.version;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${target}`);
  })();
  return target;
}
