/**
 * Recorded reorganizations: the change list, and the rows a change replaced so it can be undone.
 * The rows are read from every table keyed by (year, unit_id), found from the schema itself, so a
 * table added later (ratings, member lists, …) is restored too without this file knowing it.
 */
import type { DB } from './open.ts';
import { prep } from './statements.ts';

export type RowSnapshot = Record<string, Record<string, unknown>[]>;

/** Tables keyed by (year, unit_id): figures, ratings, committees, member lists, and any added later. */
export function yearUnitTables(db: DB): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return tables
    .map((t) => t.name)
    .filter((name) => {
      const cols = (db.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => c.name);
      return cols.includes('year') && cols.includes('unit_id');
    })
    .sort();
}

/** Every row of a year that belongs to these units, table by table. */
export function snapshotRows(db: DB, year: number, unitIds: number[]): RowSnapshot {
  const out: RowSnapshot = {};
  const ids = JSON.stringify(unitIds);
  for (const t of yearUnitTables(db)) {
    out[t] = db.prepare(`SELECT * FROM "${t}" WHERE year = ? AND unit_id IN (SELECT value FROM json_each(?))`).all(year, ids) as Record<
      string,
      unknown
    >[];
  }
  return out;
}

/** Puts back a snapshot: the units' rows of that year are replaced by exactly the saved ones. */
export function restoreRows(db: DB, year: number, unitIds: number[], snap: RowSnapshot): void {
  const ids = JSON.stringify(unitIds);
  const tables = yearUnitTables(db);
  // unit_year last to delete, first to insert: the other tables name units that must exist.
  const order = ['unit_year', ...tables.filter((t) => t !== 'unit_year')];
  for (const t of [...order].reverse())
    db.prepare(`DELETE FROM "${t}" WHERE year = ? AND unit_id IN (SELECT value FROM json_each(?))`).run(year, ids);
  for (const t of order) {
    for (const row of snap[t] ?? []) {
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO "${t}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
        ...cols.map((c) => row[c] as never),
      );
    }
  }
}

/** The figures of a few units of a year (a province year holds 750.000; a merge needs two cells'). */
export function figuresOf(db: DB, year: number, unitIds: number[]): { unitId: number; indicator: string; value: number }[] {
  return db
    .prepare('SELECT unit_id AS unitId, indicator, value FROM figure WHERE year = ? AND unit_id IN (SELECT value FROM json_each(?))')
    .all(year, JSON.stringify(unitIds)) as { unitId: number; indicator: string; value: number }[];
}

export interface OrgChangeRow {
  id: number;
  year: number;
  date: string;
  kind: string;
  summary: string;
  undo: string;
}

export function insertChange(db: DB, c: Omit<OrgChangeRow, 'id'>): number {
  return Number(
    prep(db, 'INSERT INTO org_change (year, date, kind, summary, undo) VALUES (?, ?, ?, ?, ?)').run(
      c.year,
      c.date,
      c.kind,
      c.summary,
      c.undo,
    ).lastInsertRowid,
  );
}

export function setChangeUndo(db: DB, id: number, undo: string): void {
  prep(db, 'UPDATE org_change SET undo = ? WHERE id = ?').run(undo, id);
}

export function listChanges(db: DB, year?: number): OrgChangeRow[] {
  return (
    year === undefined
      ? db.prepare('SELECT * FROM org_change ORDER BY year, id').all()
      : db.prepare('SELECT * FROM org_change WHERE year = ? ORDER BY id').all(year)
  ) as OrgChangeRow[];
}

export function getChange(db: DB, id: number): OrgChangeRow | undefined {
  return prep(db, 'SELECT * FROM org_change WHERE id = ?').get(id) as OrgChangeRow | undefined;
}

/** Lineage events go with it (ON DELETE CASCADE). */
export function deleteChange(db: DB, id: number): void {
  prep(db, 'DELETE FROM org_change WHERE id = ?').run(id);
}

export function hasYear(db: DB, year: number): boolean {
  return prep(db, 'SELECT 1 FROM unit_year WHERE year = ? LIMIT 1').get(year) !== undefined;
}
