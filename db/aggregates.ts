/**
 * Breakdowns as single SQL aggregates (issue 8): at province scale, loading every unit of a year
 * into an OrgTree and rolling up in TypeScript took 150–450 ms a breakdown; one GROUP BY over the
 * same rows takes a fraction of that. The results equal the OrgTree path for every tree
 * org/operations can build: cells (chi bộ) are leaves, and a unit's base organization is itself,
 * its parent or its grandparent (ALLOWED_PARENTS allows nothing deeper).
 */
import type { DB } from './open.ts';
import { prep } from './statements.ts';

/** The shape of stats' UnitFilter, repeated here so db/ does not depend on stats/. */
export interface SqlUnitFilter {
  kind?: string[];
  sector?: string[];
  baseSector?: string[];
  unitType?: string[];
}

export type Population = 'cells' | 'baseOrgs';
export type AggregateKey = { groups: SqlUnitFilter[] } | { field: 'baseSector' | 'unitType' | 'rating' };

export interface AggregateRow {
  /** Index of the first matching group (-1: none), or the field's value (null: not set). */
  key: string | number | null;
  units: number;
  members: number;
}

export const BASE = "('baseCommittee','baseCell')";
export const KINDS: Record<Population, string> = { cells: "('cell','baseCell')", baseOrgs: BASE };

/** Every unit of the population with what groups need: the sector of its base organization (and which one it is). */
export const POPULATION = (kinds: string) => `
  SELECT y.unit_id AS id, y.kind, y.sector, y.unit_type, y.sort,
    CASE WHEN y.kind IN ${BASE} THEN y.sector WHEN p.kind IN ${BASE} THEN p.sector WHEN g.kind IN ${BASE} THEN g.sector END AS base_sector,
    CASE WHEN y.kind IN ${BASE} THEN y.unit_id WHEN p.kind IN ${BASE} THEN p.unit_id WHEN g.kind IN ${BASE} THEN g.unit_id END AS base_id
  FROM unit_year y
  LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
  LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
  WHERE y.year = @year AND y.kind IN ${kinds}`;

/** Leaves of the year with their figure and their base organization (rollup counts only leaves). */
const LEAVES = `
  SELECT y.unit_id AS id, f.value AS v,
    CASE WHEN y.kind IN ${BASE} THEN y.unit_id WHEN p.kind IN ${BASE} THEN p.unit_id WHEN g.kind IN ${BASE} THEN g.unit_id END AS base_id
  FROM unit_year y
  JOIN figure f ON f.year = y.year AND f.indicator = @indicator AND f.unit_id = y.unit_id
  LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
  LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
  WHERE y.year = @year AND NOT EXISTS (SELECT 1 FROM unit_year c WHERE c.year = y.year AND c.parent_id = y.unit_id)`;

/**
 * Rows (key, units, members, first) to be summed by key. Cells are leaves and carry their own
 * figure; a base organization gets its units from itself and its members from the leaves under
 * it, each leaf looked up to its base organization's row so the key is computed on that row.
 * (Joining a pre-aggregated table of members instead makes SQLite scan it once per unit.)
 */
function contributions(population: Population, keyExpr: string): string {
  if (population === 'cells') {
    return `SELECT ${keyExpr} AS key, 1 AS units, coalesce(f.value, 0) AS members, pop.sort * 4294967296 + pop.id AS first
      FROM (${POPULATION(KINDS.cells)}) pop
      LEFT JOIN figure f ON f.year = @year AND f.indicator = @indicator AND f.unit_id = pop.id`;
  }
  return `SELECT ${keyExpr} AS key, 1 AS units, 0 AS members, pop.sort * 4294967296 + pop.id AS first FROM (${POPULATION(BASE)}) pop
    UNION ALL
    SELECT ${keyExpr}, 0, l.v, NULL
    FROM (${LEAVES}) l
    JOIN (SELECT b.unit_id AS id, b.kind, b.sector, b.unit_type, b.sector AS base_sector FROM unit_year b WHERE b.year = @year) pop ON pop.id = l.base_id`;
}

function inList(column: string, values: string[], params: Record<string, unknown>): string {
  const names = values.map((v) => {
    const name = `p${Object.keys(params).length}`;
    params[name] = v;
    return `@${name}`;
  });
  return `${column} IN (${names.join(', ')})`;
}

/** First matching group wins, as in stats/breakdown.ts; an empty filter matches every unit. */
export function groupCase(groups: SqlUnitFilter[], params: Record<string, unknown>): string {
  if (groups.length === 0) return '-1';
  const whens = groups.map((f, i) => {
    const conds: string[] = [];
    if (f.kind) conds.push(inList('pop.kind', f.kind, params));
    if (f.sector) conds.push(inList('pop.sector', f.sector, params));
    if (f.baseSector) conds.push(inList('pop.base_sector', f.baseSector, params));
    if (f.unitType) conds.push(inList('pop.unit_type', f.unitType, params));
    return `WHEN ${conds.length ? conds.join(' AND ') : '1'} THEN ${i}`;
  });
  return `CASE ${whens.join(' ')} ELSE -1 END`;
}

const FIELD: Record<'baseSector' | 'unitType' | 'rating', string> = {
  baseSector: 'pop.base_sector',
  unitType: 'pop.unit_type',
  rating: '(SELECT r.level FROM unit_rating r WHERE r.year = @year AND r.unit_id = pop.id)',
};

/**
 * Units and members of a population grouped by a key, one row per key, ordered by the first unit
 * (in tree order: sort, then id) that has it, the order in which the OrgTree path meets them.
 */
export function aggregateUnits(db: DB, year: number, population: Population, key: AggregateKey, indicator = 'dang_vien'): AggregateRow[] {
  const params: Record<string, unknown> = { year, indicator };
  const keyExpr = 'groups' in key ? groupCase(key.groups, params) : FIELD[key.field];
  const sql = `SELECT key, sum(units) AS units, sum(members) AS members, min(first) AS first
    FROM (${contributions(population, keyExpr)}) GROUP BY key ORDER BY first`;
  return (prep(db, sql).all(params) as (AggregateRow & { first: number })[]).map(({ key: k, units, members }) => ({
    key: k,
    units,
    members,
  }));
}

/** The sum of an indicator over the cells of a year (chi bộ trực thuộc and chi bộ cơ sở). */
export function sumOverCells(db: DB, year: number, indicator: string): number {
  const sql = `SELECT coalesce(sum(f.value), 0) AS s FROM unit_year y
    JOIN figure f ON f.year = y.year AND f.indicator = @indicator AND f.unit_id = y.unit_id
    WHERE y.year = @year AND y.kind IN ${KINDS.cells}`;
  return (prep(db, sql).get({ year, indicator }) as { s: number }).s;
}
