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
  // Only parents can differ from their leaves, and few figures exceed their whole: sorting every unit
  // of the year once per call grew faster than the year (2,24× from one to two provinces).
  const parents = [...rowOf].filter(([unitId]) => !tree.isLeaf(unitId)).sort((a, b) => a[0] - b[0]);
  const out: Warning[] = [];
  indicators.forEach((ind, j) => {
    for (const [unitId, i] of parents) {
      const value = entered[i * k + j]!;
      if (Number.isNaN(value)) continue;
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
    if (ind.partOf && w !== undefined) {
      const wholeName = indicators.find((i) => i.code === ind.partOf)?.name ?? ind.partOf;
      const over: number[] = [];
      for (let i = 0; i < rows.length; i++) {
        const value = entered[i * k + j]!;
        const whole = entered[i * k + w]!;
        if (!Number.isNaN(value) && !Number.isNaN(whole) && value > whole) over.push(i);
      }
      over.sort((a, b) => rows[a]!.unit.id - rows[b]!.unit.id);
      for (const i of over) {
        const u = rows[i]!.unit;
        out.push({
          kind: 'partExceedsWhole',
          unitId: u.id,
          unitName: u.name,
          indicator: ind.code,
          message: `${u.name}: "${ind.name}" (${formatInt(entered[i * k + j]!)}) lớn hơn "${wholeName}" (${formatInt(entered[i * k + w]!)}).`,
        });
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
