import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../core/errors.ts';
import { latestVersion, migrate } from './migrate.ts';
import { checkIntact, openFailureReason } from './intact.ts';
import { backupPathFor, newestBackup } from './backup-files.ts';
import { holdWriterLock } from './lock.ts';
import { systemError } from './system-errors.ts';

export type { DB };

export const APP_ID = 0x746f6368; // "toch": marks a file as ours, checked on open and restore

/** What a user reads when a file turns out damaged: the reason in Vietnamese and how to restore the newest backup. */
export function damagedFileError(path: string, e: unknown): UserError {
  const newest = path === ':memory:' ? undefined : newestBackup(path);
  const { reason, technical } = openFailureReason(e);
  return new UserError(
    `Tệp dữ liệu "${basename(path)}" bị hỏng hoặc không phải tệp SQLite (${reason}). ` +
      (newest
        ? `Hãy khôi phục bản sao lưu gần nhất "${newest.name}" (lúc ${newest.at}): tochuc restore --db "${path}" --newest`
        : 'Không tìm thấy bản sao lưu nào trong thư mục sao-luu bên cạnh tệp.'),
    'corrupt',
    { path, newestBackup: newest?.path ?? null, technical },
  );
}

/** Opens (or creates) a database file, checks it is ours and intact, and migrates it. */
export function openDatabase(path: string, opts: { upTo?: number; readonly?: boolean } = {}): DB {
  const isNew = path === ':memory:' || !existsSync(path);
  // Taken before the file is touched: a second writer is refused before it can migrate or write.
  const release = opts.readonly ? () => {} : holdWriterLock(path);
  try {
    const db = openChecked(path, isNew, opts);
    const close = db.close.bind(db);
    db.close = () => {
      try {
        return close();
      } finally {
        release();
      }
    };
    return db;
  } catch (e) {
    release();
    throw e;
  }
}

function openChecked(path: string, isNew: boolean, opts: { upTo?: number; readonly?: boolean }): DB {
  let db: DB;
  let opened: DB | undefined; // set once the handle exists, so a failed check can close it
  try {
    db = opened = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('busy_timeout = 5000');
    checkIntact(path);
  } catch (e) {
    opened?.close();
    // A read-only folder or a locked file is not a damaged file: say what it is.
    throw systemError(e) ?? damagedFileError(path, e);
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (!isNew && version > 0 && appId !== APP_ID) {
    db.close();
    throw new UserError(`Tệp "${basename(path)}" không phải tệp dữ liệu của tochuc.`, 'foreign', { path });
  }
  if (version > latestVersion()) {
    db.close();
    throw new UserError(
      `Tệp "${basename(path)}" được tạo bởi phiên bản tochuc mới hơn (lược đồ ${version}). Hãy cập nhật chương trình.`,
      'too-new',
    );
  }
  if (opts.readonly) return db;
  let backupPath: string | undefined;
  if (path !== ':memory:' && version > 0 && version < latestVersion()) {
    backupPath = backupPathFor(path, `truoc-nang-cap-v${version}`);
  }
  if (version === 0) db.pragma(`application_id = ${APP_ID}`);
  migrate(db, { upTo: opts.upTo, backupPath });
  return db;
}

export function isOurs(db: DB): boolean {
  return db.pragma('application_id', { simple: true }) === APP_ID;
}

/** The schema version a file is at (its `user_version`). */
export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Folds the write-ahead log into the file, so that a copy of the .sqlite alone holds everything written. */
export function checkpoint(db: DB): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
