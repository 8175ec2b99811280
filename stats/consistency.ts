/** The checks a reader would make: parents against the sum of their children, parts against wholes, missing figures. */
import type { DB } from '../db/open.ts';
import { figuresForYear, listIndicators } from '../db/figures.ts';
import { listUnits } from '../db/units.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { OrgTree } from '../org/tree.ts';
import { formatInt } from '../format/vi.ts';

export interface Warning {
  kind: 'parentMismatch' | 'partExceedsWhole' | 'missing';
  unitId: number;
  unitName: string;
  indicator: string;
  message: string;
}

export function checkYear(db: DB, year: number): Warning[] {
  const tree = new OrgTree(listUnits(db, year));
  const indicators = listIndicators(db);
  const entered = new Map<string, Map<number, number>>();
  for (const f of figuresForYear(db, year)) {
    let m = entered.get(f.indicator);
    if (!m) entered.set(f.indicator, (m = new Map()));
    m.set(f.unitId, f.value);
  }
  const out: Warning[] = [];
  for (const ind of indicators) {
    const values = entered.get(ind.code) ?? new Map<number, number>();
    const sums = tree.rollup(values);
    for (const [unitId, value] of values) {
      const u = tree.byId.get(unitId);
      if (!u || tree.isLeaf(unitId)) continue;
      const sum = sums.get(unitId) ?? 0;
      if (sum !== value) {
        out.push({
          kind: 'parentMismatch', unitId, unitName: u.name, indicator: ind.code,
          message: `${u.name}: "${ind.name}" nhập ${formatInt(value)} nhưng tổng các đơn vị trực thuộc là ${formatInt(sum)} (lệch ${formatInt(value - sum)}).`,
        });
      }
    }
    if (ind.partOf) {
      const whole = entered.get(ind.partOf) ?? new Map<number, number>();
      const wholeName = indicators.find((i) => i.code === ind.partOf)?.name ?? ind.partOf;
      for (const [unitId, value] of values) {
        const w = whole.get(unitId);
        const u = tree.byId.get(unitId);
        if (u && w !== undefined && value > w) {
          out.push({
            kind: 'partExceedsWhole', unitId, unitName: u.name, indicator: ind.code,
            message: `${u.name}: "${ind.name}" (${formatInt(value)}) lớn hơn "${wholeName}" (${formatInt(w)}).`,
          });
        }
      }
    }
  }
  const members = entered.get('dang_vien') ?? new Map<number, number>();
  for (const u of tree.units) {
    if (CELL_KINDS.includes(u.kind) && tree.isLeaf(u.id) && !members.has(u.id)) {
      out.push({ kind: 'missing', unitId: u.id, unitName: u.name, indicator: 'dang_vien', message: `${u.name}: chưa nhập số đảng viên năm ${year}.` });
    }
  }
  return out;
}
