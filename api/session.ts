import type { Ctx, Session } from '../core/context.ts';
import type { Host } from '../core/host.ts';
import { damagedFileError, openDatabase } from '../db/open.ts';
import { EventHub } from '../core/progress.ts';
import { ensureDailyBackup } from '../backup/auto.ts';
import { sweepPending } from '../db/pending.ts';

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

/** A call context; progress reports go to `events`, which the transport may share with its listeners. */
export function createCtx(session: Session, host: Host, events = new EventHub()): Ctx {
  return { session, host, progress: events.report, events };
}
