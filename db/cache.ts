/**
 * Values computed from the file, kept while its data does not change: the year's tree and what is
 * derived from it (scopes, sums), plan evaluations of past and present years. Keyed on
 * dataVersion(db), which moves with every write of this connection and every commit of another,
 * so a cached value is never older than the data it came from. One slot per connection, bounded:
 * a province year's tree is some 25.000 units, and a session asks for a handful of years.
 */
import type { DB } from './open.ts';
import { dataVersion } from './version.ts';

const MAX_ENTRIES = 48;

interface Slot {
  version: string;
  entries: Map<string, unknown>;
}
const slots = new WeakMap<DB, Slot>();

/** `compute()` once per data version and key; the value is shared, so callers treat it as read-only. */
export function memo<T>(db: DB, key: string, compute: () => T): T {
  const version = dataVersion(db);
  let slot = slots.get(db);
  if (!slot || slot.version !== version) slots.set(db, (slot = { version, entries: new Map() }));
  if (slot.entries.has(key)) {
    const v = slot.entries.get(key) as T;
    // Most recently used last: the oldest entry is the first to go.
    slot.entries.delete(key);
    slot.entries.set(key, v);
    return v;
  }
  const value = compute();
  // A computation that wrote (the version moved) describes data older than the file's: not kept.
  if (dataVersion(db) === version) {
    slot.entries.set(key, value);
    if (slot.entries.size > MAX_ENTRIES) slot.entries.delete(slot.entries.keys().next().value!);
  }
  return value;
}

/** Forgets every cached value of a connection (the benchmark measures the first call after an edit). */
export function clearCaches(db: DB): void {
  slots.delete(db);
}
