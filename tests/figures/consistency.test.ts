/** The rule on a hand-made tree: a committee over a base committee with a partial committee, cells at two depths. */
import { describe, expect, it } from 'vitest';
import { OrgTree } from '../../org/tree.ts';
import type { UnitRow } from '../../db/units.ts';
import { FigureCheck, treeRows } from '../../figures/consistency.ts';

const unit = (id: number, name: string, kind: UnitRow['kind'], parentId: number | null): UnitRow => ({
  id,
  code: `U${id}`,
  name,
  kind,
  parentId,
  sector: null,
  unitType: null,
  sort: id,
});

// 1 committee ─ 2 base committee ─ 3 partial committee ─ 4, 5 cells
//                                ─ 6 cell
//             ─ 7 base cell
const tree = new OrgTree([
  unit(1, 'Huyện', 'committee', null),
  unit(2, 'Xã A', 'baseCommittee', 1),
  unit(3, 'Bộ phận B', 'subCommittee', 2),
  unit(4, 'Chi bộ 4', 'cell', 3),
  unit(5, 'Chi bộ 5', 'cell', 3),
  unit(6, 'Chi bộ 6', 'cell', 2),
  unit(7, 'Chi bộ cơ sở 7', 'baseCell', 1),
]);
const indicators = [
  { code: 'dang_vien', name: 'Đảng viên', partOf: null },
  { code: 'nu', name: 'Đảng viên nữ', partOf: 'dang_vien' },
];
const checkOf = (values: Record<string, Record<number, number>>) =>
  new FigureCheck(tree, indicators, (code) => (_row, id) => values[code]?.[id]);

describe('FigureCheck', () => {
  it('adds cells only, whatever is entered for the units in between', () => {
    const c = checkOf({ dang_vien: { 3: 999, 4: 10, 5: 20, 6: 5, 7: 8 } });
    expect(c.cells(2, 'dang_vien')).toEqual({ sum: 35, missing: 0 });
    expect(c.cells(1, 'dang_vien')).toEqual({ sum: 43, missing: 0 });
    expect(c.findings().map((f) => [f.unitId, f.message])).toEqual([
      [3, 'Bộ phận B: "Đảng viên" nhập 999 nhưng tổng các đơn vị trực thuộc là 30 (lệch 969).'],
    ]);
  });

  it('a missing cell is a lower bound, never 0, at every level above it', () => {
    const c = checkOf({ dang_vien: { 1: 40, 2: 30, 4: 10, 6: 5, 7: 8 } });
    expect(c.cells(2, 'dang_vien')).toEqual({ sum: 15, missing: 1 });
    // 2: 30 ≥ 15 entered, one missing — passes; 1: 40 ≥ 23 — passes.
    expect(c.findings()).toEqual([]);
    const below = checkOf({ dang_vien: { 1: 40, 2: 14, 4: 10, 6: 5, 7: 8 } });
    expect(below.findings().map((f) => f.message)).toEqual([
      'Xã A: "Đảng viên" nhập 14 nhưng riêng các đơn vị trực thuộc đã nhập đã là 15 (còn 1 đơn vị chưa nhập).',
    ]);
  });

  it('a write is checked where it can be wrong: itself, its parts, and the units above a cell (only against their cells)', () => {
    const c = checkOf({ dang_vien: { 1: 1, 2: 30, 4: 10, 5: 20, 6: 5, 7: 8 }, nu: { 1: 99, 4: 11 } });
    const at = c.affectedBy([{ unitId: 4, indicator: 'dang_vien' }]);
    // unit → 'full' (against cells, whole and parts) or 'cells' (only against its cells)
    const listed = (set: typeof at, code: string) =>
      Object.fromEntries(
        treeRows(tree)
          .order.map((o, i) => [o.unit.id, set.get(code)?.[i] ?? 0] as const)
          .filter(([, f]) => f & 3)
          .map(([id, f]) => [id, f & 2 ? 'full' : 'cells']),
      );
    expect(listed(at, 'dang_vien')).toEqual({ 4: 'full', 3: 'cells', 2: 'cells', 1: 'cells' });
    expect(listed(at, 'nu')).toEqual({ 4: 'full' });
    // A parent written with a cell under it keeps its full check, and the units above it are still listed.
    const both = c.affectedBy([
      { unitId: 2, indicator: 'nu' },
      { unitId: 4, indicator: 'nu' },
    ]);
    expect(listed(both, 'nu')).toEqual({ 2: 'full', 4: 'full', 3: 'cells', 1: 'cells' });
    // The committee's own "nữ" above its members is old and not this write's: not said here, said by checks.year.
    expect(c.findings(at).map((f) => [f.kind, f.unitId])).toEqual([
      ['parentMismatch', 1],
      ['parentMismatch', 2],
      ['partExceedsWhole', 4],
    ]);
    expect(c.findings().map((f) => [f.kind, f.unitId])).toEqual([
      ['parentMismatch', 1],
      ['parentMismatch', 2],
      ['partExceedsWhole', 1],
      ['partExceedsWhole', 4],
    ]);
  });
});
