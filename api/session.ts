import type { Ctx, Host, Session } from './define.ts';
import { damagedFileError, openDatabase, type DB } from '../db/open.ts';
import { reportProgress } from './progress.ts';
import { dailyBackup, needsDailyBackup, type DailyOutcome } from '../backup/auto.ts';
import { formatInt } from '../format/vi.ts';

/** The job under which the daily backup and integrity check report progress (jobs.progress). */
export const UPKEEP_JOB = 'bao-tri-hang-ngay';

function outcomeText(path: string, o: DailyOutcome): string {
  if (o.status === 'done') return `Đã sao lưu hằng ngày và kiểm tra toàn vẹn tệp dữ liệu (${formatInt(Math.round(o.bytes / 1024))} KB).`;
  if (o.status === 'corrupt') return damagedFileError(path, Object.assign(new Error(o.integrity), { code: 'SQLITE_CORRUPT', cause: o.integrity })).message;
  return `Chưa sao lưu được hôm nay: ${o.message}`;
}

/**
 * Today's backup and full integrity check, started after the open returns: the first screen never
 * waits for them (db/intact.ts does only the cheap checks). A failure never blocks work; a damaged
 * file is the user's to know, through the job's text.
 */
function startUpkeep(db: DB, path: string): Promise<DailyOutcome | null> {
  if (!needsDailyBackup(db, path)) return Promise.resolve(null);
  return new Promise<void>((r) => setImmediate(r))
    .then(() => dailyBackup(db, path, (done, text) => reportProgress(UPKEEP_JOB, Math.min(done, 0.99), text)))
    .then((o) => {
      reportProgress(UPKEEP_JOB, 1, outcomeText(path, o));
      return o;
    });
}

/** A session on a database file; `open` switches files and closes the old one only once the new one opened. */
export function createSession(path: string): Session {
  const db = openDatabase(path);
  const session: Session = {
    db,
    dbPath: path,
    upkeep: startUpkeep(db, path),
    open(next: string) {
      const db = openDatabase(next);
      session.db.close();
      session.db = db;
      session.dbPath = next;
      session.upkeep = startUpkeep(db, next);
    },
  };
  return session;
}

export function createCtx(session: Session, host: Host): Ctx {
  return { session, host, progress: reportProgress };
}
