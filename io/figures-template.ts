/** The input workbook of a year: figures (one row per unit in tree order, one column per indicator, current values filled in), then ratings and committee members. */
import type ExcelJS from 'exceljs';
import type { DB } from '../db/open.ts';
import { figuresByUnit, listIndicators } from '../db/figures.ts';
import { KIND_LABELS } from '../org/catalog.ts';
import { OrgTree } from '../org/tree.ts';
import { getSettings } from '../settings/store.ts';
import { LIST_ONLY_CODES } from '../db/indicator-codes.ts';
import { COUNT_FORMAT, dataRow, headerRow, newStreamingWorkbook, noteRow, titleRow } from './xlsx.ts';
import { guardText } from './guard.ts';
import type { OnProgress } from './table.ts';
import { formatInt } from '../format/vi.ts';
import { yearTree } from './year-tree.ts';
import { addCommitteeSheet, addRatingsSheet } from './year-sheets-template.ts';

/** Columns before the indicators; the importer recognizes these same headers. */
export const TEMPLATE_FIXED = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại', 'Thuộc'];

/** `onProgress`: a province's workbook takes some 8 s to write, sheet by sheet (the figures sheet row by row). */
export async function figuresTemplate(db: DB, year: number, onProgress: OnProgress = () => {}): Promise<{ bytes: Buffer; rows: number }> {
  const { units, fromYear } = yearTree(db, year);
  const tree = new OrgTree(units);
  const indicators = listIndicators(db).filter((i) => !LIST_ONLY_CODES.has(i.code));
  const values =
    fromYear === null
      ? figuresByUnit(
          db,
          year,
          indicators.map((i) => i.code),
        )
      : new Map<number, Map<string, number>>();
  const width = TEMPLATE_FIXED.length + indicators.length;
  const { wb, finish } = await newStreamingWorkbook();
  const ws = wb.addWorksheet(`Số liệu ${year}`, { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
  [6, 16, 44, 18, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let k = 0; k < indicators.length; k++) {
    const col = ws.getColumn(TEMPLATE_FIXED.length + k + 1);
    col.width = 14;
    col.numFmt = COUNT_FORMAT;
  }
  titleRow(ws, `SỐ LIỆU TỔ CHỨC ĐẢNG NĂM ${year} — ${getSettings(db).issuingBody}`, width);
  noteRow(
    ws,
    'Nhập số nguyên không âm vào ô của chi bộ. Dòng in đậm là đơn vị có đơn vị trực thuộc: để trống, hoặc nhập tổng để chương trình đối chiếu. Không sửa cột Mã đơn vị.',
    width,
  );
  noteRow(
    ws,
    fromYear === null ? `Cơ cấu tổ chức năm ${year}.` : `Năm ${year} chưa có cơ cấu tổ chức: mẫu theo cơ cấu năm ${fromYear}.`,
    width,
  );
  const header = headerRow(ws, [...TEMPLATE_FIXED, ...indicators.map((i) => i.name)]).number;
  let n = 0;
  for (const { unit, depth } of tree.ordered()) {
    const parent = unit.parentId === null ? undefined : tree.byId.get(unit.parentId);
    const own = values.get(unit.id);
    const r = dataRow(
      ws,
      [
        ++n,
        unit.code,
        `${'    '.repeat(depth)}${guardText(unit.name)}`,
        KIND_LABELS[unit.kind],
        parent?.name ?? '',
        ...indicators.map((i) => own?.get(i.code) ?? null),
      ],
      { bold: !tree.isLeaf(unit.id) },
    );
    r.commit();
    if (n % 5000 === 0)
      onProgress((0.6 * n) / units.length, `Trang "Số liệu ${year}": đã ghi ${formatInt(n)} / ${formatInt(units.length)} đơn vị`);
  }
  // One rule over the whole block of figures: one per cell was 750.000 objects at province scale.
  if (n > 0 && indicators.length > 0) {
    const cols = `${ws.getColumn(TEMPLATE_FIXED.length + 1).letter}${header + 1}:${ws.getColumn(TEMPLATE_FIXED.length + indicators.length).letter}${header + n}`;
    // exceljs has the sheet's data validations on both kinds of sheet; its types know only the cell's.
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(cols, {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Số liệu không hợp lệ',
      error: 'Nhập số nguyên không âm.',
    });
  }
  ws.commit();
  onProgress(0.6, 'Đang ghi trang "Xếp loại"');
  addRatingsSheet(wb, db, year, tree, fromYear === null);
  onProgress(0.75, 'Đang ghi trang "Cấp ủy viên"');
  addCommitteeSheet(wb, db, year, tree, fromYear === null);
  onProgress(0.9, 'Đang nén tệp .xlsx');
  return { bytes: await finish(), rows: n };
}
