/** A new file from nothing: the profile per level, the root committee in any first year, the unit list from a sheet. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { Ctx } from '../../core/context.ts';
import { listUnits, listLineage } from '../../db/units.ts';
import { tempDir } from '../helpers/db.ts';
import { writeCsv, writeXlsx } from '../io/fixtures.ts';

const call = (ctx: Ctx, name: string, input: unknown) => dispatch(ctx, name, input, { checkOutput: true }) as Promise<any>;

function emptyFile(): { ctx: Ctx; dir: string } {
  const dir = tempDir();
  return { ctx: createCtx(createSession(join(dir, 'moi.sqlite')), { kind: 'cli' }), dir };
}

const commune = {
  level: 'xa',
  committeeName: 'Đảng bộ xã Quốc Oai',
  superiorBody: 'Đảng bộ thành phố Hà Nội',
  place: 'Quốc Oai',
  firstYear: 2025,
  term: '2025-2030',
};

const UNITS = [
  ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'],
  ['CQ', 'Chi bộ Cơ quan Đảng, HĐND, MTTQ xã', 'chi bo co so', null, 'Cơ quan', 'cơ quan'],
  ['TH', 'Chi bộ Trường THCS Quốc Oai', 'CHI BỘ CƠ SỞ', null, 'su nghiep', 'Trường học'],
  ['DBT', 'Đảng bộ các thôn', 'Đảng bộ cơ sở', null, 'Xã, thị trấn', null],
  ['T1', 'Chi bộ thôn Đồng Bụt', 'chi bộ trực thuộc', 'DBT', null, 'Chi bộ thôn'],
  ['T2', 'Chi bộ tổ dân phố Phủ Quốc', 'Chi bo truc thuoc', 'dbt', null, 'to dan pho'],
  ['CA', 'Đảng bộ Công an xã', 'Đảng bộ cơ sở', null, 'Lực lượng vũ trang', null],
  ['CA1', 'Chi bộ Công an 1', 'chi bộ trực thuộc', 'CA', null, 'Công an'],
];

describe('file setup', () => {
  it('offers the words of each level, filled from the committee name', async () => {
    const { ctx } = emptyFile();
    const levels = await call(ctx, 'setup.levels', { committeeName: 'Đảng bộ xã Quốc Oai' });
    const xa = levels.find((l: any) => l.level === 'xa');
    expect(xa).toMatchObject({
      shortName: 'Đảng ủy xã',
      advisoryBody: 'Ban Xây dựng Đảng',
      issuerCode: 'ĐU',
      issuingBody: 'ĐẢNG ỦY XÃ QUỐC OAI',
    });
    const tinh = (await call(ctx, 'setup.levels', { committeeName: 'Đảng bộ thành phố Hà Nội' })).find((l: any) => l.level === 'tinh');
    expect(tinh).toMatchObject({
      shortName: 'Thành ủy',
      advisoryBody: 'Ban Tổ chức Thành ủy',
      issuerCode: 'TU',
      issuingBody: 'THÀNH ỦY HÀ NỘI',
    });
    const huyen = (await call(ctx, 'setup.levels', { committeeName: 'Đảng bộ huyện Quốc Oai' })).find((l: any) => l.level === 'huyen');
    expect(huyen).toMatchObject({
      shortName: 'Huyện ủy',
      advisoryBody: 'Ban Tổ chức Huyện ủy',
      issuerCode: 'HU',
      issuingBody: 'HUYỆN ỦY QUỐC OAI',
    });
  });

  it('app.init sets up a commune committee in its first year, and only on an empty file', async () => {
    const { ctx } = emptyFile();
    const r = await call(ctx, 'app.init', { ...commune, signer: { name: 'Nguyễn Văn An', title: 'Bí thư' } });
    expect(r.year).toBe(2025);
    expect(r.settings).toMatchObject({
      level: 'xa',
      committeeName: 'Đảng bộ xã Quốc Oai',
      shortName: 'Đảng ủy xã',
      advisoryBody: 'Ban Xây dựng Đảng',
      issuerCode: 'ĐU',
      issuingBody: 'ĐẢNG ỦY XÃ QUỐC OAI',
      superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      place: 'Quốc Oai',
      term: { name: '2025 - 2030', startYear: 2025, endYear: 2030 },
      demo: false,
      signers: [{ name: 'Nguyễn Văn An', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' }],
    });
    expect(await call(ctx, 'years.list', {})).toEqual([2025]);
    expect(listUnits(ctx.session.db, 2025)).toMatchObject([
      { id: r.rootUnitId, kind: 'committee', name: 'Đảng bộ xã Quốc Oai', parentId: null },
    ]);
    expect((await call(ctx, 'settings.get', {})).shortName).toBe('Đảng ủy xã');
    await expect(call(ctx, 'app.init', commune)).rejects.toThrow(/Tệp dữ liệu đã có dữ liệu \(năm 2025\)/);
  });

  it('starts in a past year too, with the term that holds it', async () => {
    const { ctx } = emptyFile();
    const r = await call(ctx, 'app.init', {
      level: 'huyen',
      committeeName: 'Đảng bộ huyện Quốc Oai',
      superiorBody: 'Đảng bộ thành phố Hà Nội',
      place: 'Quốc Oai',
      firstYear: 2012,
    });
    expect(r.settings.term).toEqual({ name: '2010 - 2015', startYear: 2010, endYear: 2015 });
    expect(await call(ctx, 'years.list', {})).toEqual([2012]);
  });
});

describe('unit list import', () => {
  it('previews, then writes the tree with the catalogue words in any spelling', async () => {
    const { ctx, dir } = emptyFile();
    await call(ctx, 'app.init', commune);
    const path = await writeXlsx(join(dir, 'don-vi.xlsx'), UNITS, 'Đơn vị');
    const preview = await call(ctx, 'units.import', { source: { path }, year: 2025, dryRun: true });
    expect(preview).toMatchObject({ ok: true, applied: false, counts: { rows: 7, created: 7, updated: 0, unchanged: 0 } });
    expect(listUnits(ctx.session.db, 2025)).toHaveLength(1);
    const r = await call(ctx, 'units.import', { source: { path }, year: 2025 });
    expect(r.applied).toBe(true);
    const units = await call(ctx, 'units.list', { year: 2025 });
    const by = (code: string) => units.find((u: any) => u.code === code);
    expect(by('CQ')).toMatchObject({ kind: 'baseCell', sector: 'co-quan', unitType: 'co-quan', parent: 'CAPUY', depth: 1 });
    expect(by('TH')).toMatchObject({ kind: 'baseCell', sector: 'su-nghiep', unitType: 'truong-hoc' });
    expect(by('DBT')).toMatchObject({ kind: 'baseCommittee', sector: 'xa-thi-tran', unitType: null });
    expect(by('T1')).toMatchObject({ kind: 'cell', parent: 'DBT', unitType: 'thon', depth: 2 });
    expect(by('T2')).toMatchObject({ kind: 'cell', parent: 'DBT', unitType: 'to-dan-pho' });
    expect(by('CA1')).toMatchObject({ kind: 'cell', parent: 'CA', unitType: 'cong-an' });
    expect(listLineage(ctx.session.db).filter((e) => e.kind === 'create')).toHaveLength(8);
    // The same file again changes nothing; a renamed and moved unit is an update with its lineage.
    expect((await call(ctx, 'units.import', { source: { path }, year: 2025 })).counts).toEqual({
      rows: 7,
      created: 0,
      updated: 0,
      unchanged: 7,
    });
    const moved = UNITS.map((r) =>
      r[0] === 'T2' ? ['T2', 'Chi bộ tổ dân phố Phủ Quốc mới', 'chi bộ trực thuộc', 'CA', null, 'to dan pho'] : r,
    );
    const r2 = await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'don-vi-2.csv'), moved) }, year: 2025 });
    expect(r2.counts).toEqual({ rows: 7, created: 0, updated: 1, unchanged: 6 });
    expect((await call(ctx, 'units.list', { year: 2025 })).find((u: any) => u.code === 'T2')).toMatchObject({
      name: 'Chi bộ tổ dân phố Phủ Quốc mới',
      parent: 'CA',
    });
    expect(listLineage(ctx.session.db).map((e) => e.kind)).toEqual(expect.arrayContaining(['rename', 'move']));
  });

  it('accepts the parent by name ("Cấp trên")', async () => {
    const { ctx, dir } = emptyFile();
    await call(ctx, 'app.init', commune);
    const rows = [
      ['Mã', 'Tên', 'Loại', 'Cấp trên', 'Khối', 'Loại hình'],
      ['DB', 'Đảng bộ thôn Đồng', 'đảng bộ cơ sở', null, null, null],
      ['C1', 'Chi bộ xóm 1', 'chi bộ trực thuộc', 'dang bo thon dong', null, 'thôn'],
    ];
    const r = await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'x.csv'), rows) }, year: 2025 });
    expect(r.ok).toBe(true);
    expect((await call(ctx, 'units.list', { year: 2025 })).find((u: any) => u.code === 'C1').parent).toBe('DB');
  });

  it('refuses a bad list with row-level messages naming the accepted words, and writes nothing', async () => {
    const { ctx, dir } = emptyFile();
    await call(ctx, 'app.init', commune);
    const rows = [
      ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'],
      ['A', 'Chi bộ A', 'chi bộ cơ sở', null, 'Cơ quan', 'cơ quan'],
      ['B', 'Chi bộ B', 'chi bộ trực thuộc', 'A', null, 'thôn'],
      ['C', 'Đảng bộ C', 'đảng bộ cơ sở', null, 'khối lạ', null],
      ['D', 'Chi bộ D', 'tổ đảng', null, null, null],
      ['a', 'Chi bộ trùng mã', 'chi bộ cơ sở', null, null, null],
      ['E', 'Đảng bộ bộ phận E', 'đảng bộ bộ phận', 'F', null, null],
      ['F', 'Đảng bộ bộ phận F', 'đảng bộ bộ phận', 'E', null, null],
      ['G', 'Chi bộ G', 'chi bộ trực thuộc', 'KHONGCO', null, null],
      ['H', 'Chi bộ H', 'chi bộ cơ sở', null, null, 'nhà máy'],
    ];
    const r = await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'sai.csv'), rows) }, year: 2025 });
    expect(r.ok).toBe(false);
    const msg = (row: number) =>
      r.errors
        .filter((e: any) => e.row === row)
        .map((e: any) => `${e.column}: ${e.message}`)
        .join(' | ');
    expect(msg(3)).toMatch(
      /^D \(Mã cấp trên\): Chi bộ không có đơn vị trực thuộc, nên "Chi bộ B" không thể trực thuộc chi bộ cơ sở "Chi bộ A"/,
    );
    expect(msg(4)).toMatch(/E \(Khối\): Không hiểu khối "khối lạ" của "Đảng bộ C"\. Các khối: "Xã, thị trấn", "Phường", "Cơ quan"/);
    expect(msg(5)).toMatch(
      /C \(Loại\): Không hiểu loại "tổ đảng" của "Chi bộ D"\. Các loại: "Đảng bộ cơ sở", "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc"/,
    );
    expect(msg(6)).toMatch(/A \(Mã\): Mã "a" trùng với dòng 2 \("Chi bộ A"\)/);
    expect(msg(7)).toMatch(/Vòng lặp cấp trên: E → F → E/);
    expect(msg(9)).toMatch(/Đơn vị cấp trên mã "KHONGCO" của "Chi bộ G" không có trong tệp hay trong cơ cấu năm 2025/);
    expect(msg(10)).toMatch(
      /F \(Loại hình\): Không hiểu loại hình "nhà máy" của "Chi bộ H"\. Các loại hình: "Chi bộ thôn", "Chi bộ tổ dân phố"/,
    );
    expect(r.errors.every((e: any) => e.sheet === 'sai')).toBe(true);
    expect(listUnits(ctx.session.db, 2025)).toHaveLength(1);
  });

  it("a later year starts from the last year's tree and changes only itself", async () => {
    const { ctx, dir } = emptyFile();
    await call(ctx, 'app.init', commune);
    await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'u.csv'), UNITS) }, year: 2025 });
    const next = [...UNITS, ['T3', 'Chi bộ thôn mới', 'chi bộ trực thuộc', 'DBT', null, 'thôn']];
    const r = await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'u2.csv'), next) }, year: 2026 });
    expect(r.counts).toEqual({ rows: 8, created: 1, updated: 0, unchanged: 7 });
    expect(r.warnings.map((w: any) => w.message)).toContain(
      'Năm 2026 chưa có cơ cấu tổ chức; sẽ bắt đầu từ cơ cấu năm 2025 rồi cập nhật theo tệp.',
    );
    expect(listUnits(ctx.session.db, 2026)).toHaveLength(9);
    expect(listUnits(ctx.session.db, 2025)).toHaveLength(8);
  });

  it('refuses a list before the file exists, or a year before the first one', async () => {
    const { ctx, dir } = emptyFile();
    const path = writeCsv(join(dir, 'u.csv'), UNITS);
    const none = await call(ctx, 'units.import', { source: { path }, year: 2025 });
    expect(none.errors[0].message).toMatch(/Tệp dữ liệu chưa lập cấp ủy: hãy lập tệp mới \(tochuc init/);
    await call(ctx, 'app.init', commune);
    const before = await call(ctx, 'units.import', { source: { path }, year: 2020 });
    expect(before.errors[0].message).toBe('Năm 2020 nằm trước năm đầu tiên của tệp (2025); hãy nhập cơ cấu của năm 2025 trở đi.');
  });

  it("its template has the importer's headers and reads back unchanged", async () => {
    const { ctx, dir } = emptyFile();
    await call(ctx, 'app.init', commune);
    await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'u.csv'), UNITS) }, year: 2025 });
    const out = join(dir, 'mau.xlsx');
    const t = await call(ctx, 'units.template', { year: 2025, out });
    expect(t.rows).toBe(7);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Các từ được dùng']);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình']);
    expect((wb.worksheets[0]!.getRow(5).values as unknown[]).slice(1)).toEqual([
      'T1',
      'Chi bộ thôn Đồng Bụt',
      'Chi bộ trực thuộc',
      'DBT',
      '',
      'Chi bộ thôn',
    ]);
    expect((await call(ctx, 'units.import', { source: { path: out }, year: 2025 })).counts).toEqual({
      rows: 7,
      created: 0,
      updated: 0,
      unchanged: 7,
    });
  });
});
