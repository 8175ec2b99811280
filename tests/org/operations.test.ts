import { describe, expect, it } from 'vitest';
import { openDemo } from '../helpers/db.ts';
import { createUnit, dissolveUnit, mergeUnits, moveUnit, renameUnit, splitUnit, startYear } from '../../org/operations.ts';
import { listUnits, lineageOf } from '../../db/units.ts';
import { getFigure } from '../../db/figures.ts';
import { breakdown } from '../../stats/breakdown.ts';

const find = (db: ReturnType<typeof openDemo>, year: number, name: string, parent?: string) => {
  const units = listUnits(db, year);
  const p = parent ? units.find((u) => u.name === parent) : undefined;
  return units.find((u) => u.name === name && (!p || u.parentId === p.id))!;
};

describe('organization changes', () => {
  it('merges cells, adding up their figures, and records the lineage', () => {
    const db = openDemo();
    const a = find(db, 2019, 'Chi bộ thôn 1', 'Đảng bộ xã Cấn Hữu');
    const b = find(db, 2019, 'Chi bộ thôn 2', 'Đảng bộ xã Cấn Hữu');
    const va = getFigure(db, 2019, a.id, 'dang_vien')!,
      vb = getFigure(db, 2019, b.id, 'dang_vien')!;
    const id = mergeUnits(db, 2019, [a.id, b.id], { name: 'Chi bộ thôn Hữu Cấn' });
    expect(getFigure(db, 2019, id, 'dang_vien')).toBe(va + vb);
    const r = breakdown(db, 2019);
    expect(r.rows[0]!.units).toBe(220);
    expect(r.total.members).toBe(7101);
    expect(
      lineageOf(db, id)
        .filter((e) => e.kind === 'merge')
        .map((e) => e.fromUnitId)
        .sort(),
    ).toEqual([a.id, b.id].sort());
  });

  it('refuses what would break the tree, with Vietnamese messages, and changes nothing', () => {
    const db = openDemo();
    const commune = find(db, 2019, 'Đảng bộ xã Cấn Hữu');
    const cell = find(db, 2019, 'Chi bộ thôn 1', 'Đảng bộ xã Cấn Hữu');
    const before = listUnits(db, 2019).length;
    expect(() => dissolveUnit(db, 2019, commune.id)).toThrow(/còn đơn vị trực thuộc/);
    expect(() => createUnit(db, 2019, { name: 'Chi bộ lạc', kind: 'cell', parentId: cell.id })).toThrow(
      /không thể trực thuộc chi bộ trực thuộc/,
    );
    expect(() => renameUnit(db, 2019, cell.id, '   ')).toThrow(/không được để trống/);
    expect(() => mergeUnits(db, 2019, [cell.id], { name: 'X' })).toThrow(/ít nhất hai/);
    expect(listUnits(db, 2019).length).toBe(before);
  });

  it('splits, moves, dissolves and starts a new year from the previous tree', () => {
    const db = openDemo();
    const cell = find(db, 2019, 'Chi bộ thôn 3', 'Đảng bộ xã Sài Sơn');
    const ids = splitUnit(db, 2019, cell.id, [{ name: 'Chi bộ thôn 3A' }, { name: 'Chi bộ thôn 3B' }]);
    expect(ids).toHaveLength(2);
    const other = find(db, 2019, 'Đảng bộ xã Phú Cát');
    moveUnit(db, 2019, ids[1]!, other.id);
    expect(listUnits(db, 2019).find((u) => u.id === ids[1])!.parentId).toBe(other.id);
    dissolveUnit(db, 2019, ids[0]!);
    expect(listUnits(db, 2019).some((u) => u.id === ids[0])).toBe(false);
    const n = startYear(db, 2019, 2020);
    expect(n).toBe(listUnits(db, 2019).length);
    expect(() => startYear(db, 2019, 2020)).toThrow(/đã có cơ cấu tổ chức/);
  });
});
