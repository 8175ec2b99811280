import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { largestRemainderUnits, percent, roundedPercentUnits } from '../../format/shares.ts';
import { formatShare } from '../../format/vi.ts';

/** Independent check in integers: q is the half-up rounding of 100·p/w at d decimals. */
function isHalfUp(q: number, p: number, w: number, d: number): boolean {
  const s = 10n ** BigInt(d + 2);
  const P = 2n * BigInt(p) * s,
    W = BigInt(w),
    Q = BigInt(q);
  return (2n * Q - 1n) * W <= P && P < (2n * Q + 1n) * W;
}

describe('shares', () => {
  it('reproduces the seed table with the correct values, not the printed ones', () => {
    expect(formatShare(6067, 7101)).toBe('85,44%');
    expect(formatShare(474, 7101)).toBe('6,68%');
    expect(formatShare(114, 7101)).toBe('1,61%');
    expect(formatShare(446, 7101)).toBe('6,28%');
    expect(formatShare(114, 7101, 1)).toBe('1,6%');
  });

  it('rounds exact halves up, where floats would not', () => {
    // 1/8 = 12,5% exactly; 0,125% at 2 decimals is a half: 1 of 800.
    expect(roundedPercentUnits(1, 800, 2)).toBe(13);
    expect(formatShare(1, 800)).toBe('0,13%');
    // 1.0005 * 100 style halves: 20001 of 2000000 = 1,00005% → 1,0001% at 4 decimals
    expect(roundedPercentUnits(20001, 2000000, 4)).toBe(10001);
    expect(roundedPercentUnits(0, 0)).toBe(0);
  });

  it('every display share is the half-up rounding of its own counts (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (a, b, d) => {
        const [p, w] = a <= b ? [a, b] : [b, a];
        if (w === 0) return true;
        return isHalfUp(roundedPercentUnits(p, w, d), p, w, d);
      }),
      { numRuns: 2000 },
    );
  });

  it('largest remainder always sums to exactly 100 and stays within one unit of the exact share (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100_000), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (parts, d) => {
        const whole = parts.reduce((a, b) => a + b, 0);
        if (whole === 0) return true;
        const out = largestRemainderUnits(parts, d);
        const sum = out.reduce((a, b) => a + b, 0);
        if (sum !== 100 * 10 ** d) return false;
        return out.every((u, i) => Math.abs(u - percent(parts[i]!, whole) * 10 ** d) < 1 + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});
