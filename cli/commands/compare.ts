import type { Command, Values } from '../command.ts';
import { dbOption, jsonOption, openCtx, printJson, str, yearsArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { renderTable } from '../table.ts';
import { formatInt, formatSignedInt } from '../../format/vi.ts';
import { UserError } from '../../core/errors.ts';

/** --basis own|today, checked once for compare and export. */
export function basisArg(values: Values): 'own' | 'today' {
  const basis = str(values, 'basis') ?? 'own';
  if (basis !== 'own' && basis !== 'today')
    throw new UserError(`--basis nhận "own" (cơ cấu của từng năm) hoặc "today" (cơ cấu hiện nay); nhận được "${basis}".`, 'usage');
  return basis;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'So sánh một cách phân tổ qua 2–10 năm',
  usage: 'tochuc compare --db demo.sqlite --years 2017,2018,2019 [--breakdown nhom-chi-bo] [--basis own|today] [--json]',
  options: { ...dbOption, ...jsonOption, years: { type: 'string' }, breakdown: { type: 'string' }, basis: { type: 'string' } },
  async run(values) {
    const basis = basisArg(values);
    const ctx = openCtx(values);
    const r = await dispatch(ctx, 'stats.compare', { years: yearsArg(values), breakdown: str(values, 'breakdown'), basis });
    if (values.json) {
      printJson(r);
      return;
    }
    const head = [
      '',
      ...r.years.flatMap((y, i) =>
        i === 0
          ? [`${y} chi bộ`, `${y} đảng viên`, `${y} tỷ lệ`]
          : [`${y} chi bộ`, `${y} đảng viên`, `${y} tỷ lệ`, '± đảng viên', '± điểm %'],
      ),
    ];
    const rows = r.rows.map((row) => [
      row.label,
      ...row.values.flatMap((v, i) => {
        const cells = v ? [v.units === null ? '' : formatInt(v.units), formatInt(v.members), v.shareText] : ['—', '—', '—'];
        const ch = row.changes[i];
        return i === 0 ? cells : [...cells, ch ? formatSignedInt(ch.members) : '—', ch ? ch.pointsText : '—'];
      }),
    ]);
    const numeric = head.length;
    if (r.rows.some((row) => row.changedIn.length > 0)) {
      head.push('Cơ cấu thay đổi năm');
      r.rows.forEach((row, i) => rows[i]!.push(row.changedIn.join(', ')));
    }
    const basisLine =
      r.basisYear === null
        ? 'Theo cơ cấu tổ chức của từng năm.'
        : `Theo cơ cấu tổ chức năm ${r.basisYear} (các năm trước tính lại theo lịch sử sáp nhập, chia tách).`;
    const partial = (r.coverage ?? []).filter((c) => !c.complete);
    // A change against a year entered in part is not a change: the user is told before reading it.
    const warn = partial.map((c) => `⚠ ${c.text}`);
    process.stdout.write(
      `${r.name}\n${basisLine}\n${warn.length ? `${warn.join('\n')}\n` : ''}\n${renderTable(
        head,
        rows,
        head.map((_, i) => i > 0 && i < numeric),
      )}\n`,
    );
    for (const n of r.notes) process.stdout.write(`Ghi chú: ${n}\n`);
    if (partial.length)
      process.stdout.write(
        `Ghi chú: mức tăng giảm so với năm ${partial.map((c) => c.year).join(', ')} chỉ tính trên phần đã nhập; chưa phải số thật.\n`,
      );
  },
};
