/**
 * The figures grid (renderer/grid/FigureGrid.tsx) in Chromium over the real backend, fetching its rows a page at a
 * time: a typed value is saved and Enter moves down; a pasted block reaching far beyond the rows fetched writes
 * every one of its rows; one undo puts them all back; a bad value shows the Vietnamese reason and writes nothing.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getFigure } from '../../../db/figures.ts';
import { listUnits } from '../../../db/units.ts';
import { OrgTree } from '../../../org/tree.ts';
import type { DB } from '../../../db/open.ts';
import { PAGE as ROWS_PER_PAGE } from '../../../renderer/grid/page-size.ts';
import { componentSuite } from '../mount.ts';

const suite = componentSuite();

const PAGE = new URL('./FigureGrid.page.tsx', import.meta.url);
const cursor = (page: Page) => page.locator('[data-testid="figure-grid"] [aria-selected="true"]').getAttribute('data-cell');
/** The year's units in the grid's order (the tree, depth first). */
const ordered = (db: DB) => new OrgTree(listUnits(db, 2019)).ordered().map((r) => r.unit);

async function paste(page: Page, text: string) {
  await page.getByTestId('figure-grid').evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

test('a typed value is saved, Enter moves down, and the parent total re-reads from the pushed data-changed', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    const units = ordered(session.db);
    await page.locator('[data-cell="QO.X01.01:dang_vien"]').click();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Đã lưu 1 ô' }).waitFor();
    expect(getFigure(session.db, 2019, units.find((u) => u.code === 'QO.X01.01')!.id, 'dang_vien')).toBe(40);
    await expect.poll(() => cursor(page)).toBe('QO.X01.02:dang_vien');
    // 386 − 35 + 40, read again by the grid itself.
    await page.locator('[data-cell="QO.X01:dang_vien"]', { hasText: '391' }).waitFor();
    await expect.poll(() => page.getByText(`${units.length.toLocaleString('vi-VN')} đơn vị`).count()).toBe(1);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a block pasted across rows not yet fetched writes all of them; one undo brings every cell back', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    const db = session.db;
    const units = ordered(db);
    const start = 3;
    const count = ROWS_PER_PAGE * 2 + 17;
    expect(units.length).toBeGreaterThan(start + count);
    const block = units.slice(start, start + count);
    const before = block.map((u) => [getFigure(db, 2019, u.id, 'dang_vien'), getFigure(db, 2019, u.id, 'du_bi')]);
    await page.locator(`[data-cell="${units[start]!.code}:dang_vien"]`).click();
    // Only the first page is drawn: the block's last rows have not been fetched.
    expect(await page.locator(`[data-cell="${block.at(-1)!.code}:dang_vien"]`).count()).toBe(0);
    await paste(page, block.map((_u, i) => `${1000 + i}\t${i % 7}`).join('\r\n'));
    await page
      .getByRole('status')
      .filter({ hasText: `Đã lưu ${(count * 2).toLocaleString('vi-VN')} ô` })
      .waitFor();
    expect(block.map((u) => [getFigure(db, 2019, u.id, 'dang_vien'), getFigure(db, 2019, u.id, 'du_bi')])).toEqual(
      block.map((_u, i) => [1000 + i, i % 7]),
    );
    await page.locator(`[data-cell="${units[start]!.code}:dang_vien"]`, { hasText: '1.000' }).waitFor();

    await page.keyboard.press('Control+z');
    await page
      .getByRole('status')
      .filter({ hasText: `Đã hoàn tác ${(count * 2).toLocaleString('vi-VN')} ô` })
      .waitFor();
    expect(block.map((u) => [getFigure(db, 2019, u.id, 'dang_vien'), getFigure(db, 2019, u.id, 'du_bi')])).toEqual(before);

    // Scrolling to the end fetches the last rows; the cursor lands on the last unit.
    await page.keyboard.press('Control+End');
    await expect.poll(() => cursor(page)).toBe(`${units.at(-1)!.code}:dang_vien`);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a bad value, typed or in a pasted block, shows the Vietnamese reason and writes nothing', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    const db = session.db;
    const units = ordered(db);
    const first = units.find((u) => u.code === 'QO.X01.01')!;
    await page.locator('[data-cell="QO.X01.01:dang_vien"]').click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Chi bộ tổ dân phố 1 — Đảng viên: "-5" là số âm — số liệu không được âm. Chưa lưu gì');
    await expect.poll(() => page.locator('input.editor').getAttribute('aria-invalid')).toBe('true');
    // Still on the cell: Enter did not move on.
    await expect.poll(() => cursor(page)).toBe('QO.X01.01:dang_vien');
    await page.keyboard.press('Escape');
    expect(getFigure(db, 2019, first.id, 'dang_vien')).toBe(35);

    // One bad cell far below the rows fetched: the whole block is refused.
    const at = units.indexOf(first);
    const rows = ROWS_PER_PAGE + 20;
    const before = units.slice(at, at + rows).map((u) => getFigure(db, 2019, u.id, 'dang_vien'));
    await paste(page, Array.from({ length: rows }, (_x, i) => (i === rows - 1 ? 'ba' : String(500 + i))).join('\n'));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Không dán được — chưa lưu ô nào');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain(`${units[at + rows - 1]!.name} — Đảng viên: "ba" không phải là số.`);
    expect(units.slice(at, at + rows).map((u) => getFigure(db, 2019, u.id, 'dang_vien'))).toEqual(before);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
