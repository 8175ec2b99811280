/** The spreadsheet rules of the Số liệu grid, without a browser: reading input, pasting, undo, moving, inline checks. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseCount as parseCellInput } from '../../io/values.ts';
import { parseTsv, toTsv } from '../../renderer/grid/tsv.ts';
import { emptyHistory, record, redo, undo } from '../../renderer/grid/history.ts';
import { move } from '../../renderer/grid/navigation.ts';
import { planPaste } from '../../renderer/grid/paste.ts';
import { cellProblems } from '../../renderer/grid/problems.ts';

describe('parseCount, as the grid reads what is typed', () => {
  test('whole numbers, Vietnamese thousands, empty', () => {
    expect(parseCellInput('35')).toEqual({ ok: true, value: 35 });
    expect(parseCellInput(' 7.101 ')).toEqual({ ok: true, value: 7101 });
    expect(parseCellInput('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(parseCellInput('6 067')).toEqual({ ok: true, value: 6067 });
    expect(parseCellInput('')).toEqual({ ok: true, value: null });
    expect(parseCellInput('0')).toEqual({ ok: true, value: 0 });
  });
  test('negative, fractional and non-numbers are refused with the reason', () => {
    expect(parseCellInput('-5')).toEqual({ ok: false, reason: '"-5" là số âm — số liệu không được âm.' });
    expect(parseCellInput('12,5')).toEqual({
      ok: false,
      reason: '"12,5" không phải số nguyên — số liệu là số đếm, không có phần thập phân.',
    });
    expect(parseCellInput('1.5')).toMatchObject({ ok: false });
    expect(parseCellInput('1.23')).toMatchObject({ ok: false });
    expect(parseCellInput('ba')).toEqual({ ok: false, reason: '"ba" không phải là số.' });
    expect(parseCellInput('=A1')).toMatchObject({ ok: false });
    expect(parseCellInput('99999999999999999999')).toMatchObject({ ok: false });
  });
  test('every non-negative integer, written either way, reads back', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        expect(parseCellInput(String(n))).toEqual({ ok: true, value: n });
        expect(parseCellInput(n.toLocaleString('vi-VN'))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('TSV from Excel', () => {
  test('rows and cells, CRLF, trailing newline, quoted cells', () => {
    expect(parseTsv('50\t3\t20\r\n60\t4\t25\r\n')).toEqual([
      ['50', '3', '20'],
      ['60', '4', '25'],
    ]);
    expect(parseTsv('1\t\t3\n')).toEqual([['1', '', '3']]);
    expect(parseTsv('"a\tb"\t"say ""hi"""\n')).toEqual([['a\tb', 'say "hi"']]);
    expect(parseTsv('42')).toEqual([['42']]);
  });
  test('round trip of numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseTsv(toTsv(rows))).toEqual(rows.map((r) => r.map(String)));
      }),
    );
    expect(toTsv([[1, null, 3]])).toBe('1\t\t3');
  });
});

describe('undo and redo', () => {
  const a = [{ unitId: 1, indicator: 'dang_vien', before: 35, after: 40 }];
  const b = [
    { unitId: 2, indicator: 'nu', before: null, after: 3 },
    { unitId: 3, indicator: 'nu', before: 1, after: 4 },
  ];
  test('undo applies the reverse batch, redo the batch again; a new edit clears redo', () => {
    let h = record(record(emptyHistory, a), b);
    const u1 = undo(h)!;
    expect(u1.apply).toEqual([
      { unitId: 2, indicator: 'nu', before: 3, after: null },
      { unitId: 3, indicator: 'nu', before: 4, after: 1 },
    ]);
    h = u1.next;
    const u2 = undo(h)!;
    expect(u2.apply).toEqual([{ unitId: 1, indicator: 'dang_vien', before: 40, after: 35 }]);
    h = u2.next;
    expect(undo(h)).toBeNull();
    const r = redo(h)!;
    expect(r.apply).toEqual(a);
    h = record(r.next, b);
    expect(redo(h)).toBeNull();
    expect(h.done).toEqual([a, b]);
  });
});

describe('keyboard movement', () => {
  test('arrows stop at the edges; Tab wraps to the next row; Enter goes down, Shift+Enter up', () => {
    expect(move({ row: 0, col: 0 }, 'ArrowUp', false, 10, 6)).toEqual({ row: 0, col: 0 });
    expect(move({ row: 9, col: 5 }, 'ArrowDown', false, 10, 6)).toEqual({ row: 9, col: 5 });
    expect(move({ row: 2, col: 5 }, 'Tab', false, 10, 6)).toEqual({ row: 3, col: 0 });
    expect(move({ row: 3, col: 0 }, 'Tab', true, 10, 6)).toEqual({ row: 2, col: 5 });
    expect(move({ row: 9, col: 5 }, 'Tab', false, 10, 6)).toEqual({ row: 9, col: 5 });
    expect(move({ row: 2, col: 1 }, 'Enter', false, 10, 6)).toEqual({ row: 3, col: 1 });
    expect(move({ row: 2, col: 1 }, 'Enter', true, 10, 6)).toEqual({ row: 1, col: 1 });
    expect(move({ row: 2, col: 1 }, 'PageDown', false, 100, 6, 20)).toEqual({ row: 22, col: 1 });
    expect(move({ row: 2, col: 3 }, 'Home', false, 10, 6)).toEqual({ row: 2, col: 0 });
    expect(move({ row: 2, col: 1 }, 'x', false, 10, 6)).toBeNull();
  });
});

const grid = {
  indicators: [
    { code: 'dang_vien', name: 'Đảng viên', partOf: null },
    { code: 'nu', name: 'Đảng viên nữ', partOf: 'dang_vien' },
  ],
  rows: [
    { unitId: 1, name: 'Đảng bộ xã A', leaf: false, values: [null, null], sums: [80, 30], missing: [0, 0] },
    { unitId: 2, name: 'Chi bộ thôn 1', leaf: true, values: [40, 10], sums: [null, null], missing: [null, null] },
    { unitId: 3, name: 'Chi bộ thôn 2', leaf: true, values: [40, 20], sums: [null, null], missing: [null, null] },
  ],
};

describe('paste', () => {
  test('a block becomes one batch with before and after values', () => {
    const p = planPaste(grid, { row: 1, col: 0 }, [
      ['41', '11'],
      ['42', ''],
    ]);
    expect(p.errors).toEqual([]);
    expect(p.changes.map((c) => [c.unitId, c.indicator, c.before, c.after])).toEqual([
      [2, 'dang_vien', 40, 41],
      [2, 'nu', 10, 11],
      [3, 'dang_vien', 40, 42],
      [3, 'nu', 20, null],
    ]);
  });
  test('a bad cell or a block past the edge gives errors saying where', () => {
    expect(planPaste(grid, { row: 1, col: 0 }, [['41', '-1']]).errors).toEqual([
      'Chi bộ thôn 1 — Đảng viên nữ: "-1" là số âm — số liệu không được âm.',
    ]);
    expect(planPaste(grid, { row: 2, col: 1 }, [['1', '2']]).errors).toEqual(['Khối dán vượt ra ngoài bảng (dòng 1, cột 2 của khối).']);
  });
});

describe('inline checks: the words of checks.year (figures/rule.ts)', () => {
  test('a parent entered by hand against the sum of its children', () => {
    expect(cellProblems(grid, grid.rows[0]!, 0, 85)).toEqual([
      'Đảng bộ xã A: "Đảng viên" nhập 85 nhưng tổng các đơn vị trực thuộc là 80 (lệch 5).',
    ]);
    expect(cellProblems(grid, grid.rows[0]!, 0, 80)).toEqual([]);
    expect(cellProblems(grid, grid.rows[0]!, 0, null)).toEqual([]);
  });
  test('a cell not entered yet is "chưa nhập", not 0: the parent is only held to at least what was entered', () => {
    const half = { ...grid.rows[0]!, sums: [40, 10], missing: [1, 1] };
    expect(cellProblems(grid, half, 0, 60)).toEqual([]);
    expect(cellProblems(grid, half, 0, 30)).toEqual([
      'Đảng bộ xã A: "Đảng viên" nhập 30 nhưng riêng các đơn vị trực thuộc đã nhập đã là 40 (còn 1 đơn vị chưa nhập).',
    ]);
  });
  test('a part larger than its whole', () => {
    expect(cellProblems(grid, grid.rows[1]!, 1, 41)).toEqual(['Chi bộ thôn 1: "Đảng viên nữ" (41) lớn hơn "Đảng viên" (40).']);
    expect(cellProblems(grid, grid.rows[1]!, 1, 40)).toEqual([]);
  });
});
