/**
 * One writer at a time: while `tochuc serve` has the file open, a restore or an import from the CLI is
 * refused, and every write the server acknowledged is in the file afterwards.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { openDatabase } from '../../db/open.ts';
import { getFigure } from '../../db/figures.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { lockPathFor } from '../../db/lock.ts';
import { listBackups } from '../../db/backup-files.ts';
import { demoCopy } from '../helpers/db.ts';
import { bin, serve, stop } from './serve.ts';

const run = promisify(execFile);
const tochuc = (...args: string[]) =>
  run(process.execPath, [bin, ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );

function figure(path: string, code: string): number | null {
  const db = openDatabase(path, { readonly: true });
  try {
    return getFigure(db, 2019, findUnitIdByCode(db, code)!, 'dang_vien');
  } finally {
    db.close();
  }
}

describe('one writer across app, web mode and CLI', () => {
  it('restore and import from the CLI are refused while serve has the file; no acknowledged write is lost', async () => {
    const path = demoCopy();
    const db = openDatabase(path, { readonly: true });
    const a = findUnitIdByCode(db, 'QO.X01.01')!;
    const b = findUnitIdByCode(db, 'QO.X01.02')!;
    db.close();
    const web = await serve(path);
    try {
      // The daily copy restore --newest would take: taken in the background once the file opened (backup/auto.ts).
      for (let i = 0; i < 600 && listBackups(path).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(listBackups(path).length).toBeGreaterThan(0);
      const first = await web.call('figures.set', { year: 2019, changes: [{ unitId: a, indicator: 'dang_vien', value: 4321 }] });
      expect(first.status).toBe(200);
      const restore = await tochuc('restore', '--db', path, '--newest');
      expect(restore.code).toBe(1);
      expect(restore.stderr).toMatch(
        /^Lỗi: Tệp đang được mở trong tochuc: "demo.sqlite" đang được chế độ web \(tochuc serve\) \(tiến trình \d+/,
      );
      const imp = await tochuc('import', 'figures', path, '--db', path, '--year', '2019');
      expect(imp.code).toBe(1);
      expect(imp.stderr).toMatch(/Tệp đang được mở trong tochuc/);
      const second = await web.call('figures.set', { year: 2019, changes: [{ unitId: b, indicator: 'dang_vien', value: 1234 }] });
      expect(second.status).toBe(200);
    } finally {
      await stop(web);
    }
    expect(figure(path, 'QO.X01.01')).toBe(4321);
    expect(figure(path, 'QO.X01.02')).toBe(1234);
    expect(existsSync(lockPathFor(path))).toBe(false);
    // Once the server has stopped, the same restore goes through.
    const restore = await tochuc('restore', '--db', path, '--newest');
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(/^Đã khôi phục/);
  });

  it('a server killed outright leaves a lock that the next command takes over', async () => {
    const path = demoCopy();
    const web = await serve(path);
    await stop(web, 'SIGKILL');
    expect(existsSync(lockPathFor(path))).toBe(true);
    const r = await tochuc('stats', '--db', path, '--year', '2019');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/7\.101/);
    expect(existsSync(lockPathFor(path))).toBe(false);
  });
});
