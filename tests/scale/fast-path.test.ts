/** The SQL counting of breakdowns (db/aggregates.ts) gives exactly what the OrgTree path gives. */
import { afterAll, describe, expect, it } from 'vitest';
import { breakdown, loadYear } from '../../stats/breakdown.ts';
import { listBreakdowns } from '../../stats/definitions.ts';
import { listYears } from '../../db/units.ts';
import { putGrouping } from '../../db/groupings.ts';
import { renameUnit } from '../../org/operations.ts';
import type { DB } from '../../db/open.ts';
import { openDemo } from '../helpers/db.ts';
import { smallProvince } from './helpers.ts';

function expectSame(db: DB): number {
  let n = 0;
  for (const year of listYears(db)) {
    const data = loadYear(db, year);
    for (const def of listBreakdowns(db)) {
      for (const rounding of ['halfUp', 'largestRemainder'] as const) {
        const fast = breakdown(db, year, def.id, { rounding });
        const tree = breakdown(db, year, def.id, { rounding }, data);
        expect(fast, `${year} ${def.id} ${rounding}`).toStrictEqual(tree);
        n++;
      }
    }
  }
  return n;
}

describe('breakdowns by one SQL aggregate', () => {
  const demo = openDemo();
  const province = smallProvince();
  afterAll(() => {
    demo.close();
    province.db.close();
  });

  it('equal the tree path on the demo database, every year and breakdown', () => {
    // A user grouping with an unmatched rest, a repeated label and an empty filter list.
    putGrouping(demo, {
      code: 'thu',
      name: 'Thử',
      groups: [
        { label: 'Thôn', filter: { unitType: ['thon'] } },
        { label: 'Trường', filter: { unitType: ['truong-hoc'], kind: ['cell'] } },
        { label: 'Thôn', filter: { sector: ['co-quan'] } },
        { label: 'Không ai', filter: { sector: [] } },
      ],
    });
    expect(expectSame(demo)).toBe(3 * 11 * 2);
  });

  it('equal the tree path on a synthetic province with merges, splits, moves and consolidated communes', () => {
    const years = province.summary.years;
    expect(years.some((y) => (y.changes?.consolidated ?? 0) > 0)).toBe(true);
    expect(expectSame(province.db)).toBe(years.length * 10 * 2);
  });

  it('see a change made after the numbers were first read (nothing cached between calls)', () => {
    const before = breakdown(demo, 2019, 'loai-hinh');
    const cell = demo.prepare("SELECT unit_id AS id FROM unit_year WHERE year = 2019 AND unit_type = 'thon' LIMIT 1").get() as {
      id: number;
    };
    demo.prepare("UPDATE unit_year SET unit_type = 'y-te' WHERE year = 2019 AND unit_id = ?").run(cell.id);
    renameUnit(demo, 2019, cell.id, 'Chi bộ Trạm Y tế thử');
    const after = breakdown(demo, 2019, 'loai-hinh');
    const row = (r: typeof before, label: string) => r.rows.find((x) => x.label === label)?.units ?? 0;
    expect(row(after, 'Chi bộ thôn')).toBe(row(before, 'Chi bộ thôn') - 1);
    expect(row(after, 'Chi bộ y tế')).toBe(row(before, 'Chi bộ y tế') + 1);
    expect(after).toStrictEqual(breakdown(demo, 2019, 'loai-hinh', {}, loadYear(demo, 2019)));
  });
});
