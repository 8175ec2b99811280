import type { DB } from './open.ts';
import { memo } from './cache.ts';
import { prep } from './statements.ts';
import type { UnitKind } from './codes.ts';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  sector: string | null;
  unitType: string | null;
  sort: number;
}

const SELECT_UNITS = `
  SELECT u.id, u.code, y.name, y.kind, y.parent_id AS parentId, y.sector, y.unit_type AS unitType, y.sort
  FROM unit_year y JOIN unit u ON u.id = y.unit_id
  WHERE y.year = ?`;

export function listUnits(db: DB, year: number): UnitRow[] {
  return db.prepare(`${SELECT_UNITS} ORDER BY y.sort, u.id`).all(year) as UnitRow[];
}

export function getUnit(db: DB, year: number, unitId: number): UnitRow | undefined {
  return prep(db, `${SELECT_UNITS} AND y.unit_id = ?`).get(year, unitId) as UnitRow | undefined;
}

/** The units directly under one unit, in tree order (index unit_year_parent). */
export function childUnits(db: DB, year: number, parentId: number): UnitRow[] {
  // Sorted here: with ORDER BY in SQL the planner walks the year by unit_year_sort, 25.000 rows per call.
  const rows = prep(db, `${SELECT_UNITS} AND y.parent_id = ?`).all(year, parentId) as UnitRow[];
  return rows.sort((a, b) => a.sort - b.sort || a.id - b.id);
}

export function findUnitIdByCode(db: DB, code: string): number | undefined {
  return (prep(db, 'SELECT id FROM unit WHERE code = ?').get(code) as { id: number } | undefined)?.id;
}

/** Asked several times a call (a document checks its years, finds the one before…): kept per data version. */
export function listYears(db: DB): number[] {
  return memo(db, 'years', () =>
    (db.prepare('SELECT DISTINCT year FROM unit_year ORDER BY year').all() as { year: number }[]).map((r) => r.year),
  ).slice();
}

export function countChildren(db: DB, year: number, unitId: number): number {
  return (prep(db, 'SELECT count(*) AS n FROM unit_year WHERE year = ? AND parent_id = ?').get(year, unitId) as { n: number }).n;
}

export function insertUnit(db: DB, code: string): number {
  return Number(prep(db, 'INSERT INTO unit (code) VALUES (?)').run(code).lastInsertRowid);
}

export function nextUnitCode(db: DB, prefix: string): string {
  const rows = db.prepare("SELECT code FROM unit WHERE code LIKE ? || '%'").all(prefix) as { code: string }[];
  let max = 0;
  for (const { code } of rows) {
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

export interface UnitYearInput {
  name: string;
  kind: UnitKind;
  parentId: number | null;
  sector: string | null;
  unitType: string | null;
  sort?: number;
}

export function putUnitYear(db: DB, year: number, unitId: number, u: UnitYearInput): void {
  prep(
    db,
    `INSERT INTO unit_year (year, unit_id, name, kind, parent_id, sector, unit_type, sort)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (year, unit_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
       parent_id = excluded.parent_id, sector = excluded.sector, unit_type = excluded.unit_type, sort = excluded.sort`,
  ).run(year, unitId, u.name, u.kind, u.parentId, u.sector, u.unitType, u.sort ?? 0);
}

export function maxSort(db: DB, year: number): number {
  return (prep(db, 'SELECT coalesce(max(sort), 0) AS s FROM unit_year WHERE year = ?').get(year) as { s: number }).s;
}

export function setUnitName(db: DB, year: number, unitId: number, name: string): void {
  prep(db, 'UPDATE unit_year SET name = ? WHERE year = ? AND unit_id = ?').run(name, year, unitId);
}

export function setUnitParent(db: DB, year: number, unitId: number, parentId: number): void {
  prep(db, 'UPDATE unit_year SET parent_id = ? WHERE year = ? AND unit_id = ?').run(parentId, year, unitId);
}

/** A unit's place and kind together: an upgrade changes both at once. */
export function setUnitPlace(db: DB, year: number, unitId: number, parentId: number | null, kind: UnitKind): void {
  prep(db, 'UPDATE unit_year SET parent_id = ?, kind = ? WHERE year = ? AND unit_id = ?').run(parentId, kind, year, unitId);
}

/** Codes are one per unit across years: renumbering after a merge renames the code everywhere. */
export function setUnitCode(db: DB, unitId: number, code: string): void {
  prep(db, 'UPDATE unit SET code = ? WHERE id = ?').run(code, unitId);
}

export function unitCode(db: DB, unitId: number): string | undefined {
  return (prep(db, 'SELECT code FROM unit WHERE id = ?').get(unitId) as { code: string } | undefined)?.code;
}

/** Years a unit appears in: a unit created by an undone change and present nowhere else is deleted. */
export function yearsOfUnit(db: DB, unitId: number): number[] {
  return (prep(db, 'SELECT year FROM unit_year WHERE unit_id = ? ORDER BY year').all(unitId) as { year: number }[]).map((r) => r.year);
}

export function deleteUnit(db: DB, unitId: number): void {
  prep(db, 'DELETE FROM unit WHERE id = ?').run(unitId);
}

/** A unit leaves the tree of a year with everything recorded for it that year. */
export function removeUnitFromYear(db: DB, year: number, unitId: number): void {
  prep(db, 'DELETE FROM figure WHERE year = ? AND unit_id = ?').run(year, unitId);
  prep(db, 'DELETE FROM unit_rating WHERE year = ? AND unit_id = ?').run(year, unitId);
  prep(db, 'DELETE FROM member_rating WHERE year = ? AND unit_id = ?').run(year, unitId);
  prep(db, 'DELETE FROM member_unrated WHERE year = ? AND unit_id = ?').run(year, unitId);
  prep(db, 'DELETE FROM committee_member WHERE year = ? AND unit_id = ?').run(year, unitId);
  prep(db, 'DELETE FROM unit_year WHERE year = ? AND unit_id = ?').run(year, unitId);
}

export function copyTree(db: DB, fromYear: number, toYear: number): number {
  return db
    .prepare(
      `INSERT INTO unit_year (year, unit_id, name, kind, parent_id, sector, unit_type, sort)
       SELECT ?, unit_id, name, kind, parent_id, sector, unit_type, sort FROM unit_year WHERE year = ?`,
    )
    .run(toYear, fromYear).changes;
}

export type LineageKind = 'create' | 'rename' | 'move' | 'merge' | 'split' | 'dissolve' | 'upgrade' | 'succeed';

export interface LineageEvent {
  id: number;
  year: number;
  kind: LineageKind;
  fromUnitId: number | null;
  toUnitId: number | null;
  note: string | null;
  /** The day the new state began ('YYYY-MM-DD'), when the change gave one. */
  date?: string | null;
  /** The recorded change (org_change) this event belongs to; undoing it removes the event. */
  changeId?: number | null;
}

export function addLineage(db: DB, e: Omit<LineageEvent, 'id'>): void {
  prep(db, 'INSERT INTO lineage_event (year, kind, from_unit_id, to_unit_id, note, date, change_id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    e.year,
    e.kind,
    e.fromUnitId,
    e.toUnitId,
    e.note,
    e.date ?? null,
    e.changeId ?? null,
  );
}

export function listLineage(db: DB): LineageEvent[] {
  return db
    .prepare(
      'SELECT id, year, kind, from_unit_id AS fromUnitId, to_unit_id AS toUnitId, note, date, change_id AS changeId FROM lineage_event ORDER BY year, id',
    )
    .all() as LineageEvent[];
}

export function lineageOf(db: DB, unitId: number): LineageEvent[] {
  return db
    .prepare(
      `SELECT id, year, kind, from_unit_id AS fromUnitId, to_unit_id AS toUnitId, note, date, change_id AS changeId FROM lineage_event
       WHERE from_unit_id = ? OR to_unit_id = ? ORDER BY year, id`,
    )
    .all(unitId, unitId) as LineageEvent[];
}

/** Every name a unit has had, by year: the visible history of a renamed unit. */
export function namesOf(db: DB, unitId: number): { year: number; name: string; parentId: number | null }[] {
  return db.prepare('SELECT year, name, parent_id AS parentId FROM unit_year WHERE unit_id = ? ORDER BY year').all(unitId) as {
    year: number;
    name: string;
    parentId: number | null;
  }[];
}
