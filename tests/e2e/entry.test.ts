/**
 * The entry pieces on their own, in Chromium on a copy of the demo (2019, rated under 132-QĐ/TW): the rating
 * grid (typing, pasting, locked cells, refusals that save nothing) and the plan editor (copy, edit a target
 * with its live preview, delete).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { openApp, screenshot, startHarness, type App, type Harness } from './harness.ts';
import { dispatch } from '../../api/dispatch.ts';
import { createCtx } from '../../api/session.ts';

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

const call = (a: App, m: string, input: unknown): Promise<any> =>
  dispatch(createCtx(a.session, { kind: 'cli' }), m as never, input as never);
const rating = async (a: App, code: string) =>
  ((await call(a, 'ratings.list', { year: 2019 })).rows as { code: string; level: string | null; memberCounts: unknown }[]).find(
    (r) => r.code === code,
  )!;

async function paste(a: App, testId: string, text: string) {
  await a.page.getByTestId(testId).evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

describe('Bảng xếp loại', () => {
  test('typed and pasted ratings are a draft until saved; a bad word, a locked cell or too many members save nothing', async () => {
    app = await openApp(h, { hash: '#/so-lieu?tab=xep-loai' });
    const { page } = app;
    await expect.poll(() => page.getByTestId('ratings-entry').textContent(), POLL).toContain('132-QĐ/TW');
    // What is stored shows under its short name; the committee's row is read-only.
    await page.locator('[data-cell="QO.X01.01:level"]', { hasText: 'HTNV' }).waitFor();
    await expect.poll(() => page.locator('[data-cell="QO.X01.01:htt"]').textContent(), POLL).toBe('26');
    await expect.poll(() => page.locator('[data-cell="QO:level"]').getAttribute('aria-readonly'), POLL).toBe('true');

    // Typing: any case, the full name or the abbreviation.
    await page.locator('[data-cell="QO.X01.01:level"]').click();
    await page.keyboard.type('hoan thanh tot nhiem vu');
    await page.keyboard.press('Enter');
    await page.locator('[data-cell="QO.X01.01:level"]', { hasText: 'HTTNV' }).waitFor();
    // Enter moved down a row, as in a spreadsheet.
    await expect
      .poll(() => page.locator('[data-testid="ratings-grid"] [aria-selected="true"]').getAttribute('data-cell'), POLL)
      .toBe('QO.X01.02:level');
    expect((await rating(app, 'QO.X01.01')).level).toBe('ht');

    // A word that is no level is refused whole, naming the accepted ones.
    await page.locator('[data-cell="QO.X01.02:level"]').click();
    await paste(app, 'ratings-grid', 'HTXSNV\t6\t30\t9\t0\t0\r\nGiỏi\t5\t32\t7\t0\t0');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), POLL)
      .toContain('"Giỏi" không phải mức xếp loại của năm 2019; dùng một trong: "Hoàn thành xuất sắc nhiệm vụ" (HTXSNV)');
    await expect.poll(() => page.locator('[data-cell="QO.X01.02:level"]').textContent(), POLL).toBe('HTTNV');

    // A committee (not a cell) has no members by level.
    await page.locator('[data-cell="QO.X01:htxs"]').click();
    await paste(app, 'ratings-grid', '3');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), POLL)
      .toContain('Đảng bộ thị trấn Quốc Oai — ĐV hoàn thành xuất sắc: ô này không áp dụng cho đơn vị.');

    // A good block: two cells, level and members by level (45 and 43 members).
    await page.locator('[data-cell="QO.X01.02:level"]').click();
    await paste(app, 'ratings-grid', 'HTXSNV\t6\t30\t9\t0\t0\r\nhtnv\t2\t30\t10\t1\t0');
    await page.locator('[data-cell="QO.X01.03:level"]', { hasText: 'HTNV' }).waitFor();
    await screenshot(page, 'nam-xep-loai-dan');
    await page.getByTestId('ratings-save').click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã lưu xếp loại 3 đơn vị và số đảng viên theo mức của 2 chi bộ năm 2019.' })
      .waitFor();
    expect([
      (await rating(app, 'QO.X01.01')).level,
      (await rating(app, 'QO.X01.02')).level,
      (await rating(app, 'QO.X01.03')).level,
    ]).toEqual(['htt', 'htxs', 'ht']);
    expect((await rating(app, 'QO.X01.02')).memberCounts).toEqual({ htxs: 6, htt: 30, ht: 9, khtnv: 0, unrated: 0 });

    // More members by level than the cell has (45): marked at once, refused by the save, nothing written.
    await page.locator('[data-cell="QO.X01.02:htt"]').click();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-cell="QO.X01.02:htxs"]').getAttribute('aria-invalid'), POLL).toBe('true');
    await page.getByTestId('ratings-save').click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), POLL).toContain('Không lưu được — chưa ghi gì');
    expect((await rating(app, 'QO.X01.02')).memberCounts).toEqual({ htxs: 6, htt: 30, ht: 9, khtnv: 0, unrated: 0 });
  });
});

describe('Soạn đề án', () => {
  test('a copied plan is edited: a target previews its value while it changes, is saved, deleted; then the copy is deleted', async () => {
    app = await openApp(h, { hash: '#/chi-tieu' });
    const { page } = app;
    const seed = (await call(app, 'plans.list', {}))[0];
    await page.getByRole('button', { name: 'Sửa đề án, chỉ tiêu…' }).click();
    const pe = page.getByTestId('plan-editor');
    await expect.poll(() => pe.getByTestId('plan-targets').locator('tbody tr').count(), POLL).toBe(seed.targets.length);
    await pe.getByRole('button', { name: 'Sao chép đề án' }).click();
    await expect.poll(async () => (await call(app!, 'plans.list', {})).length, POLL).toBe(2);
    const copy = (await call(app, 'plans.list', {}))[1];
    await expect.poll(() => pe.getByLabel('Tên đề án').inputValue(), POLL).toBe(copy.name);
    expect(copy.targets.length).toBe(seed.targets.length);

    // Rename the copy and give it a number.
    await pe.getByLabel('Tên đề án').fill('Đề án giai đoạn 2020 - 2025');
    await pe.getByLabel('Số đề án').fill('07-ĐA/HU');
    await pe.getByRole('button', { name: 'Lưu đề án' }).click();
    await expect.poll(async () => (await call(app!, 'plans.list', {}))[1].number, POLL).toBe('07-ĐA/HU');

    // The second target (80% of chi bộ thôn, tổ dân phố rated tốt or better): 144/179 in 2019.
    const row = pe.getByTestId('plan-targets').locator('tbody tr').nth(1);
    await row.getByRole('button', { name: 'Sửa' }).click();
    const te = page.getByTestId('target-editor');
    await expect.poll(() => te.getByTestId('target-preview-value').textContent(), POLL).toBe('80,45%');
    await expect.poll(() => te.getByTestId('target-preview').textContent(), POLL).toContain('(144/179) — Đạt');
    // A stricter level changes the value at once; the API's own preview says what it must be.
    await te.getByLabel('Từ mức').selectOption('xuat-sac');
    const t = copy.targets[1];
    const want = await call(app, 'targets.preview', {
      year: 2019,
      label: t.label,
      scope: t.scope,
      measure: t.measure,
      params: { atLeast: 'xuat-sac' },
      threshold: 80,
      due: 'everyYear',
    });
    expect(want.result.part).toBeLessThan(144);
    await expect.poll(() => te.getByTestId('target-preview').textContent(), POLL).toContain(`(${want.result.part}/179) — Chưa đạt`);
    await te.getByLabel('Ngưỡng (%)').fill('25');
    await te.getByLabel('Nội dung chỉ tiêu').fill('Hằng năm, 25% chi bộ hoàn thành xuất sắc nhiệm vụ');
    await te.getByTestId('target-preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'nam-chi-tieu-soan');
    await te.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await te.waitFor({ state: 'detached' });
    const saved = (await call(app, 'plans.list', {}))[1].targets[1];
    expect([saved.label, saved.threshold, saved.params]).toEqual([
      'Hằng năm, 25% chi bộ hoàn thành xuất sắc nhiệm vụ',
      25,
      { atLeast: 'xuat-sac' },
    ]);
    // The seed plan is untouched.
    expect((await call(app, 'plans.list', {}))[0].targets[1].threshold).toBe(80);

    // Delete that target, then the copy.
    await row.getByRole('button', { name: 'Xóa' }).click();
    await row.getByRole('button', { name: 'Xác nhận xóa' }).click();
    await expect.poll(async () => (await call(app!, 'plans.list', {}))[1].targets.length, POLL).toBe(seed.targets.length - 1);
    await pe.getByRole('button', { name: 'Xóa đề án…' }).click();
    await pe.getByRole('button', { name: /^Xác nhận xóa đề án/ }).click();
    await expect.poll(async () => (await call(app!, 'plans.list', {})).length, POLL).toBe(1);
    await expect.poll(() => page.getByTestId('plan').locator('option').count(), POLL).toBe(1);
  });
});

describe('Bảng cấp ủy viên', () => {
  test('a name is edited and saved; a second bí thư in one cell is marked and nothing is saved', async () => {
    app = await openApp(h, { hash: '#/so-lieu?tab=cap-uy' });
    const { page } = app;
    const before = (await call(app, 'committee.list', { year: 2019 })) as {
      id: number;
      unitCode: string;
      fullName: string;
      role: string;
    }[];
    // Header + one row per person + the empty row to add people (rows are rendered as they scroll into view).
    await expect.poll(() => page.getByTestId('committee-grid').getAttribute('aria-rowcount'), POLL).toBe(String(before.length + 2));
    const first = before[0]!;
    await page.locator(`[data-cell="m${first.id}:name"]`).click();
    await page.keyboard.type('Nguyễn Văn Mới');
    await page.keyboard.press('Enter');
    await page.getByTestId('committee-save').click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu 1 cấp ủy viên năm 2019: 0 thêm, 1 sửa, 0 xóa.' }).waitFor();
    expect(((await call(app, 'committee.list', { year: 2019 })) as typeof before).find((m) => m.id === first.id)!.fullName).toBe(
      'Nguyễn Văn Mới',
    );

    // Clearing a name removes the person, with the next one added in the same save.
    const second = before[1]!;
    await page.locator(`[data-cell="m${second.id}:name"]`).click();
    await page.keyboard.press('Delete');
    await page.getByTestId('committee-grid').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await paste(app, 'committee-grid', `${second.unitCode}\tLý Thị Ngọc\tChi ủy viên\tNữ\t1990\tKinh\tTHPT\tĐại học\tSơ cấp\tx`);
    await page.getByTestId('committee-save').click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu 2 cấp ủy viên năm 2019: 1 thêm, 0 sửa, 1 xóa.' }).waitFor();
    const after = (await call(app, 'committee.list', { year: 2019 })) as ((typeof before)[number] & {
      trained: boolean;
      gender: string;
      birthYear: number;
    })[];
    expect(after.some((m) => m.id === second.id)).toBe(false);
    const added = after.find((m) => m.fullName === 'Lý Thị Ngọc')!;
    expect([added.unitCode, added.role, added.gender, added.birthYear, added.trained]).toEqual([
      second.unitCode,
      'member',
      'nu',
      1990,
      true,
    ]);
    before.splice(1, 1, added);

    const sec = before.find((m) => m.role === 'secretary')!;
    await page.getByTestId('committee-grid').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.locator('[data-cell="blank:unit"][aria-selected="true"]').waitFor();
    await paste(app, 'committee-grid', `${sec.unitCode}\tTrần Văn Thừa\tBí thư\tNam\t1979`);
    await expect.poll(() => page.locator(`[data-cell="new${before.length}:role"]`).getAttribute('aria-invalid'), POLL).toBe('true');
    await page.getByTestId('committee-save').click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), POLL).toContain(`Chưa lưu gì — còn 2 lỗi:`);
    await expect.poll(() => page.getByRole('alert').first().textContent(), POLL).toContain(`Đơn vị ${sec.unitCode} có hơn một bí thư.`);
    expect(((await call(app, 'committee.list', { year: 2019 })) as unknown[]).length).toBe(before.length);
    // A unit code that does not exist is refused at the paste.
    await page.getByTestId('committee-grid').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await paste(app, 'committee-grid', 'KHONGCO\tAi Đó\tBí thư');
    await expect
      .poll(() => page.getByTestId('committee-entry').locator('.entry-grid [role="alert"]').textContent(), POLL)
      .toContain('không có đơn vị mã "KHONGCO" trong năm 2019');
  });

  test("a new year starts with last year's committees copied in one click", async () => {
    app = await openApp(h, { navigate: false });
    await call(app, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    await app.page.goto(`${app.web.url}#/so-lieu?tab=cap-uy`);
    const { page } = app;
    const last = ((await call(app, 'committee.list', { year: 2019 })) as unknown[]).length;
    await expect.poll(() => page.getByTestId('committee-coverage').textContent(), POLL).toContain('0 cấp ủy viên của 0 đơn vị');
    await page.getByRole('button', { name: 'Chép cấp ủy viên từ năm 2019' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã chép ${new Intl.NumberFormat('vi-VN').format(last)} cấp ủy viên` })
      .waitFor();
    await expect.poll(() => page.getByTestId('committee-grid').getAttribute('aria-rowcount'), POLL).toBe(String(last + 2));
    expect(((await call(app, 'committee.list', { year: 2020 })) as unknown[]).length).toBe(last);
  });
});

describe('Năm chưa đủ số liệu', () => {
  test('a document from a year without figures warns first and is drafted on the second click; the comparison says which year is short', async () => {
    app = await openApp(h, { navigate: false });
    await call(app, 'units.startYear', { fromYear: 2019, toYear: 2020 });
    const unitId = ((await call(app, 'units.list', { year: 2020 })) as { id: number; code: string }[]).find(
      (u) => u.code === 'QO.X01.01',
    )!.id;
    await call(app, 'figures.set', { year: 2020, changes: [{ unitId, indicator: 'dang_vien', value: 36 }] });
    const missing = (await call(app, 'coverage.year', { year: 2020 })).leavesWithoutFigures as number;
    expect(missing).toBeGreaterThan(200);
    const n = new Intl.NumberFormat('vi-VN').format(missing);
    const { page } = app;

    await page.goto(`${app.web.url}#/bao-cao`);
    await expect.poll(() => page.getByTestId('report-coverage').textContent(), POLL).toContain(`Năm 2020 thiếu số liệu ${n} đơn vị`);
    await page.getByRole('button', { name: 'Tải về .docx' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent(), POLL).toContain('Năm 2020 chưa đủ số liệu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về .docx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);

    await page.getByRole('link', { name: 'So sánh', exact: true }).click();
    await expect.poll(() => page.getByTestId('compare-coverage').textContent(), POLL).toContain(`Năm 2020 thiếu số liệu ${n} đơn vị`);
    // The year's own column and the change that reads it say so too.
    await expect
      .poll(() => page.getByTestId('compare').locator('thead').textContent(), POLL)
      .toContain(`Năm 2020thiếu số liệu ${n} đơn vịSo với 2019tính trên số đã nhập`);
    await expect.poll(() => page.getByTestId('compare').locator('tfoot td').allTextContents(), POLL).toContain('100% số đã nhập');
    await screenshot(page, 'nam-so-sanh-thieu-so-lieu');
    await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
    await expect.poll(() => page.getByTestId('targets-coverage').textContent(), POLL).toContain('Năm 2020');
    await expect
      .poll(() => page.getByTestId('targets').locator('caption').textContent(), POLL)
      .toContain(`đạt — Năm 2020 thiếu số liệu ${n} đơn vị`);
    expect(await page.getByTestId('targets').locator('tbody tr').first().textContent()).toContain('tính trên số đã nhập');
    await screenshot(page, 'nam-chi-tieu-thieu-so-lieu');
  });
});

describe('Lập tệp mới', () => {
  test('the words follow the level until typed over; an empty file opened on Tổ chức starts the same way', async () => {
    app = await openApp(h, { empty: true, hash: '#/to-chuc' });
    const { page } = app;
    const form = page.getByTestId('new-committee');
    const words = async () =>
      Promise.all(
        ['Tên gọi trong câu văn', 'Cơ quan tham mưu, soạn thảo', 'Ký hiệu cơ quan ban hành'].map((l) => form.getByLabel(l).inputValue()),
      );
    await form.getByLabel('Tên đầy đủ của đảng bộ').fill('Đảng bộ tỉnh Bắc Ninh');
    await form.locator('input[name="level"][value="tinh"]').check();
    await expect.poll(words, POLL).toEqual(['Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'TU']);
    await form.locator('input[name="level"][value="huyen"]').check();
    await expect.poll(words, POLL).toEqual(['Huyện ủy', 'Ban Tổ chức Huyện ủy', 'HU']);
    // A word typed by the user stays when the level changes; the others follow.
    await form.getByLabel('Tên gọi trong câu văn').fill('Huyện ủy Gia Bình');
    await form.locator('input[name="level"][value="xa"]').check();
    await expect.poll(words, POLL).toEqual(['Huyện ủy Gia Bình', 'Ban Xây dựng Đảng', 'ĐU']);
    await form.locator('input[name="level"][value="huyen"]').check();
    await form.getByLabel('Tên đầy đủ của đảng bộ').fill('Đảng bộ huyện Gia Bình');
    await form.getByLabel('Cơ quan cấp trên').fill('ĐẢNG BỘ TỈNH BẮC NINH');
    await form.getByLabel('Địa danh').fill('Gia Bình');
    await form.getByLabel('Năm đầu tiên có số liệu').fill('2019');
    await form.getByRole('button', { name: 'Lập tệp dữ liệu' }).click();
    await page.getByTestId('units-import').waitFor();
    await expect.poll(() => page.getByTestId('units-import').locator('h2').textContent(), POLL).toBe('Nhập danh sách đơn vị năm 2019');
    const s = (await call(app, 'settings.get', {})) as { level: string; shortName: string; issuerCode: string; committeeName: string };
    expect([s.level, s.shortName, s.issuerCode, s.committeeName]).toEqual(['huyen', 'Huyện ủy Gia Bình', 'HU', 'Đảng bộ huyện Gia Bình']);
    expect(((await call(app, 'app.info', {})) as { years: number[] }).years).toEqual([2019]);
  });
});
