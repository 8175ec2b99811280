import type { DB } from './open.ts';
import { memoYear } from './cache.ts';
import { figureOf } from './version.ts';
import { prep } from './statements.ts';

export interface Indicator {
  code: string;
  name: string;
  builtin: boolean;
  partOf: string | null;
  sort: number;
}

export function listIndicators(db: DB): Indicator[] {
  return (
    db.prepare('SELECT code, name, builtin, part_of AS partOf, sort FROM indicator ORDER BY sort, code').all() as (Omit<
      Indicator,
      'builtin'
    > & { builtin: number })[]
  ).map((r) => ({ ...r, builtin: r.builtin === 1 }));
}

export function insertIndicator(db: DB, ind: { code: string; name: string; partOf: string | null }): void {
  const sort = (db.prepare('SELECT coalesce(max(sort), 0) + 10 AS s FROM indicator').get() as { s: number }).s;
  db.prepare('INSERT INTO indicator (code, name, builtin, part_of, sort) VALUES (?, ?, 0, ?, ?)').run(ind.code, ind.name, ind.partOf, sort);
}

export interface FigureRow {
  unitId: number;
  indicator: string;
  value: number;
}

export function figuresForYear(db: DB, year: number): FigureRow[] {
  return db.prepare('SELECT unit_id AS unitId, indicator, value FROM figure WHERE year = ?').all(year) as FigureRow[];
}

/** Rows a page of eachFigure: small enough to die young, large enough that the seeks cost nothing. */
const PAGE = 4096;

/**
 * Every figure of a year, indicator by indicator, as [unit id, value] pairs: no row objects and no
 * indicator text per figure (a province year has 750.000 figures; one pass with the indicator's
 * name on every row allocated some 85 MB). Read in pages along the key: a whole indicator at once
 * (25.000 pairs) outlived the young generation and grew the heap by some 30 MB over a year's check.
 */
export function eachFigure(
  db: DB,
  year: number,
  indicators: readonly string[],
  fn: (indicator: number, unitId: number, value: number) => void,
): void {
  const q = prep(
    db,
    `SELECT unit_id, value FROM figure WHERE year = ? AND indicator = ? AND unit_id > ? ORDER BY unit_id LIMIT ${PAGE}`,
  ).raw();
  indicators.forEach((code, j) => {
    for (let after = Number.MIN_SAFE_INTEGER; ;) {
      const page = q.all(year, code, after) as [number, number][];
      for (const [unitId, value] of page) fn(j, unitId, value);
      if (page.length < PAGE) break;
      after = page[page.length - 1]![0];
    }
  });
}

/** Some indicators for every unit of a year: unit → indicator → value. */
export function figuresByUnit(db: DB, year: number, indicators: readonly string[]): Map<number, Map<string, number>> {
  const rows = db
    .prepare('SELECT unit_id, indicator, value FROM figure WHERE year = ? AND indicator IN (SELECT value FROM json_each(?))')
    .raw()
    .all(year, JSON.stringify(indicators)) as [number, string, number][];
  const out = new Map<number, Map<string, number>>();
  for (const [unit, indicator, value] of rows) {
    let m = out.get(unit);
    if (!m) out.set(unit, (m = new Map()));
    m.set(indicator, value);
  }
  return out;
}

/**
 * One indicator for every unit of a year, as a map: the input of every breakdown. Kept per data
 * version (db/cache.ts): a document reads the same indicator for its structure and its targets.
 * Shared: read it, never change it.
 */
export function indicatorValues(db: DB, year: number, indicator: string): ReadonlyMap<number, number> {
  return memoYear(
    db,
    year,
    `values:${indicator}`,
    () => {
      const rows = db.prepare('SELECT unit_id, value FROM figure WHERE year = ? AND indicator = ?').raw().all(year, indicator) as [
        number,
        number,
      ][];
      return new Map(rows);
    },
    [figureOf(indicator)],
  );
}

export function setFigure(db: DB, year: number, unitId: number, indicator: string, value: number | null): void {
  if (value === null) {
    prep(db, 'DELETE FROM figure WHERE year = ? AND unit_id = ? AND indicator = ?').run(year, unitId, indicator);
  } else {
    prep(
      db,
      `INSERT INTO figure (year, unit_id, indicator, value) VALUES (?, ?, ?, ?)
       ON CONFLICT (year, indicator, unit_id) DO UPDATE SET value = excluded.value`,
    ).run(year, unitId, indicator, value);
  }
}

/**
 * Many figures of a year at once (an import), last write of a cell winning: one statement per indicator
 * over a JSON list. Row by row, the calls between JavaScript and SQLite cost more than the writes (a
 * province's member list, 290.000 figures: 0,68 s, against some 0,45 s this way).
 */
export function setFigures(db: DB, year: number, writes: Iterable<{ unitId: number; indicator: string; value: number | null }>): void {
  const byIndicator = new Map<string, Map<number, number | null>>();
  for (const w of writes) {
    let m = byIndicator.get(w.indicator);
    if (!m) byIndicator.set(w.indicator, (m = new Map()));
    m.set(w.unitId, w.value);
  }
  const put = prep(
    db,
    `INSERT INTO figure (year, unit_id, indicator, value) SELECT ?, j.value ->> 0, ?, j.value ->> 1 FROM json_each(?) j WHERE true
     ON CONFLICT (year, indicator, unit_id) DO UPDATE SET value = excluded.value`,
  );
  const clear = prep(db, 'DELETE FROM figure WHERE year = ? AND indicator = ? AND unit_id IN (SELECT value FROM json_each(?))');
  for (const [indicator, cells] of byIndicator) {
    const set: [number, number][] = [];
    const cleared: number[] = [];
    for (const [unitId, value] of cells) {
      if (value === null) cleared.push(unitId);
      else set.push([unitId, value]);
    }
    if (set.length) put.run(year, indicator, JSON.stringify(set));
    if (cleared.length) clear.run(year, indicator, JSON.stringify(cleared));
  }
}

export function getFigure(db: DB, year: number, unitId: number, indicator: string): number | null {
  const r = prep(db, 'SELECT value FROM figure WHERE year = ? AND unit_id = ? AND indicator = ?').get(year, unitId, indicator) as
    { value: number } | undefined;
  return r ? r.value : null;
}

/**
 * The entered figures of a few units (the rows of a grid window) as [unit id, indicator, value]: point
 * lookups on the key (year, indicator, unit). With `unit_id IN (…)` the planner scanned the whole year and
 * probed the list (58 ms for 100 units at province scale); CROSS JOIN fixes the order of the loops.
 */
export function figuresOfUnits(db: DB, year: number, unitIds: readonly number[]): [number, string, number][] {
  if (!unitIds.length) return [];
  return prep(
    db,
    `SELECT f.unit_id, f.indicator, f.value FROM json_each(?) j CROSS JOIN indicator i CROSS JOIN figure f
     WHERE f.year = ? AND f.indicator = i.code AND f.unit_id = j.value`,
  )
    .raw()
    .all(JSON.stringify(unitIds), year) as [number, string, number][];
}

/** One indicator of a year added up, and how many units have it: one range of the (year, indicator, unit_id) key. */
export function sumFigureOfYear(db: DB, year: number, indicator: string): { sum: number; count: number } {
  return prep(db, 'SELECT coalesce(sum(value), 0) AS sum, count(*) AS count FROM figure WHERE year = ? AND indicator = ?').get(
    year,
    indicator,
  ) as { sum: number; count: number };
}

/** One indicator of some units of a year, read by key. */
export function figureOfUnits(db: DB, year: number, indicator: string, unitIds: readonly number[]): number[] {
  if (!unitIds.length) return [];
  return prep(db, `SELECT f.value FROM json_each(?) j CROSS JOIN figure f WHERE f.year = ? AND f.indicator = ? AND f.unit_id = j.value`)
    .pluck()
    .all(JSON.stringify(unitIds), year, indicator) as number[];
}
