/**
 * Opening a file, start-up and peak memory. Opening is measured in this process to the first screen
 * (the file opened, checked, migrated, and app.info: what the window needs to draw itself; the
 * screen's own figures then come as the rows above measure them), on the first open of a day and on
 * later ones, against better-sqlite3 opening the file and reading its years by hand-written SQL;
 * the daily backup and integrity check that follow in the background are timed to their end. Start-up and
 * memory are measured in fresh processes (bench/probe.ts bundled as the app is, bin/tochuc.js) against bare
 * Node with better-sqlite3 doing the least equivalent work.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { backupDirFor } from '../../db/backup-files.ts';
import * as base from '../../db/baselines.ts';
import { median } from '../measure.ts';
import { budgetFor } from '../budgets.ts';
import type { Row } from '../row.ts';
import type { Scale } from './context.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = join(root, 'bin', 'tochuc.js');

/**
 * bench/probe.ts as the app runs its code: bundled by esbuild, as dist/electron/backend.cjs and dist/cli
 * are, with the SQL migrations beside it (db/migrate.ts looks there). Run from the sources, Node's type
 * stripping keeps its compiler in the process (some 20 MB of a session's peak) and each start parses
 * every module: neither happens to a user. Inside the checkout, so node_modules is found as from dist/cli.
 */
let bundled: string | undefined;
function probe(): string {
  if (bundled) return bundled;
  const dir = join(root, 'dist', 'bench');
  rmSync(dir, { recursive: true, force: true });
  buildSync({
    entryPoints: [join(here, '..', 'probe.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile: join(dir, 'probe.mjs'),
    logLevel: 'warning',
  });
  cpSync(join(root, 'db', 'migrations'), join(dir, 'migrations'), { recursive: true });
  return (bundled = join(dir, 'probe.mjs'));
}

export function probeRun(side: 'app' | 'baseline', what: 'cold' | 'work', s: Scale): { ms: number; maxRssMB: number } {
  const years = s.years.slice(-10).join(',');
  return JSON.parse(
    execFileSync(process.execPath, [probe(), side, what, s.path, String(s.last), years], { encoding: 'utf8', maxBuffer: 1 << 20 }),
  );
}

/** Open + app.info; the session is returned open, with its background work. */
async function firstScreen(s: Scale): Promise<{ ms: number; upkeep: Promise<unknown> | undefined; close(): void }> {
  const t = performance.now();
  const ctx = createCtx(createSession(s.path), { kind: 'cli' });
  ctx.progress = () => {};
  await dispatch(ctx, 'app.info', {});
  return { ms: performance.now() - t, upkeep: ctx.session.upkeep, close: () => ctx.session.db.close() };
}

function firstScreenBaseline(s: Scale): number {
  const t = performance.now();
  const db = new Database(s.path);
  base.yearsBaseline(db);
  const ms = performance.now() - t;
  db.close();
  return ms;
}

export async function openRows(s: Scale, runs: number, tmp: string): Promise<Row[]> {
  const rows: Row[] = [];
  // The first open of a day: today's backup is taken away so that the session starts one.
  rmSync(backupDirFor(s.path), { recursive: true, force: true });
  const first = await firstScreen(s);
  const firstBase = firstScreenBaseline(s);
  const t = performance.now();
  const outcome = (await first.upkeep) as { status: string; bytes?: number } | null;
  const upkeep = performance.now() - t + first.ms;
  first.close();
  rows.push({
    key: 'open-first',
    scale: s.label,
    name: 'Mở tệp lần đầu trong ngày → màn hình đầu tiên',
    value: first.ms,
    unit: 'ms',
    baseline: 'better-sqlite3 mở + đọc các năm',
    baselineValue: firstBase,
    ...budgetFor('open-first', s.factor),
    runs: 1,
    note: 'sao lưu hằng ngày và kiểm tra toàn vẹn bắt đầu sau đó, chạy nền (dòng dưới).',
  });
  const tc = performance.now();
  copyFileSync(s.path, join(tmp, 'ban-sao.sqlite'));
  const copy = performance.now() - tc;
  rmSync(join(tmp, 'ban-sao.sqlite'), { force: true });
  if (outcome?.status !== 'done') throw new Error(`Sao lưu hằng ngày không xong: ${JSON.stringify(outcome)}`);
  rows.push({
    key: 'upkeep',
    scale: s.label,
    name: 'Sao lưu hằng ngày + kiểm tra toàn vẹn (chạy nền)',
    value: upkeep,
    unit: 'ms',
    baseline: 'sao chép tệp',
    baselineValue: copy,
    runs: 1,
    note: `từ lúc mở tới khi xong: db.backup() từng 500 trang xen giữa các lệnh khác, rồi quick_check bản sao trong một worker; bản sao ${Math.round((outcome.bytes ?? 0) / 2 ** 20)} MB.`,
  });
  const app: number[] = [],
    bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const o = await firstScreen(s);
    await o.upkeep;
    o.close();
    app.push(o.ms);
    bare.push(firstScreenBaseline(s));
  }
  rows.push({
    key: 'open',
    scale: s.label,
    name: 'Mở tệp → màn hình đầu tiên',
    value: median(app),
    unit: 'ms',
    baseline: 'better-sqlite3 mở + đọc các năm',
    baselineValue: median(bare),
    ...budgetFor('open', s.factor),
    runs,
    note: 'mở, kiểm tra phần đầu tệp, lược đồ, app.info (các năm, tệp, khả năng) trong tiến trình đang chạy; số liệu của màn hình là các dòng phân tổ, tổng quan ở trên.',
  });
  return rows;
}

/** `tochuc stats` in a fresh process, as a user types it, against bare Node opening the file and running the breakdown's SQL. */
export function cliRow(s: Scale, runs: number): Row {
  const app: number[] = [],
    bare: number[] = [];
  const cli = () => execFileSync(process.execPath, [bin, 'stats', '--db', s.path, '--year', String(s.last)], { encoding: 'utf8' });
  cli(); // the compile cache is filled by the first run after a build, as after installing
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    cli();
    app.push(performance.now() - t);
    t = performance.now();
    probeRun('baseline', 'cold', s);
    bare.push(performance.now() - t);
  }
  return {
    key: 'cli',
    scale: s.label,
    name: `tochuc stats --year ${s.last} (tiến trình mới)`,
    value: median(app),
    unit: 'ms',
    baseline: 'node + better-sqlite3 + 1 câu SQL',
    baselineValue: median(bare),
    ...budgetFor('cli', s.factor),
    runs,
    note: 'cả tiến trình, đo từ ngoài: khởi động Node, nạp bản gói dist/cli (bộ đệm biên dịch), mở tệp, phân tổ, in bảng.',
  };
}

export function coldRow(s: Scale, runs: number): Row {
  const app: number[] = [],
    bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(probeRun('app', 'cold', s).ms);
    bare.push(probeRun('baseline', 'cold', s).ms);
  }
  return {
    key: 'cold',
    scale: s.label,
    name: 'Khởi động nguội: mở tệp + phân tổ đầu tiên',
    value: median(app),
    unit: 'ms',
    baseline: 'better-sqlite3 mở + 1 câu SQL',
    baselineValue: median(bare),
    runs,
    note: 'đo trong tiến trình mới từ đầu mã tới khi có phân tổ (nạp mã đã gói bằng esbuild như ứng dụng chạy, mở tệp, lược đồ, phân tổ); bộ đệm tệp của hệ điều hành đã nóng.',
  };
}

export function rssRow(s: Scale): Row {
  const work = probeRun('app', 'work', s);
  const workBase = probeRun('baseline', 'work', s);
  return {
    key: 'rss',
    scale: s.label,
    name: 'RSS đỉnh của một phiên làm việc',
    value: work.maxRssMB,
    unit: 'MB',
    baseline: 'better-sqlite3 + các câu SQL mốc',
    baselineValue: workBase.maxRssMB,
    ...budgetFor('rss', s.factor),
    runs: 1,
    note: 'mở, phân tổ, so sánh 10 năm, tổ chức, số liệu, kiểm tra, chỉ tiêu, đề án và báo cáo hội nghị, trong một tiến trình chạy mã đã gói bằng esbuild như backend của ứng dụng (chạy thẳng mã nguồn TypeScript, bộ tách kiểu của Node thêm khoảng 20 MB).',
  };
}
