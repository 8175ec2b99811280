/**
 * Values kept per data version (db/cache.ts) are never older than the data: an edit through the
 * API, a write of another connection (the CLI, web mode) and a rating change are all seen by the
 * next call, and nothing is recomputed while the data stays the same.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { orgTreeOf } from '../../org/year-tree.ts';
import { loadYear } from '../../stats/breakdown.ts';
import { evaluatePlan } from '../../targets/evaluate.ts';
import { demoCopy } from '../helpers/db.ts';

const CELL = 'QO.X01.01';

describe('caches keyed on the data version', () => {
  it("shares the tree while nothing changes and sees every edit, its own and another connection's", async () => {
    const path = demoCopy();
    const ctx = createCtx(createSession(path), { kind: 'cli' });
    await ctx.session.upkeep;
    const db = ctx.session.db;
    const tree = orgTreeOf(db, 2019);
    expect(orgTreeOf(db, 2019)).toBe(tree);
    expect(loadYear(db, 2019)).toBe(loadYear(db, 2019));
    const before = await dispatch(ctx, 'stats.breakdown', { year: 2019 });
    expect(before.total.members).toBe(7101);
    const unitId = findUnitIdByCode(db, CELL)!;
    const old = loadYear(db, 2019).members.get(unitId)!;

    await dispatch(ctx, 'figures.set', { year: 2019, changes: [{ unitId, indicator: 'dang_vien', value: old + 5 }] });
    expect(orgTreeOf(db, 2019)).not.toBe(tree);
    expect((await dispatch(ctx, 'stats.breakdown', { year: 2019 })).total.members).toBe(7106);
    expect(loadYear(db, 2019).members.get(unitId)).toBe(old + 5);

    // Another process writes (the CLI on the same file): data_version moves for this connection.
    const other = new Database(path);
    other.prepare("UPDATE figure SET value = ? WHERE year = 2019 AND unit_id = ? AND indicator = 'dang_vien'").run(old + 9, unitId);
    other.prepare("UPDATE unit_year SET name = 'Chi bộ đổi tên' WHERE year = 2019 AND unit_id = ?").run(unitId);
    other.close();
    expect((await dispatch(ctx, 'stats.breakdown', { year: 2019 })).total.members).toBe(7110);
    expect(orgTreeOf(db, 2019).byId.get(unitId)!.name).toBe('Chi bộ đổi tên');
    expect(await dispatch(ctx, 'years.list', {})).toEqual([2017, 2018, 2019]);
    db.close();
  });

  it('judges a plan again after a rating changes, and returns the kept result until then', async () => {
    const ctx = createCtx(createSession(demoCopy()), { kind: 'cli' });
    await ctx.session.upkeep;
    const db = ctx.session.db;
    const first = evaluatePlan(db, 2019);
    expect(evaluatePlan(db, 2019)).toBe(first);
    // Target 2 of the seed plan: 80% of cells rated "hoàn thành tốt nhiệm vụ" or better (144 of 179).
    const rated = first.targets.find((t) => t.id === 2)!;
    expect([rated.part, rated.whole, rated.status]).toEqual([144, 179, 'met']);
    expect(rated).toBeDefined();
    const cells = db
      .prepare("SELECT unit_id FROM unit_rating WHERE year = 2019 AND level IN ('htxs','htt','tsvm')")
      .pluck()
      .all() as number[];
    expect(cells.length).toBeGreaterThan(0);
    // Every cell rated "tốt" or better drops to "hoàn thành": the part of a rating target falls.
    db.prepare("UPDATE unit_rating SET level = 'ht' WHERE year = 2019 AND level IN ('htxs','htt','tsvm')").run();
    const again = evaluatePlan(db, 2019);
    expect(again).not.toBe(first);
    const after = again.targets.find((t) => t.id === 2)!;
    expect([after.part, after.whole, after.status]).toEqual([0, 179, 'notMet']);
    db.close();
  });
});
