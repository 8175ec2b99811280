/** Tables: shares against the count column on their left, the total row against the sum of the rows. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check/check.ts';
import { checkDocxDraft, correctDocx, readDocx } from '../../check/docx.ts';
import { factsOf } from '../../check/database.ts';
import { openDemo } from '../helpers/db.ts';
import { tableDocx } from './fixtures.ts';

const table = (rows: string[][]) => ['Bảng 1', ...rows.map((r) => r.join('\t')), 'Ghi chú.'].join('\n');
const ROWS = [
  ['Nhóm', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ'],
  ['Chi bộ thôn', '167', '5.201', '73,24%'],
  ['Chi bộ cơ quan', '41', '585', '8,24%'],
  ['Chi bộ khác', '88', '1.315', '18,52%'],
  ['Tổng', '296', '7.101', '100%'],
];

describe('tables in text (tab-separated) and in .docx', () => {
  it('passes a right table and says how each share was computed', () => {
    const r = checkText(table(ROWS)).claims;
    expect(r.map((c) => [c.kind, c.printed, c.ok])).toEqual([
      ['share', '73,24%', true],
      ['share', '8,24%', true],
      ['share', '18,52%', true],
      ['sum', '296', true],
      ['sum', '7.101', true],
      ['share', '100%', true],
    ]);
    expect(r.filter((c) => !c.ok)).toEqual([]);
    expect(r.find((c) => c.printed === '73,24%')!.detail).toBe('5.201/7.101 = 73,2432…%');
    expect(r.find((c) => c.printed === '73,24%')!.text).toBe('Chi bộ thôn | 167 | 5.201 | 73,24%');
  });

  it('flags a wrong share, a wrong total and a badly written share', () => {
    const rows = ROWS.map((r) => [...r]);
    rows[2]![3] = '8.42%';
    rows[4]![1] = '297';
    const r = checkText(table(rows)).claims.filter((c) => !c.ok);
    expect(r.map((c) => [c.kind, c.printed, c.expected])).toEqual([
      ['share', '8.42%', '8,24%'],
      ['format', '8.42%', '8,42%'],
      ['sum', '297', '296'],
    ]);
  });

  it('reads each share column the way that explains it: of units, of another column of the row, in the same cell', () => {
    const units = checkText(
      table([
        ['Mức xếp loại', 'Số đơn vị', 'Số đảng viên', 'Tỷ lệ (theo số đơn vị)'],
        ['Hoàn thành xuất sắc nhiệm vụ', '14', '2.207', '31,82%'],
        ['Hoàn thành tốt nhiệm vụ', '28', '4.802', '63,64%'],
        ['Hoàn thành nhiệm vụ', '2', '92', '4,45%'],
        ['Tổng cộng', '44', '7.101', '100%'],
      ]),
    ).claims.filter((c) => c.kind === 'share');
    expect(units.map((c) => [c.printed, c.ok, c.expected])).toEqual([
      ['31,82%', true, '31,82%'],
      ['63,64%', true, '63,64%'],
      ['4,45%', false, '4,55%'],
      ['100%', true, '100%'],
    ]);
    expect(units[0]!.detail).toBe('14/44 = 31,8182…%');
    const ratio = checkText(
      table([
        ['Tổ chức cơ sở đảng', 'Xuất sắc', 'Tốt', 'Xuất sắc/Tốt'],
        ['Đảng bộ xã Phượng Cách', '53', '176', '30,11%'],
        ['Đảng bộ xã Sài Sơn', '40', '180', '22,22%'],
        ['Đảng bộ xã Cấn Hữu', '10', '200', '5,50%'],
      ]),
    ).claims.filter((c) => c.kind === 'share');
    expect(ratio.map((c) => [c.printed, c.ok, c.expected])).toEqual([
      ['30,11%', true, '30,11%'],
      ['22,22%', true, '22,22%'],
      ['5,50%', false, '5,00%'],
    ]);
    const inCell = checkText(
      table([
        ['Nhóm', 'Số chi bộ', 'Xuất sắc', 'Tốt'],
        ['Chi bộ thôn', '221', '33 (14,93%)', '148 (66,97%)'],
        ['Chi bộ cơ quan', '45', '38 (84,44%)', '6 (13,13%)'],
        ['Tổng cộng', '266', '71 (26,69%)', '154 (57,89%)'],
      ]),
    ).claims.filter((c) => c.kind === 'share');
    expect(inCell.filter((c) => !c.ok).map((c) => [c.printed, c.expected])).toEqual([['13,13%', '13,33%']]);
    expect(inCell).toHaveLength(6);
  });

  it('does not add up a column that has "trong đó" rows', () => {
    const rows = [...ROWS.slice(0, 4), ['Trong đó: nữ', '', '2.130', '30,00%'], ROWS[4]!];
    const r = checkText(table(rows)).claims;
    expect(r.filter((c) => c.kind === 'sum')).toEqual([]);
    expect(r.find((c) => c.printed === '30,00%')).toMatchObject({ ok: true });
  });

  it('reads a Word table row by row and corrects its cells in place', async () => {
    const bytes = await tableDocx();
    const draft = await readDocx(bytes);
    const claims = checkDocxDraft(draft).claims;
    expect(claims.map((c) => [c.kind, c.printed, c.ok, c.expected])).toEqual([
      ['share', '85,54%', false, '85,44%'],
      ['share', '6.65%', false, '6,68%'],
      ['format', '6.65%', false, '6,65%'],
      ['share', '1,61%', true, '1,61%'],
      ['share', '6,28%', true, '6,28%'],
      ['sum', '296', true, '296'],
      ['sum', '7.101', true, '7.101'],
      ['share', '100%', true, '100%'],
    ]);
    const out = await correctDocx(await readDocx(bytes), { text: draft.mapped.text, claims });
    const xml = await (await JSZip.loadAsync(out.bytes)).file('word/document.xml')!.async('string');
    const cells = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(cells.filter((c) => /%$/.test(c!))).toEqual(['85,44%', '6,68%', '1,61%', '6,28%', '100%']);
  });

  it('compares the counts of named rows with the database, but not tables about other years', () => {
    const facts = factsOf(openDemo(), 2019);
    const rows = [
      ['Nhóm chi bộ', 'Số chi bộ', 'Số đảng viên', 'Tỷ lệ'],
      ['Chi bộ trực thuộc đảng bộ xã, thị trấn', '220', '6.067', '85,44%'],
      ['Chi bộ cơ sở', '18', '446', '6,28%'],
      ['Tổng cộng', '238', '6.513', '100%'],
    ];
    const counts = checkText(table(rows), facts).claims.filter((c) => c.kind === 'count');
    expect(counts.map((c) => [c.printed, c.ok, c.expected])).toEqual([
      ['220', false, '221'],
      ['6.067', true, '6.067'],
      ['18', true, '18'],
      ['446', true, '446'],
    ]);
    expect(counts[0]!.detail).toBe('Dữ liệu năm 2019: 221 chi bộ trực thuộc đảng bộ xã, thị trấn');
    const other = [['Nhóm chi bộ', 'Năm 2018', 'Năm 2019'], ...rows.slice(1).map((r) => [r[0]!, r[1]!, r[2]!])];
    expect(checkText(table(other), facts).claims.filter((c) => c.kind === 'count')).toEqual([]);
  });
});
