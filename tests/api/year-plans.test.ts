/** Plans copied, targets edited and previewed before saving, a year's coverage, groups by the committee's level, the member-list mapping step. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { Ctx } from '../../core/context.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { breakdown, loadYear } from '../../stats/breakdown.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { writeCsv, writeXlsx } from '../io/fixtures.ts';

const call = (ctx: Ctx, name: string, input: unknown) => dispatch(ctx, name, input, { checkOutput: true }) as Promise<any>;
const demo = () => createCtx(createSession(demoCopy()), { kind: 'cli' });

describe('plans and targets', () => {
  it('copies a plan with its targets, edits a target, and previews a target against the exact evaluation', async () => {
    const ctx = demo();
    const [seed] = await call(ctx, 'plans.list', {});
    const copy = await call(ctx, 'plans.copy', { id: seed.id });
    expect(copy.targets).toBe(seed.targets.length);
    const plans = await call(ctx, 'plans.list', {});
    const copied = plans.find((p: any) => p.id === copy.id);
    expect(copied).toMatchObject({ name: `${seed.name} (bản sao)`, startYear: seed.startYear, endYear: seed.endYear });
    expect(copied.targets.map((t: any) => [t.label, t.measure, t.threshold, t.scope])).toEqual(
      seed.targets.map((t: any) => [t.label, t.measure, t.threshold, t.scope]),
    );

    // The preview of a saved target's definition is that target's evaluation.
    const t = seed.targets[1];
    const evaluated = (await call(ctx, 'targets.evaluate', { year: 2019, planId: seed.id })).targets.find((x: any) => x.id === t.id);
    const preview = await call(ctx, 'targets.preview', {
      year: 2019,
      planId: seed.id,
      label: t.label,
      scope: t.scope,
      measure: t.measure,
      params: t.params,
      threshold: t.threshold,
      due: t.due,
      dueYear: t.dueYear,
    });
    expect(preview.result).toMatchObject({
      actual: evaluated.actual,
      part: evaluated.part,
      whole: evaluated.whole,
      met: evaluated.met,
      status: evaluated.status,
      text: evaluated.text,
      failingTotal: evaluated.failingTotal,
    });
    expect(preview.missingUnits).toBe(0);
    expect(preview.coverageText).toBeNull();
    // A stricter threshold changes the verdict before anything is saved.
    const strict = await call(ctx, 'targets.preview', {
      year: 2019,
      label: 'x',
      scope: t.scope,
      measure: t.measure,
      params: t.params,
      threshold: 100,
      due: 'everyYear',
    });
    expect(strict.result.met).toBe(evaluated.part === evaluated.whole);
    expect((await call(ctx, 'plans.list', {})).find((p: any) => p.id === seed.id).targets).toHaveLength(seed.targets.length);

    await call(ctx, 'targets.update', {
      id: copied.targets[0].id,
      label: 'Chỉ tiêu đã sửa',
      scope: 'thon-tdp',
      measure: 'cell-admitted',
      threshold: 75,
      due: 'byYear',
      dueYear: seed.endYear,
    });
    const edited = (await call(ctx, 'plans.list', {})).find((p: any) => p.id === copy.id).targets[0];
    expect(edited).toMatchObject({
      label: 'Chỉ tiêu đã sửa',
      measure: 'cell-admitted',
      threshold: 75,
      due: 'byYear',
      dueYear: seed.endYear,
    });
    await expect(
      call(ctx, 'targets.update', {
        id: copied.targets[0].id,
        label: 'x',
        scope: 'thon-tdp',
        measure: 'cell-admitted',
        threshold: 75,
        due: 'byYear',
        dueYear: 2030,
      }),
    ).rejects.toThrow(`Năm đến hạn 2030 của chỉ tiêu "x" nằm ngoài thời gian đề án (${seed.startYear}–${seed.endYear}).`);
    await expect(
      call(ctx, 'targets.update', { id: 99999, label: 'x', scope: 'thon-tdp', measure: 'cell-admitted', threshold: 75, due: 'everyYear' }),
    ).rejects.toThrow('Không có chỉ tiêu số 99999.');
    const p = await call(ctx, 'plans.create', {
      name: 'Đề án mới',
      number: '07-ĐA/HU',
      issuedOn: '2021-05-20',
      startYear: 2021,
      endYear: 2025,
    });
    expect((await call(ctx, 'plans.list', {})).find((x: any) => x.id === p.id)).toMatchObject({
      issuedOn: '2021-05-20',
      number: '07-ĐA/HU',
    });
  });
});

describe('the committee-rating target reads what is entered', () => {
  it("a new year's committees copied without ratings read 0%; rated through committee.apply they read 100%", async () => {
    const ctx = demo();
    const [seed] = await call(ctx, 'plans.list', {});
    const target = seed.targets.find((t: any) => t.measure === 'committee-rating');
    await call(ctx, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    await call(ctx, 'committee.copyFromYear', { fromYear: 2019, toYear: 2020 });
    const judged = async () =>
      (await call(ctx, 'targets.evaluate', { year: 2020, planId: seed.id })).targets.find((t: any) => t.id === target.id);
    const before = await judged();
    expect(before).toMatchObject({ part: 0, met: false });
    expect(before.whole).toBeGreaterThan(0);
    const members = await call(ctx, 'committee.list', { year: 2020 });
    await call(ctx, 'committee.apply', { year: 2020, update: members.map((m: any) => ({ id: m.id, rating: 'Hoàn thành tốt nhiệm vụ' })) });
    expect(await judged()).toMatchObject({ part: before.whole, whole: before.whole, actual: 100 });
  });
});

describe('coverage', () => {
  it('counts the units without figures, ratings and member counts, and lists them', async () => {
    const ctx = demo();
    expect(await call(ctx, 'coverage.year', { year: 2019 })).toMatchObject({
      leaves: 296,
      leavesWithoutFigures: 0,
      withoutRating: 0,
      complete: true,
      text: null,
    });
    await call(ctx, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    const cells = (await call(ctx, 'units.list', { year: 2020 })).filter((u: any) => u.kind === 'cell');
    await call(ctx, 'figures.set', {
      year: 2020,
      changes: cells.slice(0, 4).map((u: any) => ({ unitId: u.id, indicator: 'dang_vien', value: 30 })),
    });
    await call(ctx, 'ratings.set', {
      year: 2020,
      units: [{ unitId: cells[0].id, level: 'HTTNV' }],
      members: [{ unitId: cells[0].id, htxs: 3, htt: 20, ht: 5, khtnv: 1, unrated: 1 }],
    });
    const c = await call(ctx, 'coverage.year', { year: 2020 });
    expect(c).toMatchObject({
      leaves: 296,
      leavesWithFigures: 4,
      leavesWithoutFigures: 292,
      rated: 322,
      withoutRating: 321,
      cells: 296,
      cellsWithoutMemberRatings: 295,
      complete: false,
    });
    expect(c.text).toBe(
      'Năm 2020 chưa đủ: 292/296 chi bộ (đơn vị cơ sở) chưa có số liệu; 321/322 tổ chức đảng chưa xếp loại; 295/296 chi bộ chưa nhập số đảng viên theo mức xếp loại.',
    );
    expect(c.missingFigures).toHaveLength(200);
    expect(c.missingFigures.map((u: any) => u.unitId)).not.toContain(cells[0].id);
    expect(c.missingFigures[0]).toMatchObject({ code: expect.any(String), name: expect.any(String), parent: expect.any(String) });
    const b = await call(ctx, 'stats.breakdown', { year: 2020 });
    expect(b.coverage).toMatchObject({ complete: false, leavesWithoutFigures: 292 });
    expect((await call(ctx, 'stats.breakdown', { year: 2020, breakdown: 'xep-loai' })).coverage.text).toMatch(
      /321\/322 tổ chức đảng chưa xếp loại/,
    );
  });
});

describe("groups of cells by the committee's level", () => {
  it("a commune groups its cells by what they are; the district keeps the seed's four groups", async () => {
    const demoCtx = demo();
    expect((await call(demoCtx, 'stats.breakdown', { year: 2019 })).rows.map((r: any) => r.label)).toEqual([
      'Chi bộ trực thuộc đảng bộ xã, thị trấn',
      'Chi bộ trực thuộc đảng bộ khối cơ quan',
      'Chi bộ trực thuộc đảng bộ khối doanh nghiệp',
      'Chi bộ cơ sở',
    ]);
    const dir = tempDir();
    const ctx = createCtx(createSession(join(dir, 'xa.sqlite')), { kind: 'cli' });
    await call(ctx, 'app.init', {
      level: 'xa',
      committeeName: 'Đảng bộ xã Kiều Phú',
      superiorBody: 'Đảng bộ thành phố Hà Nội',
      place: 'Kiều Phú',
      firstYear: 2025,
    });
    const rows = [
      ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'],
      ['DB', 'Đảng bộ các thôn', 'đảng bộ cơ sở', null, 'xã', null],
      ['T1', 'Chi bộ thôn 1', 'chi bộ trực thuộc', 'DB', null, 'thôn'],
      ['T2', 'Chi bộ thôn 2', 'chi bộ trực thuộc', 'DB', null, 'thôn'],
      ['P1', 'Chi bộ tổ dân phố 1', 'chi bộ trực thuộc', 'DB', null, 'tổ dân phố'],
      ['TH', 'Chi bộ Trường Tiểu học', 'chi bộ cơ sở', null, 'sự nghiệp', 'trường học'],
      ['YT', 'Chi bộ Trạm Y tế', 'chi bộ cơ sở', null, 'sự nghiệp', 'y tế'],
      ['QS', 'Chi bộ Quân sự xã', 'chi bộ cơ sở', null, 'lực lượng vũ trang', 'quân sự'],
    ];
    await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'u.csv'), rows) }, year: 2025 });
    const id = (c: string) => findUnitIdByCode(ctx.session.db, c)!;
    await call(ctx, 'figures.set', {
      year: 2025,
      changes: [
        ['T1', 40],
        ['T2', 25],
        ['P1', 30],
        ['TH', 12],
        ['YT', 8],
        ['QS', 9],
      ].map(([c, v]) => ({ unitId: id(c as string), indicator: 'dang_vien', value: v })),
    });
    const r = await call(ctx, 'stats.breakdown', { year: 2025 });
    expect(r.rows.map((x: any) => [x.label, x.units, x.members, x.shareText])).toEqual([
      ['Chi bộ thôn', 2, 65, '52,42%'],
      ['Chi bộ tổ dân phố', 1, 30, '24,19%'],
      ['Chi bộ cơ quan, đơn vị sự nghiệp', 0, 0, '0,00%'],
      ['Chi bộ trường học', 1, 12, '9,68%'],
      ['Chi bộ y tế', 1, 8, '6,45%'],
      ['Chi bộ doanh nghiệp', 0, 0, '0,00%'],
      ['Chi bộ lực lượng vũ trang', 1, 9, '7,26%'],
    ]);
    expect(r.identities.every((x: any) => x.ok)).toBe(true);
    // The one-query path and the tree path agree on the commune's groups too.
    expect(breakdown(ctx.session.db, 2025)).toStrictEqual(breakdown(ctx.session.db, 2025, undefined, {}, loadYear(ctx.session.db, 2025)));
    expect(r.coverage).toMatchObject({ complete: true });
  });
});

describe('member list column mapping', () => {
  it('shows recognised columns, offers the unknown ones, and the mapping sent back imports the list', async () => {
    const ctx = demo();
    const dir = tempDir();
    const cell = (await call(ctx, 'units.list', { year: 2019 })).find((u: any) => u.kind === 'cell');
    const path = await writeXlsx(join(dir, 'ds.xlsx'), [
      ['DANH SÁCH ĐẢNG VIÊN'],
      ['Họ và tên', 'Sinh ngày', 'Ngày kết nạp', 'Mã chi bộ', 'Quê quán', 'Cột lạ'],
      ['Nguyễn Văn An', '1980-05-02', '2005-03-01', cell.code, 'Hà Nội', 'x'],
      ['Trần Thị Bình', '1990-01-20', '2015-06-10', cell.code, 'Hà Nội', 'y'],
    ]);
    const cols = await call(ctx, 'data.memberColumns', { source: { path } });
    expect(cols.headerRow).toBe(2);
    expect(cols.columns.map((c: any) => [c.letter, c.header, c.field])).toEqual([
      ['A', 'Họ và tên', 'fullName'],
      ['B', 'Sinh ngày', 'birthDate'],
      ['C', 'Ngày kết nạp', 'joinedOn'],
      ['D', 'Mã chi bộ', 'unitCode'],
      ['E', 'Quê quán', 'ignore'],
      ['F', 'Cột lạ', null],
    ]);
    expect(cols.columns[0].samples).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(cols.missingRequired).toEqual([]);
    expect(cols.fields.find((f: any) => f.code === 'joinedOn')).toEqual({ code: 'joinedOn', label: 'Ngày vào Đảng', required: true });

    const renamed = await writeXlsx(join(dir, 'ds2.xlsx'), [
      ['Tên', 'Sinh ngày', 'Ngày kết nạp', 'Mã chi bộ'],
      ['Nguyễn Văn An', '1980-05-02', '2005-03-01', cell.code],
    ]);
    const before = await call(ctx, 'data.memberColumns', { source: { path: renamed } });
    expect(before.columns[0]).toMatchObject({ header: 'Tên', field: null });
    expect(before.missingRequired).toEqual(['Họ và tên']);
    const after = await call(ctx, 'data.memberColumns', { source: { path: renamed }, map: { Tên: 'fullName' } });
    expect(after.columns[0]).toMatchObject({ field: 'fullName', fieldLabel: 'Họ và tên' });
    const r = await call(ctx, 'data.importMembers', { source: { path: renamed }, year: 2019, dryRun: true, map: { Tên: 'fullName' } });
    expect(r).toMatchObject({ ok: true, counts: { members: 1, units: 1 } });
  });
});
