import type { Command } from '../command.ts';
import { dbOption, jsonOption, openCtx, printJson, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { formatInt } from '../../format/vi.ts';

const SHOWN = 20;

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'Năm đã nhập đủ chưa: chi bộ chưa có số liệu, tổ chức chưa xếp loại, chi bộ chưa có số đảng viên theo mức xếp loại',
  usage: 'tochuc coverage --db demo.sqlite --year 2020 [--json]',
  options: { ...dbOption, ...jsonOption, year: { type: 'string' } },
  async run(values) {
    const r = await dispatch(openCtx(values), 'coverage.year', { year: yearArg(values) });
    if (values.json) return printJson(r);
    const lines = [
      r.complete
        ? `Năm ${r.year} đã đủ: ${formatInt(r.leaves)} chi bộ có số liệu, ${formatInt(r.rated)} tổ chức đảng đã xếp loại, ${formatInt(r.cells)} chi bộ có số đảng viên theo mức xếp loại.`
        : r.text!,
    ];
    const list = (title: string, total: number, units: typeof r.missingFigures) => {
      if (total === 0) return;
      lines.push(
        '',
        `${title} (${formatInt(total)}):`,
        ...units.slice(0, SHOWN).map((u) => `  ${u.code}  ${u.name}${u.parent ? ` — ${u.parent}` : ''}`),
      );
      if (total > SHOWN) lines.push(`  … và ${formatInt(total - SHOWN)} đơn vị khác (xem --json).`);
    };
    list('Chưa có số liệu', r.leavesWithoutFigures, r.missingFigures);
    list('Chưa xếp loại', r.withoutRating, r.missingRatings);
    list('Chưa có số đảng viên theo mức xếp loại', r.cellsWithoutMemberRatings, r.missingMemberRatings);
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
