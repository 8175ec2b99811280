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
import { loadExcel } from './exceljs.ts';
import { MAX_SHARED_STRINGS_BYTES, MAX_UNZIPPED_BYTES, Meter } from './limits.ts';
import { chooseSheet, partPath, type ReadOptions, type SheetChoice, type SheetInfo } from './sheet-choice.ts';

/** A part of the zip as decoded text, each inflated chunk counted on `meter` first (limits of io/limits.ts). */
export function meterStream(meter: Meter, zip: JSZip, path: string, partLimit = MAX_UNZIPPED_BYTES): Transform {
  const entry = zip.file(path);
  if (!entry) throw new UserError(`Tệp "${meter.file}" thiếu phần "${path}" của bảng tính .xlsx.`, 'not-spreadsheet');
  const dec = new StringDecoder('utf8');
  let part = 0;
  const t = new Transform({
    readableObjectMode: true,
    transform: (chunk: Buffer, _enc, cb) => {
      part += chunk.length;
      const over = meter.add(path, part, chunk.length, partLimit);
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

/** The sheets in workbook order, with the part each lives in. */
function sheetsOf(r: ReaderInternals): SheetInfo[] {
  const rels = new Map((r.workbookRels ?? []).map((x) => [x.Id, x.Target]));
  return (r.model?.sheets ?? []).map((s) => {
    const target = rels.get(s.rId);
    return { name: s.name, hidden: s.state === 'hidden' || s.state === 'veryHidden', path: target ? partPath(target) : null };
  });
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
  if (zip.file('xl/_rels/workbook.xml.rels')) await r._parseRels(meterStream(meter, zip, 'xl/_rels/workbook.xml.rels'));
  await r._parseWorkbook(meterStream(meter, zip, 'xl/workbook.xml'));
  const choice = chooseSheet(file, sheetsOf(r), opts);
  if (zip.file('xl/styles.xml')) await r._parseStyles(meterStream(meter, zip, 'xl/styles.xml'));
  if (zip.file('xl/sharedStrings.xml')) {
    for await (const _ of r._parseSharedStrings(meterStream(meter, zip, 'xl/sharedStrings.xml', MAX_SHARED_STRINGS_BYTES))) {
      /* cached */
    }
  }
  r.sharedStrings ??= [];
  r.workbookRels ??= [];
  const sheetNo = /sheet(\d+)\.xml$/.exec(choice.sheet.path!)?.[1] ?? '1';
  const ws = [...r._parseWorksheet(meterStream(meter, zip, choice.sheet.path!) as AsyncIterable<string>, sheetNo)][0]?.value;
  if (!ws) throw new UserError(`Không đọc được trang "${choice.sheet.name}" của tệp "${file}".`, 'not-spreadsheet');
  Object.assign(ws, { name: choice.sheet.name });
  return { choice, rows: ws as unknown as AsyncIterable<ExcelJS.Row> };
}
