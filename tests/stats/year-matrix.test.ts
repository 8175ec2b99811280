import { describe, expect, it } from 'vitest';
import { figuresForYear, listIndicators, setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { OrgTree } from '../../org/tree.ts';
import { checkYear } from '../../stats/consistency.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { demoCopy } from '../helpers/db.ts';
import { openDatabase } from '../../db/open.ts';
import { clearCaches } from '../../db/cache.ts';
import { figureOf, yearVersion } from '../../db/version.ts';
import { at, yearMatrix } from '../../stats/year-matrix.ts';

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

  it('is kept per year and reads again only the columns of the indicators edited, equal to a fresh read', () => {
    const db = openDatabase(demoCopy());
    const units = listUnits(db, 2019);
    const parents = units.filter((u) => units.some((c) => c.parentId === u.id));
    const cells = units.filter((u) => !units.some((c) => c.parentId === u.id));
    const snapshot = () => {
      const m = yearMatrix(db, 2019);
      return { entered: [...m.entered], sums: [...m.sums], warnings: checkYear(db, 2019) };
    };
    const fresh = () => {
      clearCaches(db);
      return snapshot();
    };
    const first = yearMatrix(db, 2019);
    expect(yearMatrix(db, 2019)).toBe(first);

    const nu = yearVersion(db, 2019, [figureOf('nu')]);
    const members = yearVersion(db, 2019, [figureOf('dang_vien')]);
    setFigure(db, 2019, cells[1]!.id, 'nu', 4321);
    expect(yearVersion(db, 2019, [figureOf('nu')])).not.toBe(nu);
    expect(yearVersion(db, 2019, [figureOf('dang_vien')])).toBe(members);
    const kept = snapshot();
    expect(yearMatrix(db, 2019)).toBe(first);
    const j = first.indicators.findIndex((i) => i.code === 'nu');
    expect(first.entered[at(first, first.rowOf.get(cells[1]!.id)!, j)]).toBe(4321);
    expect(kept).toStrictEqual(fresh());

    // A figure removed, a parent's total entered, a figure moved to another indicator: each as a fresh read gives it.
    snapshot();
    setFigure(db, 2019, cells[4]!.id, 'dang_vien', null);
    setFigure(db, 2019, parents[1]!.id, 'du_bi', 2);
    db.prepare("DELETE FROM figure WHERE year = 2019 AND indicator = 'co_dao' AND unit_id = ?").run(cells[7]!.id);
    db.prepare("UPDATE figure SET indicator = 'co_dao' WHERE year = 2019 AND indicator = 'dan_toc_thieu_so' AND unit_id = ?").run(
      cells[7]!.id,
    );
    const again = snapshot();
    expect(again.warnings.some((w) => w.kind === 'missing' && w.unitId === cells[4]!.id)).toBe(true);
    expect(again.warnings.some((w) => w.kind === 'parentMismatch' && w.unitId === parents[1]!.id && w.indicator === 'du_bi')).toBe(true);
    expect(again).toStrictEqual(fresh());
    db.close();
  });
});
