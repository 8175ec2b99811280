/**
 * A year's figures as two dense tables, unit (in tree order) × indicator: what was entered and what
 * the cells below add up to. The figures grid and the year's checks read the same ~750.000 figures of
 * a province; held as objects and per-indicator maps they took some 200 MB at a time, as numbers in
 * two typed arrays they take about 10 MB. Kept per year (db/cache.ts), column by column: an edit of
 * one indicator's figures reads that indicator's column again, not the year's 600.000 figures.
 */
import type { DB } from '../db/open.ts';
import { eachFigure, listIndicators, type Indicator } from '../db/figures.ts';
import { type UnitRow } from '../db/units.ts';
import { memoYear } from '../db/cache.ts';
import { figureOf, yearVersion } from '../db/version.ts';
import type { OrgTree } from '../org/tree.ts';
import { orgTreeOf } from '../org/year-tree.ts';
import { treeRows } from '../figures/consistency.ts';

export interface YearMatrix {
  tree: OrgTree;
  indicators: Indicator[];
  /** Units in tree order (depth first), with their depth: treeRows(tree)'s rows, shared, read-only. */
  rows: readonly { unit: UnitRow; depth: number }[];
  rowOf: ReadonlyMap<number, number>;
  /** Indicator by indicator, each a column over the rows (`at`); NaN where nothing was entered. */
  entered: Float64Array;
  /** As `entered`: what the cells under each unit add up to (a cell: its own entered value, 0 when none). */
  sums: Float64Array;
  /** As `entered`: how many cells under each unit have nothing entered (a cell: 1 when it has not). */
  missing: Int32Array;
}

/**
 * Where a row's figure of indicator j is in `entered` and `sums`. Column by column: a check or a sum walks
 * one indicator over every row, and with the rows side by side it reads memory in order (row by row, each
 * step was a cache line of its own, and two provinces' check took 2,3 times one province's).
 */
export function at(m: YearMatrix, row: number, j: number): number {
  return j * m.rows.length + row;
}

interface Held {
  matrix: YearMatrix;
  /** The version of each indicator's figures the column was read at ('' : not read). */
  read: string[];
}

/** Shared and read-only: the grid and the checks read it, nothing writes into it. */
export function yearMatrix(db: DB, year: number): YearMatrix {
  // Inside a transaction the data may be rolled back with the versions it was read at: read afresh.
  if (db.inTransaction) {
    const fresh = shape(db, year);
    fresh.read.forEach((_, j) => readColumn(db, year, fresh.matrix, j));
    return fresh.matrix;
  }
  const held = memoYear(db, year, 'matrix', () => shape(db, year), ['unit_year']);
  held.matrix.indicators.forEach((ind, j) => {
    const version = yearVersion(db, year, [figureOf(ind.code)]);
    if (held.read[j] === version) return;
    readColumn(db, year, held.matrix, j);
    held.read[j] = version;
  });
  return held.matrix;
}

function shape(db: DB, year: number): Held {
  const indicators = listIndicators(db);
  const tree = orgTreeOf(db, year);
  // The rows of the year's check (figures/consistency.ts treeRows), so a row is the same row in both.
  const { order: rows, rowOf } = treeRows(tree);
  const size = rows.length * indicators.length;
  return {
    matrix: {
      tree,
      indicators,
      rows,
      rowOf,
      entered: new Float64Array(size).fill(NaN),
      sums: new Float64Array(size),
      missing: new Int32Array(size),
    },
    read: indicators.map(() => ''),
  };
}

/** Column j read from the file, and its sums up the tree. */
function readColumn(db: DB, year: number, m: YearMatrix, j: number): void {
  const { rows, rowOf, entered, sums, missing } = m;
  const { parentRow, leaf } = treeRows(m.tree);
  const base = at(m, 0, j);
  entered.fill(NaN, base, base + rows.length);
  eachFigure(db, year, [m.indicators[j]!.code], (_, unitId, value) => {
    const i = rowOf.get(unitId);
    if (i !== undefined) entered[base + i] = value;
  });
  // Children come after their parent in depth-first order: going backwards, a unit's total is complete
  // when it is reached, and is added to its parent's.
  sums.fill(0, base, base + rows.length);
  missing.fill(0, base, base + rows.length);
  for (let i = rows.length - 1; i >= 0; i--) {
    if (leaf[i]) {
      const v = entered[base + i]!;
      if (Number.isNaN(v)) missing[base + i] = 1;
      else sums[base + i] = v;
    }
    const p = parentRow[i]!;
    if (p >= 0) {
      sums[base + p]! += sums[base + i]!;
      missing[base + p]! += missing[base + i]!;
    }
  }
}

/** Column j's totals over the rows (views, not copies): what figures/consistency.ts FigureCheck counts itself otherwise. */
export function columnTotals(m: YearMatrix, j: number): { sum: Float64Array; missing: Int32Array } {
  const base = at(m, 0, j);
  return { sum: m.sums.subarray(base, base + m.rows.length), missing: m.missing.subarray(base, base + m.rows.length) };
}
