/** The Vietnamese menus (Tệp, Chỉnh sửa, Xem, Trợ giúp) with the usual shortcuts; pure, so it is tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron';
import { SCREENS } from '../renderer/routes.ts';

export interface MenuActions {
  openDatabase(): void;
  showScreen(hash: string): void;
  about(): void;
  openHelp(): void;
}

export function menuTemplate(a: MenuActions, platform: string = process.platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    {
      label: '&Tệp',
      submenu: [
        { label: 'Mở tệp dữ liệu…', accelerator: 'CmdOrCtrl+O', click: () => a.openDatabase() },
        { type: 'separator' },
        { label: 'Cài đặt', accelerator: 'CmdOrCtrl+,', click: () => a.showScreen('#/cai-dat') },
        { type: 'separator' },
        mac ? { label: 'Thoát', role: 'quit' } : { label: 'Thoát', role: 'quit', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: '&Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: '&Xem',
      submenu: [
        ...SCREENS.map((s): MenuItemConstructorOptions => ({ label: s.title, accelerator: `Alt+${s.key}`, click: () => a.showScreen(`#/${s.id}`) })),
        { type: 'separator' },
        { label: 'Tải lại', role: 'reload' },
        { label: 'Cỡ chữ thật', role: 'resetZoom' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Trợ &giúp',
      submenu: [
        { label: 'Hướng dẫn thể thức văn bản của Đảng', click: () => a.openHelp() },
        { label: 'Giới thiệu tochuc', click: () => a.about() },
      ],
    },
  ];
}
