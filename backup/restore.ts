/**
 * Restore: the candidate file is checked (ours, intact, not from a newer version), the current
 * database is backed up first, then the file replaces it atomically (copy beside it, rename over).
 */
import { copyFileSync, existsSync, renameSync, rmSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Session } from '../core/context.ts';
import { openDatabase, schemaVersion } from '../db/open.ts';
import { inspectFile } from '../db/backup.ts';
import { latestVersion } from '../db/migrate.ts';
import { UserError } from '../core/errors.ts';
import { holdWriterLock } from '../db/lock.ts';
import { autoBackup } from './auto.ts';
import { backupPathFor, CORRUPT_COPY, listBackups } from '../db/backup-files.ts';
import { track, withSidecars } from '../db/pending.ts';

export interface RestoreResult {
  restoredFrom: string;
  savedCurrentAs: string | null;
  schemaVersion: number;
}

export interface RestoreSource {
  path: string;
  skipped: { name: string; reason: string }[];
}

/**
 * Which file to restore: a path, or the newest automatic backup of the session's database that passes
 * the checks; the newer ones that do not (cut short, damaged) are skipped and named.
 */
export function resolveRestoreSource(dbPath: string, from: string | undefined): RestoreSource {
  if (from) return { path: resolve(from), skipped: [] };
  const skipped: RestoreSource['skipped'] = [];
  for (const b of listBackups(dbPath)) {
    if (b.reason === CORRUPT_COPY) continue;
    try {
      checkRestorable(b.path);
      return { path: b.path, skipped };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      skipped.push({ name: b.name, reason: e.message });
    }
  }
  throw new UserError(
    skipped.length
      ? `Không có bản sao lưu nào đọc được của "${basename(dbPath)}": ${skipped.length} bản trong thư mục sao-luu đều hỏng (${skipped.map((s) => s.name).join(', ')}).`
      : `Không có bản sao lưu nào của "${basename(dbPath)}" trong thư mục sao-luu.`,
    'no-backup',
    { skipped },
  );
}

export function checkRestorable(path: string): { schemaVersion: number } {
  if (!existsSync(path)) throw new UserError(`Không tìm thấy tệp sao lưu "${path}".`, 'not-found');
  const c = inspectFile(path);
  if (!c.ok)
    throw new UserError(`Tệp sao lưu "${basename(path)}" bị hỏng (kiểm tra toàn vẹn không đạt); không khôi phục.`, 'corrupt', {
      path,
      technical: c.integrity,
    });
  if (!c.ours) throw new UserError(`Tệp "${basename(path)}" không phải tệp dữ liệu của tochuc; không khôi phục.`, 'foreign', { path });
  if (c.schemaVersion > latestVersion()) {
    throw new UserError(
      `Tệp "${basename(path)}" do phiên bản tochuc mới hơn tạo ra (lược đồ ${c.schemaVersion}); hãy cập nhật chương trình trước.`,
      'too-new',
    );
  }
  return { schemaVersion: c.schemaVersion };
}

/**
 * `currentIsOpen` is false when the current file could not be opened (corrupt): it is then kept
 * aside as it is, for inspection, instead of being backed up through SQLite.
 */
export function restoreInto(session: Session, source: string, currentIsOpen: boolean): RestoreResult {
  const dbPath = resolve(session.dbPath);
  if (resolve(source) === dbPath) throw new UserError('Tệp sao lưu chính là tệp đang dùng; hãy chọn một tệp khác.', 'usage');
  checkRestorable(source);
  let saved: string | null = null;
  if (currentIsOpen) saved = autoBackup(session.db, dbPath, 'truoc-khoi-phuc');
  else if (existsSync(dbPath)) {
    saved = backupPathFor(dbPath, CORRUPT_COPY);
    copyFileSync(dbPath, saved);
  }
  // Held across the swap: between closing the old handle and opening the new one no other process may take the file.
  const keep = holdWriterLock(dbPath);
  try {
    session.db.close();
    return swapIn(session, dbPath, source, saved);
  } finally {
    keep();
  }
}

function swapIn(session: Session, dbPath: string, source: string, saved: string | null): RestoreResult {
  const tmp = `${dbPath}.dang-khoi-phuc`;
  const forget = track(withSidecars(tmp));
  try {
    return swapFile(session, dbPath, source, saved, tmp);
  } finally {
    rmSync(tmp, { force: true });
    forget();
  }
}

function swapFile(session: Session, dbPath: string, source: string, saved: string | null, tmp: string): RestoreResult {
  copyFileSync(source, tmp);
  const fd = openSync(tmp, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  // The old WAL belongs to the old file: left behind, SQLite would replay it into the restored one.
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(tmp, dbPath);
  session.db = openDatabase(dbPath);
  session.dbPath = dbPath;
  return { restoredFrom: source, savedCurrentAs: saved, schemaVersion: schemaVersion(session.db) };
}
