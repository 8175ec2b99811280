/** Disk full, locked, read-only: each its own Vietnamese message saying what to do, never an English stack. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { dispatch, toApiError } from '../../api/dispatch.ts';
import { systemError } from '../../db/system-errors.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { getFigure } from '../../db/figures.ts';
import { demoCtx } from '../io/fixtures.ts';
import { demoCopy } from '../helpers/db.ts';
import { bin } from './serve.ts';

const run = promisify(execFile);

function osError(f: () => void): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('no error');
}

describe('system failures in Vietnamese', () => {
  it('a real ENOSPC and EACCES from the kernel, and each code SQLite and Windows give', () => {
    const full = osError(() => writeFileSync('/dev/full', 'x'));
    expect(toApiError(full)).toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/^Ổ đĩa đã đầy.*Dữ liệu không bị thay đổi\.$/),
    });
    const denied = osError(() => writeFileSync('/sys/kernel/tochuc', 'x'));
    expect(toApiError(denied)).toMatchObject({ code: 'read-only', message: expect.stringMatching(/^Không có quyền ghi/) });
    const coded = (code: string) => Object.assign(new Error(`${code}: english text`), { code });
    for (const [code, kind] of [
      ['EBUSY', 'locked'],
      ['SQLITE_BUSY', 'locked'],
      ['SQLITE_BUSY_SNAPSHOT', 'locked'],
      ['EROFS', 'read-only'],
      ['SQLITE_READONLY', 'read-only'],
      ['EPERM', 'read-only'],
      ['SQLITE_FULL', 'disk-full'],
    ] as const) {
      const u = systemError(coded(code))!;
      expect(u.code, code).toBe(kind);
      expect(u.message).not.toMatch(/english/);
    }
    expect(toApiError(new TypeError('x is undefined'))).toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/^Lỗi không mong đợi trong chương trình/),
      details: { technical: 'x is undefined' },
    });
  });

  it('a file held by another program (SQLITE_BUSY): the grid is told so, nothing written', async () => {
    const d = demoCtx();
    const unit = findUnitIdByCode(d.ctx.session.db, 'QO.X01.01')!;
    const before = getFigure(d.ctx.session.db, 2019, unit, 'dang_vien');
    const other = new Database(d.dbPath);
    other.exec('BEGIN EXCLUSIVE');
    try {
      d.ctx.session.db.pragma('busy_timeout = 100');
      const e = await dispatch(d.ctx, 'figures.set', { year: 2019, changes: [{ unitId: unit, indicator: 'dang_vien', value: 7 }] }).catch(
        (x) => x,
      );
      expect(toApiError(e)).toMatchObject({
        code: 'locked',
        message: expect.stringMatching(/đang bị một chương trình khác khóa.*Hãy đóng chương trình đó/),
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(getFigure(d.ctx.session.db, 2019, unit, 'dang_vien')).toBe(before);
  });

  it('the CLI writing into a folder it may not write: a Vietnamese line, no stack trace', async () => {
    const r = await run(
      process.execPath,
      [bin, 'export', '--db', demoCopy(), '--year', '2019', '--what', 'breakdown', '--out', '/sys/kernel/bang.xlsx'],
      { encoding: 'utf8' },
    ).catch((e) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Lỗi: Không có quyền ghi vào tệp hoặc thư mục \("bang.xlsx"\)/m);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
