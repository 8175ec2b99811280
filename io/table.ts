/**
 * Reads the first sheet of an .xlsx or a .csv as rows of plain cell values, streamed or collected, with bounded memory:
 * file size and zip expansion are checked first, rows and columns are capped while reading.
 * Text is normalized to NFC here, once, so nothing downstream sees NFD.
 */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { parse } from '@fast-csv/parse';
import { UserError } from '../core/errors.ts';
import { formatInt } from '../format/vi.ts';
import { checkXlsxZip, MAX_COLUMNS, MAX_ROWS } from './limits.ts';
import { utf8WorkbookReader } from './xlsx-reader.ts';
import type { LoadedFile } from './source.ts';

import type { Cell } from './cell.ts';
export type { Cell } from './cell.ts';
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

/** What a streaming reader hands over: the sheet once, then each non-empty row as it is read. */
export interface RowSink { sheet(name: string): void; row(r: Row): void }
interface Read { sheet: string; rows: number; nfdCells: number }

async function streamXlsx(f: LoadedFile, sink: RowSink, onProgress?: OnProgress): Promise<Read> {
  checkXlsxZip(f.name, f.bytes);
  const norm = new Normalizer();
  let n = 0;
  let sheet = '';
  try {
    const reader = await utf8WorkbookReader(Readable.from([f.bytes]), {
      worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore',
    });
    for await (const ws of reader) {
      sheet = (ws as unknown as { name?: string }).name ?? 'Sheet1';
      sink.sheet(sheet);
      for await (const r of ws as AsyncIterable<ExcelJS.Row>) {
        if (n >= MAX_ROWS) throw tooMany(f.name, 'dòng', MAX_ROWS);
        const values = r.values as ExcelJS.CellValue[];
        if (values.length - 1 > MAX_COLUMNS) throw tooMany(f.name, 'cột', MAX_COLUMNS);
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(plain(values[c], norm));
        n++;
        sink.row({ row: r.number, cells });
        if (n % 10000 === 0) onProgress?.(0, `Đã đọc ${formatInt(n)} dòng`);
      }
      break; // the first sheet is the data; others (notes, lists) are ignored
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`Không đọc được bảng tính "${f.name}": tệp bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`, 'not-spreadsheet');
  }
  return { sheet, rows: n, nfdCells: norm.nfd };
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

function* lineChunks(text: string, size = 256 * 1024): Generator<string> {
  for (let i = 0; i < text.length;) {
    const nl = text.indexOf('\n', i + size);
    const end = nl < 0 ? text.length : nl + 1;
    yield text.slice(i, end);
    i = end;
  }
}

/** Excel in a Vietnamese locale writes ";" (the decimal mark is ","); elsewhere ","; tab for "Unicode text". */
function delimiterOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

async function streamCsv(f: LoadedFile, sink: RowSink, onProgress?: OnProgress): Promise<Read> {
  const text = decodeText(f);
  const norm = new Normalizer();
  const sheet = f.name.replace(/\.[^.]+$/, '');
  sink.sheet(sheet);
  let kept = 0;
  const delimiter = delimiterOf(text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : 4096));
  await new Promise<void>((resolve, reject) => {
    let n = 0;
    // Fed in pieces cut at line ends, so the parser is paced by the consumer instead of
    // turning the whole file into rows at once.
    const stream = Readable.from(lineChunks(text)).pipe(parse({ delimiter, ignoreEmpty: false, trim: false }));
    stream.on('error', (e) => reject(e instanceof UserError ? e : new UserError(`Tệp CSV "${f.name}" sai định dạng ở dòng ${formatInt(n + 1)}: ${e.message}`, 'not-spreadsheet')));
    stream.on('data', (cells: string[]) => {
      n++;
      if (n > MAX_ROWS) { stream.destroy(); reject(tooMany(f.name, 'dòng', MAX_ROWS)); return; }
      if (cells.length > MAX_COLUMNS) { stream.destroy(); reject(tooMany(f.name, 'cột', MAX_COLUMNS)); return; }
      if (cells.every((c) => c.trim() === '')) return;
      kept++;
      sink.row({ row: n, cells: cells.map((c) => (c === '' ? null : norm.text(c))) });
      if (n % 10000 === 0) onProgress?.(0, `Đã đọc ${formatInt(n)} dòng`);
    });
    stream.on('end', () => resolve());
  });
  return { sheet, rows: kept, nfdCells: norm.nfd };
}

/**
 * Streams the rows of the first sheet to `sink` without keeping them: a long member list is
 * checked as it is read, so memory holds what is kept of each row, not the sheet.
 */
export async function streamTable(f: LoadedFile, sink: RowSink, onProgress?: OnProgress): Promise<{ kind: 'xlsx' | 'csv'; sheet: string; rows: number; nfdCells: number }> {
  const kind = kindOf(f);
  const r = kind === 'xlsx' ? await streamXlsx(f, sink, onProgress) : await streamCsv(f, sink, onProgress);
  if (r.rows === 0) throw new UserError(`Tệp "${f.name}"${r.sheet ? `, trang "${r.sheet}"` : ''} không có dữ liệu.`, 'empty-file');
  return { kind, ...r };
}

/** The whole first sheet in memory: for sheets of units, which are short. */
export async function readTable(f: LoadedFile, onProgress?: OnProgress): Promise<Table> {
  const rows: Row[] = [];
  const r = await streamTable(f, { sheet() {}, row: (x) => rows.push(x) }, onProgress);
  return { file: f.name, sheet: r.sheet, kind: r.kind, rows, nfdCells: r.nfdCells };
}
