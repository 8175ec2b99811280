import type { Key } from './budgets.ts';

/** One line of the benchmark table: a measured value, its baseline from the same run, and the budget it is held to. */
export interface Row {
  /** Which measure (bench/budgets.ts): the scaling table's columns. */
  key?: Key;
  scale: string;
  name: string;
  /** Median of the runs; null when the feature has not landed ("chưa có"). */
  value: number | null;
  unit: 'ms' | 'MB';
  baseline: string;
  baselineValue: number | null;
  /** Budget on the value (same unit) and on value/baseline. */
  budget?: number;
  budgetRatio?: number;
  runs: number;
  note?: string;
}

export function ratio(r: Row): number | null {
  return r.value === null || r.baselineValue === null || r.baselineValue <= 0 ? null : r.value / r.baselineValue;
}

/** null: no budget, or nothing measured. */
export function withinBudget(r: Row): boolean | null {
  if (r.value === null || (r.budget === undefined && r.budgetRatio === undefined)) return null;
  const q = ratio(r);
  return (r.budget === undefined || r.value <= r.budget) && (r.budgetRatio === undefined || q === null || q <= r.budgetRatio);
}
