import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoCopy } from '../helpers/db.ts';
import { writeXlsx } from './fixtures.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });
const fails = (...args: string[]) =>
  tochuc(...args).then(
    () => {
      throw new Error('expected exit 1');
    },
    (e) => e as { code: number; stdout: string; stderr: string },
  );

describe('tochuc template-xlsx / import / export / backup from the terminal', () => {
  const db = demoCopy();
  const dir = join(db, '..');

  it('writes the input sheet of a new year and reads it back', async () => {
    const out = join(dir, 'nhap-so-lieu-2020.xlsx');
    const t = await tochuc('template-xlsx', '--db', db, '--year', '2020', '--out', out);
    expect(t.stdout).toMatch(/^Đã ghi .*nhap-so-lieu-2020\.xlsx \(323 đơn vị, [\d.]+ byte\)\.$/m);
    const r = JSON.parse((await tochuc('import', 'figures', out, '--db', db, '--year', '2020', '--dry-run', '--json')).stdout);
    expect(r).toMatchObject({ ok: true, applied: false, startedFromYear: 2019, counts: { rows: 323 } });
  });

  it('prints {"ok":false,"errors":[…]} with sheet, row and column, exits 1 and writes nothing', async () => {
    const bad = await writeXlsx(
      join(dir, 'sai.xlsx'),
      [
        ['Mã đơn vị', 'Đảng viên'],
        ['QO.X01.01', 'nhiều'],
      ],
      'Số liệu',
    );
    const e = await fails('import', 'figures', bad, '--db', db, '--year', '2019', '--json');
    expect(e.code).toBe(1);
    const r = JSON.parse(e.stdout);
    expect(r).toEqual({
      ok: false,
      file: 'sai.xlsx',
      errors: [{ sheet: 'Số liệu', row: 2, column: 'B (Đảng viên)', message: 'Chi bộ tổ dân phố 1: "nhiều" không phải là số.' }],
      warnings: [],
    });
    expect(e.stderr).toMatch(/Tệp "sai\.xlsx" có 1 lỗi; không ghi gì vào dữ liệu\./);
    const text = await fails('import', 'figures', bad, '--db', db, '--year', '2019');
    expect(text.stdout).toMatch(/trang "Số liệu", dòng 2, cột B \(Đảng viên\): Chi bộ tổ dân phố 1: "nhiều" không phải là số\./);
  });

  it('imports a member list with --map and shows old → new', async () => {
    const list = await writeXlsx(join(dir, 'ds.xlsx'), [
      ['Họ và tên', 'Ngày sinh', 'Ngày được kết nạp', 'Mã chi bộ'],
      ['Nguyễn Văn An', '01/02/1960', '03/02/1990', 'QO.X01.02'],
    ]);
    const dry = await tochuc(
      'import',
      'members',
      list,
      '--db',
      db,
      '--year',
      '2019',
      '--dry-run',
      '--map',
      'Ngày được kết nạp=ngày vào đảng',
    );
    expect(dry.stdout).toMatch(/Chi bộ tổ dân phố 2\s+QO\.X01\.02\s+0 → 1\s+Đảng viên: \d+ → 1/);
    expect(dry.stdout).toMatch(/Chạy thử \(--dry-run\): chưa ghi gì\./);
    const wrong = await fails('import', 'members', list, '--db', db, '--year', '2019', '--map', 'Ngày được kết nạp=ngày cưới');
    expect(wrong.stderr).toMatch(/Không hiểu "ngày cưới" trong ánh xạ cột "Ngày được kết nạp"/);
    const done = await tochuc('import', 'members', list, '--db', db, '--year', '2019', '--map', 'Ngày được kết nạp=ngày vào đảng');
    expect(done.stdout).toMatch(/Đã ghi vào .*Bản sao lưu trước khi nhập: .*sao-luu.*truoc-nhap/);
  });

  it('exports a table and backs up, listing the automatic backups', async () => {
    const out = join(dir, 'bang.xlsx');
    const e = await tochuc('export', '--db', db, '--year', '2019', '--what', 'breakdown', '--out', out);
    expect(e.stdout).toMatch(/Đã ghi .*bang\.xlsx \(5 dòng/);
    expect(existsSync(out)).toBe(true);
    const wrong = await fails('export', '--db', db, '--year', '2019', '--what', 'banh', '--out', out);
    expect(wrong.stderr).toMatch(/--what phải là một trong: breakdown, compare, targets, figures/);
    const b = await tochuc('backup', '--db', db, '--out', join(dir, 'sao-luu-tay.sqlite'));
    expect(b.stdout).toMatch(/Đã sao lưu vào .*sao-luu-tay\.sqlite \([\d.]+ byte\)/);
    const list = JSON.parse((await tochuc('backup', '--db', db, '--list', '--json')).stdout);
    expect(list.map((x: { reason: string }) => x.reason)).toContain('truoc-nhap');
  });
});
