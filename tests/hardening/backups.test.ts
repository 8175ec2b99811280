/** Backups are whole or absent; restore --newest skips an unreadable one and says so; leftovers are swept. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, truncateSync, utimesSync, writeFileSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { autoBackup } from '../../backup/auto.ts';
import { backupPathFor, listBackups } from '../../db/backup-files.ts';
import { stateDir, sweepPending, track } from '../../db/pending.ts';
import { openDatabase } from '../../db/open.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { bin } from './serve.ts';

const run = promisify(execFile);

describe('backups and restore', () => {
  it('restore --newest skips a newer backup cut short by a kill, names it, and takes the good one', async () => {
    const path = demoCopy();
    const db = openDatabase(path);
    const good = autoBackup(db, path, 'truoc-nhap')!;
    db.close();
    // A partial file under a real backup's name, newer than the good one (what an old version left).
    const bad = backupPathFor(path, 'truoc-nhap', new Date(Date.now() + 60_000));
    copyFileSync(good, bad);
    truncateSync(bad, Math.floor(statSync(bad).size / 3));
    const later = new Date(Date.now() + 60_000);
    utimesSync(bad, later, later);
    expect(listBackups(path)[0]!.path).toBe(bad);
    const env = { ...process.env, TOCHUC_STATE_DIR: tempDir() };
    const { stdout } = await run(process.execPath, [bin, 'restore', '--db', path, '--newest', '--json'], { encoding: 'utf8', env });
    const r = JSON.parse(stdout);
    expect(r.restoredFrom).toBe(good);
    expect(r.skipped.map((s: { name: string }) => s.name)).toEqual([bad.split('/').pop()]);
    expect(r.skipped[0].reason).toMatch(/bị hỏng/);
    const text = await run(process.execPath, [bin, 'restore', '--db', path, '--newest'], { encoding: 'utf8', env });
    expect(text.stdout).toMatch(/^Bỏ qua bản sao lưu ".*": Tệp sao lưu .* bị hỏng/);
  });

  it('what a killed process was writing is removed at the next start of any command; a live one is left alone', async () => {
    const saved = process.env.TOCHUC_STATE_DIR;
    process.env.TOCHUC_STATE_DIR = tempDir();
    try {
      const dir = tempDir();
      const partial = join(dir, 'sao-luu.sqlite.dang-chep');
      writeFileSync(partial, 'nửa tệp');
      writeFileSync(`${partial}-journal`, 'x');
      // A note as a killed process leaves it: its pid no longer runs.
      mkdirSync(stateDir(), { recursive: true });
      writeFileSync(join(stateDir(), '999999-1.json'), JSON.stringify({ pid: 999999, paths: [partial, `${partial}-journal`] }));
      const mine = join(dir, 'dang-viet.dang-ghi');
      writeFileSync(mine, 'đang viết');
      const forget = track([mine]);
      const path = demoCopy();
      await run(process.execPath, [bin, 'stats', '--db', path, '--year', '2019'], { env: { ...process.env } });
      expect(readdirSync(dir)).toEqual(['dang-viet.dang-ghi']);
      forget();
      expect(sweepPending()).toEqual([]);
      expect(existsSync(mine)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TOCHUC_STATE_DIR;
      else process.env.TOCHUC_STATE_DIR = saved;
    }
  });
});
