/** The comparison workbook, on a real demo database, read back with exceljs. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { buildDemo } from '../../demo/build.ts';
import type { Ctx } from '../../api/define.ts';
import { safeText } from '../../workbooks/compare.ts';

let dir: string;
let ctx: Ctx;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tochuc-'));
  const s = createSession(join(dir, 'demo.sqlite'));
  buildDemo(s.db);
  ctx = createCtx(s, { kind: 'cli' });
});
afterAll(() => { ctx.session.db.close(); rmSync(dir, { recursive: true, force: true }); });

test('workbooks.compare: counts as numbers, exact shares as fractions, changes, totals, the rounding notes', async () => {
  const r = await dispatch(ctx, 'workbooks.compare', { years: [2019, 2017] });
  expect(r.name).toBe('so-sanh-nhom-chi-bo-2017-2019.xlsx');
  const buf = Buffer.from(r.base64, 'base64');
  expect(r.bytes).toBe(buf.length);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('So sánh')!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows[0]![0]).toBe('Chi bộ và đảng viên theo nhóm chi bộ');
  expect(rows[1]).toEqual(['Nhóm', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ (%)', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ (%)', 'Tăng/giảm chi bộ', 'Tăng/giảm đảng viên', 'Điểm %']);
  const xa = rows.find((x) => x[0] === 'Chi bộ trực thuộc đảng bộ xã, thị trấn')!;
  expect(xa.slice(1, 3)).toEqual([222, 5770]);
  expect(xa[3]).toBeCloseTo(5770 / 6769, 12);
  expect(xa.slice(4, 6)).toEqual([221, 6067]);
  expect(xa[6]).toBeCloseTo(6067 / 7101, 12);
  expect(xa.slice(7, 9)).toEqual([-1, 297]);
  expect(rows.find((x) => x[0] === 'Tổng')!.slice(0, 6)).toEqual(['Tổng', 297, 6769, 1, 296, 7101]);
  expect(rows.some((x) => String(x[0]).startsWith('Ghi chú: Năm 2019'))).toBe(true);
  expect(ws.getColumn(4).numFmt).toBe('0.00%');
});

test('text that a spreadsheet would run as a formula is neutralised', () => {
  expect(safeText('=HYPERLINK("x")')).toBe("'=HYPERLINK(\"x\")");
  expect(safeText('+1')).toBe("'+1");
  expect(safeText('Chi bộ')).toBe('Chi bộ');
});

test('fewer than two years is refused in Vietnamese', async () => {
  await expect(dispatch(ctx, 'workbooks.compare', { years: [2019] })).rejects.toThrow(/Dữ liệu gửi lên không hợp lệ \(workbooks\.compare\)/);
});
