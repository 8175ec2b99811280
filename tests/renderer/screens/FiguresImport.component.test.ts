/**
 * The figures import (renderer/screens/FiguresImport.tsx over renderer/hooks/usePreviewImport.ts) when the data
 * changes between the preview and the write: the write is refused with the code `stale`, nothing is written, and
 * the screen acts on that code by showing the preview again on today's data; the second write goes through.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dispatch } from '../../../api/dispatch.ts';
import { createCtx } from '../../../api/session.ts';
import { getFigure } from '../../../db/figures.ts';
import { findUnitIdByCode } from '../../../db/units.ts';
import { writeXlsx } from '../../io/fixtures.ts';
import { componentSuite } from '../mount.ts';

const suite = componentSuite();

const PAGE = new URL('./FiguresImport.page.tsx', import.meta.url);

test('a write on data changed since its preview is refused as stale, writes nothing, and the preview is shown again', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    const db = session.db;
    const unit = findUnitIdByCode(db, 'QO.X01.01')!;
    const before = getFigure(db, 2019, unit, 'dang_vien')!;
    const file = await writeXlsx(join(suite.harness().dir, 'so-lieu-55.xlsx'), [
      ['Mã đơn vị', 'Đảng viên'],
      ['QO.X01.01', 55],
    ]);

    await page.getByTestId('figures-import').locator('input[type="file"]').setInputFiles(file);
    const changes = page.getByTestId('import-preview').locator('tbody tr');
    await expect
      .poll(() => changes.first().locator('td').allTextContents())
      .toEqual(['Chi bộ tổ dân phố 1', 'Đảng viên', String(before), '55']);

    // Someone else edits the same figure (another window: the page hears nothing of it).
    await dispatch(createCtx(session, { kind: 'cli' }), 'figures.set', {
      year: 2019,
      changes: [{ unitId: unit, indicator: 'dang_vien', value: 44 }],
    });
    await page.getByRole('button', { name: 'Ghi 1 thay đổi' }).click();
    const alert = page.getByTestId('figures-import').locator('[role="alert"][data-code]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('stale');
    expect(await alert.textContent()).toContain('Dữ liệu đã thay đổi từ lúc xem trước');
    expect(getFigure(db, 2019, unit, 'dang_vien')).toBe(44);
    // Shown again on today's data: the old value is now the other edit's.
    await expect.poll(() => changes.first().locator('td').allTextContents()).toEqual(['Chi bộ tổ dân phố 1', 'Đảng viên', '44', '55']);
    expect(await page.getByRole('status').filter({ hasText: 'Đã ghi' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Ghi 1 thay đổi' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi 1 số liệu năm 2019 từ so-lieu-55.xlsx' }).waitFor();
    expect(getFigure(db, 2019, unit, 'dang_vien')).toBe(55);
    expect(await alert.count()).toBe(0);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
