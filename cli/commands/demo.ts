import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { need } from '../command.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Tạo tệp dữ liệu mẫu (Đảng bộ huyện Quốc Oai 2017–2019)',
  usage: 'tochuc demo --out demo.sqlite',
  options: { out: { type: 'string' } },
  async run(values) {
    const path = resolve(need(values, 'out'));
    if (existsSync(path)) throw new UserError(`Tệp "${path}" đã có; hãy chọn tên khác hoặc xóa tệp cũ.`, 'exists');
    const ctx = createCtx(createSession(path), { kind: 'cli' });
    const { years } = await dispatch(ctx, 'app.loadDemo', {});
    ctx.session.db.close();
    process.stdout.write(`Đã tạo dữ liệu mẫu ${path} (các năm ${years.join(', ')}).\n`);
  },
};
