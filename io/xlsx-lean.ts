/**
 * A lean reader for the first sheet of an .xlsx: Node's zlib unzips the parts it needs, saxes parses
 * the sheet's XML as a stream of tags, and each row is handed over as plain cell values, as
 * io/table.ts's exceljs reader hands them. exceljs builds a Row, Cell and style object per cell and
 * decodes every address; for a 100.000-row member list that was 4,9 s of a 12 s import, this reads
 * the same file in a fraction of that (docs/benchmarks.md). exceljs stays the writer.
 *
 * What it understands: shared and inline strings (rich text joined, phonetic runs left out),
 * numbers, booleans, errors, formulas with their cached result, dates by the cell's number format
 * (built-in date formats and custom ones with d/m/y/h outside quotes), the 1904 date system.
 * The zip is checked against bombs before anything is inflated (io/limits.ts).
 *
 * It is io/table.ts's reader when asked for ({ lean: true }, as the member import does) and keeps
 * that reader's rules by sharing their code: the sheet is chosen by sheet-choice.ts's chooseSheet
 * (expected name, else the first visible; hidden sheets never read) and described by describeChoice;
 * each text cell goes through io/normalize.ts (core/text.ts); each part is inflated here, in memory,
 * counted by limits.ts's Meter as it comes out of the inflater (limits and messages of
 * io/limits.ts), whatever the zip declares. Nothing is written anywhere.
 */
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UserError } from '../core/errors.ts';
import { formatInt } from '../format/vi.ts';
import {
  checkXlsxZip,
  MAX_COLUMNS,
  MAX_ROWS,
  MAX_SHARED_STRINGS_BYTES,
  MAX_UNZIPPED_BYTES,
  bomb,
  Meter,
  tooMany,
  zipEntries,
  type ZipEntry,
} from './limits.ts';
import { Normalizer } from './normalize.ts';
import type { Cell, OnProgress, Read, RowSink } from './table.ts';
import { chooseSheet, describeChoice, partPath, type ReadOptions, type SheetInfo } from './sheet-choice.ts';
import type { LoadedFile } from './source.ts';
import { readSheetInThread } from './xlsx-lean-thread.ts';

/** A part's bytes as text (UTF-8, as every part of an .xlsx is). */
const utf8 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');

/** No namespaces (the parts use one default namespace), no line/column tracking: the fastest mode. */
const PLAIN = { xmlns: false, position: false } as const;

/** Every tag of a small part, in order (workbook, relationships, styles). */
function tags(xml: string): SaxesTagPlain[] {
  const out: SaxesTagPlain[] = [];
  const p = new SaxesParser<typeof PLAIN>(PLAIN);
  p.on('opentag', (t) => out.push(t));
  p.write(xml).close();
  return out;
}

/** The shared strings, each the text of its runs (phonetic guides <rPh> are not part of the text). */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let cur: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  const p = new SaxesParser<typeof PLAIN>(PLAIN);
  p.on('opentag', (t) => {
    if (t.name === 'si') cur = [];
    else if (t.name === 'rPh') phonetic++;
    else if (t.name === 't' && phonetic === 0) inT = true;
  });
  p.on('text', (s) => {
    if (inT && cur) cur.push(s);
  });
  p.on('closetag', (t) => {
    if (t.name === 't') inT = false;
    else if (t.name === 'rPh') phonetic--;
    else if (t.name === 'si') {
      out.push((cur ?? []).join(''));
      cur = null;
    }
  });
  p.write(xml).close();
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A number format shows a date when it has day, month, year or hour codes outside quoted text and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** For each cell style (xf index): whether its number format is a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inXfs = false;
  const p = new SaxesParser<typeof PLAIN>(PLAIN);
  p.on('opentag', (t) => {
    if (t.name === 'numFmt') custom.set(Number(t.attributes.numFmtId), String(t.attributes.formatCode ?? ''));
    else if (t.name === 'cellXfs') inXfs = true;
    else if (t.name === 'xf' && inXfs) {
      const id = Number(t.attributes.numFmtId ?? 0);
      out.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE_FORMATS.has(id));
    }
  });
  p.on('closetag', (t) => {
    if (t.name === 'cellXfs') inXfs = false;
  });
  p.write(xml).close();
  return out;
}

/** "AB12" → 28 (columns from 1); 0 when the address is missing. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** Where a part's deflated bytes are in the file, checked against its local header. */
function partData(bytes: Buffer, e: ZipEntry, path: string): Uint8Array {
  const o = e.offset;
  if (o + 30 > bytes.length || bytes.readUInt32LE(o) !== 0x04034b50) throw new Error(`phần ${path} hỏng`);
  const start = o + 30 + bytes.readUInt16LE(o + 26) + bytes.readUInt16LE(o + 28);
  if (e.method !== 0 && e.method !== 8) throw new Error(`phần ${path} nén theo cách không hỗ trợ (${e.method})`);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressed));
}

/** Counts each inflated chunk of a part on the meter before it is handed on: a part that lies about its size stops at the limit. */
function counter(meter: Meter, path: string, partLimit: number) {
  let part = 0;
  return (c: Uint8Array): Uint8Array => {
    part += c.length;
    const over = meter.add(path, part, c.length, partLimit);
    if (over) throw over;
    return c;
  };
}

/** The sheet goes in in small steps: one step expands at most about a thousandfold before its output is counted. */
const STEP = 1 << 14;

/**
 * The sheet's bytes as Node's zlib inflates them, off this thread and three times as fast as fflate (a
 * province's 67 MB sheet: 0,12 s against 0,36 s). Fed in steps, each step's output taken before the
 * next goes in (the stream's back-pressure), so memory holds one step's output at most.
 */
async function* inflatedSheet(bytes: Buffer, entries: ZipEntry[], meter: Meter, path: string): AsyncGenerator<Uint8Array> {
  const e = entries.find((x) => x.name === path)!;
  const data = partData(bytes, e, path);
  const counted = counter(meter, path, MAX_UNZIPPED_BYTES);
  if (e.method === 0) {
    yield counted(data);
    return;
  }
  function* steps() {
    for (let i = 0; i < data.length; i += STEP) yield data.subarray(i, i + STEP);
  }
  const z = createInflateRaw({ chunkSize: 1 << 16 });
  const source = Readable.from(steps());
  source.pipe(z);
  try {
    for await (const c of z) yield counted(c as Buffer);
  } finally {
    source.destroy();
    z.destroy();
  }
}

/**
 * A small part (workbook, relationships, styles, shared strings) whole, inflated by Node's zlib at once with
 * its output bounded: it stops at the part's limit (or what the file may still inflate), whatever the zip
 * declares. Undefined when the zip has no such part.
 */
function inflatePart(
  bytes: Buffer,
  entries: ZipEntry[],
  meter: Meter,
  path: string,
  partLimit = MAX_UNZIPPED_BYTES,
): Uint8Array | undefined {
  const e = entries.find((x) => x.name === path);
  if (!e) return undefined;
  const data = partData(bytes, e, path);
  const left = MAX_UNZIPPED_BYTES - meter.total;
  let out: Uint8Array;
  try {
    out = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(partLimit, left)) });
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw err;
    throw partLimit <= left ? bomb(meter.file, `phần "${path}"`, partLimit) : bomb(meter.file, 'toàn bộ', MAX_UNZIPPED_BYTES);
  }
  return counter(meter, path, partLimit)(out);
}

/** The sheets in workbook order, with the part each lives in (as xlsx-reader.ts lists them from exceljs). */
function sheetsOf(wbTags: SaxesTagPlain[], rels: Uint8Array | undefined): SheetInfo[] {
  const target = new Map(
    (rels ? tags(utf8(rels)) : [])
      .filter((t) => t.name === 'Relationship')
      .map((t) => [String(t.attributes.Id), String(t.attributes.Target)]),
  );
  return wbTags
    .filter((t) => t.name === 'sheet')
    .map((t) => {
      const rel = target.get(String(t.attributes['r:id']));
      const state = String(t.attributes.state ?? '');
      return { name: String(t.attributes.name), hidden: state === 'hidden' || state === 'veryHidden', path: rel ? partPath(rel) : null };
    });
}

const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial (1900 system)

/**
 * The sheet chosen and what reading its cells needs, as plain data: the reading itself may run in a
 * worker thread (io/xlsx-lean-thread.ts), handed this and the file's bytes.
 */
export interface LeanSheet {
  name: string;
  path: string;
  note: string | null;
  date1904: boolean;
  /** Bytes already inflated (workbook, relationships): the file's limit counts them too. */
  inflated: number;
}

const broken = (file: string, e: unknown) =>
  e instanceof UserError
    ? e
    : new UserError(
        `Không đọc được bảng tính "${file}": tệp bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`,
        'not-spreadsheet',
      );

/** Checks the zip and chooses the sheet (the small parts only: workbook and its relationships). */
export function openXlsxLean(f: LoadedFile, opts: ReadOptions = {}): LeanSheet {
  checkXlsxZip(f.name, f.bytes);
  try {
    const entries = zipEntries(f.bytes)!;
    const meter = new Meter(f.name);
    const part = (path: string) => inflatePart(f.bytes, entries, meter, path);
    const wb = part('xl/workbook.xml');
    if (!wb) throw new UserError(`Tệp "${f.name}" thiếu phần "xl/workbook.xml" của bảng tính .xlsx.`, 'not-spreadsheet');
    const wbTags = tags(utf8(wb));
    const date1904 = wbTags.some((t) => t.name === 'workbookPr' && ['1', 'true'].includes(String(t.attributes.date1904)));
    const choice = chooseSheet(f.name, sheetsOf(wbTags, part('xl/_rels/workbook.xml.rels')), opts);
    const path = choice.sheet.path;
    if (!path || !entries.some((e) => e.name === path))
      throw new UserError(`Tệp "${f.name}" thiếu phần "${path}" của bảng tính .xlsx.`, 'not-spreadsheet');
    return { name: choice.sheet.name, path, note: describeChoice(choice), date1904, inflated: meter.total };
  } catch (e) {
    throw broken(f.name, e);
  }
}

/** Reads the rows of the sheet `openXlsxLean` chose, in this thread: styles, shared strings, then the sheet as a stream. */
export async function readSheetLean(
  f: LoadedFile,
  sheet: LeanSheet,
  sink: RowSink,
  norm: Normalizer = new Normalizer(f.name),
  onProgress?: OnProgress,
): Promise<Read> {
  const parts: Record<string, Uint8Array | undefined> = {};
  let sheetPart: () => AsyncGenerator<Uint8Array>;
  try {
    const entries = zipEntries(f.bytes)!;
    const meter = new Meter(f.name);
    meter.total = sheet.inflated;
    const part = (path: string, limit?: number) => inflatePart(f.bytes, entries, meter, path, limit);
    sheetPart = () => inflatedSheet(f.bytes, entries, meter, sheet.path);
    parts['xl/styles.xml'] = part('xl/styles.xml');
    parts['xl/sharedStrings.xml'] = part('xl/sharedStrings.xml', MAX_SHARED_STRINGS_BYTES);
  } catch (e) {
    throw broken(f.name, e);
  }
  norm.sheet = sheet.name;
  const strings = sharedStrings(parts['xl/sharedStrings.xml'] && utf8(parts['xl/sharedStrings.xml']));
  const dates = dateStyles(parts['xl/styles.xml'] && utf8(parts['xl/styles.xml']));
  const epoch = sheet.date1904 ? EXCEL_EPOCH_DAYS - 1462 : EXCEL_EPOCH_DAYS;
  sink.sheet(sheet.name);

  let n = 0;
  let rowNo = 0;
  let cells: Cell[] = [];
  let col = 0;
  let type = '';
  let style = 0;
  // Joined as they come: most cells are one text event, and an array per cell was 1,4 million of them.
  let value = '';
  let formula: string | null = null;
  let into: 'v' | 'f' | 't' | null = null;
  let phonetic = 0;
  let failure: unknown = null;

  const cellValue = (): Cell => {
    const v = value;
    norm.row = rowNo;
    norm.col = col - 1;
    let out: Cell;
    if (type === 's') out = v === '' ? null : norm.text(strings[Number(v)] ?? '');
    else if (type === 'inlineStr' || type === 'str') out = v === '' && type === 'inlineStr' ? null : norm.text(v);
    else if (type === 'b') out = v === '1' || v === 'true';
    else if (type === 'e') out = { error: v };
    else if (v === '') out = null;
    else {
      const x = Number(v);
      out = dates[style] ? new Date(Math.round((x - epoch) * 86_400_000)) : x;
    }
    return formula !== null ? { formula, result: out } : out;
  };

  const p = new SaxesParser<typeof PLAIN>(PLAIN);
  p.on('opentag', (t) => {
    switch (t.name) {
      case 'row':
        rowNo = t.attributes.r ? Number(t.attributes.r) : rowNo + 1;
        cells = [];
        col = 0;
        break;
      case 'c': {
        const at = columnOf(t.attributes.r as string | undefined);
        col = at > 0 ? at : col + 1;
        if (col > MAX_COLUMNS) throw tooMany(f.name, 'cột', MAX_COLUMNS);
        type = String(t.attributes.t ?? 'n');
        style = Number(t.attributes.s ?? 0);
        value = '';
        formula = null;
        break;
      }
      case 'v':
        into = 'v';
        break;
      case 'f':
        formula = '';
        into = 'f';
        break;
      case 't':
        if (phonetic === 0) into = 't';
        break;
      case 'rPh':
        phonetic++;
        break;
    }
  });
  p.on('text', (s) => {
    if (into === 'v' || into === 't') value += s;
    else if (into === 'f') formula += s;
  });
  p.on('closetag', (t) => {
    switch (t.name) {
      case 'v':
      case 'f':
      case 't':
        into = null;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c': {
        const v = cellValue();
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = v;
        break;
      }
      case 'row':
        if (n >= MAX_ROWS) throw tooMany(f.name, 'dòng', MAX_ROWS);
        n++;
        sink.row({ row: rowNo, cells });
        if (n % 10000 === 0) onProgress?.(0, `Đã đọc ${formatInt(n)} dòng`);
        break;
    }
  });
  p.on('error', (e) => {
    failure ??= e;
  });

  // Inflated, decoded and parsed as it comes: neither the sheet's bytes nor its text are ever held whole.
  const decoder = new TextDecoder('utf-8');
  try {
    // Each chunk waits for zlib: other work of the process (the UI's calls, progress) gets its turns.
    for await (const chunk of sheetPart()) {
      if (failure) break;
      p.write(decoder.decode(chunk, { stream: true }));
    }
    if (!failure) p.write(decoder.decode());
    if (!failure) p.close();
  } catch (e) {
    throw broken(f.name, e);
  }
  if (failure) throw broken(f.name, failure);
  return { sheet: sheet.name, rows: n, nfdCells: norm.nfd, hiddenCells: norm.hidden, sheetNote: sheet.note };
}

/** A sheet this big (the .xlsx file's bytes) is read in a worker thread while this one checks its rows. */
export const THREAD_FROM_BYTES = 256 << 10;

/**
 * The rows of the sheet an import expects. A large sheet is parsed in a worker thread
 * (io/xlsx-lean-thread.ts): on a province's member list parsing is some 2 s of the import, and the
 * rows' checks (members/import.ts) then run beside it instead of after it. `thread` forces either way.
 */
export async function streamXlsxLean(
  f: LoadedFile,
  sink: RowSink,
  norm: Normalizer = new Normalizer(f.name),
  onProgress?: OnProgress,
  opts: ReadOptions = {},
): Promise<Read> {
  const sheet = openXlsxLean(f, opts);
  if (opts.thread ?? f.bytes.length >= THREAD_FROM_BYTES) return readSheetInThread(f, sheet, sink, norm, onProgress);
  return readSheetLean(f, sheet, sink, norm, onProgress);
}
