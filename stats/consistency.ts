/**
 * The checks a reader would make on a year: parents against their cells and parts against wholes (the
 * rule every writer of figures also uses, figures/consistency.ts), and cells without members.
 */
import type { DB } from '../db/open.ts';
import type { UnitRow } from '../db/units.ts';
import type { OrgTree } from '../org/tree.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { FigureCheck, treeRows } from '../figures/consistency.ts';
import type { Finding } from '../figures/finding.schema.ts';
import { at, columnTotals, yearMatrix } from './year-matrix.ts';

export type Warning = Finding;

/** The tree's cells that have no units under them, in the tree's list order, with their rows: kept with the tree, which never changes. */
const cellsOf = new WeakMap<OrgTree, [number, UnitRow][]>();
function leafCells(tree: OrgTree): [number, UnitRow][] {
  let cells = cellsOf.get(tree);
  if (!cells) {
    const { rowOf } = treeRows(tree);
    cells = tree.units.filter((u) => CELL_KINDS.includes(u.kind) && tree.isLeaf(u.id)).map((u) => [rowOf.get(u.id)!, u]);
    cellsOf.set(tree, cells);
  }
  return cells;
}

export function checkYear(db: DB, year: number): Warning[] {
  const m = yearMatrix(db, year);
  const { tree, indicators, entered } = m;
  const col = new Map(indicators.map((ind, j) => [ind.code, j]));
  // The matrix's rows are the check's (stats/year-matrix.ts takes them from treeRows).
  const column = (code: string) => {
    const j = col.get(code);
    return (row: number) => {
      const v = j === undefined ? NaN : entered[at(m, row, j)]!;
      return Number.isNaN(v) ? undefined : v;
    };
  };
  const check = new FigureCheck(tree, indicators, column, (code) => {
    const j = col.get(code);
    return j === undefined ? undefined : columnTotals(m, j);
  });
  const out = check.findings();
  const members = column('dang_vien');
  for (const [row, u] of leafCells(tree)) {
    if (members(row) === undefined) {
      out.push({
        kind: 'missing',
        unitId: u.id,
        unitName: u.name,
        indicator: 'dang_vien',
        message: `${u.name}: chưa nhập số đảng viên năm ${year}.`,
      });
    }
  }
  return out;
}
