import { describe, expect, it } from 'vitest';
import { applyFixes, checkText, fixesOf } from '../../check/check.ts';
import type { Claim } from '../../check/types.ts';

const claims = (t: string, kind?: Claim['kind']) => checkText(t).claims.filter((c) => !kind || c.kind === kind);
const one = (t: string, kind: Claim['kind']) => {
  const cs = claims(t, kind);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe('shares', () => {
  it('takes the denominator from a fraction, with a space before % allowed', () => {
    const c = one('Năm 2019 kết nạp 112/1.590 đảng viên, chiếm 7,04 %.', 'share');
    expect(c).toMatchObject({ ok: true, printed: '7,04 %', detail: '112/1.590 = 7,0440…%' });
    expect(one('Năm 2019 kết nạp 112/1.590 đảng viên, chiếm 7,40%.', 'share')).toMatchObject({ ok: false, expected: '7,04%' });
  });

  it('checks at the printed number of decimals ("đạt 87,5%")', () => {
    expect(one('Có 35/40 thôn có chi bộ đạt hoàn thành tốt nhiệm vụ, đạt 87,5%.', 'share')).toMatchObject({
      ok: true,
      detail: '35/40 = 87,5%',
    });
    expect(one('Có 35/40 thôn có chi bộ đạt hoàn thành tốt nhiệm vụ, đạt 85,7%.', 'share')).toMatchObject({ ok: false, expected: '87,5%' });
    // 1/8 = 12,5%: half-up at no decimals gives 13%, never 12%.
    expect(one('Có 1/8 chi bộ chưa hoàn thành nhiệm vụ, chiếm 13%.', 'share').ok).toBe(true);
    expect(one('Có 1/8 chi bộ chưa hoàn thành nhiệm vụ, chiếm 12%.', 'share')).toMatchObject({ ok: false, expected: '13%' });
  });

  it('takes the nearest whole stated before the part ("có 7.101 đảng viên … trong đó")', () => {
    const t = 'Đảng bộ có 7.101 đảng viên, trong đó 474 đảng viên sinh hoạt ở khối cơ quan, chiếm 6,68%.';
    expect(one(t, 'share')).toMatchObject({ ok: true, detail: '474/7.101 = 6,6751…%' });
    expect(one(t.replace('6,68%', '6,65%'), 'share')).toMatchObject({ ok: false, expected: '6,68%' });
  });

  it('accepts a share of the grand total inside a "trong đó" list, and flags one that fits no whole', () => {
    const t = 'Toàn huyện có 7.101 đảng viên. Khối cơ quan có 900 đảng viên, trong đó 474 đảng viên nữ, chiếm 6,68%.';
    expect(one(t, 'share')).toMatchObject({ ok: true });
    expect(one(t, 'share').detail).toContain('474/7.101');
    // 52,67% of 900 would also be right; 50% is right for neither.
    expect(one(t.replace('6,68%', '52,67%'), 'share')).toMatchObject({ ok: true });
    const bad = one(t.replace('6,68%', '50%'), 'share');
    expect(bad.ok).toBe(false);
    expect(bad.expected).toBe('53%');
  });

  it('reads members counted as "đồng chí" and shares in parentheses', () => {
    const t =
      'Toàn Đảng bộ có 7.101 đảng viên, trong đó nữ có 2.130 đồng chí (30,00%), đảng viên dân tộc thiểu số 35 đồng chí, chiếm tỷ lệ 0,49%.';
    expect(claims(t, 'share').map((c) => [c.printed, c.ok])).toEqual([
      ['30,00%', true],
      ['0,49%', true],
    ]);
    const bad = claims(t.replace('0,49%', '0,94%'), 'share')[1]!;
    // The expected value is of the whole the text introduced (7.101), not of the sibling count before it.
    expect(bad).toMatchObject({ ok: false, expected: '0,49%' });
  });

  it('checks each share of a rating list against the number rated', () => {
    const t =
      'Năm 2019 có 296 chi bộ được đánh giá; 60 chi bộ hoàn thành xuất sắc nhiệm vụ (20,27%); 200 chi bộ hoàn thành tốt nhiệm vụ (67,57%); 30 chi bộ hoàn thành nhiệm vụ (10,41%); 6 chi bộ không hoàn thành nhiệm vụ (2,03%).';
    expect(claims(t, 'share').map((c) => [c.printed, c.ok, c.expected])).toEqual([
      ['20,27%', true, '20,27%'],
      ['67,57%', true, '67,57%'],
      ['10,41%', false, '10,14%'],
      ['2,03%', true, '2,03%'],
    ]);
    expect(claims(t, 'share')[0]!.text).toBe('60 chi bộ hoàn thành xuất sắc nhiệm vụ (20,27%)');
  });

  it('reads a fraction without a noun as part and whole when its denominator is not a small ratio', () => {
    expect(one('Số chi bộ đạt hoàn thành xuất sắc nhiệm vụ là 60/296, chiếm 20,27%.', 'share')).toMatchObject({
      ok: true,
      detail: '60/296 = 20,2703…%',
    });
    expect(one('Số chi bộ đạt hoàn thành xuất sắc nhiệm vụ là 60/296, chiếm 20,72%.', 'share')).toMatchObject({
      ok: false,
      expected: '20,27%',
    });
  });

  it('leaves growth alone and never judges shares of a target the text does not state (not verifiable)', () => {
    const t =
      'Đảng bộ có 7.101 đảng viên. Năm 2019 kết nạp 245 đảng viên, tăng 12% so với năm 2018, đạt 122,5% chỉ tiêu; 312 đảng viên được miễn sinh hoạt, bằng 4,39%.';
    expect(claims(t, 'share').map((c) => [c.printed, c.ok])).toEqual([
      ['122,5%', null],
      ['4,39%', true],
    ]);
  });

  it('ignores targets, which state no part ("80% chi bộ đạt …")', () => {
    expect(claims('Hằng năm, 80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên; 100% các chi bộ đều kết nạp được đảng viên.')).toEqual([]);
  });
});

describe('qualified shares are judged by their meaning', () => {
  const base = (n: number, q: string) => `Đảng bộ có 40 chi bộ, trong đó ${n} chi bộ đạt hoàn thành xuất sắc nhiệm vụ, chiếm ${q}.`;
  it.each([
    [13, 'trên 30%', true],
    [11, 'trên 30%', false],
    [12, 'trên 30%', false],
    [15, 'gần 40%', true],
    [16, 'gần 40%', false],
    [17, 'gần 40%', false],
    [10, 'gần 40%', false],
    [14, 'hơn 1/3', true],
    [12, 'hơn 1/3', false],
    [34, 'khoảng 85%', true],
    [30, 'khoảng 85%', false],
    [20, 'từ 50% trở lên', true],
    [19, 'từ 50% trở lên', false],
    [6, 'dưới 20%', true],
    [8, 'dưới 20%', false],
  ])('%i of 40 is "%s": %s', (n, q, ok) => {
    const c = one(base(n as number, q as string), 'share');
    expect(c.ok).toBe(ok);
    expect(c.printed).toBe(q);
    expect(c.fix).toBeUndefined();
    expect(base(n as number, q as string).slice(c.start, c.end)).toBe(q);
  });

  it('does not ask a qualified share for decimals', () => {
    expect(one('Đảng bộ có 7.101 đảng viên, trong đó 6.067 đảng viên ở nông thôn, chiếm khoảng 85%.', 'share').ok).toBe(true);
  });
});

describe('sums and lists of parts', () => {
  it('checks a "gồm" list against its whole', () => {
    expect(one('Hiện Đảng bộ có 44 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 18 chi bộ cơ sở.', 'sum')).toMatchObject({
      ok: true,
      printed: '44',
      detail: '44 = 26 + 18 (tổ chức cơ sở đảng)',
    });
    expect(one('Hiện Đảng bộ có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 18 chi bộ cơ sở.', 'sum')).toMatchObject({
      ok: false,
      expected: '44',
      detail: '45 ≠ 26 + 18 = 44 (tổ chức cơ sở đảng)',
    });
  });

  it('checks a "trong đó" list when it covers the whole ("còn lại", or shares adding to 100%)', () => {
    expect(
      one('Đảng bộ có 296 chi bộ, trong đó 221 chi bộ thôn, 45 chi bộ cơ quan, 12 chi bộ doanh nghiệp và 18 chi bộ còn lại.', 'sum').ok,
    ).toBe(true);
    expect(
      one('Đảng bộ có 296 chi bộ, trong đó 221 chi bộ thôn, 45 chi bộ cơ quan, 12 chi bộ doanh nghiệp và 20 chi bộ còn lại.', 'sum'),
    ).toMatchObject({ ok: false, expected: '298' });
    const t =
      'Đảng bộ có 7.100 đảng viên. Trong đó, 221 chi bộ thôn với 6.067 đảng viên, chiếm 85,44%; 45 chi bộ cơ quan với 474 đảng viên, chiếm 6,68%; 30 chi bộ khác với 560 đảng viên, chiếm 7,89%.';
    expect(one(t, 'sum')).toMatchObject({ ok: false, expected: '7.101', detail: '7.100 ≠ 6.067 + 474 + 560 = 7.101 (đảng viên)' });
  });

  it('finds the parts of several wholes in one list', () => {
    const t =
      'Đảng bộ có 296 chi bộ với 7.101 đảng viên. Trong đó, 221 chi bộ thôn với 6.067 đảng viên; 45 chi bộ cơ quan với 474 đảng viên; 30 chi bộ khác với 560 đảng viên.';
    expect(claims(t, 'sum').map((c) => [c.printed, c.ok])).toEqual([
      ['296', true],
      ['7.101', true],
    ]);
  });

  it('does not treat a partial "trong đó" list as a sum', () => {
    expect(claims('Đảng bộ có 7.101 đảng viên; trong đó 2.000 đảng viên nữ, 300 đảng viên dân tộc thiểu số.', 'sum')).toEqual([]);
  });
});

describe('number formats', () => {
  it('flags a decimal point and English thousands, and the fix writes the Vietnamese form', () => {
    const t = 'Có 6,067 đảng viên ở nông thôn, 474 đảng viên ở cơ quan, chiếm 6.65%.';
    const f = claims(t, 'format');
    expect(f.map((c) => [c.printed, c.expected, c.ok])).toEqual([
      ['6,067', '6.067', false],
      ['6.65%', '6,65%', false],
    ]);
    expect(applyFixes(t, fixesOf(f))).toBe('Có 6.067 đảng viên ở nông thôn, 474 đảng viên ở cơ quan, chiếm 6,65%.');
  });

  it('prefers the arithmetic correction over the format one on the same number', () => {
    const t = 'Đảng bộ có 7.101 đảng viên, trong đó 474 đảng viên ở khối cơ quan, chiếm 6.65%.';
    const r = checkText(t);
    expect(r.claims.map((c) => [c.kind, c.ok])).toEqual([
      ['share', false],
      ['format', false],
    ]);
    expect(applyFixes(t, fixesOf(r.claims))).toBe(t.replace('6.65%', '6,68%'));
  });

  it('leaves correctly written numbers without a format claim', () => {
    expect(claims('Đảng bộ có 7.101 đảng viên, trong đó 474 đảng viên ở khối cơ quan, chiếm 6,68%.', 'format')).toEqual([]);
  });
});
