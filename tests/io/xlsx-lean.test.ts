/** The lean .xlsx reader gives exactly the rows exceljs's streaming reader gives, on the files users send. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { streamTable, type OnProgress, type ReadOptions, type Row, type RowSink } from '../../io/table.ts';
import type { LoadedFile } from '../../io/source.ts';
import { UserError } from '../../core/errors.ts';
import { tempDir } from './fixtures.ts';

// Each case runs both ways the lean reader reads a sheet: in this thread, and parsed in a worker thread
// (io/xlsx-lean-thread.ts) with the rows normalized here.
describe.each([
  { how: 'in this thread', thread: false },
  { how: 'in a worker thread', thread: true },
])('lean .xlsx reader, $how', ({ thread }) => {
  const streamTableLean = (f: LoadedFile, sink: RowSink, onProgress?: OnProgress, opts: ReadOptions = {}) =>
    streamTable(f, sink, onProgress, { ...opts, lean: true, thread });

  async function both(path: string): Promise<{ a: Row[]; b: Row[]; ra: unknown; rb: unknown }> {
    const f = { name: 'danh-sach.xlsx', bytes: readFileSync(path) };
    const a: Row[] = [],
      b: Row[] = [];
    const ra = await streamTable(f, { sheet() {}, row: (r) => a.push(r) });
    const rb = await streamTableLean(f, { sheet() {}, row: (r) => b.push(r) });
    return { a, b, ra, rb };
  }

  it('reads text, numbers, dates, booleans, formulas, rich text, errors, gaps and NFD text as exceljs does, across megabyte chunks', async () => {
    const path = join(tempDir(), 'mixed.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Số', 'Đúng', 'Công thức', 'Ghi chú']);
    ws.addRow(['Nguyễn Văn Hùng', new Date(Date.UTC(1970, 4, 19)), 12.5, true, { formula: 'C2*2', result: 25 }, null]);
    ws.addRow([
      'Trần Thị Lan'.normalize('NFD'),
      '19/05/1970',
      0,
      false,
      { formula: 'A3&"x"', result: 'chuỗi' },
      { richText: [{ text: 'Chi bộ ' }, { font: { bold: true }, text: 'thôn Đông' }] },
    ]);
    const r4 = ws.getRow(4);
    r4.getCell(1).value = 'chỉ cột A';
    r4.getCell(5).value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    r4.getCell(8).value = 'cột H';
    r4.commit();
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    // Enough rows for the sheet to pass a megabyte, with Vietnamese letters across chunk edges.
    for (let i = 0; i < 12000; i++)
      ws.addRow([`Lê Thị Hồng Nhung ${i}`, `Chi bộ cơ quan Ủy ban nhân dân xã ${i % 97}`, i, i % 2 === 0, `đợt ${i % 7}`]);
    await wb.xlsx.writeFile(path);
    const { a, b, ra, rb } = await both(path);
    const sheetXml = unzipSync(readFileSync(path), { filter: (e) => e.name === 'xl/worksheets/sheet1.xml' })['xl/worksheets/sheet1.xml']!;
    expect(sheetXml.length).toBeGreaterThan(1 << 20);
    expect(b.length).toBe(12004);
    expect(b).toEqual(a);
    expect(rb).toEqual(ra);
    expect(b[1]!.cells[1]).toEqual(new Date(Date.UTC(1970, 4, 19)));
    expect(b[2]!.cells[0]).toBe('Trần Thị Lan'.normalize('NFC'));
    expect(b[2]!.cells[5]).toBe('Chi bộ thôn Đông');
    expect((rb as { nfdCells: number }).nfdCells).toBe(1);
  });

  it("reads the first visible sheet by the tabs' order, and inline strings", async () => {
    const path = join(tempDir(), 'two.xlsx');
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.addRow(['không đọc']);
    wb.addWorksheet('Danh sách').addRow(['Họ và tên', 'Chi bộ']);
    wb.getWorksheet('Danh sách')!.addRow(['Phạm Minh', 'Chi bộ 1']);
    await wb.xlsx.writeFile(path);
    // Excel and other writers may store text inline instead of in the shared strings.
    const parts = unzipSync(readFileSync(path));
    const sheetPath = Object.keys(parts).find((k) => /worksheets\/sheet2\.xml$/.test(k))!;
    parts[sheetPath] = strToU8(
      strFromU8(parts[sheetPath]!).replace(/<c r="B2" t="s"><v>\d+<\/v><\/c>/, '<c r="B2" t="inlineStr"><is><t>Chi bộ 1</t></is></c>'),
    );
    expect(strFromU8(parts[sheetPath]!)).toContain('t="inlineStr"');
    const inline = join(tempDir(), 'inline.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(inline, zipSync(parts));
    for (const p of [path, inline]) {
      const rows: Row[] = [];
      const r = await streamTableLean({ name: 'x.xlsx', bytes: readFileSync(p) }, { sheet() {}, row: (x) => rows.push(x) });
      expect(r.sheet).toBe('Danh sách');
      expect(rows.map((x) => x.cells)).toEqual([
        ['Họ và tên', 'Chi bộ'],
        ['Phạm Minh', 'Chi bộ 1'],
      ]);
    }
  });

  it('refuses a broken file and a zip that is not a workbook with Vietnamese messages, and leaves .csv to the CSV reader', async () => {
    const zip = { name: 'nen.xlsx', bytes: Buffer.from(zipSync({ 'a.txt': strToU8('xin chào') })) };
    await expect(streamTableLean(zip, { sheet() {}, row() {} })).rejects.toThrow(/không phải bảng tính Excel/);
    const path = join(tempDir(), 'ok.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['x']);
    await wb.xlsx.writeFile(path);
    const parts = unzipSync(readFileSync(path));
    const sheetPath = Object.keys(parts).find((k) => /worksheets\/sheet1\.xml$/.test(k))!;
    parts[sheetPath] = strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>');
    const cut = { name: 'hong.xlsx', bytes: Buffer.from(zipSync(parts)) };
    const err = await streamTableLean(cut, { sheet() {}, row() {} }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^Không đọc được bảng tính "hong.xlsx": tệp bị hỏng/);
    const rows: Row[] = [];
    await streamTableLean({ name: 'a.csv', bytes: Buffer.from('Họ và tên;Chi bộ\nA;B\n') }, { sheet() {}, row: (r) => rows.push(r) });
    expect(rows.map((r) => r.cells)).toEqual([
      ['Họ và tên', 'Chi bộ'],
      ['A', 'B'],
    ]);
  });
});
