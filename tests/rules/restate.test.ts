/** Restating by cells: a cell split between units of different kinds is never shared out by guess. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { setFigure } from '../../db/figures.ts';
import { createUnit, startYear } from '../../org/operations.ts';
import { reorganize } from '../../org/reorganize.ts';
import { compare } from '../../stats/compare.ts';
import { restateYear } from '../../stats/restate.ts';

describe('restating a split cell', () => {
  it('keeps its members, under "Chưa phân loại", and says which cell it was', () => {
    const db = openDatabase(':memory:');
    const root = createUnit(db, 2024, { code: 'X', name: 'Đảng bộ xã X', kind: 'committee', parentId: null });
    const base = createUnit(db, 2024, {
      code: 'X.A',
      name: 'Đảng bộ thôn A',
      kind: 'baseCommittee',
      parentId: root,
      sector: 'xa-thi-tran',
    });
    const cell = createUnit(db, 2024, {
      code: 'X.A.1',
      name: 'Chi bộ xóm 1',
      kind: 'cell',
      parentId: base,
      sector: 'xa-thi-tran',
      unitType: 'thon',
    });
    const other = createUnit(db, 2024, {
      code: 'X.A.2',
      name: 'Chi bộ xóm 2',
      kind: 'cell',
      parentId: base,
      sector: 'xa-thi-tran',
      unitType: 'thon',
    });
    const school = createUnit(db, 2024, {
      code: 'X.TH',
      name: 'Chi bộ Trường học',
      kind: 'baseCell',
      parentId: root,
      sector: 'su-nghiep',
      unitType: 'truong-hoc',
    });
    setFigure(db, 2024, cell, 'dang_vien', 40);
    setFigure(db, 2024, other, 'dang_vien', 25);
    setFigure(db, 2024, school, 'dang_vien', 12);
    startYear(db, 2024, 2025);
    // Xóm 1 ends: part of it becomes a new village cell, part joins the school's chi bộ cơ sở.
    reorganize(db, {
      year: 2025,
      date: '2025-07-01',
      close: [cell],
      moves: [],
      open: [{ name: 'Chi bộ xóm 1 mới', kind: 'cell', parent: { unitId: base }, sector: 'xa-thi-tran', unitType: 'thon' }],
      into: [{ unitId: cell, to: [{ open: 0 }, { unitId: school }] }],
    });
    const r = restateYear(db, 2024, 2025);
    expect(r.unplaced).toEqual(['Chi bộ xóm 1 (Chi bộ xóm 1 mới, Chi bộ Trường học)']);
    const c = compare(db, [2024, 2025], 'nhom-chi-bo', {}, 'today');
    expect(c.totals[0]!.members).toBe(77);
    const unsorted = c.rows.find((x) => x.label === 'Chưa phân loại')!;
    expect(unsorted.values[0]).toMatchObject({ units: 1, members: 40 });
    expect(c.notes.some((n) => n.includes('không chia số liệu theo tỷ lệ): Chi bộ xóm 1'))).toBe(true);
    // The school's row holds only the school's own members: nothing of xóm 1 was guessed into it.
    expect(c.rows.find((x) => x.label === 'Chi bộ cơ sở')!.values[0]).toMatchObject({ units: 1, members: 12 });
    db.close();
  });
});
