/**
 * Spreadsheets as a hostile or careless sender makes them: hidden sheets, parts that lie about their
 * size, worksheets placed before the shared strings (which exceljs would spool to the temp folder).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { dispatch } from '../../api/dispatch.ts';
import { countMembers } from '../../db/members.ts';
import { openDatabase } from '../../db/open.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../../members/sample.ts';
import { loadSource } from '../../io/source.ts';
import { streamTable } from '../../io/table.ts';
import { demoCtx, tempDir } from '../io/fixtures.ts';
import { lyingSharedStrings, lyingSheet, lyingSheetWorkbook, workbookParts, writeZip, type Sheet } from './zip.ts';

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

describe('which sheet is read', () => {
  it('a hidden first sheet is skipped: the visible list of 60 is imported, and the preview says so', async () => {
    const d = demoCtx();
    const sheets: Sheet[] = [
      { name: 'Cũ', hidden: true, rows: members(d.dbPath, 5, 1) },
      { name: 'DS 2019', rows: members(d.dbPath, 60, 2) },
    ];
    const path = writeZip(join(d.dir, 'an.xlsx'), workbookParts(sheets));
    const r = await dispatch(d.ctx, 'data.importMembers', { source: { path }, year: 2019 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.counts.members).toBe(60);
    expect(r.warnings.map((w) => w.message)).toContain(
      'Đã đọc trang "DS 2019" (trang hiện đầu tiên); các trang khác không được đọc, trong đó trang ẩn "Cũ".',
    );
  });

  it('the expected sheet by its name, even when not first; only hidden sheets: refused, nothing written', async () => {
    const d = demoCtx();
    const figures = (n: number) => [
      ['Mã đơn vị', 'Đảng viên'],
      ['QO.X01.01', n],
    ];
    const path = writeZip(
      join(d.dir, 'ten.xlsx'),
      workbookParts([
        { name: 'Ghi chú', rows: [['xin chào']] },
        { name: 'Số liệu 2019', rows: figures(77) },
      ]),
    );
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: true });
    expect(r.ok && r.changes.map((c) => c.new)).toEqual([77]);
    expect(r.ok && r.warnings[0]!.message).toMatch(/^Đã đọc trang "Số liệu 2019" \(theo tên trang\)/);
    const hidden = writeZip(join(d.dir, 'an-het.xlsx'), workbookParts([{ name: 'Số liệu 2019', hidden: true, rows: figures(5) }]));
    const before = countMembers(d.ctx.session.db, 2019);
    await expect(dispatch(d.ctx, 'data.importFigures', { source: { path: hidden }, year: 2019 })).rejects.toThrow(
      /chỉ có trang tính ẩn \("Số liệu 2019"\); trang ẩn không được đọc/,
    );
    expect(countMembers(d.ctx.session.db, 2019)).toBe(before);
  });
});

describe('nothing outside the data file', () => {
  it('a worksheet placed before its shared strings is read without any file in the temp folder', async () => {
    const d = demoCtx();
    const tmp = join(tempDir(), 'tmp');
    mkdirSync(tmp);
    const rows = members(d.dbPath, 30, 3);
    // The strings of the sheet live in sharedStrings.xml, which comes last in the zip.
    const strings: string[] = [];
    const idx = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
    const col = (i: number) => String.fromCharCode(65 + i);
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      rows
        .map(
          (r, ri) =>
            `<row r="${ri + 1}">${r.map((v, ci) => `<c r="${col(ci)}${ri + 1}" t="s"><v>${idx(String(v))}</v></c>`).join('')}</row>`,
        )
        .join('') +
      '</sheetData></worksheet>';
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></si>`).join('')}</sst>`;
    const parts = workbookParts([{ name: 'Danh sách', rows: [] }]).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: Buffer.from(xml) } : p,
    );
    parts.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(sst) });
    const path = writeZip(join(d.dir, 'thu-tu.xlsx'), parts);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    const seen: string[][] = [];
    let names = 0;
    try {
      await streamTable(loadSource({ path }), {
        sheet() {},
        row: (r) => {
          seen.push(readdirSync(tmp));
          if (r.cells[2] === rows[1]![2]) names++;
        },
      });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(names).toBe(1);
    expect(seen).toHaveLength(31);
    expect(seen.flat()).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('zip bombs that lie about their sizes', () => {
  const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;

  /** Peak memory of a CLI import, as the kernel counts it (GNU time -v). */
  function importPeak(kind: string, file: string, db: string): { stderr: string; peakMb: number } {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'import', kind, file, '--db', db, '--year', '2019'], {
      encoding: 'utf8',
    });
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    return { stderr: r.stderr, peakMb: kb / 1024 };
  }

  it('3,9 GB of shared strings declared as 10 KB: refused while inflating, peak memory under 600 MB, data unchanged', () => {
    const d = demoCtx();
    const path = writeZip(
      join(d.dir, 'bom-chuoi.xlsx'),
      workbookParts([{ name: 'Danh sách', rows: members(d.dbPath, 2, 4) }], [lyingSharedStrings(3900)]),
    );
    const before = countMembers(d.ctx.session.db, 2019);
    d.ctx.session.db.close();
    const r = importPeak('members', path, d.dbPath);
    expect(r.stderr).toMatch(/khi giải nén phần "xl\/sharedStrings.xml" vượt quá 96 MB, dù tệp ghi kích thước nhỏ hơn.*bom nén/);
    expect(r.peakMb).toBeLessThan(600);
    const db = openDatabase(d.dbPath);
    expect(countMembers(db, 2019)).toBe(before);
    db.close();
  });

  it('a worksheet of 3,9 GB declared as 10 KB, for the figures import: refused, bounded', () => {
    const d = demoCtx();
    const path = lyingSheetWorkbook(join(d.dir, 'bom-trang.xlsx'), 'Số liệu 2019', lyingSheet(3900, ['Mã đơn vị', 'Đảng viên']));
    d.ctx.session.db.close();
    const r = importPeak('figures', path, d.dbPath);
    expect(r.stderr).toMatch(/quá nhiều ô \(hơn 2\.000\.000\)|vượt quá 512 MB/);
    expect(r.peakMb).toBeLessThan(600);
  });

  it('a deflate stream that is not one: refused as a damaged file', async () => {
    const d = demoCtx();
    const parts = workbookParts([{ name: 'Danh sách', rows: [['a']] }]).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml' ? { ...p, raw: deflateRawSync(Buffer.from('x')).subarray(0, 1) } : p,
    );
    const path = writeZip(join(d.dir, 'hong.xlsx'), parts);
    await expect(dispatch(d.ctx, 'data.importMembers', { source: { path }, year: 2019 })).rejects.toThrow(
      /Không đọc được bảng tính "hong.xlsx"|không có dữ liệu/,
    );
  });
});
