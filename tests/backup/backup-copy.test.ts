import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { copyInto, inspectFile } from '../../db/backup.ts';
import { openDatabase } from '../../db/open.ts';
import { getFigure, setFigure } from '../../db/figures.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { autoBackup } from '../../backup/auto.ts';
import { demoCtx } from '../io/fixtures.ts';
import { createSession, upkeepProgress } from '../../api/session.ts';
import { listBackups } from '../../db/backup-files.ts';

const CELL = 'QO.X01.01';

describe('automatic backups by file copy', () => {
  it('copies what is still in the WAL, gives a whole rollback-journal file of ours, and leaves the WAL empty', () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const unit = findUnitIdByCode(db, CELL)!;
    setFigure(db, 2019, unit, 'dang_vien', 4321);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const out = join(d.dir, 'ban-sao.sqlite');
    expect(copyInto(db, d.dbPath, out)).toBe('copy');
    expect(readdirSync(d.dir).filter((f) => f.startsWith('ban-sao'))).toEqual(['ban-sao.sqlite']);
    expect(inspectFile(out)).toMatchObject({ ok: true, ours: true });
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(getFigure(copy, 2019, unit, 'dang_vien')).toBe(4321);
    copy.close();
    // The session goes on writing after the copy; the copy does not change.
    setFigure(db, 2019, unit, 'dang_vien', 5);
    const again = openDatabase(out);
    expect(getFigure(again, 2019, unit, 'dang_vien')).toBe(4321);
    again.close();
  });

  it('falls back to VACUUM INTO when another connection keeps the WAL from being emptied', () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const unit = findUnitIdByCode(db, CELL)!;
    const reader = new Database(d.dbPath);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM figure').get();
    setFigure(db, 2019, unit, 'dang_vien', 777);
    const out = join(d.dir, 'ban-sao-2.sqlite');
    db.pragma('busy_timeout = 0');
    expect(copyInto(db, d.dbPath, out)).toBe('vacuum');
    reader.exec('COMMIT');
    reader.close();
    expect(inspectFile(out)).toMatchObject({ ok: true, ours: true });
    const copy = new Database(out, { readonly: true });
    expect(getFigure(copy, 2019, unit, 'dang_vien')).toBe(777);
    copy.close();
  });

  it('is what the backup before an import uses', () => {
    const d = demoCtx();
    const path = autoBackup(d.ctx.session.db, d.dbPath, 'truoc-nhap')!;
    expect(existsSync(path)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(inspectFile(path)).toMatchObject({ ok: true, ours: true });
  });
});

describe('the daily backup is the full read that opening a file skips', () => {
  it('reads every page of its copy in a worker: a damaged page leaves no daily copy and tells the user to restore, while a pre-import copy of the same file does not notice', async () => {
    const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
    const d = demoCtx();
    await d.ctx.session.upkeep;
    rmSync(join(d.dir, 'sao-luu'), { recursive: true, force: true });
    const db = d.ctx.session.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    // The figure table's root page: garbage over its cells, keeping the page header plausible.
    const root = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'figure'").get() as { rootpage: number }).rootpage;
    db.close();
    const fd = openSync(d.dbPath, 'r+');
    writeSync(fd, Buffer.alloc(pageSize - 200, 0xa5), 0, pageSize - 200, (root - 1) * pageSize + 100);
    closeSync(fd);
    expect(statSync(d.dbPath).size % pageSize).toBe(0);
    // Opening does not read the damaged page: the session starts, the background check finds it.
    const session = createSession(d.dbPath);
    try {
      const outcome = await session.upkeep;
      expect(outcome).toMatchObject({ status: 'corrupt' });
      expect(listBackups(d.dbPath).filter((b) => b.reason === 'hang-ngay')).toEqual([]);
      expect(readdirSync(join(d.dir, 'sao-luu')).some((n) => n.includes('dang-chep'))).toBe(false);
      expect(upkeepProgress(session)).toMatchObject({
        finished: true,
        text: expect.stringMatching(/bị hỏng.*cấu trúc bên trong tệp bị hỏng/),
      });
      expect(autoBackup(session.db, d.dbPath, 'truoc-nhap')).not.toBeNull();
    } finally {
      session.db.close();
    }
  });
});
