/** The figures grid by window: every window, filtered or not, is the same rows as the whole year's grid, read by key. */
import { describe, expect, it } from 'vitest';
import { setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { foldForSearch } from '../../format/vi.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { demoCopy } from '../helpers/db.ts';
import { cellProblems } from '../../renderer/grid/problems.ts';

function planted() {
  const ctx = createCtx(createSession(demoCopy()), { kind: 'cli' });
  const db = ctx.session.db;
  const units = listUnits(db, 2019);
  const parents = units.filter((u) => units.some((c) => c.parentId === u.id));
  const cells = units.filter((u) => !units.some((c) => c.parentId === u.id));
  // A parent's own figure that disagrees with its leaves, a leaf with nothing entered, a figure of the root.
  setFigure(db, 2019, parents[2]!.id, 'dang_vien', 1);
  setFigure(db, 2019, parents[0]!.id, 'nu', 7);
  setFigure(db, 2019, cells[4]!.id, 'dang_vien', null);
  setFigure(db, 2019, cells[9]!.id, 'du_bi', 123456);
  return { ctx, db, units, cells };
}

describe('figures.grid by window', () => {
  it('gives, for every offset, the rows of the whole-year grid at that place, with the same totals', async () => {
    const { ctx, db } = planted();
    const whole = await dispatch(ctx, 'figures.grid', { year: 2019 }, { checkOutput: true });
    expect(whole.total).toBe(whole.rows.length);
    const n = whole.rows.length;
    for (let offset = 0; offset < n; offset += 5) {
      const w = await dispatch(ctx, 'figures.grid', { year: 2019, offset, limit: 7 }, { checkOutput: true });
      expect(w.total).toBe(n);
      expect(w.offset).toBe(Math.min(offset, n - 7));
      expect(w.rows).toEqual(whole.rows.slice(w.offset, w.offset + 7));
      expect(w.indicators).toEqual(whole.indicators);
    }
    // The root's totals are the year's: they are taken as the year less what lies outside it.
    const first = await dispatch(ctx, 'figures.grid', { year: 2019, offset: 0, limit: 1 });
    expect(first.rows[0]!.sums).toEqual(whole.rows[0]!.sums);
    expect(first.rows[0]!.sums[whole.indicators.findIndex((i) => i.code === 'dang_vien')]).toBeGreaterThan(7000);
    db.close();
  });

  it('filters by name or code without diacritics, counts what matches, and centres on a unit asked for', async () => {
    const { ctx, db, cells } = planted();
    const whole = await dispatch(ctx, 'figures.grid', { year: 2019 });
    const kept = whole.rows.filter((r) => foldForSearch(r.name).includes('to dan pho') || r.code.toLowerCase().includes('to dan pho'));
    expect(kept.length).toBeGreaterThan(3);
    const w = await dispatch(ctx, 'figures.grid', { year: 2019, offset: 1, limit: 3, filter: 'Tổ  dân phố' }, { checkOutput: true });
    expect(w.total).toBe(kept.length);
    expect(w.rows).toEqual(kept.slice(1, 4));
    const byCode = await dispatch(ctx, 'figures.grid', { year: 2019, limit: 50, filter: 'qo.x01.0' });
    expect(byCode.rows.map((r) => r.code)).toEqual(whole.rows.map((r) => r.code).filter((c) => c.toLowerCase().includes('qo.x01.0')));

    const target = cells[20]!.id;
    const at = whole.rows.findIndex((r) => r.unitId === target);
    const c = await dispatch(ctx, 'figures.grid', { year: 2019, limit: 10, around: target }, { checkOutput: true });
    expect(c.at).toBe(at);
    expect(c.offset).toBe(at - 5);
    expect(c.rows[c.at! - c.offset]!.unitId).toBe(target);
    const none = await dispatch(ctx, 'figures.grid', { year: 2019, limit: 10, around: target, filter: 'không có đơn vị nào tên này' });
    expect([none.at, none.total, none.rows]).toEqual([null, 0, []]);
    db.close();
  });

  it('reads a write at once: the cached tree and totals go with the data version', async () => {
    const { ctx, db, cells } = planted();
    const whole = await dispatch(ctx, 'figures.grid', { year: 2019 });
    const j = whole.indicators.findIndex((i) => i.code === 'dang_vien');
    const old = whole.rows.find((r) => r.unitId === cells[0]!.id)!.values[j]!;
    const before = await dispatch(ctx, 'figures.grid', { year: 2019, offset: 0, limit: 3 });
    await dispatch(ctx, 'figures.set', { year: 2019, changes: [{ unitId: cells[0]!.id, indicator: 'dang_vien', value: old + 1000 }] });
    const after = await dispatch(ctx, 'figures.grid', { year: 2019, offset: 0, limit: 3 });
    expect(after.rows[0]!.sums[j]! - before.rows[0]!.sums[j]!).toBe(1000);
    expect(after.rows).toEqual((await dispatch(ctx, 'figures.grid', { year: 2019 })).rows.slice(0, 3));
    db.close();
  });

  it('says how many cells below are not entered, so the grid marks a cell with the words checks.year uses', async () => {
    const { ctx, db, cells } = planted();
    const whole = await dispatch(ctx, 'figures.grid', { year: 2019 });
    const dv = whole.indicators.findIndex((i) => i.code === 'dang_vien');
    // cells[4]'s count was taken away: every unit above it has one cell not entered, the others none.
    const above = new Set<number>();
    for (let u = listUnits(db, 2019).find((x) => x.id === cells[4]!.id)!.parentId; u !== null;) {
      above.add(u);
      u = listUnits(db, 2019).find((x) => x.id === u)!.parentId;
    }
    for (const r of whole.rows) expect(r.missing[dv]).toBe(r.leaf ? null : above.has(r.unitId) ? 1 : 0);
    // Every parent whose entered count checks.year flags is marked in the grid with the same words.
    const found = (await dispatch(ctx, 'checks.year', { year: 2019 })).filter(
      (w) => w.kind === 'parentMismatch' && w.indicator === 'dang_vien',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      const row = whole.rows.find((r) => r.unitId === f.unitId)!;
      expect(cellProblems(whole, row, dv, row.values[dv]!)).toContain(f.message);
    }
    db.close();
  });

  it("keeps the root's totals per indicator and adds up again only the indicator that was written", async () => {
    const { ctx, db, cells } = planted();
    const root = async () => (await dispatch(ctx, 'figures.grid', { year: 2019, offset: 0, limit: 1 })).rows[0]!;
    const whole = async () => (await dispatch(ctx, 'figures.grid', { year: 2019 })).rows[0]!;
    expect(await root()).toEqual(await whole());
    const before = await root();
    // A cell's count typed, one cleared, and another indicator written: each shows at the root at once.
    await dispatch(ctx, 'figures.set', { year: 2019, changes: [{ unitId: cells[4]!.id, indicator: 'dang_vien', value: 30 }] });
    await dispatch(ctx, 'figures.set', { year: 2019, changes: [{ unitId: cells[5]!.id, indicator: 'dang_vien', value: null }] });
    await dispatch(ctx, 'figures.set', { year: 2019, changes: [{ unitId: cells[6]!.id, indicator: 'nu', value: 0 }] });
    const after = await root();
    expect(after).toEqual(await whole());
    expect(after).not.toEqual(before);
    db.close();
  });
});
