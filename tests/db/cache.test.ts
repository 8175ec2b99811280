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
import { breakdown, loadYear } from '../../stats/breakdown.ts';
import { compare } from '../../stats/compare.ts';
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
    // A figure is not the structure: the tree (and the scopes cached on it) stays.
    expect(orgTreeOf(db, 2019)).toBe(tree);
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

  it('keeps the other years of a comparison when one year is edited, and sees the edit in that year', async () => {
    const path = demoCopy();
    const ctx = createCtx(createSession(path), { kind: 'cli' });
    await ctx.session.upkeep;
    const db = ctx.session.db;
    const members = (r: ReturnType<typeof compare>) => r.totals.map((t) => t.members);
    const first = compare(db, [2017, 2018, 2019]);
    const kept = [2017, 2018, 2019].map((y) => breakdown(db, y));
    const unitId = findUnitIdByCode(db, CELL)!;
    const was2018 = loadYear(db, 2018).members.get(unitId)!;

    // An edit of a past year changes that year's figures in the comparison, and only that year's results.
    await dispatch(ctx, 'figures.set', { year: 2018, changes: [{ unitId, indicator: 'dang_vien', value: was2018 + 3 }] });
    const second = compare(db, [2017, 2018, 2019]);
    expect(members(second)).toEqual([members(first)[0], members(first)[1]! + 3, members(first)[2]]);
    expect(breakdown(db, 2017)).toBe(kept[0]);
    expect(breakdown(db, 2018)).not.toBe(kept[1]);
    expect(breakdown(db, 2019)).toBe(kept[2]);

    // A rating of 2017 changes the breakdown by rating of 2017.
    const rated = breakdown(db, 2017, 'xep-loai');
    const ratedUnit = db
      .prepare(
        "SELECT r.unit_id FROM unit_rating r JOIN unit_year y ON y.year = r.year AND y.unit_id = r.unit_id WHERE r.year = 2017 AND y.kind = 'cell' LIMIT 1",
      )
      .pluck()
      .get() as number;
    db.prepare('DELETE FROM unit_rating WHERE year = 2017 AND unit_id = ?').run(ratedUnit);
    const unrated = (r: typeof rated) => r.rows.find((x) => x.label === 'Chưa phân loại')?.units ?? 0;
    expect(unrated(breakdown(db, 2017, 'xep-loai'))).toBe(unrated(rated) + 1);

    // A unit's sector in 2018 moves its cells between groups: the tree of 2018 is built again.
    const tree2018 = orgTreeOf(db, 2018);
    db.prepare(
      "UPDATE unit_year SET sector = 'doanh-nghiep' WHERE year = 2018 AND unit_id = (SELECT parent_id FROM unit_year WHERE year = 2018 AND unit_id = ?)",
    ).run(unitId);
    expect(orgTreeOf(db, 2018)).not.toBe(tree2018);
    const groups = compare(db, [2017, 2018, 2019]).rows.find((r) => r.label === 'Chi bộ trực thuộc đảng bộ khối doanh nghiệp')!;
    const before = first.rows.find((r) => r.label === 'Chi bộ trực thuộc đảng bộ khối doanh nghiệp')!;
    expect(groups.values[1]!.units).toBeGreaterThan(before.values[1]!.units!);
    expect(groups.values[2]).toStrictEqual(before.values[2]);

    // Another connection (the CLI on the same file) edits 2017: seen.
    const other = new Database(path);
    other.prepare("UPDATE figure SET value = value + 11 WHERE year = 2017 AND unit_id = ? AND indicator = 'dang_vien'").run(unitId);
    other.close();
    expect(members(compare(db, [2017, 2018, 2019]))[0]).toBe(members(first)[0]! + 11);

    // Settings are read by every year: the level renames the default groups of every year.
    await dispatch(ctx, 'settings.update', { level: 'tinh' });
    expect(compare(db, [2017, 2018, 2019]).rows[0]!.label).toBe('Chi bộ trực thuộc đảng bộ xã, phường');
    db.close();
  });

  it('judges a plan again after a committee member of the year changes, not after an edit of another year', async () => {
    const ctx = createCtx(createSession(demoCopy()), { kind: 'cli' });
    await ctx.session.upkeep;
    const db = ctx.session.db;
    const first = evaluatePlan(db, 2019);
    db.prepare("UPDATE figure SET value = value + 1 WHERE year = 2018 AND indicator = 'nu'").run();
    expect(evaluatePlan(db, 2019)).toBe(first);
    const trained = first.targets.find((t) => t.measure === 'committee-trained')!;
    db.prepare('UPDATE committee_member SET trained = 0 WHERE year = 2019').run();
    const after = evaluatePlan(db, 2019).targets.find((t) => t.id === trained.id)!;
    expect(trained.part).toBeGreaterThan(0);
    expect(after.part).toBe(0);
    db.close();
  });
});
