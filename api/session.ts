import type { Ctx, Host, Session } from './define.ts';
import { openDatabase } from '../db/open.ts';
import { reportProgress } from './progress.ts';

/** A session on a database file; `open` switches files and closes the old one only once the new one opened. */
export function createSession(path: string): Session {
  const session: Session = {
    db: openDatabase(path),
    dbPath: path,
    open(next: string) {
      const db = openDatabase(next);
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
