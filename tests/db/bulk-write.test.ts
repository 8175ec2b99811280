/**
 * A bulk write (db/version.ts bulkWrite: an import's thousands of rows with the per-row counters off)
 * moves the same years' versions a row-by-row write would, and leaves the counters on after it, also
 * when its transaction is rolled back: a cached value never outlives the data it came from.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { getFigure, setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { bulkWrite, figureOf, yearVersion } from '../../db/version.ts';
import { breakdown } from '../../stats/breakdown.ts';
import { demoCopy } from '../helpers/db.ts';

function open() {
  const db = openDatabase(demoCopy());
  const cells = listUnits(db, 2019).filter((u) => u.kind === 'cell');
  return { db, cells };
}

describe('bulk writes', () => {
  it("move the written year's versions once, not another year's, and a cached breakdown is computed again", () => {
    const { db, cells } = open();
    const before = breakdown(db, 2019); // installs the counters and caches the year
    const v2019 = yearVersion(db, 2019, [figureOf('dang_vien')]);
    const vNu = yearVersion(db, 2019, [figureOf('nu')]);
    const v2018 = yearVersion(db, 2018);
    db.transaction(() =>
      bulkWrite(db, 2019, ['figure'], ['dang_vien'], () => {
        for (const c of cells.slice(0, 50)) setFigure(db, 2019, c.id, 'dang_vien', (getFigure(db, 2019, c.id, 'dang_vien') ?? 0) + 1);
      }),
    )();
    expect(yearVersion(db, 2019, [figureOf('dang_vien')])).not.toBe(v2019);
    expect(yearVersion(db, 2018)).toBe(v2018);
    expect(breakdown(db, 2019).total.members).toBe(before.total.members + 50);
    // The counters are on again: one ordinary write of another indicator moves its version.
    setFigure(db, 2019, cells[0]!.id, 'nu', 3);
    expect(yearVersion(db, 2019, [figureOf('nu')])).not.toBe(vNu);
    db.close();
  });

  it('leave the counters on when the transaction is rolled back', () => {
    const { db, cells } = open();
    breakdown(db, 2019);
    const v = yearVersion(db, 2019, [figureOf('dang_vien')]);
    expect(() =>
      db.transaction(() => {
        bulkWrite(db, 2019, ['figure'], ['dang_vien'], () => setFigure(db, 2019, cells[0]!.id, 'dang_vien', 999));
        throw new Error('hủy');
      })(),
    ).toThrow('hủy');
    expect(yearVersion(db, 2019, [figureOf('dang_vien')])).toBe(v);
    setFigure(db, 2019, cells[1]!.id, 'dang_vien', 998);
    expect(yearVersion(db, 2019, [figureOf('dang_vien')])).not.toBe(v);
    db.close();
  });
});
