/**
 * The year's input workbook as a spreadsheet program sees it: written while built (io/xlsx.ts's streaming
 * writer), with one validation rule over the whole block of figures, numbers formatted, parents in bold,
 * the headers of every sheet in bold.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { dispatch } from '../../api/dispatch.ts';
import { listUnits } from '../../db/units.ts';
import { demoCtx } from './fixtures.ts';

describe('the year input workbook as written', () => {
  it('has one whole-number rule over the figures block, counts formatted, parents and headers bold', async () => {
    const d = demoCtx();
    const path = join(d.dir, 'mau.xlsx');
    const said: string[] = [];
    d.ctx.progress = (_job, _done, text) => said.push(text);
    const r = await dispatch(d.ctx, 'data.template', { year: 2019, out: path, jobId: 'mau' });
    // Sheet by sheet, so a province's 8 s show where they are.
    expect(said).toEqual(expect.arrayContaining(['Đang ghi trang "Xếp loại"', 'Đang ghi trang "Cấp ủy viên"', 'Đang nén tệp .xlsx']));
    const units = listUnits(d.ctx.session.db, 2019).length;
    expect(r.rows).toBe(units);

    const sheet1 = strFromU8(unzipSync(readFileSync(path))['xl/worksheets/sheet1.xml']!);
    const rules = [...sheet1.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    // Title, two notes and the header take rows 1–4; a unit per row after them, indicators from column F.
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatch(new RegExp(`^F5:[A-Z]+${4 + units}$`));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const [figures, ratings, committee] = wb.worksheets;
    expect(figures!.getRow(4).getCell(6).font?.bold).toBe(true);
    // Row 5 is the committee at the top of the tree: a parent, in bold; a cell is not.
    expect(figures!.getRow(5).getCell(3).font?.bold).toBe(true);
    const leaf = [...Array(units).keys()].map((i) => figures!.getRow(5 + i)).find((row) => row.getCell(4).value === 'Chi bộ trực thuộc');
    expect(leaf).toBeDefined();
    expect(leaf!.getCell(3).font?.bold).toBeFalsy();
    expect(leaf!.getCell(3).font?.name).toBe('Times New Roman');
    expect(figures!.getRow(5).getCell(6).numFmt).toBe('#,##0');
    for (const ws of [ratings!, committee!]) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.getRow(2).getCell(1).font?.bold).toBeFalsy();
      expect(ws.getRow(2).getCell(1).font?.name).toBe('Times New Roman');
    }
  });
});
