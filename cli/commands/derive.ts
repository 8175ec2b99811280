import type { Command } from '../command.ts';
import { dbOption, jsonOption, need, openCtx, printJson } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { LEVELS, type Level } from '../../settings/schema.ts';
import { formatInt } from '../../format/vi.ts';

export const deriveCommand: Command = {
  name: 'derive',
  summary: 'Tạo tệp dữ liệu cho một đảng bộ mới từ tệp cũ: các đơn vị đã chọn cùng mọi năm trước của chúng',
  usage: 'tochuc derive --db OLD --units CODE[,CODE…] --as "Đảng bộ xã …" --level xa|huyen|tinh --out NEW [--json]',
  options: {
    ...dbOption,
    ...jsonOption,
    units: { type: 'string' },
    as: { type: 'string' },
    level: { type: 'string' },
    out: { type: 'string' },
  },
  async run(values) {
    const level = need(values, 'level');
    if (!(LEVELS as readonly string[]).includes(level))
      throw new UserError(`--level nhận ${LEVELS.join(', ')} (nhận được "${level}").`, 'usage');
    const codes = need(values, 'units')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const out = need(values, 'out');
    const ctx = openCtx(values);
    const r = await dispatch(ctx, 'data.derive', { codes, as: need(values, 'as'), level: level as Level, out });
    ctx.session.db.close();
    if (values.json) return printJson({ out: r.out, years: r.years, units: r.units, rows: r.rows });
    process.stdout.write(
      `Đã tạo ${r.out}: ${formatInt(r.units)} đơn vị, các năm ${r.years.join(', ')}; ` +
        `${formatInt(r.rows.figure ?? 0)} số liệu, ${formatInt((r.rows.unit_rating ?? 0) + (r.rows.member_rating ?? 0))} dòng xếp loại, ` +
        `${formatInt(r.rows.committee_member ?? 0)} cấp ủy viên, ${formatInt(r.rows.lineage_event ?? 0)} sự kiện sắp xếp.\n`,
    );
  },
};
