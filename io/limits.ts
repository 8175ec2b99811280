/**
 * Bounds on what an import will read, checked before anything is parsed, so that a huge file or a
 * zip bomb is refused with a message instead of exhausting memory.
 */
import { UserError } from '../core/errors.ts';
import { formatInt } from '../format/vi.ts';

export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** What the parts of an .xlsx may expand to; a 100.000-row member list is about a tenth of it. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
/**
 * The shared strings are all held in memory while the sheet is read; a 100.000-row member list has
 * about 10 MB of them. Past this a file is refused, so memory stays bounded on the worst file.
 */
export const MAX_SHARED_STRINGS_BYTES = 96 * 1024 * 1024;
export const MAX_ROWS = 1_000_000;
export const MAX_COLUMNS = 200;
/** Cells of a sheet held whole in memory (units, figures): a province's units are some thousands of rows. */
export const MAX_TABLE_CELLS = 2_000_000;

export function tooMany(file: string, what: string, limit: number): UserError {
  return new UserError(`Tệp "${file}" có quá nhiều ${what} (hơn ${formatInt(limit)}); hãy tách thành nhiều tệp.`, 'too-large');
}

export function mb(bytes: number): string {
  return `${formatInt(Math.round(bytes / 1024 / 1024))} MB`;
}

export function checkFileSize(name: string, bytes: number): void {
  if (bytes === 0) throw new UserError(`Tệp "${name}" trống (0 byte).`, 'empty-file');
  if (bytes > MAX_FILE_BYTES) {
    throw new UserError(
      `Tệp "${name}" quá lớn (${mb(bytes)}); chỉ nhận tệp đến ${mb(MAX_FILE_BYTES)}. Hãy tách danh sách thành nhiều tệp hoặc xóa các trang tính không cần.`,
      'file-too-large',
    );
  }
}

export interface ZipEntry {
  name: string;
  /** where its local header is, and how it is stored (0 stored, 8 deflated) */
  offset: number;
  method: number;
  compressed: number;
  uncompressed: number;
}

/**
 * Reads the zip central directory (what each part claims to expand to) without inflating anything.
 * Libraries inflate first and ask later, which is what a zip bomb exploits.
 */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const compressed = buf.readUInt32LE(p + 20);
    const uncompressed = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // 0xFFFFFFFF means the real size is in a zip64 field: more than 4 GB, never a real input sheet.
    out.push({
      name,
      offset: buf.readUInt32LE(p + 42),
      method: buf.readUInt16LE(p + 10),
      compressed,
      uncompressed: uncompressed === 0xffffffff ? Number.MAX_SAFE_INTEGER : uncompressed,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

export function checkXlsxZip(name: string, buf: Buffer): void {
  const entries = zipEntries(buf);
  if (!entries) throw new UserError(`Tệp "${name}" là tệp nén bị hỏng, không đọc được như một bảng tính Excel.`, 'not-spreadsheet');
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new UserError(`Tệp "${name}" là tệp nén (zip) nhưng không phải bảng tính Excel .xlsx.`, 'not-spreadsheet');
  }
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > MAX_UNZIPPED_BYTES) {
    throw new UserError(
      `Tệp "${name}" khi giải nén sẽ chiếm ${total >= Number.MAX_SAFE_INTEGER ? 'hơn 4.096 MB' : mb(total)} (giới hạn ${mb(MAX_UNZIPPED_BYTES)}): ` +
        'đây không phải một bảng số liệu bình thường (có thể là "bom nén"). Không nhập.',
      'zip-bomb',
    );
  }
}

export function bomb(file: string, what: string, limit: number): UserError {
  return new UserError(
    `Tệp "${file}" khi giải nén ${what} vượt quá ${mb(limit)}, dù tệp ghi kích thước nhỏ hơn: đây không phải một bảng số liệu bình thường (có thể là "bom nén"). Không nhập.`,
    'zip-bomb',
  );
}

/** Counts what the inflater gives, for one part and for the whole file (both .xlsx readers). */
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
}
