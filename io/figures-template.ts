/** The input workbook of a year: figures (one row per unit in tree order, one column per indicator, current values filled in), then ratings and committee members. */
import type { DB } from '../db/open.ts';
import { figuresForYear, listIndicators } from '../db/figures.ts';
import { KIND_LABELS } from '../org/catalog.ts';
import { OrgTree } from '../org/tree.ts';
import { getSettings } from '../settings/store.ts';
import { LIST_ONLY_CODES } from '../db/indicator-codes.ts';
import { COUNT_FORMAT, dataRow, headerRow, newWorkbook, noteRow, titleRow, toBuffer } from './xlsx.ts';
import { guardText } from './guard.ts';
import { yearTree } from './year-tree.ts';
import { addCommitteeSheet, addRatingsSheet } from './year-sheets-template.ts';

/** Columns before the indicators; the importer recognizes these same headers. */
export const TEMPLATE_FIXED = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại', 'Thuộc'];

export async function figuresTemplate(db: DB, year: number): Promise<{ bytes: Buffer; rows: number }> {
  const { units, fromYear } = yearTree(db, year);
  const tree = new OrgTree(units);
  const indicators = listIndicators(db).filter((i) => !LIST_ONLY_CODES.has(i.code));
  const values = new Map<string, number>();
  if (fromYear === null) for (const f of figuresForYear(db, year)) values.set(`${f.unitId}|${f.indicator}`, f.value);
  const width = TEMPLATE_FIXED.length + indicators.length;
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(`Số liệu ${year}`, { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
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
  headerRow(ws, [...TEMPLATE_FIXED, ...indicators.map((i) => i.name)]);
  let n = 0;
  for (const { unit, depth } of tree.ordered()) {
    const parent = unit.parentId === null ? undefined : tree.byId.get(unit.parentId);
    const r = dataRow(
      ws,
      [
        ++n,
        unit.code,
        `${'    '.repeat(depth)}${guardText(unit.name)}`,
        KIND_LABELS[unit.kind],
        parent?.name ?? '',
        ...indicators.map((i) => values.get(`${unit.id}|${i.code}`) ?? null),
      ],
      { bold: !tree.isLeaf(unit.id) },
    );
    for (let k = 0; k < indicators.length; k++) {
      const c = r.getCell(TEMPLATE_FIXED.length + k + 1);
      c.numFmt = COUNT_FORMAT;
      c.dataValidation = {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Số liệu không hợp lệ',
        error: 'Nhập số nguyên không âm.',
      };
    }
  }
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 44;
  ws.getColumn(4).width = 18;
  ws.getColumn(5).width = 30;
  for (let k = 0; k < indicators.length; k++) ws.getColumn(TEMPLATE_FIXED.length + k + 1).width = 14;
  addRatingsSheet(wb, db, year, tree, fromYear === null);
  addCommitteeSheet(wb, db, year, tree, fromYear === null);
  return { bytes: await toBuffer(wb), rows: n };
}
