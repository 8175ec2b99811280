/**
 * The checks a reader would make on a year: parents against their cells and parts against wholes (the
 * rule every writer of figures also uses, figures/consistency.ts), and cells without members.
 */
import type { DB } from '../db/open.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { FigureCheck, treeRows } from '../figures/consistency.ts';
import type { Finding } from '../figures/finding.schema.ts';
import { at, yearMatrix } from './year-matrix.ts';

export type Warning = Finding;

export function checkYear(db: DB, year: number): Warning[] {
  const m = yearMatrix(db, year);
  const { tree, indicators, rowOf, entered } = m;
  const col = new Map(indicators.map((ind, j) => [ind.code, j]));
  // The matrix's rows as the check numbers them (both are the tree's depth-first order, mapped by id all the same).
  const { order } = treeRows(tree);
  const matrixRow = Int32Array.from(order, (o) => rowOf.get(o.unit.id) ?? -1);
  const column = (code: string) => {
    const j = col.get(code);
    return (row: number) => {
      const i = matrixRow[row]!;
      const v = j === undefined || i < 0 ? NaN : entered[at(m, i, j)]!;
      return Number.isNaN(v) ? undefined : v;
    };
  };
  const check = new FigureCheck(tree, indicators, column);
  const out = check.findings();
  for (const u of tree.units) {
    if (CELL_KINDS.includes(u.kind) && tree.isLeaf(u.id) && check.entered(u.id, 'dang_vien') === undefined) {
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
