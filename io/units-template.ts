/** The unit-list template: the importer's headers, the year's units when there are some, and the accepted words. */
import type { DB } from '../db/open.ts';
import { listUnits, listYears } from '../db/units.ts';
import { KIND_LABELS, SECTORS, UNIT_TYPES } from '../org/catalog.ts';
import { KIND_CHOICES } from '../org/unit-words.ts';
import { OrgTree } from '../org/tree.ts';
import { dataRow, headerRow, newWorkbook, noteRow, toBuffer } from './xlsx.ts';
import { UNIT_HEADERS } from './units-import.ts';

export async function unitsTemplate(db: DB, year?: number): Promise<{ bytes: Buffer; rows: number }> {
  const y = year ?? listYears(db).pop();
  const tree = new OrgTree(y === undefined ? [] : listUnits(db, y));
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
  headerRow(ws, UNIT_HEADERS);
  let n = 0;
  for (const { unit } of tree.ordered()) {
    if (unit.kind === 'committee') continue;
    const parent = unit.parentId === null ? undefined : tree.byId.get(unit.parentId);
    dataRow(ws, [
      unit.code,
      unit.name,
      KIND_LABELS[unit.kind],
      parent && parent.kind !== 'committee' ? parent.code : '',
      unit.sector ? (SECTORS[unit.sector] ?? unit.sector) : '',
      unit.unitType ? (UNIT_TYPES[unit.unitType] ?? unit.unitType) : '',
    ]);
    n++;
  }
  [14, 44, 22, 16, 22, 34].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const words = wb.addWorksheet('Các từ được dùng');
  noteRow(
    words,
    'Mỗi đơn vị một dòng ở trang "Đơn vị". "Mã cấp trên" để trống: trực thuộc cấp ủy. Có thể ghi cột "Cấp trên" bằng tên thay cho mã. Chữ hoa, chữ thường, có dấu hay không dấu đều được.',
    3,
  );
  headerRow(words, ['Loại', 'Khối', 'Loại hình']);
  const kinds = KIND_CHOICES;
  const sectors = Object.values(SECTORS);
  const types = Object.values(UNIT_TYPES);
  for (let i = 0; i < Math.max(kinds.length, sectors.length, types.length); i++)
    dataRow(words, [kinds[i] ?? '', sectors[i] ?? '', types[i] ?? '']);
  [24, 24, 44].forEach((w, i) => (words.getColumn(i + 1).width = w));
  return { bytes: await toBuffer(wb), rows: n };
}
