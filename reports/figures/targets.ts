/** The plan's targets, as the targets module evaluates them: the list, the year's results, and targets met per year. */
import type { DB } from '../../db/open.ts';
import { listPlans } from '../../db/plans.ts';
import { evaluatePlan, type TargetResult } from '../../targets/evaluate.ts';
import { targetsTable } from '../../targets/table.ts';
import { formatInt, formatShare } from '../../format/vi.ts';
import { STATUS_LABELS } from '../../core/labels.ts';
import { formatThreshold } from '../../targets/threshold.ts';
import type { FigureRequest, Figures, TableData } from '../model.ts';

export const NO_TARGETS = 'Chưa có chỉ tiêu: tệp dữ liệu chưa có đề án nào.';

/** What the document shows of a target in the report's year. */
type Shown = Pick<TargetResult, 'label' | 'scope' | 'threshold' | 'due' | 'dueYear' | 'status' | 'shortfall' | 'part' | 'whole'>;

function due(t: Shown): string {
  return t.due === 'everyYear' ? 'Hằng năm' : `Đến năm ${t.dueYear}`;
}

function result(t: Shown): string {
  switch (t.status) {
    case 'notMet': return `${STATUS_LABELS.notMet} (cần thêm ${formatInt(t.shortfall ?? 0)})`;
    default: return STATUS_LABELS[t.status];
  }
}

const emptyTable = (text: string, columns: number): TableData => ({
  head: [[{ text: 'Chỉ tiêu' }, ...Array.from({ length: columns - 1 }, () => ({ text: '' }))]],
  rows: [[text, ...Array.from({ length: columns - 1 }, () => '')]],
  align: Array.from({ length: columns }, () => 'left' as const),
  widths: [70, ...Array.from({ length: columns - 1 }, () => 30 / (columns - 1))],
  boldRows: [],
  note: null,
});

export function targetsFigures(db: DB, req: FigureRequest): Figures {
  const plan = listPlans(db)[0];
  if (!plan) {
    return {
      values: { 'ten-de-an': 'Chưa có đề án', 'so-chi-tieu': '0', 'so-chi-tieu-dat': '0' },
      tables: { 'bang:chi-tieu': emptyTable(NO_TARGETS, 3), 'bang:ket-qua-chi-tieu': emptyTable(NO_TARGETS, 4) },
      charts: {},
    };
  }
  const inPlan = [...req.compareYears, req.year].filter((y) => y >= plan.startYear && y <= plan.endYear);
  // The years' table already evaluates the report's year when it is in the plan: taken from there
  // rather than evaluated a second time (at province scale each evaluation reads 25.000 cells).
  const table = inPlan.length > 0 ? targetsTable(db, inPlan, plan.id) : null;
  const k = table ? table.years.indexOf(req.year) : -1;
  const r: { inPeriod: boolean; targets: Shown[] } = table && k >= 0
    ? { inPeriod: true, targets: table.rows.map((row) => ({ ...row, ...row.cells[k]! })) }
    : evaluatePlan(db, req.year, plan.id, 0);
  const targets = r.targets;
  // Scope named once, on the first target of each group, as the đề án's "Đối với chi bộ …" paragraphs do.
  const scopeCell = (t: Shown, i: number) => (i === 0 || targets[i - 1]!.scope !== t.scope ? t.scope : '');
  const list: TableData = {
    head: [[{ text: 'STT' }, { text: 'Nhóm chi bộ' }, { text: 'Chỉ tiêu' }, { text: 'Mức' }, { text: 'Thời hạn' }]],
    rows: targets.map((t, i) => [String(i + 1), scopeCell(t, i), t.label, formatThreshold(t.threshold), due(t)]),
    align: ['center', 'left', 'left', 'right', 'center'],
    widths: [7, 20, 49, 10, 14],
    boldRows: [],
    note: `${plan.name} (${plan.startYear}–${plan.endYear}).`,
  };
  const results: TableData = {
    head: [[{ text: 'Nhóm chi bộ' }, { text: 'Chỉ tiêu' }, { text: `Thực hiện năm ${req.year}` }, { text: 'Kết quả' }]],
    rows: targets.map((t, i) => [
      scopeCell(t, i), t.label,
      t.part !== null && t.whole !== null ? `${formatShare(t.part, t.whole, req.decimals)} (${formatInt(t.part)}/${formatInt(t.whole)})` : '—',
      result(t),
    ]),
    align: ['left', 'left', 'right', 'center'],
    widths: [18, 46, 18, 18],
    boldRows: [],
    note: r.inPeriod
      ? 'Đạt hay chưa đạt được xét trên giá trị chính xác, không trên tỷ lệ đã làm tròn.'
      : `Năm ${req.year} ngoài thời gian đề án (${plan.startYear}–${plan.endYear}): các chỉ tiêu không được đánh giá.`,
  };
  const judged = targets.filter((t) => t.status === 'met' || t.status === 'notMet');
  const met = judged.filter((t) => t.status === 'met').length;
  const charts: Figures['charts'] = {};
  if (table) {
    charts['bieu-do:chi-tieu'] = {
      kind: 'chi-tieu',
      title: 'Số chỉ tiêu đến hạn đạt và chưa đạt',
      years: table.perYear.map((p) => p.year),
      met: table.perYear.map((p) => p.met),
      notMet: table.perYear.map((p) => p.notMet),
      // The document's chart is of targets due ("đến hạn"): not-yet-due ones are counted in its table instead.
      progress: table.perYear.map(() => 0),
    };
  }
  return {
    values: { 'ten-de-an': plan.name, 'so-chi-tieu': formatInt(judged.length), 'so-chi-tieu-dat': formatInt(met) },
    tables: { 'bang:chi-tieu': list, 'bang:ket-qua-chi-tieu': results },
    charts,
  };
}
