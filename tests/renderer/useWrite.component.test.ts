/**
 * The component-test set-up itself (tests/renderer/mount.ts) and the write hook: a page served by the real web
 * server on a copy of the demo; a write through useWrite shows its status, and the view re-reads on the pushed
 * data-changed alone (the page never reloads); a refused write shows the backend's message and code and writes nothing.
 */
import { expect, test } from 'vitest';
import { getSettings } from '../../settings/store.ts';
import { componentSuite } from './mount.ts';

const suite = componentSuite();

const PAGE = new URL('./useWrite.page.tsx', import.meta.url);

test('a write shows its status and the view re-reads from the pushed data-changed', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page } = app;
    const before = getSettings(app.session.db).place;
    expect(before).not.toBe('Sài Sơn');
    await expect.poll(() => page.getByTestId('place').textContent()).toBe(before);
    await page.getByRole('button', { name: 'Đổi nơi ban hành' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Đã lưu.');
    await expect.poll(() => page.getByTestId('place').textContent()).toBe('Sài Sơn');
    expect(getSettings(app.session.db).place).toBe('Sài Sơn');
    expect(app.errors).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a refused write shows the Vietnamese message with its code, and nothing is written', async () => {
  const app = await suite.mount(PAGE);
  try {
    const { page } = app;
    const before = getSettings(app.session.db);
    await page.getByRole('button', { name: 'Làm tròn 9 chữ số' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByTestId('code').textContent()).toBe('invalid-input');
    expect(await page.getByRole('alert').textContent()).toMatch(/[ạ-ỹ]/);
    expect(getSettings(app.session.db)).toEqual(before);
    expect(await page.getByRole('status').textContent()).toBe('');
  } finally {
    await app.close();
  }
});
