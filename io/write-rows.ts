/** Writing long lists to .xlsx or .csv row by row (streaming), so memory does not grow with the row count. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadExcel } from './exceljs.ts';
import { guardText } from './guard.ts';
import { COUNT_FORMAT, FONT } from './xlsx.ts';

type Cell = string | number | Date | null;

export async function writeRowsXlsx(
  path: string,
  sheet: string,
  headers: string[],
  rows: Iterable<Cell[]>,
  onRow?: (n: number) => void,
): Promise<number> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet(sheet);
  ws.columns = headers.map((h) => ({ header: guardText(h), width: Math.max(12, h.length + 2) }));
  ws.getRow(1).font = { name: FONT, bold: true };
  ws.getRow(1).commit();
  let n = 0;
  for (const r of rows) {
    const row = ws.addRow(r.map((v) => (typeof v === 'string' ? guardText(v) : v)));
    r.forEach((v, i) => {
      if (typeof v === 'number') row.getCell(i + 1).numFmt = COUNT_FORMAT;
      else if (v instanceof Date) row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
    });
    row.commit();
    if (++n % 10000 === 0) onRow?.(n);
  }
  ws.commit();
  await wb.commit();
  return n;
}

/** UTF-8 with BOM, so that Excel on Windows reads the Vietnamese letters right. */
export async function writeRowsCsv(path: string, headers: string[], rows: Iterable<Cell[]>): Promise<number> {
  const out = createWriteStream(path);
  const q = (v: Cell) => {
    if (v === null) return '';
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? guardText(v) : String(v);
    return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  out.write(`\uFEFF${headers.map(q).join(',')}\r\n`);
  let n = 0;
  for (const r of rows) {
    if (!out.write(`${r.map(q).join(',')}\r\n`)) await once(out, 'drain');
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}
