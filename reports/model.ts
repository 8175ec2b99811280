/**
 * What a document shows, as plain data: every field's text, every table's cells, every chart's data.
 * This is computed from the database once, recorded with the document, and is all the writer needs,
 * so the same record always gives the same bytes.
 */
import type { ChartData } from '../charts/configs.ts';

export interface HeadCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

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
  /** Columns whose runs of equal cells (a group named on each of its rows) print as one merged cell. */
  mergeColumns?: number[];
  /** "Bảng 1. …": the table's title, numbered in the document's order by the writer. */
  title?: string;
  /** "Đơn vị tính: …", right-aligned above the table. */
  unit?: string;
}

export interface Figures {
  values: Record<string, string>;
  tables: Record<string, TableData>;
  charts: Record<string, ChartData>;
  /** Items of the lists a template repeats, each item's fields as text. */
  lists?: Record<string, Record<string, string>[]>;
  /** Conditions a template tests. */
  flags?: Record<string, boolean>;
  /** Sentences each source draws from its own figures: what went well, what fell short, what to do about it. */
  findings?: Findings;
}

export interface Findings {
  strengths: string[];
  shortcomings: string[];
  remedies: string[];
}

export interface FigureRequest {
  year: number;
  /** Earlier years to compare with (sorted, without `year`). */
  compareYears: number[];
  rounding: 'halfUp' | 'largestRemainder';
  decimals: number;
  /** The term of the document's date (nhiệm kỳ). */
  term?: string;
  /** What the drafter types for a meeting's conclusions: date, place, who chaired, who attended. */
  meeting?: Meeting;
}

export interface Meeting {
  date?: string;
  place?: string;
  chair?: string;
  attendees?: string;
}
