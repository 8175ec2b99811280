/**
 * One rule, one wording: the same parent-against-cells case written through figures.set, the figures
 * import and the member import, and read by checks.year, on real database files. A missing cell means
 * the same in all four ("chưa nhập": the parent is at least what the entered cells add up to).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../api/dispatch.ts';
import { figuresForYear, getFigure, setFigure } from '../../db/figures.ts';
import { findUnitIdByCode, listUnits } from '../../db/units.ts';
import { listBackups } from '../../db/backup-files.ts';
import { demoCtx, writeXlsx, type DemoCtx } from '../io/fixtures.ts';

const YEAR = 2019;
const vi = (n: number) => n.toLocaleString('vi-VN');

/**
 * The town committee QO.X01 with its cells; its total entered as what its cells add up to, so each case
 * starts consistent. `clear`: codes of cells whose member count is removed ("chưa nhập").
 */
function setup(opts: { clear?: string[] } = {}) {
  const d = demoCtx();
  const db = d.ctx.session.db;
  const parent = findUnitIdByCode(db, 'QO.X01')!;
  const cells = listUnits(db, YEAR).filter((u) => u.parentId === parent);
  for (const code of opts.clear ?? []) setFigure(db, YEAR, findUnitIdByCode(db, code)!, 'dang_vien', null);
  const entered = cells.reduce((s, u) => s + (getFigure(db, YEAR, u.id, 'dang_vien') ?? 0), 0);
  setFigure(db, YEAR, parent, 'dang_vien', entered);
  return { d, db, parent, cells, entered };
}

const snapshot = (d: DemoCtx) =>
  JSON.stringify(figuresForYear(d.ctx.session.db, YEAR).sort((a, b) => a.unitId - b.unitId || a.indicator.localeCompare(b.indicator)));

/** What checks.year says about parents and parts (its 'missing' findings are about cells, asked separately). */
async function checked(d: DemoCtx) {
  const all = await dispatch(d.ctx, 'checks.year', { year: YEAR });
  return all.filter((f) => f.kind !== 'missing').map((f) => ({ code: f.kind, message: f.message }));
}

/** The four paths writing one cell's member count; each returns the findings it gave, as code and message. */
const paths: Record<
  string,
  (d: DemoCtx, cell: { id: number; code: string }, value: number) => Promise<{ code: string; message: string }[]>
> = {
  'figures.set': async (d, cell, value) => {
    const r = await dispatch(d.ctx, 'figures.set', { year: YEAR, changes: [{ unitId: cell.id, indicator: 'dang_vien', value }] });
    return r.warnings.map((w) => ({ code: w.kind, message: w.message }));
  },
  'figures import': async (d, cell, value) => {
    const path = await writeXlsx(join(d.dir, 'mot-o.xlsx'), [
      ['Mã đơn vị', 'Đảng viên'],
      [cell.code, value],
    ]);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: YEAR });
    expect(r.ok && r.applied).toBe(true);
    return r.warnings.filter((w) => w.code).map((w) => ({ code: w.code!, message: w.message }));
  },
  'member import': async (d, cell, value) => {
    const rows = Array.from({ length: value }, (_, i) => [`Đảng viên số ${i + 1}`, '01/01/1980', 'Nam', '01/01/2005', cell.code]);
    const path = await writeXlsx(join(d.dir, 'ds.xlsx'), [['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào đảng', 'Mã chi bộ'], ...rows]);
    const r = await dispatch(d.ctx, 'data.importMembers', { source: { path }, year: YEAR });
    expect(r.ok && r.applied).toBe(true);
    // The list also sets the cell's other counts (nữ, dự bị…); the case is about members.
    return r.warnings.filter((w) => w.code && w.message.includes('"Đảng viên"')).map((w) => ({ code: w.code!, message: w.message }));
  },
};

describe('a cell written so that its committee total no longer matches', () => {
  for (const [name, write] of Object.entries(paths)) {
    it(`${name}: writes it and says so with the words and code of checks.year`, async () => {
      const { d, db, cells, entered } = setup();
      const cell = cells[0]!;
      const was = getFigure(db, YEAR, cell.id, 'dang_vien')!;
      const said = await write(d, cell, was + 3);
      const expected = {
        code: 'parentMismatch',
        message: `Đảng bộ thị trấn Quốc Oai: "Đảng viên" nhập ${vi(entered)} nhưng tổng các đơn vị trực thuộc là ${vi(entered + 3)} (lệch -3).`,
      };
      expect(said).toEqual([expected]);
      expect(getFigure(db, YEAR, cell.id, 'dang_vien')).toBe(was + 3);
      expect((await checked(d)).filter((f) => f.message.includes('"Đảng viên"'))).toEqual([expected]);
    });
  }
});

describe('a missing cell is "chưa nhập", never 0, on every path', () => {
  // QO.X01.02 not entered: the committee total is what the others add up to, which is a lower bound only.
  for (const [name, write] of Object.entries(paths)) {
    it(`${name}: a total at least the entered cells passes; below them it is said, with the cells still missing`, async () => {
      const { d, db, cells, entered } = setup({ clear: ['QO.X01.02'] });
      const cell = cells.find((u) => u.code !== 'QO.X01.02')!;
      const was = getFigure(db, YEAR, cell.id, 'dang_vien')!;
      // Lower: the missing cell may hold the difference. Counted as 0, this was "lệch 1".
      expect(await write(d, cell, was - 1)).toEqual([]);
      expect(await checked(d)).toEqual([]);
      const missing = (await dispatch(d.ctx, 'checks.year', { year: YEAR })).filter((f) => f.kind === 'missing');
      expect(missing.map((f) => f.message)).toEqual([
        `${listUnits(db, YEAR).find((u) => u.code === 'QO.X01.02')!.name}: chưa nhập số đảng viên năm ${YEAR}.`,
      ]);
      // Higher: the entered cells alone pass the total, whatever the missing one holds.
      const said = await write(d, cell, was + 2);
      const expected = {
        code: 'parentMismatch',
        message: `Đảng bộ thị trấn Quốc Oai: "Đảng viên" nhập ${vi(entered)} nhưng riêng các đơn vị trực thuộc đã nhập đã là ${vi(entered + 2)} (còn 1 đơn vị chưa nhập).`,
      };
      expect(said).toEqual([expected]);
      expect((await checked(d)).filter((f) => f.message.includes('"Đảng viên"'))).toEqual([expected]);
    });
  }
});

describe('a committee total that contradicts its cells', () => {
  it('is refused whole by the figures import, written with a warning by figures.set, in the same words', async () => {
    const { d, db, parent, entered } = setup();
    const before = snapshot(d);
    const path = await writeXlsx(join(d.dir, 'tong.xlsx'), [
      ['Mã đơn vị', 'Đảng viên', 'Đảng viên nữ'],
      ['QO.X01.01', getFigure(db, YEAR, findUnitIdByCode(db, 'QO.X01.01')!, 'dang_vien'), 1],
      ['QO.X01', entered + 7, null],
    ]);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: YEAR });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const message = `Đảng bộ thị trấn Quốc Oai: "Đảng viên" nhập ${vi(entered + 7)} nhưng tổng các đơn vị trực thuộc là ${vi(entered)} (lệch 7).`;
    expect(r.errors).toEqual([{ sheet: 'Trang1', row: 3, column: 'B (Đảng viên)', code: 'parentMismatch', message }]);
    // Nothing written, and no backup taken for a refused file.
    expect(snapshot(d)).toBe(before);
    expect(listBackups(d.dbPath).filter((b) => b.reason === 'truoc-nhap')).toEqual([]);

    const set = await dispatch(d.ctx, 'figures.set', {
      year: YEAR,
      changes: [{ unitId: parent, indicator: 'dang_vien', value: entered + 7 }],
    });
    expect(set.warnings.map((w) => ({ code: w.kind, message: w.message }))).toEqual([{ code: 'parentMismatch', message }]);
    expect(getFigure(db, YEAR, parent, 'dang_vien')).toBe(entered + 7);
    expect(await checked(d)).toEqual([{ code: 'parentMismatch', message }]);
  });

  it('a part above its whole: refused by the import at the cell, said by figures.set and checks.year alike', async () => {
    const { d, db } = setup();
    const cell = listUnits(db, YEAR).find((u) => u.code === 'QO.X01.03')!;
    const members = getFigure(db, YEAR, cell.id, 'dang_vien')!;
    const before = snapshot(d);
    const path = await writeXlsx(join(d.dir, 'nu.xlsx'), [
      ['Mã đơn vị', 'Đảng viên nữ'],
      [cell.code, members + 1],
    ]);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: YEAR });
    const message = `${cell.name}: "Đảng viên nữ" (${vi(members + 1)}) lớn hơn "Đảng viên" (${vi(members)}).`;
    expect(r.ok === false && r.errors).toEqual([
      { sheet: 'Trang1', row: 2, column: 'B (Đảng viên nữ)', code: 'partExceedsWhole', message },
    ]);
    expect(snapshot(d)).toBe(before);
    const set = await dispatch(d.ctx, 'figures.set', { year: YEAR, changes: [{ unitId: cell.id, indicator: 'nu', value: members + 1 }] });
    // The parent's "nữ" total is not entered in the demo, so the part is the only finding.
    expect(set.warnings.map((w) => ({ code: w.kind, message: w.message }))).toEqual([{ code: 'partExceedsWhole', message }]);
    expect(await checked(d)).toEqual([{ code: 'partExceedsWhole', message }]);
  });

  it('figures.set refuses a bad value whole and writes nothing, as before', async () => {
    const { d, parent } = setup();
    const before = snapshot(d);
    await expect(
      dispatch(d.ctx, 'figures.set', {
        year: YEAR,
        changes: [
          { unitId: parent, indicator: 'dang_vien', value: 1 },
          { unitId: parent, indicator: 'khong_co', value: 2 },
          { unitId: 999999, indicator: 'dang_vien', value: -1 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'invalid-figures' });
    expect(snapshot(d)).toBe(before);
  });
});
