/**
 * The top of a Party document (36-HD/VPTW): a borderless two-column table — superior body,
 * issuing body, "*" and the number on the left; ĐẢNG CỘNG SẢN VIỆT NAM with its rule, then place
 * and date on the right — followed by the kind of document and its trích yếu.
 */
import {
  BorderStyle,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ITableCellBorders,
  LineRuleType,
} from 'docx';
import { upper } from '../text.ts';
import { centred } from './runs.ts';
import { splitWidth } from './page.ts';

export const NO_BORDERS: ITableCellBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};
const NO_TABLE_BORDERS = { ...NO_BORDERS, insideHorizontal: NO_BORDERS.top!, insideVertical: NO_BORDERS.top! };

export interface HeaderBlock {
  superiorBody: string;
  issuingBody: string;
  /** "Số 12-ĐA/HU" */
  number: string;
  /** "Quốc Oai, ngày 15 tháng 03 năm 2019" */
  placeDate: string;
  title: string;
  about: string;
}

/** A borderless table of fixed DXA widths: LibreOffice ignores percentages. */
export function layoutTable(textWidth: number, weights: number[], cells: Paragraph[][], indent = 0): Table {
  const widths = splitWidth(textWidth, weights);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    ...(indent !== 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders: NO_BORDERS, children }),
        ),
      }),
    ],
  });
}

/** Both header columns need about 240 pt at 14–15 pt capitals: the block reaches a little into the margins, as offices do. */
const OUTSET = 340;

export function headerBlock(h: HeaderBlock, textWidth: number): (Paragraph | Table)[] {
  const weights = [48, 52];
  const width = textWidth + 2 * OUTSET;
  const rightWidth = splitWidth(width, weights)[1]!;
  // The rule under ĐẢNG CỘNG SẢN VIỆT NAM is about as long as the words: a bottom border with indents.
  const ruleIndent = Math.max(0, Math.round((rightWidth - 4400) / 2));
  const left = [
    ...(h.superiorBody.trim() ? [centred(upper(h.superiorBody), { size: 14 })] : []),
    centred(upper(h.issuingBody), { size: 14, bold: true }),
    centred('*', { size: 14 }),
    centred(h.number, { size: 14 }),
  ];
  const right = [
    centred(
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      { size: 15, bold: true },
      {
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        indent: { left: ruleIndent, right: ruleIndent },
      },
    ),
    centred('', { size: 14 }),
    centred(h.placeDate, { size: 14, italics: true }),
  ];
  return [
    layoutTable(width, weights, [left, right], -OUTSET),
    centred(upper(h.title), { size: 16, bold: true }, { spacing: { before: 360, line: 240, lineRule: LineRuleType.AUTO } }),
    ...(h.about.trim() ? [centred(h.about, { size: 14, bold: true })] : []),
    centred('-----', { size: 14 }, { spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO } }),
  ];
}
