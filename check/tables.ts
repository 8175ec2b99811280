/**
 * Tables: a row is a line with its cells between tabs (a .docx table reads that way, and so does
 * text pasted from one). A share column is checked against the count column to its left, of the
 * "Tổng/Cộng" row or of the column's sum; the total row must be the sum of the rows above it.
 */
import { foldForSearch, formatInt } from '../format/vi.ts';
import type { Draft } from './model.ts';
import { tokensIn } from './model.ts';
import type { NumberToken } from './numbers.ts';
import { plainShareClaim, type Whole } from './shares.ts';
import { lines, trimSpan } from './text.ts';
import type { Claim, Span } from './types.ts';

interface Cell extends Span { label: string; token?: NumberToken }
interface Row { span: Span; cells: Cell[] }

const TOTAL = /^(tong|cong|toan (huyen|dang bo|tinh|thanh pho))/;
// Rows that break a column down further ("Trong đó: nữ", "- Chi bộ thôn") make a column sum meaningless.
const SUB_ROW = /^(trong do|trong so do|[-–+*•]|[a-zđ]\))/;

function rowsOf(d: Draft, line: Span): Row {
  // Empty cells count: they keep the columns in place.
  const spans: Span[] = [];
  let start = line.start;
  for (let i = d.text.indexOf('\t', start); i >= 0 && i < line.end; i = d.text.indexOf('\t', start)) {
    spans.push({ start, end: i });
    start = i + 1;
  }
  spans.push({ start, end: line.end });
  const cells = spans.map((s) => trimSpan(d.text, s)).map((c): Cell => {
    const label = d.text.slice(c.start, c.end).trim();
    const inside = tokensIn(d, c);
    const token = inside.length === 1 && inside[0]!.start === c.start && inside[0]!.end === c.end && inside[0]!.kind !== 'fraction' ? inside[0] : undefined;
    return { ...c, label, ...(token ? { token } : {}) };
  });
  return { span: line, cells };
}

/** Consecutive lines with tabs, as tables of rows; the cell index is the column. */
function tablesOf(d: Draft): Row[][] {
  const out: Row[][] = [];
  let current: Row[] = [];
  for (const line of lines(d.text)) {
    if (d.text.slice(line.start, line.end).includes('\t')) current.push(rowsOf(d, line));
    else if (current.length) { out.push(current); current = []; }
  }
  if (current.length) out.push(current);
  return out.filter((t) => t.length >= 2);
}

/** The value of column j in a row, read from an untabbed layout: cells are matched by position. */
function at(row: Row, j: number): Cell | undefined {
  return row.cells[j];
}

/** A row for the report: its cells between bars. */
function rowText(r: Row): string {
  return r.cells.map((c) => c.label.replace(/\s+/g, ' ')).filter(Boolean).join(' | ');
}

function isCount(c: Cell | undefined): c is Cell & { token: NumberToken } {
  return !!c?.token && c.token.kind === 'number' && c.token.num.decimals === 0;
}

function isShare(c: Cell | undefined): c is Cell & { token: NumberToken } {
  return !!c?.token && c.token.kind === 'percent';
}

export function tableClaims(d: Draft): Claim[] {
  const out: Claim[] = [];
  for (const table of tablesOf(d)) {
    const label = (r: Row) => foldForSearch(r.cells.find((c) => !c.token && c.label)?.label ?? '');
    const body = table.filter((r) => r.cells.some((c) => c.token));
    const totals = body.filter((r) => TOTAL.test(label(r)));
    const total = totals.at(-1);
    const data = body.filter((r) => !totals.includes(r));
    const columns = Math.max(...table.map((r) => r.cells.length));
    const hasSubRows = data.some((r) => SUB_ROW.test(label(r)));
    for (let j = 0; j < columns; j++) {
      // Total row = sum of the rows, for count columns.
      if (total && !hasSubRows && isCount(at(total, j)) && data.length >= 2 && data.every((r) => isCount(at(r, j)))) {
        const cell = at(total, j)!;
        const parts = data.map((r) => at(r, j)!.token!.num.value);
        const sum = parts.reduce((a, b) => a + b, 0);
        const ok = sum === cell.token!.num.value;
        out.push({
          kind: 'sum', text: rowText(total), printed: cell.label, expected: formatInt(sum), ok,
          detail: `${cell.label} ${ok ? '=' : '≠'} ${parts.map(formatInt).join(' + ')}${ok ? '' : ` = ${formatInt(sum)}`} (cột ${j + 1})`,
          start: cell.token!.start, end: cell.token!.end,
        });
      }
      // Shares: the count column nearest to the left gives the part.
      if (!data.some((r) => isShare(at(r, j)))) continue;
      let p = j - 1;
      while (p >= 0 && !data.some((r) => isCount(at(r, p)))) p--;
      if (p < 0) continue;
      const sum = hasSubRows ? null : data.reduce((a, r) => a + (isCount(at(r, p)) ? at(r, p)!.token!.num.value : 0), 0);
      const wholes: Whole[] = [];
      if (total && isCount(at(total, p))) wholes.push({ value: at(total, p)!.token!.num.value, why: 'dòng tổng của bảng' });
      if (sum && !wholes.some((w) => w.value === sum)) wholes.push({ value: sum, why: 'tổng cột của bảng' });
      for (const r of data) {
        const share = at(r, j);
        const part = at(r, p);
        if (!isShare(share) || !isCount(part)) continue;
        const ws = wholes.filter((w) => w.value >= part.token.num.value && w.value > 0);
        if (!ws.length) continue;
        out.push(plainShareClaim(d, share.token, part.token.num.value, ws, rowText(r)));
      }
    }
  }
  return out;
}
