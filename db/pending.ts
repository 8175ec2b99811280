/**
 * Files being written under a temporary name (a backup, a restore's copy): listed in a private folder
 * of the user while they are written, so that when a process is killed midway the next start of any
 * tochuc command removes what it left (nothing half-written stays at the user's path or beside the data).
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function stateDir(): string {
  const base =
    process.env.TOCHUC_STATE_DIR ?? (process.env.LOCALAPPDATA ? join(process.env.LOCALAPPDATA, 'tochuc') : join(homedir(), '.tochuc'));
  return join(base, 'dang-ghi');
}

let seq = 0;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a SQLite file written under `path` may leave beside it. */
export function withSidecars(path: string): string[] {
  return [path, `${path}-journal`, `${path}-wal`, `${path}-shm`];
}

function remove(paths: string[]): void {
  for (const p of paths) rmSync(p, { force: true });
}

/** Records `paths` as being written; the returned function forgets them (call it once they are renamed or removed). */
export function track(paths: string[]): () => void {
  const dir = stateDir();
  const note = join(dir, `${process.pid}-${++seq}.json`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(note, JSON.stringify({ pid: process.pid, paths }));
  } catch {
    return () => {}; // no private folder (read-only home): the write still happens, only the sweep is lost
  }
  return () => rmSync(note, { force: true });
}

/** Writes into `tmp` with `write`, then renames it to `final`; on failure nothing is left at either name. */
export async function writeThenRename<T>(
  tmp: string,
  final: string,
  write: (tmp: string) => Promise<T> | T,
  rename: (from: string, to: string) => void,
): Promise<T> {
  const forget = track(withSidecars(tmp));
  try {
    const r = await write(tmp);
    rename(tmp, final);
    remove(withSidecars(tmp));
    return r;
  } catch (e) {
    remove(withSidecars(tmp));
    throw e;
  } finally {
    forget();
  }
}

/** Removes what killed processes were writing; returns the files removed. */
export function sweepPending(): string[] {
  const dir = stateDir();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const note = join(dir, name);
    let rec: { pid: number; paths: string[] } | null = null;
    try {
      rec = JSON.parse(readFileSync(note, 'utf8'));
    } catch {
      /* a note cut short by the kill itself: it named nothing yet */
    }
    if (rec && (rec.pid === process.pid || alive(rec.pid))) continue;
    for (const p of rec?.paths ?? []) {
      try {
        rmSync(p, { force: true });
        removed.push(p);
      } catch {
        /* in use or gone: tried again next time */
      }
    }
    rmSync(note, { force: true });
  }
  return removed;
}

/** A produced file (export, report) written whole or not at all: temporary name, fsync, rename. */
export function writeFileWhole(path: string, bytes: Buffer | string): void {
  const tmp = `${path}.dang-ghi`;
  const forget = track([tmp]);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    // The user named the file, not its temporary name: that is the one a message speaks of.
    const err = e as { path?: string; dest?: string };
    if (err.path === tmp) err.path = path;
    if (err.dest === tmp) err.dest = path;
    throw e;
  } finally {
    rmSync(tmp, { force: true });
    forget();
  }
}
