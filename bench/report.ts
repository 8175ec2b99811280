/** The benchmark table for the terminal and docs/benchmarks.md, numbers written the Vietnamese way. */
import { formatDecimal, formatInt } from '../format/vi.ts';
import { renderTable } from '../cli/table.ts';
import { ratio, withinBudget, type Row } from './row.ts';

function num(v: number | null, unit: 'ms' | 'MB'): string {
  if (v === null) return 'chưa có';
  return `${v >= 100 ? formatInt(Math.round(v)) : formatDecimal(Math.round(v * 10) / 10, 1)} ${unit}`;
}

function budgetText(r: Row): string {
  const parts: string[] = [];
  if (r.budget !== undefined) parts.push(`≤ ${formatInt(r.budget)} ${r.unit}`);
  if (r.budgetRatio !== undefined) parts.push(`≤ ${formatDecimal(r.budgetRatio, 1)}×`);
  return parts.join(', ');
}

function verdict(r: Row): string {
  const ok = withinBudget(r);
  return ok === null ? (r.value === null ? 'chưa có' : '') : ok ? 'đạt' : 'KHÔNG ĐẠT';
}

export function cells(r: Row): string[] {
  const q = ratio(r);
  return [
    r.scale,
    r.name,
    num(r.value, r.unit),
    r.baseline,
    // A row without a baseline (the browser's longest task) leaves the cell empty rather than "chưa có".
    r.baseline ? num(r.baselineValue, r.unit) : '',
    q === null ? '' : `${formatDecimal(Math.round(q * 100) / 100, 2)}×`,
    budgetText(r),
    verdict(r),
  ];
}

export const HEAD = ['Quy mô', 'Phép đo', 'Trung vị', 'Mốc so sánh', 'Mốc', 'Tỷ số', 'Ngân sách', 'Kết quả'];

export function terminalTable(rows: Row[]): string {
  return renderTable(HEAD, rows.map(cells), [false, false, true, false, true, true, false, false]);
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

export function markdown(rows: Row[], header: { title: string; lines: string[] }, notes: string[]): string {
  const table = [
    `| ${HEAD.join(' | ')} | Số lần chạy |`,
    `|${HEAD.map((_, i) => ([2, 4, 5].includes(i) ? '---:' : '---')).join('|')}|---:|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} | ${r.runs} |`),
  ];
  const rowNotes = rows.filter((r) => r.note).map((r) => `- ${r.scale}, ${r.name}: ${r.note}`);
  return [
    `# ${header.title}`,
    '',
    ...header.lines,
    '',
    ...table,
    '',
    ...(rowNotes.length ? ['## Ghi chú từng dòng', '', ...rowNotes, ''] : []),
    ...notes,
    '',
  ].join('\n');
}
