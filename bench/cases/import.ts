/**
 * Importing a member list through data.importMembers (read, match every row to its cell, derive
 * the cells' figures, write all or nothing, with the backup taken before an import) against
 * exceljs's streaming reader going through the same file and doing nothing with it.
 */
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch, isMethod } from '../../api/dispatch.ts';
import { median } from '../measure.ts';
import type { Row } from '../row.ts';
import type { Scale } from './context.ts';

async function readOnly(path: string): Promise<number> {
  let n = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const ws of reader) for await (const row of ws) n += row.cellCount > 0 ? 1 : 0;
  return n;
}

export async function importRows(s: Scale, dir: string, count: number, runs: number): Promise<Row[]> {
  const name = `Nhập danh sách ${count.toLocaleString('vi-VN')} đảng viên (data.importMembers)`;
  if (!isMethod('data.importMembers')) return [{ scale: s.label, name, value: null, unit: 'ms', baseline: '', baselineValue: null, runs: 0 }];
  const { sampleMemberRows, SAMPLE_HEADERS } = await import('../../members/sample.ts');
  const { writeRowsXlsx } = await import('../../io/write-rows.ts');
  const list = join(dir, `danh-sach-${count}.xlsx`);
  await writeRowsXlsx(list, 'Danh sách', SAMPLE_HEADERS, sampleMemberRows(s.ctx.session.db, s.last, { count }));
  const times: number[] = [];
  const base: number[] = [];
  let imported = 0;
  for (let i = 0; i < runs; i++) {
    // Each run imports into a fresh copy of the file, as the first import of that list would.
    const copy = join(dir, `nhap-${i}.sqlite`);
    copyFileSync(s.path, copy);
    const ctx = createCtx(createSession(copy), { kind: 'cli' });
    ctx.progress = () => {};
    const t = performance.now();
    const r = await dispatch(ctx, 'data.importMembers', { source: { path: list }, year: s.last });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(`Nhập danh sách thất bại: ${r.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
    imported = r.counts.members;
    ctx.session.db.close();
    rmSync(copy, { force: true });
    rmSync(`${copy}-wal`, { force: true });
    rmSync(`${copy}-shm`, { force: true });
    const tb = performance.now();
    const n = await readOnly(list);
    base.push(performance.now() - tb);
    if (n !== count + 1) throw new Error(`exceljs đọc được ${n} dòng, cần ${count + 1}`);
  }
  rmSync(join(dir, 'sao-luu'), { recursive: true, force: true });
  return [{
    scale: s.label, name, value: median(times), unit: 'ms', baseline: 'exceljs chỉ đọc tệp', baselineValue: median(base), budget: 10_000, runs,
    note: `tệp .xlsx ${(statSync(list).size / 1e6).toFixed(1).replace('.', ',')} MB, ${imported.toLocaleString('vi-VN')} đảng viên ghi vào bản sao của tệp; gồm bản sao lưu tự động trước khi nhập.`,
  }];
}
