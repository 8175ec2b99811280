import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { dbOption, jsonOption, need, openCtx, printJson, str } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { createCtx } from '../../api/session.ts';
import { openDatabase } from '../../db/open.ts';
import type { Ctx, Session } from '../../core/context.ts';

/**
 * A corrupt file cannot be opened, yet it is exactly the one to restore: the session then holds an
 * empty in-memory database as a placeholder and the restore replaces the file on disk.
 */
function ctxEvenIfCorrupt(values: Record<string, unknown>): Ctx {
  try {
    return openCtx(values as never);
  } catch (e) {
    if (!(e instanceof UserError) || e.code !== 'corrupt') throw e;
    const path = resolve(need(values as never, 'db'));
    process.stderr.write(`Tệp "${path}" bị hỏng; sẽ giữ lại bản hỏng trong sao-luu/ và khôi phục.\n`);
    const session: Session = {
      db: openDatabase(':memory:'),
      dbPath: path,
      open() {
        throw new UserError('Chưa mở được tệp dữ liệu.', 'corrupt');
      },
    };
    return createCtx(session, { kind: 'cli' });
  }
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Khôi phục tệp dữ liệu từ một bản sao lưu (kiểm tra tệp, sao lưu tệp hiện tại trước)',
  usage: 'tochuc restore --db demo.sqlite [--from sao-luu.sqlite | --newest] [--json]',
  options: { ...dbOption, ...jsonOption, from: { type: 'string' }, newest: { type: 'boolean' } },
  async run(values) {
    const from = str(values, 'from');
    if (from && values.newest) throw new UserError('Chỉ dùng một trong --from và --newest.', 'usage');
    if (!from && !values.newest) throw new UserError('Cần --from TỆP hoặc --newest (bản sao lưu tự động mới nhất).', 'usage');
    if (from && !existsSync(resolve(from))) throw new UserError(`Không tìm thấy tệp sao lưu "${resolve(from)}".`, 'not-found');
    const ctx = ctxEvenIfCorrupt(values);
    const r = await dispatch(ctx, 'data.restore', { from: from ? resolve(from) : undefined });
    ctx.session.db.close();
    if (values.json) return printJson(r);
    for (const s of r.skipped) process.stdout.write(`Bỏ qua bản sao lưu "${s.name}": ${s.reason}\n`);
    process.stdout.write(
      `Đã khôi phục ${ctx.session.dbPath} từ ${r.restoredFrom} (lược đồ ${r.schemaVersion}).${r.savedCurrentAs ? ` Tệp trước khi khôi phục được giữ ở ${r.savedCurrentAs}.` : ''}\n`,
    );
  },
};
