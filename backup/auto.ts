/** Automatic backups: before every import, restore and migration, and once a day; bounded by rotation. */
import type { DB } from '../db/open.ts';
import { copyInto, vacuumInto } from '../db/backup.ts';
import { listYears } from '../db/units.ts';
import { backupPathFor, listBackups, rotateBackups } from '../db/backup-files.ts';

export type AutoReason = 'truoc-nhap' | 'truoc-khoi-phuc' | 'hang-ngay';

/** A consistent snapshot into sao-luu/ beside the file. In-memory databases have nothing to protect. */
export function autoBackup(db: DB, dbPath: string, reason: AutoReason): string | null {
  if (dbPath === ':memory:' || db.memory) return null;
  const path = backupPathFor(dbPath, reason);
  // The daily copy reads every page (VACUUM INTO fails on a damaged one): it is the full check that
  // opening a large file skips (db/intact.ts). The others copy the file, a tenth of the time.
  if (reason === 'hang-ngay') vacuumInto(db, path);
  else copyInto(db, dbPath, path);
  rotateBackups(dbPath);
  return path;
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** Called when a session opens a file: one backup per calendar day, whatever else happened. */
export function ensureDailyBackup(db: DB, dbPath: string, now = new Date()): string | null {
  if (dbPath === ':memory:' || db.memory) return null;
  const today = localDay(now);
  if (listBackups(dbPath).some((b) => localDay(new Date(b.at)) === today)) return null;
  // A file with no organization yet (just created) holds nothing worth a copy.
  if (listYears(db).length === 0) return null;
  return autoBackup(db, dbPath, 'hang-ngay');
}
