/** Ratings, members by level and committee members entered through the API, checked before anything is written. */
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { Ctx } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { unitRatingsWithScores, memberRatings, memberUnrated } from '../../db/ratings.ts';
import { committeeEntries } from '../../db/committee.ts';
import { tempDir } from '../helpers/db.ts';
import { writeCsv } from '../io/fixtures.ts';

const call = (ctx: Ctx, name: string, input: unknown) => dispatch(ctx, name, input, { checkOutput: true }) as Promise<any>;
const refusal = async (p: Promise<unknown>): Promise<UserError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('not refused');
};

/** A commune of 2025 (scored ratings, 366-QĐ/TW): one base committee with two cells, one base cell; members entered. */
async function commune(): Promise<{ ctx: Ctx; id: (code: string) => number }> {
  const dir = tempDir();
  const ctx = createCtx(createSession(join(dir, 'xa.sqlite')), { kind: 'cli' });
  await call(ctx, 'app.init', {
    level: 'xa',
    committeeName: 'Đảng bộ xã Tây Phương',
    superiorBody: 'Đảng bộ thành phố Hà Nội',
    place: 'Tây Phương',
    firstYear: 2025,
  });
  const rows = [
    ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'],
    ['DB', 'Đảng bộ các thôn', 'đảng bộ cơ sở', null, 'xã', null],
    ['T1', 'Chi bộ thôn 1', 'chi bộ trực thuộc', 'DB', null, 'thôn'],
    ['T2', 'Chi bộ thôn 2', 'chi bộ trực thuộc', 'DB', null, 'thôn'],
    ['YT', 'Chi bộ Trạm Y tế', 'chi bộ cơ sở', null, 'sự nghiệp', 'y tế'],
  ];
  await call(ctx, 'units.import', { source: { path: writeCsv(join(dir, 'u.csv'), rows) }, year: 2025 });
  const id = (code: string) => findUnitIdByCode(ctx.session.db, code)!;
  await call(ctx, 'figures.set', {
    year: 2025,
    changes: [
      { unitId: id('T1'), indicator: 'dang_vien', value: 30 },
      { unitId: id('T2'), indicator: 'dang_vien', value: 20 },
      { unitId: id('YT'), indicator: 'dang_vien', value: 12 },
    ],
  });
  return { ctx, id };
}

describe('ratings', () => {
  let c: Awaited<ReturnType<typeof commune>>;
  beforeEach(async () => {
    c = await commune();
  });

  it('lists the year on its rule, sets levels by any spelling, scores and member counts in one call', async () => {
    const before = await call(c.ctx, 'ratings.list', { year: 2025 });
    expect(before).toMatchObject({ scale: 'qd366-2025', scored: true, citation: expect.stringMatching(/^Quy định số 366-QĐ\/TW/) });
    expect(before.levels.map((l: any) => l.short)).toEqual(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
    const r = await call(c.ctx, 'ratings.set', {
      year: 2025,
      units: [
        { unitId: c.id('DB'), level: 'HTTNV', score: 85.5 },
        { unitId: c.id('T1'), level: 'hoan thanh xuat sac nhiem vu', score: 92 },
        { unitId: c.id('T2'), level: null, score: 64.25 },
        { unitId: c.id('YT'), level: 'Không hoàn thành nhiệm vụ' },
      ],
      members: [
        { unitId: c.id('T1'), htxs: 5, htt: 20, ht: 3, khtnv: 1, unrated: 1 },
        { unitId: c.id('YT'), htxs: 1, htt: 8, ht: 2, khtnv: 0, unrated: 0 },
      ],
    });
    expect(r).toEqual({
      units: 4,
      members: 2,
      warnings: [
        'Chi bộ Trạm Y tế: mới xếp loại 11/12 đảng viên; 1 người chưa có trong các cột (ghi vào "ĐV chưa đánh giá" nếu miễn hoặc chưa đánh giá).',
      ],
    });
    const rows = (await call(c.ctx, 'ratings.list', { year: 2025 })).rows;
    const row = (code: string) => rows.find((x: any) => x.code === code);
    expect(row('DB')).toMatchObject({ level: 'htt', score: 85.5, members: 50, memberCounts: null, isCell: false });
    expect(row('T1')).toMatchObject({
      level: 'htxs',
      score: 92,
      members: 30,
      memberCounts: { htxs: 5, htt: 20, ht: 3, khtnv: 1, unrated: 1 },
    });
    expect(row('T2')).toMatchObject({ level: 'ht', score: 64.25, memberCounts: null });
    expect(row('YT')).toMatchObject({ level: 'khtnv', score: null });
    expect(unitRatingsWithScores(c.ctx.session.db, 2025).find((x) => x.unitId === c.id('T2'))).toMatchObject({
      scale: 'qd366-2025',
      scoreCenti: 6425,
    });
    expect(memberUnrated(c.ctx.session.db, 2025)).toEqual(expect.arrayContaining([{ unitId: c.id('T1'), count: 1 }]));
    // Counts are replaced as a whole.
    await call(c.ctx, 'ratings.set', { year: 2025, members: [{ unitId: c.id('T1'), htxs: 0, htt: 30, ht: 0, khtnv: 0, unrated: 0 }] });
    expect(
      memberRatings(c.ctx.session.db, 2025)
        .filter((m) => m.unitId === c.id('T1'))
        .map((m) => [m.level, m.count])
        .sort(),
    ).toEqual([
      ['ht', 0],
      ['htt', 30],
      ['htxs', 0],
      ['khtnv', 0],
    ]);
  });

  it('refuses unknown levels, a level against its score, counts above the members, the committee itself — and writes none of the call', async () => {
    const e = await refusal(
      call(c.ctx, 'ratings.set', {
        year: 2025,
        units: [
          { unitId: c.id('DB'), level: 'HTTNV' },
          { unitId: c.id('T1'), level: 'Trong sạch vững mạnh' },
          { unitId: c.id('T2'), level: 'HTXSNV', score: 75 },
          { unitId: c.id('YT'), level: 'giỏi' },
          { unitId: c.id('CAPUY'), level: 'HTT' },
        ],
        members: [
          { unitId: c.id('T2'), htxs: 5, htt: 10, ht: 5, khtnv: 0, unrated: 1 },
          { unitId: c.id('DB'), htxs: 1, htt: 0, ht: 0, khtnv: 0, unrated: 0 },
        ],
      }),
    );
    const lines = (e.details as any).errors.map((x: any) => `${x.row}: ${x.message}`);
    expect(lines).toEqual([
      '2: Chi bộ thôn 1: không hiểu mức xếp loại "Trong sạch vững mạnh" (mức "Trong sạch vững mạnh" là của thang trước năm 2018). Năm 2025 dùng các mức: "Hoàn thành xuất sắc nhiệm vụ" (HTXSNV), "Hoàn thành tốt nhiệm vụ" (HTTNV), "Hoàn thành nhiệm vụ" (HTNV), "Không hoàn thành nhiệm vụ" (KHTNV).',
      '3: Chi bộ thôn 2: 75,00 điểm ứng với mức "Hoàn thành tốt nhiệm vụ" (Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị), không phải "Hoàn thành xuất sắc nhiệm vụ".',
      expect.stringMatching(/^4: Chi bộ Trạm Y tế: không hiểu mức xếp loại "giỏi"\. Năm 2025 dùng các mức:/),
      expect.stringMatching(/^5: "Đảng bộ xã Tây Phương" là cấp ủy cấp trên cơ sở, không xếp loại/),
      '1: Chi bộ thôn 2: tổng số đảng viên theo mức xếp loại là 21, nhiều hơn số đảng viên của chi bộ (20).',
      expect.stringMatching(/^2: "Đảng bộ các thôn" là đảng bộ cơ sở: số đảng viên theo mức xếp loại nhập cho từng chi bộ/),
    ]);
    expect(e.message).toMatch(/^Chưa ghi xếp loại năm 2025:\nDòng 2: Chi bộ thôn 1/);
    expect(unitRatingsWithScores(c.ctx.session.db, 2025)).toEqual([]);
    expect(memberRatings(c.ctx.session.db, 2025)).toEqual([]);
  });

  it('before 2018 the old scale: TSVM and YK are levels, a score is kept but decides nothing', async () => {
    const dir = tempDir();
    const ctx = createCtx(createSession(join(dir, 'cu.sqlite')), { kind: 'cli' });
    await call(ctx, 'app.init', {
      level: 'huyen',
      committeeName: 'Đảng bộ huyện Quốc Oai',
      superiorBody: 'Đảng bộ thành phố Hà Nội',
      place: 'Quốc Oai',
      firstYear: 2016,
    });
    await call(ctx, 'units.import', {
      source: {
        path: writeCsv(join(dir, 'u.csv'), [
          ['Mã', 'Tên', 'Loại'],
          ['A', 'Chi bộ A', 'chi bộ cơ sở'],
        ]),
      },
      year: 2016,
    });
    const a = findUnitIdByCode(ctx.session.db, 'A')!;
    await call(ctx, 'ratings.set', { year: 2016, units: [{ unitId: a, level: 'tsvm', score: 40 }] });
    expect((await call(ctx, 'ratings.list', { year: 2016 })).rows.find((r: any) => r.code === 'A')).toMatchObject({
      level: 'tsvm',
      score: 40,
    });
    const e = await refusal(call(ctx, 'ratings.set', { year: 2016, units: [{ unitId: a, level: 'HTXSNV' }] }));
    expect(e.message).toMatch(/không hiểu mức xếp loại "HTXSNV"\. Năm 2016 dùng các mức: "Trong sạch vững mạnh" \(TSVM\)/);
  });
});

describe('committee members', () => {
  let c: Awaited<ReturnType<typeof commune>>;
  beforeEach(async () => {
    c = await commune();
  });

  it('adds, lists, updates and removes; one secretary per unit', async () => {
    const { id: a } = await call(c.ctx, 'committee.add', {
      year: 2025,
      unitId: c.id('T1'),
      fullName: '  Nguyễn  Thị Hoa ',
      role: 'secretary',
      gender: 'nu',
      birthYear: 1978,
      ethnicity: 'Kinh',
      education: 'thpt',
      professional: 'dai_hoc',
      theory: 'trung_cap',
      trained: true,
      villageHead: true,
      frontHead: false,
    });
    await call(c.ctx, 'committee.add', { year: 2025, unitId: c.id('T1'), fullName: 'Lê Văn Bình', role: 'deputy' });
    const list = await call(c.ctx, 'committee.list', { year: 2025 });
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      id: a,
      unitCode: 'T1',
      unitName: 'Chi bộ thôn 1',
      fullName: 'Nguyễn Thị Hoa',
      role: 'secretary',
      gender: 'nu',
      birthYear: 1978,
      ethnicity: 'Kinh',
      trained: true,
      villageHead: true,
      frontHead: false,
      managesEnterprise: null,
    });
    expect(list[1]).toMatchObject({ fullName: 'Lê Văn Bình', role: 'deputy', gender: null, trained: false });
    await expect(
      call(c.ctx, 'committee.add', { year: 2025, unitId: c.id('T1'), fullName: 'Trần Văn Cường', role: 'secretary' }),
    ).rejects.toThrow('Chi bộ thôn 1 đã có bí thư năm 2025 (Nguyễn Thị Hoa); mỗi đơn vị một bí thư.');
    await expect(call(c.ctx, 'committee.update', { id: list[1].id, role: 'secretary' })).rejects.toThrow(
      /đã có bí thư năm 2025 \(Nguyễn Thị Hoa\)/,
    );
    await call(c.ctx, 'committee.update', { id: a, trained: false, theory: 'cao_cap' });
    expect((await call(c.ctx, 'committee.list', { year: 2025, unitId: c.id('T1') }))[0]).toMatchObject({
      trained: false,
      theory: 'cao_cap',
      villageHead: true,
      birthYear: 1978,
    });
    // The member's own rating, on the year's member scale, in any spelling; read back as its code.
    await call(c.ctx, 'committee.update', { id: a, rating: 'HTTNV' });
    expect((await call(c.ctx, 'committee.list', { year: 2025, unitId: c.id('T1') }))[0].rating).toBe('htt');
    expect(committeeEntries(c.ctx.session.db, 2025, c.id('T1'))[0]).toMatchObject({ ratingScale: 'qd366-2025', ratingLevel: 'htt' });
    await expect(call(c.ctx, 'committee.update', { id: a, rating: 'giỏi' })).rejects.toThrow(
      /Nguyễn Thị Hoa: không hiểu mức xếp loại "giỏi"\. Năm 2025 dùng các mức: "Hoàn thành xuất sắc nhiệm vụ" \(HTXSNV\)/,
    );
    await call(c.ctx, 'committee.update', { id: a, rating: null });
    expect((await call(c.ctx, 'committee.list', { year: 2025, unitId: c.id('T1') }))[0].rating).toBeNull();
    await call(c.ctx, 'committee.remove', { id: a });
    expect(committeeEntries(c.ctx.session.db, 2025).map((m) => m.fullName)).toEqual(['Lê Văn Bình']);
    await expect(call(c.ctx, 'committee.add', { year: 2025, unitId: c.id('CAPUY'), fullName: 'X', role: 'member' })).rejects.toThrow(
      /cấp ủy viên nhập cho từng tổ chức cơ sở đảng/,
    );
    await expect(call(c.ctx, 'committee.remove', { id: 9999 })).rejects.toThrow('Không có cấp ủy viên số 9999.');
  });

  it('applies a pasted block all or nothing: removals, edits, additions', async () => {
    const { id: a } = await call(c.ctx, 'committee.add', { year: 2025, unitId: c.id('T1'), fullName: 'Nguyễn Thị Hoa', role: 'secretary' });
    const { id: b } = await call(c.ctx, 'committee.add', { year: 2025, unitId: c.id('T1'), fullName: 'Lê Văn Bình', role: 'member' });
    // A new secretary in place of the old one, in one call: the removal comes first.
    const r = await call(c.ctx, 'committee.apply', {
      year: 2025,
      remove: [a],
      update: [{ id: b, role: 'deputy', trained: true }],
      add: [
        { unitId: c.id('T1'), fullName: 'Trần Văn Cường', role: 'secretary' },
        { unitId: c.id('YT'), fullName: 'Phạm Thị Dung', role: 'secretary' },
      ],
    });
    expect(r).toMatchObject({ added: 2, updated: 1, removed: 1, ids: [expect.any(Number), expect.any(Number)] });
    const after = (await call(c.ctx, 'committee.list', { year: 2025 })).map((m: any) => [m.unitCode, m.fullName, m.role, m.trained]);
    expect(after).toEqual([
      ['T1', 'Trần Văn Cường', 'secretary', false],
      ['T1', 'Lê Văn Bình', 'deputy', true],
      ['YT', 'Phạm Thị Dung', 'secretary', false],
    ]);
    // One bad row refuses the whole block.
    const e = await refusal(
      call(c.ctx, 'committee.apply', {
        year: 2025,
        update: [{ id: b, fullName: 'Lê Văn Bình (sửa)' }],
        add: [
          { unitId: c.id('YT'), fullName: 'Bí thư thứ hai', role: 'secretary' },
          { unitId: 999, fullName: 'X', role: 'member' },
        ],
      }),
    );
    expect((e.details as any).errors).toEqual([
      'Thêm mục 1: Chi bộ Trạm Y tế đã có bí thư năm 2025 (Phạm Thị Dung); mỗi đơn vị một bí thư.',
      'Thêm mục 2: Đơn vị #999 không có trong cơ cấu tổ chức năm 2025.',
    ]);
    expect((await call(c.ctx, 'committee.list', { year: 2025 })).map((m: any) => [m.unitCode, m.fullName, m.role, m.trained])).toEqual(
      after,
    );
  });

  it("copies last year's committees into a new year, without the year's training", async () => {
    await call(c.ctx, 'committee.add', {
      year: 2025,
      unitId: c.id('T1'),
      fullName: 'Nguyễn Thị Hoa',
      role: 'secretary',
      trained: true,
      villageHead: true,
    });
    await call(c.ctx, 'committee.add', { year: 2025, unitId: c.id('YT'), fullName: 'Phạm Văn Dũng', role: 'secretary' });
    await call(c.ctx, 'units.startYear', { fromYear: 2025, toYear: 2026 });
    await call(c.ctx, 'units.dissolve', { year: 2026, unitId: c.id('YT') });
    await call(c.ctx, 'committee.add', { year: 2026, unitId: c.id('T2'), fullName: 'Đỗ Văn Em', role: 'secretary' });
    const r = await call(c.ctx, 'committee.copyFromYear', { fromYear: 2025, toYear: 2026 });
    expect(r).toEqual({ copied: 1, units: 1, skippedUnits: 1 });
    expect(
      (await call(c.ctx, 'committee.list', { year: 2026 })).map((m: any) => [m.unitCode, m.fullName, m.trained, m.villageHead]),
    ).toEqual([
      ['T1', 'Nguyễn Thị Hoa', false, true],
      ['T2', 'Đỗ Văn Em', false, null],
    ]);
    expect(await call(c.ctx, 'committee.catalog', {})).toMatchObject({
      roles: [
        { code: 'secretary', name: 'Bí thư' },
        { code: 'deputy', name: 'Phó bí thư' },
        { code: 'member', name: 'Cấp ủy viên' },
      ],
    });
  });
});
