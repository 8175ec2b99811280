/** The year's input workbook: three sheets with fixed headers, read back together, all or nothing across sheets. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../../api/dispatch.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { getFigure } from '../../db/figures.ts';
import { committeeEntries } from '../../db/committee.ts';
import { unitRatingsWithScores } from '../../db/ratings.ts';
import { memberCountsOf } from '../../org/rating-entry.ts';
import { demoCtx, type DemoCtx } from './fixtures.ts';

const RATING_HEADERS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Xếp loại',
  'Điểm',
  'ĐV hoàn thành xuất sắc',
  'ĐV hoàn thành tốt',
  'ĐV hoàn thành',
  'ĐV không hoàn thành',
  'ĐV chưa đánh giá',
];
const COMMITTEE_HEADERS = [
  'Mã chi bộ',
  'Họ và tên',
  'Chức vụ',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Học vấn',
  'Chuyên môn',
  'Lý luận chính trị',
  'Đã bồi dưỡng',
];

const header = (ws: ExcelJS.Worksheet, n = 1) => (ws.getRow(n).values as unknown[]).slice(1);

async function template(d: DemoCtx, year: number): Promise<{ path: string; wb: ExcelJS.Workbook }> {
  const path = join(d.dir, `mau-${year}.xlsx`);
  await dispatch(d.ctx, 'data.template', { year, out: path });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { path, wb };
}

/** The row of a unit code (column 1) in a sheet with its header on row 1. */
function rowOf(ws: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === code) return ws.getRow(r);
  throw new Error(`no row ${code}`);
}

/** A workbook of the given sheets only (header row first). */
async function workbook(path: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

const state = (d: DemoCtx, year: number) =>
  JSON.stringify({
    ratings: unitRatingsWithScores(d.ctx.session.db, year).sort((a, b) => a.unitId - b.unitId),
    counts: [...memberCountsOf(d.ctx.session.db, year)].sort((a, b) => a[0] - b[0]),
    committee: committeeEntries(d.ctx.session.db, year),
  });

describe('input workbook', () => {
  it('has the three sheets with exactly the headers, one row per unit, committee prefilled from last year', async () => {
    const d = demoCtx();
    await dispatch(d.ctx, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    const { wb } = await template(d, 2020);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Số liệu 2020', 'Xếp loại', 'Cấp ủy viên']);
    const ratings = wb.getWorksheet('Xếp loại')!;
    const committee = wb.getWorksheet('Cấp ủy viên')!;
    expect(header(ratings)).toEqual(RATING_HEADERS);
    expect(header(committee)).toEqual(COMMITTEE_HEADERS);
    // Every unit but the committee itself; 2020 has no ratings yet.
    expect(ratings.rowCount - 1).toBe(322);
    expect(rowOf(ratings, findCode(d, 'cell')).getCell(3).value).toBeNull();
    // 2020 has no committee members: the 2019 ones are offered, training left to fill in.
    const members2019 = committeeEntries(d.ctx.session.db, 2019);
    expect(committee.rowCount - 1).toBe(members2019.length);
    const first = committee.getRow(2).values as unknown[];
    expect(first.slice(1, 4)).toEqual([
      expect.any(String),
      members2019[0]!.fullName,
      expect.stringMatching(/^(Bí thư|Phó bí thư|Cấp ủy viên)$/),
    ]);
    expect(first[10] ?? null).toBeNull();
  });

  it('reads its own template back with no change, and writes ratings and committee members from edited sheets', async () => {
    const d = demoCtx();
    const { path, wb } = await template(d, 2019);
    const back = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019 });
    expect(back).toMatchObject({
      ok: true,
      applied: false,
      sheets: ['Số liệu 2019', 'Xếp loại', 'Cấp ủy viên'],
      ratings: { changed: 0 },
      committee: { changed: 0 },
    });

    const cell = findCode(d, 'cell');
    const cellId = findUnitIdByCode(d.ctx.session.db, cell)!;
    const members = getFigure(d.ctx.session.db, 2019, cellId, 'dang_vien')!;
    const ratings = wb.getWorksheet('Xếp loại')!;
    const r = rowOf(ratings, cell);
    r.getCell(3).value = 'httnv';
    [5, 6, 7, 8, 9].forEach((c, i) => (r.getCell(c).value = [2, members - 5, 1, 1, 1][i]!));
    const committee = wb.getWorksheet('Cấp ủy viên')!;
    committee.addRow([cell, 'Hoàng Văn Mới', 'Chi ủy viên', 'nam', 1990, 'Mường', '12/12', 'Đại học', 'Sơ cấp', 'x']);
    await wb.xlsx.writeFile(path);
    const r2 = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019 });
    expect(r2).toMatchObject({ ok: true, applied: true, ratings: { changed: 2 }, committee: { changed: 1 } });
    expect(unitRatingsWithScores(d.ctx.session.db, 2019).find((x) => x.unitId === cellId)).toMatchObject({ level: 'htt' });
    expect(memberCountsOf(d.ctx.session.db, 2019).get(cellId)).toEqual({ htxs: 2, htt: members - 5, ht: 1, khtnv: 1, unrated: 1 });
    expect(committeeEntries(d.ctx.session.db, 2019, cellId).find((m) => m.fullName === 'Hoàng Văn Mới')).toMatchObject({
      role: 'member',
      gender: 'nam',
      birthYear: 1990,
      ethnicity: 'Mường',
      education: 'thpt',
      professional: 'dai_hoc',
      theory: 'so_cap',
      trained: true,
    });
  });

  it('reads the optional columns (member rating, concurrent roles) when a sheet adds them, and keeps them when it does not', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const cell = findCode(d, 'cell');
    const cellId = findUnitIdByCode(db, cell)!;
    const HEAD = [
      ...COMMITTEE_HEADERS,
      'Xếp loại',
      'Kiêm trưởng thôn',
      'Kiêm trưởng ban công tác Mặt trận',
      'Tham gia quản lý doanh nghiệp',
    ];
    const path = await workbook(join(d.dir, 'cap-uy.xlsx'), {
      'Cấp ủy viên': [
        HEAD,
        [cell, 'Nguyễn Văn Một', 'Bí thư', 'Nam', 1970, 'Kinh', 'THPT', 'Đại học', 'Trung cấp', 'x', 'HTTNV', 'x', 'không', null],
        [cell, 'Trần Thị Hai', 'Phó bí thư', 'Nữ', 1980, null, null, null, null, null, 'xuat sac', null, 'x', null],
      ],
    });
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019 });
    expect(r).toMatchObject({ ok: true, applied: true });
    const after = committeeEntries(db, 2019, cellId);
    expect(after.map((m) => [m.fullName, m.role, m.ratingLevel, m.villageHead, m.frontHead, m.managesEnterprise])).toEqual([
      ['Nguyễn Văn Một', 'secretary', 'htt', true, false, null],
      ['Trần Thị Hai', 'deputy', 'htxs', null, true, null],
    ]);
    // The same people from the plain template columns: their rating and roles stay.
    const plain = await workbook(join(d.dir, 'cap-uy-2.xlsx'), {
      'Cấp ủy viên': [
        COMMITTEE_HEADERS,
        [cell, 'Nguyễn Văn Một', 'Bí thư', 'Nam', 1971, 'Kinh', 'THPT', 'Đại học', 'Trung cấp', 'x'],
        [cell, 'Trần Thị Hai', 'Phó bí thư', 'Nữ', 1980, null, null, null, null, null],
      ],
    });
    expect(await dispatch(d.ctx, 'data.importFigures', { source: { path: plain }, year: 2019 })).toMatchObject({
      ok: true,
      committee: { changed: 1 },
    });
    expect(committeeEntries(db, 2019, cellId).map((m) => [m.birthYear, m.ratingLevel, m.villageHead, m.frontHead])).toEqual([
      [1971, 'htt', true, false],
      [1980, 'htxs', null, true],
    ]);
    const bad = await workbook(join(d.dir, 'cap-uy-3.xlsx'), {
      'Cấp ủy viên': [HEAD, [cell, 'Nguyễn Văn Một', 'Bí thư', null, null, null, null, null, null, null, 'giỏi', 'có lẽ', null, null]],
    });
    const refused = await dispatch(d.ctx, 'data.importFigures', { source: { path: bad }, year: 2019 });
    expect(refused.ok ? [] : refused.errors.map((e) => `${e.column}: ${e.message}`)).toEqual([
      expect.stringMatching(/^L \(Kiêm trưởng thôn\): Nguyễn Văn Một: không hiểu "có lẽ"/),
      expect.stringMatching(
        /^K \(Xếp loại\): Nguyễn Văn Một: không hiểu "giỏi"\. Ghi một trong: "Hoàn thành xuất sắc nhiệm vụ" \(HTXSNV\)/,
      ),
    ]);
  });

  it('refuses bad rows on any sheet with sheet, row and column, and changes nothing on any sheet', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const cell = findCode(d, 'cell');
    const cellId = findUnitIdByCode(db, cell)!;
    const other = findCode(d, 'cell', 1);
    const otherMembers = getFigure(db, 2019, findUnitIdByCode(db, other)!, 'dang_vien')!;
    const before = state(d, 2019);
    const figuresBefore = getFigure(db, 2019, cellId, 'nu');
    // A unit of 2019 that is not in 2020, for "a unit that does not exist that year".
    await dispatch(d.ctx, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    await dispatch(d.ctx, 'units.dissolve', { year: 2020, unitId: findUnitIdByCode(db, other)! });
    const bad = await workbook(join(d.dir, 'sai.xlsx'), {
      'Số liệu 2019': [
        ['Mã đơn vị', 'Tên đơn vị', 'Đảng viên nữ'],
        [cell, null, 1],
      ],
      'Xếp loại': [
        RATING_HEADERS,
        [cell, null, 'Xuất sắc lắm', null, null, null, null, null, null],
        ['KHONG-CO', 'Chi bộ không có', 'HTNV', null, null, null, null, null, null],
        [other, null, 'HTTNV', null, otherMembers, otherMembers, 0, 0, 0],
      ],
      'Cấp ủy viên': [
        COMMITTEE_HEADERS,
        [cell, 'Nguyễn Văn Một', 'Bí thư', 'Nam', 1970, null, null, null, null, null],
        [cell, 'Trần Văn Hai', 'bi thu', 'Nam', 1972, null, null, null, null, null],
        [cell, 'Lê Thị Ba', 'Thủ quỹ', 'Nữ', 1980, null, null, null, null, null],
      ],
    });
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path: bad }, year: 2019 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = (e: { sheet: string; row: number | null; column: string | null; message: string }) =>
      `${e.sheet} ${e.row} ${e.column}: ${e.message}`;
    const lines = r.errors.map(line);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Xếp loại 2 C \(Xếp loại\): .*không hiểu mức xếp loại "Xuất sắc lắm"\. Năm 2019 dùng các mức: "Hoàn thành xuất sắc nhiệm vụ" \(HTXSNV\), "Hoàn thành tốt nhiệm vụ" \(HTTNV\)/,
        ),
        'Xếp loại 3 A (Mã đơn vị): Không có đơn vị mã "KHONG-CO", tên "Chi bộ không có" trong cơ cấu tổ chức năm 2019.',
        expect.stringMatching(
          new RegExp(
            `^Xếp loại 4 E \\(ĐV hoàn thành xuất sắc\\): .*: tổng số đảng viên theo mức xếp loại là ${2 * otherMembers}, nhiều hơn số đảng viên của chi bộ \\(${otherMembers}\\)`,
          ),
        ),
        expect.stringMatching(/^Cấp ủy viên 3 C \(Chức vụ\): .* có hai bí thư \(dòng 2 và dòng 3\)/),
        expect.stringMatching(/^Cấp ủy viên 4 C \(Chức vụ\): Lê Thị Ba: không hiểu chức vụ "Thủ quỹ"\. Ghi một trong: Bí thư, Phó bí thư/),
      ]),
    );
    expect(state(d, 2019)).toBe(before);
    expect(getFigure(db, 2019, cellId, 'nu')).toBe(figuresBefore);

    // The same rating of the dissolved unit, imported into 2020: the unit is not in that year.
    const y2020 = await workbook(join(d.dir, 'sai-2020.xlsx'), {
      'Xếp loại': [RATING_HEADERS, [other, null, 'HTTNV', null, null, null, null, null, null]],
    });
    const r2020 = await dispatch(d.ctx, 'data.importFigures', { source: { path: y2020 }, year: 2020 });
    expect(r2020.ok ? [] : r2020.errors.map(line)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Xếp loại 2 A \\(Mã đơn vị\\): Đơn vị mã "${other}" \\(.*\\) không có trong cơ cấu tổ chức năm 2020; đơn vị này có trong năm 2017, 2018, 2019\\.$`,
        ),
      ),
    ]);
  });

  it("a new year from last year's template: the tree is copied and the prefilled committees become the year's", async () => {
    const d = demoCtx();
    const { path } = await template(d, 2020);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2020 });
    expect(r).toMatchObject({
      ok: true,
      applied: true,
      startedFromYear: 2019,
      committee: { members: committeeEntries(d.ctx.session.db, 2019).length },
    });
    const members = committeeEntries(d.ctx.session.db, 2020);
    expect(members).toHaveLength(committeeEntries(d.ctx.session.db, 2019).length);
    expect(members.every((m) => !m.trained && m.ratingLevel === null)).toBe(true);
    expect(await dispatch(d.ctx, 'years.list', {})).toEqual([2017, 2018, 2019, 2020]);
  });

  it('refuses a sheet of another year, and a year outside the file', async () => {
    const d = demoCtx();
    const { path } = await template(d, 2019);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2018 });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toContain(
      'Trang "Số liệu 2019" là số liệu năm 2019, nhưng đang nhập vào năm 2018. Hãy chọn đúng năm hoặc dùng mẫu của năm 2018.',
    );
    await expect(dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2010 })).rejects.toThrow(
      'Chưa có cơ cấu tổ chức của năm 2010 hay năm nào trước đó; hãy nhập cơ cấu tổ chức trước.',
    );
  });
});

/** The code of the n-th cell (chi bộ trực thuộc) of 2019 that has members. */
function findCode(d: DemoCtx, kind: string, n = 0): string {
  const rows = d.ctx.session.db
    .prepare(
      `SELECT u.code FROM unit_year y JOIN unit u ON u.id = y.unit_id JOIN figure f ON f.year = y.year AND f.unit_id = y.unit_id AND f.indicator = 'dang_vien'
     WHERE y.year = 2019 AND y.kind = ? AND f.value >= 10 ORDER BY y.sort, u.id`,
    )
    .all(kind) as { code: string }[];
  return rows[n]!.code;
}
