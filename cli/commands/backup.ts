import type { Command } from '../command.ts';
import { dbOption, jsonOption, openCtx, printJson, str } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { formatInt } from '../../format/vi.ts';
import { renderTable } from '../table.ts';
import { CLI_JOB, withStderrProgress } from '../progress.ts';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Sao lưu tệp dữ liệu (--out TỆP, hoặc vào thư mục sao-luu); --list: các bản sao lưu tự động',
  usage: 'tochuc backup --db demo.sqlite [--out sao-luu.sqlite] [--list] [--json]',
  options: { ...dbOption, ...jsonOption, out: { type: 'string' }, list: { type: 'boolean' } },
  async run(values) {
    const ctx = withStderrProgress(openCtx(values));
    if (values.list) {
      const list = await dispatch(ctx, 'data.backups', {});
      if (values.json) return printJson(list);
      process.stdout.write(
        list.length
          ? `${renderTable(
              ['Thời điểm', 'Lý do', 'Kích thước', 'Tệp'],
              list.map((b) => [b.at, b.reason, `${formatInt(b.bytes)} byte`, b.path]),
              [false, false, true, false],
            )}\n`
          : 'Chưa có bản sao lưu nào.\n',
      );
      return;
    }
    const r = await dispatch(ctx, 'data.backup', { out: str(values, 'out'), jobId: CLI_JOB });
    if (values.json) return printJson(r);
    process.stdout.write(`Đã sao lưu vào ${r.path} (${formatInt(r.bytes)} byte).\n`);
  },
};
