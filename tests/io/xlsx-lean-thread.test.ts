/**
 * A large sheet parsed in a worker thread (io/xlsx-lean-thread.ts) reaches the sink as it would from this
 * thread: every row, in order, with the same progress and the same refusals; a sink that refuses stops it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { streamTable, type Row } from '../../io/table.ts';
import { UserError } from '../../core/errors.ts';
import { tempDir } from './fixtures.ts';

async function sheet(rows: (string | number)[][]): Promise<{ name: string; bytes: Buffer }> {
  const path = join(tempDir(), 'danh-sach.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return { name: 'danh-sach.xlsx', bytes: readFileSync(path) };
}

const many = (n: number) => Array.from({ length: n }, (_, i) => [`Nguyễn Thị Hoà ${i}`.normalize('NFD'), `Chi bộ ${i % 50}`, i]);

describe('lean reader in a worker thread', () => {
  it('hands over every row in order, with the progress of this thread and its NFD count', async () => {
    const f = await sheet(many(25_000));
    const seen = { thread: [] as Row[], here: [] as Row[] };
    const progress = { thread: [] as string[], here: [] as string[] };
    const rt = await streamTable(f, { sheet() {}, row: (r) => seen.thread.push(r) }, (_d, t) => progress.thread.push(t), {
      lean: true,
      thread: true,
    });
    const rh = await streamTable(f, { sheet() {}, row: (r) => seen.here.push(r) }, (_d, t) => progress.here.push(t), {
      lean: true,
      thread: false,
    });
    expect(seen.thread.length).toBe(25_000);
    expect(seen.thread).toEqual(seen.here);
    expect(seen.thread.map((r) => r.row)).toEqual(seen.here.map((_, i) => i + 1));
    expect(seen.thread[7]!.cells[0]).toBe('Nguyễn Thị Hoà 7'.normalize('NFC'));
    expect(progress.thread).toEqual(['Đã đọc 10.000 dòng', 'Đã đọc 20.000 dòng']);
    expect(progress.thread).toEqual(progress.here);
    expect(rt).toEqual(rh);
    expect(rt.nfdCells).toBe(25_000);
  });

  it('refuses a cell too long with the same message, row and column, as in this thread', async () => {
    const f = await sheet([
      ['Họ và tên', 'Ghi chú'],
      ['A', 'ngắn'],
      ['B', 'x'.repeat(1500)],
    ]);
    const msg = async (thread: boolean) =>
      (await streamTable(f, { sheet() {}, row() {} }, undefined, { lean: true, thread }).catch((e) => e)) as UserError;
    const [t, h] = [await msg(true), await msg(false)];
    expect(t).toBeInstanceOf(UserError);
    expect(t.code).toBe('too-long');
    expect(t.message).toMatch(/trang "Danh sách", dòng 3, cột B/);
    expect(t.message).toBe(h.message);
  });

  it('stops when the sink refuses a row: the error is the sink’s and no row comes after it', async () => {
    const f = await sheet(many(30_000));
    let after = 0;
    let refused = false;
    const err = await streamTable(
      f,
      {
        sheet() {},
        row: (r) => {
          if (refused) after++;
          if (r.row === 5000) {
            refused = true;
            throw new UserError('Dừng ở dòng 5.000', 'invalid');
          }
        },
      },
      undefined,
      { lean: true, thread: true },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe('Dừng ở dòng 5.000');
    expect(after).toBe(0);
  });
});
