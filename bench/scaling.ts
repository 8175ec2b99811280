/**
 * The scaling table: the same measures on files of ¼, ½, 1 and 2 provinces, one line per file,
 * each cell the median with its ratio to the same-run baseline, the machine's load before and
 * after the line, and what went over budget; then the growth from one to two provinces.
 */
import { formatDecimal, formatInt } from '../format/vi.ts';
import { GROWTH_BUDGET, type Key } from './budgets.ts';
import { ratio, withinBudget, type Row } from './row.ts';

export interface ScaleLine {
  label: string;
  factor: number;
  units: number;
  members: number;
  fileMB: number;
  loadBefore: number;
  loadAfter: number;
  rows: Row[];
}

export const SCALING_KEYS: [Key, string][] = [
  ['breakdown', 'Phân tổ'],
  ['compare5', 'So sánh 5 năm'],
  ['targets', 'Chỉ tiêu'],
  ['checks', 'Kiểm tra'],
  ['grid', 'Số liệu'],
  ['de-an', 'Đề án'],
  ['hoi-nghi', 'Báo cáo hội nghị'],
  ['open', 'Mở tệp → màn hình đầu'],
  ['rss', 'RSS đỉnh'],
];

const dec = (n: number, d = 2) => formatDecimal(Math.round(n * 10 ** d) / 10 ** d, d);
const val = (r: Row) => (r.value === null ? 'chưa có' : `${r.value >= 100 ? formatInt(Math.round(r.value)) : dec(r.value, 1)} ${r.unit}`);

function cell(r: Row | undefined): string {
  if (!r) return '';
  const q = ratio(r);
  return `${val(r)}${q === null ? '' : ` (${dec(q)}×)`}${withinBudget(r) === false ? ' **vượt**' : ''}`;
}

export interface Growth {
  key: Key;
  name: string;
  app: number;
  base: number | null;
  ok: boolean;
}

export function growth(lines: ScaleLine[]): Growth[] {
  const one = lines.find((l) => l.factor === 1);
  const two = lines.find((l) => l.factor === 2);
  if (!one || !two) return [];
  return SCALING_KEYS.flatMap(([key, name]) => {
    const a = one.rows.find((r) => r.key === key);
    const b = two.rows.find((r) => r.key === key);
    if (!a?.value || !b?.value) return [];
    const app = b.value / a.value;
    const base = a.baselineValue && b.baselineValue ? b.baselineValue / a.baselineValue : null;
    return [{ key, name, app, base, ok: app <= GROWTH_BUDGET }];
  });
}

export function scalingMarkdown(lines: ScaleLine[]): string[] {
  const head = ['Quy mô', 'Đơn vị / đảng viên / tệp', 'Tải trước', ...SCALING_KEYS.map(([, n]) => n), 'Tải sau', 'Vượt ngân sách'];
  const out = [
    '## Theo quy mô (¼, ½, 1, 2 tỉnh)',
    '',
    'Mỗi ô: trung vị (tỷ số với mốc cùng lần chạy). Tải máy là load average 1 phút ngay trước và ngay sau dòng đó. Ngân sách tuyệt đối áp dụng tới 1 tỉnh (tệp nhỏ hơn không được chậm hơn); tỷ số với mốc áp dụng ở mọi quy mô; mở tệp ≤ 150 ms ở mọi quy mô; RSS ≤ 400 MB (đến 1 tỉnh), ≤ 600 MB (2 tỉnh).',
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i >= 3 && i < head.length - 2 ? '---:' : '---')).join('|')}|`,
  ];
  for (const l of lines) {
    const over = l.rows.filter((r) => withinBudget(r) === false).map((r) => SCALING_KEYS.find(([k]) => k === r.key)?.[1] ?? r.name);
    out.push(
      `| ${[
        l.label,
        `${formatInt(l.units)} / ${formatInt(l.members)} / ${formatInt(Math.round(l.fileMB))} MB`,
        dec(l.loadBefore),
        ...SCALING_KEYS.map(([k]) => cell(l.rows.find((r) => r.key === k))),
        dec(l.loadAfter),
        over.length ? `KHÔNG ĐẠT: ${over.join(', ')}` : 'đạt',
      ].join(' | ')} |`,
    );
  }
  const g = growth(lines);
  if (g.length) {
    out.push('', `Tăng từ 1 lên 2 tỉnh (ngân sách ≤ ${dec(GROWTH_BUDGET, 1)}× mỗi dòng; mốc tăng bao nhiêu ghi trong ngoặc):`, '');
    out.push(`| Phép đo | Tăng | Mốc tăng | Kết quả |`, `|---|---:|---:|---|`);
    for (const x of g)
      out.push(`| ${x.name} | ${dec(x.app)}× | ${x.base === null ? '' : `${dec(x.base)}×`} | ${x.ok ? 'đạt' : 'KHÔNG ĐẠT'} |`);
  }
  return [...out, ''];
}
