/** Automatic backups: before every import, restore and migration, and once a day; bounded by rotation. */
import { renameSync, rmSync, statSync } from 'node:fs';
import type { DB } from '../db/open.ts';
import type { UpkeepOutcome } from '../core/context.ts';
import { APP_ID } from '../db/open.ts';
import { copyInto } from '../db/backup.ts';
import { checkCopyInWorker } from '../db/check-copy.ts';
import { listYears } from '../db/units.ts';
import { backupPathFor, listBackups, rotateBackups } from '../db/backup-files.ts';

export type AutoReason = 'truoc-nhap' | 'truoc-khoi-phuc' | 'hang-ngay';

/** A consistent snapshot into sao-luu/ beside the file, taken now (before an import, a restore). */
export function autoBackup(db: DB, dbPath: string, reason: AutoReason): string | null {
  if (dbPath === ':memory:' || db.memory) return null;
  const path = backupPathFor(dbPath, reason);
  copyInto(db, dbPath, path);
  rotateBackups(dbPath);
  return path;
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** Whether a file needs today's copy: one backup per calendar day, whatever else happened. */
export function needsDailyBackup(db: DB, dbPath: string, now = new Date()): boolean {
  if (dbPath === ':memory:' || db.memory) return false;
  const today = localDay(now);
  if (listBackups(dbPath).some((b) => localDay(new Date(b.at)) === today)) return false;
  // A file with no organization yet (just created) holds nothing worth a copy.
  return listYears(db).length > 0;
}

export type DailyOutcome = UpkeepOutcome;

/**
 * Today's copy, in the background: SQLite's online backup copies the file a few hundred pages at a
 * time between other work (the session's calls run in between), then a worker thread reads every
 * page of the copy (quick_check). That read is the full check that opening a file never does
 * (db/intact.ts). The copy takes its name only once it passed; a damaged file leaves no copy that
 * could be mistaken for a good one, and the outcome says so.
 */
export async function dailyBackup(db: DB, dbPath: string, onProgress: (done: number, text: string) => void): Promise<DailyOutcome> {
  const t = performance.now();
  const path = backupPathFor(dbPath, 'hang-ngay');
  const part = `${path}.dang-chep`;
  const drop = () => {
    for (const s of ['', '-wal', '-shm', '-journal']) rmSync(`${part}${s}`, { force: true });
  };
  try {
    onProgress(0, 'Đang sao lưu hằng ngày…');
    await db.backup(part, {
      progress({ totalPages, remainingPages }) {
        onProgress(totalPages ? 0.5 * (1 - remainingPages / totalPages) : 0.5, 'Đang sao lưu hằng ngày…');
        return 500; // pages a step (2 MB): each step a few ms, so calls between steps wait no longer
      },
    });
    onProgress(0.5, 'Đang kiểm tra toàn vẹn tệp dữ liệu…');
    const check = await checkCopyInWorker(part, APP_ID);
    if (!check.ok || !check.ours) {
      drop();
      return check.ok
        ? { status: 'failed', message: 'bản sao không mang dấu tệp dữ liệu của tochuc' }
        : { status: 'corrupt', integrity: check.integrity };
    }
    renameSync(part, path);
    rotateBackups(dbPath);
    return { status: 'done', path, bytes: statSync(path).size, ms: performance.now() - t };
  } catch (e) {
    drop();
    return { status: 'failed', message: (e as Error).message };
  }
}
