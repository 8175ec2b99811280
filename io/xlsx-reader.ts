/**
 * exceljs's streaming reader, driven from a zip read in place instead of exceljs's own sequential unzip:
 *
 * - No spooling: exceljs writes each worksheet that comes before the shared strings to a file in the
 *   OS temp folder (names, birth dates…), left there after a crash. Here the parts are read in the
 *   order they are needed, straight from the bytes already in memory: nothing is written anywhere.
 * - Decompressed bytes are counted as they come out of the inflater, whatever the zip declares, and
 *   reading stops at the limit (a zip bomb that lies about its sizes).
 * - One sheet is read: the expected one by name, else the first visible one; hidden sheets are never
 *   read, and the caller is told which sheet was read and which were skipped.
 * - exceljs 4.4 decodes each zip chunk on its own, so a Vietnamese letter split across two chunks comes
 *   out as "��"; every part is decoded here with a streaming UTF-8 decoder first.
 */
import { Transform, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UserError } from '../core/errors.ts';
import { foldForSearch } from '../format/vi.ts';
import { loadExcel } from './exceljs.ts';
import { MAX_SHARED_STRINGS_BYTES, MAX_UNZIPPED_BYTES, mb } from './limits.ts';

export interface SheetInfo {
  name: string;
  hidden: boolean;
  path: string | null;
}
/** Which sheet was read and why, for the preview. */
export interface SheetChoice {
  sheet: SheetInfo;
  sheets: SheetInfo[];
  byName: boolean;
  skippedHidden: string[];
}

export interface ReadOptions {
  /** The sheet the import expects, as a test on its name folded (no marks, lower case): "so lieu 2020". */
  expected?: (folded: string) => boolean;
  /** Read .xlsx with the lean reader (io/xlsx-lean.ts) instead of exceljs's: same sheet, cells, limits and messages. */
  lean?: boolean;
}

export function bomb(file: string, what: string, limit: number): UserError {
  return new UserError(
    `Tệp "${file}" khi giải nén ${what} vượt quá ${mb(limit)}, dù tệp ghi kích thước nhỏ hơn: đây không phải một bảng số liệu bình thường (có thể là "bom nén"). Không nhập.`,
    'zip-bomb',
  );
}

/** Counts what the inflater gives, for one part and for the whole file, and decodes UTF-8 across chunks. */
export class Meter {
  total = 0;
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  /** `n` more bytes came out of part `path`, now `part` bytes long: the error to stop with past a limit. */
  add(path: string, part: number, n: number, partLimit = MAX_UNZIPPED_BYTES): UserError | null {
    this.total += n;
    if (part > partLimit) return bomb(this.file, `phần "${path}"`, partLimit);
    if (this.total > MAX_UNZIPPED_BYTES) return bomb(this.file, 'toàn bộ', MAX_UNZIPPED_BYTES);
    return null;
  }

  stream(zip: JSZip, path: string, partLimit = MAX_UNZIPPED_BYTES): Transform {
    const entry = zip.file(path);
    if (!entry) throw new UserError(`Tệp "${this.file}" thiếu phần "${path}" của bảng tính .xlsx.`, 'not-spreadsheet');
    const dec = new StringDecoder('utf8');
    let part = 0;
    const t = new Transform({
      readableObjectMode: true,
      transform: (chunk: Buffer, _enc, cb) => {
        part += chunk.length;
        const over = this.add(path, part, chunk.length, partLimit);
        if (over) return cb(over);
        const s = dec.write(chunk);
        cb(null, s.length ? s : undefined);
      },
      flush(cb) {
        const s = dec.end();
        cb(null, s.length ? s : undefined);
      },
    });
    const src = entry.nodeStream('nodebuffer') as unknown as Readable;
    src.on('error', (e) => t.destroy(e));
    t.on('error', () => (src as { pause?: () => void }).pause?.());
    return src.pipe(t);
  }
}

interface ReaderInternals {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; id: number; rId: string; state?: string }[] };
  sharedStrings?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(
    iterator: AsyncIterable<string>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

export function partPath(target: string): string {
  const t = target.replace(/\\/g, '/');
  return t.startsWith('/') ? t.slice(1) : `xl/${t.replace(/^\.\//, '')}`;
}

/** The sheets in workbook order, with the part each lives in. */
function sheetsOf(r: ReaderInternals): SheetInfo[] {
  const rels = new Map((r.workbookRels ?? []).map((x) => [x.Id, x.Target]));
  return (r.model?.sheets ?? []).map((s) => {
    const target = rels.get(s.rId);
    return { name: s.name, hidden: s.state === 'hidden' || s.state === 'veryHidden', path: target ? partPath(target) : null };
  });
}

export function chooseSheet(file: string, sheets: SheetInfo[], opts: ReadOptions): SheetChoice {
  const visible = sheets.filter((s) => !s.hidden && s.path);
  const named = opts.expected ? visible.find((s) => opts.expected!(foldForSearch(s.name))) : undefined;
  const sheet = named ?? visible[0];
  if (!sheet) {
    const hidden = sheets.filter((s) => s.hidden).map((s) => `"${s.name}"`);
    throw new UserError(
      hidden.length
        ? `Tệp "${file}" chỉ có trang tính ẩn (${hidden.join(', ')}); trang ẩn không được đọc. Hãy hiện trang cần nhập (chuột phải vào tên trang → Bỏ ẩn) rồi lưu lại.`
        : `Tệp "${file}" không có trang tính nào.`,
      'no-sheet',
    );
  }
  const at = sheets.indexOf(sheet);
  // Hidden sheets before the one read are the ones a user might have expected to be read.
  const skippedHidden = sheets
    .slice(0, at)
    .filter((s) => s.hidden)
    .map((s) => s.name);
  return { sheet, sheets, byName: named !== undefined, skippedHidden };
}

/** What the preview says about the sheet read: nothing when the workbook has one sheet. */
export function describeChoice(c: SheetChoice): string | null {
  if (c.sheets.length <= 1) return null;
  const why = c.byName ? 'theo tên trang' : 'trang hiện đầu tiên';
  const hidden = c.sheets.filter((s) => s.hidden).map((s) => `"${s.name}"`);
  return `Đã đọc trang "${c.sheet.name}" (${why}); các trang khác không được đọc${hidden.length ? `, trong đó trang ẩn ${hidden.join(', ')}` : ''}.`;
}

type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;
type Base = new (input: unknown, options: ReaderOptions) => ExcelJS.stream.xlsx.WorkbookReader;
let Base: Base | undefined;

export interface OneSheet {
  choice: SheetChoice;
  rows: AsyncIterable<ExcelJS.Row>;
}

/** Reads the workbook's parts and returns the chosen sheet's rows, streamed. */
export async function readOneSheet(file: string, bytes: Buffer, opts: ReadOptions = {}): Promise<OneSheet> {
  Base ??= (await loadExcel()).stream.xlsx.WorkbookReader as unknown as Base;
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  const meter = new Meter(file);
  const reader = new Base(null, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  const r = reader as unknown as ReaderInternals;
  if (zip.file('xl/_rels/workbook.xml.rels')) await r._parseRels(meter.stream(zip, 'xl/_rels/workbook.xml.rels'));
  await r._parseWorkbook(meter.stream(zip, 'xl/workbook.xml'));
  const choice = chooseSheet(file, sheetsOf(r), opts);
  if (zip.file('xl/styles.xml')) await r._parseStyles(meter.stream(zip, 'xl/styles.xml'));
  if (zip.file('xl/sharedStrings.xml')) {
    for await (const _ of r._parseSharedStrings(meter.stream(zip, 'xl/sharedStrings.xml', MAX_SHARED_STRINGS_BYTES))) {
      /* cached */
    }
  }
  r.sharedStrings ??= [];
  r.workbookRels ??= [];
  const sheetNo = /sheet(\d+)\.xml$/.exec(choice.sheet.path!)?.[1] ?? '1';
  const ws = [...r._parseWorksheet(meter.stream(zip, choice.sheet.path!) as AsyncIterable<string>, sheetNo)][0]?.value;
  if (!ws) throw new UserError(`Không đọc được trang "${choice.sheet.name}" của tệp "${file}".`, 'not-spreadsheet');
  Object.assign(ws, { name: choice.sheet.name });
  return { choice, rows: ws as unknown as AsyncIterable<ExcelJS.Row> };
}
