/**
 * What a document shows, as plain data: every field's text, every table's cells, every chart's data.
 * This is computed from the database once, recorded with the document, and is all the writer needs,
 * so the same record always gives the same bytes.
 */
import type { ChartData } from '../charts/configs.ts';

export interface HeadCell { text: string; colSpan?: number; rowSpan?: number }

export interface TableData {
  /** Header rows; a cell may span columns or rows. */
  head: HeadCell[][];
  rows: string[][];
  align: ('left' | 'right' | 'center')[];
  /** Relative column widths; the writer turns them into DXA of the text width. */
  widths: number[];
  /** Rows printed bold (totals). */
  boldRows: number[];
  /** A note under the table, e.g. why the total row shows 100%. */
  note: string | null;
}

export interface Figures {
  values: Record<string, string>;
  tables: Record<string, TableData>;
  charts: Record<string, ChartData>;
}

export interface FigureRequest {
  year: number;
  /** Earlier years to compare with (sorted, without `year`). */
  compareYears: number[];
  rounding: 'halfUp' | 'largestRemainder';
  decimals: number;
}

