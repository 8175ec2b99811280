/** The body: headings as real Heading styles, justified paragraphs, data tables and native Word charts as wide as the text. */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  LineRuleType,
} from 'docx';
import type { FormatProfile } from '../../settings/schema.ts';
import { ChartRun } from 'docx/charts';
import { CHART_KINDS, type ChartData } from '../../charts/configs.ts';
import { wordChart } from '../../charts/word.ts';
import type { TableData } from '../model.ts';
import type { Span, TemplateLine } from '../template/parse.ts';
import { run } from './runs.ts';
import { STYLE } from './styles.ts';
import { splitWidth } from './page.ts';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export interface BodyContext {
  profile: FormatProfile;
  textWidth: number;
  tables: Record<string, TableData>;
  charts: Record<string, ChartData>;
  /** Tables numbered so far in the document. */
  counter: { tables: number };
}

const runsOf = (spans: Span[]) => spans.map((sp) => run(sp.text, { bold: sp.bold, italics: sp.italics }));

function bodyParagraph(text: string | Span[], keepNext = false): Paragraph {
  return new Paragraph({ style: STYLE.body, keepNext, children: typeof text === 'string' ? [run(text)] : runsOf(text) });
}

/** "- …" items as Party documents write them: a dash at the first-line indent. */
function listItem(spans: Span[], keepNext = false): Paragraph {
  return new Paragraph({ style: STYLE.list, keepNext, children: [run('- '), ...runsOf(spans)] });
}

function cellParagraph(
  text: string,
  align: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold: boolean,
  keepNext: boolean,
  head = false,
): Paragraph {
  return new Paragraph({
    style: head ? STYLE.tableHead : STYLE.tableText,
    alignment: align,
    keepNext,
    children: [run(text, bold && !head ? { bold } : {})],
  });
}

/** For each body cell: how many rows it spans (0 when a cell above covers it), from runs of equal text in merged columns. */
export function rowSpans(t: TableData): number[][] {
  const spans = t.rows.map((r) => r.map(() => 1));
  for (const c of t.mergeColumns ?? []) {
    let start = 0;
    for (let r = 1; r <= t.rows.length; r++) {
      const same = r < t.rows.length && t.rows[r]![c] === t.rows[start]![c] && t.rows[start]![c] !== '' && !t.boldRows.includes(r);
      if (same) continue;
      spans[start]![c] = r - start;
      for (let k = start + 1; k < r; k++) spans[k]![c] = 0;
      start = r;
    }
  }
  return spans;
}

/** A cell's side margins, in twips. */
const CELL_SIDES = 2 * 57 + 20;

/**
 * About how wide a text is in the 12 pt table font, bold, in twips: Times digits are half an em,
 * "%" a whole one, punctuation a quarter; letters average a little over half.
 */
function textTwips(text: string): number {
  let w = 0;
  for (const ch of text) w += /\d/.test(ch) ? 120 : ch === '%' ? 240 : /[.,:;()\s]/.test(ch) ? 70 : 135;
  return Math.ceil(w * 1.05);
}

export function columnWidths(t: TableData, textWidth: number): number[] {
  const isFigure = (cell: string) => /^[\d.,%()+−\-\s/—]*$/.test(cell);
  const figures = t.widths.map((_, c) => t.rows.every((r) => isFigure(r[c] ?? '')));
  const min = t.widths.map(
    (_, c) =>
      CELL_SIDES +
      Math.max(
        240,
        ...t.rows.map((r) => {
          const cell = r[c] ?? '';
          // A label wraps at spaces; a figure must not wrap at all.
          return isFigure(cell) ? textTwips(cell) : Math.max(...cell.split(/\s+/).map(textTwips));
        }),
      ),
  );
  const weighted = splitWidth(textWidth, t.widths);
  if (weighted.every((w, c) => w >= min[c]!)) return weighted;
  const floor = min.reduce((a, b) => a + b, 0);
  if (floor >= textWidth) return splitWidth(textWidth, min);
  // Each column gets its minimum; what is left goes to the text columns by their weights (figures need no more).
  const share = t.widths.map((w, c) => (figures.every(Boolean) || !figures[c] ? w : 0));
  const total = share.reduce((a, b) => a + b, 0);
  return splitWidth(
    textWidth,
    min.map((m, c) => m + ((textWidth - floor) * share[c]!) / total),
  );
}

function dataTable(t: TableData, ctx: BodyContext): (Paragraph | Table)[] {
  const widths = columnWidths(t, ctx.textWidth);
  const margins = { top: 30, bottom: 30, left: 57, right: 57 };
  // Header cells span columns; the width of a spanning cell is the sum of the columns it covers.
  const headRows = t.head.map((cells, ri) => {
    let col = 0;
    // Columns already covered by a row-spanning cell from the row above.
    const covered = new Set<number>();
    if (ri > 0) {
      let c = 0;
      for (const cell of t.head[0]!) {
        if ((cell.rowSpan ?? 1) > 1) covered.add(c);
        c += cell.colSpan ?? 1;
      }
    }
    return new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: cells.map((cell) => {
        while (covered.has(col)) col++;
        const span = cell.colSpan ?? 1;
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
          verticalAlign: VerticalAlignTable.CENTER,
          margins,
          children: [cellParagraph(cell.text, AlignmentType.CENTER, true, true, true)],
        });
      }),
    });
  });
  const spans = rowSpans(t);
  // Every row but the last keeps with the next, so a short table is not split from its title or its note.
  const keepAll = t.rows.length <= 25;
  const bodyRows = t.rows.map(
    (cells, ri) =>
      new TableRow({
        cantSplit: true,
        children: cells.flatMap((text, ci) =>
          spans[ri]![ci] === 0
            ? []
            : [
                new TableCell({
                  width: { size: widths[ci]!, type: WidthType.DXA },
                  rowSpan: spans[ri]![ci]! > 1 ? spans[ri]![ci] : undefined,
                  verticalAlign: VerticalAlignTable.CENTER,
                  margins,
                  children: [
                    cellParagraph(
                      text,
                      ALIGN[t.align[ci] ?? 'left'],
                      t.boldRows.includes(ri),
                      (keepAll || ri >= t.rows.length - 3) && (ri < t.rows.length - 1 || t.note !== null),
                    ),
                  ],
                }),
              ],
        ),
      }),
  );
  const table = new Table({
    width: { size: ctx.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [...headRows, ...bodyRows],
  });
  const out: (Paragraph | Table)[] = [];
  if (t.title) {
    ctx.counter.tables += 1;
    out.push(new Paragraph({ style: STYLE.tableTitle, children: [run(`Bảng ${ctx.counter.tables}. ${t.title}`)] }));
  }
  out.push(new Paragraph({ style: STYLE.tableUnit, children: t.unit ? [run(`Đơn vị tính: ${t.unit}`)] : [] }));
  out.push(table);
  out.push(
    t.note
      ? new Paragraph({ style: STYLE.tableNote, children: [run(`Ghi chú: ${t.note}`)] })
      : new Paragraph({ style: STYLE.tableNote, children: [] }),
  );
  return out;
}

function chart(name: string, ctx: BodyContext): Paragraph[] {
  const data = ctx.charts[name];
  if (!data)
    return [
      bodyParagraph(`(Chưa có số liệu cho biểu đồ "${CHART_KINDS[name.slice('bieu-do:'.length) as keyof typeof CHART_KINDS] ?? name}".)`),
    ];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepLines: true,
      spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ChartRun(wordChart(data, { font: ctx.profile.font, textWidth: ctx.textWidth }))],
    }),
  ];
}

/** A block's paragraphs and tables; tables are numbered "Bảng 1.", "Bảng 2." in the order they appear. */
export function blockElements(name: string, ctx: BodyContext): (Paragraph | Table)[] {
  if (name === 'ngat-trang') return [new Paragraph({ children: [new PageBreak()] })];
  // A text template's document always ends with them; only a Word template places them itself.
  if (name === 'noi-nhan-chu-ky') return [];
  if (name.startsWith('bieu-do:')) return chart(name, ctx);
  const t = ctx.tables[name];
  return t ? dataTable(t, ctx) : [bodyParagraph(`(Chưa có số liệu cho bảng "${name}".)`)];
}

export function lineElements(l: TemplateLine, ctx: BodyContext, keepNext = false): (Paragraph | Table)[] {
  if (l.type === 'heading') {
    const heading = l.level === 1 ? HeadingLevel.HEADING_1 : l.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    return [new Paragraph({ heading, children: runsOf(l.spans) })];
  }
  if (l.type === 'paragraph') return [l.list ? listItem(l.spans, keepNext) : bodyParagraph(l.spans, keepNext)];
  return blockElements(l.name, ctx);
}

export function bodyBlocks(lines: TemplateLine[], ctx: BodyContext): (Paragraph | Table)[] {
  // The last paragraph keeps with the signature block, which is never left alone on a page.
  return lines.flatMap((l, i) => lineElements(l, ctx, i === lines.length - 1));
}
