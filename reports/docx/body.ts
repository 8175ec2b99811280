/** The body: headings as real Heading styles, justified paragraphs, data tables and native Word charts as wide as the text. */
import {
  AlignmentType, BorderStyle, HeadingLevel, PageBreak, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  VerticalAlignTable, WidthType, LineRuleType } from 'docx';
import type { FormatProfile } from '../../settings/schema.ts';
import { ChartRun } from 'docx/charts';
import { CHART_KINDS, type ChartData } from '../../charts/configs.ts';
import { wordChart } from '../../charts/word.ts';
import type { TableData } from '../model.ts';
import type { TemplateLine } from '../template/parse.ts';
import { run } from './runs.ts';
import { lineSpacing } from './styles.ts';
import { mmToTwips, splitWidth } from './page.ts';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export interface BodyContext {
  profile: FormatProfile;
  textWidth: number;
  tables: Record<string, TableData>;
  charts: Record<string, ChartData>;
}

function bodyParagraph(text: string, ctx: BodyContext): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(ctx.profile.firstLineIndentMm) },
    spacing: { before: 60, after: 60, line: lineSpacing(ctx.profile), lineRule: LineRuleType.AUTO },
    children: [run(text)],
  });
}

function note(text: string, ctx: BodyContext): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 40, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(`Ghi chú: ${text}`, { size: ctx.profile.bodySize - 2, italics: true })],
  });
}

function cellParagraphs(text: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], size: number, bold: boolean): Paragraph[] {
  return [new Paragraph({ alignment: align, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [run(text, { size, bold })] })];
}

function dataTable(t: TableData, ctx: BodyContext): (Paragraph | Table)[] {
  const widths = splitWidth(ctx.textWidth, t.widths);
  const size = ctx.profile.bodySize - 2;
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };
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
          children: cellParagraphs(cell.text, AlignmentType.CENTER, size, true),
        });
      }),
    });
  });
  const bodyRows = t.rows.map((cells, ri) => new TableRow({
    cantSplit: true,
    children: cells.map((text, ci) => new TableCell({
      width: { size: widths[ci]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins,
      children: cellParagraphs(text, ALIGN[t.align[ci] ?? 'left'], size, t.boldRows.includes(ri)),
    })),
  }));
  const table = new Table({
    width: { size: ctx.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [...headRows, ...bodyRows],
  });
  const spacer = new Paragraph({ spacing: { before: 60, line: 240, lineRule: LineRuleType.AUTO }, children: [] });
  return [spacer, table, ...(t.note ? [note(t.note, ctx)] : [new Paragraph({ spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO }, children: [] })])];
}

function chart(name: string, ctx: BodyContext): Paragraph[] {
  const data = ctx.charts[name];
  if (!data) return [bodyParagraph(`(Chưa có số liệu cho biểu đồ "${CHART_KINDS[name.slice('bieu-do:'.length) as keyof typeof CHART_KINDS] ?? name}".)`, ctx)];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepLines: true,
      spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ChartRun(wordChart(data, { font: ctx.profile.font, textWidth: ctx.textWidth }))],
    }),
  ];
}

export function bodyBlocks(lines: TemplateLine[], ctx: BodyContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const l of lines) {
    if (l.type === 'heading') {
      const heading = l.level === 1 ? HeadingLevel.HEADING_1 : l.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      out.push(new Paragraph({ heading, children: [run(l.text)] }));
    } else if (l.type === 'paragraph') {
      out.push(bodyParagraph(l.text, ctx));
    } else if (l.name === 'ngat-trang') {
      out.push(new Paragraph({ children: [new PageBreak()] }));
    } else if (l.name.startsWith('bieu-do:')) {
      out.push(...chart(l.name, ctx));
    } else {
      const t = ctx.tables[l.name];
      out.push(...(t ? dataTable(t, ctx) : [bodyParagraph(`(Chưa có số liệu cho bảng "${l.name}".)`, ctx)]));
    }
  }
  return out;
}

