/** What the desktop app can do for a handler that the browser cannot: native Save and Open dialogs. */
import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Host } from '../core/host.ts';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.xlsx': { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  '.sqlite': { name: 'Tệp dữ liệu tochuc', extensions: ['sqlite'] },
  '.zip': { name: 'Tệp nén', extensions: ['zip'] },
};

export function electronHost(
  window: () => BrowserWindow | null,
  documentsDir: string,
): Host & Required<Pick<Host, 'saveFile' | 'pickDatabaseFile'>> {
  return {
    kind: 'electron',
    async saveFile(suggestedName, bytes) {
      const win = window();
      const filter = FILTERS[extname(suggestedName).toLowerCase()];
      const opts = { title: 'Lưu tệp', defaultPath: `${documentsDir}/${suggestedName}`, filters: filter ? [filter] : [] };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return null;
      await writeFile(r.filePath, bytes);
      return r.filePath;
    },
    async pickDatabaseFile() {
      const win = window();
      const opts = {
        title: 'Mở tệp dữ liệu',
        properties: ['openFile' as const],
        filters: [{ name: 'Tệp dữ liệu tochuc', extensions: ['sqlite', 'db'] }],
      };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
