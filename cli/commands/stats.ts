import type { Command } from '../command.ts';
import { dbOption, jsonOption, openCtx, printJson, str, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { renderTable } from '../table.ts';
import { formatInt } from '../../format/vi.ts';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Phân tổ số chi bộ, đảng viên của một năm, với tỷ lệ tính đúng',
  usage: 'tochuc stats --db demo.sqlite --year 2019 [--breakdown nhom-chi-bo] [--json]',
  options: { ...dbOption, ...jsonOption, year: { type: 'string' }, breakdown: { type: 'string' } },
  async run(values) {
    const ctx = openCtx(values);
    const r = await dispatch(ctx, 'stats.breakdown', { year: yearArg(values), breakdown: str(values, 'breakdown') });
    if (values.json) {
      printJson({
        year: r.year,
        breakdown: r.breakdown,
        rows: r.rows.map((x) => ({ label: x.label, units: x.units, members: x.members, share: x.share, shareText: x.shareText })),
        total: { units: r.total.units, members: r.total.members },
        roundingNote: r.roundingNote,
        identities: r.identities,
        ...(r.coverage && !r.coverage.complete ? { coverage: r.coverage } : {}),
      });
      return;
    }
    // An incomplete year's total is the total of what was entered, and says so.
    const partial = r.coverage !== undefined && !r.coverage.complete;
    const rows = r.rows.map((x) => [x.label, x.units === null ? '' : formatInt(x.units), formatInt(x.members), x.shareText]);
    rows.push([
      partial ? 'Tổng (phần đã nhập)' : 'Tổng',
      r.total.units === null ? '' : formatInt(r.total.units),
      formatInt(r.total.members),
      partial ? '' : r.total.shareText,
    ]);
    const head = ['', 'Số chi bộ', 'Số đảng viên', r.shareOf === 'members' ? 'Tỷ lệ đảng viên' : 'Tỷ lệ đơn vị'];
    const lines = [
      `${r.name} — năm ${r.year}`,
      ...(partial ? [`⚠ ${r.coverage!.text}`] : []),
      '',
      renderTable(head, rows, [false, true, true, true]),
    ];
    if (r.roundingNote) lines.push('', `Ghi chú: ${r.roundingNote}`);
    for (const id of r.identities) lines.push(`${!id.ok ? '✗' : partial ? '·' : '✓'} ${id.text}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
