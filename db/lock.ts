/**
 * One writer at a time across the app, web mode and the CLI: a lock file beside the database names
 * the process that has it open. SQLite's own locks last one transaction; this one lasts as long as a
 * handle is open, so that a restore cannot swap the file under a server that would keep writing into
 * the unlinked old one (its acknowledged writes would be lost). Within one process handles share it.
 * A lock left by a process that no longer runs (killed, power cut) is taken over.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, resolve } from 'node:path';
import { UserError } from '../core/errors.ts';

interface Owner {
  pid: number;
  host: string;
  what: string;
  since: string;
}

const held = new Map<string, number>();

export function lockPathFor(dbPath: string): string {
  return `${dbPath}-khoa`;
}

function whatAmI(): string {
  if (process.versions.electron) return 'cửa sổ ứng dụng tochuc';
  const cmd = process.argv[2];
  if (cmd === 'serve') return 'chế độ web (tochuc serve)';
  return cmd && !cmd.includes('/') && !cmd.includes('\\') ? `lệnh "tochuc ${cmd}"` : 'một chương trình tochuc';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lock: string): Owner | null {
  try {
    const o = JSON.parse(readFileSync(lock, 'utf8')) as Owner;
    return Number.isInteger(o.pid) ? o : null;
  } catch {
    return null;
  }
}

function release(lock: string): void {
  const n = (held.get(lock) ?? 0) - 1;
  if (n > 0) {
    held.set(lock, n);
    return;
  }
  held.delete(lock);
  if (readOwner(lock)?.pid === process.pid) {
    try {
      unlinkSync(lock);
    } catch {
      /* already gone */
    }
  }
}

process.on('exit', () => {
  for (const lock of held.keys()) {
    try {
      if (readOwner(lock)?.pid === process.pid) unlinkSync(lock);
    } catch {
      /* nothing to do at exit */
    }
  }
});

/** Takes the writer lock of `dbPath` (or shares this process's); returns its release, safe to call twice. */
export function holdWriterLock(dbPath: string): () => void {
  if (dbPath === ':memory:' || dbPath === '') return () => {};
  const lock = lockPathFor(resolve(dbPath));
  if (held.has(lock)) held.set(lock, held.get(lock)! + 1);
  else take(lock, dbPath);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release(lock);
  };
}

function take(lock: string, dbPath: string): void {
  const me: Owner = { pid: process.pid, host: hostname(), what: whatAmI(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, JSON.stringify(me), { flag: 'wx' });
      held.set(lock, 1);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A folder where nothing can be created cannot be written by anyone either: no lock to take.
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
        held.set(lock, 1);
        return;
      }
      if (code !== 'EEXIST') throw e;
    }
    const owner = readOwner(lock);
    const stale = owner === null ? attempt > 0 : owner.host === hostname() && (owner.pid === process.pid || !alive(owner.pid));
    if (!stale && owner) throw inUse(dbPath, lock, owner);
    if (stale) {
      try {
        unlinkSync(lock);
      } catch {
        /* another process took it over first */
      }
    }
  }
  throw inUse(dbPath, lock, readOwner(lock));
}

function inUse(dbPath: string, lock: string, o: Owner | null): UserError {
  const since = o ? new Date(o.since) : null;
  const at = since && !Number.isNaN(since.getTime()) ? `, từ ${since.toLocaleString('vi-VN')}` : '';
  const who = o
    ? `${o.what} (tiến trình ${o.pid}${o.host !== hostname() ? ` trên máy ${o.host}` : ''}${at})`
    : 'một chương trình tochuc khác';
  return new UserError(
    `Tệp đang được mở trong tochuc: "${basename(dbPath)}" đang được ${who} mở để ghi. ` +
      'Chỉ một chương trình được ghi vào tệp một lúc, để không thay đổi nào bị mất: hãy đóng cửa sổ đó hoặc dừng lệnh đó (Ctrl+C) rồi làm lại. ' +
      `Nếu chắc chắn không còn chương trình nào mở tệp, hãy xóa tệp "${basename(lock)}" bên cạnh tệp dữ liệu.`,
    'in-use',
    { lock, owner: o },
  );
}
