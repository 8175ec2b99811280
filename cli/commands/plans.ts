import type { Command, Values } from '../command.ts';
import { dbOption, jsonOption, need, openCtx, printJson, str, yearArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { Ctx } from '../../core/context.ts';
import { UserError } from '../../core/errors.ts';
import { renderTable } from '../table.ts';
import { formatInt, formatListDate } from '../../format/vi.ts';

const SUBCOMMANDS = ['list', 'add', 'edit', 'remove', 'copy'] as const;

/** The plan named by --plan or the first positional after the subcommand. */
function planId(values: Values, positionals: string[]): number {
  const raw = str(values, 'plan') ?? positionals[1];
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < 1)
    throw new UserError(`Cần số đề án: --plan N (nhận được "${raw ?? ''}"). Xem các đề án: tochuc plans list --db F`, 'usage');
  return n;
}

async function findPlan(ctx: Ctx, id: number) {
  const p = (await dispatch(ctx, 'plans.list', {})).find((x) => x.id === id);
  if (!p) throw new UserError(`Không có đề án số ${id}.`, 'not-found');
  return p;
}

function describe(p: {
  id: number;
  name: string;
  number: string | null;
  issuedOn?: string | null;
  startYear: number;
  endYear: number;
  targets: unknown[];
}): string {
  const number = p.number ? `, số ${p.number}` : '';
  const date = p.issuedOn ? `, ngày ${formatListDate(p.issuedOn)}` : '';
  return `Đề án số ${p.id}: ${p.name}${number}${date} (${p.startYear}–${p.endYear}), ${formatInt(p.targets.length)} chỉ tiêu.`;
}

function period(values: Values, current?: { startYear: number; endYear: number }) {
  const from = values.from === undefined ? current?.startYear : yearArg(values, 'from');
  const to = values.to === undefined ? current?.endYear : yearArg(values, 'to');
  if (from === undefined || to === undefined) throw new UserError('Cần thời gian thực hiện: --from 2020 --to 2025.', 'usage');
  return { startYear: from, endYear: to };
}

export const plansCommand: Command = {
  name: 'plans',
  summary: 'Đề án: xem, thêm, sửa, sao chép, xóa (chỉ tiêu của đề án: tochuc targets add|edit|remove)',
  usage:
    'tochuc plans list --db F [--json] | plans add --db F --name "…" --from 2020 --to 2025 [--number "…"] [--date 2020-03-15] [--json] | ' +
    'plans edit --plan N [--name …] [--number …] [--date …] [--from Y] [--to Y] | plans copy --plan N [--name …] [--from Y --to Y] | plans remove --plan N',
  options: {
    ...dbOption,
    ...jsonOption,
    plan: { type: 'string' },
    name: { type: 'string' },
    number: { type: 'string' },
    date: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  async run(values, positionals) {
    const sub = positionals[0] ?? 'list';
    if (!(SUBCOMMANDS as readonly string[]).includes(sub))
      throw new UserError(`Không có lệnh con "${sub}" của plans. Có: ${SUBCOMMANDS.join(', ')}.`, 'usage');
    const ctx = openCtx(values);
    const date = str(values, 'date');
    if (sub === 'list') {
      const plans = await dispatch(ctx, 'plans.list', {});
      if (values.json) return printJson(plans);
      if (plans.length === 0) {
        process.stdout.write(
          `Chưa có đề án nào. Thêm đề án: tochuc plans add --db ${need(values, 'db')} --name "…" --from 2020 --to 2025\n`,
        );
        return;
      }
      process.stdout.write(
        `${renderTable(
          ['Số', 'Đề án', 'Số hiệu', 'Thời gian', 'Chỉ tiêu'],
          plans.map((p) => [String(p.id), p.name, p.number ?? '', `${p.startYear}–${p.endYear}`, formatInt(p.targets.length)]),
          [true, false, false, false, true],
        )}\n`,
      );
      return;
    }
    if (sub === 'add') {
      const r = await dispatch(ctx, 'plans.create', {
        name: need(values, 'name'),
        number: str(values, 'number') ?? null,
        issuedOn: date ?? null,
        ...period(values),
      });
      if (values.json) return printJson(r);
      process.stdout.write(
        `${describe(await findPlan(ctx, r.id))}\nThêm chỉ tiêu: tochuc targets add --db ${need(values, 'db')} --plan ${r.id} --label "…" --scope … --measure … --threshold …\n`,
      );
      return;
    }
    const id = planId(values, positionals);
    if (sub === 'remove') {
      const p = await findPlan(ctx, id);
      await dispatch(ctx, 'plans.delete', { id });
      if (values.json) return printJson({ ok: true, id });
      process.stdout.write(`Đã xóa đề án số ${id} (${p.name}) cùng ${formatInt(p.targets.length)} chỉ tiêu.\n`);
      return;
    }
    if (sub === 'copy') {
      const r = await dispatch(ctx, 'plans.copy', {
        id,
        name: str(values, 'name'),
        number: str(values, 'number'),
        startYear: values.from === undefined ? undefined : yearArg(values, 'from'),
        endYear: values.to === undefined ? undefined : yearArg(values, 'to'),
      });
      if (values.json) return printJson(r);
      process.stdout.write(`Đã sao chép: ${describe(await findPlan(ctx, r.id))}\n`);
      return;
    }
    const p = await findPlan(ctx, id);
    await dispatch(ctx, 'plans.update', {
      id,
      name: str(values, 'name') ?? p.name,
      number: values.number === undefined ? p.number : str(values, 'number')!,
      issuedOn: date ?? p.issuedOn ?? null,
      ...period(values, p),
    });
    if (values.json) return printJson({ ok: true, id });
    process.stdout.write(`Đã sửa: ${describe(await findPlan(ctx, id))}\n`);
  },
};
