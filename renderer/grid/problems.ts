/** Inline checks of one cell, the same rules as the consistency checks: a parent against its children, a part against its whole. */
import { formatInt } from '../../format/vi.ts';

interface GridLike {
  indicators: { code: string; name: string; partOf: string | null }[];
}
interface RowLike {
  leaf: boolean;
  values: (number | null)[];
  sums: (number | null)[];
}

export function cellProblems(grid: GridLike, row: RowLike, col: number, value: number | null): string[] {
  const out: string[] = [];
  const ind = grid.indicators[col];
  if (!ind) return out;
  const sum = row.sums[col] ?? null;
  if (!row.leaf && value !== null && sum !== null && value !== sum) {
    out.push(`Nhập ${formatInt(value)} nhưng tổng các đơn vị trực thuộc là ${formatInt(sum)} (lệch ${formatInt(value - sum)}).`);
  }
  if (ind.partOf) {
    const w = grid.indicators.findIndex((i) => i.code === ind.partOf);
    const whole = w < 0 ? null : (row.values[w] ?? row.sums[w] ?? null);
    const part = value ?? sum;
    if (part !== null && whole !== null && part > whole) {
      out.push(`"${ind.name}" (${formatInt(part)}) lớn hơn "${grid.indicators[w]!.name}" (${formatInt(whole)}).`);
    }
  }
  return out;
}
