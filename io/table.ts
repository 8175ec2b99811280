/**
 * Reads the first sheet of an .xlsx or a .csv into rows of plain cell values, with bounded memory:
 * file size and zip expansion are checked first, rows and columns are capped while reading.
 * Text is normalized to NFC here, once, so nothing downstream sees NFD.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parseString } from '@fast-csv/parse';
import { UserError } from '../api/errors.ts';
import { formatInt } from '../format/vi.ts';
import { checkXlsxZip, MAX_COLUMNS, MAX_ROWS } from './limits.ts';
import { Utf8WorkbookReader } from './xlsx-reader.ts';
import type { LoadedFile } from './source.ts';

export type Cell = null | string | number | boolean | Date | { formula: string; result: unknown } | { error: string };
export interface Row { row: number; cells: Cell[] }
export interface Table { file: string; sheet: string; kind: 'xlsx' | 'csv'; rows: Row[]; nfdCells: number }

export type OnProgress = (fraction: number, text: string) => void;

function kindOf(f: LoadedFile): 'xlsx' | 'csv' {
  const b = f.bytes;
  if (b.length >= 4 && b.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0) {
    throw new UserError(`Tệp "${f.name}" là định dạng Excel 97–2003 (.xls), chưa được hỗ trợ. Hãy mở bằng Excel và chọn Lưu thành → Sổ làm việc Excel (.xlsx).`, 'xls');
  }
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') throw new UserError(`Tệp "${f.name}" là tệp PDF, không phải bảng tính. Hãy dùng tệp .xlsx hoặc .csv.`, 'not-spreadsheet');
  if (/\.(csv|txt)$/i.test(f.name)) return 'csv';
  // Text without NUL bytes is read as CSV whatever its name; anything else is not a table.
  if (b.subarray(0, 4096).includes(0)) {
    throw new UserError(`Tệp "${f.name}" không phải bảng tính (.xlsx) hay tệp văn bản CSV.`, 'not-spreadsheet');
  }
  return 'csv';
}

function tooMany(file: string, what: string, limit: number): UserError {
  return new UserError(`Tệp "${file}" có quá nhiều ${what} (hơn ${formatInt(limit)}); hãy tách thành nhiều tệp.`, 'too-large');
}

class Normalizer {
  nfd = 0;
  text(s: string): string {
    const n = s.normalize('NFC');
    if (n !== s) this.nfd++;
    return n;
  }
}

function plain(v: ExcelJS.CellValue, norm: Normalizer): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return norm.text(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
      const result = typeof f.result === 'string' ? norm.text(f.result) : f.result;
      return { formula: f.formula ?? f.sharedFormula ?? '', result };
    }
    if ('richText' in v) return norm.text(v.richText.map((r) => r.text).join(''));
    if ('text' in v && typeof v.text === 'string') return norm.text(v.text);
    if ('error' in v) return { error: String(v.error) };
  }
  return norm.text(String(v));
}

async function readXlsx(f: LoadedFile, onProgress?: OnProgress): Promise<Table> {
  checkXlsxZip(f.name, f.bytes);
  const norm = new Normalizer();
  const rows: Row[] = [];
  let sheet = '';
  try {
    const reader = new Utf8WorkbookReader(Readable.from([f.bytes]), {
      worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore',
    });
    for await (const ws of reader) {
      sheet = (ws as unknown as { name?: string }).name ?? 'Sheet1';
      for await (const r of ws as AsyncIterable<ExcelJS.Row>) {
        if (rows.length >= MAX_ROWS) throw tooMany(f.name, 'dòng', MAX_ROWS);
        const values = r.values as ExcelJS.CellValue[];
        if (values.length - 1 > MAX_COLUMNS) throw tooMany(f.name, 'cột', MAX_COLUMNS);
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(plain(values[c], norm));
        rows.push({ row: r.number, cells });
        if (rows.length % 10000 === 0) onProgress?.(0, `Đã đọc ${formatInt(rows.length)} dòng`);
      }
      break; // the first sheet is the data; others (notes, lists) are ignored
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`Không đọc được bảng tính "${f.name}": tệp bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`, 'not-spreadsheet');
  }
  return { file: f.name, sheet, kind: 'xlsx', rows, nfdCells: norm.nfd };
}

function decodeText(f: LoadedFile): string {
  const b = f.bytes;
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    throw new UserError(
      `Tệp "${f.name}" không ở mã UTF-8 (có thể là TCVN3, VNI hay Windows-1258). Hãy mở bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)".`,
      'encoding',
    );
  }
}

/** Excel in a Vietnamese locale writes ";" (the decimal mark is ","); elsewhere ","; tab for "Unicode text". */
function delimiterOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

async function readCsv(f: LoadedFile, onProgress?: OnProgress): Promise<Table> {
  const text = decodeText(f);
  const norm = new Normalizer();
  const rows: Row[] = [];
  const delimiter = delimiterOf(text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : 4096));
  await new Promise<void>((resolve, reject) => {
    let n = 0;
    const stream = parseString(text, { delimiter, ignoreEmpty: false, trim: false });
    stream.on('error', (e) => reject(new UserError(`Tệp CSV "${f.name}" sai định dạng ở dòng ${formatInt(n + 1)}: ${e.message}`, 'not-spreadsheet')));
    stream.on('data', (cells: string[]) => {
      n++;
      if (n > MAX_ROWS) { stream.destroy(); reject(tooMany(f.name, 'dòng', MAX_ROWS)); return; }
      if (cells.length > MAX_COLUMNS) { stream.destroy(); reject(tooMany(f.name, 'cột', MAX_COLUMNS)); return; }
      if (cells.every((c) => c.trim() === '')) return;
      rows.push({ row: n, cells: cells.map((c) => (c === '' ? null : norm.text(c))) });
      if (n % 10000 === 0) onProgress?.(0, `Đã đọc ${formatInt(n)} dòng`);
    });
    stream.on('end', () => resolve());
  });
  return { file: f.name, sheet: f.name.replace(/\.[^.]+$/, ''), kind: 'csv', rows, nfdCells: norm.nfd };
}

export async function readTable(f: LoadedFile, onProgress?: OnProgress): Promise<Table> {
  const kind = kindOf(f);
  const t = kind === 'xlsx' ? await readXlsx(f, onProgress) : await readCsv(f, onProgress);
  if (t.rows.length === 0) throw new UserError(`Tệp "${f.name}"${t.sheet ? `, trang "${t.sheet}"` : ''} không có dữ liệu.`, 'empty-file');
  return t;
}
