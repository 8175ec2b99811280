/**
 * Judging a share against a threshold on exact values: counts are integers and thresholds have
 * at most two decimals, so everything is compared in integers — 79,999…% is never "80%".
 */
import { UserError } from '../core/errors.ts';
import { formatPercentUnits } from '../format/vi.ts';

/** The threshold in hundredths of a percent (80 → 8000, 66,67 → 6667). */
export function thresholdUnits(threshold: number): number {
  const units = Math.round(threshold * 100);
  if (threshold < 0 || threshold > 100 || Math.abs(units - threshold * 100) > 1e-6) {
    throw new UserError(`Ngưỡng chỉ tiêu phải từ 0 đến 100, tối đa hai chữ số thập phân (nhận được ${threshold}).`, 'invalid-threshold');
  }
  return units;
}

/** A threshold as written in a plan: "80%", "66,67%" (no ",00" on whole numbers). */
export function formatThreshold(threshold: number): string {
  return formatPercentUnits(thresholdUnits(threshold)).replace(',00%', '%');
}

/** part/whole ≥ threshold%, exactly: part × 10000 ≥ threshold(hundredths) × whole. */
export function meets(part: number, whole: number, threshold: number): boolean {
  return BigInt(part) * 10000n >= BigInt(thresholdUnits(threshold)) * BigInt(whole);
}

/** How many more passing items (out of the same whole) the target needs: 0 when it is met. */
export function shortfall(part: number, whole: number, threshold: number): number {
  const need = (BigInt(thresholdUnits(threshold)) * BigInt(whole) + 9999n) / 10000n; // ceiling
  return Math.max(0, Number(need) - part);
}
