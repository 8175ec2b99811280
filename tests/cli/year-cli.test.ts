/** A year's work from the command line: init, the unit list, plans and targets, and what an incomplete year prints. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { writeCsv } from '../io/fixtures.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });
const json = async (...args: string[]) => JSON.parse((await tochuc(...args, '--json')).stdout);

describe('tochuc init and import units', () => {
  it('sets up a commune file from the words of its level, then reads the unit list', async () => {
    const dir = tempDir();
    const db = join(dir, 'xa.sqlite');
    const { stdout } = await tochuc(
      'init',
      '--out',
      db,
      '--level',
      'xa',
      '--name',
      'Đảng bộ xã Quốc Oai',
      '--superior',
      'Đảng bộ thành phố Hà Nội',
      '--place',
      'Quốc Oai',
      '--year',
      '2025',
      '--term',
      '2025-2030',
      '--signer',
      'Nguyễn Văn An',
      '--signer-role',
      'Bí thư',
    );
    expect(stdout).toContain('Đảng bộ xã Quốc Oai (Đảng ủy xã), năm đầu tiên 2025, nhiệm kỳ 2025 - 2030.');
    expect(stdout).toContain(
      'Cơ quan ban hành: ĐẢNG ỦY XÃ QUỐC OAI (ký hiệu ĐU); cấp trên: ĐẢNG BỘ THÀNH PHỐ HÀ NỘI; cơ quan tham mưu: Ban Xây dựng Đảng.',
    );
    const ctx = createCtx(createSession(db), { kind: 'cli' });
    expect(await dispatch(ctx, 'settings.get', {})).toMatchObject({
      level: 'xa',
      signers: [{ name: 'Nguyễn Văn An', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' }],
    });
    ctx.session.db.close();

    const units = writeCsv(join(dir, 'don-vi.csv'), [
      ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'],
      ['DB', 'Đảng bộ các thôn', 'Đảng bộ cơ sở', null, 'xã', null],
      ['T1', 'Chi bộ thôn 1', 'chi bộ trực thuộc', 'DB', null, 'thôn'],
      ['YT', 'Chi bộ Trạm Y tế', 'chi bộ cơ sở', null, 'sự nghiệp', 'y tế'],
    ]);
    const dry = await tochuc('import', 'units', units, '--db', db, '--year', '2025', '--dry-run');
    expect(dry.stdout).toMatch(/3 đơn vị: 3 thêm mới, 0 sửa, 0 giữ nguyên\.\nChạy thử \(--dry-run\): chưa ghi gì\./);
    const r = await json('import', 'units', units, '--db', db, '--year', '2025');
    expect(r).toMatchObject({ ok: true, applied: true, counts: { created: 3 } });
    const tree = await json('units', '--db', db, '--year', '2025');
    expect(tree.units.map((u: any) => [u.code, u.kind])).toEqual([
      ['CAPUY', 'committee'],
      ['DB', 'baseCommittee'],
      ['T1', 'cell'],
      ['YT', 'baseCell'],
    ]);

    const out = join(dir, 'mau-don-vi.xlsx');
    expect((await tochuc('template-xlsx', '--units', '--db', db, '--out', out)).stdout).toMatch(/Đã ghi .*mau-don-vi\.xlsx \(3 đơn vị/);

    const bad = writeCsv(join(dir, 'sai.csv'), [
      ['Mã', 'Tên', 'Loại', 'Mã cấp trên'],
      ['C1', 'Chi bộ 1', 'chi bộ trực thuộc', 'T1'],
    ]);
    await expect(tochuc('import', 'units', bad, '--db', db, '--year', '2025')).rejects.toMatchObject({
      stdout: expect.stringContaining(
        'trang "sai", dòng 2, cột D (Mã cấp trên): Chi bộ không có đơn vị trực thuộc, nên "Chi bộ 1" không thể trực thuộc chi bộ trực thuộc "Chi bộ thôn 1"',
      ),
      stderr: expect.stringContaining('Lỗi: Tệp "sai.csv" có 1 lỗi; không ghi gì vào dữ liệu.'),
    });
  });

  it('refuses an unknown level and leaves no file behind when the profile is refused', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.sqlite');
    const args = ['--name', 'Đảng bộ X', '--superior', 'Y', '--place', 'Z', '--year', '2025'];
    await expect(tochuc('init', '--out', db, '--level', 'quan', ...args)).rejects.toMatchObject({
      stderr: expect.stringContaining('--level là một trong: huyen, xa, tinh (nhận được "quan").'),
    });
    await expect(tochuc('init', '--out', db, '--level', 'xa', ...args, '--term', '2030-2025')).rejects.toMatchObject({
      stderr: expect.stringContaining('Nhiệm kỳ 2030-2025 không hợp lệ'),
    });
    expect(existsSync(db)).toBe(false);
  });
});

describe('tochuc plans and targets', () => {
  it('adds, lists, edits, copies and removes a plan and its targets', async () => {
    const db = demoCopy();
    const added = await json(
      'plans',
      'add',
      '--db',
      db,
      '--name',
      'Đề án nâng cao chất lượng đảng viên',
      '--from',
      '2020',
      '--to',
      '2025',
      '--number',
      '05-ĐA/HU',
      '--date',
      '2020-03-15',
    );
    expect(Object.keys(added)).toEqual(['id']);
    const text = await tochuc('plans', 'add', '--db', db, '--name', 'Đề án thứ ba', '--from', '2021', '--to', '2022');
    expect(text.stdout).toMatch(/^Đề án số \d+: Đề án thứ ba \(2021–2022\), 0 chỉ tiêu\.\nThêm chỉ tiêu: tochuc targets add/);
    const id = String(added.id);
    const t = await json(
      'targets',
      'add',
      '--db',
      db,
      '--plan',
      id,
      '--label',
      '90% chi bộ thôn kết nạp đảng viên',
      '--scope',
      'thon-tdp',
      '--measure',
      'cell-admitted',
      '--threshold',
      '90',
    );
    await tochuc('targets', 'edit', '--db', db, '--id', String(t.id), '--threshold', '85', '--by', '2024');
    const listed = (await json('plans', 'list', '--db', db)).find((p: any) => p.id === added.id);
    expect(listed).toMatchObject({
      name: 'Đề án nâng cao chất lượng đảng viên',
      number: '05-ĐA/HU',
      issuedOn: '2020-03-15',
      startYear: 2020,
      endYear: 2025,
    });
    expect(listed.targets).toMatchObject([
      { id: t.id, label: '90% chi bộ thôn kết nạp đảng viên', threshold: 85, due: 'byYear', dueYear: 2024, measure: 'cell-admitted' },
    ]);
    expect((await tochuc('plans', 'list', '--db', db)).stdout).toMatch(
      new RegExp(`${id}\\s+Đề án nâng cao chất lượng đảng viên\\s+05-ĐA/HU\\s+2020–2025\\s+1`),
    );

    await tochuc('plans', 'edit', '--db', db, '--plan', id, '--to', '2026', '--name', 'Đề án 05');
    const copy = await json(
      'plans',
      'copy',
      '--db',
      db,
      '--plan',
      id,
      '--name',
      'Đề án 05 (nhiệm kỳ mới)',
      '--from',
      '2025',
      '--to',
      '2030',
    );
    expect(copy.targets).toBe(1);
    const plans = await json('plans', 'list', '--db', db);
    expect(plans.find((p: any) => p.id === added.id)).toMatchObject({ name: 'Đề án 05', endYear: 2026, number: '05-ĐA/HU' });
    expect(plans.find((p: any) => p.id === copy.id)).toMatchObject({
      name: 'Đề án 05 (nhiệm kỳ mới)',
      startYear: 2025,
      endYear: 2030,
      targets: [{ label: '90% chi bộ thôn kết nạp đảng viên', due: 'byYear', dueYear: 2030 }],
    });

    expect((await tochuc('targets', 'remove', '--db', db, '--id', String(t.id))).stdout).toContain(
      `Đã xóa chỉ tiêu số ${t.id} ("90% chi bộ thôn kết nạp đảng viên")`,
    );
    expect((await tochuc('plans', 'remove', '--db', db, '--plan', id)).stdout).toContain(
      `Đã xóa đề án số ${id} (Đề án 05) cùng 0 chỉ tiêu.`,
    );
    expect((await json('plans', 'list', '--db', db)).some((p: any) => p.id === added.id)).toBe(false);
    await expect(tochuc('plans', 'remove', '--db', db, '--plan', id)).rejects.toMatchObject({
      stderr: expect.stringContaining(`Không có đề án số ${id}.`),
    });
    await expect(tochuc('plans', 'add', '--db', db, '--name', 'X', '--from', '2025', '--to', '2020')).rejects.toMatchObject({
      stderr: expect.stringContaining('năm kết thúc 2020 trước năm bắt đầu 2025'),
    });
  });

  it('an empty file tells how to add a plan', async () => {
    const db = join(tempDir(), 'moi.sqlite');
    await tochuc(
      'init',
      '--out',
      db,
      '--level',
      'huyen',
      '--name',
      'Đảng bộ huyện Quốc Oai',
      '--superior',
      'Đảng bộ thành phố Hà Nội',
      '--place',
      'Quốc Oai',
      '--year',
      '2019',
    );
    expect((await tochuc('plans', 'list', '--db', db)).stdout).toBe(
      `Chưa có đề án nào. Thêm đề án: tochuc plans add --db ${db} --name "…" --from 2020 --to 2025\n`,
    );
  });
});

describe('an incomplete year', () => {
  it('says how many units are missing in stats, compare and targets, with no ✓ and no 100% total', async () => {
    const db = demoCopy();
    const ctx = createCtx(createSession(db), { kind: 'cli' });
    await dispatch(ctx, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    const cells = (await dispatch(ctx, 'units.list', { year: 2020 })).filter((u) => u.kind === 'cell').slice(0, 4);
    await dispatch(ctx, 'figures.set', { year: 2020, changes: cells.map((u) => ({ unitId: u.id, indicator: 'dang_vien', value: 36 })) });
    ctx.session.db.close();

    const stats = (await tochuc('stats', '--db', db, '--year', '2020')).stdout;
    expect(stats).toContain(
      '⚠ Năm 2020 chưa đủ số liệu: còn 292/296 chi bộ (đơn vị cơ sở) chưa có số liệu; các số dưới đây chỉ tính trên phần đã nhập.',
    );
    expect(stats).not.toContain('✓');
    expect(stats).toMatch(/Tổng \(phần đã nhập\)\s+296\s+144\n/);
    const full = (await tochuc('stats', '--db', db, '--year', '2019')).stdout;
    expect(full).not.toContain('⚠');
    expect(full).toMatch(/✓ 296 = 221 \+ 45 \+ 12 \+ 18/);
    const sj = await json('stats', '--db', db, '--year', '2020');
    expect(sj.coverage).toMatchObject({ year: 2020, leaves: 296, leavesWithoutFigures: 292, complete: false });
    expect((await json('stats', '--db', db, '--year', '2019')).coverage).toBeUndefined();

    const cmp = (await tochuc('compare', '--db', db, '--years', '2019,2020')).stdout;
    expect(cmp).toContain('⚠ Năm 2020 chưa đủ số liệu: còn 292/296 chi bộ');
    expect(cmp).toContain('Ghi chú: mức tăng giảm so với năm 2020 chỉ tính trên phần đã nhập; chưa phải số thật.');
    const cj = await json('compare', '--db', db, '--years', '2019,2020');
    expect(cj.coverage.map((c: any) => c.complete)).toEqual([true, false]);

    const targets = (await tochuc('targets', '--db', db, '--year', '2020')).stdout;
    expect(targets).toContain(
      '⚠ Năm 2020 chưa đủ số liệu: còn 292/296 chi bộ (đơn vị cơ sở) chưa có số liệu; 322/322 tổ chức đảng chưa xếp loại',
    );
    expect(targets).not.toMatch(/^\s+✓ /m);
    expect((await json('targets', '--db', db, '--year', '2020')).coverage).toMatchObject({ leavesWithoutFigures: 292, withoutRating: 322 });
    const cov = (await tochuc('coverage', '--db', db, '--year', '2020')).stdout;
    expect(cov).toMatch(
      /^Năm 2020 chưa đủ: 292\/296 chi bộ \(đơn vị cơ sở\) chưa có số liệu; 322\/322 tổ chức đảng chưa xếp loại; 296\/296 chi bộ chưa nhập số đảng viên theo mức xếp loại\.\n\nChưa có số liệu \(292\):\n/,
    );
    expect(cov).toContain('  … và 272 đơn vị khác (xem --json).');
    expect((await tochuc('coverage', '--db', db, '--year', '2019')).stdout).toBe(
      'Năm 2019 đã đủ: 296 chi bộ có số liệu, 322 tổ chức đảng đã xếp loại, 296 chi bộ có số đảng viên theo mức xếp loại.\n',
    );
    const table = (await tochuc('targets', '--db', db, '--years', '2019,2020')).stdout;
    expect(table).toContain('⚠ Năm 2020 chưa đủ số liệu');
    expect(table).not.toContain('⚠ Năm 2019');
  });
});
