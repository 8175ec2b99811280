import { describe, expect, it } from 'vitest';
import { figuresForYear, listIndicators, setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { OrgTree } from '../../org/tree.ts';
import { checkYear } from '../../stats/consistency.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { demoCopy } from '../helpers/db.ts';

describe('the figures grid and the checks read one dense table of the year', () => {
  it('gives every entered value and every rolled-up total as the tree does, with errors planted', async () => {
    const ctx = createCtx(createSession(demoCopy()), { kind: 'cli' });
    const db = ctx.session.db;
    const units = listUnits(db, 2019);
    // Wrong parent totals, a part above its whole, a missing count: what the checks exist for.
    const parents = units.filter((u) => units.some((c) => c.parentId === u.id));
    setFigure(db, 2019, parents[0]!.id, 'dang_vien', 1);
    setFigure(db, 2019, parents[3]!.id, 'nu', 9);
    const cells = units.filter((u) => !units.some((c) => c.parentId === u.id));
    setFigure(db, 2019, cells[2]!.id, 'nu', 100000);
    setFigure(db, 2019, cells[5]!.id, 'dang_vien', null);

    const grid = await dispatch(ctx, 'figures.grid', { year: 2019 }, { checkOutput: true });
    const tree = new OrgTree(units);
    const indicators = listIndicators(db);
    const entered = new Map(indicators.map((i) => [i.code, new Map<number, number>()]));
    for (const f of figuresForYear(db, 2019)) entered.get(f.indicator)!.set(f.unitId, f.value);
    const rolled = indicators.map((i) => tree.rollup(entered.get(i.code)!));
    expect(grid.rows.map((r) => r.unitId)).toEqual(tree.ordered().map((o) => o.unit.id));
    expect(grid.rows.length).toBe(units.length);
    for (const r of grid.rows) {
      expect(r.values).toEqual(indicators.map((i) => entered.get(i.code)!.get(r.unitId) ?? null));
      expect(r.sums).toEqual(rolled.map((s) => (r.leaf ? null : (s.get(r.unitId) ?? 0))));
    }

    const w = checkYear(db, 2019);
    expect(w.filter((x) => x.kind === 'missing').map((x) => x.unitId)).toEqual([cells[5]!.id]);
    expect(w.some((x) => x.kind === 'partExceedsWhole' && x.unitId === cells[2]!.id && x.indicator === 'nu')).toBe(true);
    expect(w.some((x) => x.kind === 'parentMismatch' && x.unitId === parents[0]!.id && x.indicator === 'dang_vien')).toBe(true);
    expect(w.some((x) => x.kind === 'parentMismatch' && x.unitId === parents[3]!.id && x.indicator === 'nu')).toBe(true);
    db.close();
  });
});
