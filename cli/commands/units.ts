import type { Command } from '../command.ts';
import { dbOption, jsonOption, openCtx, printJson, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { formatInt } from '../../format/vi.ts';

export const unitsCommand: Command = {
  name: 'units',
  summary: 'Cơ cấu tổ chức của một năm với số đảng viên',
  usage: 'tochuc units --db demo.sqlite --year 2019 [--json]',
  options: { ...dbOption, ...jsonOption, year: { type: 'string' } },
  async run(values) {
    const ctx = openCtx(values);
    const year = yearArg(values);
    const units = await dispatch(ctx, 'units.list', { year });
    if (values.json) {
      printJson({ year, units: units.map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent: u.parent, members: u.members })) });
      return;
    }
    const lines = units.map((u) => `${'  '.repeat(u.depth)}${u.name} [${u.code}] — ${formatInt(u.members)} đảng viên`);
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
