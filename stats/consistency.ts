/**
 * The checks a reader would make on a year: parents against their cells and parts against wholes (the
 * rule every writer of figures also uses, figures/consistency.ts), and cells without members.
 */
import type { DB } from '../db/open.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { FigureCheck } from '../figures/consistency.ts';
import type { Finding } from '../figures/finding.schema.ts';
import { yearMatrix } from './year-matrix.ts';

export type Warning = Finding;

export function checkYear(db: DB, year: number): Warning[] {
  const { tree, indicators, rowOf, entered } = yearMatrix(db, year);
  const k = indicators.length;
  const col = new Map(indicators.map((ind, j) => [ind.code, j]));
  const valueAt = (unitId: number, code: string): number | undefined => {
    const i = rowOf.get(unitId);
    const j = col.get(code);
    if (i === undefined || j === undefined) return undefined;
    const v = entered[i * k + j]!;
    return Number.isNaN(v) ? undefined : v;
  };
  const out = new FigureCheck(tree, indicators, valueAt).findings();
  for (const u of tree.units) {
    if (CELL_KINDS.includes(u.kind) && tree.isLeaf(u.id) && valueAt(u.id, 'dang_vien') === undefined) {
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
