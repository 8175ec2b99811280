import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meets, shortfall } from '../../targets/threshold.ts';

describe('judging a share against a threshold, exactly', () => {
  it('hand-computed cases', () => {
    expect(meets(144, 179, 80)).toBe(true); // 80,446…%
    expect(meets(143, 179, 80)).toBe(false); // 79,888…%
    expect(shortfall(143, 179, 80)).toBe(1); // 80% of 179 = 143,2 → 144 needed
    expect(shortfall(38, 45, 90)).toBe(3); // 90% of 45 = 40,5 → 41 needed
    expect(meets(7, 7, 100)).toBe(true);
    expect(shortfall(703, 729, 100)).toBe(26);
    expect(meets(2, 3, 66.67)).toBe(false); // 66,666…% < 66,67%
    expect(meets(2, 3, 66.66)).toBe(true);
    expect(shortfall(2, 3, 66.67)).toBe(1);
    expect(meets(0, 10, 0)).toBe(true);
    // 80% of 5 is exactly 4: reached at 4, no float rounding in the way.
    expect(meets(4, 5, 80)).toBe(true);
    expect(shortfall(4, 5, 80)).toBe(0);
    expect(() => meets(1, 2, 101)).toThrow(/0 đến 100/);
    expect(() => meets(1, 2, 50.125)).toThrow(/hai chữ số/);
  });

  it('the shortfall is the least number of extra passing items that meets the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 10000 }),
        (whole, p, t) => {
          const part = p % (whole + 1);
          const threshold = t / 100;
          const k = shortfall(part, whole, threshold);
          expect(meets(part, whole, threshold)).toBe(k === 0);
          if (k > 0) {
            expect(meets(part + k, whole, threshold)).toBe(true);
            expect(meets(part + k - 1, whole, threshold)).toBe(false);
            // Same decision as rational arithmetic done another way.
            expect((part + k) * 10000 >= t * whole).toBe(true);
          }
        },
      ),
    );
  });
});
