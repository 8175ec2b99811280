import type { Ctx, Host, Session } from './define.ts';
import { damagedFileError, openDatabase } from '../db/open.ts';
import { reportProgress } from './progress.ts';
import { ensureDailyBackup } from '../backup/auto.ts';
import { sweepPending } from '../backup/pending.ts';

function openWithDailyBackup(path: string) {
  const db = openDatabase(path);
  // A copy a day, taken when a file is opened. A damaged page found while copying is the user's to know;
  // any other failure (a read-only folder) must not block work and shows as no backup today in Cài đặt.
  try {
    ensureDailyBackup(db, path);
  } catch (e) {
    if (String((e as { code?: string }).code ?? '').startsWith('SQLITE_CORRUPT')) {
      db.close();
      throw damagedFileError(path, e);
    }
  }
  return db;
}

/** A session on a database file; `open` switches files and closes the old one only once the new one opened. */
export function createSession(path: string): Session {
  // What a killed backup or restore left half-written goes first, whichever command starts next.
  sweepPending();
  const session: Session = {
    db: openWithDailyBackup(path),
    dbPath: path,
    open(next: string) {
      const db = openWithDailyBackup(next);
      session.db.close();
      session.db = db;
      session.dbPath = next;
    },
  };
  return session;
}

export function createCtx(session: Session, host: Host): Ctx {
  return { session, host, progress: reportProgress };
}
