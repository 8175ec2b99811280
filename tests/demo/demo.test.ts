import { describe, expect, it } from 'vitest';
import { openDemo } from '../helpers/db.ts';
import { breakdown } from '../../stats/breakdown.ts';
import { compare, compareUnits } from '../../stats/compare.ts';
import { checkYear } from '../../stats/consistency.ts';
import { listUnits } from '../../db/units.ts';
import { setFigure } from '../../db/figures.ts';

describe('demo database', () => {
  const db = openDemo();

  it('reproduces the seed table of 2019 exactly, with the correct shares', () => {
    const r = breakdown(db, 2019);
    expect(r.rows.map((x) => [x.label, x.units, x.members, x.shareText])).toEqual([
      ['Chi bộ trực thuộc đảng bộ xã, thị trấn', 221, 6067, '85,44%'],
      ['Chi bộ trực thuộc đảng bộ khối cơ quan', 45, 474, '6,68%'],
      ['Chi bộ trực thuộc đảng bộ khối doanh nghiệp', 12, 114, '1,61%'],
      ['Chi bộ cơ sở', 18, 446, '6,28%'],
    ]);
    expect(r.total).toEqual({ units: 296, members: 7101, shareText: '100%' });
    expect(r.rows[0]!.share).toBeCloseTo((6067 * 100) / 7101, 12);
    // 85,44 + 6,68 + 1,61 + 6,28 = 100,01: the total says 100% and a note explains.
    expect(r.roundingNote).toMatch(/100,01%/);
    expect(r.identities.every((i) => i.ok)).toBe(true);
  });

  it('offers largest-remainder rounding as an option that sums to 100,00%', () => {
    const r = breakdown(db, 2019, 'nhom-chi-bo', { rounding: 'largestRemainder' });
    const sum = r.rows.reduce((s, x) => s + Number(x.shareText.replace('%', '').replace(',', '.')), 0);
    expect(sum).toBeCloseTo(100, 9);
    expect(r.roundingNote).toBeNull();
  });

  it('has 44 base organizations = 26 đảng bộ cơ sở + 18 chi bộ cơ sở and the communes of the district', () => {
    const r = breakdown(db, 2019, 'to-chuc-co-so');
    expect(r.total.units).toBe(44);
    expect(r.rows.map((x) => x.units)).toEqual([26, 18]);
    expect(r.identities[0]).toEqual({ text: '44 = 26 + 18', ok: true });
    const names = listUnits(db, 2019)
      .filter((u) => u.kind === 'baseCommittee')
      .map((u) => u.name);
    for (const c of ['Cấn Hữu', 'Đông Xuân', 'Sài Sơn', 'Yên Sơn']) expect(names).toContain(`Đảng bộ xã ${c}`);
    expect(names).toContain('Đảng bộ thị trấn Quốc Oai');
  });

  it('keeps every year internally consistent and sums members up the tree', () => {
    for (const y of [2017, 2018, 2019]) {
      expect(checkYear(db, y)).toEqual([]);
      const units = listUnits(db, y);
      const cellSum = (
        db
          .prepare(
            `SELECT sum(f.value) AS s FROM figure f JOIN unit_year u ON u.unit_id = f.unit_id AND u.year = f.year
         WHERE f.year = ? AND f.indicator = 'dang_vien' AND u.kind IN ('cell','baseCell')`,
          )
          .get(y) as { s: number }
      ).s;
      expect(breakdown(db, y).total.members).toBe(cellSum);
      expect(units.length).toBeGreaterThan(300);
    }
  });

  it('compares years side by side with changes in members and percentage points', () => {
    const c = compare(db, [2019, 2017, 2018]);
    expect(c.years).toEqual([2017, 2018, 2019]);
    const communes = c.rows[0]!;
    expect(communes.values[2]!.members).toBe(6067);
    expect(communes.values[0]!.units).toBe(222); // before the 2019 merge of two residential groups
    expect(communes.changes[0]).toBeNull();
    expect(communes.changes[2]!.members).toBe(6067 - communes.values[1]!.members);
    expect(communes.changes[2]!.points).toBeCloseTo(communes.values[2]!.share - communes.values[1]!.share, 12);
  });

  it('follows the 2019 merge and the 2018 rename across years', () => {
    const r = compareUnits(db, [2017, 2018, 2019], 'dang_vien', ['cell', 'baseCell']);
    const merged = r.rows.find((x) => x.label === 'Chi bộ tổ dân phố Ngô Sài')!;
    expect(merged.unitIds).toHaveLength(3);
    expect(merged.names).toEqual(['Chi bộ tổ dân phố Ngô Sài', 'Chi bộ tổ dân phố 12', 'Chi bộ tổ dân phố 13']);
    expect(merged.values.every((v) => v !== null && v > 0)).toBe(true);
    expect(merged.history.join(' ')).toMatch(/Sáp nhập năm 2019/);
    const renamed = r.rows.find((x) => x.label === 'Chi bộ Trung tâm GDNN - GDTX huyện')!;
    expect(renamed.names).toContain('Chi bộ Trung tâm Giáo dục thường xuyên huyện');
    expect(renamed.values.every((v) => v !== null)).toBe(true);
  });

  it('breaks down by a grouping the user defined, with unmatched cells shown, not dropped', async () => {
    const { dispatch } = await import('../../api/dispatch.ts');
    const { createCtx } = await import('../../api/session.ts');
    const ctx = createCtx({ db, dbPath: db.name, open() {} }, { kind: 'cli' });
    await dispatch(ctx, 'stats.saveGrouping', {
      code: 'thon-va-truong',
      name: 'Thôn và trường học',
      groups: [
        { label: 'Chi bộ thôn', filter: { unitType: ['thon'] } },
        { label: 'Chi bộ trường học', filter: { unitType: ['truong-hoc'] } },
      ],
    });
    const r = await dispatch(ctx, 'stats.breakdown', { year: 2019, breakdown: 'thon-va-truong' });
    const byLabel = Object.fromEntries(r.rows.map((x) => [x.label, x.units]));
    const types = db
      .prepare("SELECT unit_type AS t, count(*) AS n FROM unit_year WHERE year = 2019 AND kind IN ('cell','baseCell') GROUP BY unit_type")
      .all() as { t: string; n: number }[];
    const n = (t: string) => types.find((x) => x.t === t)?.n ?? 0;
    expect(byLabel['Chi bộ thôn']).toBe(n('thon'));
    expect(byLabel['Chi bộ trường học']).toBe(n('truong-hoc'));
    expect(byLabel['Chưa phân loại']).toBe(296 - n('thon') - n('truong-hoc'));
    await expect(
      dispatch(ctx, 'stats.saveGrouping', { code: 'nhom-chi-bo', name: 'x', groups: [{ label: 'a', filter: {} }] }),
    ).rejects.toThrow(/trùng/);
  });

  it('reports, not hides, a parent figure that differs from the sum of its children', () => {
    const town = listUnits(db, 2019).find((u) => u.name === 'Đảng bộ thị trấn Quốc Oai')!;
    setFigure(db, 2019, town.id, 'dang_vien', 1);
    const w = checkYear(db, 2019);
    expect(w).toHaveLength(1);
    expect(w[0]!.kind).toBe('parentMismatch');
    expect(w[0]!.message).toMatch(/Đảng bộ thị trấn Quốc Oai: "Đảng viên" nhập 1 nhưng tổng các đơn vị trực thuộc là/);
    // The breakdown still counts the cells, not the entered parent figure.
    expect(breakdown(db, 2019).total.members).toBe(7101);
  });
});
