/**
 * Tables the app shows, as .xlsx: Vietnamese headers, counts and shares as numbers with formats
 * Excel draws in the user's locale, text guarded against formula injection (xlsx.ts).
 * Shares are written as the displayed rounding (half-up, as on screen), so the sheet shows exactly
 * the printed figure; the counts beside them let anyone recompute it.
 */
import type ExcelJS from 'exceljs';
import type { DB } from '../db/open.ts';
import { figuresForYear, listIndicators } from '../db/figures.ts';
import { listUnits } from '../db/units.ts';
import { KIND_LABELS } from '../org/catalog.ts';
import { OrgTree } from '../org/tree.ts';
import { breakdown } from '../stats/breakdown.ts';
import { compare } from '../stats/compare.ts';
import { roundedPercentUnits } from '../format/shares.ts';
import { evaluatePlan } from '../targets/evaluate.ts';
import { getSettings } from '../settings/store.ts';
import { UserError } from '../core/errors.ts';
import { STATUS_LABELS } from '../core/labels.ts';
import { formatInt } from '../format/vi.ts';
import { dataRow, headerRow, newWorkbook, noteRow, titleRow, toBuffer, type Value } from './xlsx.ts';
import { breakdownReadsRatings, coverageSummary } from '../stats/coverage.ts';
import { guardText } from './guard.ts';

import type { ExportKind } from './export-kinds.ts';
export { EXPORT_KINDS, type ExportKind } from './export-kinds.ts';

export interface ExportRequest {
  what: ExportKind;
  year: number;
  years?: number[];
  breakdown?: string;
  planId?: number;
  /** compare: each year's structure or today's (stats/compare.ts). */ basis?: 'own' | 'today';
}
export interface ExportResult {
  bytes: Buffer;
  rows: number;
  name: string;
}

type Report = (fraction: number, text: string) => void;

const share = (part: number, whole: number, decimals: number): Value => ({
  share: roundedPercentUnits(part, whole, decimals) / 10 ** (decimals + 2),
  decimals,
});
const shareFromRounded = (rounded: number, decimals: number): Value => ({
  share: Math.round(rounded * 10 ** decimals) / 10 ** (decimals + 2),
  decimals,
});

function widths(ws: ExcelJS.Worksheet, ws0: number[]): void {
  ws0.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function breakdownSheet(wb: ExcelJS.Workbook, db: DB, req: ExportRequest, decimals: number, mode: 'halfUp' | 'largestRemainder'): number {
  const r = breakdown(db, req.year, req.breakdown, { decimals, rounding: mode });
  const ws = wb.addWorksheet(`Phân tổ ${req.year}`);
  const hasUnits = r.total.units !== null;
  const head = ['Nhóm', ...(hasUnits ? ['Số chi bộ'] : []), 'Số đảng viên', r.shareOf === 'members' ? 'Tỷ lệ đảng viên' : 'Tỷ lệ đơn vị'];
  const cov = coverageSummary(db, req.year, { ratings: breakdownReadsRatings(db, req.breakdown) });
  titleRow(ws, `${r.name} — năm ${r.year}`, head.length);
  // An incomplete year says so above the table, and its total is not a 100% of the whole.
  if (!cov.complete) noteRow(ws, cov.text!, head.length);
  headerRow(ws, head);
  for (const x of r.rows) dataRow(ws, [x.label, ...(hasUnits ? [x.units] : []), x.members, shareFromRounded(x.shareRounded, decimals)]);
  dataRow(
    ws,
    [
      cov.complete ? 'Tổng' : 'Tổng (phần đã nhập)',
      ...(hasUnits ? [r.total.units] : []),
      r.total.members,
      cov.complete ? { share: 1, decimals } : null,
    ],
    { bold: true },
  );
  if (r.roundingNote) noteRow(ws, `Ghi chú: ${r.roundingNote}`, head.length);
  widths(ws, [50, 14, 16, 18]);
  return r.rows.length + 1;
}

function compareSheet(wb: ExcelJS.Workbook, db: DB, req: ExportRequest, decimals: number, mode: 'halfUp' | 'largestRemainder'): number {
  const years = req.years ?? [req.year - 1, req.year];
  const c = compare(db, years, req.breakdown, { decimals, rounding: mode }, req.basis ?? 'own');
  const ws = wb.addWorksheet(`So sánh ${c.years.join('-')}`);
  const hasUnits = c.totals.some((t) => t.units !== null);
  const head = ['Nhóm'];
  c.years.forEach((y, i) => {
    head.push(...(hasUnits ? [`Số chi bộ ${y}`] : []), `Số đảng viên ${y}`, `Tỷ lệ ${y}`);
    if (i > 0) head.push(...(hasUnits ? [`Tăng/giảm chi bộ ${c.years[i - 1]}–${y}`] : []), `Tăng/giảm đảng viên ${c.years[i - 1]}–${y}`);
  });
  titleRow(ws, `${c.name} — so sánh các năm ${c.years.join(', ')}`, head.length);
  const partial = c.years
    .map((y) => coverageSummary(db, y, { ratings: breakdownReadsRatings(db, req.breakdown) }))
    .filter((x) => !x.complete);
  for (const p of partial) noteRow(ws, p.text!, head.length);
  headerRow(ws, head);
  for (const row of c.rows) {
    const cells: Value[] = [row.label];
    c.years.forEach((_y, i) => {
      const v = row.values[i];
      cells.push(...(hasUnits ? [v?.units ?? null] : []), v?.members ?? null, v ? shareFromRounded(v.shareRounded, decimals) : null);
      if (i > 0) {
        const ch = row.changes[i];
        cells.push(...(hasUnits ? [ch?.units ?? null] : []), ch?.members ?? null);
      }
    });
    dataRow(ws, cells);
  }
  const total: Value[] = ['Tổng'];
  c.totals.forEach((t, i) => {
    total.push(...(hasUnits ? [t.units] : []), t.members, { share: 1, decimals });
    if (i > 0) {
      const p = c.totals[i - 1]!;
      total.push(...(hasUnits ? [t.units !== null && p.units !== null ? t.units - p.units : null] : []), t.members - p.members);
    }
  });
  dataRow(ws, total, { bold: true });
  for (const n of c.notes) noteRow(ws, `Ghi chú: ${n}`, head.length);
  if (partial.length)
    noteRow(
      ws,
      `Ghi chú: mức tăng giảm so với năm ${partial.map((p) => p.year).join(', ')} chỉ tính trên phần đã nhập; chưa phải số thật.`,
      head.length,
    );
  widths(ws, [50, ...head.slice(1).map(() => 15)]);
  // Changes can be negative: counts keep #,##0, which shows the minus sign in every locale.
  return c.rows.length + 1;
}

function targetsSheet(wb: ExcelJS.Workbook, db: DB, req: ExportRequest, decimals: number): number {
  const r = evaluatePlan(db, req.year, req.planId);
  const ws = wb.addWorksheet(`Chỉ tiêu ${req.year}`);
  const head = ['Chỉ tiêu', 'Phạm vi', 'Ngưỡng', 'Số đạt', 'Tổng số', 'Tỷ lệ đạt được', 'Kết quả', 'Còn thiếu'];
  const cov = coverageSummary(db, req.year, { ratings: true });
  titleRow(ws, `${r.plan.name} — kết quả thực hiện chỉ tiêu năm ${r.year}`, head.length);
  if (!cov.complete) noteRow(ws, cov.text!, head.length);
  headerRow(ws, head);
  for (const t of r.targets) {
    // "Đạt" on a year entered in part is a reading of what was entered, and is written so.
    const status = t.status === 'met' && !cov.complete ? 'Đạt (trên phần đã nhập)' : STATUS_LABELS[t.status];
    dataRow(ws, [
      t.label,
      t.scope,
      { share: t.threshold / 100, decimals: Number.isInteger(t.threshold) ? 0 : decimals },
      t.part,
      t.whole,
      t.part !== null && t.whole ? share(t.part, t.whole, decimals) : null,
      status,
      t.shortfall,
    ]);
  }
  widths(ws, [60, 30, 10, 10, 10, 14, 20, 10]);
  return r.targets.length;
}

function figuresSheet(wb: ExcelJS.Workbook, db: DB, req: ExportRequest, report: Report): number {
  const indicators = listIndicators(db);
  const tree = new OrgTree(listUnits(db, req.year));
  if (tree.units.length === 0) throw new UserError(`Năm ${req.year} chưa có cơ cấu tổ chức.`, 'year-empty');
  const entered = new Map(indicators.map((i) => [i.code, new Map<number, number>()]));
  for (const f of figuresForYear(db, req.year)) entered.get(f.indicator)?.set(f.unitId, f.value);
  // A parent shows what was entered for it, else the sum of its units: the same number as the grid.
  const sums = new Map(indicators.map((i) => [i.code, tree.rollup(entered.get(i.code)!)]));
  const used = indicators.filter((i) => entered.get(i.code)!.size > 0);
  const ws = wb.addWorksheet(`Số liệu ${req.year}`, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const head = ['Mã đơn vị', 'Tên đơn vị', 'Loại', ...used.map((i) => i.name)];
  titleRow(ws, `SỐ LIỆU TỔ CHỨC ĐẢNG NĂM ${req.year}`, head.length);
  headerRow(ws, head);
  const ordered = tree.ordered();
  ordered.forEach(({ unit, depth }, n) => {
    const leaf = tree.isLeaf(unit.id);
    dataRow(
      ws,
      [
        unit.code,
        `${'    '.repeat(depth)}${guardText(unit.name)}`,
        KIND_LABELS[unit.kind],
        ...used.map((i) => entered.get(i.code)!.get(unit.id) ?? (leaf ? null : (sums.get(i.code)!.get(unit.id) ?? 0))),
      ],
      { bold: !leaf },
    );
    if (n % 2000 === 0) report(n / ordered.length, `Đã ghi ${formatInt(n)} đơn vị`);
  });
  widths(ws, [16, 48, 18, ...used.map(() => 14)]);
  return ordered.length;
}

export async function exportTable(db: DB, req: ExportRequest, report: Report = () => {}): Promise<ExportResult> {
  const { decimals, mode } = getSettings(db).rounding;
  const wb = await newWorkbook();
  let rows: number;
  switch (req.what) {
    case 'breakdown':
      rows = breakdownSheet(wb, db, req, decimals, mode);
      break;
    case 'compare':
      rows = compareSheet(wb, db, req, decimals, mode);
      break;
    case 'targets':
      rows = targetsSheet(wb, db, req, decimals);
      break;
    case 'figures':
      rows = figuresSheet(wb, db, req, (f, t) => report(f * 0.7, t));
      break;
  }
  report(0.8, 'Đang nén tệp .xlsx');
  const bytes = await toBuffer(wb);
  report(1, 'Xong');
  const suffix = req.what === 'compare' ? (req.years ?? [req.year - 1, req.year]).join('-') : String(req.year);
  const names: Record<ExportKind, string> = { breakdown: 'phan-to', compare: 'so-sanh', targets: 'chi-tieu', figures: 'so-lieu' };
  return { bytes, rows, name: `${names[req.what]}-${suffix}.xlsx` };
}
