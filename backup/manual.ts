/**
 * A backup on demand, to a file the user names, with SQLite's online backup (progress as pages are copied).
 * Written under a temporary name beside the target and renamed once it reads back whole: interrupted, it
 * leaves nothing at the user's path (and what it left beside it goes at the next start, see pending.ts).
 */
import { existsSync, renameSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { DB } from '../db/open.ts';
import { inspectFile } from '../db/backup.ts';
import { UserError } from '../core/errors.ts';
import { writeThenRename } from '../db/pending.ts';

export async function backupTo(
  db: DB,
  dbPath: string,
  out: string,
  onProgress?: (done: number) => void,
): Promise<{ path: string; bytes: number }> {
  const target = resolve(out);
  if (target === resolve(dbPath)) throw new UserError('Không thể sao lưu một tệp dữ liệu vào chính nó; hãy chọn tên tệp khác.', 'usage');
  if (existsSync(target)) throw new UserError(`Tệp "${target}" đã có; hãy chọn tên khác để không ghi đè.`, 'exists');
  await writeThenRename(
    `${target}.dang-chep`,
    target,
    async (tmp) => {
      await db.backup(tmp, {
        progress({ totalPages, remainingPages }) {
          onProgress?.(totalPages ? 1 - remainingPages / totalPages : 1);
          return 200; // pages per step: keeps the app responsive on big files
        },
      });
      const check = inspectFile(tmp);
      if (!check.ok || !check.ours) {
        const why = check.ok ? 'bản sao không mang dấu tệp dữ liệu của tochuc' : 'kiểm tra toàn vẹn bản sao không đạt';
        throw new UserError(
          `Bản sao lưu "${basename(target)}" không đọc lại được: ${why}. Tệp dữ liệu đang dùng không bị thay đổi.`,
          'backup-failed',
          { technical: check.integrity },
        );
      }
    },
    renameSync,
  );
  return { path: target, bytes: statSync(target).size };
}
