import type { Command, Values } from '../command.ts';
import { dbOption, intArg, jsonOption, need, openCtx, printJson, str, yearArg, yearsArg } from '../command.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { OutputOf } from '../../api/define.ts';
import type { Ctx } from '../../core/context.ts';
import type { Api, MethodName } from '../../api/contract.ts';
import { FAILING_PAGE_MAX } from '../../api/contract/targets.ts';
import { UserError } from '../../core/errors.ts';
import { STATUS_LABELS, type TargetStatus } from '../../core/labels.ts';
import { renderTable } from '../table.ts';
import { formatInt, formatShare } from '../../format/vi.ts';
import { formatThreshold } from '../../targets/threshold.ts';

type Out<K extends MethodName> = OutputOf<Api[K]>;

const SUBCOMMANDS = ['quota', 'mapping', 'catalog', 'plans', 'add', 'edit', 'remove'] as const;

function shareText(part: number | null, whole: number | null): string {
  return part === null || whole === null ? '' : formatShare(part, whole);
}

// Marks for a terminal table cell; keyed by the status so a new status needs its mark.
const MARK: Record<TargetStatus, string> = { met: '✓', notMet: '✗', progress: '◷', outsidePeriod: 'ngoài kỳ', noData: 'không có số liệu' };

type Failing = Out<'targets.failing'>['items'];

/** The whole failing list of a target: the evaluation returns the first ones, the rest are read page by page. */
async function allFailing(ctx: Ctx, planId: number, year: number, t: Out<'targets.evaluate'>['targets'][number]): Promise<Failing> {
  const all = [...t.failing];
  while (all.length < t.failingTotal) {
    const page = await dispatch(ctx, 'targets.failing', { planId, targetId: t.id, year, offset: all.length, limit: FAILING_PAGE_MAX });
    if (page.items.length === 0) break;
    all.push(...page.items);
  }
  return all;
}

async function oneYear(ctx: Ctx, values: Values): Promise<void> {
  const r = await dispatch(ctx, 'targets.evaluate', { year: yearArg(values), planId: intArg(values, 'plan', 1) });
  if (values.json) {
    // The documented output lists every failing unit and member, as it always has.
    const failing = await Promise.all(r.targets.map((t) => allFailing(ctx, r.plan.id, r.year, t)));
    printJson({
      plan: { id: r.plan.id, name: r.plan.name },
      year: r.year,
      targets: r.targets.map((t, i) => ({
        id: t.id,
        label: t.label,
        scope: t.scope,
        threshold: t.threshold,
        actual: t.actual,
        met: t.met,
        shortfall: t.shortfall,
        failing: failing[i]!.map((f) => ({
          unit: f.unit,
          parent: f.parent,
          ...(f.member !== undefined ? { member: f.member, role: f.role } : {}),
          detail: f.detail,
        })),
        status: t.status,
        part: t.part,
        whole: t.whole,
        due: t.due,
        dueYear: t.dueYear,
        text: t.text,
      })),
      ...(r.coverage && !r.coverage.complete ? { coverage: r.coverage } : {}),
    });
    return;
  }
  const lines = [`${r.plan.name} (${r.plan.startYear}–${r.plan.endYear}) — năm ${r.year}`];
  const partial = r.coverage !== undefined && !r.coverage.complete;
  if (partial) lines.push(`⚠ ${r.coverage!.text}`);
  // "Đạt" on a year entered in part is only a reading of what was entered: no ✓ for it.
  const mark = (status: TargetStatus) => (partial && status === 'met' ? '?' : MARK[status]);
  if (!r.inPeriod) lines.push(`Năm ${r.year} nằm ngoài thời gian đề án: các chỉ tiêu không được đánh giá.`);
  let scope = '';
  for (const t of r.targets) {
    if (t.scope !== scope) lines.push('', `Đối với ${(scope = t.scope).toLowerCase()}:`);
    lines.push(`  ${mark(t.status)} [${t.id}] ${t.label}`, `      ${t.text}`);
    const where = (f: { unit: string; parent: string | null }) => (f.parent ? `${f.unit}, ${f.parent}` : f.unit);
    const shown = t.failing.slice(0, 5).map((f) => (f.member ? `${f.member} (${where(f)}): ${f.detail}` : `${where(f)}: ${f.detail}`));
    if (shown.length)
      lines.push(
        `      ${STATUS_LABELS.notMet}: ${shown.join('; ')}${t.failingTotal > 5 ? `; … và ${formatInt(t.failingTotal - 5)} khác` : ''}`,
      );
  }
  lines.push(
    '',
    `Ký hiệu: ✓ đạt, ✗ chưa đạt, ◷ chỉ tiêu "đến năm …" chưa đến hạn (kết quả giữa kỳ)${partial ? ', ? đạt trên phần đã nhập (năm chưa đủ số liệu)' : ''}.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function manyYears(ctx: Ctx, values: Values): Promise<void> {
  const r = await dispatch(ctx, 'targets.table', { years: yearsArg(values), planId: intArg(values, 'plan', 1) });
  if (values.json) {
    printJson(r);
    return;
  }
  const head = ['#', 'Phạm vi', 'Chỉ tiêu', 'Ngưỡng', ...r.years.map(String)];
  // A year entered in part gets no ✓: what it meets, it meets on what was entered.
  const partialYears = new Set((r.coverage ?? []).filter((c) => !c.complete).map((c) => c.year));
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const rows = r.rows.map((row) => [
    String(row.id),
    cut(row.scope, 24),
    cut(row.label, 60),
    `${formatThreshold(row.threshold)}${row.due === 'byYear' ? ` (${row.dueYear})` : ''}`,
    ...row.cells.map((c) => {
      const mark = c.status === 'met' && partialYears.has(c.year) ? '?' : MARK[c.status]!;
      return c.actual === null ? mark : `${shareText(c.part, c.whole)} ${mark}${c.shortfall ? ` −${formatInt(c.shortfall)}` : ''}`;
    }),
  ]);
  rows.push([
    '',
    '',
    'Số chỉ tiêu đạt / chưa đạt / chưa đến hạn',
    '',
    ...r.perYear.map((p) => (p.notEvaluated === r.rows.length ? '—' : `${p.met} / ${p.notMet} / ${p.progress}`)),
  ]);
  const out = [
    `${r.plan.name} (${r.plan.startYear}–${r.plan.endYear})`,
    ...(r.coverage ?? []).filter((c) => !c.complete).map((c) => `⚠ ${c.text}`),
    '',
    renderTable(
      head,
      rows,
      head.map((_, i) => i >= 3),
    ),
  ];
  out.push(
    '',
    `Ký hiệu: ✓ đạt, ✗ chưa đạt (−n: còn thiếu n chi bộ / người), ◷ chỉ tiêu "đến năm …" chưa đến hạn; "ngoài kỳ": năm ngoài thời gian đề án, không đánh giá${partialYears.size ? '; ? đạt trên phần đã nhập (năm chưa đủ số liệu)' : ''}.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

async function quota(ctx: Ctx, values: Values): Promise<void> {
  const r = await dispatch(ctx, 'targets.quota', { year: yearArg(values) });
  if (values.json) return printJson(r);
  const lines = [`Kiểm tra tỷ lệ xuất sắc năm ${r.year}`];
  for (const k of r.kinds) {
    lines.push('', `${k.label}${k.enabled ? '' : ' (không áp dụng theo cài đặt)'}`, k.rule);
    const over = k.groups.filter((g) => !g.ok);
    if (over.length === 0) lines.push(`Không có nơi nào vượt tỷ lệ (${formatInt(k.groups.length)} nơi đã kiểm tra).`);
    else {
      lines.push(
        renderTable(
          ['Nơi kiểm tra', 'HTXSNV', 'HTTNV', 'Tối đa', 'Vượt'],
          over.map((o) => [o.unit, formatInt(o.excellent), formatInt(o.good), formatInt(o.allowed), formatInt(o.excess)]),
          [false, true, true, true, true],
        ),
      );
      lines.push(
        `${formatInt(over.length)}/${formatInt(k.groups.length)} nơi vượt tỷ lệ${k.enabled ? '.' : ', không tính là vi phạm vì cài đặt tắt loại này.'}`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function mapping(ctx: Ctx, values: Values): Promise<void> {
  const r = await dispatch(ctx, 'targets.scaleMapping', {});
  if (values.json) return printJson(r);
  process.stdout.write(
    `${renderTable(
      ['Thang', 'Mức đã lưu', 'Quy đổi khi so sánh'],
      r.map((m) => [m.scaleName, m.name, m.comparableName]),
    )}\n`,
  );
  for (const m of r) if (m.note) process.stdout.write(`Ghi chú (${m.name}, ${m.scale}): ${m.note}\n`);
}

async function add(ctx: Ctx, values: Values): Promise<void> {
  const paramsText = str(values, 'params');
  let params: Record<string, unknown> = {};
  if (paramsText) {
    try {
      params = JSON.parse(paramsText) as Record<string, unknown>;
    } catch {
      throw new UserError(`--params phải là JSON, ví dụ '{"atLeast":"tot"}' (nhận được ${paramsText}).`, 'usage');
    }
  }
  const by = str(values, 'by');
  const planId = intArg(values, 'plan', 1) ?? (await dispatch(ctx, 'plans.list', {}))[0]?.id;
  if (planId === undefined) throw new UserError('Chưa có đề án nào: hãy tạo đề án trước.', 'no-plan');
  const threshold = Number(need(values, 'threshold'));
  const r = await dispatch(ctx, 'targets.add', {
    planId,
    label: need(values, 'label'),
    scope: need(values, 'scope'),
    measure: need(values, 'measure'),
    params,
    threshold,
    due: by ? 'byYear' : 'everyYear',
    dueYear: by ? Number(by) : null,
  });
  if (values.json) return printJson(r);
  process.stdout.write(`Đã thêm chỉ tiêu số ${r.id} vào đề án số ${planId}.\n`);
}

function targetId(values: Values): number {
  const id = intArg(values, 'id', 1);
  if (id === undefined) throw new UserError('Cần số chỉ tiêu: --id N (xem: tochuc targets plans --db F).', 'usage');
  return id;
}

/** A target as stored, to keep what an edit does not name. */
async function findTarget(ctx: Ctx, id: number) {
  for (const p of await dispatch(ctx, 'plans.list', {})) {
    const t = p.targets.find((x) => x.id === id);
    if (t) return { plan: p, target: t };
  }
  throw new UserError(`Không có chỉ tiêu số ${id}.`, 'not-found');
}

async function edit(ctx: Ctx, values: Values): Promise<void> {
  const id = targetId(values);
  const { plan, target: t } = await findTarget(ctx, id);
  const planId = intArg(values, 'plan', 1);
  if (planId !== undefined && planId !== plan.id)
    throw new UserError(`Chỉ tiêu số ${id} thuộc đề án số ${plan.id}, không phải đề án số ${planId}.`, 'usage');
  const paramsText = str(values, 'params');
  let params = t.params;
  if (paramsText) {
    try {
      params = JSON.parse(paramsText) as Record<string, unknown>;
    } catch {
      throw new UserError(`--params phải là JSON, ví dụ '{"atLeast":"tot"}' (nhận được ${paramsText}).`, 'usage');
    }
  }
  const by = str(values, 'by');
  const threshold = str(values, 'threshold');
  await dispatch(ctx, 'targets.update', {
    id,
    label: str(values, 'label') ?? t.label,
    scope: str(values, 'scope') ?? t.scope,
    measure: str(values, 'measure') ?? t.measure,
    params,
    threshold: threshold === undefined ? t.threshold : Number(threshold),
    due: by === undefined ? t.due : by === 'none' ? 'everyYear' : 'byYear',
    dueYear: by === undefined ? t.dueYear : by === 'none' ? null : Number(by),
  });
  if (values.json) return printJson({ ok: true, id });
  process.stdout.write(`Đã sửa chỉ tiêu số ${id} của đề án số ${plan.id}.\n`);
}

async function remove(ctx: Ctx, values: Values): Promise<void> {
  const id = targetId(values);
  const { plan, target } = await findTarget(ctx, id);
  await dispatch(ctx, 'targets.delete', { id });
  if (values.json) return printJson({ ok: true, id });
  process.stdout.write(`Đã xóa chỉ tiêu số ${id} ("${target.label}") của đề án số ${plan.id}.\n`);
}

export const targetsCommand: Command = {
  name: 'targets',
  summary: 'Chỉ tiêu đề án: đánh giá theo năm, bảng qua các năm, tỷ lệ xuất sắc 20%, bảng quy đổi xếp loại, thêm chỉ tiêu',
  usage:
    'tochuc targets --db F --year 2019 [--plan N] [--json] | --years 2017,2018,2019 | ' +
    'targets quota --year 2019 | targets mapping | targets catalog | targets plans | ' +
    'targets add --plan N --label "…" --scope thon-tdp --measure cell-admitted --threshold 90 [--params JSON] [--by 2020] | ' +
    'targets edit --id N [--label …] [--scope …] [--measure …] [--threshold …] [--params JSON] [--by 2020|none] | targets remove --id N',
  options: {
    ...dbOption,
    ...jsonOption,
    year: { type: 'string' },
    years: { type: 'string' },
    plan: { type: 'string' },
    id: { type: 'string' },
    label: { type: 'string' },
    scope: { type: 'string' },
    measure: { type: 'string' },
    params: { type: 'string' },
    threshold: { type: 'string' },
    by: { type: 'string' },
  },
  async run(values, positionals) {
    const sub = positionals[0];
    if (sub !== undefined && !(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UserError(`Không có lệnh con "${sub}" của targets. Có: ${SUBCOMMANDS.join(', ')}.`, 'usage');
    }
    const ctx = openCtx(values);
    if (sub === 'quota') return quota(ctx, values);
    if (sub === 'mapping') return mapping(ctx, values);
    if (sub === 'catalog') return printJson(await dispatch(ctx, 'targets.catalog', {}));
    if (sub === 'plans') return printJson(await dispatch(ctx, 'plans.list', {}));
    if (sub === 'add') return add(ctx, values);
    if (sub === 'edit') return edit(ctx, values);
    if (sub === 'remove') return remove(ctx, values);
    if (values.years !== undefined) return manyYears(ctx, values);
    return oneYear(ctx, values);
  },
};
