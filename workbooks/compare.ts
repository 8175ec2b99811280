/**
 * The comparison of years as an Excel workbook: the same numbers as on screen, counts as numbers
 * (so Excel can add them), shares as exact fractions formatted to two decimals, changes in points.
 */
import ExcelJS from 'exceljs';
import type { CompareResult } from '../stats/compare.ts';

/** Text that Excel would read as a formula is written with a leading apostrophe's equivalent: a quote prefix. */
export function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export async function compareWorkbook(c: CompareResult): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tochuc';
  const ws = wb.addWorksheet('So sánh', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const hasUnits = c.totals.some((t) => t.units !== null);
  const perYear = hasUnits ? ['Số chi bộ', 'Số đảng viên', 'Tỷ lệ (%)'] : ['Số đảng viên', 'Tỷ lệ (%)'];
  const perChange = hasUnits ? ['Tăng/giảm chi bộ', 'Tăng/giảm đảng viên', 'Điểm %'] : ['Tăng/giảm đảng viên', 'Điểm %'];

  const top: string[] = [safeText(c.name)];
  const head: string[] = ['Nhóm'];
  c.years.forEach((y, i) => {
    top.push(`Năm ${y}`, ...perYear.slice(1).map(() => ''));
    head.push(...perYear);
    if (i > 0) { top.push(`${c.years[i - 1]}→${y}`, ...perChange.slice(1).map(() => '')); head.push(...perChange); }
  });
  ws.addRow(top).font = { bold: true };
  ws.addRow(head).font = { bold: true };

  for (const r of c.rows) {
    const cells: (string | number | null)[] = [safeText(r.label)];
    c.years.forEach((_y, i) => {
      const v = r.values[i];
      if (hasUnits) cells.push(v?.units ?? null);
      cells.push(v?.members ?? null, v ? v.share / 100 : null);
      if (i > 0) {
        const ch = r.changes[i];
        if (hasUnits) cells.push(ch?.units ?? null);
        cells.push(ch?.members ?? null, ch ? ch.points : null);
      }
    });
    ws.addRow(cells);
  }
  const total: (string | number | null)[] = ['Tổng'];
  c.years.forEach((_y, i) => {
    const t = c.totals[i]!;
    if (hasUnits) total.push(t.units);
    total.push(t.members, 1);
    if (i > 0) total.push(...perChange.map(() => null));
  });
  ws.addRow(total).font = { bold: true };
  for (const n of c.notes) ws.addRow([safeText(`Ghi chú: ${n}`)]);

  // Formats by header: counts with thousands, shares as 85,44% (Excel shows the separators of the user's locale).
  head.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    col.width = i === 0 ? 46 : 14;
    if (h === 'Tỷ lệ (%)') col.numFmt = '0.00%';
    else if (h === 'Điểm %') col.numFmt = '+0.00;-0.00;0.00';
    else if (i > 0) col.numFmt = h.startsWith('Tăng') ? '+#,##0;-#,##0;0' : '#,##0';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
