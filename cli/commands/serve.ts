import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../command.ts';
import { need, str } from '../command.ts';
import { createSession } from '../../api/session.ts';
import { startWebServer } from '../../web/server.ts';
import { UserError } from '../../core/errors.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Chế độ web: giao diện và API trên http://127.0.0.1',
  usage: 'tochuc serve --db demo.sqlite [--port 4780] [--create] [--check-outputs]',
  options: { db: { type: 'string' }, port: { type: 'string' }, create: { type: 'boolean' }, 'check-outputs': { type: 'boolean' } },
  async run(values) {
    // Development (npm run web): every call's result is checked against the contract, as in the tests.
    if (values['check-outputs']) process.env.TOCHUC_CHECK_OUTPUTS = '1';
    const path = resolve(need(values, 'db'));
    if (!existsSync(path)) {
      if (!values.create) throw new UserError(`Không tìm thấy tệp dữ liệu "${path}". Thêm --create để tạo tệp trống.`, 'not-found');
      mkdirSync(dirname(path), { recursive: true });
    }
    const portText = str(values, 'port') ?? '4780';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port phải là số cổng 0–65535 (nhận được "${portText}").`, 'usage');
    const web = await startWebServer({ session: createSession(path), port, staticDir: join(root, 'dist', 'renderer') });
    process.stdout.write(`${web.url}\n`);
    process.stdout.write(`Đang phục vụ ${path} tại ${web.url} (chỉ máy này truy cập được). Nhấn Ctrl+C để dừng.\n`);
    const stop = () => void web.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
};
