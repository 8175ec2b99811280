/**
 * The UI end to end in Debian's Chromium against the real web server and a fresh copy of the demo database
 * per test: what the user sees is checked on the page, what got saved is checked in the SQLite file.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { openApp, screenshot, startHarness, type App, type Harness } from './harness.ts';
import { getFigure } from '../../db/figures.ts';
import { getSettings } from '../../settings/store.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { dispatch } from '../../api/dispatch.ts';
import { createCtx } from '../../api/session.ts';

/** Reads of the page are retried until they match, as the screens load their data asynchronously. */
const POLL = { timeout: 10_000, interval: 50 };

let h: Harness;
let app: App | undefined;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  const errors = app?.errors ?? [];
  await app?.close();
  app = undefined;
  expect(errors, 'lỗi JavaScript trên trang').toEqual([]);
});

const templateVersions = async (a: App) =>
  (await dispatch(createCtx(a.session, { kind: 'cli' }), 'templates.get', { code: 'de-an' })).versions.length;
const unit = (a: App, code: string) => findUnitIdByCode(a.session.db, code)!;
const figure = (a: App, code: string, ind: string, year = 2019) => getFigure(a.session.db, year, unit(a, code), ind);
const breakdownRow = (a: App, testId: string, label: string) =>
  a.page.locator(`[data-testid="${testId}"] tr`, { has: a.page.locator('th', { hasText: label }) }).first();

async function pasteInto(a: App, text: string) {
  await a.page.locator('[data-testid="figure-grid"]').evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

describe('Tổng quan', () => {
  test('reads the 2019 breakdown with the correct 85,44% and measures the time to the first breakdown', async () => {
    app = await openApp(h, { navigate: false });
    const t0 = performance.now();
    await app.page.goto(app.web.url);
    await app.page.locator('[data-testid="breakdown"] td', { hasText: '85,44%' }).waitFor();
    const ms = performance.now() - t0;
    console.log(`Thời gian từ lúc điều hướng đến khi bảng phân tổ đầu tiên hiện ra (chế độ web): ${ms.toFixed(0)} ms`);

    const row = breakdownRow(app, 'breakdown', 'Chi bộ trực thuộc đảng bộ xã, thị trấn');
    await expect.poll(() => row.locator('td').allTextContents(), POLL).toEqual(['221', '6.067', '85,44%']);
    await expect
      .poll(() => breakdownRow(app!, 'breakdown', 'Chi bộ trực thuộc đảng bộ khối cơ quan').locator('td').allTextContents(), POLL)
      .toEqual(['45', '474', '6,68%']);
    await expect
      .poll(() => app!.page.locator('[data-testid="breakdown"] tfoot td').allTextContents(), POLL)
      .toEqual(['296', '7.101', '100%']);
    await expect.poll(() => app!.page.locator('[data-testid="headline"]').textContent(), POLL).toContain('Tổ chức cơ sở đảng44');
    await app.page.locator('[data-testid="breakdown-chart"] canvas').waitFor();
    await screenshot(app.page, 'tong-quan');

    // Every breakdown the picker offers renders, with its total row.
    const ids = await app.page
      .getByTestId('breakdown-picker')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) {
      const name = await app.page.getByTestId('breakdown-picker').locator(`option[value="${id}"]`).textContent();
      await app.page.getByTestId('breakdown-picker').selectOption(id);
      await app.page.locator('[data-testid="breakdown"] caption', { hasText: `${name} — năm 2019` }).waitFor();
      await expect.poll(() => app!.page.locator('[data-testid="breakdown"] tfoot td').last().textContent(), POLL).toBe('100%');
    }
    await app.page.getByTestId('breakdown-picker').selectOption('nhom-chi-bo');

    // Another year through the picker.
    await app.page.locator('[data-testid="year"]').selectOption('2017');
    await app.page.locator('[data-testid="breakdown"] caption', { hasText: 'năm 2017' }).waitFor();
    await expect.poll(() => app!.page.locator('[data-testid="breakdown"] tfoot td').nth(1).textContent(), POLL).toBe('6.769');
  });

  test('first run on an empty file offers the demo and loads it', async () => {
    app = await openApp(h, { empty: true });
    await app.page.locator('[data-testid="welcome"]').waitFor();
    await screenshot(app.page, 'lan-dau');
    await app.page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await app.page.locator('[data-testid="breakdown"] td', { hasText: '85,44%' }).waitFor();
  });
});

describe('Số liệu', () => {
  test('editing a figure saves it and the breakdown beside the grid changes; undo brings it back', async () => {
    app = await openApp(h, { hash: '#/so-lieu' });
    const page = app.page;
    await page.locator('[data-cell="QO.X01.01:dang_vien"]').click();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    // Autosave, then the breakdown re-reads: 6.067 − 35 + 40 = 6.072.
    await breakdownRow(app, 'grid-breakdown', 'xã, thị trấn').locator('td', { hasText: '6.072' }).waitFor();
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(40);
    await expect.poll(() => breakdownRow(app!, 'grid-breakdown', 'xã, thị trấn').locator('td').nth(2).textContent(), POLL).toBe('85,45%');
    // Enter moved the cursor down; Tab moves right.
    await expect
      .poll(() => page.locator('[data-testid="figure-grid"] [aria-selected="true"]').getAttribute('data-cell'), POLL)
      .toBe('QO.X01.02:dang_vien');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('[data-testid="figure-grid"] [aria-selected="true"]').getAttribute('data-cell'), POLL)
      .toBe('QO.X01.02:du_bi');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('[data-testid="figure-grid"] [aria-selected="true"]').getAttribute('data-cell'), POLL)
      .toBe('QO.X01.01:dang_vien');
    // The parent row shows the new sum without a reload.
    await page.locator('[data-cell="QO.X01:dang_vien"]', { hasText: '391' }).waitFor();
    await screenshot(page, 'so-lieu');

    await page.keyboard.press('Control+z');
    await breakdownRow(app, 'grid-breakdown', 'xã, thị trấn').locator('td', { hasText: '6.067' }).waitFor();
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(35);
    await page.keyboard.press('Control+y');
    await breakdownRow(app, 'grid-breakdown', 'xã, thị trấn').locator('td', { hasText: '6.072' }).waitFor();
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(40);

    // And the Tổng quan screen shows the same new figure.
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await breakdownRow(app, 'breakdown', 'xã, thị trấn').locator('td', { hasText: '6.072' }).waitFor();
  });

  test('pasting a 3×3 block from Excel saves nine figures at once', async () => {
    app = await openApp(h, { hash: '#/so-lieu' });
    await app.page.locator('[data-cell="QO.X01.01:dang_vien"]').click();
    await pasteInto(app, '50\t3\t20\r\n60\t4\t25\r\n70\t5\t30\r\n');
    // 6.067 − (35 + 45 + 43) + (50 + 60 + 70) = 6.124
    await breakdownRow(app, 'grid-breakdown', 'xã, thị trấn').locator('td', { hasText: '6.124' }).waitFor();
    const got = ['QO.X01.01', 'QO.X01.02', 'QO.X01.03'].map((c) => ['dang_vien', 'du_bi', 'nu'].map((i) => figure(app!, c, i)));
    expect(got).toEqual([
      [50, 3, 20],
      [60, 4, 25],
      [70, 5, 30],
    ]);
    await app.page.locator('[data-cell="QO.X01.03:nu"]', { hasText: '30' }).waitFor();
    await expect.poll(() => app!.page.getByRole('status').first().textContent(), POLL).toContain('Đã lưu 9 ô');
  });

  test('a block chosen with Shift+arrows is copied as TSV, summed, cleared at once and brought back with one undo', async () => {
    app = await openApp(h, { hash: '#/so-lieu' });
    const page = app.page;
    await page.locator('[data-cell="QO.X01.01:dang_vien"]').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.cell.selected').count(), POLL).toBe(4);
    await expect.poll(() => page.getByTestId('grid-position').textContent(), POLL).toContain('vùng chọn 4 ô, tổng 84');
    const copied = await page.getByTestId('figure-grid').evaluate((el) => {
      const dt = new DataTransfer();
      el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
      return dt.getData('text/plain');
    });
    expect(copied).toBe('35\t2\r\n45\t2');
    await page.keyboard.press('Delete');
    await page.getByRole('status').filter({ hasText: 'Đã lưu 4 ô' }).waitFor();
    expect([figure(app, 'QO.X01.01', 'dang_vien'), figure(app, 'QO.X01.02', 'du_bi')]).toEqual([null, null]);
    await page.keyboard.press('Control+z');
    await page.getByRole('status').filter({ hasText: 'Đã hoàn tác 4 ô' }).waitFor();
    expect([
      figure(app, 'QO.X01.01', 'dang_vien'),
      figure(app, 'QO.X01.01', 'du_bi'),
      figure(app, 'QO.X01.02', 'dang_vien'),
      figure(app, 'QO.X01.02', 'du_bi'),
    ]).toEqual([35, 2, 45, 2]);
  });

  test('a bad value shows a Vietnamese message and saves nothing', async () => {
    app = await openApp(h, { hash: '#/so-lieu' });
    const page = app.page;
    await page.locator('[data-cell="QO.X01.01:dang_vien"]').click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), POLL)
      .toMatch(/Chi bộ tổ dân phố 1 — Đảng viên: "-5" là số âm — số liệu không được âm\. Chưa lưu gì/);
    await expect.poll(() => page.locator('input.editor').getAttribute('aria-invalid'), POLL).toBe('true');
    await screenshot(page, 'so-lieu-loi');
    await page.keyboard.press('Escape');
    await page.keyboard.type('12,5');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent(), POLL).toContain('"12,5" không phải số nguyên');
    await page.keyboard.press('Escape');
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(35);

    // A block with one bad cell is refused whole.
    await pasteInto(app, '50\t3\r\n60\tba\r\n');
    await expect.poll(() => page.getByRole('alert').first().textContent(), POLL).toContain('Không dán được — chưa lưu ô nào');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), POLL)
      .toContain('Chi bộ tổ dân phố 2 — Đảng viên dự bị: "ba" không phải là số.');
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(35);
    expect(figure(app, 'QO.X01.02', 'du_bi')).toBe(2);
    await expect.poll(() => breakdownRow(app!, 'grid-breakdown', 'xã, thị trấn').locator('td').nth(1).textContent(), POLL).toBe('6.067');
  });

  test('a warning on Tổng quan links to the cell to fix', async () => {
    app = await openApp(h, { hash: '#/so-lieu' });
    const page = app.page;
    // A parent figure entered by hand that disagrees with its cells.
    await page.locator('[data-cell="QO.X01:dang_vien"]').click();
    await page.keyboard.type('400');
    await page.keyboard.press('Enter');
    await page.locator('[data-cell="QO.X01:dang_vien"][aria-invalid="true"]').waitFor();
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    const warning = page.locator('[data-testid="warnings"] li', { hasText: 'Đảng bộ thị trấn Quốc Oai' });
    await expect.poll(() => warning.textContent(), POLL).toContain('nhập 400 nhưng tổng các đơn vị trực thuộc là 386');
    await screenshot(page, 'tong-quan-canh-bao');
    await warning.getByRole('link', { name: 'Sửa' }).click();
    await expect
      .poll(() => page.locator('[data-testid="figure-grid"] [aria-selected="true"]').getAttribute('data-cell'), POLL)
      .toBe('QO.X01:dang_vien');
  });
});

describe('Tổ chức và So sánh', () => {
  test('merging two units keeps their history: years compare across the merge', async () => {
    app = await openApp(h, { hash: '#/to-chuc' });
    const page = app.page;
    // Base committees merge with everything under them in one step (tests/e2e/reorg.test.ts does it); the panel says so.
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Cấn Hữu để sáp nhập' }).check();
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Cộng Hòa để sáp nhập' }).check();
    await page.locator('[data-testid="merge-panel"]', { hasText: 'Mọi đơn vị trực thuộc chuyển về đơn vị mới' }).waitFor();
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Cấn Hữu để sáp nhập' }).uncheck();
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Cộng Hòa để sáp nhập' }).uncheck();

    // The tree is virtualized: the search (without diacritics) brings far units into view; ticks stay when the search changes.
    await page.getByLabel('Tìm').fill('trung tam y te');
    await page.getByRole('checkbox', { name: 'Chọn Chi bộ Trung tâm Y tế huyện để sáp nhập' }).check();
    await page.getByLabel('Tìm').fill('benh vien');
    await page.getByRole('checkbox', { name: 'Chọn Chi bộ Bệnh viện đa khoa huyện để sáp nhập' }).check();
    await page.getByLabel('Tìm').fill('');
    const panel = page.locator('[data-testid="merge-panel"]');
    await panel.getByLabel('Tên đơn vị mới').fill('Chi bộ Trung tâm Y tế huyện (hợp nhất)');
    await panel.getByRole('button', { name: 'Sáp nhập' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã sáp nhập 2 đơn vị' }).waitFor();
    await page.locator('[data-testid="lineage"]', { hasText: 'Sáp nhập ngày 01/1/2019' }).waitFor();
    await page.getByLabel('Tìm').fill('y te huyen');
    await page.locator('[data-testid="org-tree"] [data-unit]', { hasText: 'Chi bộ Trung tâm Y tế huyện (hợp nhất)' }).waitFor();
    await screenshot(page, 'to-chuc');

    await page.getByRole('link', { name: 'So sánh' }).click();
    const row = page.locator('[data-testid="compare-units"] tr', { hasText: 'Chi bộ Trung tâm Y tế huyện (hợp nhất)' });
    // 2017: 29 + 17, 2018: 30 + 17, 2019 merged: 31 + 18.
    await expect.poll(() => row.locator('td.num').allTextContents(), POLL).toEqual(['46', '47', '49']);
    await expect.poll(() => row.textContent(), POLL).toContain('Sáp nhập năm 2019');
    // The breakdown across years: one chi bộ cơ sở fewer in 2019, the same members.
    const cb = page.locator('[data-testid="compare"] tbody tr', { has: page.locator('th', { hasText: /^Chi bộ cơ sở$/ }) });
    await expect
      .poll(() => cb.locator('td').allTextContents(), POLL)
      .toEqual(['18', '426', '6,29%', '18', '435', '6,28%', '0', '+9', '−0,01 điểm %', '17', '446', '6,28%', '−1', '+11', '0,00 điểm %']);
    await expect.poll(() => page.locator('[data-testid="compare"] tfoot td').allTextContents(), POLL).toContain('7.101');
    await page.locator('[data-testid="compare-chart"] canvas').waitFor();
    await screenshot(page, 'so-sanh');
    // Fewer years and another breakdown: table and chart follow.
    await page.getByRole('checkbox', { name: '2017' }).uncheck();
    await page.getByTestId('breakdown-picker').selectOption('loai-hinh');
    await page.locator('[data-testid="compare"] caption', { hasText: 'Chi bộ theo loại hình: 2018, 2019' }).waitFor();
    await page.getByRole('checkbox', { name: '2018' }).uncheck();
    await page.getByRole('alert').filter({ hasText: 'Hãy chọn từ 2 đến 10 năm để so sánh.' }).waitFor();
  });

  test('rename, start the next year from this one, split and dissolve, with Vietnamese confirmations', async () => {
    app = await openApp(h, { hash: '#/to-chuc' });
    const page = app.page;
    const ctx = createCtx(app.session, { kind: 'cli' });
    const names = async (year: number) => (await dispatch(ctx, 'units.list', { year })).map((u) => u.name);
    await page.getByLabel('Tìm').fill('to dan pho 1');
    await page.locator('[data-unit="QO.X01.01"]').getByRole('button').click();
    const panel = page.getByTestId('unit-panel');
    await panel.getByLabel('Tên mới').fill('Chi bộ tổ dân phố Một');
    await panel.getByRole('button', { name: 'Đổi tên' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đổi tên thành "Chi bộ tổ dân phố Một"' }).waitFor();
    expect(await names(2019)).toContain('Chi bộ tổ dân phố Một');

    await page.getByRole('button', { name: 'Bắt đầu năm 2020 từ cơ cấu năm 2019' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã tạo cơ cấu năm 2020 từ năm 2019' }).waitFor();
    await expect.poll(() => page.getByTestId('year').inputValue(), POLL).toBe('2020');
    expect((await names(2020)).length).toBe((await names(2019)).length);

    await page.getByLabel('Tìm').fill('to dan pho 2');
    await page.locator('[data-unit="QO.X01.02"]').getByRole('button').click();
    await panel.getByLabel('Chia tách thành (mỗi dòng một tên)').fill('Chi bộ tổ dân phố 2A\nChi bộ tổ dân phố 2B');
    await panel.getByRole('button', { name: 'Chia tách' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã chia tách thành 2 đơn vị' }).waitFor();
    expect(await names(2020)).toEqual(expect.arrayContaining(['Chi bộ tổ dân phố 2A', 'Chi bộ tổ dân phố 2B']));
    expect(await names(2020)).not.toContain('Chi bộ tổ dân phố 2');
    expect(await names(2019)).toContain('Chi bộ tổ dân phố 2');

    // The keyboard moves through the tree: from "Một", Down is the next unit (2 is gone in 2020), Up comes back.
    await page.getByLabel('Tìm').fill('to dan pho');
    await page.locator('[data-unit="QO.X01.01"]').getByRole('button').click();
    await page.getByTestId('org-tree').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => panel.locator('h2').textContent(), POLL).toBe('Chi bộ tổ dân phố 3');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => panel.locator('h2').textContent(), POLL).toBe('Chi bộ tổ dân phố Một');
    await page.keyboard.press('ArrowDown');
    await panel.getByRole('button', { name: 'Giải thể…' }).click();
    await panel.getByRole('button', { name: 'Xác nhận giải thể' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã giải thể "Chi bộ tổ dân phố 3"' }).waitFor();
    expect(await names(2020)).not.toContain('Chi bộ tổ dân phố 3');
  });

  test('the comparison exports to an .xlsx with the same figures', async () => {
    app = await openApp(h, { hash: '#/so-sanh' });
    const page = app.page;
    await page.locator('[data-testid="compare"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('so-sanh-2017-2018-2019.xlsx');
    const path = join(h.dir, 'so-sanh.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const xa = rows.find((r) => r[0] === 'Chi bộ trực thuộc đảng bộ xã, thị trấn')!;
    // 2017: 222 chi bộ, 5.770 đảng viên, 85,24%; 2019: 221, 6.067, 85,44% — the shares as displayed.
    expect(xa.slice(1, 3)).toEqual([222, 5770]);
    expect(xa[3]).toBeCloseTo(0.8524, 10);
    expect(xa).toContain(6067);
    expect(xa.some((v) => typeof v === 'number' && Math.abs(v - 0.8544) < 1e-10)).toBe(true);
    expect(rows.find((r) => r[0] === 'Tổng')).toContain(7101);
  });
});

describe('Cài đặt', () => {
  test('settings are saved to the database', async () => {
    app = await openApp(h, { hash: '#/cai-dat' });
    const page = app.page;
    await page.getByLabel('Địa danh (ghi ở dòng ngày tháng)').fill('Thị trấn Quốc Oai');
    await page.getByLabel('Lề trái (mm)').fill('35');
    // The profile's words and the terms document numbers restart in.
    await page.getByLabel('Cấp của cấp ủy').selectOption('xa');
    await page.getByLabel(/^Tên gọi trong câu văn/).fill('Đảng ủy xã');
    await page.getByLabel(/^Cơ quan tham mưu/).fill('Ban Xây dựng Đảng');
    await page.getByRole('button', { name: 'Thêm nhiệm kỳ' }).click();
    await page.getByLabel('Tên nhiệm kỳ 1').fill('2025 - 2030');
    await page.getByLabel('Nhiệm kỳ 1 từ năm').fill('2025');
    await page.getByLabel('Nhiệm kỳ 1 đến năm').fill('2030');
    // A second term added and taken away again: only the first is saved.
    await page.getByRole('button', { name: 'Thêm nhiệm kỳ' }).click();
    await expect.poll(() => page.getByLabel('Tên nhiệm kỳ 2').inputValue()).toBe('2030 - 2035');
    await page.getByLabel('Tên nhiệm kỳ 2').locator('xpath=ancestor::tr').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => page.getByLabel('Tên nhiệm kỳ 2').count()).toBe(0);
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt' }).waitFor();
    const s = getSettings(app.session.db);
    expect(s.place).toBe('Thị trấn Quốc Oai');
    expect(s.format.marginLeftMm).toBe(35);
    expect([s.level, s.shortName, s.advisoryBody]).toEqual(['xa', 'Đảng ủy xã', 'Ban Xây dựng Đảng']);
    expect(s.terms).toEqual([{ name: '2025 - 2030', startYear: 2025, endYear: 2030 }]);
    await page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'cai-dat');
  });
});

describe('Báo cáo', () => {
  test('a report is previewed, then downloaded as a valid .docx with the right figures, and kept in the history', async () => {
    app = await openApp(h, { hash: '#/bao-cao' });
    const page = app.page;
    await page.getByTestId('report-kind').selectOption('de-an');
    await page.getByLabel(/^Số văn bản/).fill('12');
    await page.getByLabel('Ngày ban hành').fill('2019-03-15');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByTestId('report-preview').getByText('chiếm 85,44%', { exact: false }).first().waitFor();
    await expect.poll(() => page.getByTestId('report-preview').textContent(), POLL).toContain('Số 12-ĐA/HU');
    await screenshot(page, 'bao-cao');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về .docx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = join(h.dir, download.suggestedFilename());
    await download.saveAs(path);
    // A real Word reader opens it: python-docx (Debian's, hence /usr/bin/python3).
    const text = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys, docx\nd = docx.Document(sys.argv[1])\nprint("\\n".join(p.text for p in d.paragraphs))\nfor t in d.tables:\n  for r in t.rows: print("|".join(c.text for c in r.cells))',
        path,
      ],
      { encoding: 'utf8' },
    );
    expect(text).toContain('Số 12-ĐA/HU');
    expect(text).toContain('ngày 15 tháng 3 năm 2019');
    expect(text).toContain('221 chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên, chiếm 85,44%');
    expect(text).toContain('18 chi bộ cơ sở với 446 đảng viên, chiếm 6,28%');
    expect(text).not.toContain('85,54%');
    await page.getByRole('status').filter({ hasText: 'Số 12-ĐA/HU' }).waitFor();

    await page.getByRole('tab', { name: 'Văn bản đã xuất' }).click();
    await expect.poll(() => page.getByTestId('report-history').locator('tbody tr').first().textContent(), POLL).toContain('12-ĐA/HU');
    await screenshot(page, 'bao-cao-lich-su');
  });

  test('every kind of document previews, the conference report with its comparison years', async () => {
    app = await openApp(h, { hash: '#/bao-cao' });
    const page = app.page;
    for (const [kind, title] of [
      ['bao-cao-hoi-nghi', /^BÁO CÁO$/],
      ['ket-luan', /^(THÔNG BÁO )?KẾT LUẬN$/],
      ['bao-cao-xep-loai', /^BÁO CÁO$/],
      ['de-an', /^ĐỀ ÁN$/],
    ] as const) {
      await page.getByTestId('report-kind').selectOption(kind);
      if (kind === 'bao-cao-hoi-nghi') await expect.poll(() => page.getByRole('checkbox', { name: '2018' }).isChecked(), POLL).toBe(true);
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await page.getByTestId('report-preview').getByText(title).first().waitFor();
      await page.getByRole('status').filter({ hasText: 'Bản xem trước' }).waitFor();
    }
    // Previews are not recorded.
    expect(await dispatch(createCtx(app.session, { kind: 'cli' }), 'reports.history', {})).toEqual([]);
  });

  test('the template editor shows problems by line in Vietnamese and saves nothing wrong', async () => {
    app = await openApp(h, { hash: '#/bao-cao?tab=mau' });
    const page = app.page;
    const body = page.getByLabel('Nội dung mẫu');
    await expect.poll(() => body.inputValue()).toContain('{{ten-dang-bo}}');
    const before = await body.inputValue();
    await body.fill(`${before}\n{{khong_co_truong}}\n`);
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await expect
      .poll(() => page.getByTestId('template-problems').textContent(), POLL)
      .toMatch(/Dòng \d+: không có trường "\{\{khong_co_truong\}\}"/);
    await screenshot(page, 'bao-cao-mau');
    // Still only the built-in version.
    expect(await templateVersions(app)).toBe(1);
  });
});

describe('Chỉ tiêu', () => {
  test('targets of the seed plan for 2019, with the units that fall short', async () => {
    app = await openApp(h, { hash: '#/chi-tieu' });
    const page = app.page;
    const row = page.getByTestId('targets').locator('tbody tr', { hasText: '80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên' }).first();
    await expect.poll(() => row.locator('td').nth(2).textContent(), POLL).toContain('80,45%144/179');
    await expect.poll(() => row.locator('td').nth(3).textContent(), POLL).toBe('Đạt');
    const short = page.getByTestId('targets').locator('tbody tr', { hasText: '100% đội ngũ cấp ủy chi bộ hoàn thành tốt' }).first();
    await expect.poll(() => short.locator('td').nth(3).textContent(), POLL).toBe('Chưa đạtthiếu 26');
    await short.click();
    const failing = page.getByTestId('target-failing');
    await expect.poll(() => failing.textContent(), POLL).toContain('96,43% (703/729 cấp ủy viên)');
    await expect.poll(() => failing.locator('tbody tr').count(), POLL).toBe(26);
    await screenshot(page, 'chi-tieu');
    // 437 members fall short of "chuyên môn và lý luận từ trung cấp": the evaluation carries the first 50, the panel pages through all of them.
    await page.getByTestId('targets').locator('tbody tr', { hasText: '70% có trình độ chuyên môn và trình độ lý luận' }).first().click();
    await expect.poll(() => failing.textContent(), POLL).toContain('437 trường hợp chưa đạt, đang xem 1–100');
    await expect.poll(() => failing.locator('tbody tr').count(), POLL).toBe(100);
    const first = await failing.locator('tbody tr').first().textContent();
    const next = page.getByRole('button', { name: 'Trang sau' });
    for (let k = 0; k < 4; k++) await next.click();
    await expect.poll(() => failing.textContent(), POLL).toContain('đang xem 401–437');
    await expect.poll(() => failing.locator('tbody tr').count(), POLL).toBe(37);
    expect(await next.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await expect.poll(() => failing.textContent(), POLL).toContain('đang xem 301–400');
    expect(await failing.locator('tbody tr').first().textContent()).not.toBe(first);
  });
});

describe('Kiểm tra số liệu và sao lưu', () => {
  test('the draft-check screen opens; a backup is made from Cài đặt and restored', async () => {
    app = await openApp(h, { hash: '#/kiem-tra' });
    await app.page.locator('.screen').first().waitFor();
    // The seed article's sentence with its wrong share, as a user would paste it.
    await app.page
      .getByRole('textbox')
      .first()
      .fill(
        'Toàn Đảng bộ có 221 chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên, chiếm 85,54%; 45 chi bộ trực thuộc đảng bộ khối cơ quan với 474 đảng viên, chiếm 6.65%.',
      );
    await app.page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await app.page.getByRole('status').filter({ hasText: 'đã kiểm tra' }).waitFor();
    await screenshot(app.page, 'kiem-tra');
    await app.page.goto(`${app.web.url}#/cai-dat`);
    await app.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Đã sao lưu vào' }).waitFor();
    const text = await app.page.getByRole('status').filter({ hasText: 'Đã sao lưu vào' }).textContent();
    const path = /Đã sao lưu vào (.+\.sqlite) \(/.exec(text ?? '')?.[1];
    expect(path && existsSync(path)).toBe(true);

    // A figure changed after the backup comes back when the backup is restored.
    await dispatch(createCtx(app.session, { kind: 'cli' }), 'figures.set', {
      year: 2019,
      changes: [{ unitId: unit(app, 'QO.X01.01'), indicator: 'dang_vien', value: 99 }],
    });
    const item = app.page.getByTestId('backup').locator('li', { hasText: 'theo-yeu-cau' }).first();
    await item.getByRole('button', { name: 'Khôi phục…' }).click();
    await item.getByRole('button', { name: 'Xác nhận khôi phục' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Đã khôi phục từ' }).waitFor();
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(35);
    await screenshot(app.page, 'cai-dat-sao-luu');
  });
});

describe('Quy mô lớn', () => {
  test('5.000 units: the grid draws only the rows in view, Ctrl+End reaches the last unit and an edit there is saved', async () => {
    app = await openApp(h, { empty: true, navigate: false });
    const ctx = createCtx(app.session, { kind: 'cli' });
    const made = await dispatch(ctx, 'synth.province', { units: 5000, members: 100000, years: 1 });
    const year = made.years[0]!.year;
    const t0 = performance.now();
    await app.page.goto(`${app.web.url}#/so-lieu`);
    await app.page.locator('[data-testid="figure-grid"] [role="row"][aria-rowindex]').first().waitFor();
    console.log(`Số liệu, 5.000 đơn vị: bảng hiện ra sau ${(performance.now() - t0).toFixed(0)} ms`);
    await app.page.getByText('5.000 đơn vị').waitFor();
    const drawn = await app.page.locator('[data-testid="figure-grid"] [role="row"][aria-rowindex]').count();
    expect(drawn).toBeLessThan(80);
    await app.page.locator('[data-testid="figure-grid"] [role="gridcell"]').first().click();
    await app.page.keyboard.press('Control+End');
    const grid = await dispatch(ctx, 'figures.grid', { year });
    const last = grid.rows.at(-1)!;
    const cell = app.page.locator(`[data-cell="${last.code}:dang_vien"]`);
    await expect.poll(() => cell.getAttribute('aria-selected'), POLL).toBe('true');
    await app.page.keyboard.type('777');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('status').filter({ hasText: 'Đã lưu 1 ô' }).waitFor();
    expect(getFigure(app.session.db, year, last.unitId, 'dang_vien')).toBe(777);
  });
});

describe('Nhập số liệu từ Excel', () => {
  test('the downloaded template, filled in Excel, is previewed (old → new) and written at once; a bad file writes nothing', async () => {
    app = await openApp(h, { hash: '#/so-lieu' });
    const page = app.page;
    await page.getByRole('button', { name: 'Nhập từ Excel…' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải mẫu nhập (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('nhap-so-lieu-2019.xlsx');
    const path = join(h.dir, 'nhap.xlsx');
    await download.saveAs(path);

    // What an officer does in Excel: find the cell's row by its unit code, type the new figure.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((r, n) => {
      if (!header && r.values && (r.values as unknown[]).includes('Mã đơn vị')) header = n;
    });
    const heads = ws.getRow(header).values as unknown[];
    const codeCol = heads.indexOf('Mã đơn vị'),
      dvCol = heads.indexOf('Đảng viên');
    ws.eachRow((r) => {
      if (r.getCell(codeCol).value === 'QO.X01.01') r.getCell(dvCol).value = 36;
    });
    const good = join(h.dir, 'da-dien.xlsx');
    await wb.xlsx.writeFile(good);

    await page.locator('[data-testid="figures-import"] input[type="file"]').setInputFiles(good);
    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.locator('p').first().textContent(), POLL).toContain('1 thay đổi');
    await expect
      .poll(() => preview.locator('tbody tr').first().locator('td').allTextContents(), POLL)
      .toEqual(['Chi bộ tổ dân phố 1', 'Đảng viên', '35', '36']);
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(35);
    await screenshot(page, 'so-lieu-nhap');
    await preview.getByRole('button', { name: 'Ghi 1 thay đổi' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi 1 số liệu năm 2019' }).waitFor();
    expect(figure(app, 'QO.X01.01', 'dang_vien')).toBe(36);
    await breakdownRow(app, 'grid-breakdown', 'xã, thị trấn').locator('td', { hasText: '6.068' }).waitFor();
    await page.locator('[data-cell="QO.X01.01:dang_vien"]', { hasText: '36' }).waitFor();

    ws.eachRow((r) => {
      if (r.getCell(codeCol).value === 'QO.X01.02') r.getCell(dvCol).value = -3;
    });
    const bad = join(h.dir, 'sai.xlsx');
    await wb.xlsx.writeFile(bad);
    await page.locator('[data-testid="figures-import"] input[type="file"]').setInputFiles(bad);
    await expect.poll(() => page.getByTestId('import-errors').textContent(), POLL).toContain('chưa ghi gì');
    expect(figure(app, 'QO.X01.02', 'dang_vien')).toBe(45);
  });
});
