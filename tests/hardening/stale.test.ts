/** An import applies only on the data it previewed: edits made meanwhile are never overwritten without a word. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../api/dispatch.ts';
import { getFigure } from '../../db/figures.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { demoCtx, writeXlsx } from '../io/fixtures.ts';

describe('stale previews', () => {
  it('apply with the version of an old preview is refused after an edit in the grid; nothing is written', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const unit = findUnitIdByCode(db, 'QO.X01.01')!;
    const path = await writeXlsx(join(d.dir, 'so-lieu.xlsx'), [
      ['Mã đơn vị', 'Đảng viên'],
      ['QO.X01.01', 55],
    ]);
    const preview = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: true });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    await dispatch(d.ctx, 'figures.set', { year: 2019, changes: [{ unitId: unit, indicator: 'dang_vien', value: 44 }] });
    await expect(
      dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, expectedVersion: preview.dataVersion }),
    ).rejects.toMatchObject({ code: 'stale', message: expect.stringMatching(/^Dữ liệu đã thay đổi từ lúc xem trước.*Hãy xem lại/) });
    expect(getFigure(db, 2019, unit, 'dang_vien')).toBe(44);
    // Asked again, on today's data, it goes through.
    const again = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: true });
    const applied = await dispatch(d.ctx, 'data.importFigures', {
      source: { path },
      year: 2019,
      expectedVersion: again.ok ? again.dataVersion : '',
    });
    expect(applied.ok && applied.applied).toBe(true);
    expect(getFigure(db, 2019, unit, 'dang_vien')).toBe(55);
  });

  it('an edit made while a long import is reading its file stops that import before it writes', async () => {
    const d = demoCtx();
    const db = d.ctx.session.db;
    const unit = findUnitIdByCode(db, 'QO.X01.02')!;
    const path = await writeXlsx(join(d.dir, 'so-lieu.xlsx'), [
      ['Mã đơn vị', 'Đảng viên'],
      ['QO.X01.02', 66],
    ]);
    const importing = dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019 });
    await dispatch(d.ctx, 'figures.set', { year: 2019, changes: [{ unitId: unit, indicator: 'dang_vien', value: 33 }] });
    await expect(importing).rejects.toMatchObject({ code: 'stale' });
    expect(getFigure(db, 2019, unit, 'dang_vien')).toBe(33);
  });
});
