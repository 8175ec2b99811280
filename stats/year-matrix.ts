/**
 * A year's figures as two dense tables, unit (in tree order) × indicator: what was entered and what
 * the cells below add up to. The figures grid and the year's checks read the same ~750.000 figures of
 * a province; held as objects and per-indicator maps they took some 200 MB at a time, as numbers in
 * two typed arrays they take about 10 MB.
 */
import type { DB } from '../db/open.ts';
import { eachFigure, listIndicators, type Indicator } from '../db/figures.ts';
import { type UnitRow } from '../db/units.ts';
import type { OrgTree } from '../org/tree.ts';
import { orgTreeOf } from '../org/year-tree.ts';

export interface YearMatrix {
  tree: OrgTree;
  indicators: Indicator[];
  /** Units in tree order (depth first), with their depth. */
  rows: { unit: UnitRow; depth: number }[];
  rowOf: Map<number, number>;
  /** rows × indicators; NaN where nothing was entered. */
  entered: Float64Array;
  /** rows × indicators; what the cells under each unit add up to (a cell: its own entered value, 0 when none). */
  sums: Float64Array;
}

export function yearMatrix(db: DB, year: number): YearMatrix {
  const indicators = listIndicators(db);
  const tree = orgTreeOf(db, year);
  const rows = tree.ordered();
  const rowOf = new Map<number, number>();
  rows.forEach((r, i) => rowOf.set(r.unit.id, i));
  const k = indicators.length;
  const entered = new Float64Array(rows.length * k).fill(NaN);
  eachFigure(
    db,
    year,
    indicators.map((ind) => ind.code),
    (j, unitId, value) => {
      const i = rowOf.get(unitId);
      if (i !== undefined) entered[i * k + j] = value;
    },
  );
  // Children come after their parent in depth-first order: going backwards, a unit's total is complete
  // when it is reached, and is added to its parent's.
  const sums = new Float64Array(rows.length * k);
  for (let i = rows.length - 1; i >= 0; i--) {
    const u = rows[i]!.unit;
    if (tree.isLeaf(u.id))
      for (let j = 0; j < k; j++) {
        const v = entered[i * k + j]!;
        sums[i * k + j] = Number.isNaN(v) ? 0 : v;
      }
    const p = u.parentId === null ? undefined : rowOf.get(u.parentId);
    if (p !== undefined) for (let j = 0; j < k; j++) sums[p * k + j]! += sums[i * k + j]!;
  }
  return { tree, indicators, rows, rowOf, entered, sums };
}
