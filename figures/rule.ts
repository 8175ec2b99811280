/**
 * The rule for one figure, as words: a parent against the cells under it, a part against its whole.
 * Pure, so the figures grid marks a cell with the very words checks.year and every writer use
 * (figures/consistency.ts applies it to a whole year; the grid to the rows in view, with the cells'
 * totals the backend sends). Why a missing cell is "chưa nhập", never 0: see figures/consistency.ts.
 */
import { formatInt } from '../format/vi.ts';

/** The cells under a unit for one indicator: what the entered ones add up to, and how many are not entered. */
export interface CellTotal {
  sum: number;
  missing: number;
}

/** A parent's entered figure against its cells; null when it agrees. */
export function parentMessage(unitName: string, indicatorName: string, value: number, cells: CellTotal): string | null {
  const head = `${unitName}: "${indicatorName}" nhập ${formatInt(value)}`;
  if (cells.missing === 0 && value !== cells.sum)
    return `${head} nhưng tổng các đơn vị trực thuộc là ${formatInt(cells.sum)} (lệch ${formatInt(value - cells.sum)}).`;
  if (cells.missing > 0 && value < cells.sum)
    return `${head} nhưng riêng các đơn vị trực thuộc đã nhập đã là ${formatInt(cells.sum)} (còn ${formatInt(cells.missing)} đơn vị chưa nhập).`;
  return null;
}

/** Whether a part is wrong against its whole: it is larger. A year's check asks this of 2 million figures before it names a unit. */
export function partExceeds(value: number, whole: number): boolean {
  return value > whole;
}

/** A part against its whole; null when it is not larger. */
export function partMessage(unitName: string, indicatorName: string, value: number, wholeName: string, whole: number): string | null {
  return partExceeds(value, whole)
    ? `${unitName}: "${indicatorName}" (${formatInt(value)}) lớn hơn "${wholeName}" (${formatInt(whole)}).`
    : null;
}
