/**
 * A "trong đó" list whose whole the text does not state: the seed's list on its own, without the
 * sentence "… với 7.101 đảng viên". Its parts are siblings, never one another's whole; when their
 * printed shares add up to about 100% the list covers the whole, which is then the sum of the parts.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, checkText, fixesOf } from '../../check/check.ts';
import type { Claim } from '../../check/types.ts';

const claims = (t: string, kind?: Claim['kind']) => checkText(t).claims.filter((c) => !kind || c.kind === kind);
const row = (c: Claim) => [c.printed, c.ok, c.expected, c.detail];
/** Shares the text gives no whole for are shown, as not verifiable (ok: null), never judged. */
const judged = (t: string) => claims(t, 'share').filter((c) => c.ok !== null);
const unverifiable = (t: string) =>
  claims(t, 'share')
    .filter((c) => c.ok === null)
    .map((c) => c.printed);
const SUM_OF_PARTS = '(mẫu số: tổng các phần của danh sách, 6.067 + 474 + 114 + 446 = 7.101 đảng viên; văn bản không nêu tổng số)';

/** The seed's list as printed (three wrong shares, one written with a dot), with no whole before it. */
const SEED_LIST =
  'Trong đó, 221chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên chiếm 85,54%; 45 chi bộ trực thuộc đảng bộ khối cơ quan, với 474 đảng viên, chiếm 6.65%; 12 chi bộ trực thuộc đảng bộ Khối Doanh nghiệp huyện với 114 đảng viên chiếm 1,6%; 18 chi bộ cơ sở với 446 đảng viên chiếm 6,21%.';

describe('a "trong đó" list without its whole, shares adding up to 100%', () => {
  it('takes the sum of the parts as the whole (never the first part) and says so', () => {
    expect(claims(SEED_LIST, 'share').map(row)).toEqual([
      ['85,54%', false, '85,44%', `6.067/7.101 = 85,4387…% ${SUM_OF_PARTS}`],
      ['6.65%', false, '6,68%', `474/7.101 = 6,6751…% ${SUM_OF_PARTS}`],
      ['1,6%', true, '1,6%', `114/7.101 = 1,6054…% ${SUM_OF_PARTS}`],
      ['6,21%', false, '6,28%', `446/7.101 = 6,2808…% ${SUM_OF_PARTS}`],
    ]);
    expect(claims(SEED_LIST, 'share')[0]!.text).toBe('221chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên chiếm 85,54%');
  });

  it('still flags the decimal point, and states no sum (there is no printed whole to add up to)', () => {
    expect(claims(SEED_LIST, 'format').map((c) => [c.printed, c.expected])).toEqual([['6.65%', '6,65%']]);
    expect(claims(SEED_LIST, 'sum')).toEqual([]);
  });

  it('the corrected text changes only the three shares and then checks clean', () => {
    const fixed = applyFixes(SEED_LIST, fixesOf(checkText(SEED_LIST).claims));
    expect(fixed).toBe(SEED_LIST.replace('85,54%', '85,44%').replace('6.65%', '6,68%').replace('6,21%', '6,28%'));
    // 85,44 + 6,68 + 1,6 + 6,28 = 100: the corrected list still covers its whole.
    expect(claims(fixed, 'share').map((c) => [c.printed, c.ok])).toEqual([
      ['85,44%', true],
      ['6,68%', true],
      ['1,6%', true],
      ['6,28%', true],
    ]);
  });

  it('passes right shares at two decimals that add up to 100,01%', () => {
    const t =
      'Trong đó, 6.067 đảng viên ở nông thôn chiếm 85,44%; 474 đảng viên ở cơ quan chiếm 6,68%; 114 đảng viên ở doanh nghiệp chiếm 1,61%; 446 đảng viên ở chi bộ cơ sở chiếm 6,28%.';
    expect(claims(t, 'share').map((c) => [c.printed, c.ok])).toEqual([
      ['85,44%', true],
      ['6,68%', true],
      ['1,61%', true],
      ['6,28%', true],
    ]);
    // One unit off is caught, against the sum (7.101), not against 6.067.
    expect(claims(t.replace('6,68%', '6,67%'), 'share')[1]).toMatchObject({ ok: false, expected: '6,68%' });
  });

  it('finds the whole of chi bộ of several kinds ("chi bộ trực thuộc" and "chi bộ cơ sở" are both chi bộ)', () => {
    const t =
      'Trong đó, 221 chi bộ trực thuộc đảng bộ xã chiếm 74,66%; 45 chi bộ trực thuộc đảng bộ khối cơ quan chiếm 15,20%; 12 chi bộ trực thuộc đảng bộ khối doanh nghiệp chiếm 4,05%; 18 chi bộ cơ sở chiếm 6,08%.';
    const cs = claims(t, 'share');
    expect(cs.map((c) => [c.printed, c.ok])).toEqual([
      ['74,66%', true],
      ['15,20%', true],
      ['4,05%', true],
      ['6,08%', true],
    ]);
    expect(cs[3]!.detail).toBe(
      '18/296 = 6,0811…% (mẫu số: tổng các phần của danh sách, 221 + 45 + 12 + 18 = 296 chi bộ; văn bản không nêu tổng số)',
    );
    // Two shares printed in each other's rows still add up to 100%: both are caught.
    const swapped = t.replace('15,20%', 'X').replace('4,05%', '15,20%').replace('X', '4,05%');
    expect(claims(swapped, 'share').map((c) => [c.printed, c.ok, c.expected])).toEqual([
      ['74,66%', true, '74,66%'],
      ['4,05%', false, '15,20%'],
      ['15,20%', false, '4,05%'],
      ['6,08%', true, '6,08%'],
    ]);
  });

  it('a wrong share that breaks the 100% leaves nothing saying the list is complete: then no share of it is judged', () => {
    // 74,66 + 15,20 + 4,05 + 6,80 = 100,71: the list no longer shows it covers the whole (see the next block).
    const t =
      'Trong đó, 221 chi bộ trực thuộc đảng bộ xã chiếm 74,66%; 45 chi bộ trực thuộc đảng bộ khối cơ quan chiếm 15,20%; 12 chi bộ trực thuộc đảng bộ khối doanh nghiệp chiếm 4,05%; 18 chi bộ cơ sở chiếm 6,80%.';
    expect(judged(t)).toEqual([]);
    expect(unverifiable(t)).toEqual(['74,66%', '15,20%', '4,05%', '6,80%']);
  });

  it('takes the sum when the last item is "còn lại", though only one part has a share', () => {
    const t = 'Trong đó, 6.067 đảng viên sinh hoạt ở nông thôn chiếm 85,44%; 1.034 đảng viên còn lại sinh hoạt ở cơ quan, doanh nghiệp.';
    expect(claims(t, 'share').map((c) => [c.printed, c.ok, c.detail])).toEqual([
      [
        '85,44%',
        true,
        '6.067/7.101 = 85,4387…% (mẫu số: tổng các phần của danh sách, 6.067 + 1.034 = 7.101 đảng viên; văn bản không nêu tổng số)',
      ],
    ]);
    expect(claims(t.replace('85,44%', '85,54%'), 'share')[0]).toMatchObject({ ok: false, expected: '85,44%' });
  });
});

describe('a "trong đó" list without its whole, shares NOT adding up to 100%', () => {
  // 85,44 + 6,68 = 92,12: the list names only some of the parts, and nothing says what the whole is.
  const PARTIAL =
    'Trong đó, 221 chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên chiếm 85,44%; 45 chi bộ trực thuộc đảng bộ khối cơ quan với 474 đảng viên chiếm 6,68%.';

  it('invents no whole: its shares are not judged (474 is not a share of its sibling 6.067), and no sum is stated', () => {
    // Before, 6,68% was reported wrong as 474/6.067 = 7,81%, and 85,44% was left out.
    expect(judged(PARTIAL)).toEqual([]);
    expect(unverifiable(PARTIAL)).toEqual(['85,44%', '6,68%']);
    expect(claims(PARTIAL, 'share')[0]!.basis).toMatch(/^Không xác định được mẫu số/);
    expect(claims(PARTIAL, 'sum')).toEqual([]);
    expect(judged(PARTIAL.replace('6,68%', '7,81%'))).toEqual([]);
  });

  it('still reports the formats in it', () => {
    expect(
      claims(PARTIAL.replace('6,68%', '6.68%'))
        .filter((c) => c.ok !== null)
        .map((c) => [c.kind, c.printed]),
    ).toEqual([['format', '6.68%']]);
  });

  it('judges its shares against a whole stated elsewhere in the text, never against a sibling', () => {
    const t = `Toàn Đảng bộ huyện hiện có 7.101 đảng viên. Công tác quản lý đảng viên được quan tâm. ${PARTIAL}`;
    const cs = claims(t, 'share');
    expect(cs.map((c) => [c.printed, c.ok])).toEqual([
      ['85,44%', true],
      ['6,68%', true],
    ]);
    expect(cs[1]!.detail).toBe('474/7.101 = 6,6751…%');
    expect(claims(t.replace('6,68%', '7,81%'), 'share')[1]).toMatchObject({ ok: false, expected: '6,68%', detail: '474/7.101 = 6,6751…%' });
  });

  it('does not take the earlier part as whole when only the later part has a share', () => {
    expect(judged('Trong đó, 6.067 đảng viên sinh hoạt ở nông thôn; 474 đảng viên sinh hoạt ở khối cơ quan, chiếm 7,81%.')).toEqual([]);
  });
});
