/** Exact share arithmetic for judging printed figures; the rounding itself is format/shares.ts. */
import { formatInt, formatPercentUnits } from '../format/vi.ts';
import { roundedPercentUnits } from '../format/shares.ts';

/** "6.067/7.101 = 85,4387…%": four decimals (half-up), with "…" when the share has more. */
export function exactShareText(part: number, whole: number): string {
  const p = BigInt(part) * 1_000_000n;
  const w = BigInt(whole);
  const exact = (p / w) * w === p;
  let text = formatPercentUnits(roundedPercentUnits(part, whole, 4), 4).slice(0, -1);
  if (exact) text = text.replace(/,?0+$/, '');
  return `${formatInt(part)}/${formatInt(whole)} = ${text}${exact ? '' : '…'}%`;
}

/** Sign of part/whole·100 − units/10^decimals, exactly. */
export function compareShare(part: number, whole: number, units: number, decimals: number): number {
  const left = BigInt(part) * 100n * 10n ** BigInt(decimals);
  const right = BigInt(units) * BigInt(whole);
  return left === right ? 0 : left > right ? 1 : -1;
}
