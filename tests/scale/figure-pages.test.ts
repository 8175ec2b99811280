/**
 * eachFigure reads an indicator in pages of 4.096 units along the key (db/figures.ts): on a year with
 * more units than two pages, every figure is read once, and the year's matrix holds what a whole read gives.
 */
import { describe, expect, it } from 'vitest';
import { eachFigure, indicatorValues, listIndicators } from '../../db/figures.ts';
import { at, yearMatrix } from '../../stats/year-matrix.ts';
import { smallProvince } from './helpers.ts';

describe('a year read in pages', () => {
  it('gives every figure of every indicator once, as the whole indicator read at once does', () => {
    const { db } = smallProvince({ units: 9_000, members: 20_000, years: 1, lastYear: 2025, seed: 3 });
    const codes = listIndicators(db).map((i) => i.code);
    const seen = codes.map(() => new Map<number, number>());
    let twice = 0;
    eachFigure(db, 2025, codes, (j, unitId, value) => {
      if (seen[j]!.has(unitId)) twice++;
      seen[j]!.set(unitId, value);
    });
    expect(twice).toBe(0);
    expect(seen[codes.indexOf('dang_vien')]!.size).toBeGreaterThan(2 * 4096);
    codes.forEach((code, j) => expect(seen[j], code).toEqual(new Map(indicatorValues(db, 2025, code))));
    const m = yearMatrix(db, 2025);
    const j = m.indicators.findIndex((i) => i.code === 'dang_vien');
    const whole = indicatorValues(db, 2025, 'dang_vien');
    m.rows.forEach((r, i) => expect(m.entered[at(m, i, j)]).toBe(whole.get(r.unit.id) ?? NaN));
    db.close();
  });
});
