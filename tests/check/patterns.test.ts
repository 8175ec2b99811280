/**
 * The shapes of issue 13 that the real-text corpus has few or none of, each in a sentence written
 * the way those articles write: right figures pass, wrong ones are corrected with the whole their
 * siblings use, and what cannot be checked is shown as not verifiable, never as an error.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check/check.ts';

const shares = (t: string) =>
  checkText(t)
    .claims.filter((c) => c.kind === 'share')
    .map((c) => [c.printed, c.ok, c.expected]);

describe('the wholes of shares', () => {
  it('1: another item of the same list is never the whole ("… A nữ, chiếm x%; B nam, chiếm y%")', () => {
    const t = 'Ban Chấp hành gồm 15 đồng chí, trong đó 4 đồng chí nữ, chiếm 26,67%; 11 đồng chí nam, chiếm 73,33%.';
    expect(shares(t)).toEqual([
      ['26,67%', true, '26,67%'],
      ['73,33%', true, '73,33%'],
    ]);
    // 4/11 = 36,36% must not be what a wrong share is corrected to.
    expect(shares(t.replace('26,67%', '36,36%'))[0]).toEqual(['36,36%', false, '26,67%']);
  });

  it('2: the whole in "đại biểu", the parts in "người"', () => {
    expect(shares('Đại hội có 250 đại biểu; 60 người là nữ, chiếm 24%; 30 người dưới 40 tuổi (12%).')).toEqual([
      ['24%', true, '24%'],
      ['12%', true, '12%'],
    ]);
  });

  it('3: a whole counted in another noun, in an earlier paragraph, confirms a share but never condemns one', () => {
    const t = 'Đại hội có 250 đại biểu chính thức.\nBan Chấp hành khóa mới có 9 đồng chí nữ, chiếm 27,27%.';
    expect(shares(t)).toEqual([['27,27%', null, '27,27%']]);
    expect(shares(t.replace('27,27%', '3,6%'))).toEqual([['3,6%', true, '3,6%']]);
  });

  it('5: a count of the previous term in brackets is not the part', () => {
    const t = 'Đại hội bầu 45 đồng chí vào Ban Chấp hành; 12 đồng chí (khóa trước là 10 đồng chí) dưới 40 tuổi, chiếm 26,67%.';
    expect(shares(t)).toEqual([['26,67%', true, '26,67%']]);
    expect(shares(t.replace('26,67%', '22,22%'))).toEqual([['22,22%', false, '26,67%']]);
  });

  it('6: growth and shares of a plan the text does not state are never flagged', () => {
    const c = checkText('Toàn huyện kết nạp 120 đảng viên mới, đạt 104% kế hoạch, tăng 15% so với cùng kỳ.').claims;
    expect(c.filter((x) => x.ok === false)).toEqual([]);
    expect(c.map((x) => [x.printed, x.ok])).toEqual([['104%', null]]);
  });

  it('7: "bằng x%", and the whole in brackets after the share', () => {
    expect(shares('Đảng bộ có 40 chi bộ. Có 12 chi bộ được xếp loại hoàn thành xuất sắc nhiệm vụ, bằng 30%.')).toEqual([
      ['30%', true, '30%'],
    ]);
    expect(shares('Có 9 đồng chí trúng cử, chiếm 60% (tổng số 15 đồng chí).')).toEqual([['60%', true, '60%']]);
    expect(shares('Có 9 đồng chí trúng cử, chiếm 65% (tổng số 15 đồng chí).')).toEqual([['65%', false, '60%']]);
  });

  it('a "trong đó" list whose items are shares of the grand total is corrected on the grand total, as its siblings are', () => {
    const t =
      'Đảng bộ có 7.101 đảng viên, trong đó: 6.067 đảng viên nông thôn, chiếm 85,44%; 474 đảng viên cơ quan, chiếm 6,68%; 114 đảng viên doanh nghiệp, chiếm 1,62%.';
    const c = checkText(t).claims.find((x) => x.printed === '1,62%')!;
    expect([c.ok, c.expected, c.detail]).toEqual([false, '1,61%', '114/7.101 = 1,6054…%']);
    expect(c.basis).toBe(
      'Mẫu số 7.101: tổng số nêu trước danh sách (7.101 đảng viên), mẫu số các mục cùng câu cũng dùng; không mẫu số nào hợp lý cho đúng "1,62%".',
    );
  });
});

describe('sums', () => {
  const sums = (t: string) =>
    checkText(t)
      .claims.filter((c) => c.kind === 'sum')
      .map((c) => [c.printed, c.ok, c.expected]);

  it('8: a bracket between the whole and "trong đó", and "với … chi bộ trực thuộc" inside the list', () => {
    expect(
      sums(
        'Đảng bộ huyện có 44 tổ chức cơ sở đảng (tăng 2 so với năm 2018), trong đó: 26 đảng bộ cơ sở, với 160 chi bộ trực thuộc, và 18 chi bộ cơ sở.',
      ),
    ).toEqual([['44', true, '44']]);
    expect(
      sums(
        'Đảng bộ huyện có 44 tổ chức cơ sở đảng (tăng 2 so với năm 2018), trong đó: 26 đảng bộ cơ sở, với 160 chi bộ trực thuộc, và 19 chi bộ cơ sở.',
      ),
    ).toEqual([['44', false, '45']]);
  });

  it('8: rating splits add up to the units rated; overlapping traits are never summed', () => {
    expect(
      sums(
        'Đảng bộ có 41 tổ chức cơ sở đảng. Qua đánh giá, 24 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 15 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ và 2 tổ chức cơ sở đảng hoàn thành nhiệm vụ.',
      ),
    ).toEqual([['41', true, '41']]);
    expect(
      sums(
        'Đảng bộ có 41 tổ chức cơ sở đảng. Qua đánh giá, 24 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 15 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ và 22 tổ chức cơ sở đảng hoàn thành nhiệm vụ.',
      ),
    ).toEqual([['41', false, '61']]);
    // Fewer than the whole: some may not have been rated; nothing is said.
    expect(
      sums(
        'Đảng bộ có 41 tổ chức cơ sở đảng. Qua đánh giá, 24 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 15 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.',
      ),
    ).toEqual([]);
    expect(
      sums('Kết nạp 67 đảng viên (gồm 32 đảng viên là người dân tộc thiểu số, 35 đảng viên trong độ tuổi Đoàn, 33 đảng viên nữ).'),
    ).toEqual([]);
  });
});
