/**
 * Inline checks of one cell of the figures grid: the rule every writer and checks.year use
 * (figures/rule.ts), on the row's own values and the totals of the cells below that the backend sends.
 */
import { parentMessage, partMessage } from '../../figures/rule.ts';

interface GridLike {
  indicators: { code: string; name: string; partOf: string | null }[];
}
interface RowLike {
  name: string;
  leaf: boolean;
  values: (number | null)[];
  sums: (number | null)[];
  missing: (number | null)[];
}

export function cellProblems(grid: GridLike, row: RowLike, col: number, value: number | null): string[] {
  const out: string[] = [];
  const ind = grid.indicators[col];
  if (!ind || value === null) return out;
  const sum = row.sums[col] ?? null;
  const missing = row.missing[col] ?? null;
  if (!row.leaf && sum !== null && missing !== null) {
    const m = parentMessage(row.name, ind.name, value, { sum, missing });
    if (m) out.push(m);
  }
  if (ind.partOf) {
    const w = grid.indicators.findIndex((i) => i.code === ind.partOf);
    const whole = w < 0 ? null : (row.values[w] ?? null);
    if (whole !== null) {
      const m = partMessage(row.name, ind.name, value, grid.indicators[w]!.name, whole);
      if (m) out.push(m);
    }
  }
  return out;
}
