import type { DB } from './open.ts';

/**
 * A token that changes whenever the file's data changes: `data_version` moves when another
 * connection (the CLI, web mode) commits, `total_changes()` when this connection writes. Caches
 * and previews key on it; it is not persistent and means nothing across processes.
 */
export function dataVersion(db: DB): string {
  const other = db.pragma('data_version', { simple: true }) as number;
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${other}.${own}`;
}
