import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../../api/dispatch.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { setUnitName } from '../../db/units.ts';
import { guardText } from '../../io/guard.ts';
import { demoCtx } from './fixtures.ts';

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0]!;
}

function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  return (ws.getRow(n).values as unknown[]).slice(1);
}

/** No cell of an export may be a formula, whatever text the database holds. */
function formulas(ws: ExcelJS.Worksheet): number {
  let n = 0;
  ws.eachRow((r) =>
    r.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.Formula) n++;
    }),
  );
  return n;
}

describe('export to .xlsx', () => {
  it('breakdown: Vietnamese headers, counts as #,##0, shares as 0.00% fractions of the displayed rounding', async () => {
    const d = demoCtx();
    const out = join(d.dir, 'phan-to.xlsx');
    const r = await dispatch(d.ctx, 'data.export', { what: 'breakdown', year: 2019, out });
    expect(r).toMatchObject({ path: out, rows: 5, base64: null });
    const ws = await sheetOf(out);
    expect(ws.getCell('A1').value).toBe('Chi bộ và đảng viên theo nhóm chi bộ — năm 2019');
    expect(rowValues(ws, 2)).toEqual(['Nhóm', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ đảng viên']);
    expect(rowValues(ws, 3)).toEqual(['Chi bộ trực thuộc đảng bộ xã, thị trấn', 221, 6067, 0.8544]);
    expect(rowValues(ws, 6)).toEqual(['Chi bộ cơ sở', 18, 446, 0.0628]);
    expect(rowValues(ws, 7)).toEqual(['Tổng', 296, 7101, 1]);
    expect(ws.getCell('C3').numFmt).toBe('#,##0');
    expect(ws.getCell('D3').numFmt).toBe('0.00%');
    expect(String(ws.getCell('A8').value)).toMatch(/^Ghi chú: .*100,01%/);
  });

  it('compare, targets and figures, with no formula anywhere', async () => {
    const d = demoCtx();
    const cmp = join(d.dir, 'so-sanh.xlsx');
    await dispatch(d.ctx, 'data.export', { what: 'compare', year: 2019, years: [2017, 2018, 2019], out: cmp });
    const c = await sheetOf(cmp);
    expect(rowValues(c, 2)).toContain('Số đảng viên 2019');
    expect(rowValues(c, 2)).toContain('Tăng/giảm đảng viên 2018–2019');
    let totalRow = 0;
    c.eachRow((r, n) => {
      if (r.getCell(1).value === 'Tổng') totalRow = n;
    });
    const total = rowValues(c, totalRow).filter((v) => v !== null && v !== undefined);
    expect(total).toContain(7101);

    const tg = join(d.dir, 'chi-tieu.xlsx');
    const t = await dispatch(d.ctx, 'data.export', { what: 'targets', year: 2019, out: tg });
    expect(t.rows).toBeGreaterThan(0);
    const ts = await sheetOf(tg);
    expect(rowValues(ts, 2)).toEqual(['Chỉ tiêu', 'Phạm vi', 'Ngưỡng', 'Số đạt', 'Tổng số', 'Tỷ lệ đạt được', 'Kết quả', 'Còn thiếu']);
    const results = new Set<unknown>();
    for (let n = 3; n <= ts.rowCount; n++) results.add(ts.getRow(n).getCell(7).value);
    expect(
      [...results].every((v) => ['Đạt', 'Chưa đạt', 'Chưa đến hạn', 'Ngoài thời gian đề án', 'Chưa có số liệu'].includes(String(v))),
    ).toBe(true);

    const fg = join(d.dir, 'so-lieu.xlsx');
    await dispatch(d.ctx, 'data.export', { what: 'figures', year: 2019, out: fg });
    for (const ws of [c, ts, await sheetOf(fg)]) expect(formulas(ws)).toBe(0);
  });

  it('guards text that a spreadsheet would take for a formula, and reads it back unguarded', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const id = findUnitIdByCode(db, 'QO.X01.01')!;
    const evil = '=HYPERLINK("http://example.invalid","Bấm vào đây")';
    setUnitName(db, 2019, id, evil);
    const out = join(d.dir, 'so-lieu.xlsx');
    await dispatch(d.ctx, 'data.export', { what: 'figures', year: 2019, out });
    const ws = await sheetOf(out);
    let found: ExcelJS.Cell | undefined;
    ws.eachRow((r) => {
      if (r.getCell(1).value === 'QO.X01.01') found = r.getCell(2);
    });
    expect(found!.type).toBe(ExcelJS.ValueType.String);
    expect(String(found!.value).trim()).toBe(`'${evil}`);
    expect(formulas(ws)).toBe(0);
    for (const s of ['+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(guardText(s)).toBe(`'${s}`);
    expect(guardText('Chi bộ thôn 1')).toBe('Chi bộ thôn 1');
    // Reading our own file back: matched by code, nothing changes.
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path: out }, year: 2019, dryRun: true });
    expect(r.ok && r.changes).toEqual([]);
  });

  it('sends the bytes back when there is no file to write and no save dialog (web)', async () => {
    const d = demoCtx();
    const r = await dispatch(d.ctx, 'data.template', { year: 2019 });
    expect(r.path).toBeNull();
    expect(r.name).toBe('nhap-so-lieu-2019.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.base64!, 'base64') as unknown as ArrayBuffer);
    expect(rowValues(wb.worksheets[0]!, 4).slice(0, 5)).toEqual(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại', 'Thuộc']);
  });
});

describe('from a browser page (web mode)', () => {
  it('takes and gives file contents, never paths on this machine', async () => {
    const d = demoCtx();
    const web = { ...d.ctx, host: { kind: 'web' as const } };
    await expect(dispatch(web, 'data.export', { what: 'breakdown', year: 2019, out: join(d.dir, 'x.xlsx') })).rejects.toThrow(
      /chế độ web không đọc hay ghi tệp theo đường dẫn/,
    );
    await expect(dispatch(web, 'data.importMembers', { source: { path: '/etc/passwd' }, year: 2019 })).rejects.toThrow(/chế độ web/);
    await expect(dispatch(web, 'data.restore', { from: d.dbPath })).rejects.toThrow(/chế độ web/);
    const r = await dispatch(web, 'data.export', { what: 'breakdown', year: 2019 });
    expect(r.path).toBeNull();
    const back = await dispatch(web, 'data.importFigures', { source: { name: r.name, base64: r.base64! }, year: 2019, dryRun: true });
    expect(back.ok).toBe(false); // a breakdown is not a sheet of units: said so, not crashed
  });
});
