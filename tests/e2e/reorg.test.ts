/**
 * The 2025 reorganizations in the UI (Chromium, real web server, fresh demo copy per test): merge two
 * communes with everything under them and undo it, share a commune's cells, make a cell chi bộ cơ sở,
 * and the Compare screen on today's basis — also on the commune demo (xã Quốc Oai, 2019 → 2026).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { openApp, screenshot, staticDir, startHarness, type App, type Harness } from './harness.ts';
import { findUnitIdByCode, getUnit, listUnits, listYears } from '../../db/units.ts';
import { openDatabase } from '../../db/open.ts';
import { getSettings } from '../../settings/store.ts';
import { createSession } from '../../api/session.ts';
import { startWebServer } from '../../web/server.ts';
import { buildCommuneDemo } from '../../demo/commune.ts';

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

const children = (a: App, year: number, code: string) => {
  const id = findUnitIdByCode(a.session.db, code)!;
  return listUnits(a.session.db, year).filter((u) => u.parentId === id);
};

describe('Sắp xếp tổ chức', () => {
  test('merges two communes with all their cells in one step, renumbered, then undoes it', async () => {
    app = await openApp(h, { hash: '#/to-chuc' });
    const page = app.page;
    const before = children(app, 2019, 'QO.X15').length + children(app, 2019, 'QO.X21').length;
    // The tree is virtualized: the search brings each commune into view; ticks stay when it changes.
    await page.getByLabel('Tìm').fill('phuong cach');
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Phượng Cách để sáp nhập' }).check();
    await page.getByLabel('Tìm').fill('yen son');
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Yên Sơn để sáp nhập' }).check();
    await page.getByLabel('Tìm').fill('');
    const panel = page.getByTestId('merge-panel');
    await panel.getByLabel('Tên đơn vị mới').fill('Đảng bộ xã Phượng Sơn');
    await panel.getByLabel('Ngày có hiệu lực').fill('2019-10-01');
    await panel.getByLabel('Đánh lại mã các đơn vị trực thuộc theo đơn vị mới').check();
    await panel.getByRole('button', { name: 'Sáp nhập' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã sáp nhập 2 đơn vị thành "Đảng bộ xã Phượng Sơn"' }).waitFor();
    const merged = listUnits(app.session.db, 2019).find((u) => u.name === 'Đảng bộ xã Phượng Sơn')!;
    const cells = listUnits(app.session.db, 2019).filter((u) => u.parentId === merged.id);
    expect(cells).toHaveLength(before);
    expect(cells.every((c) => c.code.startsWith(`${merged.code}.`))).toBe(true);
    expect(findUnitIdByCode(app.session.db, 'QO.X15.01')).toBeUndefined();

    const changes = page.getByTestId('org-changes');
    await changes.getByText('01/10/2019: Sáp nhập Đảng bộ xã Phượng Cách, Đảng bộ xã Yên Sơn thành Đảng bộ xã Phượng Sơn').waitFor();
    await screenshot(page, 'to-chuc-sap-xep');
    await changes.getByRole('button', { name: 'Hoàn tác' }).last().click();
    await page.getByRole('status').filter({ hasText: 'Đã hoàn tác' }).waitFor();
    expect(children(app, 2019, 'QO.X15').length + children(app, 2019, 'QO.X21').length).toBe(before);
    expect(findUnitIdByCode(app.session.db, 'QO.X15.01')).toBeDefined();
    expect(listUnits(app.session.db, 2019).some((u) => u.name === 'Đảng bộ xã Phượng Sơn')).toBe(false);
  });

  test("shares a commune's cells between a new and an existing commune, and makes a school cell chi bộ cơ sở", async () => {
    app = await openApp(h, { hash: '#/to-chuc' });
    const page = app.page;
    const kids = children(app, 2019, 'QO.X12');
    await page.getByLabel('Tìm').fill('ngoc my');
    await page.locator('[data-unit="QO.X12"]').getByRole('button').click();
    const split = page.getByTestId('split-cells');
    await split.getByLabel('Đơn vị mới (mỗi dòng một tên)').fill('Đảng bộ xã Ngọc Mỹ mới');
    for (const [i, k] of kids.entries()) {
      await split.getByLabel(`${k.name} về`).selectOption({ label: i === 0 ? 'Đảng bộ xã Ngọc Liệp' : 'Đảng bộ xã Ngọc Mỹ mới (mới)' });
    }
    await split.getByRole('button', { name: 'Chia tách' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã chia tách "Đảng bộ xã Ngọc Mỹ" cho 2 đơn vị' }).waitFor();
    expect(getUnit(app.session.db, 2019, kids[0]!.id)!.parentId).toBe(findUnitIdByCode(app.session.db, 'QO.X11'));
    const fresh = listUnits(app.session.db, 2019).find((u) => u.name === 'Đảng bộ xã Ngọc Mỹ mới')!;
    expect(listUnits(app.session.db, 2019).filter((u) => u.parentId === fresh.id)).toHaveLength(kids.length - 1);

    await page.getByLabel('Tìm').fill('QO.X16.TH');
    await page.locator('[data-unit="QO.X16.TH"]').getByRole('button').click();
    await page.getByTestId('unit-panel').getByRole('button', { name: 'Chuyển thành chi bộ cơ sở' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã chuyển "Chi bộ Trường học" thành chi bộ cơ sở' }).waitFor();
    expect(getUnit(app.session.db, 2019, findUnitIdByCode(app.session.db, 'QO.X16.TH')!)!.kind).toBe('baseCell');
    await page.locator('[data-testid="lineage"]', { hasText: 'Chuyển thành chi bộ cơ sở ngày 01/1/2019' }).waitFor();
  });

  test('ends the committee and founds its successor on one date, cells made chi bộ cơ sở, and undoes it', async () => {
    app = await openApp(h, { hash: '#/to-chuc' });
    const page = app.page;
    await page.locator('[data-unit="QO"]').getByRole('button').click();
    const form = page.getByTestId('succeed-committee');
    await form.getByLabel('Tên đảng bộ mới').fill('Đảng bộ xã Thử nghiệm');
    await form.getByLabel('Ngày có hiệu lực').fill('2019-07-01');
    await form.getByRole('button', { name: 'Thành lập' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thành lập "Đảng bộ xã Thử nghiệm" kế tiếp "Đảng bộ huyện Quốc Oai"' }).waitFor();
    const units = listUnits(app.session.db, 2019);
    const root = units.filter((u) => u.parentId === null);
    expect(root.map((u) => u.name)).toEqual(['Đảng bộ xã Thử nghiệm']);
    expect(units.filter((u) => u.kind === 'baseCommittee')).toEqual([]);
    expect(units.filter((u) => u.kind === 'baseCell')).toHaveLength(296);
    expect(units.every((u) => u.parentId === null || u.parentId === root[0]!.id)).toBe(true);
    await page.getByTestId('org-changes').getByRole('button', { name: 'Hoàn tác' }).last().click();
    await page.getByRole('status').filter({ hasText: 'Đã hoàn tác' }).waitFor();
    expect(listUnits(app.session.db, 2019).filter((u) => u.kind === 'baseCommittee')).toHaveLength(26);
    expect(listUnits(app.session.db, 2019).find((u) => u.parentId === null)!.code).toBe('QO');
  });

  test("makes a new committee's file from the ticked units, downloaded with its history", async () => {
    app = await openApp(h, { hash: '#/to-chuc' });
    const page = app.page;
    await page.getByLabel('Tìm').fill('thach than');
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Thạch Thán để sáp nhập' }).check();
    await page.getByLabel('Tìm').fill('sai son');
    await page.getByRole('checkbox', { name: 'Chọn Đảng bộ xã Sài Sơn để sáp nhập' }).check();
    const panel = page.getByTestId('derive-panel');
    await panel.getByLabel('Tên đảng bộ').fill('Đảng bộ xã Quốc Oai');
    await panel.getByLabel('Cấp').selectOption('xa');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Tạo tệp' }).click()]);
    expect(download.suggestedFilename()).toBe('dang-bo-xa-quoc-oai.sqlite');
    const path = join(h.dir, 'xa-tu-giao-dien.sqlite');
    await download.saveAs(path);
    const db = openDatabase(path);
    expect(getSettings(db)).toMatchObject({ level: 'xa', committeeName: 'Đảng bộ xã Quốc Oai', advisoryBody: 'Ban Xây dựng Đảng' });
    expect(listYears(db)).toEqual([2017, 2018, 2019]);
    const bases = listUnits(db, 2019)
      .filter((u) => u.kind === 'baseCommittee')
      .map((u) => u.name)
      .sort();
    expect(bases).toEqual(['Đảng bộ xã Sài Sơn', 'Đảng bộ xã Thạch Thán']);
    const src = app.session.db;
    const communes = [findUnitIdByCode(src, 'QO.X16'), findUnitIdByCode(src, 'QO.X19')];
    expect(listUnits(db, 2017).filter((u) => u.kind === 'cell')).toHaveLength(
      listUnits(src, 2017).filter((u) => communes.includes(u.parentId ?? -1)).length,
    );
    db.close();
    await page.getByRole('status').filter({ hasText: 'Đã tạo tệp dữ liệu của Đảng bộ xã Quốc Oai' }).waitFor();
  });

  test("the commune demo compares 2019 with 2026 on today's basis", async () => {
    const folder = join(h.dir, 'xa');
    mkdirSync(folder);
    const path = join(folder, 'xa-quoc-oai.sqlite');
    buildCommuneDemo(path);
    const session = createSession(path);
    const web = await startWebServer({ session, port: 0, staticDir });
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    app = {
      page,
      session,
      web,
      errors,
      async close() {
        await page.close();
        web.server.closeAllConnections();
        await web.close();
        session.db.close();
      },
    };
    await page.goto(`${web.url}#/so-sanh`);
    await page.getByRole('checkbox', { name: '2025' }).uncheck();
    await page.getByTestId('breakdown-picker').selectOption('loai-hinh');
    await page.getByTestId('compare-basis').getByLabel('Hiện nay (tính lại các năm trước)').check();
    await page.locator('[data-testid="compare"] caption', { hasText: 'theo cơ cấu tổ chức năm 2026, các năm trước tính lại' }).waitFor();
    const thon = page.locator('[data-testid="compare"] tbody tr', { has: page.locator('th', { hasText: /^Chi bộ thôn$/ }) });
    await expect.poll(async () => (await thon.locator('td').allTextContents()).at(-1), POLL).toBe('2025');
    await page.locator('p.note', { hasText: 'Năm 2019: 10 chi bộ' }).waitFor();
    await screenshot(page, 'so-sanh-co-cau-hien-nay');
    // Back to each year's own structure: 2019 has the old communes' chi bộ trực thuộc.
    await page.getByTestId('compare-basis').getByLabel('Của từng năm').check();
    await page.locator('[data-testid="compare"] caption', { hasText: 'theo cơ cấu tổ chức của từng năm' }).waitFor();
  });
});
