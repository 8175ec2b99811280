/** The seed article, the motivating case: three wrong shares, one wrong format, the rest right. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, fixesOf, applyFixes } from '../../check/check.ts';
import { factsOf } from '../../check/database.ts';
import { normalizeWithMap } from '../../check/text.ts';
import { openDemo } from '../helpers/db.ts';

const seed = normalizeWithMap(readFileSync(new URL('../fixtures/seed-quoc-oai.txt', import.meta.url), 'utf8')).text;

/**
 * Every checkable figure of the article, listed by hand: the statements of fact about 2019.
 * The other numbers are targets of the plan ("80% chi bộ đạt …", thirteen of them) and years.
 */
const ARITHMETIC = [
  ['sum', '44'],
  ['sum', '7.101'],
  ['share', '85,54%'],
  ['share', '6.65%'],
  ['format', '6.65%'],
  ['share', '1,6%'],
  ['share', '6,21%'],
];
const COUNTS = ['44', '26', '18', '7.101', '221', '6.067', '45', '474', '12', '114', '18', '446'].map((p) => ['count', p]);

describe('the seed article', () => {
  it('flags its three wrong shares with the right values and passes 1,6% and 44 = 26 + 18', () => {
    const r = checkText(seed);
    const by = (printed: string, kind = 'share') => r.claims.find((c) => c.printed === printed && c.kind === kind)!;
    expect(by('85,54%')).toMatchObject({ ok: false, expected: '85,44%', detail: '6.067/7.101 = 85,4387…%' });
    expect(by('6.65%')).toMatchObject({ ok: false, expected: '6,68%', detail: '474/7.101 = 6,6751…%' });
    expect(by('6.65%', 'format')).toMatchObject({ ok: false, expected: '6,65%' });
    expect(by('6,21%')).toMatchObject({ ok: false, expected: '6,28%', detail: '446/7.101 = 6,2808…%' });
    expect(by('1,6%')).toMatchObject({ ok: true, expected: '1,6%' });
    expect(by('44', 'sum')).toMatchObject({ ok: true, detail: '44 = 26 + 18 (tổ chức cơ sở đảng)' });
    expect(by('7.101', 'sum')).toMatchObject({ ok: true, detail: '7.101 = 6.067 + 474 + 114 + 446 (đảng viên)' });
    expect(by('85,54%').text).toBe('221chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên chiếm 85,54%');
  });

  it('recognizes every checkable claim and nothing else (targets are not claims)', () => {
    const found = checkText(seed).claims.map((c) => [c.kind, c.printed]);
    expect(found).toEqual(expect.arrayContaining(ARITHMETIC));
    expect(found).toHaveLength(ARITHMETIC.length);
    const withDb = checkText(seed, factsOf(openDemo(), 2019)).claims;
    const all = [...ARITHMETIC, ...COUNTS];
    const recognized = all.filter(([k, p]) => withDb.some((c) => c.kind === k && c.printed === p)).length;
    expect(recognized / all.length).toBe(1);
    expect(withDb).toHaveLength(all.length);
    expect(withDb.filter((c) => c.kind === 'count').every((c) => c.ok)).toBe(true);
  });

  it('gives exactly these claims, in this order (the "trong đó" list there has its whole, 7.101, stated)', () => {
    const r = checkText(seed);
    expect(r.claims.map((c) => [c.kind, c.printed, c.expected, c.ok, c.detail, c.fix?.text ?? null])).toEqual([
      ['sum', '44', '44', true, '44 = 26 + 18 (tổ chức cơ sở đảng)', null],
      ['sum', '7.101', '7.101', true, '7.101 = 6.067 + 474 + 114 + 446 (đảng viên)', null],
      ['share', '85,54%', '85,44%', false, '6.067/7.101 = 85,4387…%', '85,44'],
      ['share', '6.65%', '6,68%', false, '474/7.101 = 6,6751…%', '6,68'],
      ['format', '6.65%', '6,65%', false, 'Số "6.65" dùng dấu chấm làm dấu thập phân (phải là dấu phẩy).', '6,65'],
      ['share', '1,6%', '1,6%', true, '114/7.101 = 1,6054…%', null],
      ['share', '6,21%', '6,28%', false, '446/7.101 = 6,2808…%', '6,28'],
    ]);
    expect(r.claims.map((c) => seed.slice(c.start, c.end))).toEqual(['44', '7.101', '85,54%', '6.65%', '6.65%', '1,6%', '6,21%']);
    expect(r.claims.slice(3).map((c) => c.text)).toEqual([
      '45 chi bộ trực thuộc đảng bộ khối cơ quan, với 474 đảng viên, chiếm 6.65%',
      '45 chi bộ trực thuộc đảng bộ khối cơ quan, với 474 đảng viên, chiếm 6.65%',
      '12 chi bộ trực thuộc đảng bộ Khối Doanh nghiệp huyện với 114 đảng viên chiếm 1,6%',
      '18 chi bộ cơ sở với 446 đảng viên chiếm 6,21%',
    ]);
    const withDb = checkText(seed, factsOf(openDemo(), 2019)).claims;
    expect(withDb.map((c) => [c.kind, c.printed, c.ok])).toEqual([
      ['count', '44', true],
      ['sum', '44', true],
      ['count', '26', true],
      ['count', '18', true],
      ['count', '7.101', true],
      ['sum', '7.101', true],
      ['count', '221', true],
      ['count', '6.067', true],
      ['share', '85,54%', false],
      ['count', '45', true],
      ['count', '474', true],
      ['share', '6.65%', false],
      ['format', '6.65%', false],
      ['count', '12', true],
      ['count', '114', true],
      ['share', '1,6%', true],
      ['count', '18', true],
      ['count', '446', true],
      ['share', '6,21%', false],
    ]);
    // The same claims as without the database, besides the counts.
    expect(withDb.filter((c) => c.kind !== 'count')).toEqual(r.claims);
  });

  it('the corrected text changes only the three shares', () => {
    const r = checkText(seed);
    const fixed = applyFixes(seed, fixesOf(r.claims));
    expect(fixed).toBe(seed.replace('85,54%', '85,44%').replace('6.65%', '6,68%').replace('6,21%', '6,28%'));
    expect(checkText(fixed).claims.filter((c) => !c.ok)).toEqual([]);
  });
});
