/**
 * Values computed from the file, kept while the data they come from does not change: the year's
 * tree and what is derived from it (scopes, sums), a year's breakdowns, plan evaluations of past
 * and present years. A value of one year is keyed on yearVersion(db, year), which moves with every
 * write of this connection to that year's rows or to what every year is read with, and with every
 * commit of another connection; a value of the whole file on dataVersion(db), which moves with any
 * write. So an edit of 2025 keeps 2021–2024's values, and a cached value is never older than the
 * data it came from. Bounded per connection: a province year's tree is some 25.000 units, and a
 * session asks for a handful of years.
 */
import type { DB } from './open.ts';
import { dataVersion, yearVersion } from './version.ts';

// A conference report over five years keeps about 93 values (trees, breakdowns, coverage, each
// scope's counts per year): with 64 it evicted its own past years and every one was computed again
// after an edit of the current year (province: 1.697 ms of CPU against 210 ms with room for them).
const MAX_ENTRIES = 128;

/** What a value is computed from: one year's rows (of these tables only, when given), or the whole file. */
export interface Deps {
  year: number;
  tables?: readonly string[];
}

interface Entry {
  version: string;
  deps: Deps | null;
  value: unknown;
}
const slots = new WeakMap<DB, Map<string, Entry>>();

const versionOf = (db: DB, deps: Deps | null) => (deps === null ? dataVersion(db) : yearVersion(db, deps.year, deps.tables));

/**
 * `compute()` once per key and version of its data: of one year when `deps` says so, else of the
 * whole file. The value is shared, so callers treat it as read-only.
 */
export function memo<T>(db: DB, key: string, compute: () => T, deps: Deps | null = null): T {
  let slot = slots.get(db);
  if (!slot) slots.set(db, (slot = new Map()));
  const version = versionOf(db, deps);
  const hit = slot.get(key);
  slot.delete(key);
  if (hit && hit.version === version) {
    // Most recently used last: the oldest entry is the first to go.
    slot.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  // Inside a transaction the data may yet be rolled back, and with it the counters the version is
  // read from: nothing computed there is kept. A computation that wrote describes older data: not kept.
  if (!db.inTransaction && versionOf(db, deps) === version) {
    slot.set(key, { version, deps, value });
    if (slot.size > MAX_ENTRIES) {
      // Values of older versions go first (they can never be returned), then the least recently used.
      const stale = [...slot].find(([, e]) => e.version !== versionOf(db, e.deps));
      slot.delete(stale ? stale[0] : slot.keys().next().value!);
    }
  }
  return value;
}

/** memo() for a value read from one year's rows (of these tables only, when given). */
export function memoYear<T>(db: DB, year: number, key: string, compute: () => T, tables?: readonly string[]): T {
  return memo(db, `${key}@${year}`, compute, { year, tables });
}

/** Forgets every cached value of a connection (the benchmark's all-caches-empty figure). */
export function clearCaches(db: DB): void {
  slots.delete(db);
}
