/**
 * Importing a member list through data.importMembers (read, match every row to its cell, derive
 * the cells' figures, write all or nothing, with the backup taken before an import) against the
 * fastest way we know to do the same work by hand: the lean .xlsx reader (io/xlsx-lean.ts), the
 * same backup copy, then hand-written inserts in one transaction (db/baselines.ts) of the same rows:
 * the members and every figure the list gives its cells (counted by the app's own members/derive.ts).
 */
import { copyFileSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch, isMethod } from '../../api/dispatch.ts';
import { memberListBaseline } from '../../db/baselines.ts';
import { streamXlsxLean } from '../../io/xlsx-lean.ts';
import { deriveFigures } from '../../members/derive.ts';
import type { MemberRecord } from '../../db/members.ts';
import { budgetFor } from '../budgets.ts';
import { median } from '../measure.ts';
import type { Row } from '../row.ts';
import type { Scale } from './context.ts';

const dropDb = (p: string) => {
  for (const s of ['', '-wal', '-shm']) rmSync(`${p}${s}`, { force: true });
};

async function baseline(list: string, copy: string, year: number, count: number): Promise<number> {
  const db = new Database(copy);
  const t = performance.now();
  copyFileSync(copy, `${copy}.sao-luu`);
  const w = memberListBaseline(db, year);
  const members: MemberRecord[] = [];
  // dd/mm/yyyy as members/sample.ts writes it → the stored yyyy-mm-dd that deriveFigures reads.
  const iso = (v: unknown) => (typeof v === 'string' && v.length === 10 ? `${v.slice(6)}-${v.slice(3, 5)}-${v.slice(0, 2)}` : null);
  await streamXlsxLean(
    { name: 'danh-sach.xlsx', bytes: readFileSync(list) },
    {
      sheet() {},
      row: (r) => {
        if (r.row === 1) return;
        const unitId = w.row(r.cells, r.row);
        if (unitId === undefined) return;
        const c = r.cells as (string | null)[];
        members.push({
          unitId,
          fullName: '',
          birthDate: iso(c[3])!,
          gender: c[4] === 'Nữ' ? 'nu' : 'nam',
          ethnicity: c[5] ?? null,
          religion: c[6] ?? null,
          joinedOn: iso(c[7])!,
          officialOn: iso(c[8]),
          education: null,
          professional: null,
          theory: null,
          cardNo: null,
          sourceRow: r.row,
        });
      },
    },
  );
  const matched = members.length;
  // The same counting rule as the app (members/derive.ts): the baseline writes the same figures by hand.
  w.commit(deriveFigures(members, year));
  const ms = performance.now() - t;
  db.close();
  rmSync(`${copy}.sao-luu`, { force: true });
  if (matched !== count) throw new Error(`Mốc nhập danh sách khớp ${matched} dòng, cần ${count}`);
  return ms;
}

export async function importRows(s: Scale, dir: string, count: number, runs: number): Promise<Row[]> {
  const name = `Nhập danh sách ${count.toLocaleString('vi-VN')} đảng viên (data.importMembers)`;
  if (!isMethod('data.importMembers'))
    return [{ key: 'import', scale: s.label, name, value: null, unit: 'ms', baseline: '', baselineValue: null, runs: 0 }];
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
    await ctx.session.upkeep; // today's backup of the copy is not part of the import
    const t = performance.now();
    const r = await dispatch(ctx, 'data.importMembers', { source: { path: list }, year: s.last });
    times.push(performance.now() - t);
    if (!r.ok)
      throw new Error(
        `Nhập danh sách thất bại: ${r.errors
          .slice(0, 3)
          .map((e) => e.message)
          .join('; ')}`,
      );
    imported = r.counts.members;
    ctx.session.db.close();
    dropDb(copy);
    copyFileSync(s.path, copy);
    base.push(await baseline(list, copy, s.last, count));
    dropDb(copy);
  }
  rmSync(join(dir, 'sao-luu'), { recursive: true, force: true });
  return [
    {
      key: 'import',
      scale: s.label,
      name,
      value: median(times),
      unit: 'ms',
      baseline: 'bộ đọc gọn + sao lưu + INSERT viết tay',
      baselineValue: median(base),
      ...budgetFor('import', s.factor),
      runs,
      note: `tệp .xlsx ${(statSync(list).size / 1e6).toFixed(1).replace('.', ',')} MB, ${imported.toLocaleString('vi-VN')} đảng viên ghi vào bản sao của tệp; gồm bản sao lưu tự động trước khi nhập (mốc chép tệp như vậy).`,
    },
  ];
}
