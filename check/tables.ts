/**
 * Tables: a row is a line with its cells between tabs (a .docx table reads that way, and so does
 * text pasted from one). A cell holds a count ("221"), a share ("85,44%") or both ("33 (14,93%)").
 * Each share column is read the one way that explains most of its rows — its part from the same
 * cell or a count column to its left, its whole from the total row, the column's sum, or another
 * count in the same row ("Xuất sắc/Tốt") — and every row is judged that way. Total rows must be
 * the sum of the rows above them.
 */
import { foldForSearch, formatInt } from '../format/vi.ts';
import { roundedPercentUnits } from '../format/shares.ts';
import type { Draft } from './model.ts';
import { tokensIn } from './model.ts';
import type { NumberToken } from './numbers.ts';
import { plainShareClaim, type Whole } from './shares.ts';
import { lines, trimSpan } from './text.ts';
import type { Claim, Span } from './types.ts';

export interface Cell extends Span {
  label: string;
  count?: NumberToken;
  share?: NumberToken;
}
export interface Row {
  span: Span;
  cells: Cell[];
  total: boolean;
}

const TOTAL = /^(tong|cong|toan (huyen|dang bo|tinh|thanh pho))/;
// Rows that break a column down further ("Trong đó: nữ", "- Chi bộ thôn") make a column sum meaningless.
const SUB_ROW = /^(trong do|trong so do|[-–+*•]|[a-zđ]\))/;

function cellOf(d: Draft, s: Span): Cell {
  const c = trimSpan(d.text, s);
  const label = d.text.slice(c.start, c.end);
  const tokens = tokensIn(d, c);
  let rest = label;
  for (const t of [...tokens].reverse()) rest = rest.slice(0, t.start - c.start) + rest.slice(t.end - c.start);
  // Only figures, spaces and brackets: "221", "85,44%", "33 (14,93%)".
  if (!tokens.length || tokens.length > 2 || /[^\s()[\]–-]/.test(rest)) return { ...c, label };
  const count = tokens.find((t) => t.kind === 'number' && t.num.decimals === 0);
  const share = tokens.find((t) => t.kind === 'percent');
  if (tokens.length === 2 && !(count && share && count.start < share.start)) return { ...c, label };
  return { ...c, label, ...(count ? { count } : {}), ...(share ? { share } : {}) };
}

function rowOf(d: Draft, line: Span): Row {
  // Empty cells count: they keep the columns in place.
  const spans: Span[] = [];
  let start = line.start;
  for (let i = d.text.indexOf('\t', start); i >= 0 && i < line.end; i = d.text.indexOf('\t', start)) {
    spans.push({ start, end: i });
    start = i + 1;
  }
  spans.push({ start, end: line.end });
  const cells = spans.map((s) => cellOf(d, s));
  const name = foldForSearch(cells.find((c) => !c.count && !c.share && c.label)?.label ?? '');
  return { span: line, cells, total: TOTAL.test(name) };
}

/** Consecutive lines with tabs make a table. */
export function tablesOf(d: Draft): Row[][] {
  const out: Row[][] = [];
  let current: Row[] = [];
  for (const line of lines(d.text)) {
    if (d.text.slice(line.start, line.end).includes('\t')) current.push(rowOf(d, line));
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out.filter((t) => t.length >= 2);
}

/** A row for the report: its cells between bars. */
export function rowText(r: Row): string {
  return r.cells
    .map((c) => c.label.replace(/\s+/g, ' '))
    .filter(Boolean)
    .join(' | ');
}

const countAt = (r: Row, j: number) => r.cells[j]?.count?.num.value;

/** One way to read a share column: where its part and its whole come from. */
interface Reading {
  part: number;
  whole: { kind: 'total' | 'sum' | 'row'; col: number };
  why: string;
}

function wholeFor(rd: Reading, r: Row, total: Row | undefined, sums: Map<number, number>): number | undefined {
  if (rd.whole.kind === 'row') return countAt(r, rd.whole.col);
  if (rd.whole.kind === 'total') return total ? countAt(total, rd.whole.col) : undefined;
  return sums.get(rd.whole.col);
}

export function tableClaims(d: Draft): Claim[] {
  const out: Claim[] = [];
  for (const table of tablesOf(d)) {
    const body = table.filter((r) => r.cells.some((c) => c.count || c.share));
    const total = body.filter((r) => r.total).at(-1);
    const data = body.filter((r) => !r.total);
    const columns = Math.max(...table.map((r) => r.cells.length));
    const hasSubRows = data.some((r) => SUB_ROW.test(foldForSearch(r.cells[0]?.label ?? '')));
    const isCountCol = (j: number) => data.length >= 2 && data.every((r) => countAt(r, j) !== undefined);
    const sums = new Map<number, number>();
    if (!hasSubRows)
      for (let j = 0; j < columns; j++)
        if (isCountCol(j))
          sums.set(
            j,
            data.reduce((a, r) => a + countAt(r, j)!, 0),
          );

    for (let j = 0; j < columns; j++) {
      // The total row is the sum of the rows above it.
      const cell = total?.cells[j];
      if (cell?.count && sums.has(j)) {
        const parts = data.map((r) => countAt(r, j)!);
        const sum = sums.get(j)!;
        const ok = sum === cell.count.num.value;
        out.push({
          kind: 'sum',
          text: rowText(total!),
          printed: d.text.slice(cell.count.start, cell.count.end),
          expected: formatInt(sum),
          ok,
          detail: `${formatInt(cell.count.num.value)} ${ok ? '=' : '≠'} ${parts.map(formatInt).join(' + ')}${ok ? '' : ` = ${formatInt(sum)}`} (cột ${j + 1})`,
          start: cell.count.start,
          end: cell.count.end,
        });
      }
      const rows = body.filter((r) => r.cells[j]?.share);
      if (!rows.length) continue;
      // Every reading the layout allows, nearest first; the one that explains most rows wins.
      const sameCell = rows.every((r) => r.cells[j]!.count);
      const partCols = sameCell ? [j] : [...Array(j).keys()].reverse().filter(isCountCol);
      const readings: Reading[] = [];
      for (const p of partCols) {
        readings.push({ part: p, whole: { kind: 'total', col: p }, why: 'dòng tổng của bảng' });
        readings.push({ part: p, whole: { kind: 'sum', col: p }, why: 'tổng cột của bảng' });
        for (const q of [...Array(columns).keys()]
          .filter((q) => q !== p && isCountCol(q))
          .sort((a, b) => Math.abs(a - p) - Math.abs(b - p))) {
          readings.push({ part: p, whole: { kind: 'row', col: q }, why: `cột ${q + 1} của cùng dòng` });
        }
      }
      const score = (rd: Reading) =>
        rows.filter((r) => {
          const part = countAt(r, rd.part);
          const whole = wholeFor(rd, r, total, sums);
          const s = r.cells[j]!.share!;
          return part !== undefined && whole !== undefined && whole > 0 && roundedPercentUnits(part, whole, s.num.decimals) === s.num.units;
        }).length;
      let best: Reading | undefined;
      let bestScore = 0;
      for (const rd of readings) {
        const sc = score(rd);
        if (sc > bestScore) {
          best = rd;
          bestScore = sc;
        }
      }
      best ??= readings[0];
      if (!best) continue;
      for (const r of rows) {
        const part = countAt(r, best.part);
        const whole = wholeFor(best, r, total, sums);
        if (part === undefined || whole === undefined || whole <= 0 || whole < part) continue;
        const w: Whole[] = [{ value: whole, why: best.why }];
        const claim = plainShareClaim(d, r.cells[j]!.share!, part, w, rowText(r));
        // A total row that is not the sum of its column leaves the whole in doubt: a share that neither explains is not verifiable.
        const printedTotal = total ? countAt(total, best.part) : undefined;
        const sum = sums.get(best.part);
        if (claim.ok === false && best.whole.kind !== 'row' && printedTotal !== undefined && sum !== undefined && printedTotal !== sum) {
          const other = best.whole.kind === 'total' ? sum : printedTotal;
          const again = plainShareClaim(
            d,
            r.cells[j]!.share!,
            part,
            [{ value: other, why: best.whole.kind === 'total' ? 'tổng cột của bảng' : 'dòng tổng của bảng' }],
            rowText(r),
          );
          if (again.ok) out.push(again);
          else {
            delete claim.fix;
            out.push({
              ...claim,
              ok: null,
              expected: claim.printed,
              basis: `Không xác định được mẫu số: dòng tổng (${formatInt(printedTotal)}) khác tổng cột (${formatInt(sum)}), tỷ lệ không khớp số nào.`,
            });
          }
          continue;
        }
        out.push(claim);
      }
    }
  }
  return out;
}
