/**
 * A lean reader for the first sheet of an .xlsx: fflate unzips the parts it needs, saxes parses
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
 * Not yet what the member import reads with: io/table.ts's reader has since learnt to choose the
 * sheet by its expected name and to strip hidden characters, with notes; the import goes back to
 * this reader (one line in members/import.ts) once it does the same. The benchmark's fair import
 * baseline uses it as the fastest reader we have.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UserError } from '../core/errors.ts';
import { formatInt } from '../format/vi.ts';
import { checkXlsxZip, MAX_COLUMNS, MAX_ROWS } from './limits.ts';
import { streamTable, type Cell, type OnProgress, type RowSink } from './table.ts';
import type { LoadedFile } from './source.ts';

/** No namespaces (the parts use one default namespace), no line/column tracking: the fastest mode. */
const PLAIN = { xmlns: false, position: false } as const;

function tooMany(file: string, what: string, limit: number): UserError {
  return new UserError(`Tệp "${file}" có quá nhiều ${what} (hơn ${formatInt(limit)}); hãy tách thành nhiều tệp.`, 'too-large');
}

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

const resolvePart = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/** The first visible sheet, by the workbook's order of tabs. */
function firstSheet(parts: Record<string, Uint8Array>): { name: string; path: string; date1904: boolean } | null {
  const wb = parts['xl/workbook.xml'];
  const rels = parts['xl/_rels/workbook.xml.rels'];
  if (!wb || !rels) return null;
  const target = new Map(
    tags(strFromU8(rels))
      .filter((t) => t.name === 'Relationship')
      .map((t) => [String(t.attributes.Id), String(t.attributes.Target)]),
  );
  const wbTags = tags(strFromU8(wb));
  const date1904 = wbTags.some((t) => t.name === 'workbookPr' && ['1', 'true'].includes(String(t.attributes.date1904)));
  const sheet = wbTags.find((t) => t.name === 'sheet' && !['hidden', 'veryHidden'].includes(String(t.attributes.state ?? '')));
  const rel = sheet ? target.get(String(sheet.attributes['r:id'])) : undefined;
  return sheet && rel ? { name: String(sheet.attributes.name), path: resolvePart(rel), date1904 } : null;
}

class Normalizer {
  nfd = 0;
  text(s: string): string {
    const n = s.normalize('NFC');
    if (n !== s) this.nfd++;
    return n;
  }
}

const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial (1900 system)

export async function streamXlsxLean(
  f: LoadedFile,
  sink: RowSink,
  onProgress?: OnProgress,
): Promise<{ sheet: string; rows: number; nfdCells: number }> {
  checkXlsxZip(f.name, f.bytes);
  const broken = (e: unknown) =>
    e instanceof UserError
      ? e
      : new UserError(
          `Không đọc được bảng tính "${f.name}": tệp bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`,
          'not-spreadsheet',
        );
  let parts: Record<string, Uint8Array>;
  let sheet: ReturnType<typeof firstSheet>;
  try {
    parts = unzipSync(f.bytes, {
      filter: (e) =>
        e.name === 'xl/workbook.xml' ||
        e.name === 'xl/_rels/workbook.xml.rels' ||
        e.name === 'xl/sharedStrings.xml' ||
        e.name === 'xl/styles.xml',
    });
    sheet = firstSheet(parts);
    if (!sheet) throw new Error('không có trang tính nào');
    const path = sheet.path;
    Object.assign(parts, unzipSync(f.bytes, { filter: (e) => e.name === path }));
    if (!parts[path]) throw new Error(`thiếu phần ${path}`);
  } catch (e) {
    throw broken(e);
  }
  const norm = new Normalizer();
  const strings = sharedStrings(parts['xl/sharedStrings.xml'] && strFromU8(parts['xl/sharedStrings.xml']));
  const dates = dateStyles(parts['xl/styles.xml'] && strFromU8(parts['xl/styles.xml']));
  const epoch = sheet.date1904 ? EXCEL_EPOCH_DAYS - 1462 : EXCEL_EPOCH_DAYS;
  sink.sheet(sheet.name);

  let n = 0;
  let rowNo = 0;
  let cells: Cell[] = [];
  let col = 0;
  let type = '';
  let style = 0;
  let value: string[] = [];
  let formula: string[] | null = null;
  let into: 'v' | 'f' | 't' | null = null;
  let phonetic = 0;
  let failure: unknown = null;

  const cellValue = (): Cell => {
    const v = value.join('');
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
    return formula ? { formula: formula.join(''), result: out } : out;
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
        value = [];
        formula = null;
        break;
      }
      case 'v':
        into = 'v';
        break;
      case 'f':
        formula = [];
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
    if (into === 'v' || into === 't') value.push(s);
    else if (into === 'f') formula!.push(s);
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

  // Decoded and parsed a megabyte at a time: the sheet's text never exists as one string.
  const bytes = parts[sheet.path]!;
  delete parts[sheet.path];
  const decoder = new TextDecoder('utf-8');
  const STEP = 1 << 20;
  try {
    for (let i = 0; i < bytes.length && !failure; i += STEP) {
      p.write(decoder.decode(bytes.subarray(i, i + STEP), { stream: i + STEP < bytes.length }));
      // Between megabytes, other work of the process (the UI's calls, progress polls) gets its turn.
      if ((i / STEP) % 8 === 7) await new Promise<void>((r) => setImmediate(r));
    }
    if (!failure) p.close();
  } catch (e) {
    throw broken(e);
  }
  if (failure) throw broken(failure);
  return { sheet: sheet.name, rows: n, nfdCells: norm.nfd };
}

/**
 * streamTable (io/table.ts) with the lean reader for .xlsx: same rows, same messages; .csv and
 * everything that is not a zip go to streamTable itself.
 */
export async function streamTableLean(
  f: LoadedFile,
  sink: RowSink,
  onProgress?: OnProgress,
): Promise<{ kind: 'xlsx' | 'csv'; sheet: string; rows: number; nfdCells: number }> {
  if (!(f.bytes.length >= 4 && f.bytes.readUInt32LE(0) === 0x04034b50)) {
    const r = await streamTable(f, sink, onProgress);
    return { kind: r.kind, sheet: r.sheet, rows: r.rows, nfdCells: r.nfdCells };
  }
  const r = await streamXlsxLean(f, sink, onProgress);
  if (r.rows === 0) throw new UserError(`Tệp "${f.name}", trang "${r.sheet}" không có dữ liệu.`, 'empty-file');
  return { kind: 'xlsx', ...r };
}
