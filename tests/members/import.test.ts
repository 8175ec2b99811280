import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../api/dispatch.ts';
import { figuresForYear, getFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { countMembers, membersOfUnit } from '../../db/members.ts';
import { OrgTree } from '../../org/tree.ts';
import { AGE_BANDS, DERIVED_CODES, MEMBERSHIP_BANDS } from '../../db/indicator-codes.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../../members/sample.ts';
import { writeRowsXlsx } from '../../io/write-rows.ts';
import { demoCtx, writeCsv, writeXlsx, type FixtureCell } from '../io/fixtures.ts';

type D = ReturnType<typeof demoCtx>;

function cellOf(d: D, name: string, baseName: string): number {
  const tree = new OrgTree(listUnits(d.ctx.session.db, 2019));
  const u = tree.units.find((x) => x.name === name && tree.baseOrgOf(x.id)?.name === baseName);
  if (!u) throw new Error(`no ${name} in ${baseName}`);
  return u.id;
}

const HEADERS = [
  'STT',
  'Họ tên',
  'NGÀY SINH',
  'Giới  tính',
  'Dân tộc',
  'Tôn giáo',
  'Ngày vào đảng',
  'Ngày chính thức',
  'Chi bộ',
  'Đảng bộ',
  'Cột lạ',
];
const LIST: FixtureCell[][] = [
  [1, 'Nguyễn Văn An', '15/03/1950', 'Nam', 'Kinh', 'Không', '10/05/1979', '10/05/1980', 'Chi bộ thôn 1', 'Đảng bộ xã Cấn Hữu', 'x'],
  [2, 'Trần Thị Bình', new Date(Date.UTC(1990, 6, 1)), 'Nữ', 'Mường', 'Công giáo', '02/09/2019', null, 'Chi bộ thôn 1', 'Cấn Hữu', null],
  [3, 'Lê Văn Cường', '05/1969', 'nam', null, null, '03/1989', '12/1990', 'Chi bộ thôn 2', 'đảng bộ xã cấn hữu', null],
  [4, 'Pha\u0323m Thi\u0323 Dung', '1/1/1985', 'NỮ', 'Kinh', 'Phật giáo', '01/01/2005', '01/01/2006', 'chi bo thon 1', 'Tân Hòa', null],
];

function figuresOf(d: D, unitId: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of DERIVED_CODES) {
    const v = getFigure(d.ctx.session.db, 2019, unitId, code);
    if (v) out[code] = v;
  }
  return out;
}

describe('member-list import', () => {
  it("recognizes header variants, derives each cell's indicators and leaves other cells alone", async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const ch1 = cellOf(d, 'Chi bộ thôn 1', 'Đảng bộ xã Cấn Hữu');
    const ch2 = cellOf(d, 'Chi bộ thôn 2', 'Đảng bộ xã Cấn Hữu');
    const th1 = cellOf(d, 'Chi bộ thôn 1', 'Đảng bộ xã Tân Hòa');
    const covered = new Set([ch1, ch2, th1]);
    const others = () => JSON.stringify(figuresForYear(db, 2019).filter((f) => !covered.has(f.unitId)));
    const before = others();
    const path = await writeXlsx(join(d.dir, 'ds.xlsx'), [['DANH SÁCH ĐẢNG VIÊN'], HEADERS, ...LIST]);
    const r = await dispatch(d.ctx, 'data.importMembers', { source: { path }, year: 2019 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.applied).toBe(true);
    expect(r.counts).toMatchObject({ members: 4, units: 3 });
    expect(r.columns.find((c) => c.header === 'Họ tên')!.field).toBe('Họ và tên');
    expect(r.warnings.some((w) => w.column === 'K (Cột lạ)')).toBe(true);
    expect(figuresOf(d, ch1)).toEqual({
      dang_vien: 2,
      du_bi: 1,
      nu: 1,
      dan_toc_thieu_so: 1,
      co_dao: 1,
      ket_nap_moi: 1,
      tuoi_den_30: 1,
      tuoi_tren_60: 1,
      tuoi_dang_duoi_10: 1,
      tuoi_dang_30: 1,
      huy_hieu_40: 1,
    });
    expect(figuresOf(d, ch2)).toEqual({ dang_vien: 1, tuoi_41_50: 1, tuoi_dang_30: 1, huy_hieu_30: 1 });
    expect(figuresOf(d, th1)).toEqual({ dang_vien: 1, nu: 1, co_dao: 1, tuoi_31_40: 1, tuoi_dang_10_29: 1 });
    // Zeros are stored too: the list is the whole truth about the cells it covers.
    expect(getFigure(db, 2019, ch2, 'nu')).toBe(0);
    expect(others()).toBe(before);
    expect(countMembers(db, 2019)).toBe(4);
    const dung = membersOfUnit(db, 2019, th1)[0]!;
    expect(dung.fullName).toBe('Phạm Thị Dung'.normalize('NFC'));
    expect(dung.fullName).toBe(dung.fullName.normalize('NFC'));
    expect(dung).toMatchObject({ birthDate: '1985-01-01', joinedOn: '2005-01-01', gender: 'nu', sourceRow: 6 });
    expect(membersOfUnit(db, 2019, ch2)[0]).toMatchObject({ birthDate: '1969', joinedOn: '1989', officialOn: '1990' });

    // A second list for the same cells replaces the first.
    const again = await writeXlsx(join(d.dir, 'ds2.xlsx'), [HEADERS, LIST[0]!]);
    const r2 = await dispatch(d.ctx, 'data.importMembers', { source: { path: again }, year: 2019 });
    expect(r2.ok && r2.units[0]).toMatchObject({ membersBefore: 2, membersAfter: 1 });
    expect(countMembers(db, 2019, ch1)).toBe(1);
    expect(countMembers(db, 2019, ch2)).toBe(1);
  });

  it('lets the user map a column it does not know, from a semicolon CSV sent as bytes', async () => {
    const d = demoCtx();
    const rows = [
      ['Họ và tên', 'Ngày sinh', 'Ngày được kết nạp', 'Nơi sinh hoạt', 'Thuộc đảng bộ'],
      ['Đỗ Văn Em', '03/02/1970', '19/05/1995', 'Chi bộ thôn 2', 'Đảng bộ xã Tân Hòa'],
    ];
    const bytes = readFileSync(writeCsv(join(d.dir, 'ds.csv'), rows, ';'));
    const source = { name: 'ds.csv', base64: bytes.toString('base64') };
    const unmapped = await dispatch(d.ctx, 'data.importMembers', { source, year: 2019, dryRun: true });
    expect(unmapped.ok).toBe(false);
    if (!unmapped.ok) expect(unmapped.errors.map((e) => e.message)).toContain('Thiếu cột "Ngày vào Đảng".');
    const mapped = await dispatch(d.ctx, 'data.importMembers', {
      source,
      year: 2019,
      dryRun: true,
      map: { 'Ngày được kết nạp': 'ngày vào đảng' },
    });
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.applied).toBe(false);
    const u = mapped.units[0]!;
    expect(u.unitId).toBe(cellOf(d, 'Chi bộ thôn 2', 'Đảng bộ xã Tân Hòa'));
    expect(u.changes.find((c) => c.indicator === 'dang_vien')).toMatchObject({ new: 1 });
    expect(countMembers(d.ctx.session.db, 2019)).toBe(0);
  });

  it('reports every bad row with its column and writes nothing', async () => {
    const d = demoCtx();
    const snap = JSON.stringify(figuresForYear(d.ctx.session.db, 2019));
    const H = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Đảng bộ cơ sở'];
    const path = await writeXlsx(
      join(d.dir, 'loi.xlsx'),
      [
        H,
        ['Vũ Văn Giang', '31/02/1980', 'Nam', '01/01/2005', null, 'Chi bộ thôn 1', 'Cấn Hữu'],
        ['Bùi Văn Hải', '01/01/1980', 'Nam', '01/01/1990', null, 'Chi bộ thôn 1', 'Cấn Hữu'],
        ['Hồ Thị Lan', '01/01/1980', 'X', '01/01/2005', null, 'Chi bộ thôn 1', 'Cấn Hữu'],
        ['Ngô Văn Long', '01/01/1980', 'Nam', '01/01/2005', null, 'Chi bộ thôn 1', null],
        ['Dương Văn Minh', '01/01/1980', 'Nam', '01/01/2005', null, 'Chi bộ Không Có', 'Cấn Hữu'],
        ['Lý Văn Nam', '01/01/1980', 'Nam', '01/01/2005', '01/01/2004', 'Chi bộ thôn 1', 'Cấn Hữu'],
        ['Kiều Văn Phong', '01/01/1980', 'Nam', '01/01/2021', null, 'Chi bộ thôn 1', 'Cấn Hữu'],
        ['Khuất Văn Quân', '01/01/1980', 'Nam', '01/01/2005', null, 'Chi bộ thôn 1', 'Cấn Hữu'],
        ['khuat van quan', '01/01/1980', 'Nam', '01/01/2006', null, 'Chi bộ thôn 2', 'Cấn Hữu'],
        ['Đặng Văn Sơn', '01/01/1980', 'Nam', { formula: 'DATE(2005,1,1)' }, null, 'Chi bộ thôn 1', 'Cấn Hữu'],
      ],
      'DS',
    );
    const r = await dispatch(d.ctx, 'data.importMembers', { source: { path }, year: 2019 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const at = (row: number) => r.errors.find((e) => e.row === row)!;
    expect(at(2)).toMatchObject({ sheet: 'DS', column: 'B (Ngày sinh)' });
    expect(at(2).message).toMatch(/ngày 31 tháng 2 năm 1980 không có thật/);
    expect(at(3).message).toMatch(/chưa đủ 16 tuổi/);
    expect(at(4)).toMatchObject({ column: 'C (Giới tính)' });
    expect(at(5).message).toMatch(/trùng ở \d+ đơn vị.*Đảng bộ cơ sở/);
    expect(at(6).message).toMatch(/Không có chi bộ "Chi bộ Không Có" thuộc "Cấn Hữu"/);
    expect(at(7).message).toMatch(/ngày chính thức \(01\/01\/2004\) trước ngày vào Đảng/);
    expect(at(8).message).toMatch(/sau năm 2019/);
    // Same name and birth date without a card: two people as far as the list says; a warning, not an error.
    expect(at(10)).toBeUndefined();
    expect(r.warnings.find((w) => w.row === 10)!.message).toMatch(/cùng họ tên và ngày sinh với đảng viên ở dòng 9/);
    expect(at(11).message).toMatch(/công thức/);
    expect(at(9)).toBeUndefined();
    expect(JSON.stringify(figuresForYear(d.ctx.session.db, 2019))).toBe(snap);
    expect(countMembers(d.ctx.session.db, 2019)).toBe(0);
  });
});

describe('a whole district list', () => {
  it('imports 7.101 members of 2019 and the seed breakdown comes out the same, with consistent bands', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const path = join(d.dir, 'ds-2019.xlsx');
    await writeRowsXlsx(path, 'Danh sách', SAMPLE_HEADERS, sampleMemberRows(db, 2019, { count: 7101, dateAsText: false }));
    const r = await dispatch(d.ctx, 'data.importMembers', { source: { path }, year: 2019 });
    expect(r.ok && r.counts).toMatchObject({ members: 7101, units: 296 });
    const b = await dispatch(d.ctx, 'stats.breakdown', { year: 2019 });
    expect(b.rows.map((x) => [x.units, x.members, x.shareText])).toEqual([
      [221, 6067, '85,44%'],
      [45, 474, '6,68%'],
      [12, 114, '1,61%'],
      [18, 446, '6,28%'],
    ]);
    const all = figuresForYear(db, 2019);
    const sum = (code: string) => all.filter((f) => f.indicator === code).reduce((s, f) => s + f.value, 0);
    expect(AGE_BANDS.reduce((s, x) => s + sum(x.code), 0)).toBe(7101);
    expect(MEMBERSHIP_BANDS.reduce((s, x) => s + sum(x.code), 0)).toBe(7101);
    expect(sum('du_bi')).toBeGreaterThan(0);
    expect(sum('du_bi')).toBeLessThan(7101);
    expect(countMembers(db, 2019)).toBe(7101);
  });
});
