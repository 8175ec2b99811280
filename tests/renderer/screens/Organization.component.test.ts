/**
 * The Tổ chức screen's writes (renderer/screens/Organization.tsx through useWrite): a refused dissolve shows the
 * backend's message with its code and changes nothing; a rename and a new year are shown by the tree, the year
 * picker and the next-year button re-read from the pushed data-changed alone (the screen reloads nothing itself).
 */
import { expect, test } from 'vitest';
import { listUnits, listYears } from '../../../db/units.ts';
import { componentSuite } from '../mount.ts';

const suite = componentSuite();

const PAGE = new URL('./Organization.page.tsx', import.meta.url);

test('a refused dissolve keeps its code and writes nothing; a rename and a new year show from data-changed', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    const db = session.db;
    const unitsOf = (year: number) => listUnits(db, year);
    const nameOf = (year: number) => unitsOf(year).find((u) => u.code === 'QO.X01.01')?.name;
    const panel = page.getByTestId('unit-panel');

    // A base committee that still has cells: the backend refuses to dissolve it, with its code.
    const parent = unitsOf(2019).find((u) => u.code === 'QO.X01')!;
    const count = unitsOf(2019).length;
    await page.locator('[data-unit="QO.X01"]').getByRole('button').click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(parent.name);
    await panel.getByRole('button', { name: 'Giải thể…' }).click();
    await panel.getByRole('button', { name: 'Xác nhận giải thể' }).click();
    const alert = page.locator('[role="alert"][data-code]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('has-children');
    expect(await alert.textContent()).toContain(`"${parent.name}" còn đơn vị trực thuộc`);
    expect(unitsOf(2019).length).toBe(count);
    expect(await page.getByRole('status').textContent()).toBe('');

    const unit = page.locator('[data-unit="QO.X01.01"]');
    // Found by its code, which the rename keeps.
    await page.getByLabel('Tìm').fill('QO.X01.01');
    await unit.getByRole('button').click();
    await panel.getByLabel('Tên mới').fill('Chi bộ tổ dân phố Một');
    await panel.getByRole('button', { name: 'Đổi tên' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đổi tên thành "Chi bộ tổ dân phố Một"' }).waitFor();
    expect(await alert.count()).toBe(0);
    expect(nameOf(2019)).toBe('Chi bộ tổ dân phố Một');
    await expect.poll(() => unit.textContent()).toContain('Chi bộ tổ dân phố Một');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Chi bộ tổ dân phố Một');

    const last = listYears(db).at(-1)!;
    await page.getByRole('button', { name: `Bắt đầu năm ${last + 1} từ cơ cấu năm ${last}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã tạo cơ cấu năm ${last + 1} từ năm ${last}` })
      .waitFor();
    expect(listYears(db).at(-1)).toBe(last + 1);
    // The file's years came back with the data-changed: the picker has the new year, the button offers the one after.
    await expect.poll(() => page.getByTestId('year').inputValue()).toBe(String(last + 1));
    await page.getByRole('button', { name: `Bắt đầu năm ${last + 2} từ cơ cấu năm ${last + 1}` }).waitFor();
    expect(nameOf(last + 1)).toBe('Chi bộ tổ dân phố Một');
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
