/** The IPC transport's checks, on a real SQLite file: sender, method, input validation, and a real call. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCtx, createSession } from '../../api/session.ts';
import type { Ctx } from '../../core/context.ts';
import { buildDemo } from '../../demo/build.ts';
import { handleCall, type Relay } from '../../electron/ipc.ts';
import { runCall } from '../../api/dispatch.ts';

const top = { url: 'app://tochuc/index.html#/tong-quan', isTopFrame: true };
let dir: string;
let ctx: Ctx;
// The relay the backend process runs, here in the same process: the checks in main come first.
const relay: Relay = (method, input) => runCall(ctx, method, input);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tochuc-'));
  const session = createSession(join(dir, 'demo.sqlite'));
  buildDemo(session.db);
  ctx = createCtx(session, { kind: 'electron' });
});
afterAll(() => {
  ctx.session.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('handleCall', () => {
  test('a call from our window runs the method on the database', async () => {
    const r = await handleCall(relay, top, 'stats.breakdown', { year: 2019 });
    expect(r.ok).toBe(true);
    const rows = (r as { result: { rows: { label: string; shareText: string }[] } }).result.rows;
    expect(rows.find((x) => x.label === 'Chi bộ trực thuộc đảng bộ xã, thị trấn')?.shareText).toBe('85,44%');
  });
  test('a call from an iframe or another page is refused before anything runs', async () => {
    for (const frame of [{ ...top, isTopFrame: false }, { url: 'https://evil.example/', isTopFrame: true }, null]) {
      const r = await handleCall(relay, frame, 'figures.set', { year: 2019, changes: [{ unitId: 3, indicator: 'dang_vien', value: 1 }] });
      expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' } });
    }
    const grid = await handleCall(relay, top, 'figures.grid', { year: 2019 });
    const row = (grid as { result: { rows: { unitId: number; values: (number | null)[] }[] } }).result.rows.find((x) => x.unitId === 3)!;
    expect(row.values[0]).toBe(35);
  });
  test('unknown methods and invalid input get Vietnamese messages', async () => {
    expect(await handleCall(relay, top, 'db.exec', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method', message: 'Không có lệnh "db.exec".' },
    });
    expect(await handleCall(relay, top, { toString: () => 'x' }, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const bad = await handleCall(relay, top, 'stats.breakdown', { year: 'hai nghìn' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ \(stats\.breakdown\): year: /);
  });
  test('a refused figure leaves the database as it was', async () => {
    const r = await handleCall(relay, top, 'figures.set', { year: 2019, changes: [{ unitId: 3, indicator: 'dang_vien', value: -4 }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-figures' } });
    expect((r as { error: { message: string } }).error.message).toContain('"-4" là số âm — số liệu không được âm'); // the one number rule (io/values.ts)
  });
  test('the window cannot name files on disk: no path, no out; a restore only from a listed backup', async () => {
    for (const [m, i] of [
      ['data.export', { what: 'compare', year: 2019, years: [2018, 2019], out: '/tmp/ghi-de.xlsx' }],
      ['data.importFigures', { source: { path: '/etc/passwd' }, year: 2019, dryRun: true }],
      ['data.backup', { out: '/tmp/x.sqlite' }],
    ] as const) {
      expect(await handleCall(relay, top, m, i)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handleCall(relay, top, 'data.restore', { from: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Chỉ khôi phục được từ một bản sao lưu trong danh sách sao lưu.' },
    });
    // Bytes chosen in the page are fine: that is how the window sends a file it picked.
    const r = await handleCall(relay, top, 'data.export', { what: 'compare', year: 2019, years: [2018, 2019] });
    expect(r.ok).toBe(true);
  });
});
