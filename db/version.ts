import type { DB } from './open.ts';
import { prep } from './statements.ts';

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

/** Tables whose rows each belong to one year: a write there changes that year only. */
export const YEAR_TABLES = ['unit_year', 'figure', 'unit_rating', 'member_rating', 'member_unrated', 'committee_member', 'member_person'];

/**
 * The columns that decide which rows a year has (`<table>#rows`: moved by inserts, deletes and
 * updates of these, not by a new value): what is missing in a year does not change when a figure
 * is corrected, and a year's coverage need not be counted again (stats/coverage.ts).
 */
const ROW_KEYS: Record<string, string[]> = {
  unit_year: ['year', 'unit_id', 'parent_id', 'kind'],
  figure: ['year', 'unit_id', 'indicator'],
  unit_rating: ['year', 'unit_id'],
  member_rating: ['year', 'unit_id', 'level'],
  member_unrated: ['year', 'unit_id'],
  committee_member: ['year', 'unit_id'],
  member_person: ['year', 'unit_id'],
};

/** The counter of which rows of `table` a year has (see ROW_KEYS). */
export const rowsOf = (table: string): string => `${table}#rows`;
/**
 * Tables every year is read with: settings, definitions, plans, the units' identities, lineage
 * (a year restated on today's structure). report_document and report_template are not here: a
 * cached value must not read them.
 */
export const FILE_TABLES = ['unit', 'indicator', 'grouping', 'setting', 'plan', 'target', 'lineage_event', 'org_change', 'rating_level'];

const EVERY_YEAR = 0;
const TABLE = 'tochuc_year_version';
/** `counter` is an SQL expression (a quoted name, or one built from the row). */
const bumpBy = (year: string, counter: string) =>
  `INSERT INTO ${TABLE} (year, tbl, v) VALUES (${year}, ${counter}, 1) ON CONFLICT (year, tbl) DO UPDATE SET v = v + 1;`;
const bump = (year: string, table: string) => bumpBy(year, `'${table}'`);
/** The same counter for OLD and, when the row moved, for NEW. */
const bumpMoved = (counter: (row: 'OLD' | 'NEW') => string, moved: string) =>
  `${bumpBy('OLD.year', counter('OLD'))} INSERT INTO ${TABLE} (year, tbl, v) SELECT NEW.year, ${counter('NEW')}, 1 WHERE ${moved} ON CONFLICT (year, tbl) DO UPDATE SET v = v + 1;`;

/**
 * The counter of one indicator's figures of a year: the grid's and the checks' columns
 * (stats/year-matrix.ts) and each indicator's values (db/figures.ts) are read again only for it.
 */
export const figureOf = (indicator: string): string => `figure:${indicator}`;
const FIGURE_OF = (row: 'OLD' | 'NEW') => `'figure:' || ${row}.indicator`;

/**
 * Per-connection counters of this connection's writes, by year, kept by TEMP triggers: nothing is
 * stored in the file, so a file of any schema version gets them, and a process that never reads a
 * cached value (an import, the province generator) never pays for them — they are installed at
 * the first cached read, and writes before it leave nothing cached to go stale. Another
 * connection's commits are seen through `data_version` instead, which moves every year at once.
 */
const tracking = new WeakMap<DB, boolean>();

/** The triggers of a year table: on insert, delete, update, and update of its row keys (ROW_KEYS). */
const YEAR_EVENTS = ['i', 'd', 'u', 'k'] as const;
const triggerName = (table: string, event: string) => `tochuc_v_${table}_${event}`;

function track(db: DB): boolean {
  let ok = tracking.get(db);
  if (ok !== undefined) return ok;
  try {
    const sql = [
      `CREATE TEMP TABLE IF NOT EXISTS ${TABLE} (year INTEGER NOT NULL, tbl TEXT NOT NULL, v INTEGER NOT NULL, PRIMARY KEY (year, tbl)) STRICT;`,
    ];
    const trigger = (table: string, name: string, event: string, body: string) =>
      `CREATE TEMP TRIGGER IF NOT EXISTS ${triggerName(table, name)} AFTER ${event} ON main.${table} BEGIN ${body} END;`;
    const bumpBoth = (counter: string) => bumpMoved(() => `'${counter}'`, 'NEW.year <> OLD.year');
    for (const t of YEAR_TABLES) {
      const figure = t === 'figure';
      sql.push(
        trigger(t, 'i', 'INSERT', bump('NEW.year', t) + bump('NEW.year', rowsOf(t)) + (figure ? bumpBy('NEW.year', FIGURE_OF('NEW')) : '')),
      );
      sql.push(
        trigger(t, 'd', 'DELETE', bump('OLD.year', t) + bump('OLD.year', rowsOf(t)) + (figure ? bumpBy('OLD.year', FIGURE_OF('OLD')) : '')),
      );
      sql.push(
        trigger(
          t,
          'u',
          'UPDATE',
          bumpBoth(t) + (figure ? bumpMoved(FIGURE_OF, 'NEW.year <> OLD.year OR NEW.indicator <> OLD.indicator') : ''),
        ),
      );
      sql.push(trigger(t, 'k', `UPDATE OF ${ROW_KEYS[t]!.join(', ')}`, bumpBoth(rowsOf(t))));
    }
    for (const t of FILE_TABLES)
      for (const e of ['INSERT', 'DELETE', 'UPDATE']) sql.push(trigger(t, e[0]!.toLowerCase(), e, bump(String(EVERY_YEAR), t)));
    db.exec(sql.join('\n'));
    ok = true;
  } catch (e) {
    // Asked while a statement is still being read: try again at the next read.
    if (String(e).includes('busy')) return false;
    // A read-only handle cannot take them: its values are then keyed on every change of the file.
    ok = false;
  }
  tracking.set(db, ok);
  return ok;
}

/**
 * A token that changes when the rows of `year` change (in `tables` only, when given: a year's tree
 * reads unit_year, not its figures), or what every year is read with, or when another connection
 * commits anything: an edit of 2025 leaves 2021–2024's tokens as they were.
 */
export function yearVersion(db: DB, year: number, tables?: readonly string[]): string {
  if (!track(db)) return dataVersion(db);
  const other = db.pragma('data_version', { simple: true }) as number;
  // Counters only grow and rows are only added: the list of them changes exactly when one of them does.
  const only = tables ? `AND (year = ${EVERY_YEAR} OR tbl IN (${tables.map(() => '?').join(', ')}))` : '';
  const sql = `SELECT group_concat(tbl || '=' || v, ',') AS t FROM (SELECT tbl, v FROM ${TABLE}
    WHERE year IN (?, ${EVERY_YEAR}) ${only} ORDER BY year, tbl)`;
  const r = prep(db, sql).get(year, ...(tables ?? [])) as { t: string | null };
  return `${other}:${r.t ?? ''}`;
}

/**
 * A bulk write of one year's rows with the row triggers above off, and the counters it would move moved
 * once at the end: a province's member list writes 100.000 members and 350.000 figures, and three
 * counter updates per row cost more than a second. Runs inside the caller's transaction, so a rollback
 * brings the triggers back with the data. `indicators`: the figures written (their counters move too).
 * Counters are moved whether or not a row changed: a cached value is recomputed, never left stale.
 */
export function bulkWrite<T>(db: DB, year: number, tables: readonly string[], indicators: Iterable<string>, write: () => T): T {
  if (!tracking.get(db) || !db.inTransaction) return write();
  for (const t of tables) for (const e of YEAR_EVENTS) db.exec(`DROP TRIGGER IF EXISTS temp.${triggerName(t, e)}`);
  const result = write();
  const counters = new Set<string>(tables.flatMap((t) => [t, rowsOf(t)]));
  if (tables.includes('figure')) for (const i of indicators) counters.add(figureOf(i));
  const bump = prep(db, `INSERT INTO ${TABLE} (year, tbl, v) VALUES (?, ?, 1) ON CONFLICT (year, tbl) DO UPDATE SET v = v + 1`);
  for (const c of counters) bump.run(year, c);
  tracking.delete(db);
  track(db);
  return result;
}
