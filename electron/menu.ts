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
        // The shortcuts are shown but left to the page: the Số liệu grid has its own undo, copy and paste
        // (a registered accelerator would run the browser's command instead and the grid would never see the key).
        { label: 'Hoàn tác', role: 'undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
        { label: 'Làm lại', role: 'redo', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X', registerAccelerator: false },
        { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C', registerAccelerator: false },
        { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V', registerAccelerator: false },
        { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A', registerAccelerator: false },
      ],
    },
    {
      label: '&Xem',
      submenu: [
        ...SCREENS.map((s): MenuItemConstructorOptions => ({
          label: s.title,
          accelerator: `Alt+${s.key}`,
          click: () => a.showScreen(`#/${s.id}`),
        })),
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
