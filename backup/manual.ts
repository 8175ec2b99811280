/** A backup on demand, to a file the user names, with SQLite's online backup (progress as pages are copied). */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { DB } from '../db/open.ts';
import { inspectFile } from '../db/backup.ts';
import { UserError } from '../core/errors.ts';

export async function backupTo(db: DB, dbPath: string, out: string, onProgress?: (done: number) => void): Promise<{ path: string; bytes: number }> {
  const target = resolve(out);
  if (target === resolve(dbPath)) throw new UserError('Không thể sao lưu một tệp dữ liệu vào chính nó; hãy chọn tên tệp khác.', 'usage');
  if (existsSync(target)) throw new UserError(`Tệp "${target}" đã có; hãy chọn tên khác để không ghi đè.`, 'exists');
  await db.backup(target, {
    progress({ totalPages, remainingPages }) {
      onProgress?.(totalPages ? 1 - remainingPages / totalPages : 1);
      return 200; // pages per step: keeps the app responsive on big files
    },
  });
  const check = inspectFile(target);
  if (!check.ok || !check.ours) {
    const why = check.ok ? 'bản sao không mang dấu tệp dữ liệu của tochuc' : 'kiểm tra toàn vẹn bản sao không đạt';
    throw new UserError(`Bản sao lưu "${basename(target)}" không đọc lại được: ${why}. Tệp dữ liệu đang dùng không bị thay đổi.`, 'backup-failed', { technical: check.integrity });
  }
  return { path: target, bytes: statSync(target).size };
}
