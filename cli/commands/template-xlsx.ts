import type { Command } from '../command.ts';
import { dbOption, need, openCtx, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { formatInt } from '../../format/vi.ts';
import { CLI_JOB, withStderrProgress } from '../progress.ts';

export const templateXlsxCommand: Command = {
  name: 'template-xlsx',
  summary:
    'Tạo mẫu nhập liệu (.xlsx) của một năm: trang Số liệu (mỗi đơn vị một dòng, mỗi chỉ tiêu một cột), Xếp loại, Cấp ủy viên; --units: mẫu danh sách đơn vị',
  usage:
    'tochuc template-xlsx --db demo.sqlite --year 2020 --out nhap-so-lieu-2020.xlsx | template-xlsx --units --db F [--year Y] --out don-vi.xlsx',
  options: { ...dbOption, year: { type: 'string' }, out: { type: 'string' }, units: { type: 'boolean' } },
  async run(values) {
    const ctx = withStderrProgress(openCtx(values));
    if (values.units) {
      const u = await dispatch(ctx, 'units.template', {
        year: values.year === undefined ? undefined : yearArg(values),
        out: need(values, 'out'),
      });
      process.stdout.write(`Đã ghi ${u.path} (${formatInt(u.rows)} đơn vị, ${formatInt(u.bytes)} byte).\n`);
      return;
    }
    const r = await dispatch(ctx, 'data.template', { year: yearArg(values), out: need(values, 'out'), jobId: CLI_JOB });
    process.stdout.write(`Đã ghi ${r.path} (${formatInt(r.rows)} đơn vị, ${formatInt(r.bytes)} byte).\n`);
  },
};
