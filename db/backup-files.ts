/** Where automatic backups live (sao-luu/ beside the database), how they are named, listed and rotated. */
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface BackupFile {
  path: string;
  name: string;
  reason: string;
  at: string;
  bytes: number;
}

/** Kept per database; the oldest go first. Migration copies made by openDatabase count too. */
export const KEEP_BACKUPS = 20;

export function backupDirFor(dbPath: string): string {
  return join(dirname(dbPath), 'sao-luu');
}

export function stamp(d = new Date()): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

export function backupPathFor(dbPath: string, reason: string, at = new Date()): string {
  const dir = backupDirFor(dbPath);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${basename(dbPath)}.${reason}.${stamp(at)}.sqlite`);
}

/** Newest first. Names are `<db file>.<reason>.<time>.sqlite`. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupDirFor(dbPath);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(dbPath)}.`;
  const out: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.sqlite')) continue;
    const rest = name.slice(prefix.length, -'.sqlite'.length);
    const dot = rest.indexOf('.');
    const st = statSync(join(dir, name));
    if (!st.isFile()) continue;
    out.push({ path: join(dir, name), name, reason: dot > 0 ? rest.slice(0, dot) : rest, at: st.mtime.toISOString(), bytes: st.size });
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.name < b.name ? 1 : -1));
}

/** Copies of a corrupt file are kept for inspection, never offered for restore. */
export const CORRUPT_COPY = 'hong';

export function newestBackup(dbPath: string): BackupFile | undefined {
  return listBackups(dbPath).find((b) => b.reason !== CORRUPT_COPY);
}

/** Deletes the oldest backups beyond `keep`; returns what was removed. */
export function rotateBackups(dbPath: string, keep = KEEP_BACKUPS): string[] {
  const removed: string[] = [];
  for (const b of listBackups(dbPath).slice(keep)) {
    unlinkSync(b.path);
    removed.push(b.path);
  }
  return removed;
}
