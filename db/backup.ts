/** Copies of the database file: consistent snapshots and the checks a file must pass before it replaces ours. */
import Database from 'better-sqlite3';
import type { DB } from './open.ts';
import { isOurs } from './open.ts';

/** A compact, consistent copy made in one statement; safe while the database is open in WAL mode. */
export function vacuumInto(db: DB, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}

export interface FileCheck { ok: boolean; ours: boolean; schemaVersion: number; integrity: string; tables: number }

/** Opens a candidate file read-only and reports what it is; never modifies it. */
export function inspectFile(path: string): FileCheck {
  let db: DB | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
    return {
      ok: integrity === 'ok',
      ours: isOurs(db),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      integrity,
      tables,
    };
  } catch (e) {
    return { ok: false, ours: false, schemaVersion: 0, integrity: (e as Error).message, tables: 0 };
  } finally {
    db?.close();
  }
}

export function integrityCheck(db: DB): string {
  return String(db.pragma('integrity_check', { simple: true }));
}
