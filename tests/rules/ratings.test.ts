/** Rating rules by period: which rule a year is rated under, the 366 score bands at their edges, and the quota per kind. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.ts';
import { createUnit } from '../../org/operations.ts';
import { setMemberRating, setUnitRating } from '../../db/ratings.ts';
import { checkScoreLevel, levelForScore, ratingRuleFor, SCALE_124, SCALE_366, SCALE_NEW, UNIT_SCALE_OLD } from '../../org/ratings.ts';
import { checkQuotaKinds } from '../../targets/quota.ts';
import { comparableOf } from '../../targets/levels.ts';
import { getSettings, updateSettings } from '../../settings/store.ts';
import { tempDir } from '../helpers/db.ts';

describe('rating rule in force', () => {
  it('27-HD to 2017, 132 in 2018–2022, 124 in 2023–2024, 366 from the 2025 rating', () => {
    const scale = (y: number) => ratingRuleFor(y).unitScale;
    expect([2014, 2017].map(scale)).toEqual([UNIT_SCALE_OLD, UNIT_SCALE_OLD]);
    expect([2018, 2022].map(scale)).toEqual([SCALE_NEW, SCALE_NEW]);
    expect([2023, 2024].map(scale)).toEqual([SCALE_124, SCALE_124]);
    expect([2025, 2026].map(scale)).toEqual([SCALE_366, SCALE_366]);
    expect(ratingRuleFor(2025).scored).toBe(true);
    expect(ratingRuleFor(2024).scored).toBe(false);
    expect(ratingRuleFor(2025).citation).toContain('366-QĐ/TW, ngày 30/8/2025');
    expect(ratingRuleFor(2023).citation).toContain('124-QĐ/TW');
  });

  it('a plan written under 27-HD ("trong sạch vững mạnh") is judged on 366 through the mapping', () => {
    expect(comparableOf(UNIT_SCALE_OLD, 'tsvm')).toBe(comparableOf(SCALE_366, 'htxs'));
    expect(comparableOf(SCALE_124, 'htt')).toBe(comparableOf(SCALE_366, 'htt'));
  });
});

describe('366-QĐ/TW score bands (hundredths)', () => {
  it.each([
    [4999, 'khtnv'],
    [5000, 'ht'],
    [6999, 'ht'],
    [7000, 'htt'],
    [8999, 'htt'],
    [9000, 'htxs'],
    [0, 'khtnv'],
    [10000, 'htxs'],
  ])('%i → %s', (score, level) => {
    expect(levelForScore(score)).toBe(level);
    expect(checkScoreLevel(SCALE_366, score, level)).toBeNull();
  });

  it('a level that contradicts its score is an error naming both', () => {
    expect(checkScoreLevel(SCALE_366, 8999, 'htxs')).toBe(
      'Điểm 89,99 ứng với mức "Hoàn thành tốt nhiệm vụ", không phải "Hoàn thành xuất sắc nhiệm vụ" (Quy định 366-QĐ/TW: từ 90 điểm xuất sắc, từ 70 đến dưới 90 tốt, từ 50 đến dưới 70 hoàn thành, dưới 50 không hoàn thành).',
    );
    expect(checkScoreLevel(SCALE_366, 5000, 'khtnv')).toMatch(/Điểm 50,00 ứng với mức "Hoàn thành nhiệm vụ"/);
    expect(checkScoreLevel(SCALE_366, 4999, 'ht')).toMatch(/49,99.*Không hoàn thành nhiệm vụ/);
    expect(checkScoreLevel(SCALE_366, 7000, 'ht')).toMatch(/70,00/);
    expect(checkScoreLevel(SCALE_366, 10001, 'htxs')).toMatch(/từ 0 đến 100/);
    expect(checkScoreLevel(SCALE_124, 9500, 'htxs')).toMatch(/không chấm điểm/);
    expect(checkScoreLevel(SCALE_124, null, 'htxs')).toBeNull();
  });
});

describe('quota per kind', () => {
  function build() {
    const db = openDatabase(join(tempDir(), 'q.sqlite'));
    const y = 2025;
    const root = createUnit(db, y, { code: 'X', name: 'Đảng bộ xã X', kind: 'committee', parentId: null });
    const a = createUnit(db, y, { code: 'X.A', name: 'Đảng bộ Trường A', kind: 'baseCommittee', parentId: root, sector: 'su-nghiep' });
    const cells = [1, 2, 3, 4, 5, 6].map((k) => createUnit(db, y, { code: `X.A.${k}`, name: `Chi bộ ${k}`, kind: 'cell', parentId: a }));
    const bases = [1, 2, 3, 4, 5, 6].map((k) =>
      createUnit(db, y, { code: `X.T${k}`, name: `Chi bộ thôn ${k}`, kind: 'baseCell', parentId: root, unitType: 'thon' }),
    );
    // Cells of A: 2 xuất sắc, 4 tốt → allowed floor(0,8) = 0, excess 2.
    cells.forEach((c, i) => setUnitRating(db, y, c, SCALE_366, i < 2 ? 'htxs' : 'htt'));
    // Base organizations of the commune: A and 1 thôn xuất sắc, 5 thôn tốt → allowed 1, excess 1.
    setUnitRating(db, y, a, SCALE_366, 'htxs');
    bases.forEach((b, i) => setUnitRating(db, y, b, SCALE_366, i === 0 ? 'htxs' : 'htt'));
    // Members of thôn 2: 1 xuất sắc of 5 tốt (allowed 1); thôn 3: 2 of 5 (excess 1).
    setMemberRating(db, y, bases[1]!, SCALE_366, 'htxs', 1);
    setMemberRating(db, y, bases[1]!, SCALE_366, 'htt', 5);
    setMemberRating(db, y, bases[2]!, SCALE_366, 'htxs', 2);
    setMemberRating(db, y, bases[2]!, SCALE_366, 'htt', 5);
    return db;
  }

  it('members by default; base organizations and cells only when the settings turn them on', () => {
    const db = build();
    let [m, b, c] = checkQuotaKinds(db, 2025, getSettings(db).quota);
    expect(m!.enabled).toBe(true);
    expect(m!.violations.map((v) => [v.unit, v.excellent, v.good, v.allowed, v.excess])).toEqual([['Chi bộ thôn 3', 2, 5, 1, 1]]);
    expect(b!.enabled).toBe(false);
    expect(b!.violations).toEqual([]);
    expect(b!.groups.map((g) => [g.unit, g.excellent, g.good, g.excess])).toEqual([['Đảng bộ xã X', 2, 5, 1]]);
    expect(c!.groups.map((g) => [g.unit, g.excellent, g.good, g.excess])).toEqual([['Đảng bộ Trường A', 2, 4, 2]]);
    updateSettings(db, { quota: { members: false, baseOrgs: true, cells: true } });
    [m, b, c] = checkQuotaKinds(db, 2025, getSettings(db).quota);
    expect(m!.violations).toEqual([]);
    expect(b!.violations.map((v) => v.excess)).toEqual([1]);
    expect(c!.violations.map((v) => v.excess)).toEqual([2]);
    expect(c!.rule).toContain('366-QĐ/TW');
    db.close();
  });
});
