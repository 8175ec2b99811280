/**
 * The plan editor (renderer/targets/PlanEditor.tsx with TargetEditor.tsx) in Chromium against the real backend:
 * create a plan, add a target (label, measure, scope, threshold, due year) whose current value follows the
 * scope as it is edited, a threshold with a third decimal refused with the backend's Vietnamese message and its
 * code while nothing is written, then delete the target and the plan. The table follows every write through the
 * pushed data-changed alone. What the page shows is checked against the database and against the domain's own
 * evaluation of the same draft, not against numbers written here.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { listPlans, listTargets } from '../../../db/plans.ts';
import { checkedTarget } from '../../../targets/plans.ts';
import { previewTarget } from '../../../targets/evaluate.ts';
import { formatShare } from '../../../format/vi.ts';
import type { DB } from '../../../db/open.ts';
import { componentSuite } from '../mount.ts';

const suite = componentSuite();

const PAGE = new URL('./PlanEditor.page.tsx', import.meta.url);
const NAME = 'Đề án nâng cao chất lượng chi bộ 2019–2021';
const LABEL = 'Hằng năm có 90% chi bộ thôn, tổ dân phố hoàn thành tốt nhiệm vụ trở lên';

/** What the domain reads now (2019) for a 'cell-rating' target on a preset scope: the share the preview must show. */
function expectedShare(db: DB, scope: string): string {
  const draft = { label: LABEL, scope, measure: 'cell-rating', params: { atLeast: 'tot' }, threshold: 90, due: 'everyYear' as const };
  const r = previewTarget(db, 2019, checkedTarget(draft, null));
  expect(r.whole).toBeGreaterThan(0);
  return formatShare(r.part!, r.whole!);
}

async function previewShows(page: Page, value: string) {
  await expect.poll(() => page.getByTestId('target-preview-value').textContent()).toBe(value);
}

test('create a plan, add a target with a live value, refuse a bad threshold, delete both', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    const db = session.db;
    const plansBefore = listPlans(db).length;

    // Create the plan: it appears in the list (re-read from data-changed) and the editor turns into its editor.
    await page.getByLabel('Tên đề án').fill(NAME);
    await page.getByLabel('Số đề án').fill('05-ĐA/HU');
    await page.getByLabel('Từ năm').fill('2019');
    await page.getByLabel('Đến năm').fill('2021');
    await page.getByRole('button', { name: 'Tạo đề án' }).click();
    await page.getByRole('heading', { name: `Sửa đề án: ${NAME}` }).waitFor();
    await expect.poll(() => page.getByTestId('plan-names').locator('li').allTextContents()).toContain(NAME);
    const plan = listPlans(db).find((p) => p.name === NAME)!;
    expect(plan).toMatchObject({ number: '05-ĐA/HU', startYear: 2019, endYear: 2021 });
    expect(listPlans(db).length).toBe(plansBefore + 1);
    expect(await page.getByRole('heading', { name: 'Chỉ tiêu (0)' }).count()).toBe(1);

    // A target: its current value follows the scope as it is chosen, before anything is saved.
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const form = page.getByTestId('target-editor');
    await form.getByLabel('Nội dung chỉ tiêu').fill(LABEL);
    await form.getByLabel('Cách đo').selectOption('cell-rating');
    await form.getByLabel('Phạm vi').selectOption('thon-tdp');
    const villages = expectedShare(db, 'thon-tdp');
    await previewShows(page, villages);
    await form.getByLabel('Phạm vi').selectOption('co-quan');
    const agencies = expectedShare(db, 'co-quan');
    expect(agencies).not.toBe(villages);
    await previewShows(page, agencies);
    await form.getByLabel('Phạm vi').selectOption('thon-tdp');
    await previewShows(page, villages);
    await form.getByLabel('Thời hạn').selectOption('byYear');
    await form.getByLabel('Đến năm').fill('2021');

    // A threshold with three decimals: the backend's rule refuses it, with its code, and writes nothing.
    await form.getByLabel('Ngưỡng (%)').fill('66.666');
    await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('invalid-threshold');
    expect(await alert.textContent()).toContain('Ngưỡng chỉ tiêu phải từ 0 đến 100, tối đa hai chữ số thập phân');
    expect(listTargets(db, plan.id)).toEqual([]);
    expect(await page.getByTestId('plan-targets').locator('tbody tr').count()).toBe(0);

    // The same target with a valid threshold is saved: the form closes, the table shows it, the file holds it.
    await form.getByLabel('Ngưỡng (%)').fill('90');
    await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await expect.poll(() => page.getByTestId('target-editor').count()).toBe(0);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Đã thêm chỉ tiêu.');
    const rows = page.getByTestId('plan-targets').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      LABEL,
      'Chi bộ thôn, tổ dân phố',
      'Tỷ lệ chi bộ được xếp loại từ một mức trở lên',
      '90%',
      'Đến năm 2021',
    ]);
    const [saved] = listTargets(db, plan.id);
    expect(saved).toMatchObject({ label: LABEL, measure: 'cell-rating', threshold: 90, due: 'byYear', dueYear: 2021 });
    expect(JSON.parse(saved!.scope)).toMatchObject({ code: 'thon-tdp' });
    expect(JSON.parse(saved!.params)).toEqual({ atLeast: 'tot' });
    await page.getByRole('heading', { name: 'Chỉ tiêu (1)' }).waitFor();

    // Delete the target (asked to confirm), then the plan.
    await rows.first().getByRole('button', { name: 'Xóa' }).click();
    await rows.first().getByRole('button', { name: 'Xác nhận xóa' }).click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(listTargets(db, plan.id)).toEqual([]);
    await page.getByRole('button', { name: 'Xóa đề án…' }).click();
    await page.getByRole('button', { name: 'Xác nhận xóa đề án và 0 chỉ tiêu' }).click();
    await page.getByTestId('closed').waitFor();
    await expect.poll(() => page.getByTestId('plan-names').locator('li').allTextContents()).not.toContain(NAME);
    expect(listPlans(db).some((p) => p.id === plan.id)).toBe(false);
    expect(listPlans(db).length).toBe(plansBefore);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
