import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { createCtx, createSession, UPKEEP_JOB, upkeepProgress } from '../../api/session.ts';
import { openDatabase } from '../../db/open.ts';
import { inspectFile } from '../../db/backup.ts';
import { getFigure, setFigure } from '../../db/figures.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { autoBackup } from '../../backup/auto.ts';
import { KEEP_BACKUPS, listBackups } from '../../db/backup-files.ts';
import { demoCtx, tempDir } from '../io/fixtures.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });

const CELL = 'QO.X01.01';

function members(db: ReturnType<typeof openDatabase>): number {
  return getFigure(db, 2019, findUnitIdByCode(db, CELL)!, 'dang_vien')!;
}

describe('backups', () => {
  it('backs up on demand with db.backup() to a checked file, and never over an existing one', async () => {
    const d = demoCtx();
    const out = join(d.dir, 'ban-sao.sqlite');
    const r = await dispatch(d.ctx, 'data.backup', { out });
    expect(r.path).toBe(out);
    expect(r.bytes).toBe(statSync(out).size);
    expect(inspectFile(out)).toMatchObject({ ok: true, ours: true });
    const copy = openDatabase(out);
    expect(members(copy)).toBe(members(d.ctx.session.db));
    copy.close();
    await expect(dispatch(d.ctx, 'data.backup', { out })).rejects.toThrow(/đã có/);
  });

  it('keeps automatic backups: daily on open (once a day, in the background), before migrations, bounded by rotation', async () => {
    const dir = tempDir();
    const path = join(dir, 'cu.sqlite');
    const old = openDatabase(path, { upTo: 1 });
    old.exec(
      "INSERT INTO unit (code) VALUES ('X'); INSERT INTO unit_year (year, unit_id, name, kind) VALUES (2019, 1, 'Đảng bộ X', 'committee')",
    );
    old.close();
    const first = createSession(path);
    expect(await first.upkeep).toBeNull();
    first.db.close();
    // The copy made before migrating is already today's backup.
    expect(listBackups(path).map((b) => b.reason)).toEqual(['truoc-nang-cap-v1']);
    rmSync(join(dir, 'sao-luu'), { recursive: true });
    const second = createSession(path);
    // The open returned before the copy was taken: the first screen never waits for it.
    expect(listBackups(path)).toEqual([]);
    const outcome = await second.upkeep;
    expect(outcome).toMatchObject({ status: 'done' });
    // What the window shows under the file name (renderer/components/UpkeepStatus.tsx) asks the API.
    const seen = await dispatch(createCtx(second, { kind: 'web' }), 'jobs.progress', { jobId: UPKEEP_JOB });
    expect(seen).toMatchObject({ done: 1, finished: true, text: expect.stringMatching(/^Đã sao lưu hằng ngày/) });
    expect(upkeepProgress(second)).toMatchObject({
      finished: true,
      text: expect.stringMatching(/^Đã sao lưu hằng ngày và kiểm tra toàn vẹn/),
    });
    second.db.close();
    const third = createSession(path);
    expect(await third.upkeep).toBeNull();
    third.db.close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['hang-ngay']);
    // The daily copy opens alone (rollback journal, no -wal beside it), is ours and whole.
    const daily = listBackups(path)[0]!.path;
    expect(inspectFile(daily)).toMatchObject({ ok: true, ours: true });
    expect(existsSync(`${daily}-wal`)).toBe(false);
    expect(readdirSync(join(dir, 'sao-luu')).some((n) => n.endsWith('.dang-chep'))).toBe(false);

    const db = openDatabase(path);
    for (let i = 0; i < KEEP_BACKUPS + 5; i++) autoBackup(db, path, 'truoc-nhap');
    db.close();
    const kept = listBackups(path);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept.every((b) => b.reason === 'truoc-nhap')).toBe(true);
    expect(readdirSync(join(dir, 'sao-luu'))).toHaveLength(KEEP_BACKUPS);
  });

  it('restores a backup after backing up the current state; refuses foreign, corrupt and newer files', async () => {
    const d = demoCtx();
    const db = () => d.ctx.session.db;
    const original = members(db());
    const saved = join(d.dir, 'truoc.sqlite');
    await dispatch(d.ctx, 'data.backup', { out: saved });
    setFigure(db(), 2019, findUnitIdByCode(db(), CELL)!, 'dang_vien', original + 100);

    const foreign = join(d.dir, 'khac.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE t (x)');
    f.close();
    await expect(dispatch(d.ctx, 'data.restore', { from: foreign })).rejects.toThrow(/không phải tệp dữ liệu của tochuc/);
    const broken = join(d.dir, 'hong.sqlite');
    writeFileSync(broken, Buffer.alloc(8192, 7));
    await expect(dispatch(d.ctx, 'data.restore', { from: broken })).rejects.toThrow(/bị hỏng/);
    const newer = join(d.dir, 'moi.sqlite');
    await dispatch(d.ctx, 'data.backup', { out: newer });
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    await expect(dispatch(d.ctx, 'data.restore', { from: newer })).rejects.toThrow(/mới hơn/);
    expect(members(db())).toBe(original + 100);

    const r = await dispatch(d.ctx, 'data.restore', { from: saved });
    expect(members(db())).toBe(original);
    expect(r.savedCurrentAs).toMatch(/truoc-khoi-phuc/);
    const before = openDatabase(r.savedCurrentAs!);
    expect(members(before)).toBe(original + 100);
    before.close();
  });

  it('detects a truncated database on open, offers the newest backup, and the CLI restores it', async () => {
    const d = demoCtx();
    const newest = autoBackup(d.ctx.session.db, d.dbPath, 'truoc-nhap')!;
    d.ctx.session.db.pragma('wal_checkpoint(TRUNCATE)');
    d.ctx.session.db.close();
    truncateSync(d.dbPath, Math.floor(statSync(d.dbPath).size / 2));
    let err: unknown;
    try {
      openDatabase(d.dbPath);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe('corrupt');
    expect((err as UserError).details).toMatchObject({ newestBackup: newest });
    expect((err as UserError).message).toMatch(/bị hỏng.*Hãy khôi phục bản sao lưu gần nhất.*tochuc restore/);

    const failed = await tochuc('stats', '--db', d.dbPath, '--year', '2019').catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/bị hỏng/);
    const { stdout } = await tochuc('restore', '--db', d.dbPath, '--newest');
    expect(stdout).toMatch(/Đã khôi phục/);
    const db = openDatabase(d.dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(members(db)).toBeGreaterThan(0);
    db.close();
    // The broken file is kept for inspection but never offered for restore.
    const list = listBackups(d.dbPath);
    expect(list.some((b) => b.reason === 'hong')).toBe(true);
    expect(existsSync(newest)).toBe(true);
    const ctx = createCtx(createSession(d.dbPath), { kind: 'cli' });
    expect((await dispatch(ctx, 'data.backups', {})).length).toBe(list.length);
    ctx.session.db.close();
  });
});
