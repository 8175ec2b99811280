/** Exported tables of a year entered in part say so, and carry no 100% total. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../../api/dispatch.ts';
import { demoCtx } from './fixtures.ts';

async function sheet(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('export of an incomplete year', () => {
  it('breakdown, comparison and targets say what is missing; a complete year is as before', async () => {
    const d = demoCtx();
    await dispatch(d.ctx, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    const cells = (await dispatch(d.ctx, 'units.list', { year: 2020 })).filter((u) => u.kind === 'cell').slice(0, 4);
    await dispatch(d.ctx, 'figures.set', { year: 2020, changes: cells.map((u) => ({ unitId: u.id, indicator: 'dang_vien', value: 36 })) });

    const out = (n: string) => join(d.dir, n);
    await dispatch(d.ctx, 'data.export', { what: 'breakdown', year: 2020, out: out('b2020.xlsx') });
    const b = await sheet(out('b2020.xlsx'));
    expect(b[1]![0]).toBe(
      'Năm 2020 chưa đủ số liệu: còn 292/296 chi bộ (đơn vị cơ sở) chưa có số liệu; các số dưới đây chỉ tính trên phần đã nhập.',
    );
    const total = b.find((r) => String(r[0]).startsWith('Tổng'))!;
    expect(total.slice(0, 3)).toEqual(['Tổng (phần đã nhập)', 296, 144]);
    expect(total[3] ?? null).toBeNull();

    await dispatch(d.ctx, 'data.export', { what: 'breakdown', year: 2019, out: out('b2019.xlsx') });
    const full = await sheet(out('b2019.xlsx'));
    expect(full[1]![0]).toBe('Nhóm');
    expect(full.find((r) => r[0] === 'Tổng')!.slice(1)).toEqual([296, 7101, 1]);

    await dispatch(d.ctx, 'data.export', { what: 'compare', year: 2020, years: [2019, 2020], out: out('c.xlsx') });
    const c = await sheet(out('c.xlsx'));
    expect(c[1]![0]).toMatch(/^Năm 2020 chưa đủ số liệu: còn 292\/296 chi bộ/);
    expect(c.at(-1)![0]).toBe('Ghi chú: mức tăng giảm so với năm 2020 chỉ tính trên phần đã nhập; chưa phải số thật.');

    await dispatch(d.ctx, 'data.export', { what: 'targets', year: 2020, out: out('t.xlsx') });
    const t = await sheet(out('t.xlsx'));
    expect(t[1]![0]).toMatch(/^Năm 2020 chưa đủ số liệu: .*322\/322 tổ chức đảng chưa xếp loại/);
    expect(
      t
        .slice(3)
        .map((r) => r[6])
        .filter((s) => s === 'Đạt'),
    ).toEqual([]);
  });
});
