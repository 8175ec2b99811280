/**
 * The template editor (renderer/reports/TemplateEditor.tsx): a saved version and a restore of the built-in
 * template reach the list of templates, the version count and the text box by the pushed data-changed alone —
 * the editor no longer reloads its list or patches its copy of the template after a write.
 */
import { expect, test } from 'vitest';
import { dispatch } from '../../../api/dispatch.ts';
import { createCtx } from '../../../api/session.ts';
import type { Session } from '../../../core/context.ts';
import { componentSuite } from '../mount.ts';

const suite = componentSuite();

const PAGE = new URL('./TemplateEditor.page.tsx', import.meta.url);
const template = (s: Session, code: string) => dispatch(createCtx(s, { kind: 'cli' }), 'templates.get', { code });

test('a saved version and a restore are shown from data-changed: the list, the version count and the text', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page, session } = app;
    // The editor opens on the first template of the list.
    const body = page.getByLabel('Nội dung mẫu');
    await expect.poll(() => body.inputValue()).not.toBe('');
    const picker = page.locator('select').first();
    const code = await picker.inputValue();
    const builtin = await template(session, code);
    expect(builtin.versions).toHaveLength(1);
    expect(await body.inputValue()).toBe(builtin.body);
    const option = picker.locator(`option[value="${code}"]`);
    expect(await option.textContent()).toContain('phiên bản 1');

    const line = 'Đoạn thêm để thử lưu phiên bản mới.';
    await body.fill(`${builtin.body}\n${line}\n`);
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.getByRole('status').filter({ hasText: `thành phiên bản 2.` }).waitFor();
    const saved = await template(session, code);
    expect(saved.versions).toHaveLength(2);
    expect(saved.body).toContain(line);
    await expect.poll(() => option.textContent()).toContain('phiên bản 2');
    await page.getByText(`Mã ${code} · 2 phiên bản`).waitFor();

    await page.getByRole('button', { name: 'Khôi phục mẫu gốc' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã khôi phục mẫu gốc thành phiên bản 3.' }).waitFor();
    expect((await template(session, code)).body).toBe(builtin.body);
    // The text box shows the built-in text again: read back from the file, not set by the button.
    await expect.poll(() => body.inputValue()).toBe(builtin.body);
    await expect.poll(() => option.textContent()).toContain('phiên bản 3');
    await page.getByText(`Mã ${code} · 3 phiên bản`).waitFor();
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});
