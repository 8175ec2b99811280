import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { need } from '../command.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { buildCommuneDemo, COMMUNE_NOTES } from '../../demo/commune.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary:
    'Tạo tệp dữ liệu mẫu (Đảng bộ huyện Quốc Oai 2017–2019; với --commune: Đảng bộ xã Quốc Oai sau sắp xếp 2025, 2017–2019 và 2025–2026)',
  usage: 'tochuc demo --out demo.sqlite [--commune]',
  options: { out: { type: 'string' }, commune: { type: 'boolean' } },
  async run(values) {
    const path = resolve(need(values, 'out'));
    if (existsSync(path)) throw new UserError(`Tệp "${path}" đã có; hãy chọn tên khác hoặc xóa tệp cũ.`, 'exists');
    if (values.commune) {
      const { years } = buildCommuneDemo(path);
      process.stdout.write(
        `Đã tạo dữ liệu mẫu Đảng bộ xã Quốc Oai ${path} (các năm ${years.join(', ')}).\n${COMMUNE_NOTES.map((n) => `Ghi chú: ${n}`).join('\n')}\n`,
      );
      return;
    }
    const ctx = createCtx(createSession(path), { kind: 'cli' });
    const { years } = await dispatch(ctx, 'app.loadDemo', {});
    ctx.session.db.close();
    process.stdout.write(`Đã tạo dữ liệu mẫu ${path} (các năm ${years.join(', ')}).\n`);
  },
};
