/**
 * exceljs's streaming reader, with one fix: exceljs 4.4 decodes each zip chunk on its own, so a
 * Vietnamese letter split across two chunks comes out as "��" ("cơ ��ộng"). Here every part is
 * decoded with a streaming UTF-8 decoder before the XML parser sees it (it passes strings through).
 * The non-streaming reader is correct but takes about 1 GB for a 100.000-row list.
 */
import { Transform, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJS from 'exceljs';
import { loadExcel } from './exceljs.ts';

function decodedStream(entry: Readable): Transform {
  const dec = new StringDecoder('utf8');
  const t = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer | string, _enc, cb) {
      const s = typeof chunk === 'string' ? chunk : dec.write(chunk);
      cb(null, s.length ? s : undefined);
    },
    flush(cb) {
      const s = dec.end();
      cb(null, s.length ? s : undefined);
    },
  });
  entry.on('error', (e) => t.destroy(e));
  return entry.pipe(t);
}

async function* decodedIterable(it: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const dec = new StringDecoder('utf8');
  for await (const chunk of it) {
    const s = typeof chunk === 'string' ? chunk : dec.write(chunk);
    if (s.length) yield s;
  }
  const tail = dec.end();
  if (tail.length) yield tail;
}

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;
let Reader: (new (input: Readable, options: ReaderOptions) => ExcelJS.stream.xlsx.WorkbookReader) | undefined;

/** The class is made when exceljs is first needed (see exceljs.ts). */
export async function utf8WorkbookReader(input: Readable, options: ReaderOptions): Promise<ExcelJS.stream.xlsx.WorkbookReader> {
  if (!Reader) {
    const Base = (await loadExcel()).stream.xlsx.WorkbookReader;
    Reader = class Utf8WorkbookReader extends Base {
      constructor(input: Readable, options: ReaderOptions) {
        super(input, options);
        const base = Base.prototype as unknown as ReaderInternals;
        const self = this as unknown as ReaderInternals;
        self._parseSharedStrings = (entry) => base._parseSharedStrings.call(this, decodedStream(entry));
        self._parseWorksheet = (iterator, sheetNo) => base._parseWorksheet.call(this, decodedIterable(iterator), sheetNo);
      }
    };
  }
  return new Reader(input, options);
}
