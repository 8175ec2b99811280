/**
 * Reads one sheet of an .xlsx (the expected one, or the first visible: see xlsx-reader.ts) or a .csv as rows of plain cell values, streamed or collected, with bounded memory:
 * file size and zip expansion are checked first, rows and columns are capped while reading.
 * Text is normalized to NFC here, once, so nothing downstream sees NFD.
 */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { parse } from '@fast-csv/parse';
import { UserError } from '../core/errors.ts';
import { formatInt } from '../format/vi.ts';
import { checkXlsxZip, MAX_COLUMNS, MAX_ROWS, MAX_TABLE_CELLS, tooMany } from './limits.ts';
import { Normalizer } from './normalize.ts';
import { streamXlsxLean } from './xlsx-lean.ts';
import { readOneSheet } from './xlsx-reader.ts';
import { describeChoice, type ReadOptions } from './sheet-choice.ts';
export type { ReadOptions } from './sheet-choice.ts';
import type { LoadedFile } from './source.ts';

import type { Cell } from './cell.ts';
export type { Cell } from './cell.ts';
export interface Row {
  row: number;
  cells: Cell[];
}
export interface Table {
  file: string;
  sheet: string;
  kind: 'xlsx' | 'csv';
  rows: Row[];
  nfdCells: number;
  hiddenCells: number;
  sheetNote: string | null;
}

export type OnProgress = (fraction: number, text: string) => void;

function kindOf(f: LoadedFile): 'xlsx' | 'csv' {
  const b = f.bytes;
  if (b.length >= 4 && b.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0) {
    throw new UserError(
      `Tệp "${f.name}" là định dạng Excel 97–2003 (.xls), chưa được hỗ trợ. Hãy mở bằng Excel và chọn Lưu thành → Sổ làm việc Excel (.xlsx).`,
      'xls',
    );
  }
  if (b.subarray(0, 5).toString('latin1') === '%PDF-')
    throw new UserError(`Tệp "${f.name}" là tệp PDF, không phải bảng tính. Hãy dùng tệp .xlsx hoặc .csv.`, 'not-spreadsheet');
  if (/\.(csv|txt)$/i.test(f.name)) return 'csv';
  // Text without NUL bytes is read as CSV whatever its name; anything else is not a table.
  if (b.subarray(0, 4096).includes(0)) {
    throw new UserError(`Tệp "${f.name}" không phải bảng tính (.xlsx) hay tệp văn bản CSV.`, 'not-spreadsheet');
  }
  return 'csv';
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
export interface RowSink {
  sheet(name: string): void;
  row(r: Row): void;
}
export interface Read {
  sheet: string;
  rows: number;
  nfdCells: number;
  hiddenCells: number;
  sheetNote: string | null;
}

async function streamXlsx(f: LoadedFile, sink: RowSink, onProgress?: OnProgress, opts: ReadOptions = {}): Promise<Read> {
  checkXlsxZip(f.name, f.bytes);
  const norm = new Normalizer(f.name);
  let n = 0;
  let sheet: string;
  let sheetNote: string | null;
  try {
    const one = await readOneSheet(f.name, f.bytes, opts);
    sheet = norm.sheet = one.choice.sheet.name;
    sheetNote = describeChoice(one.choice);
    sink.sheet(sheet);
    for await (const r of one.rows) {
      if (n >= MAX_ROWS) throw tooMany(f.name, 'dòng', MAX_ROWS);
      const values = r.values as ExcelJS.CellValue[];
      if (values.length - 1 > MAX_COLUMNS) throw tooMany(f.name, 'cột', MAX_COLUMNS);
      const cells: Cell[] = [];
      norm.row = r.number;
      for (let c = 1; c < values.length; c++) {
        norm.col = c - 1;
        cells.push(plain(values[c], norm));
      }
      n++;
      sink.row({ row: r.number, cells });
      if (n % 10000 === 0) onProgress?.(0, `Đã đọc ${formatInt(n)} dòng`);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `Không đọc được bảng tính "${f.name}": tệp bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`,
      'not-spreadsheet',
    );
  }
  return { sheet, rows: n, nfdCells: norm.nfd, hiddenCells: norm.hidden, sheetNote };
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

/** fast-csv's English reasons, said in Vietnamese. */
function csvProblem(message: string): string {
  if (/missing closing/i.test(message)) return 'có dấu ngoặc kép (") mở mà không đóng; hãy kiểm tra ô chứa dấu ngoặc kép.';
  if (/expected: .* got/i.test(message))
    return 'sau dấu ngoặc kép (") đóng phải là dấu phân cách hoặc xuống dòng; ngoặc kép trong ô phải viết đôi ("").';
  return 'không đọc được dòng này như dữ liệu CSV.';
}

/** Excel in a Vietnamese locale writes ";" (the decimal mark is ","); elsewhere ","; tab for "Unicode text". */
function delimiterOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

async function streamCsv(f: LoadedFile, sink: RowSink, onProgress?: OnProgress): Promise<Read> {
  const text = decodeText(f);
  const norm = new Normalizer(f.name);
  const sheet = (norm.sheet = f.name.replace(/\.[^.]+$/, ''));
  sink.sheet(sheet);
  let kept = 0;
  const delimiter = delimiterOf(text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : 4096));
  await new Promise<void>((resolve, reject) => {
    let n = 0;
    // Fed in pieces cut at line ends, so the parser is paced by the consumer instead of
    // turning the whole file into rows at once.
    const stream = Readable.from(lineChunks(text)).pipe(parse({ delimiter, ignoreEmpty: false, trim: false }));
    stream.on('error', (e) =>
      reject(
        e instanceof UserError
          ? e
          : new UserError(`Tệp CSV "${f.name}" sai định dạng ở dòng ${formatInt(n + 1)}: ${csvProblem(e.message)}`, 'not-spreadsheet', {
              technical: e.message,
            }),
      ),
    );
    stream.on('data', (cells: string[]) => {
      n++;
      if (n > MAX_ROWS) {
        stream.destroy();
        reject(tooMany(f.name, 'dòng', MAX_ROWS));
        return;
      }
      if (cells.length > MAX_COLUMNS) {
        stream.destroy();
        reject(tooMany(f.name, 'cột', MAX_COLUMNS));
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      kept++;
      norm.row = n;
      try {
        sink.row({ row: n, cells: cells.map((c, i) => (c === '' ? null : ((norm.col = i), norm.text(c)))) });
      } catch (e) {
        stream.destroy();
        reject(e);
      }
      if (n % 10000 === 0) onProgress?.(0, `Đã đọc ${formatInt(n)} dòng`);
    });
    stream.on('end', () => resolve());
  });
  return { sheet, rows: kept, nfdCells: norm.nfd, hiddenCells: norm.hidden, sheetNote: null };
}

/**
 * Streams the rows of the first sheet to `sink` without keeping them: a long member list is
 * checked as it is read, so memory holds what is kept of each row, not the sheet.
 */
export async function streamTable(
  f: LoadedFile,
  sink: RowSink,
  onProgress?: OnProgress,
  opts: ReadOptions = {},
): Promise<{ kind: 'xlsx' | 'csv' } & Read> {
  const kind = kindOf(f);
  const r =
    kind === 'csv'
      ? await streamCsv(f, sink, onProgress)
      : opts.lean
        ? await streamXlsxLean(f, sink, new Normalizer(f.name), onProgress, opts)
        : await streamXlsx(f, sink, onProgress, opts);
  if (r.rows === 0) throw new UserError(`Tệp "${f.name}"${r.sheet ? `, trang "${r.sheet}"` : ''} không có dữ liệu.`, 'empty-file');
  return { kind, ...r };
}

/** The whole first sheet in memory: for sheets of units, which are short. */
export async function readTable(f: LoadedFile, onProgress?: OnProgress, opts: ReadOptions = {}): Promise<Table> {
  const rows: Row[] = [];
  let cells = 0;
  const r = await streamTable(
    f,
    {
      sheet() {},
      row: (x) => {
        cells += x.cells.length;
        if (cells > MAX_TABLE_CELLS) throw tooMany(f.name, 'ô', MAX_TABLE_CELLS);
        rows.push(x);
      },
    },
    onProgress,
    opts,
  );
  return { file: f.name, sheet: r.sheet, kind: r.kind, rows, nfdCells: r.nfdCells, hiddenCells: r.hiddenCells, sheetNote: r.sheetNote };
}

/** What the preview says about how the file was read: the sheet chosen, text that was normalized or cleaned. */
export function readNotes(r: { nfdCells: number; hiddenCells: number; sheetNote: string | null }): string[] {
  const out: string[] = [];
  if (r.sheetNote) out.push(r.sheetNote);
  if (r.nfdCells > 0) out.push(`${formatInt(r.nfdCells)} ô có chữ tiếng Việt dạng tổ hợp (NFD) đã được chuẩn hóa về dạng dựng sẵn (NFC).`);
  if (r.hiddenCells > 0)
    out.push(`${formatInt(r.hiddenCells)} ô có ký tự ẩn (ký tự điều khiển, khoảng trắng không độ rộng, ký tự đảo chiều) đã được bỏ.`);
  return out;
}
