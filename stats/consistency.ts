/** The checks a reader would make: parents against the sum of their children, parts against wholes, missing figures. */
import type { DB } from '../db/open.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { yearMatrix } from './year-matrix.ts';
import { formatInt } from '../format/vi.ts';

export interface Warning {
  kind: 'parentMismatch' | 'partExceedsWhole' | 'missing';
  unitId: number;
  unitName: string;
  indicator: string;
  message: string;
}

export function checkYear(db: DB, year: number): Warning[] {
  const { tree, indicators, rows, rowOf, entered, sums } = yearMatrix(db, year);
  const k = indicators.length;
  const col = new Map(indicators.map((ind, j) => [ind.code, j]));
  // Warnings come unit by unit in the order of their ids within each indicator, as they always have.
  const byId = [...rowOf].sort((a, b) => a[0] - b[0]);
  const out: Warning[] = [];
  indicators.forEach((ind, j) => {
    for (const [unitId, i] of byId) {
      const value = entered[i * k + j]!;
      if (Number.isNaN(value) || tree.isLeaf(unitId)) continue;
      const sum = sums[i * k + j]!;
      if (sum !== value) {
        const u = rows[i]!.unit;
        out.push({
          kind: 'parentMismatch',
          unitId,
          unitName: u.name,
          indicator: ind.code,
          message: `${u.name}: "${ind.name}" nhập ${formatInt(value)} nhưng tổng các đơn vị trực thuộc là ${formatInt(sum)} (lệch ${formatInt(value - sum)}).`,
        });
      }
    }
    const w = ind.partOf ? col.get(ind.partOf) : undefined;
    if (ind.partOf) {
      const wholeName = indicators.find((i) => i.code === ind.partOf)?.name ?? ind.partOf;
      for (const [unitId, i] of byId) {
        const value = entered[i * k + j]!;
        const whole = w === undefined ? NaN : entered[i * k + w]!;
        if (!Number.isNaN(value) && !Number.isNaN(whole) && value > whole) {
          const u = rows[i]!.unit;
          out.push({
            kind: 'partExceedsWhole',
            unitId,
            unitName: u.name,
            indicator: ind.code,
            message: `${u.name}: "${ind.name}" (${formatInt(value)}) lớn hơn "${wholeName}" (${formatInt(whole)}).`,
          });
        }
      }
    }
  });
  const members = col.get('dang_vien');
  for (const u of tree.units) {
    const i = rowOf.get(u.id);
    const missing = members === undefined || i === undefined || Number.isNaN(entered[i * k + members]!);
    if (CELL_KINDS.includes(u.kind) && tree.isLeaf(u.id) && missing) {
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
