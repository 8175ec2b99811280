/** Cold start and peak memory, each in a fresh process (bench/probe.ts), and the first open of a day. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '../../api/session.ts';
import { backupDirFor } from '../../db/backup-files.ts';
import { median } from '../measure.ts';
import type { Row } from '../row.ts';
import type { Scale } from './context.ts';

const probe = join(dirname(fileURLToPath(import.meta.url)), '..', 'probe.ts');

function run(side: 'app' | 'baseline', what: 'cold' | 'work', s: Scale): { ms: number; maxRssMB: number } {
  const years = s.years.slice(-10).join(',');
  return JSON.parse(execFileSync(process.execPath, [probe, side, what, s.path, String(s.last), years], { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

export function processRows(s: Scale, runs: number, tmp: string): Row[] {
  const rows: Row[] = [];
  const prov = s.kind === 'province';
  // The daily backup is taken by the first session of a day on a file; take it away to measure it.
  rmSync(backupDirFor(s.path), { recursive: true, force: true });
  let t = performance.now();
  createSession(s.path).db.close();
  const first = performance.now() - t;
  t = performance.now();
  copyFileSync(s.path, join(tmp, 'ban-sao.sqlite'));
  const copy = performance.now() - t;
  rmSync(join(tmp, 'ban-sao.sqlite'), { force: true });
  rows.push({ scale: s.label, name: 'Mở tệp lần đầu trong ngày (kèm sao lưu hằng ngày)', value: first, unit: 'ms', baseline: 'sao chép tệp', baselineValue: copy, runs: 1,
    note: 'chỉ lần mở đầu tiên mỗi ngày; các lần sau là dòng "Khởi động nguội".' });

  const app: number[] = [], base: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(run('app', 'cold', s).ms);
    base.push(run('baseline', 'cold', s).ms);
  }
  rows.push({ scale: s.label, name: 'Khởi động nguội: mở tệp + phân tổ đầu tiên', value: median(app), unit: 'ms', baseline: 'better-sqlite3 mở + 1 câu SQL', baselineValue: median(base), runs,
    note: 'tiến trình mới mỗi lần (nạp mã, mở tệp, kiểm tra tệp, di chuyển lược đồ, phân tổ); bộ đệm tệp của hệ điều hành đã nóng.' });
  const work = run('app', 'work', s);
  const workBase = run('baseline', 'work', s);
  rows.push({ scale: s.label, name: 'RSS đỉnh của một phiên làm việc', value: work.maxRssMB, unit: 'MB', baseline: 'better-sqlite3 + các câu SQL mốc', baselineValue: workBase.maxRssMB,
    budget: prov ? 500 : undefined, runs: 1, note: 'mở, phân tổ, so sánh 10 năm, tổ chức, số liệu, kiểm tra, chỉ tiêu, đề án và báo cáo hội nghị, trong một tiến trình.' });
  return rows;
}
