/** The one rule for counts (grid, import, API) and dates as Excel shows them. */
import { describe, expect, it } from 'vitest';
import { parseCount, parseDate } from '../../io/values.ts';
import { cleanText, printable, xmlSafe } from '../../core/text.ts';

describe('dates', () => {
  it('Excel serials read as Excel shows them, below 61 too; serial 60 is the day that never was', () => {
    expect(parseDate(1)).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseDate(59)).toEqual({ ok: true, value: '1900-02-28' });
    expect(parseDate(60)).toMatchObject({ ok: false, reason: expect.stringMatching(/29\/02\/1900 không có thật/) });
    expect(parseDate(61)).toEqual({ ok: true, value: '1900-03-01' });
    expect(parseDate(25569)).toEqual({ ok: true, value: '1970-01-01' });
    expect(parseDate(31092)).toEqual({ ok: true, value: '1985-02-14' });
  });

  it('a bare year, as a number or text, is refused; so is a date before 1900', () => {
    for (const c of [1899, 1985, '1985', ' 2001 '])
      expect(parseDate(c), String(c)).toMatchObject({ ok: false, reason: expect.stringMatching(/chỉ có năm, không phải ngày/) });
    expect(parseDate('31/12/1899')).toMatchObject({ ok: false, reason: expect.stringMatching(/năm 1899 không hợp lý/) });
    expect(parseDate('03/02/1985')).toEqual({ ok: true, value: '1985-02-03' });
  });
});

describe('counts', () => {
  it('refuses 1e300, 1,5, -0 and what is past 10.000.000, each in Vietnamese; takes "1.234" as a count', () => {
    expect(parseCount(1e300)).toMatchObject({
      ok: false,
      reason: '"1e+300" lớn bất thường cho một số liệu tổ chức đảng (tối đa 10.000.000).',
    });
    expect(parseCount(1.5)).toMatchObject({ ok: false, reason: expect.stringMatching(/^"1,5" không phải số nguyên/) });
    expect(parseCount('1,5')).toMatchObject({ ok: false, reason: expect.stringMatching(/^"1,5" không phải số nguyên/) });
    expect(parseCount(-0)).toMatchObject({ ok: false, reason: expect.stringMatching(/là số âm/) });
    expect(parseCount('-0')).toMatchObject({ ok: false, reason: '"-0" là số âm — số liệu không được âm.' });
    expect(parseCount(10_000_001)).toMatchObject({ ok: false });
    expect(parseCount('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount(0)).toEqual({ ok: true, value: 0 });
  });
});

describe('text at the boundary', () => {
  it('NFC, no controls, zero-width or bidi characters; XML-invalid characters never reach an export; escapes shown, not run', () => {
    expect(cleanText('Nguye\u0302\u0303n\u200b Va\u0306n\u202e A\u0000n\ufffe')).toBe('Nguyễn Văn An');
    expect(cleanText('dòng 1\ndòng 2', { multiline: true })).toBe('dòng 1\ndòng 2');
    expect(cleanText('dòng 1\ndòng 2')).toBe('dòng 1 dòng 2');
    expect(xmlSafe('a\ufffeb\u0001c\ud800')).toBe('abc');
    expect(printable('\u001b[2J\u001b[31mđỏ')).toBe('\\x1b[2J\\x1b[31mđỏ');
  });
});
