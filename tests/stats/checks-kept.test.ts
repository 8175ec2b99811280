/**
 * checks.year keeps its findings per indicator (stats/consistency.ts): an edit is seen at once in its own
 * indicator and in the parts measured against it, and the other indicators' findings stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { checkYear } from '../../stats/consistency.ts';
import { demoCopy } from '../helpers/db.ts';

describe('checks.year after an edit', () => {
  it('sees each edit at once, in its indicator and in the parts of it', () => {
    const db = openDatabase(demoCopy());
    const units = listUnits(db, 2019);
    const parent = units.find((u) => units.some((c) => c.parentId === u.id) && u.parentId !== null)!;
    const cell = units.find((u) => u.kind === 'cell')!;
    const at = (code: string, unitId: number) => checkYear(db, 2019).filter((f) => f.indicator === code && f.unitId === unitId);
    const before = checkYear(db, 2019);

    setFigure(db, 2019, parent.id, 'nu', 1);
    expect(at('nu', parent.id).map((f) => f.kind)).toEqual(['parentMismatch']);
    // A whole lowered under its part: the part's finding appears although only the whole was written.
    setFigure(db, 2019, cell.id, 'dang_vien', 0);
    expect(at('nu', cell.id).map((f) => f.kind)).toEqual(['partExceedsWhole']);
    setFigure(db, 2019, parent.id, 'nu', null);
    expect(at('nu', parent.id)).toEqual([]);
    // Inside a transaction nothing is kept: a rolled-back edit leaves no finding behind.
    try {
      db.transaction(() => {
        setFigure(db, 2019, parent.id, 'du_bi', 999_999);
        expect(at('du_bi', parent.id)).toHaveLength(1);
        throw new Error('hủy');
      })();
    } catch {
      /* rolled back */
    }
    expect(at('du_bi', parent.id)).toEqual([]);
    expect(checkYear(db, 2019).length).toBeGreaterThan(before.length);
    db.close();
  });
});
