/**
 * How our .xlsx files look: Vietnamese headers, counts as `#,##0` and shares as `0.00%` (values are
 * fractions). Both are locale-neutral format codes: Excel and LibreOffice draw them with the
 * separators of the user's locale, so a Vietnamese Windows shows 7.101 and 85,44%.
 */
import { PassThrough } from 'node:stream';
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

/**
 * A workbook written while it is built (exceljs's streaming writer): a province's input workbook has
 * 25.000 units with 30 figures each and 75.000 committee members, and the whole workbook in memory
 * took 22 s and 2,1 GB. A row is written out by `row.commit()` (a no-op on an ordinary sheet), so a
 * sheet sets its columns' widths and formats before it commits its first row.
 */
export async function newStreamingWorkbook(): Promise<{ wb: ExcelJS.stream.xlsx.WorkbookWriter; finish(): Promise<Buffer> }> {
  const ExcelJS = await loadExcel();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.once('end', resolve);
    out.once('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'tochuc';
  wb.created = new Date(0);
  return {
    wb,
    async finish() {
      await wb.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
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
    // An empty cell keeps its column's format, for the number typed into it later.
    const numFmt = typeof v === 'number' ? COUNT_FORMAT : v !== null && typeof v === 'object' ? shareFormat(v.decimals) : c.numFmt;
    c.style = cellStyle(opts.bold ?? false, numFmt);
  });
  return r;
}

const styles = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One style object per look, shared by every cell that has it: exceljs recognizes an object it has
 * seen and skips rendering it again (a province's figures sheet has 860.000 cells, and styling each
 * anew was most of the time the sheet took). Frozen, so no caller can restyle all cells by one.
 */
function cellStyle(bold: boolean, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const key = `${bold}|${numFmt ?? ''}`;
  let s = styles.get(key);
  if (!s) {
    s = Object.freeze({ font: { name: FONT, size: 12, bold }, border: thin, ...(numFmt ? { numFmt } : {}) });
    styles.set(key, s);
  }
  return s;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
