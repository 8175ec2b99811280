/**
 * The check a file gets on every open, and only the cheap part: the header is SQLite's and the
 * file is as long as its header says (what a truncated copy or an interrupted download breaks).
 * PRAGMA quick_check reads every page: 2–7 s on a province file; it used to run on every open of
 * files under 64 MiB, which made a quarter-province file open slower than a whole province. Now
 * it runs once a day, on the daily backup's copy, in a worker thread (backup/auto.ts,
 * db/check-copy.ts); a bad page met before then still fails the read that meets it (SQLITE_CORRUPT).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

function header(path: string): Buffer {
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return buf;
}

/** What is wrong with the file's header and length, or null: the cheap part of the check. */
export function headerProblem(path: string): string | null {
  const size = statSync(path).size;
  if (size < 100) return null; // empty or new: SQLite itself decides
  const h = header(path);
  if (h.toString('latin1', 0, 16) !== 'SQLite format 3\0') return 'phần đầu tệp không phải của SQLite';
  const raw = h.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = h.readUInt32BE(28);
  // The header's page count is valid only while the change counter matches "version-valid-for".
  if (pages > 0 && h.readUInt32BE(24) === h.readUInt32BE(92) && size < pages * pageSize) {
    return `tệp ngắn hơn độ dài ghi trong phần đầu tệp (${size} < ${pages * pageSize} byte)`;
  }
  return null;
}

/** Throws with the reason when the file is not intact; the caller turns it into the user's message. */
export function checkIntact(path: string): void {
  if (path === ':memory:' || path === '') return;
  const problem = headerProblem(path);
  if (problem) throw new Error(problem);
}

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_NOTADB: 'phần đầu tệp không phải của SQLite',
  SQLITE_CORRUPT: 'cấu trúc bên trong tệp bị hỏng',
  SQLITE_CANTOPEN: 'không mở được tệp (thư mục không có hoặc không có quyền)',
  SQLITE_IOERR: 'lỗi đọc đĩa',
  SQLITE_BUSY: 'tệp đang bị một chương trình khác khóa',
  SQLITE_LOCKED: 'tệp đang bị một chương trình khác khóa',
  SQLITE_READONLY: 'tệp chỉ cho đọc',
};

/**
 * The reason a file could not be opened, in Vietnamese: SQLite's own English text goes to details,
 * never into the sentence a user reads.
 */
export function openFailureReason(e: unknown): { reason: string; technical: string } {
  const err = e as { code?: string; message?: string; cause?: unknown };
  const technical = String(err.cause ?? err.message ?? e);
  const byCode = err.code ? (SQLITE_REASONS[err.code] ?? SQLITE_REASONS[err.code.split('_').slice(0, 2).join('_')]) : undefined;
  return { reason: byCode ?? (err.code ? 'không đọc được tệp' : String(err.message)), technical };
}
