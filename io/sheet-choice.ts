/**
 * Which sheet of a workbook an import reads, the same for both .xlsx readers (exceljs's, io/xlsx-reader.ts,
 * and the lean one, io/xlsx-lean.ts): the expected one by name, else the first visible one; hidden sheets
 * are never read, and the preview says which sheet was read and which were skipped.
 */
import { UserError } from '../core/errors.ts';
import { foldForSearch } from '../format/vi.ts';

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
  /** Lean reader only: parse in a worker thread (by default when the file is large, io/xlsx-lean.ts THREAD_FROM_BYTES). */
  thread?: boolean;
}

/** A relationship's target → the part's path inside the zip. */
export function partPath(target: string): string {
  const t = target.replace(/\\/g, '/');
  return t.startsWith('/') ? t.slice(1) : `xl/${t.replace(/^\.\//, '')}`;
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
