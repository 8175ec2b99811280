import { expect, test } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../electron/menu.ts';
import { SCREENS } from '../../renderer/routes.ts';

test('Vietnamese menus with the usual shortcuts; screen items send the screen hash', () => {
  const shown: string[] = [];
  let opened = 0;
  const t = menuTemplate(
    {
      openDatabase: () => {
        opened++;
      },
      showScreen: (h) => shown.push(h),
      about: () => {},
      openHelp: () => {},
    },
    'win32',
  );
  expect(t.map((m) => m.label)).toEqual(['&Tệp', '&Chỉnh sửa', '&Xem', 'Trợ &giúp']);
  const items = (i: number) => t[i]!.submenu as MenuItemConstructorOptions[];
  const open = items(0).find((m) => m.label === 'Mở tệp dữ liệu…')!;
  expect(open.accelerator).toBe('CmdOrCtrl+O');
  (open.click as () => void)();
  expect(opened).toBe(1);
  const edit = items(1).filter((m) => m.role);
  expect(edit.map((m) => m.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  // Shown, but the keys reach the page so that the grid's own undo and paste run.
  expect(edit.every((m) => m.registerAccelerator === false && m.accelerator?.startsWith('CmdOrCtrl+'))).toBe(true);
  const view = items(2).filter((m) => m.accelerator?.startsWith('Alt+'));
  expect(view.map((m) => m.label)).toEqual(SCREENS.map((s) => s.title));
  for (const m of view) (m.click as () => void)();
  expect(shown).toEqual(SCREENS.map((s) => `#/${s.id}`));
});
