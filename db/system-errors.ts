/**
 * What the operating system or SQLite said, as a sentence a user can act on: disk full, a file locked
 * by another program, a read-only folder. The technical text goes to details, never into the message.
 */
import { basename } from 'node:path';
import { UserError } from '../core/errors.ts';

const UNCHANGED = 'Dữ liệu không bị thay đổi.';

function where(e: { path?: string; dest?: string }): string {
  const p = e.dest ?? e.path;
  return p ? ` ("${basename(p)}")` : '';
}

/** A Vietnamese UserError for a known system failure, or null when the error is something else. */
export function systemError(e: unknown): UserError | null {
  if (!(e instanceof Error)) return null;
  const err = e as Error & { code?: string; path?: string; dest?: string };
  const code = String(err.code ?? '');
  const technical = `${code}: ${err.message}`;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    return new UserError(
      `Ổ đĩa đã đầy, không ghi được tệp${where(err)}. Hãy giải phóng chỗ trống (xóa bớt tệp không cần, dọn Thùng rác) rồi làm lại. ${UNCHANGED}`,
      'disk-full',
      { technical },
    );
  }
  if (code === 'EBUSY' || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'ETXTBSY') {
    return new UserError(
      `Tệp${where(err)} đang bị một chương trình khác khóa (Excel, phần mềm sao lưu hay diệt virus, hoặc một cửa sổ tochuc khác). Hãy đóng chương trình đó rồi làm lại. ${UNCHANGED}`,
      'locked',
      { technical },
    );
  }
  if (
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS' ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN')
  ) {
    return new UserError(
      `Không có quyền ghi vào tệp hoặc thư mục${where(err)} (chỉ đọc, ổ đĩa chống ghi, hoặc thư mục của người dùng khác). Hãy chép tệp dữ liệu vào một thư mục của bạn (ví dụ Tài liệu) hoặc bỏ thuộc tính chỉ đọc, rồi mở lại. ${UNCHANGED}`,
      'read-only',
      { technical },
    );
  }
  if (
    code === 'EMFILE' ||
    code === 'ENFILE' ||
    code === 'ENOMEM' ||
    code === 'ERR_STRING_TOO_LONG' ||
    (e instanceof RangeError && /memory|allocation|Array buffer/i.test(e.message))
  ) {
    return new UserError(
      `Không đủ bộ nhớ hoặc tài nguyên của máy để làm việc này. Hãy đóng bớt chương trình khác hoặc chia tệp nhỏ hơn rồi làm lại. ${UNCHANGED}`,
      'resources',
      { technical },
    );
  }
  return null;
}

/** Anything else: said plainly, with the technical text kept for a bug report. */
export function unexpectedError(e: unknown): UserError {
  const msg = e instanceof Error ? e.message : String(e);
  return new UserError(
    'Lỗi không mong đợi trong chương trình; việc vừa làm không hoàn thành. Hãy thử lại; nếu còn lỗi, gửi phần "chi tiết kỹ thuật" cho người hỗ trợ.',
    'internal',
    { technical: msg },
  );
}
