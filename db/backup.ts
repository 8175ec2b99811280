/** Copies of the database file: consistent snapshots and the checks a file must pass before it replaces ours. */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { DB } from './open.ts';
import { isOurs } from './open.ts';
import { track, withSidecars } from './pending.ts';

/**
 * A compact, consistent copy made in one statement; safe while the database is open in WAL mode.
 * Written under a temporary name and renamed when complete: a copy killed midway never carries a backup's name.
 */
export function vacuumInto(db: DB, path: string): void {
  const part = `${path}.dang-chep`;
  const forget = track(withSidecars(part));
  try {
    db.prepare('VACUUM INTO ?').run(part);
    renameSync(part, path);
  } finally {
    for (const p of withSidecars(part)) rmSync(p, { force: true });
    forget();
  }
}

function walBytes(dbPath: string): number {
  return existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0;
}

/**
 * A consistent copy of the open database at `dbPath`, taken by copying the file: VACUUM INTO rewrites
 * every row (about 1 s for a 175 MB province file), a file copy takes about a tenth of that.
 * The WAL is checkpointed into the file and emptied, then the write lock is held while the file is
 * copied, so no connection (ours or another process's) can change it underneath; if the WAL could
 * not be emptied (another connection reading, or one that wrote in between) VACUUM INTO is used instead.
 * The copy is switched to rollback-journal mode so it opens alone, read-only, anywhere, and is
 * checked to be ours and whole (its size is its page count) before it takes its name.
 */
export function copyInto(db: DB, dbPath: string, path: string): 'copy' | 'vacuum' {
  const part = `${path}.dang-chep`;
  const forget = track(withSidecars(part));
  try {
    return copyOrVacuum(db, dbPath, path, part);
  } finally {
    forget();
  }
}

function copyOrVacuum(db: DB, dbPath: string, path: string, part: string): 'copy' | 'vacuum' {
  let copied = false;
  if (db.pragma('journal_mode', { simple: true }) === 'wal') {
    const [cp] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (cp?.busy === 0) {
      db.exec('BEGIN IMMEDIATE');
      try {
        if (walBytes(dbPath) === 0) {
          copyFileSync(dbPath, part);
          copied = true;
        }
      } finally {
        db.exec('COMMIT');
      }
    }
  }
  if (!copied) {
    vacuumInto(db, path);
    return 'vacuum';
  }
  try {
    const c = new Database(part, { fileMustExist: true });
    try {
      c.pragma('journal_mode = DELETE');
      const pages = (c.pragma('page_count', { simple: true }) as number) * (c.pragma('page_size', { simple: true }) as number);
      if (!isOurs(c) || pages !== statSync(part).size) throw new Error(`bản sao ${pages} byte, tệp ${statSync(part).size} byte`);
    } finally {
      c.close();
    }
    renameSync(part, path);
  } catch {
    // A copy that does not read back is dropped; the slow way still gives a good one.
    for (const s of ['', '-wal', '-shm', '-journal']) rmSync(`${part}${s}`, { force: true });
    vacuumInto(db, path);
    return 'vacuum';
  }
  return 'copy';
}

export interface FileCheck {
  ok: boolean;
  ours: boolean;
  schemaVersion: number;
  integrity: string;
  tables: number;
}

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
