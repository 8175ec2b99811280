import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../../api/dispatch.ts';
import { figuresForYear, getFigure, setFigure } from '../../db/figures.ts';
import { findUnitIdByCode, listUnits } from '../../db/units.ts';
import { listBackups } from '../../db/backup-files.ts';
import { demoCtx, writeXlsx } from './fixtures.ts';

/** The template of a year, with `edit` applied to its first sheet, saved beside the database. */
async function editedTemplate(
  d: ReturnType<typeof demoCtx>,
  year: number,
  edit: (ws: ExcelJS.Worksheet, rowOf: (code: string) => ExcelJS.Row, colOf: (header: string) => number) => void,
): Promise<string> {
  const out = join(d.dir, `nhap-${year}.xlsx`);
  await dispatch(d.ctx, 'data.template', { year, out });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0]!;
  const header = ws.getRow(4);
  const colOf = (h: string) => {
    let found = -1;
    header.eachCell((c, n) => {
      if (c.value === h) found = n;
    });
    if (found < 0) throw new Error(`no column ${h}`);
    return found;
  };
  const rowOf = (code: string) => {
    for (let r = 5; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(2).value === code) return ws.getRow(r);
    throw new Error(`no row ${code}`);
  };
  edit(ws, rowOf, colOf);
  await wb.xlsx.writeFile(out);
  return out;
}

const snapshot = (d: ReturnType<typeof demoCtx>, year: number) =>
  JSON.stringify(figuresForYear(d.ctx.session.db, year).sort((a, b) => a.unitId - b.unitId || a.indicator.localeCompare(b.indicator)));

describe('figures import', () => {
  it('reads its own template back with no change', async () => {
    const d = demoCtx();
    const path = await editedTemplate(d, 2019, () => {});
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changes).toEqual([]);
    expect(r.counts.rows).toBe(listUnits(d.ctx.session.db, 2019).length);
    expect(r.counts.unchanged).toBe(figuresForYear(d.ctx.session.db, 2019).length);
    expect(r.applied).toBe(false);
  });

  it('shows old → new in a dry run, writes nothing, then applies all of it with a backup first', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const cell = findUnitIdByCode(db, 'QO.X01.01')!;
    const before = getFigure(db, 2019, cell, 'dang_vien')!;
    const nuBefore = getFigure(db, 2019, cell, 'nu')!;
    const path = await editedTemplate(d, 2019, (_ws, rowOf, colOf) => {
      rowOf('QO.X01.01').getCell(colOf('Đảng viên')).value = before + 3;
      rowOf('QO.X01.01').getCell(colOf('Đảng viên nữ')).value = nuBefore + 1;
    });
    const snap = snapshot(d, 2019);
    const dry = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: true });
    expect(dry.ok).toBe(true);
    if (!dry.ok) return;
    expect(dry.changes.map((c) => [c.unitCode, c.indicator, c.old, c.new])).toEqual([
      ['QO.X01.01', 'dang_vien', before, before + 3],
      ['QO.X01.01', 'nu', nuBefore, nuBefore + 1],
    ]);
    expect(snapshot(d, 2019)).toBe(snap);
    expect(listBackups(d.dbPath).filter((b) => b.reason === 'truoc-nhap')).toEqual([]);

    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: false });
    expect(r.ok && r.applied).toBe(true);
    expect(getFigure(db, 2019, cell, 'dang_vien')).toBe(before + 3);
    expect(getFigure(db, 2019, cell, 'nu')).toBe(nuBefore + 1);
    const backups = listBackups(d.dbPath).filter((b) => b.reason === 'truoc-nhap');
    expect(backups).toHaveLength(1);
    expect(r.ok && r.backup).toBe(backups[0]!.path);
  });

  it('matches units by name ignoring case and diacritics, with a warning; starts a new year from the last tree', async () => {
    const d = demoCtx();
    const path = await writeXlsx(join(d.dir, 'tay.xlsx'), [
      ['Bảng số liệu tự lập'],
      [],
      ['Tên đơn vị', 'Thuộc', 'Đảng viên', 'Đảng viên nữ'],
      ['chi bo truong hoc', 'dang bo xa can huu', 40, 20],
    ]);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2020, dryRun: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.startedFromYear).toBe(2019);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/Khớp theo tên với Chi bộ Trường học \(Đảng bộ xã Cấn Hữu/);
    const db = d.ctx.session.db;
    expect(listUnits(db, 2020).length).toBe(listUnits(db, 2019).length);
    const school = listUnits(db, 2020).find((u) => u.code.endsWith('.TH') && r.changes[0]!.unitId === u.id)!;
    expect(getFigure(db, 2020, school.id, 'dang_vien')).toBe(40);
    expect(getFigure(db, 2020, school.id, 'nu')).toBe(20);
  });

  it('refuses the whole file on any error and says sheet, row and column', async () => {
    const d = demoCtx();
    const path = await writeXlsx(
      join(d.dir, 'loi.xlsx'),
      [
        ['Mã đơn vị', 'Tên đơn vị', 'Đảng viên', 'Đảng viên nữ'],
        ['QO.X01.02', '', 30, 10], // fine on its own
        ['', 'Chi bộ thôn 1', 12, 3], // "Chi bộ thôn 1" exists in every commune
        ['QO.KHONG', '', 5, 1], // unknown unit
        ['QO.X01.03', '', 'mười', 2], // text in a number column
        ['QO.X01.04', '', -4, 0], // negative
        ['QO.X01.05', '', 10, 11], // part larger than its whole
        ['QO.X01.02', '', 31, 10], // the same unit twice
      ],
      'Nhập',
    );
    const snap = snapshot(d, 2019);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: false });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const by = (row: number) => r.errors.filter((e) => e.row === row);
    expect(by(3)[0]!.message).toMatch(/trùng ở \d+ đơn vị/);
    expect(by(4)[0]!.message).toMatch(/Không có đơn vị mã "QO.KHONG"/);
    expect(by(5)[0]).toMatchObject({ sheet: 'Nhập', column: 'C (Đảng viên)' });
    expect(by(5)[0]!.message).toMatch(/"mười" không phải là số/);
    expect(by(6)[0]!.message).toMatch(/số âm/);
    expect(by(7)[0]).toMatchObject({ column: 'D (Đảng viên nữ)' });
    expect(by(7)[0]!.message).toMatch(/lớn hơn "Đảng viên"/);
    expect(by(8)[0]!.message).toMatch(/đã có ở dòng 2/);
    expect(r.errors.every((e) => e.row !== 2)).toBe(true);
    expect(snapshot(d, 2019)).toBe(snap);
    expect(existsSync(join(d.dir, 'sao-luu')) && listBackups(d.dbPath).some((b) => b.reason === 'truoc-nhap')).toBe(false);
  });

  it('checks an entered parent total against the sum of its cells', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const base = findUnitIdByCode(db, 'QO.X01')!;
    const cells = listUnits(db, 2019).filter((u) => u.parentId === base);
    const sum = cells.reduce((s, u) => s + getFigure(db, 2019, u.id, 'dang_vien')!, 0);
    const wrong = await editedTemplate(d, 2019, (_ws, rowOf, colOf) => {
      rowOf('QO.X01').getCell(colOf('Đảng viên')).value = sum + 1;
    });
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path: wrong }, year: 2019, dryRun: true });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        code: 'parentMismatch',
        column: 'F (Đảng viên)',
        message: `Đảng bộ thị trấn Quốc Oai: "Đảng viên" nhập ${(sum + 1).toLocaleString('vi-VN')} nhưng tổng các đơn vị trực thuộc là ${sum.toLocaleString('vi-VN')} (lệch 1).`,
      });
    const right = await editedTemplate(d, 2019, (_ws, rowOf, colOf) => {
      rowOf('QO.X01').getCell(colOf('Đảng viên')).value = sum;
    });
    const ok = await dispatch(d.ctx, 'data.importFigures', { source: { path: right }, year: 2019, dryRun: true });
    // A total that only repeats the sum is not a change.
    expect(ok.ok && ok.changes).toEqual([]);
  });

  it('reads back its own figures export without loss', async () => {
    const d = demoCtx();
    const out = join(d.dir, 'so-lieu.xlsx');
    await dispatch(d.ctx, 'data.export', { what: 'figures', year: 2019, out });
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path: out }, year: 2019, dryRun: true });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.changes).toEqual([]);
      expect(r.counts.values).toBeGreaterThanOrEqual(figuresForYear(d.ctx.session.db, 2019).length);
    }
  });
});

describe('figures import against totals already entered', () => {
  it('warns when new cell figures contradict a parent total that the file does not carry', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const base = findUnitIdByCode(db, 'QO.X01')!;
    const cells = listUnits(db, 2019).filter((u) => u.parentId === base);
    const sum = cells.reduce((s, u) => s + getFigure(db, 2019, u.id, 'dang_vien')!, 0);
    setFigure(db, 2019, base, 'dang_vien', sum);
    const path = await writeXlsx(join(d.dir, 'mot-chi-bo.xlsx'), [
      ['Mã đơn vị', 'Đảng viên'],
      [cells[0]!.code, getFigure(db, 2019, cells[0]!.id, 'dang_vien')! + 2],
    ]);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: true });
    expect(r.ok).toBe(true);
    // Said as checks.year would say it once the file is in: the same words, the same code.
    expect(r.warnings.filter((w) => w.code)).toEqual([
      {
        sheet: expect.any(String),
        row: null,
        column: null,
        code: 'parentMismatch',
        message: `${listUnits(db, 2019).find((u) => u.id === base)!.name}: "Đảng viên" nhập ${sum.toLocaleString('vi-VN')} nhưng tổng các đơn vị trực thuộc là ${(sum + 2).toLocaleString('vi-VN')} (lệch -2).`,
      },
    ]);
  });
});
