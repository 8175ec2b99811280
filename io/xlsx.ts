/**
 * How our .xlsx files look: Vietnamese headers, counts as `#,##0` and shares as `0.00%` (values are
 * fractions). Both are locale-neutral format codes: Excel and LibreOffice draw them with the
 * separators of the user's locale, so a Vietnamese Windows shows 7.101 and 85,44%.
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from './exceljs.ts';
import { guardText } from './guard.ts';

export const COUNT_FORMAT = '#,##0';
export const shareFormat = (decimals: number): string => (decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%');

export const FONT = 'Times New Roman';

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tochuc';
  wb.created = new Date(0); // fixed, so the same data gives the same file
  return wb;
}

export function titleRow(ws: ExcelJS.Worksheet, text: string, width: number): void {
  const r = ws.addRow([guardText(text)]);
  r.font = { name: FONT, bold: true, size: 13 };
  if (width > 1) ws.mergeCells(r.number, 1, r.number, width);
}

export function noteRow(ws: ExcelJS.Worksheet, text: string, width: number): void {
  const r = ws.addRow([guardText(text)]);
  r.font = { name: FONT, italic: true, size: 11 };
  if (width > 1) ws.mergeCells(r.number, 1, r.number, width);
}

export function headerRow(ws: ExcelJS.Worksheet, headers: string[]): ExcelJS.Row {
  const r = ws.addRow(headers.map(guardText));
  r.eachCell((c) => {
    c.font = { name: FONT, bold: true, size: 12 };
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    c.border = thin;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  });
  return r;
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export type Value = string | number | null | { share: number; decimals: number };

/** A data row: text is guarded, counts and shares get their number formats. */
export function dataRow(ws: ExcelJS.Worksheet, values: Value[], opts: { bold?: boolean } = {}): ExcelJS.Row {
  const r = ws.addRow(values.map((v) => (v === null ? null : typeof v === 'string' ? guardText(v) : typeof v === 'number' ? v : v.share)));
  values.forEach((v, i) => {
    const c = r.getCell(i + 1);
    c.font = { name: FONT, size: 12, bold: opts.bold ?? false };
    c.border = thin;
    if (typeof v === 'number') c.numFmt = COUNT_FORMAT;
    else if (v !== null && typeof v === 'object') c.numFmt = shareFormat(v.decimals);
  });
  return r;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
