import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../check/numbers.ts';
import { normalizeWithMap } from '../../check/text.ts';

const nums = (t: string) =>
  scanNumbers(t).map((x) => ({
    kind: x.kind,
    value: x.num.value,
    decimals: x.num.decimals,
    den: x.den?.value,
    issue: x.num.formatIssue?.expected ?? x.den?.formatIssue?.expected,
  }));

describe('Vietnamese numbers', () => {
  it('reads thousands with dots and decimals with commas', () => {
    expect(nums('có 7.101 đảng viên, chiếm 85,44%; 1.234.567 người')).toEqual([
      { kind: 'number', value: 7101, decimals: 0, den: undefined, issue: undefined },
      { kind: 'percent', value: 85.44, decimals: 2, den: undefined, issue: undefined },
      { kind: 'number', value: 1234567, decimals: 0, den: undefined, issue: undefined },
    ]);
  });

  it('reads a dot before decimals as a decimal point and flags it', () => {
    expect(nums('chiếm 6.65%')).toEqual([{ kind: 'percent', value: 6.65, decimals: 2, den: undefined, issue: '6,65' }]);
    expect(nums('chiếm 6.6%')[0]).toMatchObject({ value: 6.6, decimals: 1, issue: '6,6' });
    // Three digits after the dot are thousands, as Vietnamese writes them.
    expect(nums('tăng 1.000%')[0]).toMatchObject({ value: 1000, decimals: 0, issue: undefined });
    expect(nums('tăng 1.234.567%')[0]).toMatchObject({ value: 1234567, issue: undefined });
  });

  it('flags English thousands and missing separators on counts', () => {
    expect(nums('6,067 đảng viên')[0]).toMatchObject({ value: 6067, issue: '6.067' });
    expect(nums('7101 đảng viên')[0]).toMatchObject({ value: 7101, issue: '7.101' });
    expect(nums('7,101.5 ha')[0]).toMatchObject({ value: 7101.5, issue: '7.101,5' });
    expect(nums('221chi bộ')[0]).toMatchObject({ value: 221, issue: undefined });
    expect(nums('812 đảng viên')[0]).toMatchObject({ value: 812, issue: undefined });
  });

  it('reads fractions with their denominator, also with a space before %', () => {
    expect(nums('112/1.590 đảng viên, chiếm 7,04 %')).toEqual([
      { kind: 'fraction', value: 112, decimals: 0, den: 1590, issue: undefined },
      { kind: 'percent', value: 7.04, decimals: 2, den: undefined, issue: undefined },
    ]);
    expect(nums('hơn 1/3')[0]).toMatchObject({ kind: 'fraction', value: 1, den: 3 });
  });

  it('leaves dates, years, document numbers and headings alone', () => {
    expect(nums('Quy định số 132-QĐ/TW, ngày 08/3/2018')).toEqual([]);
    expect(nums('Phấn đấu đến năm 2020: xong; giai đoạn 2015-2020')).toEqual([]);
    expect(nums('Số 12-ĐA/HU, Hướng dẫn 36-HD/VPTW')).toEqual([]);
    expect(nums('1. Kết quả\n2.3. Hạn chế')).toEqual([]);
  });

  it('normalizes decomposed Vietnamese and maps offsets back', () => {
    const src = 'Chie\u0302\u0301m 85,54%';
    const m = normalizeWithMap(src);
    expect(m.text).toBe('Chiếm 85,54%');
    const at = m.text.indexOf('85');
    expect(src.slice(m.toSource[at], m.toSource[at + 5])).toBe('85,54');
  });
});
