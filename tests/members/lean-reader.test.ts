/**
 * The member import reads .xlsx with the lean reader (io/xlsx-lean.ts), not exceljs's: exceljs's
 * reader is made to fail here, so an import that passes went through the lean one, and it keeps
 * the shared rules: a hidden first sheet is skipped (the preview says so), only hidden sheets are
 * refused, a zip part that lies about its size is stopped with the same message.
 */
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../api/dispatch.ts';
import { countMembers } from '../../db/members.ts';
import { openDatabase } from '../../db/open.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../../members/sample.ts';
import { demoCtx } from '../io/fixtures.ts';
import type * as XlsxReader from '../../io/xlsx-reader.ts';
import type * as XlsxLean from '../../io/xlsx-lean.ts';
import { lyingSharedStrings, workbookParts, writeZip } from '../hardening/zip.ts';

const lean = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../io/xlsx-reader.ts', async (importOriginal) => {
  const real = await importOriginal<typeof XlsxReader>();
  return {
    ...real,
    readOneSheet: () => {
      throw new Error('exceljs reader used by the member import');
    },
  };
});
vi.mock('../../io/xlsx-lean.ts', async (importOriginal) => {
  const real = await importOriginal<typeof XlsxLean>();
  return {
    ...real,
    streamXlsxLean: (...a: Parameters<typeof real.streamXlsxLean>) => {
      lean.calls++;
      return real.streamXlsxLean(...a);
    },
  };
});

function members(dbPath: string, count: number, seed: number): (string | number)[][] {
  const db = openDatabase(dbPath);
  try {
    return [
      SAMPLE_HEADERS,
      ...[...sampleMemberRows(db, 2019, { count, seed, dateAsText: true })].map((r) =>
        r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)),
      ),
    ];
  } finally {
    db.close();
  }
}

describe('member import through the lean .xlsx reader', () => {
  it('skips a hidden first sheet, imports the visible one and says so; only hidden sheets: refused, nothing written', async () => {
    const d = demoCtx();
    const path = writeZip(
      join(d.dir, 'an.xlsx'),
      workbookParts([
        { name: 'Cũ', hidden: true, rows: members(d.dbPath, 5, 1) },
        { name: 'DS 2019', rows: members(d.dbPath, 40, 2) },
      ]),
    );
    const before = lean.calls;
    const r = await dispatch(d.ctx, 'data.importMembers', { source: { path }, year: 2019 });
    expect(lean.calls).toBe(before + 1);
    expect(r.ok && r.counts.members).toBe(40);
    expect(r.ok && r.warnings.map((w) => w.message)).toContain(
      'Đã đọc trang "DS 2019" (trang hiện đầu tiên); các trang khác không được đọc, trong đó trang ẩn "Cũ".',
    );
    const hidden = writeZip(
      join(d.dir, 'an-het.xlsx'),
      workbookParts([{ name: 'Danh sách', hidden: true, rows: members(d.dbPath, 5, 3) }]),
    );
    const count = countMembers(d.ctx.session.db, 2019);
    await expect(dispatch(d.ctx, 'data.importMembers', { source: { path: hidden }, year: 2019 })).rejects.toThrow(
      /chỉ có trang tính ẩn \("Danh sách"\); trang ẩn không được đọc/,
    );
    expect(countMembers(d.ctx.session.db, 2019)).toBe(count);
  });

  it('cleans hidden characters and stops shared strings that lie about their size', async () => {
    const d = demoCtx();
    const rows = members(d.dbPath, 3, 4);
    rows[1]![0] = `${String(rows[1]![0])}\u200b`;
    const ok = writeZip(join(d.dir, 'an-ky-tu.xlsx'), workbookParts([{ name: 'Danh sách', rows }]));
    const r = await dispatch(d.ctx, 'data.importMembers', { source: { path: ok }, year: 2019, dryRun: true });
    expect(r.ok && r.warnings.map((w) => w.message)).toContain(
      '1 ô có ký tự ẩn (ký tự điều khiển, khoảng trắng không độ rộng, ký tự đảo chiều) đã được bỏ.',
    );
    const bomb = writeZip(
      join(d.dir, 'bom.xlsx'),
      workbookParts([{ name: 'Danh sách', rows: members(d.dbPath, 2, 5) }], [lyingSharedStrings(200)]),
    );
    await expect(dispatch(d.ctx, 'data.importMembers', { source: { path: bomb }, year: 2019 })).rejects.toThrow(
      /khi giải nén phần "xl\/sharedStrings.xml" vượt quá 96 MB, dù tệp ghi kích thước nhỏ hơn/,
    );
  });
});
