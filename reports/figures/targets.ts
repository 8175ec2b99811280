/** The plan's targets, as the targets module evaluates them: the list, the year's results, and targets met per year. */
import type { DB } from '../../db/open.ts';
import { listPlans } from '../../db/plans.ts';
import { evaluatePlan, type Failing, type TargetResult } from '../../targets/evaluate.ts';
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
    case 'notMet':
      return `${STATUS_LABELS.notMet} (cần thêm ${formatInt(t.shortfall ?? 0)})`;
    default:
      return STATUS_LABELS[t.status];
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

/** Units named in a shortfall: a few, then how many more, so a sentence stays a sentence. */
export const UNITS_NAMED = 5;

function unitsNamed(failing: Failing[], total: number): string {
  const names = [...new Set(failing.map((f) => (f.parent ? `${f.unit} (${f.parent})` : f.unit)))].slice(0, UNITS_NAMED);
  if (names.length === 0) return '';
  const more = total - names.length;
  return `${names.join(', ')}${more > 0 ? ` và ${formatInt(more)} đơn vị khác` : ''}`;
}

/** "đạt 2/13 chỉ tiêu đến hạn (trong 18 chỉ tiêu)": what a reader can check against the table below it. */
export function targetsSentence(met: number, due: number, all: number): string {
  if (due === 0) return `chưa có chỉ tiêu nào đến hạn đánh giá (trong ${formatInt(all)} chỉ tiêu)`;
  return `đạt ${formatInt(met)}/${formatInt(due)} chỉ tiêu đến hạn${all !== due ? ` (trong ${formatInt(all)} chỉ tiêu)` : ''}`;
}

export function targetsFigures(db: DB, req: FigureRequest): Figures {
  const plan = listPlans(db)[0];
  if (!plan) {
    return {
      values: {
        'ten-de-an': 'Chưa có đề án',
        'so-chi-tieu': '0',
        'so-chi-tieu-dat': '0',
        'tong-so-chi-tieu': '0',
        'cau-ket-qua-chi-tieu': 'chưa có chỉ tiêu (tệp dữ liệu chưa có đề án)',
      },
      tables: { 'bang:chi-tieu': emptyTable(NO_TARGETS, 3), 'bang:ket-qua-chi-tieu': emptyTable(NO_TARGETS, 4) },
      charts: {},
      lists: { 'chi-tieu': [], 'chi-tieu-chua-dat': [] },
      flags: { 'co-chi-tieu': false, 'co-chi-tieu-chua-dat': false },
    };
  }
  // The year itself is evaluated once, with the failing units the sentences name; earlier years of the
  // plan only for the chart (at province scale each evaluation reads 25.000 cells).
  const r = evaluatePlan(db, req.year, plan.id, UNITS_NAMED);
  const earlier = req.compareYears.filter((y) => y >= plan.startYear && y <= plan.endYear);
  const perYear = [
    ...(earlier.length > 0 ? targetsTable(db, earlier, plan.id).perYear : []),
    ...(r.inPeriod
      ? [
          {
            year: req.year,
            met: r.targets.filter((t) => t.status === 'met').length,
            notMet: r.targets.filter((t) => t.status === 'notMet').length,
          },
        ]
      : []),
  ];
  const targets: (Shown & { failing: Failing[]; failingTotal: number })[] = r.targets;
  // Scope printed on every row: the writer merges a group's cells into one, as offices draw them.
  const scopeCell = (t: Shown) => t.scope;
  const list: TableData = {
    head: [[{ text: 'STT' }, { text: 'Nhóm chi bộ' }, { text: 'Chỉ tiêu' }, { text: 'Mức' }, { text: 'Thời hạn' }]],
    rows: targets.map((t, i) => [String(i + 1), scopeCell(t), t.label, formatThreshold(t.threshold), due(t)]),
    align: ['center', 'left', 'left', 'right', 'center'],
    widths: [7, 20, 49, 10, 14],
    boldRows: [],
    mergeColumns: [1],
    title: 'Các chỉ tiêu của đề án theo nhóm chi bộ',
    note: `${plan.name} (${plan.startYear}–${plan.endYear}).`,
  };
  const results: TableData = {
    head: [[{ text: 'Nhóm chi bộ' }, { text: 'Chỉ tiêu' }, { text: `Thực hiện năm ${req.year}` }, { text: 'Kết quả' }]],
    rows: targets.map((t) => [
      scopeCell(t),
      t.label,
      t.part !== null && t.whole !== null
        ? `${formatShare(t.part, t.whole, req.decimals)} (${formatInt(t.part)}/${formatInt(t.whole)})`
        : '—',
      result(t),
    ]),
    align: ['left', 'left', 'right', 'center'],
    widths: [18, 46, 18, 18],
    boldRows: [],
    mergeColumns: [0],
    title: `Kết quả thực hiện các chỉ tiêu năm ${req.year}`,
    unit: '%, số đơn vị hoặc người',
    note: r.inPeriod
      ? 'Đạt hay chưa đạt được xét trên giá trị chính xác, không trên tỷ lệ đã làm tròn.'
      : `Năm ${req.year} ngoài thời gian đề án (${plan.startYear}–${plan.endYear}): các chỉ tiêu không được đánh giá.`,
  };
  const judged = targets.filter((t) => t.status === 'met' || t.status === 'notMet');
  const met = judged.filter((t) => t.status === 'met').length;
  const charts: Figures['charts'] = {};
  if (perYear.length > 0) {
    charts['bieu-do:chi-tieu'] = {
      kind: 'chi-tieu',
      title: 'Số chỉ tiêu đến hạn đạt và chưa đạt',
      years: perYear.map((p) => p.year),
      met: perYear.map((p) => p.met),
      notMet: perYear.map((p) => p.notMet),
      // The document's chart is of targets due ("đến hạn"): not-yet-due ones are counted in its table instead.
      progress: perYear.map(() => 0),
    };
  }
  const notMet = targets.filter((t) => t.status === 'notMet');
  const actual = (t: Shown) =>
    t.part !== null && t.whole !== null
      ? `${formatShare(t.part, t.whole, req.decimals)} (${formatInt(t.part)}/${formatInt(t.whole)})`
      : 'chưa có số liệu';
  return {
    values: {
      'ten-de-an': plan.name,
      'so-chi-tieu': formatInt(judged.length),
      'so-chi-tieu-dat': formatInt(met),
      'tong-so-chi-tieu': formatInt(targets.length),
      'cau-ket-qua-chi-tieu': r.inPeriod
        ? targetsSentence(met, judged.length, targets.length)
        : `năm ${req.year} ngoài thời gian đề án (${plan.startYear}–${plan.endYear})`,
    },
    tables: { 'bang:chi-tieu': list, 'bang:ket-qua-chi-tieu': results },
    charts,
    lists: {
      'chi-tieu': targets.map((t) => ({
        ten: t.label,
        nhom: t.scope,
        muc: formatThreshold(t.threshold),
        'thuc-hien': actual(t),
        'ket-qua': result(t),
      })),
      'chi-tieu-chua-dat': notMet.map((t) => ({
        ten: t.label,
        nhom: t.scope,
        muc: formatThreshold(t.threshold),
        'thuc-hien': actual(t),
        'can-them': formatInt(t.shortfall ?? 0),
        'don-vi': unitsNamed(t.failing, t.failingTotal),
      })),
    },
    flags: { 'co-chi-tieu': targets.length > 0, 'co-chi-tieu-chua-dat': notMet.length > 0 },
  };
}
