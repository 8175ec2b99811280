/**
 * Counts against the database: matched with the group the sentence names or left unverified, and
 * only for the year the draft speaks of (issue: a 2019 draft checked against 2020 data, and a
 * count of one group compared with the whole committee's total).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check/check.ts';
import { factsOf } from '../../check/database.ts';
import { draftYear } from '../../check/year.ts';
import { openDemo } from '../helpers/db.ts';

const db = openDemo();
const f2019 = factsOf(db, 2019);
const counts = (t: string, facts = f2019) =>
  checkText(t, facts)
    .claims.filter((c) => c.kind === 'count')
    .map((c) => [c.printed, c.ok]);

describe('the year of a draft', () => {
  it('is read from "tính đến", "đến hết năm" and a leading "Năm", not from signature dates, targets or comparisons', () => {
    expect(draftYear('Tính đến 31/12/2019, toàn Đảng bộ có 7.101 đảng viên.')).toBe(2019);
    expect(draftYear('Đến hết năm 2018, Lâm Đồng có 764 tổ chức cơ sở đảng.')).toBe(2018);
    expect(draftYear('Năm 2019, Đảng bộ kết nạp 250 đảng viên, bằng 5,86% so với năm 2018.')).toBe(2019);
    expect(draftYear('Quốc Oai, ngày 15 tháng 3 năm 2020\nPhấn đấu đến năm 2025: 100% chi bộ có cấp ủy.')).toBeUndefined();
    expect(draftYear('nhiệm kỳ 2020-2025, giai đoạn năm 2015-2020')).toBeUndefined();
  });

  it('decides the counts: a draft about 2019 is never wrong against 2017 data, only not verifiable', () => {
    const t = 'Tính đến 31/12/2019, Đảng bộ huyện có 44 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 18 chi bộ cơ sở với 7.101 đảng viên.';
    expect(counts(t)).toEqual([
      ['44', true],
      ['26', true],
      ['18', true],
      ['7.101', true],
    ]);
    const against2017 = checkText(t, factsOf(db, 2017)).claims.filter((c) => c.kind === 'count');
    expect(against2017.some((c) => c.ok === false)).toBe(false);
    const differ = against2017.filter((c) => c.ok === null);
    expect(differ.length).toBeGreaterThan(0);
    expect(differ[0]!.detail).toContain('bản thảo nói về năm 2019, không đối chiếu được với dữ liệu năm 2017');
    // The same text without a year is compared with what was asked for, and a difference is an error.
    expect(
      checkText(t.replace('Tính đến 31/12/2019, ', ''), factsOf(db, 2017)).claims.some((c) => c.kind === 'count' && c.ok === false),
    ).toBe(true);
  });
});

describe('the group a count names', () => {
  it('compares "12 chi bộ … khối doanh nghiệp … với 114 đảng viên" with that group, never with the whole committee', () => {
    expect(counts('Đảng bộ huyện có 12 chi bộ trực thuộc đảng bộ khối doanh nghiệp huyện với 114 đảng viên.')).toEqual([
      ['12', true],
      ['114', true],
    ]);
    // A group the data does not name that way: both counts are left unverified, not compared with 296 chi bộ and 7.101 đảng viên.
    const c = checkText('Đảng bộ huyện có 12 chi bộ khối doanh nghiệp ngoài nhà nước với 114 đảng viên.', f2019).claims.filter(
      (x) => x.kind === 'count',
    );
    expect(c.map((x) => [x.printed, x.ok])).toEqual([
      ['12', null],
      ['114', null],
    ]);
    expect(c[0]!.detail).toBe('Nhóm "12 chi bộ khối doanh nghiệp ngoài nhà nước" không có trong dữ liệu năm 2019: không đối chiếu được');
  });
});
