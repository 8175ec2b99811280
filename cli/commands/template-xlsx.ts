import type { Command } from '../command.ts';
import { dbOption, need, openCtx, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { formatInt } from '../../format/vi.ts';
import { CLI_JOB, withStderrProgress } from '../progress.ts';

export const templateXlsxCommand: Command = {
  name: 'template-xlsx',
  summary: 'Tạo mẫu nhập số liệu (.xlsx) của một năm: mỗi đơn vị một dòng, mỗi chỉ tiêu một cột',
  usage: 'tochuc template-xlsx --db demo.sqlite --year 2020 --out nhap-so-lieu-2020.xlsx',
  options: { ...dbOption, year: { type: 'string' }, out: { type: 'string' } },
  async run(values) {
    const ctx = withStderrProgress(openCtx(values));
    const r = await dispatch(ctx, 'data.template', { year: yearArg(values), out: need(values, 'out'), jobId: CLI_JOB });
    process.stdout.write(`Đã ghi ${r.path} (${formatInt(r.rows)} đơn vị, ${formatInt(r.bytes)} byte).\n`);
  },
};
