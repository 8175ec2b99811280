import type { Ctx, Session, UpkeepOutcome } from '../core/context.ts';
import type { Host } from '../core/host.ts';
import { damagedFileError, openDatabase, type DB } from '../db/open.ts';
import { EventHub, type Progress } from '../core/progress.ts';
import { dailyBackup, needsDailyBackup } from '../backup/auto.ts';
import { formatInt } from '../format/vi.ts';
import { sweepPending } from '../db/pending.ts';

/** The job under which the daily backup and integrity check report progress (jobs.progress, progress events). */
export const UPKEEP_JOB = 'bao-tri-hang-ngay';

/**
 * Each session's upkeep: its last report, read through jobs.progress (api/handlers/app.ts). It is
 * not pushed as progress events: those belong to the calls a page made and waits for.
 */
interface Upkeep {
  last?: Progress;
}
const upkeeps = new WeakMap<Session, Upkeep>();

function upkeepOf(session: Session): Upkeep {
  let u = upkeeps.get(session);
  if (!u) upkeeps.set(session, (u = {}));
  return u;
}

/** Where the session's daily backup and integrity check stand (undefined: nothing ran since it opened). */
export function upkeepProgress(session: Session): Progress | undefined {
  return upkeeps.get(session)?.last;
}

function outcomeText(path: string, o: UpkeepOutcome): string {
  if (o.status === 'done') return `Đã sao lưu hằng ngày và kiểm tra toàn vẹn tệp dữ liệu (${formatInt(Math.round(o.bytes / 1024))} KB).`;
  if (o.status === 'corrupt')
    return damagedFileError(path, Object.assign(new Error(o.integrity), { code: 'SQLITE_CORRUPT', cause: o.integrity })).message;
  return `Chưa sao lưu được hôm nay: ${o.message}`;
}

/**
 * Today's backup and full integrity check, started after the open returns: the first screen never
 * waits for them (db/intact.ts does only the cheap checks). A failure never blocks work; a damaged
 * file is the user's to know, through the job's text.
 */
function startUpkeep(session: Session, db: DB, path: string): Promise<UpkeepOutcome | null> {
  if (!needsDailyBackup(db, path)) return Promise.resolve(null);
  const u = upkeepOf(session);
  const report = (done: number, text: string) => {
    u.last = { done, text, finished: done >= 1, at: Date.now() };
  };
  return new Promise<void>((r) => setImmediate(r))
    .then(() => dailyBackup(db, path, (done, text) => report(Math.min(done, 0.99), text)))
    .then((o) => {
      report(1, outcomeText(path, o));
      return o;
    });
}

/** A session on a database file; `open` switches files and closes the old one only once the new one opened. */
export function createSession(path: string): Session {
  // What a killed backup or restore left half-written goes first, whichever command starts next.
  sweepPending();
  const db = openDatabase(path);
  const session: Session = {
    db,
    dbPath: path,
    open(next: string) {
      const db = openDatabase(next);
      session.db.close();
      session.db = db;
      session.dbPath = next;
      session.upkeep = startUpkeep(session, db, next);
    },
  };
  session.upkeep = startUpkeep(session, db, path);
  return session;
}

/** A call context; progress reports go to `events`, which the transport may share with its listeners. */
export function createCtx(session: Session, host: Host, events = new EventHub()): Ctx {
  return { session, host, progress: events.report, events };
}
