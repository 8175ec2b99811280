/**
 * A real office's year in Chromium, from an empty file to the four documents: a commune committee (level
 * xa) is set up, its units imported, figures pasted, ratings and committee members entered by paste and by
 * import, the member list imported through the mapping step, a plan made with three targets, and the
 * documents drafted. Every figure the documents print is checked against what was entered.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { openApp, screenshot, startHarness, type App, type Harness } from './harness.ts';
import { badUnitList, memberList, ratingsAndCommittee, unitList } from './year-files.ts';
import { dispatch } from '../../api/dispatch.ts';
import { createCtx } from '../../api/session.ts';
import { getSettings } from '../../settings/store.ts';
import { getFigure } from '../../db/figures.ts';
import { findUnitIdByCode } from '../../db/units.ts';

const POLL = { timeout: 10_000, interval: 50 };
const YEAR = 2025;
/** The file starts a year earlier (any year may be the first), so that the báo cáo has a year to compare with. */
const FIRST = 2024;

let h: Harness;
let app: App | undefined;
/** The four documents' text, kept for the wording check below. */
const documents: Record<string, string> = {};

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

const api =
  (a: App) =>
  <K extends Parameters<typeof dispatch>[1]>(m: K, input: unknown) =>
    dispatch(createCtx(a.session, { kind: 'cli' }), m, input as never);
const figure = (a: App, code: string, ind: string, year = YEAR) =>
  getFigure(a.session.db, year, findUnitIdByCode(a.session.db, code)!, ind);

async function paste(a: App, testId: string, text: string) {
  await a.page.getByTestId(testId).evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** A .docx read by a real Word reader (python-docx): paragraphs then table rows. */
function docxText(path: string): string {
  return execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys, docx\nd = docx.Document(sys.argv[1])\nfor s in d.sections:\n  for p in s.header.paragraphs: print(p.text)\nprint("\\n".join(p.text for p in d.paragraphs))\nfor t in d.tables:\n  for r in t.rows: print("|".join(c.text for c in r.cells))',
      path,
    ],
    { encoding: 'utf8' },
  );
}

describe('Một năm làm việc', () => {
  test('from an empty file to the four documents of a commune committee, every figure as entered', async () => {
    app = await openApp(h, { empty: true });
    const { page } = app;
    const call = api(app);

    // 1. A new file for the commune committee; the words follow the level.
    await page.getByTestId('welcome').waitFor();
    await page.getByRole('button', { name: 'Lập tệp mới cho một cấp ủy…' }).click();
    const form = page.getByTestId('new-committee');
    await form.locator('input[name="level"][value="xa"]').check();
    await form.getByLabel('Tên đầy đủ của đảng bộ').fill('Đảng bộ xã Quốc Oai');
    await expect.poll(() => form.getByLabel('Tên gọi trong câu văn').inputValue(), POLL).toBe('Đảng ủy xã');
    await expect.poll(() => form.getByLabel('Cơ quan tham mưu, soạn thảo').inputValue(), POLL).toBe('Ban Xây dựng Đảng');
    await expect.poll(() => form.getByLabel('Ký hiệu cơ quan ban hành').inputValue(), POLL).toBe('ĐU');
    await form.getByLabel('Cơ quan cấp trên').fill('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
    await form.getByLabel('Địa danh').fill('Quốc Oai');
    await form.getByLabel('Nhiệm kỳ').fill('2025-2030');
    await form.getByLabel('Năm đầu tiên có số liệu').fill(String(FIRST));
    await form.getByLabel('Người ký').fill('Nguyễn Văn An');
    await screenshot(page, 'nam-1-lap-tep');
    await form.getByRole('button', { name: 'Lập tệp dữ liệu' }).click();
    await page.getByTestId('units-import').waitFor();
    const s = getSettings(app.session.db);
    expect([s.level, s.committeeName, s.shortName, s.advisoryBody, s.issuerCode, s.place]).toEqual([
      'xa',
      'Đảng bộ xã Quốc Oai',
      'Đảng ủy xã',
      'Ban Xây dựng Đảng',
      'ĐU',
      'Quốc Oai',
    ]);

    // 2. The unit list: a bad file names its rows and writes nothing; the good one is previewed, then written.
    const [tpl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải mẫu danh sách đơn vị (.xlsx)' }).click(),
    ]);
    const tplPath = join(h.dir, tpl.suggestedFilename());
    await tpl.saveAs(tplPath);
    const tplBook = new ExcelJS.Workbook();
    await tplBook.xlsx.readFile(tplPath);
    expect((tplBook.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
      'Mã',
      'Tên',
      'Loại',
      'Mã cấp trên',
      'Khối',
      'Loại hình',
    ]);
    const fileInput = page.getByTestId('units-file');
    await fileInput.setInputFiles(badUnitList(h.dir));
    const errors = page.getByTestId('import-errors');
    await expect.poll(() => errors.textContent(), POLL).toMatch(/dòng 3/);
    await expect.poll(() => errors.textContent(), POLL).toMatch(/dòng 4/);
    await screenshot(page, 'nam-2-loi-danh-sach');
    expect(((await call('units.list', { year: FIRST })) as unknown[]).length).toBe(1);
    await fileInput.setInputFiles(await unitList(h.dir));
    const preview = page.getByTestId('units-preview');
    await expect.poll(() => preview.locator('tbody tr').count(), POLL).toBe(7);
    await expect.poll(() => preview.textContent(), POLL).toContain('7 thêm mới');
    await screenshot(page, 'nam-2-danh-sach-don-vi');
    await preview.getByRole('button', { name: 'Ghi 7 đơn vị' }).click();
    await page.locator('[data-testid="org-tree"] [data-unit="CQ.02"]').waitFor();
    const units = (await call('units.list', { year: FIRST })) as { code: string; kind: string }[];
    expect(units.map((u) => `${u.code}:${u.kind}`).sort()).toEqual(
      [
        'CAPUY:committee',
        'CQ.01:cell',
        'CQ.02:cell',
        'CQ:baseCommittee',
        'T01:baseCell',
        'T02:baseCell',
        'TDP1:baseCell',
        'TH:baseCell',
      ].sort(),
    );

    // Last year's members, pasted as one column (153), then the new year starts from last year's structure.
    await page.getByRole('link', { name: 'Số liệu', exact: true }).click();
    const last: Record<string, number> = { T01: 40, T02: 36, TDP1: 53, TH: 4, 'CQ.01': 11, 'CQ.02': 9 };
    for (const [code, v] of Object.entries(last)) {
      await page.locator(`[data-cell="${code}:dang_vien"]`).click();
      await paste(app, 'figure-grid', `${v}`);
      await expect.poll(() => figure(app!, code, 'dang_vien', FIRST), POLL).toBe(v);
    }
    await page.getByRole('link', { name: 'Tổ chức', exact: true }).click();
    await page.getByRole('button', { name: `Bắt đầu năm ${YEAR} từ cơ cấu năm ${FIRST}` }).click();
    await expect.poll(() => call('units.list', { year: YEAR }).then((u) => (u as unknown[]).length), POLL).toBe(8);

    // 3. Figures pasted from Excel, one row per unit: đảng viên, dự bị, nữ, dân tộc, có đạo, kết nạp.
    await page.getByRole('link', { name: 'Số liệu', exact: true }).click();
    const pasted: Record<string, number[]> = {
      T01: [42, 2, 18, 0, 0, 2],
      T02: [37, 1, 15, 0, 0, 1],
      TDP1: [55, 3, 25, 0, 1, 2],
      'CQ.01': [12, 1, 5, 0, 0, 1],
      'CQ.02': [9, 0, 4, 0, 0, 0],
    };
    for (const [i, [code, values]] of Object.entries(pasted).entries()) {
      await page.locator(`[data-cell="${code}:dang_vien"]`).click();
      await paste(app, 'figure-grid', `${values.join('\t')}\r\n`);
      await expect.poll(() => figure(app!, code, 'ket_nap_moi'), POLL).toBe(values[5]);
      if (i > 0) continue;
      // With one unit of six entered, the year looks incomplete: said on Tổng quan, no ✓, no bare 100%.
      await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
      await expect.poll(() => page.getByTestId('overview-coverage').textContent(), POLL).toContain('Năm 2025 thiếu số liệu 5 đơn vị');
      await expect.poll(() => page.getByTestId('breakdown-coverage').textContent(), POLL).toContain('thiếu số liệu 5 đơn vị');
      await expect.poll(() => page.locator('[data-testid="breakdown"] tfoot td').last().textContent(), POLL).not.toBe('100%');
      expect(await page.locator('.identities .ok').count()).toBe(0);
      await expect.poll(() => page.locator('.warnings').textContent(), POLL).not.toContain('✓');
      await screenshot(page, 'nam-thieu-so-lieu');
      await page.getByRole('link', { name: 'Số liệu', exact: true }).click();
    }
    await page.locator('[data-cell="CQ:dang_vien"]', { hasText: '21' }).waitFor();
    await screenshot(page, 'nam-3-so-lieu');

    // 4. The member list of the school cell: its join-date column is mapped by hand, then previewed and written.
    await page.getByRole('tab', { name: 'Danh sách đảng viên', exact: true }).click();
    await page.getByTestId('members-file').setInputFiles(await memberList(h.dir));
    const cols = page.getByTestId('members-columns');
    await expect.poll(() => cols.textContent(), POLL).toContain('Còn thiếu cột bắt buộc');
    await expect.poll(() => cols.getByLabel('Trường của cột Họ và tên').inputValue(), POLL).not.toBe('');
    await cols.getByLabel('Trường của cột Ngày được kết nạp').selectOption({ label: 'Ngày vào Đảng (bắt buộc)' });
    await expect.poll(() => cols.textContent(), POLL).not.toContain('Còn thiếu cột bắt buộc');
    await screenshot(page, 'nam-4-ghep-cot');
    await cols.getByRole('button', { name: 'Bước 2: xem trước' }).click();
    const mp = page.getByTestId('members-preview');
    await expect.poll(() => mp.textContent(), POLL).toContain('4 đảng viên của 1 chi bộ');
    await mp.getByRole('button', { name: 'Bước 3: ghi 4 đảng viên' }).click();
    await expect.poll(() => figure(app!, 'TH', 'dang_vien'), POLL).toBe(4);
    expect(figure(app, 'TH', 'nu')).toBe(3);

    // 5. Ratings by paste (the 2025 rule is scored: a score alone gives the level) …
    await page.getByRole('tab', { name: 'Xếp loại', exact: true }).click();
    await page.getByTestId('ratings-grid').waitFor();
    await expect.poll(() => page.getByTestId('ratings-entry').textContent(), POLL).toContain('366-QĐ/TW');
    await page.locator('[data-cell="T01:level"]').click();
    await paste(app, 'ratings-grid', 'Tốt lắm\t92\t5\t30\t6\t1\t0');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), POLL)
      .toContain('"Tốt lắm" không phải mức xếp loại của năm 2025');
    await paste(app, 'ratings-grid', 'HTXSNV\t92\t5\t30\t6\t1\t0');
    await page.locator('[data-cell="T02:level"]').click();
    await paste(app, 'ratings-grid', '\t75\t3\t28\t5\t1\t0');
    await page.locator('[data-cell="T02:level"]', { hasText: 'HTTNV' }).waitFor();
    await page.locator('[data-cell="TDP1:level"]').click();
    await paste(app, 'ratings-grid', 'htnv\t60\t4\t40\t8\t2\t1');
    await screenshot(page, 'nam-5-xep-loai');
    await page.getByTestId('ratings-save').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã lưu xếp loại' }).count(), POLL).toBe(1);

    // … and committee members by paste, into the empty row at the bottom.
    await page.getByRole('tab', { name: 'Cấp ủy viên', exact: true }).click();
    await page.locator('[data-cell="blank:unit"]').click();
    await paste(
      app,
      'committee-grid',
      [
        'T01\tNguyễn Văn Bình\tBí thư\tNam\t1970\tKinh\tTHPT\tTrung cấp\tTrung cấp\tx\tHTXSNV\tx\tx\t',
        'T01\tĐỗ Thị Mai\tPhó bí thư\tNữ\t1982\tKinh\tTHPT\tĐại học\tSơ cấp\tx\thoàn thành tốt nhiệm vụ\t\t\t',
        'T02\tHoàng Văn Cường\tBí thư\tNam\t1968\tKinh\tTHCS\tSơ cấp\tSơ cấp\t\thtnv\tx\t\t',
        'TDP1\tVũ Văn Đức\tBí thư\tNam\t1972\tKinh\tTHPT\tĐại học\tTrung cấp\tx\tHTTNV\tx\tx\t',
      ].join('\r\n'),
    );
    await page.getByTestId('committee-save').click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã lưu 4 cấp ủy viên' }).count(), POLL).toBe(1);
    await screenshot(page, 'nam-6-cap-uy-vien');

    // 6. The rest of the ratings and committee members from the year's sheets, all-or-nothing.
    await page.getByRole('tab', { name: 'Số liệu', exact: true }).click();
    await page.getByRole('button', { name: 'Nhập từ Excel…' }).click();
    await page.locator('[data-testid="figures-import"] input[type="file"]').setInputFiles(await ratingsAndCommittee(h.dir));
    const ip = page.getByTestId('import-preview');
    await expect.poll(() => ip.textContent(), POLL).toContain('Trang "Cấp ủy viên": 3 người');
    await ip.getByRole('button', { name: /^Ghi/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '3 cấp ủy viên' }).count(), POLL).toBe(1);

    const ratings = (await call('ratings.list', { year: YEAR })) as {
      rows: { code: string; level: string | null; score: number | null; memberCounts: Record<string, number> | null }[];
    };
    const r = Object.fromEntries(ratings.rows.map((x) => [x.code, x]));
    expect(['T01', 'T02', 'TDP1', 'TH', 'CQ', 'CQ.01', 'CQ.02'].map((c) => `${c}:${r[c]!.level}:${r[c]!.score}`)).toEqual([
      'T01:htxs:92',
      'T02:htt:75',
      'TDP1:ht:60',
      'TH:htt:80',
      'CQ:htxs:95',
      'CQ.01:htxs:91',
      'CQ.02:ht:55',
    ]);
    expect(r.TDP1!.memberCounts).toEqual({ htxs: 4, htt: 40, ht: 8, khtnv: 2, unrated: 1 });
    const committee = (await call('committee.list', { year: YEAR })) as {
      fullName: string;
      role: string;
      trained: boolean;
      theory: string | null;
      rating: string | null;
    }[];
    expect(committee.map((m) => m.fullName).sort()).toEqual(
      ['Hoàng Văn Cường', 'Lê Văn Nam', 'Nguyễn Văn Bình', 'Phạm Thị Lan', 'Trần Thị Hoa', 'Vũ Văn Đức', 'Đỗ Thị Mai'].sort(),
    );
    expect(committee.filter((m) => m.trained).length).toBe(5);
    // The members' own ratings, typed in three ways, stored as codes.
    expect(Object.fromEntries(committee.filter((m) => m.rating).map((m) => [m.fullName, m.rating]))).toEqual({
      'Nguyễn Văn Bình': 'htxs',
      'Đỗ Thị Mai': 'htt',
      'Hoàng Văn Cường': 'ht',
      'Vũ Văn Đức': 'htt',
    });

    // 7. A plan with three targets, each previewed while it is written.
    await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
    await page.getByRole('button', { name: 'Lập đề án mới' }).click();
    const pe = page.getByTestId('plan-editor');
    await pe.getByLabel('Tên đề án').fill('Đề án nâng cao chất lượng chi bộ giai đoạn 2025 - 2030');
    await pe.getByLabel('Số đề án').fill('05-ĐA/ĐU');
    await pe.getByLabel('Từ năm').fill('2025');
    await pe.getByLabel('Đến năm').fill('2030');
    await pe.getByRole('button', { name: 'Tạo đề án' }).click();
    await pe.getByRole('button', { name: 'Thêm chỉ tiêu' }).waitFor();

    const addTarget = async (t: {
      label: string;
      measure: string;
      threshold: string;
      every: boolean;
      setup?: () => Promise<void>;
      expect: string;
    }) => {
      await pe.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      const te = page.getByTestId('target-editor');
      await te.getByLabel('Nội dung chỉ tiêu').fill(t.label);
      await te.getByLabel('Cách đo').selectOption({ label: t.measure });
      await te.getByLabel('Phạm vi').selectOption({ label: 'Tự chọn theo loại và loại hình chi bộ…' });
      await t.setup?.();
      await te.getByLabel('Ngưỡng (%)').fill(t.threshold);
      await te.getByLabel('Thời hạn').selectOption(t.every ? 'everyYear' : 'byYear');
      await expect.poll(() => te.getByTestId('target-preview-value').textContent(), POLL).toBe(t.expect);
      await te.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await page.getByTestId('target-editor').waitFor({ state: 'detached' });
    };
    await addTarget({
      label: '90% chi bộ hoàn thành tốt nhiệm vụ trở lên',
      measure: 'Tỷ lệ chi bộ được xếp loại từ một mức trở lên',
      threshold: '90',
      every: true,
      expect: '66,67%',
    });
    await addTarget({
      label: '100% cấp ủy viên chi bộ được bồi dưỡng hằng năm',
      measure: 'Tỷ lệ cấp ủy viên chi bộ được bồi dưỡng trong năm',
      threshold: '100',
      every: true,
      expect: '71,43%',
    });
    await addTarget({
      label: 'Đến năm 2030, 80% bí thư chi bộ có trình độ lý luận chính trị trung cấp trở lên',
      measure: 'Tỷ lệ cấp ủy viên chi bộ đạt trình độ (học vấn, chuyên môn, lý luận chính trị, hoặc kết hợp)',
      threshold: '80',
      every: false,
      expect: '66,67%',
      setup: async () => {
        const te = page.getByTestId('target-editor');
        await te.getByLabel('Lý luận chính trị từ').selectOption('trung_cap');
        await te.getByLabel('Bí thư', { exact: true }).check();
      },
    });
    await expect.poll(() => pe.getByTestId('plan-targets').locator('tbody tr').count(), POLL).toBe(3);
    await screenshot(page, 'nam-7-de-an');
    await pe.getByRole('button', { name: 'Đóng' }).click();
    const targets = page.getByTestId('targets');
    await expect.poll(() => targets.locator('caption').textContent(), POLL).toBe('Chỉ tiêu năm 2025: 0/3 đạt');
    await expect.poll(() => targets.locator('tbody tr').first().locator('td').nth(2).textContent(), POLL).toContain('66,67%4/6');

    // 8. The four documents: the đề án through the Báo cáo screen, the others through the API.
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await page.getByTestId('report-kind').selectOption('de-an');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về .docx' }).click()]);
    const deAnPath = join(h.dir, 'de-an-xa.docx');
    await download.saveAs(deAnPath);
    await screenshot(page, 'nam-8-bao-cao');
    const texts: Record<string, string> = { 'de-an': docxText(deAnPath) };
    for (const kind of ['bao-cao-hoi-nghi', 'ket-luan', 'bao-cao-xep-loai']) {
      const doc = (await call('reports.generate', { kind, year: YEAR })) as { base64: string };
      const path = join(h.dir, `${kind}-xa.docx`);
      writeFileSync(path, Buffer.from(doc.base64, 'base64'));
      texts[kind] = docxText(path);
    }
    Object.assign(documents, texts);

    // 159 members = 42 + 37 + 55 + 4 (the list) + 12 + 9; 5 TCCSĐ = 1 đảng bộ cơ sở + 4 chi bộ cơ sở; 6 cells.
    for (const kind of ['de-an', 'bao-cao-hoi-nghi']) {
      expect(texts[kind]).toContain('5 tổ chức cơ sở đảng, gồm 1 đảng bộ cơ sở và 4 chi bộ cơ sở với 159 đảng viên');
    }
    expect(texts['de-an']).toContain('ĐẢNG ỦY XÃ QUỐC OAI');
    expect(texts['de-an']).toMatch(/Số \d+-ĐA\/ĐU/);
    expect(texts['bao-cao-hoi-nghi']).toContain('kết nạp 6 đảng viên mới');
    expect(texts['bao-cao-hoi-nghi']).toContain('(năm 2024: 153 đảng viên)');
    // Read on table lines whatever their cell layout ("153 (100%)" or "153|100%").
    expect(texts['bao-cao-hoi-nghi']).toMatch(/Tổng cộng\|6\|153\D[^\n]*\|6\|159\D[^\n]*\|\+6/);
    // The plan's results as computed from the entered ratings and committee members (read on the table's line).
    expect(texts['bao-cao-hoi-nghi']).toMatch(/90% chi bộ hoàn thành tốt nhiệm vụ trở lên[^\n]*66,67% \(4\/6\)/);
    expect(texts['bao-cao-hoi-nghi']).toMatch(/được bồi dưỡng hằng năm[^\n]*71,43% \(5\/7\)/);
    expect(texts['bao-cao-hoi-nghi']).toMatch(/trung cấp trở lên[^\n]*66,67% \(4\/6\)/);
    expect(texts['ket-luan']).toContain('5 tổ chức cơ sở đảng với 159 đảng viên, sinh hoạt tại 6 chi bộ');
    expect(texts['ket-luan']).toContain('66,67% số chi bộ hoàn thành tốt nhiệm vụ trở lên');
    // Cells: 2 xuất sắc (T01, CQ.01), 2 tốt (T02, TH), 2 hoàn thành (TDP1, CQ.02); members by level summed over the six cells.
    expect(texts['bao-cao-xep-loai']).toContain('Tổng số 6 chi bộ');
    expect(texts['bao-cao-xep-loai']).toContain(
      '2 chi bộ hoàn thành xuất sắc nhiệm vụ (33,33%); 2 chi bộ hoàn thành tốt nhiệm vụ; 2 chi bộ hoàn thành nhiệm vụ; 0 chi bộ không hoàn thành nhiệm vụ',
    );
    // 158 rated = 159 less the one not rated.
    expect(texts['bao-cao-xep-loai']).toContain(
      'Tổng số đảng viên được đánh giá, xếp loại: 158; hoàn thành xuất sắc nhiệm vụ 14 (8,86%); hoàn thành tốt nhiệm vụ 114; hoàn thành nhiệm vụ 25; không hoàn thành nhiệm vụ 5',
    );
    // Members by level of the two chi bộ thôn: 5 + 3, 30 + 28, 6 + 5, 1 + 1 of 79.
    expect(texts['bao-cao-xep-loai']).toMatch(
      /Chi bộ thôn\|79\|8\D{1,3}10,13%\D{1,3}58\D{1,3}73,42%\D{1,3}11\D{1,3}13,92%\D{1,3}2\D{1,3}2,53%/,
    );
    // The đề án prints the groups from the entered figures and the plan made on the Chỉ tiêu screen.
    expect(texts['de-an']).toContain('2 chi bộ thôn với 79 đảng viên, chiếm 49,69%; 1 chi bộ tổ dân phố với 55 đảng viên, chiếm 34,59%');
    expect(texts['de-an']).toMatch(/Tất cả chi bộ\|90% chi bộ hoàn thành tốt nhiệm vụ trở lên\|90%\|Hằng năm/);
    expect(texts['de-an']).toMatch(/Đến năm 2030, 80% bí thư chi bộ có trình độ lý luận chính trị trung cấp trở lên\|80%\|Đến năm 2030/);
    expect(texts['de-an']).toMatch(/T\/M BAN THƯỜNG VỤ\nBÍ THƯ\n[\s\S]*Nguyễn Văn An/);
  });

  /*
   * The four documents of a commune name only its own bodies: the built-in templates take their words from
   * the profile (Đảng ủy xã, Ban Xây dựng Đảng), so no "Huyện ủy" is left in any of them.
   */
  test('none of the four documents of a commune names "Huyện ủy"', () => {
    expect(Object.keys(documents).sort(), 'the documents of the test above').toEqual([
      'bao-cao-hoi-nghi',
      'bao-cao-xep-loai',
      'de-an',
      'ket-luan',
    ]);
    for (const [kind, text] of Object.entries(documents)) {
      expect(text.match(/.{0,40}Huyện ủy.{0,20}/g) ?? [], kind).toEqual([]);
    }
  });
});
