import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command, Values } from '../command.ts';
import { need, str } from '../command.ts';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../api/errors.ts';
import { PROVINCE } from '../../synth/options.ts';
import { formatInt } from '../../format/vi.ts';

function intArg(values: Values, key: string, fallback: number): number {
  const v = str(values, key);
  if (v === undefined) return fallback;
  const n = Number(v.replace(/[._]/g, ''));
  if (!Number.isInteger(n)) throw new UserError(`--${key} phải là số nguyên (nhận được "${v}").`, 'usage');
  return n;
}

export const synthCommand: Command = {
  name: 'synth',
  summary: 'Tạo tệp dữ liệu tổng hợp quy mô tỉnh (xác định theo hạt giống), để đo tốc độ',
  usage: 'tochuc synth --out province.sqlite [--units 25000] [--members 500000] [--years 10] [--last-year 2025] [--seed 8]',
  options: {
    out: { type: 'string' }, units: { type: 'string' }, members: { type: 'string' }, years: { type: 'string' },
    'last-year': { type: 'string' }, seed: { type: 'string' },
  },
  async run(values) {
    const path = resolve(need(values, 'out'));
    if (existsSync(path)) throw new UserError(`Tệp "${path}" đã có; hãy chọn tên khác hoặc xóa tệp cũ.`, 'exists');
    const ctx = createCtx(createSession(path), { kind: 'cli' });
    const started = performance.now();
    const jobId = 'synth';
    let shown = -1;
    ctx.progress = (id, done, text) => {
      const pct = Math.floor(done * 100);
      if (id === jobId && pct >= shown + 10) { shown = pct; process.stderr.write(`${pct}% ${text}\n`); }
    };
    const r = await dispatch(ctx, 'synth.province', {
      units: intArg(values, 'units', PROVINCE.units), members: intArg(values, 'members', PROVINCE.members),
      years: intArg(values, 'years', PROVINCE.years), lastYear: intArg(values, 'last-year', PROVINCE.lastYear),
      seed: intArg(values, 'seed', PROVINCE.seed), jobId,
    });
    ctx.session.db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.session.db.close();
    const last = r.years[r.years.length - 1]!;
    const changes = r.years.reduce((s, y) => s + (y.changes ? Object.values(y.changes).reduce((a, b) => a + b, 0) : 0), 0);
    process.stdout.write(
      `Đã tạo ${path}: ${r.years.length} năm (${r.years[0]!.year}–${last.year}), ${formatInt(r.unitsFirstYear)} đơn vị năm đầu, ` +
        `${formatInt(last.units)} đơn vị và ${formatInt(r.membersLastYear)} đảng viên năm cuối, ${formatInt(changes)} thay đổi tổ chức, ` +
        `trong ${formatInt(Math.round((performance.now() - started) / 1000))} giây.\n`,
    );
  },
};
