/**
 * The report form (renderer/reports/ReportForm.tsx) when the number asked for is held by another document: the
 * save is refused with the code `number-used` and nothing is recorded; the form acts on that code (not on the
 * message's words) with the two ways out the refusal names — replace that draft (its id from the refusal's
 * details), or take the next free number — and the next save goes through each way.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatch } from '../../../api/dispatch.ts';
import { createCtx } from '../../../api/session.ts';
import type { Session } from '../../../core/context.ts';
import { componentSuite } from '../mount.ts';

const suite = componentSuite();

const PAGE = new URL('./ReportForm.page.tsx', import.meta.url);
const history = (s: Session) => dispatch(createCtx(s, { kind: 'cli' }), 'reports.history', {});

async function saveAs(page: Page, number: string) {
  await page.getByLabel(/^Số văn bản/).fill(number);
  await page.getByRole('button', { name: 'Tải về .docx' }).click();
}

test('a number another document holds is refused as number-used; replace that draft, or take the next number', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu' });
    await saveAs(page, '5');
    await saved.waitFor();
    const [first] = await history(session);
    expect(first).toMatchObject({ seq: 5, replaces: null });

    // The same number again: refused, with the holder named in the refusal's details, and nothing recorded.
    await saveAs(page, '5');
    const alert = page.locator('[role="alert"][data-code]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('number-used');
    expect(await alert.textContent()).toContain(`đã dùng cho văn bản ${first!.id}`);
    expect(await history(session)).toHaveLength(1);

    await page.getByRole('button', { name: `Thay thế văn bản ${first!.id}` }).click();
    expect(await page.getByTestId('report-replaces').inputValue()).toBe(String(first!.id));
    expect(await alert.count()).toBe(0);
    await page.getByRole('button', { name: 'Tải về .docx' }).click();
    await saved.waitFor();
    const after = await history(session);
    expect(after).toHaveLength(2);
    const second = after.find((d) => d.id !== first!.id)!;
    expect(second).toMatchObject({ seq: 5, replaces: first!.id });

    // Once more on 5 (now held by the replacement): this time the next free number.
    await page.getByTestId('report-replaces').fill('');
    await saveAs(page, '5');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('number-used');
    await page.getByRole('button', { name: 'Lấy số còn trống tiếp theo' }).click();
    expect(await page.getByLabel(/^Số văn bản/).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Tải về .docx' }).click();
    await saved.waitFor();
    const last = await history(session);
    expect(last).toHaveLength(3);
    expect(last.map((d) => d.seq).sort()).toEqual([5, 5, 6]);
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
