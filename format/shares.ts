/**
 * Shares are kept as counts (part/whole) and rounded only for display, half-up,
 * in integer arithmetic so that 85,435% never becomes 85,43% through float error.
 */

/** The exact percentage as a float: for sorting and JSON, never for display rounding. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (part * 100) / whole;
}

/** part/whole × 100 rounded half-up to `decimals`, returned as an integer of hundredths (or 10^-decimals). */
export function roundedPercentUnits(part: number, whole: number, decimals = 2): number {
  if (whole === 0) return 0;
  const scale = 10n ** BigInt(decimals + 2);
  const p = BigInt(part) * scale;
  const w = BigInt(whole);
  // floor((2p + w) / 2w) is half-up for non-negative p, w.
  return Number((2n * p + w) / (2n * w));
}

/**
 * Largest-remainder rounding: the rounded shares of the parts add up to exactly 100.
 * An option for tables that must sum; the default is per-row half-up.
 */
export function largestRemainderUnits(parts: number[], decimals = 2): number[] {
  const whole = parts.reduce((a, b) => a + b, 0);
  if (whole === 0) return parts.map(() => 0);
  const total = 100 * 10 ** decimals;
  const scale = BigInt(total);
  const w = BigInt(whole);
  const floors = parts.map((p) => Number((BigInt(p) * scale) / w));
  const rema = parts.map((p, i) => ({ i, r: BigInt(p) * scale - BigInt(floors[i]!) * w }));
  let missing = total - floors.reduce((a, b) => a + b, 0);
  rema.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const out = floors.slice();
  for (const { i } of rema) {
    if (missing <= 0) break;
    out[i]! += 1;
    missing--;
  }
  return out;
}
