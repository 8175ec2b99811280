import { describe, expect, it } from 'vitest';
import {
  foldForSearch,
  formatCitationDate,
  formatInt,
  formatPercentUnits,
  formatPlaceDate,
  formatPointChange,
  formatSignedInt,
  normalizeText,
} from '../../format/vi.ts';

describe('Vietnamese formatting', () => {
  it('groups thousands with "." and uses "," for decimals', () => {
    expect(formatInt(7101)).toBe('7.101');
    expect(formatInt(500000)).toBe('500.000');
    expect(formatInt(44)).toBe('44');
    expect(formatPercentUnits(8544)).toBe('85,44%');
    expect(formatPercentUnits(10000)).toBe('100,00%');
    expect(formatPercentUnits(16, 1)).toBe('1,6%');
    expect(formatPercentUnits(123456, 2)).toBe('1.234,56%');
  });

  it('writes signed changes', () => {
    expect(formatSignedInt(158)).toBe('+158');
    expect(formatSignedInt(-1200)).toBe('−1.200');
    expect(formatPointChange(10)).toBe('+0,10 điểm %');
    expect(formatPointChange(-8)).toBe('−0,08 điểm %');
    expect(formatPointChange(0)).toBe('0,00 điểm %');
    expect(formatPointChange(-15, 1)).toBe('−1,5 điểm %');
  });

  it('writes dates the Party-document way', () => {
    expect(formatPlaceDate('Quốc Oai', '2019-03-15')).toBe('Quốc Oai, ngày 15 tháng 3 năm 2019');
    expect(formatPlaceDate('Quốc Oai', '2019-02-05')).toBe('Quốc Oai, ngày 05 tháng 02 năm 2019');
    expect(formatCitationDate('2018-03-08')).toBe('08/3/2018');
    // An office that has not set its place still gets a valid line, the same in the preview and the document.
    expect(formatPlaceDate('  ', '2019-03-15')).toBe('ngày 15 tháng 3 năm 2019');
  });

  it('stores NFC and searches without diacritics', () => {
    const nfd = 'Quốc Oai'.normalize('NFD');
    expect(normalizeText(`  ${nfd}  `)).toBe('Quốc Oai');
    expect(foldForSearch('Đảng bộ Xã ĐÔNG XUÂN')).toBe('dang bo xa dong xuan');
  });
});
