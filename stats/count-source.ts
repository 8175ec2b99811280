/**
 * Where a breakdown's numbers come from. A breakdown definition (stats/definitions.ts) is turned
 * into rows once, in stats/counting.ts; what differs between a year as the file holds it and a
 * year restated on today's structure (stats/restate.ts) is only how units are counted by a key:
 * one SQL aggregate over the file (db/aggregates.ts: 25.000 units without building a tree), or a
 * walk over a tree already in memory.
 */
import type { DB } from '../db/open.ts';
import type { UnitRow } from '../db/units.ts';
import { indicatorValues } from '../db/figures.ts';
import { aggregateUnits, sumOverCells } from '../db/aggregates.ts';
import { BASE_ORG_KINDS, CELL_KINDS } from '../org/catalog.ts';
import { unitScaleFor } from '../org/ratings.ts';
import type { Population } from './definitions.ts';
import type { UnitFilter } from './unit-filter.ts';
import type { YearData } from './year-data.ts';

export type Field = 'baseSector' | 'unitType' | 'rating';

/** Units and members that share a key, and (tree source only) which units they are. */
export interface Keyed {
  /** Index of the first matching group (-1: none), or the field's stored value (null: not set). */
  key: string | number | null;
  units: number;
  members: number;
  ids?: number[];
}

/**
 * Counts of one year. Keys come in the order the year's units are met (the tree's order: sort,
 * then id), so a value outside the catalog lands in the same place from either source.
 */
export interface CountSource {
  year: number;
  /** The rating scale the year's unit ratings are stored in. */
  scale: string;
  byGroup(population: Population, groups: UnitFilter[]): Keyed[];
  byField(population: Population, field: Field): Keyed[];
  /** An indicator summed over the year's cells (chi bộ trực thuộc and chi bộ cơ sở). */
  overCells(indicator: string): number;
}

export function matches(f: UnitFilter, u: UnitRow, baseSector: string | null): boolean {
  if (f.kind && !f.kind.includes(u.kind)) return false;
  if (f.sector && !(u.sector !== null && f.sector.includes(u.sector))) return false;
  if (f.baseSector && !(baseSector !== null && f.baseSector.includes(baseSector))) return false;
  if (f.unitType && !(u.unitType !== null && f.unitType.includes(u.unitType))) return false;
  return true;
}

/** The file's own year, counted in SQL. */
export function sqlSource(db: DB, year: number): CountSource {
  return {
    year,
    scale: unitScaleFor(year),
    byGroup: (population, groups) => aggregateUnits(db, year, population, { groups }),
    byField: (population, field) => aggregateUnits(db, year, population, { field }),
    overCells: (indicator) => sumOverCells(db, year, indicator),
  };
}

/** A year held in memory (loaded, or restated with its own leaf figures). */
export function treeSource(db: DB, year: number, data: YearData): CountSource {
  const { tree } = data;
  const population = (p: Population) => {
    const kinds = p === 'cells' ? CELL_KINDS : BASE_ORG_KINDS;
    return tree.units.filter((u) => kinds.includes(u.kind));
  };
  const tally = (units: UnitRow[], keyOf: (u: UnitRow) => string | number | null): Keyed[] => {
    const out = new Map<string | number | null, Keyed>();
    for (const u of units) {
      const key = keyOf(u);
      let k = out.get(key);
      if (!k) out.set(key, (k = { key, units: 0, members: 0, ids: [] }));
      k.units += 1;
      k.members += data.members.get(u.id) ?? 0;
      k.ids!.push(u.id);
    }
    return [...out.values()];
  };
  const baseSector = (u: UnitRow) => tree.baseOrgOf(u.id)?.sector ?? null;
  return {
    year,
    scale: data.scale,
    byGroup: (p, groups) => tally(population(p), (u) => groups.findIndex((f) => matches(f, u, baseSector(u)))),
    byField: (p, field) =>
      tally(population(p), (u) =>
        field === 'rating' ? (data.ratings.get(u.id) ?? null) : field === 'unitType' ? u.unitType : baseSector(u),
      ),
    overCells: (indicator) => {
      const values =
        indicator === 'dang_vien' ? data.members : tree.rollup(data.leafValues?.(indicator) ?? indicatorValues(db, year, indicator));
      return tree.units.filter((u) => CELL_KINDS.includes(u.kind)).reduce((s, u) => s + (values.get(u.id) ?? 0), 0);
    },
  };
}
